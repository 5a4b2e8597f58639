"""Sync figures: push a signed outbox to a share, sync again with nothing new, ingest every
record as a coordinator (hash + signature check of each PDF), and re-ingest with nothing new.
The share is sealed (issue 16): the same ingest on a plain copy of the same files (each opened
once beforehand) is the baseline for the cost of unsealing, in the same run.

    python benchmarks/sync_bench.py DATA_DIR   (demo passphrase; prints one JSON line)

DATA_DIR holds a demo store whose outbox has signed summaries (benchmarks/signing_bench.py
leaves it so). The share is a temporary local folder: the figures are the program's own cost,
not a network's.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # legacy_ingest, also in worker processes


def main() -> int:
    from udsat_desktop.paths import resolve
    from udsat_desktop.store.lifecycle import DEMO_PASSPHRASE, open_existing
    from udsat_desktop.sync.engine import ingest, pending_count, sync

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
    db.close()
    coordinator = work / "coordinator"
    plain_coordinator = work / "plain-coordinator"
    shutil.copytree(source, plain_coordinator, ignore=shutil.ignore_patterns("outbox", "logs"))
    shutil.copytree(source, coordinator, ignore=shutil.ignore_patterns("outbox", "logs"))
    baseline = work / "baseline"
    shutil.copytree(source, baseline, ignore=shutil.ignore_patterns("outbox", "logs"))
    files = pending_count(paths)
    db, profile = open_existing(paths, passphrase)
    started = time.perf_counter()
    first = sync(db, paths, profile, share)
    push_s = time.perf_counter() - started
    assert first.ok and not first.pending, (first.failed[:3], first.problem)
    started = time.perf_counter()
    again = sync(db, paths, profile, share)
    resync_s = time.perf_counter() - started
    plain_share = _plain_copy(db, share, work / "plain-share")
    db.close()

    for path in [*share.rglob("*"), *plain_share.rglob("*")]:  # all ingests: a warm cache
        if path.is_file():
            path.read_bytes()
    # baseline, same run: the ingest as it was before complete verification
    from legacy_ingest import legacy

    bpaths = resolve(baseline)
    bdb, bprofile = open_existing(bpaths, passphrase)
    _own_roster(bdb, bpaths, bprofile)  # the same certificate trusted as then (no failed paths)
    with legacy():
        started = time.perf_counter()
        old = ingest(bdb, bpaths, bprofile, share)
        baseline_s = time.perf_counter() - started
    bdb.close()

    # the coordinator holds a roster on which the signer (the demo user) is a member
    cpaths = resolve(coordinator)
    cdb, cprofile = open_existing(cpaths, passphrase)
    _own_roster(cdb, cpaths, cprofile)
    started = time.perf_counter()
    report = ingest(cdb, cpaths, cprofile, share)
    ingest_s = time.perf_counter() - started
    assert report.ok, (report.problems[:3], report.modified[:3], report.refused[:3])
    assert not report.unknown_signer and report.new == old.new
    started = time.perf_counter()
    second = ingest(cdb, cpaths, cprofile, share)
    reingest_s = time.perf_counter() - started
    cdb.close()

    # the same ingest on the plain copy of the same files (no unsealing), same run
    ppaths = resolve(plain_coordinator)
    pdb, pprofile = open_existing(ppaths, passphrase)
    _own_roster(pdb, ppaths, pprofile)
    started = time.perf_counter()
    plain = ingest(pdb, ppaths, pprofile, plain_share)
    plain_s = time.perf_counter() - started
    pdb.close()
    assert plain.ok and plain.new == report.new, (plain.problems[:3], plain.new)
    shutil.rmtree(work, ignore_errors=True)
    print(json.dumps({
        "files": files, "push_s": round(push_s, 2), "resync_s": round(resync_s, 3),
        "published": len(first.published), "republished": len(again.published),
        "records": report.new, "ingest_s": round(ingest_s, 2),
        "baseline_ingest_s": round(baseline_s, 2),
        "ratio": round(ingest_s / baseline_s, 3),
        "reingest_s": round(reingest_s, 3), "reingest_new": second.new,
        "trusted": report.new - len(report.unknown_signer),
        "plain_ingest_s": round(plain_s, 2), "unseal_ratio": round(ingest_s / plain_s, 3),
    }))
    return 0


def _plain_copy(db, share: Path, target: Path) -> Path:  # type: ignore[no-untyped-def]
    """The share as it was before sealing: every sealed file opened, under the same name."""
    from udsat_desktop.sync.engine import encryption_key
    from udsat_desktop.sync.sealed import is_sealed, open_for

    key = encryption_key(db)
    shutil.copytree(share, target)
    for path in target.rglob("*"):
        if path.is_file() and is_sealed(blob := path.read_bytes()):
            path.write_bytes(open_for(key, blob))
    return target


def _own_roster(db, paths, profile) -> None:  # type: ignore[no-untyped-def]
    from udsat_desktop.sync import roster
    from udsat_desktop.sync.engine import own_certificates

    certs = own_certificates(paths, profile)
    held = roster.editable(db, paths, profile, certs)
    roster._commit(db, paths, profile, held, list(held.members), None)


if __name__ == "__main__":
    raise SystemExit(main())
