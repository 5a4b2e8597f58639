"""Many members of one real team syncing at once to a Samba share through FUSE (issue 31,
item 8; the sync part of the scale figures; `scale_bench.py` has the rest).

A coordinator and N reviewers are enrolled the way the product does it: each reviewer's
`udsat init` and first `udsat sync` (its request on the share), the coordinator's
`udsat team approve USER --fingerprint CODE` for every request (in one process, one roster
version each), each reviewer's `udsat team trust-coordinator CODE` and a sync that takes the
signed roster. Then the N reviewers push their share of RECORDS signed summaries (and their
records, sealed to the coordinator as every push is) at the same moment; then ROUNDS rounds of
no-op syncs (all N at once, the coordinator too); then EXISTING junk records more on the
share (written on the server's side), one more no-op round; the coordinator ingests the share
and ingests it again with nothing new. For each round: the wall time until the last member is
done, each member's own time (median, max) and CPU time (user+system of its process), the exit
codes, and the files on the share before and after (listed on the server's side).

    python benchmarks/members_bench.py --lock /tmp/udsat-samba.lock \
        [--members 10] [--records 2700] [--existing 17300] [--mounts 2] [--rounds 10]
    python benchmarks/members_bench.py --local ...     (a local folder: no Samba, no root)

Needs root and /dev/fuse for the Samba run (tests/sync/mounts.py: Samba on the loopback,
smbnetfs mounts; the members are spread over `--mounts` mounts, each a FUSE daemon of its
own). Prints one JSON line. Set-up runs `--jobs` (default 2, the cores) processes at once.

The records: one signed PDF per reviewer (a real signature by that reviewer, from the demo's
signing) is reused under every name that reviewer sends, as in share_bench.py: push, sync and
listing costs depend on sizes and counts. The coordinator's ingest therefore unseals every
record and checks its PDF's signature for real, and then refuses the reused PDF under names it
does not carry ("hører til en anden sag"): the ingest figures are of reading, unsealing and
checking every record, not of storing them (`ingest_new`, `ingest_refused` in the output).
With `--genuine` each reviewer instead signs RECORDS/MEMBERS distinct reviews of its own (held
off its queue during the enrolment, so that they go out in the push round, all at once), and
the ingest's `ingest_new` is compared with `record_files_on_share`. After every round each
member's own `sync --json` answer is counted: files sent (`published_files`), failed, and
still in its queue afterwards (`queued_files_after`, `members_with_queue_after`).
"""

from __future__ import annotations

import argparse
import fcntl
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).parent))
PASS = "bench-kode-2737"
ENV = dict(os.environ, UDSAT_PASSPHRASE=PASS, UDSAT_KEY_PASSPHRASE=PASS, PYTHONPATH=str(ROOT))

# `udsat ARGS` with the command in this very process (`main(argv)`, not the fork that keeps a
# hung drive from holding the shell): wait4 then counts all of its CPU time
CLI = "import sys; from udsat_desktop.cli import main; sys.exit(main(sys.argv[1:]))"

# Several `udsat` commands in one process, as a person would type them one after the other;
# prints each command's exit status and JSON answer.
STEPS = """
import contextlib, io, json, sys
from udsat_desktop.cli import main
out = []
for args in json.loads(sys.argv[1]):
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        code = main(args)
    try:
        answer = json.loads(buf.getvalue())
    except ValueError:
        answer = buf.getvalue()[-300:]
    out.append([code, answer])
print(json.dumps(out))
"""


def steps(
    data: Path, *commands: list[str], ok: tuple[int, ...] = (0, 3)
) -> list[tuple[int, object]]:
    """`udsat --data-dir DATA --json COMMAND` for each command, in one process; each must end
    with a status in `ok`."""
    argv = [["--data-dir", str(data), "--json", *c] for c in commands]
    done = subprocess.run(
        [sys.executable, "-c", STEPS, json.dumps(argv)],
        capture_output=True,
        text=True,
        env=ENV,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"{data.name}: {done.stderr[-800:]}")
    answers = json.loads(done.stdout.strip().splitlines()[-1])
    for (code, answer), command in zip(answers, commands, strict=True):
        if code not in ok:
            raise RuntimeError(f"{data.name} udsat {' '.join(command)}: {code} {answer}")
    return [(int(c), a) for c, a in answers]


