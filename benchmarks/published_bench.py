"""The cost of the published lists (issue 28): a reviewer's no-op sync, a coordinator's no-op
sync and a coordinator's re-ingest with nothing new, with N signed reviews on the share, for
this code and for another tree of the code (the code before), in the same run.

    python benchmarks/published_bench.py BASE_TREE [N]    (prints one JSON line)

BASE_TREE is an extracted tree of the code before (`git archive 970b327 | tar -x -C DIR`).
Each code tree runs in its own process (PYTHONPATH), builds its own team (a coordinator and a
reviewer with N signed reviews, through the CLI and the engine), then times each operation
REPEAT times in-process (the CLI's start is not part of it: the figure is the operation's own
cost, where the lists' work shows most). The trees run in the order A B B A; the ratio is of
the means of the medians (and, less disturbed by other load on a shared machine, of the
minimums: `*_min`).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPEAT = 15
HERE = Path(__file__).resolve().parent.parent


def child(n: int) -> dict[str, float]:
    import contextlib
    import io

    from udsat_desktop.cli import main as cli
    from udsat_desktop.platform.paths import resolve
    from udsat_desktop.store.demo_reviews import build_demo_reviews
    from udsat_desktop.store.lifecycle import open_existing

    engine, ingest_module, checklists = _modules()
    sync, ingest, bundled_library = engine.sync, ingest_module.ingest, checklists.bundled_library

    passphrase = "bench-kode-2026"
    os.environ["UDSAT_PASSPHRASE"] = passphrase
    os.environ["UDSAT_KEY_PASSPHRASE"] = "bench-nøgle-77"
    root = Path(tempfile.mkdtemp(prefix="udsat-published-bench-"))
    share = root / "share"
    share.mkdir()

    def run(data: Path, *args: str) -> dict:
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            code = cli(["--data-dir", str(data), "--json", *args])
        assert code == 0, (args, out.getvalue()[-2000:])
        return json.loads(out.getvalue()) if out.getvalue().strip() else {}

    kk, aa = root / "KK", root / "AA"
    for data, name, initials, role in (
        (kk, "Koordinator Kim", "KK", "coordinator"),
        (aa, "Anna Ager", "AA", "reviewer"),
    ):
        run(data, "init", "--name", name, "--initials", initials, "--org", "BIF", "--role", role)
        run(data, "config", "--share", str(share))
    run(kk, "demo", "--cases", str(n + 10))
    run(aa, "sync")
    run(kk, "sync")
    code_kk = run(kk, "team", "list")["my_code"]
    db, profile = open_existing(resolve(aa), passphrase)
    aa_id = profile.user_id
    db.close()
    run(kk, "team", "approve", aa_id, "--fingerprint", run(aa, "team", "list")["my_code"])
    run(aa, "team", "trust-coordinator", code_kk)
    run(aa, "sync")
    db, _ = open_existing(resolve(kk), passphrase)
    keys = [
        r[0]
        for r in db.reader().execute('SELECT case_key FROM "case" ORDER BY case_key LIMIT ?', (n,))
    ]
    db.close()
    run(kk, "assign", "--to", aa_id, *keys)
    run(aa, "pull")
    db, profile = open_existing(resolve(aa), passphrase)
    build_demo_reviews(db, n, profile.user_id, bundled_library(), seed=5, all_ready=True)
    db.close()
    run(aa, "sign", "--ready")
    run(aa, "sync")
    first = run(kk, "ingest")
    assert first["new"] == n, first

    figures: dict[str, float] = {}
    for label, data, op in (
        ("noop_sync_reviewer", aa, "sync"),
        ("noop_sync_coordinator", kk, "sync"),
        ("reingest", kk, "ingest"),
    ):
        paths = resolve(data)
        db, profile = open_existing(paths, passphrase)
        try:
            times = []
            for _ in range(REPEAT):
                started = time.perf_counter()
                if op == "sync":
                    report = sync(db, paths, profile, share)
                    assert report.ok and not report.published, report
                else:
                    result = ingest(db, paths, profile, share)
                    assert result.new == 0 and result.unchanged == n, result
                times.append(time.perf_counter() - started)
        finally:
            db.close()
        figures[label] = statistics.median(times)
        figures[label + "_min"] = min(times)
        if hasattr(engine, "keep_published"):  # this tree has the lists: on and off, alternated
            on, off = _on_and_off(engine, ingest_module, paths, passphrase, share, op)
            figures[label + "_lists_on_min"] = on
            figures[label + "_lists_off_min"] = off
        if os.environ.get("UDSAT_BENCH_PROFILE") == op:
            import cProfile
            import pstats

            db, profile = open_existing(paths, passphrase)
            with cProfile.Profile() as prof:
                for _ in range(REPEAT):
                    (sync if op == "sync" else ingest)(db, paths, profile, share)
            db.close()
            stats = pstats.Stats(prof, stream=sys.stderr).sort_stats("cumulative")
            stats.print_stats("published|audit_heads|engine.py|share.py", 45)
    return figures


def _modules():  # type: ignore[no-untyped-def]
    """The sync engine, the module holding ingest() and the template library's module, in
    this tree or in the code before the house was rebuilt (issue 27 moved ingest() out of the
    engine and the bundled library to platform/)."""
    import importlib

    engine = importlib.import_module("udsat_desktop.sync.engine")
    try:
        ingest_module = importlib.import_module("udsat_desktop.sync.ingest")
    except ImportError:
        ingest_module = engine
    try:
        checklists = importlib.import_module("udsat_desktop.platform.checklists")
    except ImportError:
        checklists = importlib.import_module("udsat_desktop.core.checklist")
    return engine, ingest_module, checklists


def _on_and_off(engine, ingest_module, paths, passphrase, share, op):  # type: ignore[no-untyped-def]
    """The same operation with the lists' steps and with them made no-ops, alternated in one
    process on the same data: the lists' own cost, apart from any other load. Each step is
    patched where the caller looks it up (this tree's layout: sync() in engine.py, the audit
    heads' republishing in push.py, ingest() in ingest.py)."""
    import contextlib
    import importlib

    from udsat_desktop.store.lifecycle import open_existing

    push = importlib.import_module("udsat_desktop.sync.push")
    noop = {
        (engine, "keep_published"): lambda *a, **k: None,
        (engine, "hold_audit_heads"): lambda *a, **k: None,
        (push, "republish_own_heads"): lambda *a, **k: [],
        (ingest_module, "absorb_lists"): lambda *a, **k: None,
        (ingest_module, "compare_with_store"): lambda *a, **k: None,
    }
    saved = {key: getattr(*key) for key in noop}
    db, profile = open_existing(paths, passphrase)
    on: list[float] = []
    off: list[float] = []
    try:
        for round_ in range(2 * REPEAT):
            lists_on = round_ % 4 in (0, 3)
            for (module, name), fn in noop.items():
                setattr(module, name, saved[(module, name)] if lists_on else fn)
            started = time.perf_counter()
            if op == "sync":
                engine.sync(db, paths, profile, share)
            else:
                ingest_module.ingest(db, paths, profile, share)
            (on if lists_on else off).append(time.perf_counter() - started)
    finally:
        for (module, name), fn in saved.items():
            setattr(module, name, fn)
        with contextlib.suppress(Exception):
            db.close()
    return min(on), min(off)


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        print(json.dumps(child(int(sys.argv[2]))))
        return 0
    base = Path(sys.argv[1]).resolve()
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 100
    runs: dict[str, list[dict[str, float]]] = {"before": [], "after": []}
    for kind in ("before", "after", "after", "before"):
        tree = base if kind == "before" else HERE
        env = {**os.environ, "PYTHONPATH": str(tree), "QT_QPA_PLATFORM": "offscreen"}
        out = subprocess.run(
            [sys.executable, str(Path(__file__).resolve()), "--child", str(n)],
            env=env,
            cwd=tree,
            capture_output=True,
            text=True,
            check=True,
        )
        runs[kind].append(json.loads(out.stdout.strip().splitlines()[-1]))
    result: dict[str, object] = {"reviews": n, "repeat": REPEAT}
    for label in runs["before"][0]:
        before = statistics.mean(r[label] for r in runs["before"])
        after = statistics.mean(r[label] for r in runs["after"])
        result[label] = {
            "before_s": round(before, 4),
            "after_s": round(after, 4),
            "ratio": round(after / before, 3),
        }
    for label in [k for k in runs["after"][0] if k.endswith("_lists_on_min")]:
        base_label = label.removesuffix("_on_min")
        on = statistics.mean(r[label] for r in runs["after"])
        off = statistics.mean(r[base_label + "_off_min"] for r in runs["after"])
        result[base_label] = {
            "off_s": round(off, 4),
            "on_s": round(on, 4),
            "ratio": round(on / off, 3),
        }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
