"""A first ingest of a big share (issue 31, item 7): this tree against the code before (REF,
exported with `git archive`), in the same run, in the order A B B A, each run in its own
process on a fresh copy of the coordinator's store; optionally a cancelled first ingest and
the ingest that resumes it, and cProfile of the main process.

    python benchmarks/ingest_share_gen.py N DATA_DIR        # once: N signed summaries
    python benchmarks/ingest_bench.py DATA_DIR [--ref 9681091 | --ref-root DIR]
        [--rounds 1] [--share DIR] [--resume] [--profile OUT.prof] [--workers W]

DATA_DIR holds a demo store whose queue has signed summaries. They are pushed once to a
sealed share (DATA_DIR-share, or --share, e.g. a folder on a Samba mount), as a member's
sync does, and the share is reused by later runs. Each timed run: the store copied, the
roster made its own (before the clock), then `ingest` with the default worker processes (one
per core). Printed per run: wall seconds, CPU seconds of the main process and of its worker
processes (user + system), and the 1-minute load average at its start; the last line is JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
BASE_REF = "9681091"  # main before session 13: the PDF check as pyHanko does it, ORM batches


def _push(data: Path, share: Path) -> int:
    """The store's queue pushed once to `share` (kept: later runs reuse it)."""
    from udsat_desktop.platform.paths import resolve
    from udsat_desktop.store.lifecycle import DEMO_PASSPHRASE, open_existing
    from udsat_desktop.sync.engine import sync
    from udsat_desktop.sync.share import set_up_share

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from sync_bench import _own_roster

    done = share / ".bench-pushed"
    if done.exists():
        return int(done.read_text())
    share.mkdir(parents=True, exist_ok=True)
    set_up_share(share)
    paths = resolve(data)
    db, profile = open_existing(paths, DEMO_PASSPHRASE)
    _own_roster(db, paths, profile)
    pushed = sync(db, paths, profile, share)
    assert pushed.ok and not pushed.pending, (pushed.failed[:3], pushed.problem)
    db.close()
    count = sum(1 for _ in (share / "records").rglob("*.json"))
    done.write_text(str(count))
    return count


def child(data: str, share: str, workers: int | None, resume: bool, profile_out: str) -> int:
    """One timed first ingest in this process (its own code on `PYTHONPATH`)."""
    from udsat_desktop.platform.paths import resolve
    from udsat_desktop.store.lifecycle import DEMO_PASSPHRASE, open_existing
    from udsat_desktop.sync.ingest import ingest

    sys.path.insert(0, str(Path(os.environ["BENCH_CODE"]) / "benchmarks"))
    from sync_bench import _own_roster

    paths = resolve(Path(data))
    db, profile = open_existing(paths, DEMO_PASSPHRASE)
    _own_roster(db, paths, profile)
    load = os.getloadavg()[0]
    me0, kids0 = _usage(resource.RUSAGE_SELF), _usage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    if profile_out:
        import cProfile

        prof = cProfile.Profile()
        report = prof.runcall(ingest, db, paths, profile, Path(share), workers=workers)
        prof.dump_stats(profile_out)
    else:
        report = ingest(db, paths, profile, Path(share), workers=workers)
    elapsed = time.perf_counter() - started
    main_cpu = _usage(resource.RUSAGE_SELF) - me0
    workers_cpu = _usage(resource.RUSAGE_CHILDREN) - kids0  # the pool's, joined by now
    assert report.ok and not report.unknown_signer, (report.problems[:3], report.modified[:3])
    out: dict[str, Any] = {
        "new": report.new,
        "s": elapsed,
        "main_cpu_s": main_cpu,
        "workers_cpu_s": workers_cpu,
        "load_1min": load,
    }
    if resume:
        db.close()
        out.update(_cancel_and_resume(data, share, report.new))
    db.close()
    print(json.dumps(out))
    return 0


def _cancel_and_resume(data: str, share: str, records: int) -> dict[str, Any]:
    """A first ingest cancelled when half is kept, then the next ingest (a fresh store)."""
    from udsat_desktop.platform.paths import resolve
    from udsat_desktop.store.lifecycle import DEMO_PASSPHRASE, open_existing
    from udsat_desktop.sync.ingest import ingest

    folder = Path(data).with_name(Path(data).name + "-cancel")
    shutil.copytree(Path(os.environ["BENCH_SOURCE"]), folder, ignore=_ignored)
    paths = resolve(folder)
    db, profile = open_existing(paths, DEMO_PASSPHRASE)
    from sync_bench import _own_roster

    _own_roster(db, paths, profile)
    half, seen = records // 2, []
    started = time.perf_counter()
    first = ingest(
        db,
        paths,
        profile,
        Path(share),
        progress=lambda done, _total, _left: seen.append(done),
        cancelled=lambda: bool(seen) and seen[-1] >= half,
    )
    cancel_s = time.perf_counter() - started
    started = time.perf_counter()
    rest = ingest(db, paths, profile, Path(share))
    resume_s = time.perf_counter() - started
    db.close()
    shutil.rmtree(folder, ignore_errors=True)
    assert first.cancelled and first.new + rest.new == records and rest.unchanged == first.new
    return {
        "cancelled_after": first.new,
        "cancelled_run_s": cancel_s,
        "resumed_new": rest.new,
        "resume_s": resume_s,
    }


