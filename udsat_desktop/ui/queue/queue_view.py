"""The queue's widgets, laid out and nothing more: the search box and filters, the case table,
the count of cases shown and the case panel beside them. `QueueController` gives them their
behaviour; the main window puts the view in its centre."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from udsat_desktop.core.status import STATUS_LABELS, CaseStatus, Priority
from udsat_desktop.store.queue import UNASSIGNED, CaseFilter
from udsat_desktop.ui.common.i18n import domain, fill
from udsat_desktop.ui.queue.case_panel import CasePanel
from udsat_desktop.ui.queue.queue_model import FLAG_LABELS, CaseQueueModel, Col


class QueueFilters(QWidget):
    """Search box and filters; emits the resulting `CaseFilter` on every change."""

    changed = Signal(object)

    def __init__(
        self, units: list[str], reviewers: list[tuple[str, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Søg navn, sagsnøgle eller CPR-nr. (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Søg i sager"))
        self.search.setToolTip(self.tr("Søg efter navn, sagsnøgle eller CPR-nummer"))
        self.status = QComboBox()
        self.status.addItem(self.tr("Alle statusser"), None)
        for status in CaseStatus:
            self.status.addItem(domain(STATUS_LABELS[status]), status.value)
        self.reviewer = QComboBox()
        self.reviewer.addItem(self.tr("Alle gennemgåere"), None)
        self.reviewer.addItem(self.tr("Ikke tildelt"), UNASSIGNED)
        for user_id, label in reviewers:
            self.reviewer.addItem(label, user_id)
        self.unit = QComboBox()
        self.unit.addItem(self.tr("Alle enheder"), None)
        for unit in units:
            self.unit.addItem(unit, unit)
        self.priority = QComboBox()
        self.priority.addItem(self.tr("Alle prioriteter"), None)
        for priority in Priority:
            self.priority.addItem(domain(priority.label), int(priority))
        for combo, name in (
            (self.status, self.tr("Filtrér på status")),
            (self.reviewer, self.tr("Filtrér på gennemgåer")),
            (self.unit, self.tr("Filtrér på enhed")),
            (self.priority, self.tr("Filtrér på prioritet")),
        ):
            combo.setAccessibleName(name)
            combo.setToolTip(name)
            combo.currentIndexChanged.connect(self._emit)
        self.flags: dict[str, QCheckBox] = {}
        for key, source in FLAG_LABELS:
            label = domain(source)
            box = QCheckBox(label)
            box.setAccessibleName(fill(self.tr("Kun sager markeret: %1"), label))
            box.setToolTip(fill(self.tr("Vis kun sager markeret »%1«"), label))
            box.toggled.connect(self._emit)
            self.flags[key] = box
        self.search.textChanged.connect(self._emit)
        top = QHBoxLayout()
        top.addWidget(self.search, 3)
        for combo in (self.status, self.reviewer, self.unit, self.priority):
            top.addWidget(combo, 1)
        flags = QHBoxLayout()
        flags.addWidget(QLabel(self.tr("Kun:")))
        for box in self.flags.values():
            flags.addWidget(box)
        flags.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(flags)

    def current(self) -> CaseFilter:
        status = self.status.currentData()
        return CaseFilter(
            text=self.search.text(),
            statuses=frozenset({status}) if status else frozenset(),
            reviewer=self.reviewer.currentData(),
            unit=self.unit.currentData(),
            flags=frozenset(k for k, box in self.flags.items() if box.isChecked()),
            priority=self.priority.currentData(),
        )

    def _emit(self, *_: object) -> None:
        self.changed.emit(self.current())


class QueueView(QSplitter):
    """Filters, table and count on the left, the case panel on the right."""

    def __init__(
        self,
        model: CaseQueueModel,
        units: list[str],
        reviewers: list[tuple[str, str]],
        reviewer_label: Any,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.filters = QueueFilters(units, reviewers)
        self.table = QTableView()
        self.table.setModel(model)
        self.table.setAccessibleName(self.tr("Sagskø"))
        self.table.setToolTip(self.tr("Sagskøen. Pil op/ned vælger, Enter åbner sagen."))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(Col.NAME, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        for col, width in (
            (Col.CASE_KEY, 95),
            (Col.NAME, 200),
            (Col.CPR, 100),
            (Col.BENEFIT, 210),
            (Col.PCT, 80),
            (Col.CASEWORKER, 170),
            (Col.UNIT, 110),
            (Col.STATUS, 130),
            (Col.PRIORITY, 75),
            (Col.REVIEWER, 130),
            (Col.DEADLINE, 90),
        ):
            header = self.table.horizontalHeader()  # never narrower than its title (English)
            title = str(self.table.model().headerData(col, Qt.Orientation.Horizontal) or "")
            bold = QFont(header.font())
            bold.setBold(True)
            self.table.setColumnWidth(
                col, max(width, QFontMetrics(bold).horizontalAdvance(title) + 12)
            )
        self.panel = CasePanel(reviewer_label)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Antal viste sager"))

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(6, 6, 6, 6)
        left_layout.addWidget(self.filters)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count_label)
        self.addWidget(left)
        self.addWidget(self.panel)
        self.setStretchFactor(0, 4)
        self.setStretchFactor(1, 1)
