"""Batch signing against its floor and against the code before, in one run (issue 34).

    python benchmarks/batch_sign_bench.py [--reviews 200] [--rounds 1] [--ref 2b7f19c]
    python benchmarks/batch_sign_bench.py --ref-root DIR     # an already exported tree

The floor is plain render + sign (`render_and_sign`) of the same summaries, one after the
other in one process: what a batch would cost with no bookkeeping at all. Against it, in the
order A B B A (`--rounds` such sequences): this tree's `sign_ready` with 1 and with 2 workers,
and the code before (REF, exported with `git archive`, run with its own `PYTHONPATH`) with 1
and 2 workers. Every run signs a fresh copy of one store of REVIEWS ready reviews in its own
process (the modules imported before the clock starts; the key unlocked, fonts loaded and
worker processes started inside the timed part, as a user's batch pays them). Per review is
the batch's wall time over REVIEWS; ratios compare medians. The last line is JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
KEY_PASS = "bench-nøgle-kode-1"
BASE_REF = "2b7f19c"  # main before issue 34's batch signing

CHILD = "child"
MODES = ("floor", "here-1", "here-2", "ref-1", "ref-2")


def child(mode: str, data: str) -> int:
    """One timed run in this process (its own code on `PYTHONPATH`)."""
    from udsat_desktop.flows.signing import identity_of, key_path, sign_ready
    from udsat_desktop.platform.checklists import default_library
    from udsat_desktop.platform.paths import resolve
    from udsat_desktop.reports.signing import render_and_sign
    from udsat_desktop.store.lifecycle import DEMO_PASSPHRASE, open_existing
    from udsat_desktop.store.reviews import get_review, ready_reviews, summary_of

    paths = resolve(Path(data))
    db, profile = open_existing(paths, DEMO_PASSPHRASE)
    library = default_library()  # the app's templates, read once before the clock, as in
    # the running app (and by `udsat sign --ready`, whose library this is)
    ids = [row[0] for row in ready_reviews(db)]
    cpu0, kids0 = time.process_time(), _children_cpu()
    if mode == "floor":
        summaries = []
        for review_id in ids:  # read before the clock: the floor has no bookkeeping
            review = get_review(db, review_id)
            template = library.get(
                review.template_id, review.template_version, review.template_revision
            )
            summaries.append(summary_of(db, review_id, template))
        key, who = key_path(paths), identity_of(profile)
        cpu0, kids0 = time.process_time(), _children_cpu()
        started = time.perf_counter()
        for summary in summaries:
            render_and_sign(summary, key, KEY_PASS, who)
        elapsed = time.perf_counter() - started
    else:
        workers = int(mode.rsplit("-", 1)[1])
        started = time.perf_counter()
        items = sign_ready(db, paths, profile, library, KEY_PASS, workers=workers)
        elapsed = time.perf_counter() - started
        assert len(items) == len(ids), (len(items), len(ids))
    cpu = time.process_time() - cpu0
    workers_cpu = _children_cpu() - kids0  # the pool's processes, joined by now
    db.close()
    out = {"mode": mode, "n": len(ids), "s": elapsed, "main_cpu_s": cpu, "cpu_s": cpu + workers_cpu}
    print(json.dumps(out))
    return 0


def _children_cpu() -> float:
    t = os.times()
    return t.children_user + t.children_system


def build_store(data: Path, reviews: int) -> None:
    """A demo store with `reviews` ready reviews and a signing key, built by this tree."""
    sys.path.insert(0, str(ROOT))
    from udsat_desktop.flows.signing import ensure_key
    from udsat_desktop.platform.checklists import bundled_library
    from udsat_desktop.platform.paths import resolve
    from udsat_desktop.store.demo_reviews import build_demo_reviews
    from udsat_desktop.store.lifecycle import ensure_demo

    paths = resolve(data).ensure()
    db, profile = ensure_demo(paths, int(reviews * 1.6) + 40)
    build_demo_reviews(db, reviews, profile.user_id, bundled_library(), seed=34, all_ready=True)
    ensure_key(paths, profile, KEY_PASS)
    ready = db.reader().execute("SELECT count(*) FROM review WHERE status = 'klar'").fetchone()[0]
    db.close()
    if ready != reviews:
        raise SystemExit(f"the store has {ready} ready reviews, not {reviews}")


def export_ref(ref: str, target: Path) -> Path:
    """REF as files (`git archive`: the repository is not touched), laid out as installed."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from against import link_package_dirs

    target.mkdir(parents=True)
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", ref], capture_output=True)
    if archive.returncode != 0:
        raise SystemExit(archive.stderr.decode(errors="replace").strip())
    subprocess.run(["tar", "-x", "-C", str(target)], input=archive.stdout, check=True)
    link_package_dirs(target)
    # bytecode as `make` leaves it: a worker's imports are inside the timed part
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", "udsat_desktop"], cwd=target, check=True
    )
    return target


