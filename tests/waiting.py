"""Waiting for a condition, never for a stretch of time (issue 27).

A test that must wait for something outside the Qt event loop (a file cups-pdf writes, a FUSE
mount coming up, a child process ending, a child taking its sync lock) polls the condition with
`poll` or `wait_until` and a generous deadline: on a quiet machine it goes on the moment the
condition holds, on a loaded one it waits longer instead of failing. (Inside the Qt event loop,
`qtbot.waitUntil` does the same.) The short pause between two looks is this module's only
sleep."""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
EVERY_S = 0.02  # between two looks at the condition


def poll(condition: Callable[[], T], timeout: float, *, every: float = EVERY_S) -> T:
    """The condition's first true result, or its last (false) one when `timeout` seconds
    have passed; for the callers that go on either way."""
    deadline = time.monotonic() + timeout
    while True:
        result = condition()
        if result or time.monotonic() >= deadline:
            return result
        time.sleep(every)  # a pause between two looks, not a wait for time


def wait_until(condition: Callable[[], T], timeout: float, what: str) -> T:
    """The condition's first true result; fails the test naming `what` when it does not come
    within `timeout` seconds."""
    result = poll(condition, timeout)
    assert result, f"waited {timeout} s for {what}, in vain"
    return result


def _and_children(pid: int) -> set[str]:
    """`pid` and its child processes (`udsat` runs its command in a child: issue 31)."""
    pids = {str(pid)}
    with contextlib.suppress(OSError):
        for task in Path(f"/proc/{pid}/task").iterdir():
            pids.update((task / "children").read_text().split())
    return pids


def holds_flock(pid: int, path: Path) -> bool:
    """Whether process `pid` (or a child of it) holds a `flock` on the file at `path` (read
    from /proc/locks, so looking takes nothing from the holder)."""
    pids = _and_children(pid)
    try:
        st = os.stat(path)
        locks = Path("/proc/locks").read_text()
    except OSError:
        return False
    inode = f"{os.major(st.st_dev):02x}:{os.minor(st.st_dev):02x}:{st.st_ino}"
    for line in locks.splitlines():
        fields = line.split()
        if "->" in fields:  # a waiter, not a holder
            continue
        if len(fields) >= 6 and fields[1] == "FLOCK" and fields[4] in pids and fields[5] == inode:
            return True
    return False
