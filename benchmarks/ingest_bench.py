"""A first ingest of a big share (issue 31, item 7): one by one (the ingest's check in this
process, as on one core) against worker processes (one per core), in the same run, in the
order A B B A, each on a fresh copy of the store; then a cancelled first ingest and its
resumption.

    python benchmarks/ingest_bench.py DATA_DIR   (demo passphrase; prints one JSON line)

DATA_DIR holds a demo store whose queue has signed summaries (benchmarks/signing_bench.py
DATA_DIR N leaves N there). They are pushed once to a share in /tmp (sealed, as a member's
sync does); every ingest reads that share. The figures are the program's own cost, not a
network's; `load_1min` says what else the machine was doing.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path


def main() -> int:
    from udsat_desktop.platform.paths import resolve
    from udsat_desktop.reports.verify_pool import cores
    from udsat_desktop.store.lifecycle import DEMO_PASSPHRASE, open_existing
    from udsat_desktop.sync.engine import sync
    from udsat_desktop.sync.ingest import ingest
    from udsat_desktop.sync.share import set_up_share

    sys.path.insert(0, str(Path(__file__).parent))
    from sync_bench import _cpu, _own_roster

    source = Path(sys.argv[1])
    passphrase = os.environ.get("UDSAT_PASSPHRASE", DEMO_PASSPHRASE)
    work = Path(tempfile.mkdtemp(prefix="udsat-ingest-bench-"))
    share = work / "share"
    share.mkdir()
    set_up_share(share)
    paths = resolve(source)
    db, profile = open_existing(paths, passphrase)
    _own_roster(db, paths, profile)
    pushed = sync(db, paths, profile, share)
    assert pushed.ok and not pushed.pending, (pushed.failed[:3], pushed.problem)
    db.close()
    for path in share.rglob("*"):  # every ingest: a warm cache
        if path.is_file():
            path.read_bytes()

    def fresh(label: str):  # type: ignore[no-untyped-def]
        folder = work / label
        shutil.copytree(source, folder, ignore=shutil.ignore_patterns("outbox", "logs"))
        ipaths = resolve(folder)
        idb, iprofile = open_existing(ipaths, passphrase)
        _own_roster(idb, ipaths, iprofile)
        return folder, ipaths, idb, iprofile

    timings: dict[str, list[tuple[float, float]]] = {"serial": [], "pool": []}
    loads: list[float] = []
    news: set[int] = set()
    for round_, kind in enumerate(("serial", "pool", "pool", "serial")):
        folder, ipaths, idb, iprofile = fresh(f"{kind}-{round_}")
        loads.append(os.getloadavg()[0])
        cpu, started = _cpu(), time.perf_counter()
        report = ingest(idb, ipaths, iprofile, share, workers=1 if kind == "serial" else None)
        timings[kind].append((time.perf_counter() - started, _cpu() - cpu))
        assert report.ok and not report.unknown_signer, (report.problems[:3], report.modified[:3])
        news.add(report.new)
        idb.close()
        shutil.rmtree(folder, ignore_errors=True)
    assert len(news) == 1, news

    # a first ingest cancelled half-way, then the next ingest: what it costs to resume
    folder, ipaths, idb, iprofile = fresh("cancelled")
    records = news.pop()
    half = records // 2
    seen: list[int] = []
    started = time.perf_counter()
    first = ingest(
        idb,
        ipaths,
        iprofile,
        share,
        progress=lambda done, _total, _left: seen.append(done),
        cancelled=lambda: bool(seen) and seen[-1] >= half,
    )
    cancel_s = time.perf_counter() - started
    started = time.perf_counter()
    rest = ingest(idb, ipaths, iprofile, share)
    resume_s = time.perf_counter() - started
    idb.close()
    assert first.cancelled and first.new + rest.new == records and rest.unchanged == first.new
    shutil.rmtree(work, ignore_errors=True)
    serial_s, pool_s = (statistics.mean(t[0] for t in timings[k]) for k in ("serial", "pool"))
    print(
        json.dumps(
            {
                "records": records,
                "cores": cores(),
                "serial_s": round(serial_s, 2),
                "pool_s": round(pool_s, 2),
                "ratio_pool_to_serial": round(pool_s / serial_s, 3),
                "serial_runs_s": [round(t[0], 2) for t in timings["serial"]],
                "pool_runs_s": [round(t[0], 2) for t in timings["pool"]],
                "serial_cpu_s": round(statistics.mean(t[1] for t in timings["serial"]), 2),
                "pool_cpu_s": round(statistics.mean(t[1] for t in timings["pool"]), 2),
                "pool_ms_per_record": round(1000 * pool_s / records, 1),
                "estimate_20000_pool_min": round(pool_s / records * 20000 / 60, 1),
                "cancelled_after": first.new,
                "cancelled_run_s": round(cancel_s, 2),
                "resumed_new": rest.new,
                "resume_s": round(resume_s, 2),
                "load_1min_at_each_run": [round(x, 2) for x in loads],
                "load_1min_end": round(os.getloadavg()[0], 2),
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
