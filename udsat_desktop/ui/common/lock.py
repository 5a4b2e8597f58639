"""Locking: after a configurable time without input (default 10 minutes) or on Ctrl+Shift+L,
every window with case data is hidden and the main window shows only a passphrase field. The
locked window's title names no case and no person. Open reviews are saved first."""

from __future__ import annotations

import logging
import time
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from udsat_desktop.ui.common.i18n import QT_TRANSLATE_NOOP, translate
from udsat_desktop.ui.common.passphrase_guard import (
    CapsLockWatch,
    WrongTries,
    forgotten_database_text,
)

log = logging.getLogger(__name__)
LOCKED_TITLE = QT_TRANSLATE_NOOP("Lock", "Udsat Desktop – låst")
_INPUT = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.Wheel,
    QEvent.Type.MouseMove,
    QEvent.Type.TouchBegin,
}


class LockPage(QWidget):
    unlock_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("<h2>Udsat Desktop er låst</h2>"))
        text = QLabel(
            self.tr(
                "Skriv din adgangskode for at fortsætte. Sagerne er skjult, "
                "mens programmet er låst."
            )
        )
        text.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Adgangskode"))
        self.passphrase.setToolTip(self.tr("Adgangskoden til databasen"))
        self.passphrase.returnPressed.connect(self._submit)
        button = QPushButton(self.tr("&Lås op"))
        button.setToolTip(self.tr("Lås op med adgangskoden"))
        button.clicked.connect(self._submit)
        self.message = QLabel()
        self.message.setAccessibleName(self.tr("Besked"))
        self.message.setWordWrap(True)
        self.caps = QLabel()
        CapsLockWatch(self.passphrase, self.caps)
        self.forgotten = QLabel(forgotten_database_text())
        self.button = button
        self.tries = WrongTries(
            [self.passphrase, button], self.message, self.forgotten, self.tr("Forkert adgangskode")
        )
        box = QVBoxLayout()
        for w in (title, text, self.passphrase, self.caps, button, self.message, self.forgotten):
            box.addWidget(w)
        holder = QWidget()
        holder.setLayout(box)
        holder.setMaximumWidth(460)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(holder)
        outer.addStretch(2)

    def _submit(self) -> None:
        if not self.tries.waiting:
            self.unlock_requested.emit(self.passphrase.text())


class LockController(QObject):
    """Watches input on the whole application and locks the main window when idle."""

    locked_changed = Signal(bool)

    def __init__(self, window: Any, minutes: int) -> None:
        super().__init__(window)
        self.window = window
        self.minutes = minutes
        self.last_input = time.monotonic()
        self.locked = False
        self.hidden: list[QWidget] = []
        self.title = ""
        self.unlock_ms = 0.0
        self.timer = QTimer(self)
        self.timer.setInterval(15_000)
        self.timer.timeout.connect(self.check_idle)
        # Input reaches a top-level's QWindow before any widget, so watching the windows (not
        # the whole application, where every paint and layout event would call into Python)
        # sees all user activity at a fraction of the cost.
        self._watched: set[int] = set()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusWindowChanged.connect(self._watch)
            self._watch(app.focusWindow())
        if minutes > 0:
            self.timer.start()

    def _watch(self, window: QObject | None) -> None:
        if window is not None and id(window) not in self._watched:
            self._watched.add(id(window))
            window.installEventFilter(self)
            window.destroyed.connect(lambda *_: self._watched.discard(id(window)))

    def watch_window(self, widget: QWidget) -> None:
        handle = widget.windowHandle()
        if handle is not None:
            self._watch(handle)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT and not self.locked:
            self.last_input = time.monotonic()
        return False

    def check_idle(self) -> bool:
        if (
            self.minutes > 0
            and not self.locked
            and time.monotonic() - self.last_input >= self.minutes * 60
        ):
            self.lock()
            return True
        return False

    def lock(self) -> None:
        if self.locked:
            return
        window = self.window
        for other in list(window.review_windows):
            try:
                other.save_now()
            except Exception:  # saving must never keep the screen unlocked
                log.exception("saving before lock failed")
        self.hidden = [
            w for w in QApplication.topLevelWidgets() if w is not window and w.isVisible()
        ]
        for w in self.hidden:
            w.hide()
        self.title = window.windowTitle()
        window.setWindowTitle(translate("Lock", LOCKED_TITLE))
        window.stack.setCurrentWidget(window.lock_page)
        window.menuBar().setEnabled(False)
        window.lock_page.passphrase.clear()
        window.lock_page.message.clear()
        window.lock_page.passphrase.setFocus()
        self.locked = True
        log.info("window locked")
        self.locked_changed.emit(True)

    def try_unlock(self, passphrase: str) -> bool:
        window = self.window
        started = time.perf_counter()
        ok = window.db.matches(window.paths.keyinfo, passphrase)
        self.unlock_ms = (time.perf_counter() - started) * 1000
        window.lock_page.passphrase.clear()
        if not ok:
            window.lock_page.tries.wrong()
            log.info("unlock refused")
            return False
        window.stack.setCurrentIndex(0)
        window.menuBar().setEnabled(True)
        window.setWindowTitle(self.title)
        for w in self.hidden:
            w.show()
        self.hidden = []
        self.locked = False
        self.last_input = time.monotonic()
        log.info("window unlocked")
        self.locked_changed.emit(False)
        return True
