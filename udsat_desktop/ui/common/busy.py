"""Work the user waits for, off the GUI thread, with a progress indicator.

Re-keying the database, checking the audit chain, writing the citizen's log and every call
that can touch the shared folder take longer than a page query, and a network drive can stop
answering altogether. `run_busy` runs such work on a worker and shows a busy progress dialog
(after a short delay, so quick work does not flash one); the window keeps repainting and
answering. Work that can touch the share runs on a daemon thread and may be abandoned with
*Annullér*: its result is then ignored, and it never keeps the program from exiting.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from udsat_desktop.ui.common.i18n import translate
from udsat_desktop.ui.common.tasks import TaskRunner

SHOW_AFTER_MS = 300


class BusyTask(QObject):
    """One piece of work and its progress dialog; `finished` fires on the GUI thread."""

    finished = Signal()

    def __init__(
        self,
        parent: QWidget,
        title: str,
        label: str,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
        daemon: bool = True,
        cancellable: bool = True,
        modality: Qt.WindowModality = Qt.WindowModality.WindowModal,
    ) -> None:
        super().__init__(parent)
        self.on_done, self.on_error = on_done, on_error
        self.abandoned = self.done = False
        self.dialog = QProgressDialog(label, translate("Busy", "Annullér"), 0, 0, parent)
        if not cancellable:
            self.dialog.setCancelButton(None)  # Qt takes None: no cancel button
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(modality)
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setAccessibleName(label)
        self.dialog.canceled.connect(self.abandon)
        self.runner = TaskRunner(self)
        self.runner.start(fn, *args, on_done=self._done, on_error=self._failed, daemon=daemon)

    def abandon(self) -> None:
        """The user stopped waiting: the work may go on in the background, unheard."""
        if self.done:
            return
        self.abandoned = self.done = True
        self.dialog.hide()
        self.finished.emit()

    def _close(self) -> bool:
        if self.abandoned:
            return False
        self.done = True
        self.dialog.canceled.disconnect(self.abandon)
        self.dialog.hide()
        self.dialog.deleteLater()
        return True

    def _done(self, result: Any) -> None:
        if self._close():
            self.on_done(result)
            self.finished.emit()

    def _failed(self, exc: BaseException) -> None:
        if self._close():
            if self.on_error is None:
                self.finished.emit()
                raise exc
            self.on_error(exc)
            self.finished.emit()


def run_busy(
    parent: QWidget,
    title: str,
    label: str,
    fn: Callable[..., Any],
    *args: Any,
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None] | None = None,
    daemon: bool = True,
    cancellable: bool = True,
    modality: Qt.WindowModality = Qt.WindowModality.WindowModal,
) -> BusyTask:
    task = BusyTask(
        parent,
        title,
        label,
        fn,
        *args,
        on_done=on_done,
        on_error=on_error,
        daemon=daemon,
        cancellable=cancellable,
        modality=modality,
    )
    parent.busy_task = task  # type: ignore[attr-defined]  # the latest, for tests and tools
    return task
