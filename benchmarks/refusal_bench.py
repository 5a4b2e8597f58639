"""Junk on the share at scale (issue 31, items 2 and 3): this tree against the code before, in
the same run, on the same team, store and share, in the order A B B A.

    python benchmarks/refusal_bench.py BASE_TREE [--junk 20000] [--share DIR] [--rounds 1]
        [--mount smbnetfs] [--only junk|spread] [--spread 1000] [--folders 36]
    python benchmarks/refusal_bench.py --profile [--junk 20000] [--share DIR]

BASE_TREE is an extracted tree of the code before (`git worktree add --detach DIR 2b7f19c`, or
`git archive 2b7f19c | tar -x -C DIR`). `--share` puts the team's share in DIR (a FUSE mount of
a Samba share, say); a folder in /tmp otherwise. One team (a coordinator and an enrolled
reviewer) is built once with this tree's code; both trees use the same store schema. Then:

- `cli_noop_sync_s`: the reviewer's `udsat sync` as a new process, nothing new on the share:
  the command's own floor (the interpreter, the store's key, the round);
- `junk_sync_first_s`: the same command right after JUNK junk files came into team/ and into
  the reviewer's assignments folder (each run from the same copy of the data folder, so each
  is a first look at the junk); `junk_beyond_cli_s` is its difference to `cli_noop_sync_s`;
- `reingest_refused_s`: the coordinator's `ingest()` (in process, after the store's open)
  with JUNK unchanged refused records in records/2026/12/, all remembered by earlier ingests
  (each run from the same copy of the coordinator's data folder);
- `spread_first_ingest_<kind>_s` (with `--spread N`): the coordinator's first ingest right
  after N junk records came into `--folders` month folders of records/ (the members bench's
  case: 19,460 in 36 folders took 1,351 s through smbnetfs), each run from the same copy of
  the data folder; `old`: names no review has (`R-OLD0000001.json`, as the members bench
  writes), `hex`: names shaped like a review's, which only opening the file can refuse.

`--mount smbnetfs` starts Samba on the loopback and mounts it through smbnetfs
(tests/sync/mounts.py; run it under `flock /tmp/udsat-samba.lock`); the team works through the
mount and the junk is written on the server's side, as another client would. `--only` runs
one of the two parts (each fits in the lock's 15 minutes).

Prints one JSON line per measurement and a summary: the medians per tree and after/before.
`--profile` runs the junk sync and the re-ingest of this tree under cProfile instead.
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

HERE = Path(__file__).resolve().parent.parent
PASS = "bench-kode-2026"
ENV = {"UDSAT_PASSPHRASE": PASS, "UDSAT_KEY_PASSPHRASE": "bench-nøgle-77"}
CLI = "import sys; from udsat_desktop.cli import main; sys.exit(main(sys.argv[1:]))"
INGEST = """
import sys, time, json
from pathlib import Path
from udsat_desktop.platform.paths import resolve
from udsat_desktop.store.lifecycle import open_existing
from udsat_desktop.sync.ingest import ingest
paths = resolve(Path(sys.argv[1]))
db, profile = open_existing(paths, sys.argv[3])
started = time.perf_counter()
report = ingest(db, paths, profile, Path(sys.argv[2]))
took = time.perf_counter() - started
print(json.dumps({"s": took, "left": sum(report.left_unread.values()),
                  "known": report.known_refusals, "problems": len(report.problems)}))
