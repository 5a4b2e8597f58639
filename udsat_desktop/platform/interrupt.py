"""Ctrl-C ends the command within a second, even when its main thread is blocked in the kernel
on a hung network drive (issue 31).

A FUSE mount whose server hangs keeps a system call waiting; a signal with a Python handler
does not end that wait (the kernel only lets a fatal signal through), so Python's own SIGINT
handler never runs. Here SIGINT is blocked in every thread and a watcher thread waits for it
with `sigwait`: it asks the main thread to stop (KeyboardInterrupt, the ordinary way: the
command says "afbrudt" and unwinds), and if the main thread has not finished within the grace
period, says so itself and ends the process with `os._exit`: the stuck thread is abandoned.
Nothing is half-written by that: every write of the data folder and the share is atomic
(a temporary name renamed, SQLite's journal), so ending anywhere leaves the last whole state.

Only for a real process (`udsat` from the command line): in-process callers (tests) keep
Python's ordinary KeyboardInterrupt.
"""

from __future__ import annotations

import _thread
import contextlib
import logging
import os
import select
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator

GRACE_S = 0.3  # how long the main thread may take to unwind after Ctrl-C before the hard exit
INTERRUPTED = 130  # the exit status a shell reports for a command ended by SIGINT
BROKEN_PIPE = 141  # ... and for one stopped by SIGPIPE

_finished = threading.Event()
_told = threading.Event()
_watching = threading.Event()
_hooks: list[Callable[[], None]] = []  # a command that stops itself on Ctrl-C (cancel_on_ctrl_c)
HOOK_GRACE_S = 0.45  # ... has this long to keep what it has and say how far it got; the
# parent (run_apart) leaves it behind after PARENT_GRACE_S, so this stays below that
_timed_out = threading.Event()  # a share operation of this command was given up on

AFTER_TIMEOUT_S = 0.7  # once a share operation timed out, how long the command may still take
TIMED_OUT = 1  # the exit status of a command ended by the watchdog (a failed command's)


def watch_ctrl_c(message: str) -> bool:
    """Start the watcher (from the main thread, before any other thread starts, so that every
    later thread inherits the blocked SIGINT); whether it runs (POSIX only)."""
    if os.name != "posix" or threading.current_thread() is not threading.main_thread():
        return False
    _finished.clear()
    _told.clear()
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    threading.Thread(target=_watch, args=(message,), name="udsat-ctrl-c", daemon=True).start()
    _watching.set()
    return True


@contextlib.contextmanager
def cancel_on_ctrl_c(cancel: Callable[[], None]) -> Iterator[None]:
    """Inside, Ctrl-C calls `cancel` instead of interrupting the main thread: a long command
    (a first ingest) stops at its next step, keeps what it has done and says how far it got.
    Under the watcher the hard exit still comes, HOOK_GRACE_S later; in-process (no watcher,
    the main thread) through Python's own SIGINT handler for the while."""
    if _watching.is_set():
        _hooks.append(cancel)
        try:
            yield
        finally:
            _hooks.remove(cancel)
        return
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    before = signal.signal(signal.SIGINT, lambda _signum, _frame: cancel())
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, before)


def share_timed_out() -> None:
    """A share operation was given up on (sync/share/bounded_calls.py tells): the command has
    AFTER_TIMEOUT_S left to end (`watch_deadline`)."""
    _timed_out.set()


def watch_deadline(message: str, before_exit: Callable[[], None] | None = None) -> None:
    """Start the watchdog (issue 31, item 4): once a share operation has timed out, the
    command has AFTER_TIMEOUT_S to end by itself (every later share operation fails at once,
    so it normally does); if it has not (a thread blocked in the kernel on the hung drive
    outside a bounded call), the watchdog says `message`, runs `before_exit` and ends the
    process with os._exit(TIMED_OUT). Nothing is half-written by that: the store's writes
    are SQLite transactions and every file goes to its place by an atomic rename, so the
    store holds the last whole state and what was not sent waits for the next sync."""
    _timed_out.clear()
    threading.Thread(
        target=_deadline, args=(message, before_exit), name="udsat-deadline", daemon=True
    ).start()


