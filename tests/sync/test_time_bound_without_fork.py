"""A hard time bound without `fork` (issue 31, item 4: Windows), tested on Linux by taking
`os.fork` away in the command's process: the command runs in the process itself, and once a
share operation has timed out, a watchdog gives it AFTER_TIMEOUT_S to end; a thread still held
by the hung drive outside a bounded call cannot keep it (the watchdog says so in Danish and
ends the process). Without the watchdog the same command stays held: the control case.

The drive is the FUSE mount of tests/ui/test_hung_share.py that takes every request and never
answers. "Ended" is what the user sees: the process's main thread has exited (/proc shows it as
a zombie, or it is gone); the kernel lets a thread stuck on the mount go only when the drive
answers (`release`)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from tests.ui.test_hung_share import ROOT, _finished, _read_line, hung_share  # noqa: F401
from udsat_desktop.platform.interrupt import TIMED_OUT

TIMEOUT = 1

COMMAND = """
import os, sys, time
from pathlib import Path
del os.fork  # as on Windows: run_apart runs the command here
from udsat_desktop.platform import interrupt
from udsat_desktop.sync.share import ShareError, list_folder, set_op_timeout

share = Path(sys.argv[1])

def command():
    set_op_timeout(float(sys.argv[2]))
    print(f"started {time.monotonic():.4f}", flush=True)
    try:
        list_folder(share)  # bounded: given up after the timeout
    except ShareError as exc:
        print(f"given up: {exc}", file=sys.stderr, flush=True)
    os.listdir(share)  # outside any bounded call: held by the drive
    return 0

sys.exit(interrupt.run_apart(command, "udsat: afbrudt", sys.argv[3]))
"""


def _run(share: Path, message: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", COMMAND, str(share), str(TIMEOUT), message],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def _said(child: subprocess.Popen, timeout: float) -> tuple[str, float]:
    """The child's next line on stderr and when it came (time.monotonic), or ("", now)."""
    import selectors

    assert child.stderr is not None
    with selectors.DefaultSelector() as sel:
        sel.register(child.stderr, selectors.EVENT_READ)
        if not sel.select(timeout):
            return "", time.monotonic()
        return child.stderr.readline().decode(), time.monotonic()


def test_without_fork_the_watchdog_ends_a_command_held_by_a_hung_drive(hung_share):  # noqa: F811
    share, release = hung_share
    child = _run(share, "udsat: fællesmappen svarede ikke, og kommandoen er stoppet.")
    try:
        started = float(_read_line(child, 60).split()[1])
        given_up, _at = _said(child, TIMEOUT + 10)
        assert "given up: fællesmappen svarede ikke inden for 1 sekund" in given_up
        stopped, at = _said(child, TIMEOUT + 10)
        took = at - started
        print(f"the watchdog ended it {took:.2f} s after the command's start (timeout {TIMEOUT} s)")
        assert "fællesmappen svarede ikke, og kommandoen er stoppet." in stopped
        assert took <= TIMEOUT + 1
        # On Linux the kernel lets the process go only when the drive answers (a thread waits
        # on a FUSE request; hence the child process where there is `fork`); on Windows ending
        # the process cancels its pending I/O.
    finally:
        release()  # what waited on the drive fails: the process is reaped
    child.communicate(timeout=20)
    assert child.returncode == TIMED_OUT  # the watchdog's exit, not the command's return


def test_without_the_watchdog_the_same_command_stays_held(hung_share):  # noqa: F811
    """The control case: no watchdog (no message given), and the command is still held by
    the drive well after the bound."""
    share, release = hung_share
    child = _run(share, "")
    try:
        started = float(_read_line(child, 60).split()[1])
        given_up, _at = _said(child, TIMEOUT + 10)
        assert "given up" in given_up
        # nothing more is said until two seconds past the bound, and the command is held
        said, _at = _said(child, max(0.0, started + TIMEOUT + 2 - time.monotonic()))
        assert said == ""
        assert not _finished(child.pid)
    finally:
        release()
        child.communicate(timeout=20)
