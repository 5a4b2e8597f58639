"""The case queue as a lazily fetched, SQL-backed table model."""

from __future__ import annotations

import datetime as dt
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush

from udsat_desktop.core.cpr import mask_cpr
from udsat_desktop.core.status import OPEN_STATUSES, STATUS_LABELS, CaseStatus, Priority
from udsat_desktop.store.queue import CaseFilter, CaseQueue, QueueColumn, QueueRow
from udsat_desktop.ui.common import theme
from udsat_desktop.ui.common.i18n import QT_TRANSLATE_NOOP, domain, fmt_date, fmt_number

SortRole = Qt.ItemDataRole.UserRole + 1
RowRole = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex

# the roles `CaseQueueModel.data` answers (any other is None without looking at the row)
_ANSWERED = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ForegroundRole,
        SortRole,
        RowRole,
    )
)


class Col(IntEnum):
    CASE_KEY = 0
    NAME = 1
    CPR = 2
    BENEFIT = 3
    PCT = 4
    CASEWORKER = 5
    UNIT = 6
    STATUS = 7
    PRIORITY = 8
    REVIEWER = 9
    DEADLINE = 10
    FLAGS = 11


SQL_COLUMN = {
    Col.CASE_KEY: QueueColumn.CASE_KEY,
    Col.NAME: QueueColumn.NAME,
    Col.CPR: QueueColumn.CPR,
    Col.BENEFIT: QueueColumn.BENEFIT,
    Col.PCT: QueueColumn.PCT,
    Col.CASEWORKER: QueueColumn.CASEWORKER,
    Col.UNIT: QueueColumn.UNIT,
    Col.STATUS: QueueColumn.STATUS,
    Col.PRIORITY: QueueColumn.PRIORITY,
    Col.REVIEWER: QueueColumn.REVIEWER,
    Col.DEADLINE: QueueColumn.DEADLINE,
}

FLAG_LABELS = (
    ("homeless", QT_TRANSLATE_NOOP("Domain", "Hjemløs")),
    ("substance_abuse", QT_TRANSLATE_NOOP("Domain", "Misbrug")),
    ("mental_illness", QT_TRANSLATE_NOOP("Domain", "Psykisk sygdom")),
    ("close_to_clarification", QT_TRANSLATE_NOOP("Domain", "Tæt på afklaring")),
)


def flags_text(row: Any) -> str:
    return ", ".join(domain(label) for attr, label in FLAG_LABELS if getattr(row, attr))


