"""*Sammenlign versioner*: any two signed versions of a case field by field, differences
marked, with each correction's reason (issue 29). Read-only; opened from the case panel."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from udsat_desktop.store.conflicts import compare_versions, corrections_of
from udsat_desktop.store.db import Database
from udsat_desktop.store.versions import signed_versions
from udsat_desktop.ui.common.i18n import fill

DIFFERENT = QColor("#fff1c2")


class VersionsDialog(QDialog):
    def __init__(self, db: Database, case_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.case_key = db, case_key
        self.setWindowTitle(fill(self.tr("Sammenlign versioner – sag %1"), case_key))
        self.resize(1000, 640)
        self.versions = signed_versions(db, case_key)
        self.corrections = corrections_of(db, case_key)
        self.first, self.second = QComboBox(), QComboBox()
        self.first.setAccessibleName(self.tr("Første version"))
        self.second.setAccessibleName(self.tr("Anden version"))
        for combo in (self.first, self.second):
            for v in self.versions:
                combo.addItem(
                    fill(self.tr("Version %1 (%2)"), v.version, v.review_key), v.review_key
                )
        if len(self.versions) > 1:
            self.first.setCurrentIndex(len(self.versions) - 2)
            self.second.setCurrentIndex(len(self.versions) - 1)
        self.reasons = QLabel()
        self.reasons.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setAccessibleName(self.tr("Felterne side om side"))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        for combo in (self.first, self.second):
            combo.currentIndexChanged.connect(self.compare)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Sammenlign:")))
        row.addWidget(self.first, 1)
        row.addWidget(QLabel(self.tr("med")))
        row.addWidget(self.second, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.reasons)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.compare()

    def compare(self) -> None:
        a, b = self.first.currentData(), self.second.currentData()
        if not a or not b:
            return
        rows = compare_versions(self.db, self.case_key, a, b)
        self.table.setRowCount(len(rows))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Felt"), self.first.currentText(), self.second.currentText()]
        )
        for r, (label, first, second) in enumerate(rows):
            different = first != second
            for c, text in enumerate((("≠ " if different else "") + label, first, second)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if different:
                    item.setBackground(QBrush(DIFFERENT))
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()
        lines = [
            fill(self.tr("Rettelse %1: %2"), key, self.corrections[key][0])
            for key in (a, b)
            if key in self.corrections
        ]
        self.reasons.setText("\n".join(lines))