def _deadline(message: str, before_exit: Callable[[], None] | None) -> None:
    _timed_out.wait()
    if _finished.wait(AFTER_TIMEOUT_S):
        return
    with contextlib.suppress(Exception):  # a closed pipe: the exit comes all the same
        os.write(2, f"{message}\n".encode())
    if before_exit is not None:
        with contextlib.suppress(Exception):
            before_exit()
    os._exit(TIMED_OUT)


def told_interrupted() -> None:
    """The main thread has said "afbrudt" itself: the watcher need not say it again."""
    _told.set()


def finished() -> None:
    """The command's main thread is done (it returns its exit status now)."""
    _finished.set()


def _watch(message: str) -> None:
    signal.sigwait({signal.SIGINT})
    _interrupted(message)


# ----------------------------------------------------------------------------- the command apart

PARENT_GRACE_S = 0.5  # Ctrl-C: how long the command may take to end before it is left behind


def run_apart(command: Callable[[], int], message: str, timed_out_message: str = "") -> int:
    """`command()` in a child process whose output this process passes on, returning its exit
    status as soon as it has one: a thread blocked in the kernel on a hung network drive keeps
    a process from ending (the kernel waits for the drive's answer before it lets the process
    go), so the command's process may linger; the `udsat` the shell waits for does not. On
    Ctrl-C the child is asked to stop; if it has not within PARENT_GRACE_S, it is killed (its
    writes are atomic) and left to the kernel, and this process ends with 130. Without
    `fork` (Windows) the command runs here (`run_watched`). Either way a watchdog ends the
    command AFTER_TIMEOUT_S after a share operation timed out (`watch_deadline`)."""
    if not hasattr(os, "fork"):
        return run_watched(command, message, timed_out_message)
    out_r, out_w = os.pipe()
    err_r, err_w = os.pipe()
    status_r, status_w = os.pipe()
    with contextlib.suppress(Exception):
        sys.stdout.flush()
        sys.stderr.flush()
    pid = os.fork()
    if pid == 0:  # the child: the command, then its status, then gone
        for fd in (out_r, err_r, status_r):
            os.close(fd)
        os.dup2(out_w, 1)
        os.dup2(err_w, 2)
        os.close(out_w)
        os.close(err_w)
        code = 1
        try:
            watch_ctrl_c(message)
            if timed_out_message:
                watch_deadline(
                    timed_out_message,
                    lambda: _say_status(status_w, TIMED_OUT),
                )
            code = command()
        finally:
            finished()
            with contextlib.suppress(Exception):
                sys.stdout.flush()
                sys.stderr.flush()
            logging.shutdown()
            _say_status(status_w, code)
            os._exit(code)
    for fd in (out_w, err_w, status_w):
        os.close(fd)
    return _pass_on(pid, out_r, err_r, status_r, message)


def _say_status(status_w: int, code: int) -> None:
    """The child's exit status to the parent, after its output is let go (the caller's pipes
    closed: no wait for a thread that may never return)."""
    with contextlib.suppress(Exception):
        sys.stdout.flush()
        sys.stderr.flush()
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, 1)
    os.dup2(null, 2)
    with contextlib.suppress(OSError):
        os.write(status_w, bytes([code & 0xFF]))


def run_watched(command: Callable[[], int], message: str, timed_out_message: str = "") -> int:
    """The command in this process (no `fork`: Windows), with the watchdog of
    `watch_deadline` and Ctrl-C heard by the console's own handler thread (`watch_console`),
    so neither a hung drive nor Ctrl-C can hold it past its bound."""
    if timed_out_message:
        watch_deadline(timed_out_message)
    watch_console(message)
    try:
        return command()
    finally:
        finished()


