"""Sync figures: push a signed outbox to a share, sync again with nothing new, ingest every
record as a coordinator (complete verification) against the ingest before complete
verification (legacy_ingest.py) in the order A B B A, and re-ingest with nothing new.
The share is sealed (issue 16): the same ingest on a plain copy of the same files (each opened
once beforehand) is the baseline for the cost of unsealing, in the same run.

    python benchmarks/sync_bench.py DATA_DIR   (demo passphrase; prints one JSON line)
    UDSAT_BENCH_PROFILE=FILE ...               (also a cProfile of one re-ingest, to FILE)
    UDSAT_BENCH_SYNC_ONLY=1 ...                (only the first sync and the sync again)

DATA_DIR holds a demo store whose queue has signed summaries (benchmarks/signing_bench.py
leaves it so). The share is a temporary local folder: the figures are the program's own cost,
not a network's.
"""

from __future__ import annotations

import contextlib
import json
import os
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # legacy_ingest, also in worker processes


def main() -> int:
    from udsat_desktop.platform.paths import resolve
    from udsat_desktop.store.lifecycle import DEMO_PASSPHRASE, open_existing
    from udsat_desktop.sync.engine import sync
    from udsat_desktop.sync.ingest import ingest
    from udsat_desktop.sync.pending import pending_count

    source = Path(sys.argv[1])
    passphrase = os.environ.get("UDSAT_PASSPHRASE", DEMO_PASSPHRASE)
    work = Path(tempfile.mkdtemp(prefix="udsat-sync-bench-"))
    share = work / "share"
    share.mkdir()
    from udsat_desktop.sync.share import set_up_share

    set_up_share(share)  # the marker a share needs
    paths = resolve(source)
    db, profile = open_existing(paths, passphrase)
    _own_roster(db, paths, profile)  # the summaries are sealed to the roster's coordinator
    files = pending_count(db)  # the queue of unsent work is in the store (issue 36)
    db.close()
    db, profile = open_existing(paths, passphrase)
    started = time.perf_counter()
    first = sync(db, paths, profile, share)
    push_s = time.perf_counter() - started
    assert first.ok and not first.pending, (first.failed[:3], first.problem)
    started = time.perf_counter()
    again = sync(db, paths, profile, share)
    resync_s = time.perf_counter() - started
    if os.environ.get("UDSAT_BENCH_SYNC_ONLY"):  # the two sync figures only, no ingest
        db.close()
        shutil.rmtree(work, ignore_errors=True)
        print(
            json.dumps(
                {
                    "files": files,
                    "push_s": round(push_s, 2),
                    "resync_s": round(resync_s, 3),
                    "published": len(first.published),
                    "republished": len(again.published),
                    "load_1min": round(os.getloadavg()[0], 2),
                }
            )
        )
        return 0
    plain_share = _plain_copy(db, share, work / "plain-share")
    db.close()

    for path in [*share.rglob("*"), *plain_share.rglob("*")]:  # all ingests: a warm cache
        if path.is_file():
            path.read_bytes()
    # baseline, same run: the ingest as it was before complete verification. The two are
    # timed in the order A B B A, each on a fresh copy of the store, so that a burst of load
    # on a shared machine does not decide the ratio; the figures are the means of the pairs,
    # as wall time and as CPU time (this process and its worker processes).
    from legacy_ingest import legacy

    timings: dict[str, list[tuple[float, float]]] = {"baseline": [], "complete": [], "plain": []}
    old = report = plain = None
    for round_, kind in enumerate(
        ("baseline", "complete", "plain", "plain", "complete", "baseline")
    ):
        folder = work / f"{kind}-{round_}"
        shutil.copytree(source, folder, ignore=shutil.ignore_patterns("outbox", "logs"))
        ipaths = resolve(folder)
        idb, iprofile = open_existing(ipaths, passphrase)
        _own_roster(idb, ipaths, iprofile)  # the signer (the demo user) on the roster
        with legacy() if kind == "baseline" else contextlib.nullcontext():
            cpu, started = _cpu(), time.perf_counter()
            got = ingest(idb, ipaths, iprofile, plain_share if kind == "plain" else share)
            timings[kind].append((time.perf_counter() - started, _cpu() - cpu))
        if kind == "baseline":
            old = got
        elif kind == "plain":
            plain = got
        else:
            report = got
            assert report.ok, (report.problems[:3], report.modified[:3], report.refused[:3])
            assert not report.unknown_signer
        if round_ == 4:  # re-ingest with nothing new, median of 3
            reingests = []
            for _ in range(3):
                started = time.perf_counter()
                second = ingest(idb, ipaths, iprofile, share)
                reingests.append(time.perf_counter() - started)
            reingest_s, reingest_new = statistics.median(reingests), second.new
            if os.environ.get("UDSAT_BENCH_PROFILE"):  # where a re-ingest spends its time
                import cProfile

                cProfile.runctx(
                    "ingest(idb, ipaths, iprofile, share)",
                    globals(),
                    locals(),
                    os.environ["UDSAT_BENCH_PROFILE"],
                )
        idb.close()
        shutil.rmtree(folder, ignore_errors=True)
    assert old is not None and report is not None and report.new == old.new
    baseline_s, ingest_s = (
        statistics.mean(t[0] for t in timings[k]) for k in ("baseline", "complete")
    )
    baseline_cpu, ingest_cpu = (
        statistics.mean(t[1] for t in timings[k]) for k in ("baseline", "complete")
    )
    assert plain is not None and plain.ok and plain.new == report.new, plain.problems[:3]
    plain_s = statistics.mean(t[0] for t in timings["plain"])
    shutil.rmtree(work, ignore_errors=True)
    print(
        json.dumps(
            {
                "files": files,
                "push_s": round(push_s, 2),
                "resync_s": round(resync_s, 3),
                "published": len(first.published),
                "republished": len(again.published),
                "records": report.new,
                "ingest_s": round(ingest_s, 2),
                "baseline_ingest_s": round(baseline_s, 2),
                "ratio": round(ingest_s / baseline_s, 3),
                "baseline_ingest_runs_s": [round(t[0], 2) for t in timings["baseline"]],
                "ingest_runs_s": [round(t[0], 2) for t in timings["complete"]],
                "baseline_ingest_cpu_s": round(baseline_cpu, 2),
                "ingest_cpu_s": round(ingest_cpu, 2),
                "cpu_ratio": round(ingest_cpu / baseline_cpu, 3),
                "load_1min": round(os.getloadavg()[0], 2),
                "cores": os.cpu_count(),
                "reingest_s": round(reingest_s, 3),
                "reingest_new": reingest_new,
                "trusted": report.new - len(report.unknown_signer),
                "plain_ingest_s": round(plain_s, 2),
                "unseal_ratio": round(ingest_s / plain_s, 3),
            }
        )
    )
    return 0


def _cpu() -> float:
    """CPU seconds of this process and of its children that have ended (the ingest's worker
    processes end with their pool)."""
    me, kids = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def _plain_copy(db, share: Path, target: Path) -> Path:  # type: ignore[no-untyped-def]
    """The share as it was before sealing: every sealed file opened, under the same name."""
    from udsat_desktop.sync.keys import encryption_key
    from udsat_desktop.sync.sealed import is_sealed, open_for

    key = encryption_key(db)
    shutil.copytree(share, target)
    for path in target.rglob("*"):
        if path.is_file() and is_sealed(blob := path.read_bytes()):
            path.write_bytes(open_for(key, blob))
    return target


def _own_roster(db, paths, profile) -> None:  # type: ignore[no-untyped-def]
    from udsat_desktop.sync.identity import own_certificates
    from udsat_desktop.sync.roster import enrolment

    certs = own_certificates(paths, profile)
    held = enrolment.editable(db, paths, profile, certs)
    enrolment._commit(db, paths, profile, held, list(held.members), None)


if __name__ == "__main__":
    raise SystemExit(main())