def run_cli(data: Path, *args: str) -> tuple[int, float, float, str]:
    """`udsat --data-dir DATA ARGS` as its own process: status, wall and CPU seconds, stdout.
    Its output goes to files, not pipes: `wait4` reads nothing while it waits, and an answer
    larger than a pipe's buffer (an intake's problems) would block the child for ever."""
    started = time.perf_counter()
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        process = subprocess.Popen(
            [sys.executable, "-c", CLI, "--data-dir", str(data), *args],
            stdout=out,
            stderr=err,
            text=True,
            env=ENV,
        )
        _pid, status, usage = os.wait4(process.pid, 0)
        took = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        answer = out.read()
    return process.returncode, took, usage.ru_utime + usage.ru_stime, answer


def share_files(server_share: Path) -> set[str]:
    return {
        os.path.relpath(os.path.join(root, name), server_share)
        for root, _dirs, files in os.walk(server_share)
        for name in files
    }


def all_at_once(datas: list[Path], *args: str) -> dict[str, object]:
    """Every member runs `udsat --json ARGS` at the same moment; the round's figures."""
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=len(datas)) as pool:
        results = list(pool.map(lambda d: run_cli(d, "--json", *args), datas))
    wall = time.perf_counter() - started
    times = [r[1] for r in results]
    cpu = [r[2] for r in results]
    codes: dict[str, int] = {}
    for code, _took, _cpu, _out in results:
        codes[str(code)] = codes.get(str(code), 0) + 1
    problems = []
    # counted from each member's own answer (`udsat --json sync`): what it put on the share,
    # what failed, and what is still in its queue after it (`pending`: files, two per review)
    queued, published, failed, unanswered = [], 0, 0, 0
    for code, _t, _c, out in results:
        try:
            report = json.loads(out) if out.strip() else None
        except ValueError:
            report = None
        if not isinstance(report, dict):
            unanswered += 1
            continue
        queued.append(int(report.get("pending") or 0))
        published += len(report.get("published") or [])
        failed += len(report.get("failed") or [])
        if code != 0:
            problems.append(str(report.get("problem") or report.get("refused") or "")[:200])
    return {
        "wall_s": round(wall, 2),
        "member_median_s": round(statistics.median(times), 2),
        "member_max_s": round(max(times), 2),
        "cpu_median_s": round(statistics.median(cpu), 2),
        "cpu_total_s": round(sum(cpu), 1),
        "exit_codes": codes,
        "problems": sorted(set(p for p in problems if p))[:3],
        "published_files": published,
        "failed_files": failed,
        "queued_files_after": sum(queued),
        "members_with_queue_after": sum(1 for q in queued if q),
        "no_json_answer": unanswered,
        "load_1min_after": round(os.getloadavg()[0], 2),
    }


def init_args(name: str, short: str, role: str) -> list[str]:
    return ["init", "--name", name, "--initials", short, "--org", "BIF", "--role", role]


def initials(n: int) -> str:
    return "M" + "".join(chr(ord("A") + int(d)) for d in f"{n:03d}")  # letters only: MAAB