"""


def _run_cli(data: Path, *args: str) -> dict:
    import contextlib
    import io

    from udsat_desktop.cli import main as cli

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        cli(["--data-dir", str(data), "--json", *args])
    return json.loads(out.getvalue()) if out.getvalue().strip() else {}


def setup(root: Path, share: Path) -> None:
    """The team: a coordinator and an enrolled reviewer, synced."""
    from udsat_desktop.platform.paths import resolve
    from udsat_desktop.store.lifecycle import open_existing

    os.environ.update(ENV)
    kk, aa = root / "KK", root / "AA"
    for data, name, initials, role in (
        (kk, "Koordinator Kim", "KK", "coordinator"),
        (aa, "Anna Ager", "AA", "reviewer"),
    ):
        _run_cli(
            data, "init", "--name", name, "--initials", initials, "--org", "BIF", "--role", role
        )
        _run_cli(data, "config", "--share", str(share))
    _run_cli(aa, "sync")
    _run_cli(kk, "sync")
    db, profile = open_existing(resolve(aa), PASS)
    aa_id = profile.user_id
    db.close()
    _run_cli(kk, "team", "approve", aa_id, "--fingerprint", _run_cli(aa, "team", "list")["my_code"])
    _run_cli(aa, "team", "trust-coordinator", _run_cli(kk, "team", "list")["my_code"])
    for data in (aa, kk, aa, kk):
        _run_cli(data, "sync")


def _cli_seconds(tree: Path, data: Path, *args: str) -> float:
    env = {**os.environ, **ENV, "PYTHONPATH": str(tree)}
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-c", CLI, "--data-dir", str(data), "--json", *args],
        capture_output=True,
        check=False,
        env=env,
        cwd=tree,
    )
    return time.perf_counter() - started


def _ingest(tree: Path, data: Path, share: Path) -> dict:
    env = {**os.environ, **ENV, "PYTHONPATH": str(tree)}
    out = subprocess.run(
        [sys.executable, "-c", INGEST, str(data), str(share), PASS],
        capture_output=True,
        text=True,
        check=True,
        env=env,
        cwd=tree,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def _restore(copy: Path, data: Path) -> None:
    shutil.rmtree(data)
    shutil.copytree(copy, data, symlinks=True)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("base", nargs="?")
    parser.add_argument("--junk", type=int, default=20_000)
    parser.add_argument("--share")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--child-setup", nargs=2)
    parser.add_argument("--mount", choices=["smbnetfs"])
    parser.add_argument("--only", choices=["junk", "spread", "sync"])
    parser.add_argument("--spread", type=int, default=0)
    parser.add_argument("--folders", type=int, default=36)
    parser.add_argument("--spread-kinds", default="old,hex")
    # `--only sync`: the folders of ALL_FOLDERS to put junk in (prefixes; default: all)
    parser.add_argument("--sync-folders", default="")
    args = parser.parse_args()
    if args.child_setup:
        setup(Path(args.child_setup[0]), Path(args.child_setup[1]))
        return 0
    root = Path(tempfile.mkdtemp(prefix="udsat-refusal-bench-"))
    if args.mount:
        sys.path.insert(0, str(HERE))
        from tests.sync import mounts

        reason = mounts.skip_reason()
        if reason is not None:
            print(json.dumps({"skipped": reason}))
            return 0
        samba = mounts.Samba(root / "samba")
        samba.start()
        try:
            made = mounts.mount(samba, args.mount, root / "mnt", root / "mw")
            try:
                (made.share / "share").mkdir()
                return _main(args, root, made.share / "share", samba.root / "share")
            finally:
                made.unmount()
        finally:
            samba.stop()
            shutil.rmtree(root, ignore_errors=True)
    share = Path(args.share) if args.share else root / "share"
    share.mkdir(parents=True, exist_ok=True)
    try:
        return _main(args, root, share, share)
    finally:
        shutil.rmtree(root, ignore_errors=True)


# Complexity (C901): the bench's phases in their order, each a short loop A B B A.
def _main(args: argparse.Namespace, root: Path, share: Path, server: Path) -> int:  # noqa: C901
    """`server`: the share's folder as its server sees it (junk is written there)."""
    env = {**os.environ, **ENV, "PYTHONPATH": str(HERE), "QT_QPA_PLATFORM": "offscreen"}
    # the team without the junk first: the CLI's floor is measured before the junk comes
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, __file__, "--child-setup", str(root), str(share)],
        env=env,
        check=True,
        cwd=HERE,
    )
    trees = {"after": HERE}
    if not args.profile:
        trees = {"before": Path(args.base).resolve(), "after": HERE}
    order = [k for _ in range(args.rounds) for k in (("before", "after", "after", "before"))]
    order = [k for k in order if k in trees]
    floor: dict[str, list[float]] = {k: [] for k in trees}
    for kind in order:
        floor[kind].append(_cli_seconds(trees[kind], root / "AA", "sync"))
    setup_s = time.perf_counter() - started
    if args.only == "sync":
        return _sync_only(args, root, server, env, trees, order, floor, setup_s)
    spread: dict[str, dict[str, list[float]]] = {k: {} for k in trees}
    if args.spread and args.only != "junk":
        kk_fresh = root / "KK.fresh"
        shutil.copytree(root / "KK", kk_fresh, symlinks=True)
        for kind in args.spread_kinds.split(","):
            made = _spread(server, args.spread, args.folders, kind)
            for tree in order:
                _restore(kk_fresh, root / "KK")
                cpu0 = _children_cpu()
                got = _ingest(trees[tree], root / "KK", share)
                got["cpu_s"] = round(_children_cpu() - cpu0, 2)
                got["load"] = os.getloadavg()[0]
                spread[tree].setdefault(f"spread_first_ingest_{kind}_s", []).append(got["s"])
                print(json.dumps({"tree": tree, f"spread_{kind}": got}), flush=True)
            for path in made:
                path.unlink()
        _restore(kk_fresh, root / "KK")
    if args.only == "spread":
        summary_spread: dict[str, object] = {
            "spread": args.spread,
            "folders": args.folders,
            "load_average": os.getloadavg(),
        }
        for tree in trees:
            summary_spread[tree] = {
                k: round(statistics.median(v), 3) for k, v in spread[tree].items()
            }
        print(json.dumps(summary_spread))
        return 0
    # the refused records first, alone: every one remembered by as many ingests as the
    # reading cap needs, then the re-ingests
    _add_junk(env, root, server, args.junk, "records")
    ingests = 0
    while True:
        ingests += 1
        got = _ingest(HERE, root / "KK", share)
        if got["known"] >= args.junk or ingests > 20:
            break
    # refusals remembered by name alone (this tree: no stat of a file named as no record
    # is) get the size and time the code before matches on, so both trees re-ingest with all
    # of them remembered
    subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from benchmarks.refusal_bench import restamp; restamp(*sys.argv[1:])",
            str(root),
            str(share),
        ],
        env=env,
        check=True,
        cwd=HERE,
    )
    kk_copy = root / "KK.copy"
    shutil.copytree(root / "KK", kk_copy, symlinks=True)
    # then the junk in team/ and in the reviewer's assignments folder
    _add_junk(env, root, server, args.junk, "team")
    aa_copy = root / "AA.copy"
    shutil.copytree(root / "AA", aa_copy, symlinks=True)
    if args.profile:
        return _profile(root, share, aa_copy, kk_copy)
    results: dict[str, dict[str, list[float]]] = {
        k: {"junk_sync_first_s": [], "reingest_refused_s": []} for k in trees
    }
    for kind in order:
        _restore(aa_copy, root / "AA")
        cpu0 = _children_cpu()
        took = _cli_seconds(trees[kind], root / "AA", "sync")
        results[kind]["junk_sync_first_s"].append(took)
        line = {"tree": kind, "junk_sync_first_s": round(took, 3)}
        line |= {"cpu_s": round(_children_cpu() - cpu0, 2), "load": os.getloadavg()[0]}
        print(json.dumps(line), flush=True)
    # the re-ingest with the records' junk alone (team/ as before the junk came)
    moved = server / "team.junk"
    (server / "team").rename(moved)
    shutil.copytree(moved, server / "team", ignore=shutil.ignore_patterns("roster-1??????.json"))
    for kind in order:
        _restore(kk_copy, root / "KK")
        cpu0 = _children_cpu()
        got = _ingest(trees[kind], root / "KK", share)
        got |= {"cpu_s": round(_children_cpu() - cpu0, 2), "load": os.getloadavg()[0]}
        results[kind]["reingest_refused_s"].append(got["s"])
        print(json.dumps({"tree": kind, "reingest_refused": got}), flush=True)
    summary: dict[str, object] = {
        "junk_files_per_folder": args.junk,
        "setup_s": round(setup_s, 1),
        "ingests_to_remember_all": ingests,
        "load_average": os.getloadavg(),
    }
    for kind in trees:
        for key, values in spread[kind].items():
            results[kind][key] = values
        cli = statistics.median(floor[kind])
        first = statistics.median(results[kind]["junk_sync_first_s"])
        summary[kind] = {
            "cli_noop_sync_s": round(cli, 3),
            "junk_sync_first_s": round(first, 3),
            "junk_beyond_cli_s": round(first - cli, 3),
            "reingest_refused_s": round(statistics.median(results[kind]["reingest_refused_s"]), 3),
            **{
                k: round(statistics.median(v), 3)
                for k, v in results[kind].items()
                if k.startswith("spread_")
            },
        }
    before, after = summary["before"], summary["after"]
    assert isinstance(before, dict) and isinstance(after, dict)
    summary["after_over_before"] = {
        k: round(after[k] / before[k], 3) for k in after if before[k] > 0
    }
    print(json.dumps(summary))
    return 0  # `root` is removed by main(), after the mount (if any) is gone