class CaseQueueModel(QAbstractTableModel):
    # rows read on each filter change (every search keystroke): more than a 4K screen shows;
    # a view taller than that asks for the next page by itself (canFetchMore / fetchMore)
    FIRST_PAGE = 100
    PAGE = 500

    def __init__(self, queue: CaseQueue, reviewer_label: Any = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.queue = queue
        self._reviewer_label = reviewer_label or (lambda user_id: user_id or "")
        self._late = theme.error_color()  # overdue deadlines, readable on a dark window too
        # labels translated once: the view asks for them on every repaint of every row
        self._status_text = {s.value: domain(STATUS_LABELS[s]) for s in CaseStatus}
        self._priority_text = {int(p): domain(p.label) for p in Priority}
        self._filter = CaseFilter()
        self._sort = QueueColumn.NAME
        self._descending = False
        self._rows: list[QueueRow] = []
        self._matches = 0
        self._total = 0
        self._queried = False  # no page read yet: a sort before the first refresh only orders
        self._today = dt.date.today()
        self._headers = [
            self.tr("Sagsnøgle"),
            self.tr("Navn"),
            self.tr("CPR-nr."),
            self.tr("Ydelse"),
            self.tr("Ledighed %"),
            self.tr("Sagsbehandler"),
            self.tr("Enhed"),
            self.tr("Status"),
            self.tr("Prioritet"),
            self.tr("Tildelt"),
            self.tr("Frist"),
            self.tr("Markeringer"),
        ]

    # -------------------------------------------------------------- querying

    @property
    def current_filter(self) -> CaseFilter:
        return self._filter

    @property
    def matches(self) -> int:
        return self._matches

    @property
    def total(self) -> int:
        return self._total

    def refresh(self, *, recount: bool = True) -> None:
        """Re-run the query from the top (after an import, a filter or a sort change). A new
        filter leaves the number of cases as it was (`recount=False`): counting every case
        on each keystroke of a search cost a scan of the whole table."""
        self.beginResetModel()
        self._queried = True
        if recount or not self._total:  # (none counted yet: count now)
            self._total = self.queue.count()
        self._matches = self._total if self._filter.is_empty() else self.queue.count(self._filter)
        self._rows = self.queue.page(
            self._filter, self._sort, self._descending, 0, self.FIRST_PAGE, hits=self._matches
        )
        self._today = dt.date.today()
        self.endResetModel()

    def set_filter(self, case_filter: CaseFilter) -> None:
        if case_filter != self._filter:
            self._filter = case_filter
            self.refresh(recount=False)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        sql = SQL_COLUMN.get(Col(column))
        if sql is None:
            return
        if not self._queried:
            # the view's header sets its sort twice while the window is built, before the
            # window's own first refresh: two full first-page queries the launch did not need
            self._sort, self._descending = sql, order == Qt.SortOrder.DescendingOrder
            return
        self.layoutAboutToBeChanged.emit()
        self._sort, self._descending = sql, order == Qt.SortOrder.DescendingOrder
        self.layoutChanged.emit()
        self.refresh()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and len(self._rows) < self._matches

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if parent.isValid():
            return
        more = self.queue.page(
            self._filter,
            self._sort,
            self._descending,
            len(self._rows),
            self.PAGE,
            hits=self._matches,
        )
        if not more:
            self._matches = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def update_case(self, case_id: int) -> None:
        """Re-read one case after a change (targeted dataChanged, no reset of the list)."""
        row = self.row_of_case(case_id)
        fresh = self.queue.row(case_id)
        if row < 0 or fresh is None:
            return
        self._rows[row] = fresh
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(Col) - 1))

    def row_object(self, row: int) -> QueueRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of_case(self, case_id: int) -> int:
        for i, r in enumerate(self._rows):
            if r.id == case_id:
                return i
        return -1

    # -------------------------------------------------------------- model API

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Col)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._headers)
            and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
        ):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # a view asks every cell for about ten roles per paint; most are answered at once
        if role not in _ANSWERED or not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        col = Col(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == SortRole:
            return self._sort_value(row, col)
        if role == RowRole:
            return row
        if role == Qt.ItemDataRole.ToolTipRole and col == Col.CPR:
            return self.tr("CPR-nummeret er skjult. Vælg »Vis CPR« i sagspanelet for at se det.")
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (Col.PCT, Col.DEADLINE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and col == Col.DEADLINE
            and row.deadline
            and row.deadline < self._today
            and row.status in OPEN_STATUSES
        ):
            return QBrush(self._late)
        return None

    # Complexity (C901): one `case` per queue column.
    def _display(self, row: QueueRow, col: Col) -> str:  # noqa: C901
        match col:
            case Col.CASE_KEY:
                return row.case_key
            case Col.NAME:
                return row.name
            case Col.CPR:
                return mask_cpr(row.cpr)
            case Col.BENEFIT:
                return row.benefit_type or ""
            case Col.PCT:
                return (
                    ""
                    if row.unemployment_pct is None
                    else fmt_number(
                        row.unemployment_pct, 0 if row.unemployment_pct.is_integer() else 1
                    )
                )
            case Col.CASEWORKER:
                return row.caseworker or ""
            case Col.UNIT:
                return row.jobcenter_unit or ""
            case Col.STATUS:
                return self._status_text.get(row.status, row.status)
            case Col.PRIORITY:
                return self._priority_text.get(row.priority, str(row.priority))
            case Col.REVIEWER:
                return self._reviewer_label(row.assigned_reviewer) if row.assigned_reviewer else ""
            case Col.DEADLINE:
                return fmt_date(row.deadline)
            case Col.FLAGS:
                return flags_text(row)
        return ""  # pragma: no cover

    def _sort_value(self, row: QueueRow, col: Col) -> Any:
        match col:
            case Col.PCT:
                return row.unemployment_pct if row.unemployment_pct is not None else -1.0
            case Col.PRIORITY:
                return row.priority
            case Col.DEADLINE:
                return row.deadline.toordinal() if row.deadline else 0
            case Col.CPR:
                return row.cpr[4:6] + row.cpr[2:4] + row.cpr[:2]
            case _:
                return self._display(row, col)
