"""What an import will do, shown before it writes: the header row (chosen by the user when
it was not found), the first rows of the file with each column's mapping in its heading, and
the columns that will not be imported."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from udsat_desktop.core.target_list import (
    FIELD_BY_KEY,
    MAX_HEADER_SCAN,
    IgnoredColumn,
    RawTable,
    column_letter,
    ignored_columns,
)
from udsat_desktop.ui.common import theme
from udsat_desktop.ui.common.i18n import domain, fill

PREVIEW_ROWS = 8  # data rows shown under the header


@dataclass
class Preview:
    """The file as read for the preview (on a worker): the table, the mapping it would be
    imported with, and what stops the import, if anything."""

    table: RawTable
    mapping: dict[str, int]
    problems: list[str]


def cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


class ImportPreview(QGroupBox):
    """The header row, the first rows and each column's fate."""

    header_row_changed = Signal(int)  # the user chose another header row

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Forhåndsvisning – intet er importeret endnu"))
        self.header_row = QSpinBox()
        self.header_row.setRange(1, MAX_HEADER_SCAN)
        self.header_row.setAccessibleName(self.tr("Overskriftsrække"))
        self.header_row.setToolTip(
            self.tr(
                "Rækken med kolonneoverskrifterne. Står der en titel eller grupperede "
                "overskrifter over dem, vælg rækken med de egentlige overskrifter."
            )
        )
        self.header_row.editingFinished.connect(self._row_chosen)
        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(self.tr("De første rækker i filen"))
        self.table.setToolTip(self.tr("Overskriften viser, hvad hver kolonne importeres som"))
        self.ignored_label = QLabel()
        self.ignored_label.setWordWrap(True)
        self.ignored_label.setAccessibleName(self.tr("Kolonner der ikke importeres"))
        self.ignored_label.setStyleSheet(theme.muted_style(9))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Overskrifter i række:")))
        row.addWidget(self.header_row)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.ignored_label)
        self.ignored: list[IgnoredColumn] = []
        self._shown: RawTable | None = None

    @property
    def shown(self) -> RawTable | None:
        """The table the preview shows (None before the first)."""
        return self._shown

    def _row_chosen(self) -> None:
        if self._shown is not None and self.header_row.value() != self._shown.header_row:
            self.header_row_changed.emit(self.header_row.value())

    def show_preview(self, table: RawTable, mapping: dict[str, int]) -> None:
        self._shown = table
        self.header_row.blockSignals(True)
        self.header_row.setValue(table.header_row)
        self.header_row.blockSignals(False)
        rows = [cells for _n, cells in table.rows if any(c not in (None, "") for c in cells)]
        rows = rows[:PREVIEW_ROWS]
        width = max([len(table.headers), *(len(cells) for cells in rows)], default=0)
        self.table.clear()
        self.table.setColumnCount(width)
        self.table.setRowCount(len(rows))
        for r, cells in enumerate(rows):
            for c, value in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(cell_text(value)))
        self.show_mapping(mapping)

    def show_mapping(self, mapping: dict[str, int]) -> None:
        """Each column's heading says what it becomes; the unused ones are listed below."""
        table = self._shown
        if table is None:
            return
        by_column = {index: key for key, index in mapping.items()}
        for c in range(self.table.columnCount()):
            header = table.headers[c] if c < len(table.headers) else ""
            key = by_column.get(c)
            fate = (
                fill(self.tr("→ %1"), domain(FIELD_BY_KEY[key].label))
                if key
                else self.tr("→ importeres ikke")
            )
            item = QTableWidgetItem(f"{column_letter(c)}: {header}\n{fate}")
            item.setToolTip(fate)
            self.table.setHorizontalHeaderItem(c, item)
        self.ignored = ignored_columns(table, mapping)
        if self.ignored:
            names = ", ".join(
                fill(self.tr("%1 »%2«"), c.column, c.header) if c.header else c.column
                for c in self.ignored
            )
            self.ignored_label.setText(
                fill(self.tr("Importeres ikke: %1. Vælg dem ovenfor, hvis de skal med."), names)
            )
        else:
            self.ignored_label.setText(self.tr("Alle kolonner bruges."))