# junk in every folder a member's sync lists or may list, each named as the product names its
# files where only opening one can refuse it (rosters newer than the one held, batches,
# decisions) and as nothing of the product's elsewhere
ALL_FOLDERS = {
    "team": lambda n: f"roster-{1_000_000 + n}.json",
    "assignments/{me}": lambda n: f"20261207T{n % 240000:06d}-{n:06x}.json",
    "assignments/{me}/": lambda n: f"junk-{n:06d}.json",
    "decisions": lambda n: f"D-20261207T120000-{n:08x}.json",
    "audit-heads/{me}": lambda n: f"{n:08d}-junk.json",
    "published/{me}": lambda n: f"junk-{n}",
    "reviewers": lambda n: f"junk-{n}.json",
    "claims/00": lambda n: f"junk-{n}",
}


def add_all_junk(root: str, share: str, junk: str, only: str = "") -> None:
    """`--only sync`: JUNK files in each folder of ALL_FOLDERS (the reviewer's id for me);
    `only`: comma-separated prefixes of the folders to use (all when empty)."""
    from udsat_desktop.platform.paths import resolve
    from udsat_desktop.store.lifecycle import open_existing

    os.environ.update(ENV)
    db, profile = open_existing(resolve(Path(root) / "AA"), PASS)
    me = profile.user_id
    db.close()
    for folder, name in ALL_FOLDERS.items():
        if only and not any(folder.startswith(p) for p in only.split(",")):
            continue
        where = Path(share) / folder.format(me=me).rstrip("/")
        where.mkdir(parents=True, exist_ok=True)
        for n in range(int(junk)):
            (where / name(n)).write_bytes(b'{"payload": %d}' % n)


