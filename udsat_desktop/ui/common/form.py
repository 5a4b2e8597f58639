"""Small pieces the dialogs share: the error label under a form, showing an error in it, and
a wait cursor around short blocking work."""

import contextlib
from collections.abc import Iterator

from PySide6 import QtCore
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QLabel,
)

from udsat_desktop.ui.common import theme
from udsat_desktop.ui.common.i18n import (
    translate,
)


def error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("errorLabel")
    theme.style_when_shown(label, theme.error_style)  # hidden until an error
    label.setWordWrap(True)
    label.setAccessibleName(translate("Dialogs", "Fejlbesked"))
    label.hide()
    return label


@contextlib.contextmanager
def wait_cursor() -> Iterator[None]:
    """A wait cursor around short, blocking work (key derivation and opening the store)."""
    QGuiApplication.setOverrideCursor(QtCore.Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


def show_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))