def prepare(work: Path, n: int, sign: bool = True, genuine: int = 0) -> tuple[Path, str, bytes]:
    """A reviewer's installation and one summary it signed for real (the demo's signing),
    before the share is there: `udsat init`, `demo`, `sign --ready` (without `sign`, only
    the installation: it sends member 0's summary). With `genuine`, that many distinct reviews
    of its own demo cases signed for real instead, left in its queue as signing leaves them."""
    from share_bench import _one_signed

    data = work / f"member-{n:03d}"
    signing = [["demo", "--cases", "1", "--reviews", "1", "--seed", "7"], ["sign", "--ready"]]
    if genuine:  # the demo makes half of its reviews ready to sign
        own = ["--cases", str(2 * genuine), "--reviews", str(2 * genuine), "--seed", str(1000 + n)]
        signing = [["demo", *own], ["sign", "--ready"]]
    answers = steps(
        data,
        init_args(f"Medlem Nr{n}", initials(n), "reviewer"),
        *(signing if sign or genuine else []),
    )
    made = answers[0][1]
    assert isinstance(made, dict), made
    if genuine:
        hold_back(data, work / f"staged-{data.name}")
    return data, str(made["user_id"]), _one_signed(data) if sign and not genuine else b""


def hold_back(data: Path, staged: Path) -> int:
    """The member's signed reviews off its queue into `staged` (`fill_queue` puts them back
    after the enrolment): else the enrolment's syncs would send them one member at a time, not
    all at once."""
    from udsat_desktop.platform.paths import resolve
    from udsat_desktop.store import published as published_store
    from udsat_desktop.store import sync_state as state
    from udsat_desktop.store.lifecycle import open_existing
    from udsat_desktop.store.signed_pdfs import queued_reviews, queued_summary, unqueue

    staged.mkdir(parents=True)
    db, _profile = open_existing(resolve(data), PASS)
    try:
        keys = queued_reviews(db)
        for case_key, review_key in keys:
            item = queued_summary(db, review_key)
            assert item is not None and item[1] is not None, review_key
            (staged / f"{case_key}_{review_key}.pdf").write_bytes(item[0])
            (staged / f"{case_key}_{review_key}.json").write_text(item[1], encoding="utf-8")
        # the once-per-installation backfill of "my list" marked done first: it would take
        # signed reviews off the queue for ones sent before the list existed, and send them
        state.secret(db, published_store.BACKFILL_SECRET, lambda: b"1")
        unqueue(db, [review_key for _case_key, review_key in keys])
        return len(keys)
    finally:
        db.close()


def enrol(
    coordinator: Path, members: list[tuple[Path, str]], shares: list[Path], jobs: int
) -> dict[str, float]:
    """The coordinator and the reviewers enrolled on the share as the product does it."""
    timing: dict[str, float] = {}
    started = time.perf_counter()
    steps(coordinator, ["config", "--share", str(shares[0])], ["sync"])

    datas = [data for data, _user in members]

    def request(n: int) -> tuple[str, str]:
        _cfg, (_c, report), (_c2, listed) = steps(
            datas[n],
            ["config", "--share", str(shares[n % len(shares)])],
            ["sync"],  # the request goes to the share
            ["team", "list"],
            # 1: the demo summary signed for the bench waits for the roster to be sealed
            ok=(0, 1, 3),
        )
        assert isinstance(report, dict) and isinstance(listed, dict), (report, listed)
        return members[n][1], str(listed["my_code"])

    with ThreadPoolExecutor(max_workers=jobs) as pool:
        codes = list(pool.map(request, range(len(datas))))
    timing["requests_s"] = round(time.perf_counter() - started, 1)
    started = time.perf_counter()
    approved = steps(
        coordinator,
        ["team", "requests"],
        *[["team", "approve", user, "--fingerprint", code] for user, code in codes],
        ["team", "list"],
        ["sync"],
    )
    coordinator_code = approved[-2][1]["my_code"]  # type: ignore[index]
    timing["approve_all_s"] = round(time.perf_counter() - started, 1)
    started = time.perf_counter()

    def trust(data: Path) -> None:
        _t, (_c, report) = steps(data, ["team", "trust-coordinator", coordinator_code], ["sync"])
        assert isinstance(report, dict) and report["roster_version"] >= len(datas), report

    with ThreadPoolExecutor(max_workers=jobs) as pool:
        list(pool.map(trust, datas))
    timing["trust_s"] = round(time.perf_counter() - started, 1)
    return timing