def _sync_json(tree: Path, data: Path) -> dict:
    """The reviewer's `udsat sync` as a new process: its seconds, CPU (user + system), exit
    code, and what it left unread and refused."""
    env = {**os.environ, **ENV, "PYTHONPATH": str(tree)}
    cpu0 = _children_cpu()
    started = time.perf_counter()
    prof = os.environ.get("REFUSAL_BENCH_PROFILE")  # a folder: each sync's cProfile there
    code = CLI
    if prof:
        target = Path(prof) / f"{tree.name}-{time.monotonic_ns()}.prof"
        code = (
            "import cProfile, sys; from udsat_desktop.cli import main; "
            f"cProfile.run('main(sys.argv[1:])', {str(target)!r})"
        )
    out = subprocess.run(
        [sys.executable, "-c", code, "--data-dir", str(data), "--json", "sync"],
        capture_output=True,
        text=True,
        check=False,
        env=env,
        cwd=tree,
    )
    took = time.perf_counter() - started
    try:
        report = json.loads(out.stdout)
    except ValueError:
        report = {}
    return {
        "s": round(took, 3),
        "cpu_s": round(_children_cpu() - cpu0, 2),
        "exit": out.returncode,
        "left_unread": sum(report.get("left_unread", {}).values()),
        "refused": len(report.get("refused", [])),
        "load": os.getloadavg()[0],
    }