def watch_console(message: str) -> bool:
    """Windows: Ctrl-C and Ctrl-Break come on a thread the console starts, even while the main
    thread is blocked in a call on a hung drive (Python's own handler would wait for it):
    the main thread is asked to stop (KeyboardInterrupt), and after GRACE_S the process ends
    (`_interrupted`). Whether it runs (Windows only)."""
    if sys.platform != "win32":
        return False
    import ctypes  # Windows only: the console's control handler

    handler_type = ctypes.WINFUNCTYPE(ctypes.c_int, ctypes.c_uint)

    def on_control(event: int) -> int:
        if event in (0, 1):  # CTRL_C_EVENT, CTRL_BREAK_EVENT
            threading.Thread(target=_interrupted, args=(message,), daemon=True).start()
            return 1
        return 0

    global _console_handler
    _console_handler = handler_type(on_control)  # kept: the console calls it later
    return bool(ctypes.windll.kernel32.SetConsoleCtrlHandler(_console_handler, 1))


_console_handler: object = None


def _interrupted(message: str) -> None:
    """Ctrl-C heard apart from the main thread: KeyboardInterrupt at its next Python step; if
    it has not ended within GRACE_S, the message and the exit (130)."""
    hooks = list(_hooks)
    for hook in hooks:  # the command stops itself (cancel_on_ctrl_c)
        hook()
    if not hooks:
        _thread.interrupt_main()  # KeyboardInterrupt at the main thread's next Python step
    if _finished.wait(HOOK_GRACE_S if hooks else GRACE_S):
        return
    if not _told.is_set():
        with contextlib.suppress(Exception):  # a closed pipe: the exit comes all the same
            os.write(2, f"{message}\n".encode())
    os._exit(INTERRUPTED)


def _pass_on(pid: int, out_r: int, err_r: int, status_r: int, message: str) -> int:
    """The child's output passed on as it comes, until its status; Ctrl-C (heard through a
    wakeup pipe, never as an exception between two writes) is passed to it."""
    wake_r, wake_w = os.pipe()
    os.set_blocking(wake_w, False)
    signal.set_wakeup_fd(wake_w)
    signal.signal(signal.SIGINT, lambda _signum, _frame: None)
    streams = {out_r: 1, err_r: 2}
    open_fds = {out_r, err_r, status_r}
    status: int | None = None
    deadline: float | None = None
    said = b""
    broken = False
    while open_fds - {status_r} or (status is None and status_r in open_fds):
        timeout = None if deadline is None else max(0.0, deadline - time.monotonic())
        ready, _w, _x = select.select([*open_fds, wake_r], [], [], timeout)
        if not ready and deadline is not None:  # Ctrl-C, and the command did not end
            if message.encode() not in said:
                _write_all(2, f"{message}\n".encode())
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)  # its writes are atomic; the kernel reaps it
            return INTERRUPTED
        for fd in ready:
            data = os.read(fd, 65536)
            if fd == wake_r:
                if deadline is None:
                    with contextlib.suppress(ProcessLookupError):
                        os.kill(pid, signal.SIGINT)
                    deadline = time.monotonic() + PARENT_GRACE_S
            elif not data:
                open_fds.discard(fd)
            elif fd == status_r:
                status = data[-1]
            else:
                if fd == err_r:
                    said = (said + data)[-4096:]
                if not _write_all(streams[fd], data) and fd == out_r:
                    broken = True
    return _ended(pid, status, broken)


def _ended(pid: int, status: int | None, broken: bool) -> int:
    """The command's exit status: the one it sent, or the way it died without one."""
    if status is not None:
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)  # gone already, or left to the kernel
        # the reader of the output went away (`udsat stats --json | head -c1`): as before
        return BROKEN_PIPE if broken and status == 0 else status
    _pid, wait_status = os.waitpid(pid, 0)  # died without a status (killed): its way out
    if os.WIFSIGNALED(wait_status):
        return 128 + os.WTERMSIG(wait_status)
    return os.WEXITSTATUS(wait_status) if os.WIFEXITED(wait_status) else 1


def _write_all(fd: int, data: bytes) -> bool:
    """Whether all of `data` went out (not when the reader went away)."""
    view = memoryview(data)
    try:
        while view:
            view = view[os.write(fd, view) :]
    except OSError:  # the reader went away: nothing left to say to it
        return False
    return True
