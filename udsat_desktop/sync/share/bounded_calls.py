"""Bounded waits: every operation on the share runs with a time limit (a hung SMB mount ends
in one Danish sentence, and every later operation of the round fails at once), and the
thread-local state a sync session hands to the calls it waits for.
"""

from __future__ import annotations

import errno
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

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
    """`fn(*args)` on the calling thread's share worker (a daemon thread), given up after the
    operation timeout. The worker that hangs is left behind (a blocked system call cannot be
    cancelled) and retired: the process can still end, nothing after the operation runs on
    that thread, and the next operation gets a new worker."""
    return start(fn, *args, **kwargs).result()


def start(fn: Callable[..., _T], *args: Any, **kwargs: Any) -> Pending[_T]:
    """`bounded` without waiting: `fn(*args)` handed to the calling thread's share worker; its
    `result()` waits for it within the operation timeout counted from now, so the caller can
    prepare its next file meanwhile (sync/outbox.py). Run at once without a timeout (or on
    the worker itself). A pending operation the caller gives up on is `abandon()`ed."""
    seconds = _OP_TIMEOUT
    if seconds is None or getattr(_local, "inside", False):
        try:
            return Pending.done_with(fn(*args, **kwargs))
        except Exception as exc:  # handed over at result(), as the worker's are
            return Pending.done_with(None, exc)
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
        finally:
            _local.session = None

    worker: _Worker | None = getattr(_local, "worker", None)
    if worker is None or not worker.submit(run):
        worker = _local.worker = _Worker()
        worker.submit(run)
    return Pending(future, worker, seconds)


class Pending(Generic[_T]):
    """A share operation handed to a worker (or done at once, without a timeout)."""

    def __init__(
        self, future: Future[_T] | None, worker: _Worker | None, seconds: float | None
    ) -> None:
        self._future = future
        self._worker = worker
        self._deadline = time.monotonic() + (seconds or 0.0)
        self._seconds = seconds or 0.0
        self._value: Any = None
        self._error: BaseException | None = None

    @classmethod
    def done_with(cls, value: Any, error: BaseException | None = None) -> Pending[_T]:
        done: Pending[_T] = cls(None, None, None)
        done._value, done._error = value, error
        return done

    def result(self) -> _T:
        """Its answer (or its error) within the timeout counted from when it was handed over;
        a ShareError when it did not come."""
        if self._future is None or self._worker is None:
            if self._error is not None:
                raise self._error
            return cast(_T, self._value)
        try:
            return _wait(self._future, max(0.0, self._deadline - time.monotonic()))
        except TimeoutError:
            _retire(self._worker)
            message = _given_up(self._worker.thread, self._seconds)
            raise ShareError(message, errno.ETIMEDOUT) from None
        except BaseException:
            self.abandon()  # Ctrl-C while it is on the drive: left to end on its own
            raise

    def abandon(self) -> None:
        """Not waited for (the caller stops): a worker still on it takes no further one."""
        if self._future is not None and self._worker is not None and not self._future.done():
            _retire(self._worker)


_IDLE_S = 5.0  # a share worker with nothing to do for this long ends (a new one when needed)


class _Worker:
    """The thread that runs one calling thread's share operations, one at a time, for as long
    as they keep coming: a sync's 600 files are 600 hand-overs to one waiting thread, not 600
    threads started (each start a round of the scheduler on a busy machine; issue 34)."""

    def __init__(self) -> None:
        self._jobs: list[Callable[[], None]] = []
        self._ready = threading.Condition(threading.Lock())
        self._closed = False
        self.thread = threading.Thread(target=self._run, name="udsat-share-op", daemon=True)
        self.thread.start()

    def submit(self, job: Callable[[], None]) -> bool:
        """False when this worker has ended or is ending (idle, or retired): use a new one."""
        with self._ready:
            if self._closed:
                return False
            self._jobs.append(job)
            self._ready.notify()
            return True

    def retire(self) -> None:
        """No further operation goes to it; it ends once its current one returns."""
        with self._ready:
            self._closed = True
            self._ready.notify()

    def _run(self) -> None:
        while True:
            with self._ready:
                self._ready.wait_for(lambda: self._jobs or self._closed, timeout=_IDLE_S)
                if not self._jobs:
                    self._closed = True  # retired, or idle: it ends here
                    return
                job = self._jobs.pop(0)
            job()


def _retire(worker: _Worker) -> None:
    worker.retire()
    if getattr(_local, "worker", None) is worker:
        _local.worker = None


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
