"""Opfølgning: open and overdue next steps across cases, filterable by organisation and person."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from udsat_desktop.core.consent import StepOrganisation
from udsat_desktop.core.danish import one_or_many
from udsat_desktop.store.db import Database
from udsat_desktop.store.reviews import FollowUpRow, follow_up
from udsat_desktop.store.versions import open_conflict_keys
from udsat_desktop.ui.common import theme
from udsat_desktop.ui.common.i18n import domain, fill, fmt_date, fmt_number


class FollowUpWindow(QMainWindow):
    open_case = Signal(str)  # case key

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Opfølgning – Udsat Desktop"))
        self.org = QComboBox()
        self.org.addItem(self.tr("Alle organisationer"), None)
        for org in StepOrganisation:
            self.org.addItem(domain(org.label), org.value)
        self.person = QLineEdit()
        self.person.setPlaceholderText(self.tr("Ansvarlig person (præcist navn)"))
        self.overdue = QCheckBox(self.tr("Kun overskredne"))
        for widget, name in (
            (self.org, self.tr("Filtrér på organisation")),
            (self.person, self.tr("Filtrér på ansvarlig person")),
            (self.overdue, self.tr("Vis kun overskredne skridt")),
        ):
            widget.setAccessibleName(name)
            widget.setToolTip(name)
        self.org.currentIndexChanged.connect(self.reload)
        self.person.editingFinished.connect(self.reload)
        self.overdue.toggled.connect(self.reload)
        self.table = QTableWidget(0, 7)
        self.table.setToolTip(self.tr("Åbne næste skridt; Enter åbner sagen"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Sag"),
                self.tr("Næste skridt"),
                self.tr("Ansvarlig"),
                self.tr("Person"),
                self.tr("Frist"),
                self.tr("Samtykke"),
                self.tr("Kilde"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Åbne næste skridt"))
        self.table.activated.connect(
            lambda index: self.open_case.emit(self.rows[index.row()].case_key)
        )
        self.count = QLabel()
        filters = QHBoxLayout()
        filters.addWidget(self.org)
        filters.addWidget(self.person)
        filters.addWidget(self.overdue)
        filters.addStretch(1)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self.setCentralWidget(central)
        self.resize(1000, 600)
        self.rows: list[FollowUpRow] = []
        self.reload()

    def reload(self, *_: Any) -> None:
        today = dt.date.today()
        self.rows = follow_up(
            self.db,
            organisation=self.org.currentData(),
            person=self.person.text().strip() or None,
            overdue_only=self.overdue.isChecked(),
            today=today,
        )
        self.table.setRowCount(len(self.rows))
        overdue = 0
        for r, row in enumerate(self.rows):
            step = row.step
            late = step.overdue(today)
            overdue += late
            values = [
                row.case_key,
                domain(step.type_label),
                domain(StepOrganisation(step.organisation).label),
                step.person or "",
                fmt_date(step.deadline) + (" !" if late else ""),
                step.consent_flag or "",
                domain(row.source),
            ]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if (c == 4 and late) or (c == 5 and step.consent_flag):
                    item.setForeground(theme.error_color())
                self.table.setItem(r, c, item)
        steps = one_or_many(
            len(self.rows), self.tr("%1 åbent næste skridt"), self.tr("%1 åbne næste skridt")
        )

        in_conflict = sorted(open_conflict_keys(self.db))
        self.count.setText(
            fill(steps, fmt_number(len(self.rows)))
            + ", "
            + fill(self.tr("heraf %1 overskredet"), fmt_number(overdue))
            + (
                "\n"
                + fill(
                    self.tr(
                        "Konflikt: %1 – deres næste skridt tælles ikke, før koordinatoren har "
                        "valgt den gældende gennemgang"
                    ),
                    ", ".join(in_conflict),
                )
                if in_conflict
                else ""
            )
        )
