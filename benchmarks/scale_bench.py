"""The share at municipal scale (issue 31), for this code and for the code before, in the same
run:

    python benchmarks/scale_bench.py BASE_TREE [JUNK]    (prints one JSON line)

BASE_TREE is an extracted tree of the code before (`git archive <commit> | tar -x -C DIR`).
Each tree runs in its own process (PYTHONPATH) and builds its own team (a coordinator and an
enrolled reviewer, through the CLI) on a share folder in /tmp, then measures:

- `noop_syncs_files_added`: files the reviewer's 100 no-op syncs add to the share;
- `reingest_refused_s`: a coordinator's re-ingest with JUNK (20,000) unchanged refused
  records in records/2026/12/ (the first ingest, which refuses them, is `ingest_refused_first_s`);
- `junk_team_sync_s`: the reviewer's `udsat sync` as a new process with JUNK junk files in
  team/ (first and second sync), next to `cli_noop_sync_s`, the same command with no junk: the
  difference is the cost of the junk beyond the CLI's start.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
PASS = "bench-kode-2026"
ENV = {"UDSAT_PASSPHRASE": PASS, "UDSAT_KEY_PASSPHRASE": "bench-nøgle-77"}
CLI = "import sys; from udsat_desktop.cli import main; sys.exit(main(sys.argv[1:]))"


def child(junk: int) -> dict[str, float]:
    import contextlib
    import io

    from udsat_desktop.cli import main as cli
    from udsat_desktop.platform.paths import resolve
    from udsat_desktop.store.lifecycle import open_existing
    from udsat_desktop.sync.engine import sync

    os.environ.update(ENV)
    root = Path(tempfile.mkdtemp(prefix="udsat-scale-bench-"))
    share = root / "share"
    share.mkdir()

    def run(data: Path, *args: str) -> dict:
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            cli(["--data-dir", str(data), "--json", *args])
        return json.loads(out.getvalue()) if out.getvalue().strip() else {}

    def files() -> int:
        return sum(1 for p in share.rglob("*") if p.is_file())

    def cli_seconds(data: Path, *args: str) -> float:
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-c", CLI, "--data-dir", str(data), "--json", *args],
            capture_output=True,
            check=False,
        )
        return time.perf_counter() - started

    kk, aa = root / "KK", root / "AA"
    for data, name, initials, role in (
        (kk, "Koordinator Kim", "KK", "coordinator"),
        (aa, "Anna Ager", "AA", "reviewer"),
    ):
        run(data, "init", "--name", name, "--initials", initials, "--org", "BIF", "--role", role)
        run(data, "config", "--share", str(share))
    run(aa, "sync")
    run(kk, "sync")
    db, profile = open_existing(resolve(aa), PASS)
    aa_id = profile.user_id
    db.close()
    run(kk, "team", "approve", aa_id, "--fingerprint", run(aa, "team", "list")["my_code"])
    run(aa, "team", "trust-coordinator", run(kk, "team", "list")["my_code"])
    for data in (aa, kk, aa, kk):
        run(data, "sync")

    figures: dict[str, float] = {}
    paths = resolve(aa)
    db, profile = open_existing(paths, PASS)
    before = files()
    started = time.perf_counter()
    for _ in range(100):
        sync(db, paths, profile, share)
    figures["noop_syncs_100_s"] = time.perf_counter() - started
    db.close()
    figures["noop_syncs_files_added"] = files() - before

    figures["cli_noop_sync_s"] = min(cli_seconds(aa, "sync") for _ in range(3))
    for n in range(junk):
        (share / "team" / f"roster-{1000 + n}.json").write_bytes(b'{"payload": %d}' % n)
    figures["junk_team_sync_first_s"] = cli_seconds(aa, "sync")
    figures["junk_team_sync_second_s"] = cli_seconds(aa, "sync")

    folder = share / "records" / "2026" / "12"
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(junk):
        (folder / f"R-JUNK{n:06d}.json").write_bytes(b"not a record %d" % n)
    kpaths = resolve(kk)
    from udsat_desktop.sync.ingest import ingest

    db, kprofile = open_existing(kpaths, PASS)
    started = time.perf_counter()
    ingest(db, kpaths, kprofile, share)
    figures["ingest_refused_first_s"] = time.perf_counter() - started
    started = time.perf_counter()
    ingest(db, kpaths, kprofile, share)
    figures["reingest_refused_s"] = time.perf_counter() - started
    db.close()
    return {k: round(v, 3) for k, v in figures.items()}


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        print(json.dumps(child(int(sys.argv[2]))))
        return 0
    base = Path(sys.argv[1]).resolve()
    junk = int(sys.argv[2]) if len(sys.argv) > 2 else 20_000
    result: dict[str, object] = {"junk_files": junk}
    for kind, tree in (("before", base), ("after", HERE)):
        env = {**os.environ, **ENV, "PYTHONPATH": str(tree), "QT_QPA_PLATFORM": "offscreen"}
        out = subprocess.run(
            [sys.executable, str(Path(__file__).resolve()), "--child", str(junk)],
            env=env,
            cwd=tree,
            capture_output=True,
            text=True,
            check=True,
        )
        result[kind] = json.loads(out.stdout.strip().splitlines()[-1])
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