def _usage(who: int) -> float:
    got = resource.getrusage(who)
    return got.ru_utime + got.ru_stime


def _ignored(_folder: str, names: list[str]) -> list[str]:
    return [n for n in names if n in ("outbox", "logs", "backups")]


def export_ref(ref: str, target: Path) -> Path:
    """The code at `ref`, exported (not checked out) into `target`."""
    target.mkdir(parents=True, exist_ok=True)
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", ref], check=True, capture_output=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(target)], input=archive, check=True)
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", "udsat_desktop"], cwd=target, check=True
    )
    return target


def one_run(code: Path, source: Path, share: Path, scratch: Path, **opts: Any) -> dict[str, Any]:
    """One first ingest by the code in `code`, in its own process, on a fresh store copy."""
    folder = scratch / "store"
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(source, folder, ignore=_ignored)
    env = dict(os.environ, PYTHONPATH=str(code), BENCH_CODE=str(code), BENCH_SOURCE=str(source))
    args = [sys.executable, str(Path(__file__).resolve()), "--child", str(folder), str(share)]
    if opts.get("workers"):
        args += ["--workers", str(opts["workers"])]
    if opts.get("resume"):
        args.append("--resume")
    if opts.get("profile"):
        args += ["--profile", str(opts["profile"])]
    done = subprocess.run(args, env=env, check=True, capture_output=True, text=True, cwd=scratch)
    shutil.rmtree(folder, ignore_errors=True)
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("data", nargs="?")
    parser.add_argument("--child", nargs=2, metavar=("STORE", "SHARE"))
    parser.add_argument("--ref", default=BASE_REF)
    parser.add_argument("--ref-root", type=Path)
    parser.add_argument("--share", type=Path)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--workers", type=int)
    parser.add_argument("--resume", action="store_true")
    parser.add_argument("--profile", default="")
    parser.add_argument("--only-here", action="store_true")
    args = parser.parse_args()
    if args.child:
        return child(args.child[0], args.child[1], args.workers, args.resume, args.profile)
    source = Path(args.data).resolve()
    share = (args.share or source.with_name(source.name + "-share")).resolve()
    records = _push(source, share)
    with tempfile.TemporaryDirectory(prefix="udsat-ingest-bench-") as tmp_name:
        tmp = Path(tmp_name)
        ref = args.ref_root or export_ref(args.ref, tmp / "ref")
        if args.profile:
            got = one_run(ROOT, source, share, tmp, workers=args.workers, profile=args.profile)
            print(json.dumps({"profile": args.profile, **got}))
            return 0
        order = ("here",) if args.only_here else ("here", "ref", "ref", "here")
        runs: dict[str, list[dict[str, Any]]] = {"here": [], "ref": []}
        for _ in range(args.rounds):
            for kind in order:
                got = one_run(
                    ROOT if kind == "here" else ref, source, share, tmp, workers=args.workers
                )
                assert got["new"] == records, (got["new"], records)
                runs[kind].append(got)
                print(kind, json.dumps(got), flush=True)
        if args.resume:
            runs["resume"] = [one_run(ROOT, source, share, tmp, resume=True)]
    summary: dict[str, Any] = {"records": records, "cores": os.cpu_count()}
    for kind, got in runs.items():
        if not got or kind == "resume":
            continue
        wall = statistics.mean(r["s"] for r in got)
        cpu = statistics.mean(r["main_cpu_s"] + r["workers_cpu_s"] for r in got)
        summary[kind] = {
            "wall_s": round(wall, 1),
            "runs_s": [round(r["s"], 1) for r in got],
            "main_cpu_s": round(statistics.mean(r["main_cpu_s"] for r in got), 1),
            "workers_cpu_s": round(statistics.mean(r["workers_cpu_s"] for r in got), 1),
            "cpu_ms_per_record": round(1000 * cpu / records, 1),
            "main_cpu_ms_per_record": round(
                1000 * statistics.mean(r["main_cpu_s"] for r in got) / records, 1
            ),
            # a projection, not a measurement: two cores given to it and CPU the only cost;
            # the main process's own share cannot be split between them
            "projected_20000_on_2_cores_min": round(
                max(cpu / 2, statistics.mean(r["main_cpu_s"] for r in got)) / records * 20000 / 60,
                1,
            ),
            "load_1min": [round(r["load_1min"], 1) for r in got],
        }
    if runs["here"] and runs["ref"]:
        summary["ratio_wall_here_to_ref"] = round(
            summary["here"]["wall_s"] / summary["ref"]["wall_s"], 3
        )
    if "resume" in runs:
        summary["resume"] = runs["resume"][0]
    summary["load_1min_end"] = round(os.getloadavg()[0], 1)
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
