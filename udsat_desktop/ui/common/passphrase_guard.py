"""What a passphrase field says after a wrong try: the count, a growing wait before the next
try (guessing gets slow, a typo costs nothing), a Caps Lock hint while typing, and what to do
when the passphrase is forgotten. Used by the unlock dialog, the lock page and the signing
key's dialog."""

from __future__ import annotations

from collections.abc import Callable

from PySide6 import QtCore
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from udsat_desktop.ui.common import theme
from udsat_desktop.ui.common.i18n import fill, translate

FREE_TRIES = 2  # a typo or two costs nothing
MAX_WAIT_S = 30


def forgotten_database_text() -> str:
    return translate(
        "Passphrase",
        "Glemt adgangskoden? Den kan ikke nulstilles, og sagerne på denne computer kan ikke "
        "åbnes uden den – heller ikke af IT. Kontakt teamets koordinator eller kommunens "
        "IT-support: du får en ny profil, og dine sager tildeles dig igen fra fællesmappen.",
    )


def forgotten_key_text() -> str:
    return translate(
        "Passphrase",
        "Glemt adgangskoden til signeringsnøglen? Den kan ikke nulstilles, og nøglen kan "
        "ikke bruges uden den. Kontakt teamets koordinator: du laver en ny nøgle, som "
        "koordinatoren godkender på teamets holdliste.",
    )


def wait_seconds(attempts: int) -> int:
    """Seconds to wait after the `attempts`-th wrong try: 0, 0, then 2, 4, 8, 16, 30, 30 …"""
    if attempts <= FREE_TRIES:
        return 0
    return int(min(MAX_WAIT_S, 2 ** (attempts - FREE_TRIES)))


def caps_lock_from_key(event: QKeyEvent) -> bool | None:
    """Caps Lock as a typed letter shows it: an upper-case letter without Shift (or a lower-case
    one with Shift) means it is on; None when the key says nothing (not a letter)."""
    text = event.text()
    if len(text) != 1 or not text.isalpha() or text.upper() == text.lower():
        return None
    shift = bool(event.modifiers() & QtCore.Qt.KeyboardModifier.ShiftModifier)
    return text.isupper() != shift


class CapsLockWatch(QObject):
    """Shows `label` while the letters typed into `edit` say that Caps Lock is on."""

    def __init__(self, edit: QLineEdit, label: QLabel) -> None:
        super().__init__(edit)
        self.edit, self.label = edit, label
        label.setText(translate("Passphrase", "Caps Lock er slået til."))
        label.setObjectName("capsLockHint")
        label.setAccessibleName(translate("Passphrase", "Caps Lock"))
        theme.style_when_shown(label, theme.error_style)
        label.hide()
        edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            caps = caps_lock_from_key(event)
            if caps is not None:
                self.label.setVisible(caps)
        return False


class WrongTries:
    """Counts wrong tries; after the free ones, `controls` stay disabled for a growing wait.
    `wait` (attempts → seconds) and `ms_per_second` can be replaced, e.g. by a test that does
    not want to wait real seconds."""

    def __init__(
        self,
        controls: list[QWidget],
        message: QLabel,
        forgotten: QLabel,
        wrong_text: str,
        wait: Callable[[int], int] = wait_seconds,
    ) -> None:
        self.controls, self.message, self.forgotten = controls, message, forgotten
        self.wrong_text = wrong_text
        self.attempts = 0
        self.wait = wait
        self.ms_per_second = 1000
        self.waiting = False
        forgotten.setWordWrap(True)
        forgotten.setObjectName("forgottenHelp")
        theme.style_when_shown(forgotten, theme.muted_style)
        forgotten.hide()

    def wrong(self) -> None:
        self.attempts += 1
        seconds = max(0, int(self.wait(self.attempts)))
        text = fill(
            translate("Passphrase", "%1 (forkert forsøg nr. %2)."),
            self.wrong_text,
            str(self.attempts),
        )
        if seconds:
            text += " " + fill(  # the waits are 2, 4, 8, 16 and 30 seconds
                translate("Passphrase", "Du kan prøve igen om %1 sekunder."),  # never 1
                str(seconds),
            )
            self.waiting = True
            for control in self.controls:
                control.setEnabled(False)
            QTimer.singleShot(seconds * self.ms_per_second, self._ready)
        else:
            text += " " + translate("Passphrase", "Prøv igen.")
        self.message.setText(text)
        self.message.show()
        self.forgotten.show()

    def _ready(self) -> None:
        self.waiting = False
        for control in self.controls:
            control.setEnabled(True)
        if self.controls and isinstance(self.controls[0], QLineEdit):
            self.controls[0].setFocus()
