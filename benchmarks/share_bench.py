"""The share on a real SMB mount: syncing 2,737 signed summaries (and their records) against
`cp -r` of the same files to the same place in the same run, again with 20,000 records
already on the share, and a sync with nothing new against the CLI's own start.

"The CLI's start" is `udsat stats`: the interpreter, the command line, and opening the
encrypted database (scrypt over the passphrase, SQLCipher, SQLAlchemy's models) plus one small
query: the smallest command that opens the database, which every command pays. The no-op figure
is `udsat sync` minus that, both as subprocesses, run in pairs (stats, then sync) NOOP_RUNS
times; the median of the pairs' differences is reported, with the medians of each.

    python benchmarks/share_bench.py [--count 2737] [--existing 20000]

On a Samba share on the loopback mounted through smbnetfs when this runs as root with
/dev/fuse (tests/sync/mounts.py); else on a local temporary folder (said in the output).
Prints one JSON line. One signed PDF (a real signature) is reused under 2,737 names: sync
costs depend on sizes and counts, not on what is signed. The sync seals every file (issue 16)
to the roster's coordinator (the bench user; each further reader adds one key agreement);
`cp -r` copies the plain files.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
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

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
PASS = "bench-kode-2737"
NOOP_RUNS = 7


def cli(data: Path, *args: str) -> float:
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "udsat_desktop.cli", "--data-dir", str(data), *args],
        check=True,
        capture_output=True,
        env=dict(os.environ, UDSAT_PASSPHRASE=PASS, UDSAT_KEY_PASSPHRASE=PASS),
    )
    return time.perf_counter() - started


def fill_outbox(outbox: Path, pdf: bytes, count: int, start: int) -> None:
    digest = hashlib.sha256(pdf).hexdigest()
    outbox.mkdir(parents=True, exist_ok=True)
    for i in range(start, start + count):
        review, case = f"R-B{i:010d}", f"C{i:04X}-BNCH"
        record = {
            "format": "udsat-review-record/1",
            "review_id": review,
            "case_key": case,
            "version": 1,
            "template": {"id": "taskforce-gennemgang", "version": "2026"},
            "review_date": f"2026-{1 + i % 12:02d}-15",
            "reviewers": ["bench"],
            "status": "underskrevet",
            "pdf_sha256": digest,
            "recommendation": {},
            "next_steps": [],
            "consents": {},
        }
        (outbox / f"{case}_{review}.pdf").write_bytes(pdf)
        (outbox / f"{case}_{review}.json").write_text(json.dumps(record, indent=2))


def fill_queue(data: Path, staged: Path) -> None:
    """The staged pairs into the encrypted queue, as signing leaves them (issue 36: the queue
    of unsent work is in the store; the staged files are only the `cp -r` baseline)."""
    from udsat_desktop.platform.paths import resolve
    from udsat_desktop.store.lifecycle import open_existing
    from udsat_desktop.store.reviews.signing import queue_signed

    db, _profile = open_existing(resolve(data), PASS)
    try:
        with db.session() as s:
            for pdf in sorted(staged.glob("*.pdf")):
                case_key, review_key = pdf.stem.split("_", 1)
                record = pdf.with_suffix(".json").read_text(encoding="utf-8")
                queue_signed(s, case_key, review_key, pdf.read_bytes(), record)
    finally:
        db.close()


SYNC_IN_TREE = """
import json, sys, time
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from udsat_desktop.platform.paths import resolve
from udsat_desktop.store.lifecycle import open_existing
from udsat_desktop.sync.engine import sync
from udsat_desktop.sync.share import set_op_timeout

paths = resolve(Path(sys.argv[2]))
db, profile = open_existing(paths, sys.argv[4])
set_op_timeout(10)  # as the CLI runs it: every share call bounded
started = time.perf_counter()
report = sync(db, paths, profile, Path(sys.argv[3]))
took = time.perf_counter() - started
db.close()
print(json.dumps({"sync_s": took, "ok": report.ok, "pending": report.pending,
                  "failed": [str(f) for f in report.failed[:3]], "problem": report.problem}))
"""


def children_cpu() -> float:
    """User + system CPU seconds of this process's finished children so far (a round's CPU is
    the difference around it: the child and all its threads)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def cp_into_place(staged: Path, share: Path, layout: Path) -> float:
    """`cp -r` of the staged plain pairs into the share's own folders (summaries/<yyyy>/<mm>/,
    records/<yyyy>/<mm>/, where the sync puts them and where the records already there lie),
    under names of their own (`C-` before the review id) so the sync's names stay free.
    Returns the copy's wall time (the layout is made by hard links first, not timed)."""
    for record_path in staged.glob("*.json"):
        record = json.loads(record_path.read_text(encoding="utf-8"))
        year, month = record["review_date"][:4], record["review_date"][5:7]
        for kind, suffix in (("summaries", ".pdf"), ("records", ".json")):
            folder = layout / kind / year / month
            folder.mkdir(parents=True, exist_ok=True)
            os.link(record_path.with_suffix(suffix), folder / f"C-{record['review_id']}{suffix}")
    started = time.perf_counter()
    subprocess.run(
        ["cp", "-r", str(layout / "summaries"), str(layout / "records"), str(share)], check=True
    )
    took = time.perf_counter() - started
    shutil.rmtree(layout)
    return took


