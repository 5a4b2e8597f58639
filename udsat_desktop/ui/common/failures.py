"""What the window shows when something fails (`core.errors`).

A `UserError` is told in a message box in the UI's language — never the crash dialog, and no
crash file. A bug goes to `app.install_excepthook`: the crash file and the crash dialog; a bug
in a background task is one sentence in the window (`failure_text`), its traceback in the log.
A save that the store refuses (a full disk, a read-only database: `store.sqlite_errors`) keeps
the user's text in the window, and the message says so.
"""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from udsat_desktop.core.crash import crash_text
from udsat_desktop.core.errors import UserError
from udsat_desktop.core.text import Msg, message_of
from udsat_desktop.ui.common.i18n import error_text, fill, translate

log = logging.getLogger(__name__)


def show_user_error(exc: UserError, parent: QWidget | None = None) -> None:
    """An error the user can act on, raised where nobody caught it (a slot): told, not a
    crash."""
    log.warning("refused: %s", type(exc).__name__)
    if QApplication.instance() is None:
        return
    QMessageBox.warning(
        parent or QApplication.activeWindow(),
        translate("Failures", "Udsat Desktop"),
        error_text(exc),
    )


def failure_text(exc: BaseException) -> str:
    """What a window shows for a task that failed: a user error's (or the system's) own
    sentence; for a bug one sentence, with where it went wrong written to the log (types and
    frames only, as in a crash file: `app.crash_text`)."""
    if isinstance(exc, UserError):
        return error_text(exc)
    if isinstance(exc, OSError):  # the system refused (a full disk, no access): not a bug
        if exc.strerror is None and exc.args:  # raised here with a sentence (ui.printing)
            return error_text(exc)
        return fill(
            translate("Failures", "En fil kunne ikke læses eller skrives (%1)."),
            error_text(exc) if exc.errno is not None else type(exc).__name__,
        )
    if isinstance(message_of(exc), Msg):
        return error_text(exc)

    log.error("a task failed unexpectedly:\n%s", crash_text(exc, exc.__traceback__))
    return fill(
        translate("Failures", "Der opstod en uventet fejl (%1); detaljerne står i logfilen."),
        type(exc).__name__,
    )


def not_saved_text(exc: BaseException) -> str:
    """Why a review's answers were not saved, and that they are still in the window."""
    return fill(
        translate(
            "Failures",
            "Ikke gemt: %1 Dine svar står stadig i vinduet og gemmes, så snart det lykkes.",
        ),
        error_text(exc),
    )


def close_without_saving(parent: QWidget, exc: BaseException) -> bool:
    """Asked when a window closes and its answers cannot be saved: True to close anyway
    (the unsaved answers are lost), False (the default) to keep the window open."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("Failures", "Ikke gemt"),
        fill(
            translate("Failures", "%1\n\nLuk alligevel? Dine seneste svar går tabt."),
            not_saved_text(exc),
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setDefaultButton(QMessageBox.StandardButton.No)
    parent.unsaved_box = box  # type: ignore[attr-defined]  # for tests and tools
    return box.exec() == QMessageBox.StandardButton.Yes
