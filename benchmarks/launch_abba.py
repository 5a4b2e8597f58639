"""The launch against a bare window and other trees of the code, alternated in one run.

    python benchmarks/launch_abba.py [--unlock] DATA N NAME=TREE [NAME=TREE ...]

Two starts can be measured; say which one a figure is:
- by default, a start with the passphrase known before Qt loads (`--demo`, or
  `UDSAT_PASSPHRASE`): the key derives on a second thread and the queue is the first screen.
  This is the demo's and the tests' start, not a user's.
- `--unlock`: a user's start, `benchmarks/unlock_start.py`: no passphrase known, the unlock
  dialog is the first screen (dialog_ms against the bare window), the passphrase is typed
  and Enter pressed 1.5 s later; unlock_ms is from Enter to the painted queue (the key's
  scrypt on the GUI thread, the store's open, the window), with its CPU.

Each round starts, as whole processes and in the order A B B A (reversed every other round),
`benchmarks/bare_window.py` and `python -m udsat_desktop.app --demo --smoke --data-dir DATA`
with `PYTHONPATH` set to each TREE (a `git archive` copy with its `.pyc` compiled, e.g. of an
older commit). Prints, per kind, the minimum and median of ready_ms and cpu_ms (CPU of every
thread up to ready) and their ratios to the bare window, deferred_ms where the tree prints it,
and the load average. Run it from a neutral folder (not a checkout), so that only PYTHONPATH
chooses the tree."""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
from pathlib import Path

BARE = Path(__file__).resolve().parent / "bare_window.py"
UNLOCK = Path(__file__).resolve().parent / "unlock_start.py"


def launch(cmd: list[str], tree: str) -> dict[str, int]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=tree)
    env.pop("UDSAT_PASSPHRASE", None)
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300, check=True)
    return {k: int(v) for k, v in re.findall(r"^(\w+)=(\d+)$", out.stdout, re.M)}


def main(data: str, rounds: int, trees: dict[str, str], unlock: bool = False) -> None:
    kinds = ["bare", *trees]
    smoke = [sys.executable, "-m", "udsat_desktop.app", "--demo", "--smoke", "--data-dir", data]
    if unlock:
        smoke = [sys.executable, str(UNLOCK), data]
    results: dict[str, list[dict[str, int]]] = {kind: [] for kind in kinds}
    loads = []
    for i in range(rounds):
        loads.append(os.getloadavg()[0])
        for kind in kinds if i % 2 == 0 else kinds[::-1]:
            if kind == "bare":
                first_tree = next(iter(trees.values()))
                results[kind].append(launch([sys.executable, str(BARE)], first_tree))
            else:
                results[kind].append(launch(smoke, trees[kind]))
    low, high = min(loads), max(loads)
    print(f"{rounds} rounds, load average {statistics.mean(loads):.1f} ({low:.1f}-{high:.1f})")
    bare_wall = [r["ready_ms"] for r in results["bare"]]
    bare_cpu = [r["cpu_ms"] for r in results["bare"]]
    med = statistics.median
    print("the unlock dialog first (--unlock)" if unlock else "the passphrase known (--demo)")
    for kind in kinds:
        first = "ready_ms" if unlock and kind == "bare" else "dialog_ms" if unlock else "ready_ms"
        wall = [r[first] for r in results[kind]]
        cpu = [
            r["cpu_ms" if kind == "bare" or not unlock else "dialog_cpu_ms"] for r in results[kind]
        ]
        line = (
            f"{kind:8} ready_ms min {min(wall):5} ({min(wall) / min(bare_wall):.2f}x) "
            f"median {med(wall):6.0f} ({med(wall) / med(bare_wall):.2f}x)"
            f" | cpu_ms min {min(cpu):4} ({min(cpu) / min(bare_cpu):.2f}x) "
            f"median {med(cpu):5.0f} ({med(cpu) / med(bare_cpu):.2f}x)"
        )
        deferred = [r["deferred_ms"] for r in results[kind] if "deferred_ms" in r]
        if deferred:
            line += f" | deferred_ms min {min(deferred)} median {med(deferred):.0f}"
        if unlock and kind != "bare":
            line = line.replace("ready_ms", "dialog_ms")
            enter = [r["unlock_ms"] for r in results[kind]]
            enter_cpu = [r["unlock_cpu_ms"] for r in results[kind]]
            line += (
                f" | Enter to queue: unlock_ms min {min(enter)} median {med(enter):.0f},"
                f" cpu min {min(enter_cpu)} median {med(enter_cpu):.0f}"
            )
        print(line, flush=True)


if __name__ == "__main__":
    args = sys.argv[1:]
    unlock = "--unlock" in args
    args = [a for a in args if a != "--unlock"]
    main(args[0], int(args[1]), dict(arg.split("=", 1) for arg in args[2:]), unlock)