def timed_sync(tree: Path, data: Path, share: Path, strace: Path | None = None) -> float:
    """One `sync()` of the code in `tree` in its own interpreter (its own modules), timed from
    inside: the round's work, not the interpreter's start. With `strace`, the process runs
    under `strace -c -f` and its counts go there."""
    command = [sys.executable, "-c", SYNC_IN_TREE, str(tree), str(data), str(share), PASS]
    if strace is not None:
        command = ["strace", "-c", "-f", "-o", str(strace), *command]
    done = subprocess.run(command, check=True, capture_output=True, text=True, cwd=tree)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["ok"] and not result["pending"], (result["failed"], result["problem"])
    return float(result["sync_s"])


def strace_counts(path: Path) -> dict[str, int]:
    """`strace -c` output: calls per system call."""
    counts: dict[str, int] = {}
    for line in path.read_text().splitlines():
        fields = line.split()
        if len(fields) >= 5 and fields[0][0].isdigit() and fields[-1] not in ("total",):
            try:
                counts[fields[-1]] = int(fields[3])
            except ValueError:
                continue
    return counts


def _one_signed(data: Path) -> bytes:
    """A signed summary the demo signing left in the queue, taken off it (the bench fills the
    queue with copies of it)."""
    from udsat_desktop.platform.paths import resolve
    from udsat_desktop.store.lifecycle import open_existing
    from udsat_desktop.store.signed_pdfs import queued_reviews, signed_pdf, unqueue

    db, _profile = open_existing(resolve(data), PASS)
    try:
        keys = [review_key for _case_key, review_key in queued_reviews(db)]
        signed = signed_pdf(db, keys[0])
        assert signed is not None
        unqueue(db, keys)
        return signed
    finally:
        db.close()


def own_roster(data: Path) -> None:
    """A roster signed by the bench user, on which they are the coordinator: what the sync
    seals every file to."""
    from udsat_desktop.platform.paths import resolve
    from udsat_desktop.store.lifecycle import open_existing
    from udsat_desktop.sync.identity import own_certificates
    from udsat_desktop.sync.roster import enrolment

    paths = resolve(data)
    db, profile = open_existing(paths, PASS)
    try:
        held = enrolment.editable(db, paths, profile, own_certificates(paths, profile))
        enrolment._commit(db, paths, profile, held, list(held.members), None)
    finally:
        db.close()


