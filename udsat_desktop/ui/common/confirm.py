"""Questions that stop an action the user may not have meant."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def confirm_past(parent: QWidget | None, title: str, text: str) -> bool:
    """A date in the past (a deadline, a meeting) is allowed, but only when confirmed."""
    return ask(parent, title, text)


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    """Yes/No with No as the default: Enter does not confirm by accident."""
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