def one_run(mode: str, code: Path, template: Path, scratch: Path) -> dict[str, Any]:
    data = scratch / f"run-{mode}"
    shutil.rmtree(data, ignore_errors=True)
    shutil.copytree(template, data, ignore=shutil.ignore_patterns("logs"))
    env = dict(os.environ, PYTHONPATH=str(code), QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), CHILD, mode, str(data)],
        cwd=code,
        env=env,
        capture_output=True,
        text=True,
        timeout=3600,
    )
    shutil.rmtree(data, ignore_errors=True)
    if out.returncode != 0:
        raise SystemExit(f"{mode} failed:\n{out.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    result["load"] = os.getloadavg()[0]
    return result


def measure(
    reviews: int, rounds: int, ref_root: Path | None, ref: str, modes: tuple[str, ...] = MODES
) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="udsat-batch-sign-") as tmp_name:
        tmp = Path(tmp_name)
        needs_ref = any(m.startswith("ref") for m in modes)
        ref_code = ref_root or (export_ref(ref, tmp / "ref") if needs_ref else ROOT)
        template = tmp / "store"
        build_store(template, reviews)
        code = {"floor": ROOT, "here-1": ROOT, "here-2": ROOT, "ref-1": ref_code, "ref-2": ref_code}
        times: dict[str, list[float]] = {m: [] for m in MODES}
        cpu: dict[str, list[float]] = {m: [] for m in MODES}
        total_cpu: dict[str, list[float]] = {m: [] for m in MODES}
        loads: list[float] = []
        for _ in range(rounds):
            for mode in list(modes) + list(modes)[::-1]:  # A B B A
                r = one_run(mode, code[mode], template, tmp)
                times[mode].append(r["s"] * 1000 / r["n"])
                cpu[mode].append(r["main_cpu_s"] * 1000 / r["n"])
                total_cpu[mode].append(r["cpu_s"] * 1000 / r["n"])
                loads.append(r["load"])
                print(
                    f"  {mode:<7} {times[mode][-1]:7.1f} ms/review, CPU {total_cpu[mode][-1]:6.1f}"
                    f" ms/review (main {cpu[mode][-1]:.1f}; load {r['load']:.1f})",
                    file=sys.stderr,
                    flush=True,
                )
    med = {m: statistics.median(v) for m, v in times.items() if v}
    if set(modes) != set(MODES):  # a part of the comparison (--modes): the figures it has
        return {
            "reviews": reviews,
            "per_review_ms": {m: round(v, 1) for m, v in med.items()},
            "cpu_per_review_ms": {
                m: round(statistics.median(v), 1) for m, v in total_cpu.items() if v
            },
            "load_mean": round(statistics.mean(loads), 1),
        }
    return {
        "reviews": reviews,
        "runs_each": 2 * rounds,
        "ref": str(ref_root) if ref_root else ref,
        "per_review_ms": {m: round(v, 1) for m, v in med.items()},
        "main_cpu_per_review_ms": {m: round(statistics.median(v), 1) for m, v in cpu.items()},
        "cpu_per_review_ms": {m: round(statistics.median(v), 1) for m, v in total_cpu.items()},
        "cpu_vs_floor": {
            m: round(statistics.median(total_cpu[m]) / statistics.median(total_cpu["floor"]), 2)
            for m in MODES
            if m != "floor"
        },
        "vs_floor": {m: round(med[m] / med["floor"], 2) for m in MODES if m != "floor"},
        "here_vs_ref": {w: round(med[f"here-{w}"] / med[f"ref-{w}"], 2) for w in ("1", "2")},
        "two_vs_one_here": round(med["here-2"] / med["here-1"], 2),
        "two_vs_one_ref": round(med["ref-2"] / med["ref-1"], 2),
        "load_mean": round(statistics.mean(loads), 1),
        "load_max": round(max(loads), 1),
        "cores": os.cpu_count(),
    }


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == CHILD:
        return child(sys.argv[2], sys.argv[3])
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reviews", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=1, help="A B B A sequences (default 1)")
    parser.add_argument("--ref", default=BASE_REF, help=f"the code before (default {BASE_REF})")
    parser.add_argument("--ref-root", type=Path, help="an exported tree of the code before")
    parser.add_argument("--modes", help="comma-separated, of " + ", ".join(MODES))
    args = parser.parse_args()
    modes = tuple(args.modes.split(",")) if args.modes else MODES
    if set(modes) - set(MODES) or "floor" not in modes:
        parser.error("--modes takes floor and any of " + ", ".join(MODES[1:]))
    result = measure(args.reviews, args.rounds, args.ref_root, args.ref, modes)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