def _sync_only(
    args: argparse.Namespace,
    root: Path,
    server: Path,
    env: dict[str, str],
    trees: dict[str, Path],
    order: list[str],
    floor: dict[str, list[float]],
    setup_s: float,
) -> int:
    """`--only sync`: junk in every folder a sync lists; the reviewer's first and second
    sync after it came (each pair from the same copy of the data folder), against the CLI's
    start (`udsat stats`) and its own no-op sync, A B B A."""
    start: dict[str, list[float]] = {k: [] for k in trees}
    for kind in order:
        start[kind].append(_cli_seconds(trees[kind], root / "AA", "stats"))
    subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from benchmarks.refusal_bench import add_all_junk; "
            "add_all_junk(*sys.argv[1:])",
            str(root),
            str(server),
            str(args.junk),
            args.sync_folders,
        ],
        env=env,
        check=True,
        cwd=HERE,
    )
    aa_copy = root / "AA.copy"
    shutil.copytree(root / "AA", aa_copy, symlinks=True)
    got: dict[str, dict[str, list[float]]] = {k: {"first": [], "again": []} for k in trees}
    for kind in order:
        _restore(aa_copy, root / "AA")
        for step in ("first", "again"):
            line = _sync_json(trees[kind], root / "AA")
            got[kind][step].append(line["s"])
            print(json.dumps({"tree": kind, "junk_sync": step, **line}), flush=True)
    summary: dict[str, object] = {
        "junk_files_per_folder": args.junk,
        "folders": args.sync_folders or ",".join(ALL_FOLDERS),
        "setup_s": round(setup_s, 1),
        "load_average": os.getloadavg(),
    }
    for kind in trees:
        cli_start = statistics.median(start[kind])
        noop = statistics.median(floor[kind])
        first = statistics.median(got[kind]["first"])
        again = statistics.median(got[kind]["again"])
        summary[kind] = {
            "cli_start_stats_s": round(cli_start, 3),
            "cli_noop_sync_s": round(noop, 3),
            "junk_sync_first_s": round(first, 3),
            "junk_sync_again_s": round(again, 3),
            "first_beyond_cli_start_s": round(first - cli_start, 3),
            "again_beyond_cli_start_s": round(again - cli_start, 3),
            "first_beyond_noop_sync_s": round(first - noop, 3),
            "again_beyond_noop_sync_s": round(again - noop, 3),
        }
    print(json.dumps(summary))
    return 0


def _children_cpu() -> float:
    """User + system seconds of the finished child processes (each measured command)."""
    t = os.times()
    return t.children_user + t.children_system


def _spread(server: Path, n: int, folders: int, kind: str) -> list[Path]:
    """N junk records spread over FOLDERS month folders of records/ (2024-01 on), written on
    the server's side; `old`: named as no review is, `hex`: named as a review is."""
    made = []
    for i in range(n):
        f = i % folders
        folder = server / "records" / f"{2024 + f // 12}" / f"{1 + f % 12:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        name = f"R-OLD{i:07d}.json" if kind == "old" else f"R-EE{i:010X}.json"
        path = folder / name
        path.write_text('{"format": "old"}')
        made.append(path)
    return made