def main() -> int:  # noqa: C901 - one run: set-up, the phases, the no-op figure
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=2737)
    parser.add_argument("--existing", type=int, default=20000)
    parser.add_argument(
        "--against", type=Path, help="a tree of the code before (A B B A with this one)"
    )
    parser.add_argument(
        "--strace", action="store_true", help="one more round per code under strace -c -f"
    )
    parser.add_argument("--no-noop", action="store_true", help="skip the no-op sync figure")
    parser.add_argument(
        "--local",
        action="store_true",
        help="a local temporary folder even where Samba could run (no Samba lock needed)",
    )
    parser.add_argument(
        "--cp-same",
        action="store_true",
        help="also `cp -r` the plain pairs into the share's own month folders (beside the "
        "records already there), under other names: the copy's cost where the sync writes",
    )
    parser.add_argument(
        "--order", default="now,before,before,now", help="the rounds' codes (A B B A by default)"
    )
    parser.add_argument(
        "--full-only", action="store_true", help="only the phase with records already there"
    )
    args = parser.parse_args()
    from tests.sync import mounts
    from udsat_desktop.sync.share import set_up_share

    work = Path(tempfile.mkdtemp(prefix="udsat-share-bench-"))
    samba = mount = None
    try:
        if mounts.skip_reason() is None and not args.local:
            try:
                samba = mounts.Samba(work / "samba")
                samba.start()
                mount = mounts.mount(samba, "smbnetfs", work / "mnt", work / "mnt-work")
            except (RuntimeError, TimeoutError, OSError):
                samba = mount = None
        where = "samba+smbnetfs" if mount is not None else "local folder"
        base = mount.share if mount is not None else work / "local"
        base.mkdir(exist_ok=True)
        server = samba.root if samba is not None else base
        share = base / "share"
        share.mkdir()
        set_up_share(share)

        data = work / "reviewer"
        cli(
            data,
            "init",
            "--name",
            "Bench Mark",
            "--initials",
            "BM",
            "--org",
            "BIF",
            "--role",
            "coordinator",
        )
        cli(data, "config", "--share", str(share))
        cli(data, "demo", "--cases", "2", "--reviews", "2", "--seed", "7")
        cli(data, "sign", "--ready")
        own_roster(data)
        signed = _one_signed(data)

        trees = {"now": ROOT}
        if args.against is not None:
            trees["before"] = args.against.resolve()
        # A B B A (only A A without --against): a burst of load hits both codes alike
        order = args.order.split(",") if len(trees) == 2 else ["now", "now"]
        next_start = 0

        def staged_round(label: str, code: str, strace: Path | None = None) -> tuple[float, float]:
            """N new pairs into the queue; `cp -r` of their plain files to the share's
            mount, then the sync of the code `code` (each into a folder of its own)."""
            nonlocal next_start
            staged = work / f"staged-{label}-{next_start}"
            fill_outbox(staged, signed, args.count, next_start)
            next_start += args.count
            fill_queue(data, staged)
            copy = ["cp", "-r", str(staged), str(base / f"cp-{label}-{next_start}")]
            if strace is not None:
                copy = ["strace", "-c", "-f", "-o", str(strace.with_suffix(".cp")), *copy]
            started, cpu = time.perf_counter(), children_cpu()
            subprocess.run(copy, check=True)
            cp_s = time.perf_counter() - started
            if strace is None:
                cpu_s[f"{label}_{code}_cp_cpu_s"].append(round(children_cpu() - cpu, 2))
            if args.cp_same and strace is None:
                same_s.setdefault(f"{label}_{code}_cp_same_s", []).append(
                    round(cp_into_place(staged, share, work / f"layout-{next_start}"), 2)
                )
            cpu = children_cpu()
            sync_s = timed_sync(trees[code], data, share, strace)
            if strace is None:  # the child's whole CPU (its start too), user + system
                cpu_s[f"{label}_{code}_sync_cpu_s"].append(round(children_cpu() - cpu, 2))
            shutil.rmtree(staged)
            return cp_s, sync_s

        same_s: dict[str, list[float]] = {}
        cpu_s: dict[str, list[float]] = collections.defaultdict(list)

        def phase(label: str) -> dict[str, object]:
            ratios: dict[str, list[float]] = {code: [] for code in trees}
            rows: dict[str, object] = {}
            for code in order:
                cp_s, sync_s = staged_round(label, code)
                ratios[code].append(round(sync_s / cp_s, 3))
                rows.setdefault(f"{label}_{code}_cp_s", []).append(round(cp_s, 2))  # type: ignore[attr-defined]
                rows.setdefault(f"{label}_{code}_sync_s", []).append(round(sync_s, 2))  # type: ignore[attr-defined]
            for code, values in ratios.items():
                rows[f"{label}_{code}_ratios"] = values
            rows[f"{label}_ratio"] = min(ratios["now"])
            if "before" in ratios:
                rows[f"{label}_before_ratio"] = min(ratios["before"])
            rows[f"{label}_load_1min"] = round(os.getloadavg()[0], 2)
            rows.update({k: v for k, v in cpu_s.items() if k.startswith(f"{label}_")})
            for key, values in same_s.items():
                if key.startswith(f"{label}_"):
                    rows[key] = values
            if args.strace:
                for code in trees:
                    out = work / f"strace-{label}-{code}.txt"
                    staged_round(label, code, out)
                    calls, cp_calls = strace_counts(out), strace_counts(out.with_suffix(".cp"))
                    rows[f"{label}_{code}_syscalls_per_pair"] = {
                        k: round(v / args.count, 1)
                        for k, v in sorted(calls.items(), key=lambda kv: -kv[1])
                        if v >= args.count / 2
                    }
                    rows[f"{label}_cp_syscalls_per_pair"] = {
                        k: round(v / args.count, 1)
                        for k, v in sorted(cp_calls.items(), key=lambda kv: -kv[1])
                        if v >= args.count / 2
                    }
            return rows

        result: dict[str, object] = {
            "where": where,
            "summaries": args.count,
            "files": 2 * args.count,
            "order": order,
        }
        if args.against is not None:
            result["before"] = str(args.against)
        if not args.full_only:
            result.update(phase("empty"))
        # 20,000 records already there (written on the server's side: fast), by month
        for i in range(args.existing):
            folder = (
                server / "share" / "records" / f"{2024 + i % 3}" / f"{1 + i % 12:02d}"
                if samba is not None
                else share / "records" / f"{2024 + i % 3}" / f"{1 + i % 12:02d}"
            )
            folder.mkdir(parents=True, exist_ok=True)
            (folder / f"R-OLD{i:07d}.json").write_text('{"format": "old"}')
        result.update(phase("full"))
        result["existing_records"] = args.existing
        if args.no_noop:
            print(json.dumps(result))
            return 0
        cli(data, "sync")  # warm-up: the first CLI sync after the in-process rounds
        starts, noops = [], []
        for _ in range(NOOP_RUNS):  # in pairs: a burst of load hits both of a pair
            starts.append(cli(data, "stats"))
            noops.append(cli(data, "sync"))
        result.update(
            {
                "cli_start_s": round(statistics.median(starts), 2),
                "noop_sync_s": round(statistics.median(noops), 2),
                "noop_beyond_start_s": round(
                    statistics.median([b - a for a, b in zip(starts, noops, strict=True)]), 2
                ),
                "noop_runs": NOOP_RUNS,
                "load_1min": round(os.getloadavg()[0], 2),
            }
        )
        print(json.dumps(result))
    finally:
        if mount is not None:
            mount.unmount()
        if samba is not None:
            samba.stop()
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
