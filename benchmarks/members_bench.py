"""Many members syncing at once to a Samba share through FUSE (issue 31, item 8; the sync part
of the scale figures; `scale_bench.py` has the rest).

N members (separate data folders, each its own `udsat sync` process) push their share of
RECORDS signed summaries (and their records) to the same share at the same moment; then all
sync again with nothing new; then with EXISTING records more on the share (written on the
server's side), the same no-op round again; a coordinator ingests the share and ingests it
again with nothing new. For each round: the wall time until the last member is done, each
member's own time (median, max), the exit codes, and the files on the share before and after.

    flock /tmp/udsat-samba.lock python benchmarks/members_bench.py \
        [--members 10] [--records 2700] [--existing 17300] [--mounts 2]

Needs root and /dev/fuse (tests/sync/mounts.py: Samba on the loopback, smbnetfs mounts; the
members are spread over `--mounts` mounts, each a FUSE daemon of its own). Prints one JSON line.

Each member is a team of one (its own roster, on which it is the coordinator): enrolling N
members through the share would cost N² syncs before the first figure. So a member seals what
it sends to itself, and the coordinator's ingest opens its own records and counts the others
as not for it (said in the output: `ingest_new`, `ingest_refused`); the push, the no-op sync
and the files on the share are what N real members cost. One signed PDF (a real signature) is
reused under every name, as in share_bench.py: sync costs depend on sizes and counts.
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
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).parent))
PASS = "bench-kode-2737"
ENV = dict(os.environ, UDSAT_PASSPHRASE=PASS, UDSAT_KEY_PASSPHRASE=PASS, PYTHONPATH=str(ROOT))


def run_cli(data: Path, *args: str, check: bool = True) -> tuple[int, float, str]:
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "udsat_desktop.cli", "--data-dir", str(data), *args],
        capture_output=True,
        text=True,
        env=ENV,
        check=False,
    )
    took = time.perf_counter() - started
    if check and done.returncode not in (0, 3):
        raise RuntimeError(f"udsat {' '.join(args)}: {done.returncode} {done.stderr[-500:]}")
    return done.returncode, took, done.stdout


def count_files(server_share: Path) -> int:
    return sum(len(files) for _root, _dirs, files in os.walk(server_share))


def all_at_once(datas: list[Path], *args: str) -> dict[str, object]:
    """Every member runs `udsat ARGS` at the same moment; the round's figures."""
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=len(datas)) as pool:
        results = list(pool.map(lambda d: run_cli(d, "--json", *args, check=False), datas))
    wall = time.perf_counter() - started
    times = [r[1] for r in results]
    codes: dict[str, int] = {}
    for code, _took, _out in results:
        codes[str(code)] = codes.get(str(code), 0) + 1
    failed = [json.loads(out).get("problem", "") for code, _t, out in results if code == 1 and out]
    return {
        "wall_s": round(wall, 2),
        "member_median_s": round(statistics.median(times), 2),
        "member_max_s": round(max(times), 2),
        "exit_codes": codes,
        "problems": sorted(set(p for p in failed if p))[:3],
    }


def make_member(work: Path, n: int, share: Path) -> Path:
    from share_bench import own_roster

    data = work / f"member-{n:03d}"
    run_cli(
        data,
        "init",
        "--name",
        f"Medlem Nr{n}",
        "--initials",
        "M" + "".join(chr(ord("A") + int(d)) for d in f"{n:03d}"),  # letters only: MAAB
        "--org",
        "BIF",
        "--role",
        "coordinator",
    )
    run_cli(data, "config", "--share", str(share))
    own_roster(data)
    return data


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=10)
    parser.add_argument("--records", type=int, default=2700)
    parser.add_argument("--existing", type=int, default=17300, help="records added afterwards")
    parser.add_argument("--mounts", type=int, default=2)
    args = parser.parse_args()
    from share_bench import _one_signed, fill_outbox, fill_queue

    from tests.sync import mounts

    reason = mounts.skip_reason()
    if reason is not None:
        print(json.dumps({"skipped": reason}))
        return 0
    work = Path(tempfile.mkdtemp(prefix="udsat-members-bench-"))
    samba = mounts.Samba(work / "samba")
    made: list[mounts.Mount] = []
    try:
        samba.start()
        for k in range(max(1, min(args.mounts, args.members))):
            made.append(mounts.mount(samba, "smbnetfs", work / f"mnt{k}", work / f"mw{k}"))
        (made[0].share / "share").mkdir()
        from udsat_desktop.sync.share import set_up_share

        set_up_share(made[0].share / "share")
        server = samba.root / "share"
        shares = [m.share / "share" for m in made]

        started = time.perf_counter()
        datas: list[Path] = []
        with ThreadPoolExecutor(max_workers=2) as pool:  # two cores
            datas = list(
                pool.map(
                    lambda n: make_member(work, n, shares[n % len(shares)]), range(args.members)
                )
            )
        setup_s = time.perf_counter() - started
        first = datas[0]
        run_cli(first, "demo", "--cases", "2", "--reviews", "2", "--seed", "7")
        run_cli(first, "sign", "--ready")
        signed = _one_signed(first)
        per = max(1, args.records // args.members)
        for n, data in enumerate(datas):
            staged = work / f"staged-{n}"
            fill_outbox(staged, signed, per, n * per)
            fill_queue(data, staged)
            shutil.rmtree(staged)

        result: dict[str, object] = {
            "where": f"samba+smbnetfs, {len(made)} mounts",
            "members": args.members,
            "records": per * args.members,
            "setup_s": round(setup_s, 1),
            "cores": os.cpu_count(),
        }
        before = count_files(server)
        result["push"] = all_at_once(datas, "--timeout", "60", "sync")
        result["files_after_push"] = count_files(server) - before
        for label in ("noop", "noop_again"):
            before = count_files(server)
            result[label] = all_at_once(datas, "--timeout", "60", "sync")
            result[f"files_after_{label}"] = count_files(server) - before

        def ingest(label: str) -> None:
            code, took, out = run_cli(first, "--json", "--timeout", "60", "ingest", check=False)
            report = json.loads(out) if out else {}
            result[f"{label}_s"] = round(took, 2)
            result[f"{label}_exit"] = code
            result[f"{label}_new"] = report.get("new")
            result[f"{label}_refused"] = len(report.get("refused") or []) + len(
                report.get("unchecked") or []
            )

        ingest("ingest")
        ingest("reingest")

        if args.existing:
            for i in range(args.existing):  # on the server's side: fast
                folder = server / "records" / f"{2024 + i % 3}" / f"{1 + i % 12:02d}"
                folder.mkdir(parents=True, exist_ok=True)
                (folder / f"R-OLD{i:07d}.json").write_text('{"format": "old"}')
            result["records_on_share"] = per * args.members + args.existing
            before = count_files(server)
            result["noop_big"] = all_at_once(datas, "--timeout", "60", "sync")
            result["files_after_noop_big"] = count_files(server) - before
            ingest("reingest_big")
        result["load_1min"] = round(os.getloadavg()[0], 2)
        print(json.dumps(result))
    finally:
        for m in made:
            m.unmount()
        samba.stop()
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
