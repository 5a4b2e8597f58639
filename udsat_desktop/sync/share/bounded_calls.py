"""Bounded waits: every operation on the share runs with a time limit (a hung SMB mount ends
in one Danish sentence, and every later operation of the round fails at once), and the
thread-local state a sync session hands to the calls it waits for.
"""

from __future__ import annotations

import errno
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from udsat_desktop.core.danish import one_or_many
from udsat_desktop.core.text import Msg
from udsat_desktop.platform import interrupt
from udsat_desktop.sync.share.errors import ShareError

if TYPE_CHECKING:
    from concurrent.futures import Future

_T = TypeVar("_T")


# ----------------------------------------------------------------------------- bounded waits


_OP_TIMEOUT: float | None = None
_HUNG: dict[str, str] = {}  # set once an operation timed out: every later one fails at once
_HUNG_AT: list[float] = []  # when (time.monotonic) it did
_ABANDONED: list[threading.Thread] = []  # the threads given up on, while they still wait


def set_op_timeout(seconds: float | None) -> None:
    """Give up any single share operation after `seconds` (None: wait as long as it takes)."""
    global _OP_TIMEOUT
    _OP_TIMEOUT = seconds if seconds and seconds > 0 else None
    _HUNG.clear()
    _HUNG_AT.clear()


def hung_since() -> float | None:
    """When (time.monotonic) a share operation last timed out since the timeout was set;
    None while none has."""
    return _HUNG_AT[-1] if _HUNG_AT else None


def hung_message() -> str:
    """The Danish sentence of the operation that timed out ("" while none has)."""
    return _HUNG.get("message", "")


def still_waiting() -> int:
    """How many threads given up on are still waiting for the share (a hung drive: until its
    server answers or the mount goes)."""
    _ABANDONED[:] = [t for t in _ABANDONED if t.is_alive()]
    return len(_ABANDONED)


def _given_up(thread: threading.Thread, seconds: float) -> str:
    _ABANDONED.append(thread)
    _HUNG["message"] = _timed_out_message(seconds)
    _HUNG_AT.append(time.monotonic())
    interrupt.share_timed_out()  # the command's watchdog: it has a moment left to end
    return _HUNG["message"]


def op_timeout() -> float | None:
    return _OP_TIMEOUT


def _timed_out_message(seconds: float) -> str:
    return one_or_many(
        1 if seconds == 1 else 2,
        Msg(
            "fællesmappen svarede ikke inden for {seconds} sekund (netværksdrevet hænger?)",
            seconds=f"{seconds:g}",
        ),
        Msg(
            "fællesmappen svarede ikke inden for {seconds} sekunder (netværksdrevet hænger?)",
            seconds=f"{seconds:g}",
        ),
    )


def bounded(fn: Callable[..., _T], *args: Any, **kwargs: Any) -> _T:
    """`fn(*args)` on a daemon thread, given up after the operation timeout. The thread that
    hangs is left behind (a blocked system call cannot be cancelled); the process can still
    end, and nothing after the operation runs on that thread."""
    seconds = _OP_TIMEOUT
    if seconds is None or getattr(_local, "inside", False):
        return fn(*args, **kwargs)
    if "message" in _HUNG:
        raise ShareError(_HUNG["message"], errno.ETIMEDOUT)
    # loaded at the first bounded call, not with the module: the window imports this module
    # as it starts (tests/sync/test_share_protocol.py)
    from concurrent.futures import Future

    future: Future[_T] = Future()
    caller = getattr(_local, "session", None)
    deadline = time.monotonic() + seconds

    def run() -> None:
        _local.inside = True
        _local.session = caller  # the caller's open folders, handed over while it waits
        _local.deadline = deadline  # a busy share is waited for until shortly before it
        try:
            future.set_result(fn(*args, **kwargs))
        except BaseException as exc:  # handed over to the waiting thread
            future.set_exception(exc)

    thread = threading.Thread(target=run, name="udsat-share-op", daemon=True)
    thread.start()
    try:
        return _wait(future, seconds)
    except TimeoutError:
        raise ShareError(_given_up(thread, seconds), errno.ETIMEDOUT) from None


_SLICE_S = 0.1  # the waiting thread looks up this often (Ctrl-C is heard between two looks)


def _wait(future: Future[_T], seconds: float) -> _T:
    """The future's result within `seconds` (TimeoutError otherwise), waited for in short
    slices: a KeyboardInterrupt asked for by another thread is raised between two."""
    deadline = time.monotonic() + seconds
    while True:
        left = deadline - time.monotonic()
        try:
            return future.result(timeout=max(0.0, min(_SLICE_S, left)))
        except TimeoutError:
            if future.done():  # the call's own ETIMEDOUT (an OSError): the share's answer
                raise OSError(errno.ETIMEDOUT, "timed out") from None
            if left <= _SLICE_S:
                raise


def call_bounded(seconds: float, fn: Callable[..., _T], *args: Any, **kwargs: Any) -> _T:
    """`fn(*args)` on a daemon thread, given up after `seconds` with a ShareError: for a
    window that may wait a moment for the share but never longer."""
    # loaded at the first bounded call, not with the module: the window imports this module
    # as it starts (tests/sync/test_share_protocol.py)
    from concurrent.futures import Future

    future: Future[_T] = Future()

    def run() -> None:
        try:
            future.set_result(fn(*args, **kwargs))
        except BaseException as exc:  # handed over to the waiting thread
            future.set_exception(exc)

    thread = threading.Thread(target=run, name="udsat-share-call", daemon=True)
    thread.start()
    try:
        return _wait(future, seconds)
    except TimeoutError:
        _ABANDONED.append(thread)
        raise ShareError(_timed_out_message(seconds), errno.ETIMEDOUT) from None


def _bounded_op(fn: Callable[..., _T]) -> Callable[..., _T]:
    def wrapper(*args: Any, **kwargs: Any) -> _T:
        return bounded(fn, *args, **kwargs)

    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    wrapper.__wrapped__ = fn  # type: ignore[attr-defined]
    return wrapper


# ----------------------------------------------------------------------------- folders


_local = threading.local()
