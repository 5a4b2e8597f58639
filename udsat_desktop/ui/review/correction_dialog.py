"""*Opret rettelse* asks why (issue 29): the reason is required, printed in the correction's
summary and shown to the coordinator. Opened window-modal and not blocking (`open()`), so
the review window stays responsive and tests type into it like a person."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from udsat_desktop.ui.common.i18n import fill


class CorrectionReasonDialog(QDialog):
    def __init__(self, version: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Opret rettelse"))
        intro = QLabel(
            fill(
                self.tr(
                    "Hvorfor rettes den underskrevne version %1? Begrundelsen står i rettelsens "
                    "sammenfatning sammen med de felter, du ændrer, og koordinatoren ser den."
                ),
                version,
            )
        )
        intro.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setAccessibleName(self.tr("Begrundelse for rettelsen"))
        self.reason.setPlaceholderText(self.tr("Fx: nye oplysninger modtaget"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Opret rettelse"))
        self.ok.setEnabled(False)
        self.reason.textChanged.connect(
            lambda: self.ok.setEnabled(bool(self.reason.toPlainText().strip()))
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self.resize(480, 220)

    def text(self) -> str:
        return self.reason.toPlainText().strip()