def _add_junk(env: dict[str, str], root: Path, share: Path, junk: int, kind: str) -> None:
    subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from benchmarks.refusal_bench import add_junk; add_junk(*sys.argv[1:])",
            str(root),
            str(share),
            str(junk),
            kind,
        ],
        env=env,
        check=True,
        cwd=HERE,
    )


def restamp(root: str, share: str) -> None:
    """The coordinator's remembered refusals without a size and time (refused by name from
    the listing) get them from a look through `share`."""
    from udsat_desktop.platform.paths import resolve
    from udsat_desktop.store.lifecycle import open_existing

    os.environ.update(ENV)
    db, _profile = open_existing(resolve(Path(root) / "KK"), PASS)
    try:
        con = db.reader()
        paths = [p for (p,) in con.execute("SELECT path FROM share_refusal WHERE size = -1")]
        rows = []
        for rel in paths:
            st = os.lstat(Path(share) / rel)
            rows.append((st.st_size, st.st_mtime_ns, rel))
        con.execute("BEGIN IMMEDIATE")
        con.executemany("UPDATE share_refusal SET size = ?, mtime_ns = ? WHERE path = ?", rows)
        con.execute("COMMIT")
    finally:
        db.close()


def add_junk(root: str, share: str, junk: str, kind: str) -> None:
    """`records`: files that are no records in records/2026/12/; `team`: rosters nobody
    signed in team/ and files that are no assignments in the reviewer's assignments folder."""
    from udsat_desktop.platform.paths import resolve
    from udsat_desktop.store.lifecycle import open_existing

    os.environ.update(ENV)
    base = Path(share)
    n_junk = int(junk)
    if kind == "records":
        folder = base / "records" / "2026" / "12"
        folder.mkdir(parents=True, exist_ok=True)
        for n in range(n_junk):
            (folder / f"R-JUNK{n:06d}.json").write_bytes(b"not a record %d" % n)
        return
    db, profile = open_existing(resolve(Path(root) / "AA"), PASS)
    aa_id = profile.user_id
    db.close()
    for n in range(n_junk):
        (base / "team" / f"roster-{1_000_000 + n}.json").write_bytes(b'{"payload": %d}' % n)
    mine = base / "assignments" / aa_id
    mine.mkdir(parents=True, exist_ok=True)
    for n in range(n_junk):
        (mine / f"junk-{n:06d}.json").write_bytes(b"not an assignment %d" % n)


def _profile(root: Path, share: Path, aa_copy: Path, kk_copy: Path) -> int:
    import cProfile
    import pstats

    from udsat_desktop.platform.paths import resolve
    from udsat_desktop.store.lifecycle import open_existing
    from udsat_desktop.sync.engine import sync
    from udsat_desktop.sync.ingest import ingest

    os.environ.update(ENV)
    for name, copy, run in (
        ("junk sync", aa_copy, lambda db, p, prof: sync(db, p, prof, share)),
        ("re-ingest", kk_copy, lambda db, p, prof: ingest(db, p, prof, share)),
    ):
        if name == "re-ingest":  # the records' junk alone, as in the measurement
            moved = share / "team.junk"
            (share / "team").rename(moved)
            shutil.copytree(
                moved, share / "team", ignore=shutil.ignore_patterns("roster-1??????.json")
            )
        data = root / copy.name.removesuffix(".copy")
        _restore(copy, data)
        paths = resolve(data)
        db, prof = open_existing(paths, PASS)
        profiler = cProfile.Profile()
        started = time.perf_counter()
        profiler.enable()
        run(db, paths, prof)
        profiler.disable()
        print(f"== {name}: {time.perf_counter() - started:.2f} s")
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(45)
        db.close()
    shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
