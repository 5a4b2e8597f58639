"""Run work off the GUI thread and hand results back as signals.

Rules (see README, "Threads"): a task never touches a widget; it gets plain arguments, opens
its own database session, and reports through `Task.signals`, which Qt delivers on the GUI
thread. Tests can make the pool synchronous with `TaskRunner.synchronous = True`.

A task that may hang on a network drive runs with `daemon=True`: on a Python daemon thread
instead of Qt's pool, which Qt waits for when the program closes (and `wait()` waits for).
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from shiboken6 import isValid

from udsat_desktop.core.errors import UserError

log = logging.getLogger(__name__)


class TaskSignals(QObject):
    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)  # the exception


class Cancelled(Exception):
    pass


class Task(QRunnable):
    def __init__(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        super().__init__()
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.signals = TaskSignals()
        self.cancelled = False
        self.setAutoDelete(False)

    def report(self, current: int, total: int) -> None:
        if self.cancelled:
            raise Cancelled()
        self.signals.progress.emit(current, total)

    def run(self) -> None:
        try:
            result = self.fn(*self.args, **self.kwargs)
        except Exception as exc:  # delivered to the GUI thread, which decides what to show
            if isinstance(exc, UserError):  # told to the user: not a fault of the program
                log.info(
                    "task %s refused: %s", getattr(self.fn, "__name__", "?"), type(exc).__name__
                )
            elif not isinstance(exc, Cancelled):
                log.warning(
                    "task %s failed: %s", getattr(self.fn, "__name__", "?"), type(exc).__name__
                )
                log.debug("".join(traceback.format_exception(exc)))
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


class TaskRunner(QObject):
    synchronous = False

    def __init__(self, parent: QObject | None = None, *, own_pool: bool = False) -> None:
        """`own_pool=True` gives the runner a one-thread pool of its own, so `wait()` waits
        only for this runner's tasks (a review's saves), never for the whole program's."""
        super().__init__(parent)
        if own_pool:
            self.pool = QThreadPool(self)
            self.pool.setMaxThreadCount(1)
        else:
            self.pool = QThreadPool.globalInstance()
        self._running: set[Task] = set()

    def start(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        pass_task: bool = False,
        daemon: bool = False,
        **kwargs: Any,
    ) -> Task:
        task = Task(fn, *args, **kwargs)
        if pass_task:
            task.kwargs["task"] = task
        if on_progress:
            task.signals.progress.connect(on_progress)
        task.signals.done.connect(lambda result: self._finish(task, on_done, result))
        task.signals.failed.connect(lambda exc: self._finish(task, on_error, exc))
        self._running.add(task)
        if self.synchronous:
            task.run()
        elif daemon:
            threading.Thread(
                target=task.run, name=getattr(fn, "__name__", "task"), daemon=True
            ).start()
        else:
            self.pool.start(task)
        return task

    def _finish(self, task: Task, callback: Callable[[Any], None] | None, value: Any) -> None:
        if not isValid(self):
            return  # the window that started the task is gone: nobody to tell
        self._running.discard(task)
        if callback is not None:
            callback(value)
        elif isinstance(value, BaseException) and not isinstance(value, Cancelled):
            raise value

    def wait(self, msecs: int = 30000) -> bool:
        return self.pool.waitForDone(msecs)

    @property
    def busy(self) -> bool:
        return bool(self._running)