def fill_member(work: Path, data: Path, signed: bytes, per: int, start: int) -> None:
    """Copies of the member's signed summary under `per` names to its queue (as signing
    leaves them)."""
    from share_bench import fill_outbox, fill_queue

    staged = work / f"staged-{data.name}"
    fill_outbox(staged, signed, per, start)
    fill_queue(data, staged)
    shutil.rmtree(staged)


def main() -> int:  # noqa: C901 - one run: set-up, the rounds, the ingests
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=10)
    parser.add_argument("--records", type=int, default=2700)
    parser.add_argument("--existing", type=int, default=17300, help="records added afterwards")
    parser.add_argument("--mounts", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=10, help="no-op rounds (all members)")
    parser.add_argument("--jobs", type=int, default=2, help="set-up processes at once")
    parser.add_argument("--local", action="store_true", help="a local folder, not Samba")
    parser.add_argument(
        "--one-pdf",
        action="store_true",
        help="every member sends member 0's signed summary (set-up without N signings)",
    )
    parser.add_argument(
        "--genuine",
        action="store_true",
        help="each reviewer signs RECORDS/MEMBERS distinct reviews of its own (no copies): "
        "the coordinator's ingest takes them in (taken in vs sent)",
    )
    parser.add_argument(
        "--no-big-ingest",
        action="store_true",
        help="no ingest after the EXISTING junk records (through smbnetfs ~70 ms each)",
    )
    parser.add_argument(
        "--lock", type=Path, help="held (flock) from Samba's start to its stop, not before"
    )
    args = parser.parse_args()

    from tests.sync import mounts

    reason = None if args.local else mounts.skip_reason()
    if reason is not None:
        print(json.dumps({"skipped": reason}))
        return 0
    work = Path(tempfile.mkdtemp(prefix="udsat-members-bench-"))
    samba = mounts.Samba(work / "samba")
    made: list[mounts.Mount] = []
    result: dict[str, object] = {"members": args.members, "cores": os.cpu_count()}
    locked = None
    try:
        from udsat_desktop.sync.share import set_up_share

        # what needs no share first, outside the Samba lock: the installations, the keys and
        # one summary each member signs
        started = time.perf_counter()
        coordinator = work / "coordinator"
        steps(
            coordinator,
            init_args("Koordinator Kim", "KK", "coordinator"),
        )
        per = max(1, args.records // args.members)
        with ThreadPoolExecutor(max_workers=args.jobs) as pool:
            prepared = list(
                pool.map(
                    lambda n: prepare(
                        work, n, n == 0 or not args.one_pdf, per if args.genuine else 0
                    ),
                    range(args.members),
                )
            )
        if args.one_pdf:
            prepared = [(d, u, prepared[0][2]) for d, u, _s in prepared]
        datas = [data for data, _user, _signed in prepared]
        result["prepare_s"] = round(time.perf_counter() - started, 1)

        if args.lock is not None:
            locked = open(args.lock, "a")  # noqa: SIM115 - held until the end
            waited = time.perf_counter()
            fcntl.flock(locked, fcntl.LOCK_EX)
            result["lock_wait_s"] = round(time.perf_counter() - waited, 1)
        held = time.perf_counter()
        if args.local:
            server = work / "share"
            server.mkdir()
            shares = [server]
            result["where"] = "local folder"
        else:
            samba.start()
            for k in range(max(1, min(args.mounts, args.members))):
                made.append(mounts.mount(samba, "smbnetfs", work / f"mnt{k}", work / f"mw{k}"))
            (made[0].share / "share").mkdir()
            server = samba.root / "share"
            shares = [m.share / "share" for m in made]
            result["where"] = f"samba+smbnetfs, {len(made)} mounts"
        set_up_share(shares[0])

        started = time.perf_counter()
        result.update(enrol(coordinator, [(d, u) for d, u, _s in prepared], shares, args.jobs))
        for n, (data, _user, signed) in enumerate(prepared):
            if args.genuine:  # its own signed reviews, held back during the enrolment
                from share_bench import fill_queue

                fill_queue(data, work / f"staged-{data.name}")
            else:
                fill_member(work, data, signed, per, n * per)
        result["enrol_s"] = round(time.perf_counter() - started, 1)
        result["records"] = per * args.members
        result["genuine"] = args.genuine
        everyone = [*datas, coordinator]

        before = share_files(server)
        result["push"] = all_at_once(datas, "--timeout", "60", "sync")
        result["files_after_push"] = len(share_files(server) - before)
        # the push's own heads and lists settle in one more round (the coordinator holds them)
        result["settle"] = all_at_once(everyone, "--timeout", "60", "sync")

        before = share_files(server)
        rounds = []
        for _ in range(args.rounds):
            rounds.append(all_at_once(everyone, "--timeout", "60", "sync"))
        after = share_files(server)
        result["noop_rounds"] = args.rounds
        result["noop_syncs"] = args.rounds * len(everyone)
        result["noop_round_wall_s"] = [r["wall_s"] for r in rounds]
        result["noop_member_median_s"] = round(
            statistics.median(float(r["member_median_s"]) for r in rounds),
            2,  # type: ignore[arg-type]
        )
        result["noop_member_max_s"] = max(float(r["member_max_s"]) for r in rounds)  # type: ignore[arg-type]
        result["noop_cpu_median_s"] = round(
            statistics.median(float(r["cpu_median_s"]) for r in rounds),
            2,  # type: ignore[arg-type]
        )
        result["noop_exit_codes"] = [r["exit_codes"] for r in rounds]
        result["noop_problems"] = sorted({p for r in rounds for p in r["problems"]})[:3]  # type: ignore[attr-defined]
        result["files_added_by_noop_syncs"] = len(after - before)
        result["files_removed_by_noop_syncs"] = len(before - after)
        result["noop_new_files"] = sorted(after - before)[:10]

        def ingest(label: str) -> None:
            code, took, cpu, out = run_cli(coordinator, "--json", "--timeout", "60", "ingest")
            report = json.loads(out) if out.strip() else {}
            result[f"{label}_s"] = round(took, 2)
            result[f"{label}_cpu_s"] = round(cpu, 2)
            result[f"{label}_exit"] = code
            result[f"{label}_new"] = report.get("new")
            result[f"{label}_refused"] = len(report.get("refused") or []) + len(
                report.get("unchecked") or []
            )
            result[f"{label}_problems"] = len(report.get("problems") or [])
            result[f"{label}_conflicts"] = len(report.get("conflicts") or [])

        # the reviews sent, counted on the server's side: one record file each
        result["record_files_on_share"] = sum(
            1 for name in share_files(server) if name.startswith("records/")
        )
        ingest("ingest")
        ingest("reingest")

        if args.existing:
            for i in range(args.existing):  # on the server's side: fast
                folder = server / "records" / f"{2024 + i % 3}" / f"{1 + i % 12:02d}"
                folder.mkdir(parents=True, exist_ok=True)
                (folder / f"R-OLD{i:07d}.json").write_text('{"format": "old"}')
            result["records_on_share"] = per * args.members + args.existing
            before = share_files(server)
            result["noop_big"] = all_at_once(everyone, "--timeout", "60", "sync")
            result["files_after_noop_big"] = len(share_files(server) - before)
            if not args.no_big_ingest:
                ingest("ingest_big")
                ingest("reingest_big")
            before = share_files(server)
            result["noop_big_again"] = all_at_once(everyone, "--timeout", "60", "sync")
            result["files_after_noop_big_again"] = len(share_files(server) - before)
        result["load_1min"] = round(os.getloadavg()[0], 2)
        result["samba_held_s"] = round(time.perf_counter() - held, 1)
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        result["children_cpu_s"] = round(usage.ru_utime + usage.ru_stime, 1)
    finally:
        print(json.dumps(result))
        for m in made:
            m.unmount()
        samba.stop()
        if locked is not None:
            locked.close()
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
