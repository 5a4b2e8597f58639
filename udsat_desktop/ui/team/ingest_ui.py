"""The coordinator's ingest in the window (issue 31, item 7): a progress bar with how many
records are done of how many and an estimate of the time left, and a Cancel button. A cancel
keeps what was verified (the ingest commits in batches) and the result box says how far it
got; the next ingest goes on from there."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from udsat_desktop.core.estimate import Estimate
from udsat_desktop.ui.common.i18n import fill, fmt_number, translate


def ingest_with_progress(
    parent: QWidget,
    runner: Any,
    work: Callable[..., Any],
    share: Path | None,
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
) -> QProgressDialog:
    """`work(share, progress=, cancelled=)` (the ingest) on a worker, with a progress dialog
    whose Cancel stops it at its next step."""
    dialog = QProgressDialog(
        translate("Ingest", "Indlæser teamets gennemgange…"),
        translate("Ingest", "Annullér"),
        0,
        0,
        parent,
    )
    dialog.setWindowTitle(translate("Ingest", "Indlæs teamets gennemgange"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    estimates: list[Estimate] = []

    def report(done: int, total: int) -> None:
        if dialog.wasCanceled():
            return
        if not estimates or estimates[0].total != total:
            estimates[:] = [Estimate(total)]
        left = estimates[0].seconds_left(time.monotonic(), done)
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, total))
        dialog.setLabelText(progress_label(done, total, left))

    def job(share: Path | None, task: Any) -> Any:
        return work(
            share,
            progress=lambda done, total, _left: task.signals.progress.emit(done, total),
            cancelled=lambda: task.cancelled,
        )

    def done(result: Any) -> None:
        dialog.close()
        on_done(result)

    def failed(exc: BaseException) -> None:
        dialog.close()
        on_error(exc)

    task = runner.start(
        job,
        share,
        on_done=done,
        on_error=failed,
        on_progress=report,
        pass_task=True,
        daemon=True,
    )
    dialog.canceled.connect(lambda: setattr(task, "cancelled", True))
    dialog.show()
    return dialog


def progress_label(done: int, total: int, seconds_left: float | None) -> str:
    head = fill(
        translate("Ingest", "%1 af %2 poster kontrolleret"), fmt_number(done), fmt_number(total)
    )
    if seconds_left is None:
        return head
    if seconds_left < 60:
        return fill(translate("Ingest", "%1, under 1 min tilbage"), head)
    return fill(translate("Ingest", "%1, ca. %2 min tilbage"), head, str(round(seconds_left / 60)))


def cancelled_text(report: Any) -> str:
    """How far a cancelled ingest got (the result box's first line)."""
    return fill(
        translate(
            "Ingest",
            "Afbrudt: %1 af %2 poster er kontrolleret og gemt. Resten indlæses, når du "
            "indlæser igen; det gemte læses ikke igen.",
        ),
        fmt_number(report.handled),
        fmt_number(report.to_read),
    )
