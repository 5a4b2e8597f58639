"""Two small dialogs of the team and sync area: the sync log (each queued file and its state
on the share) and the choice of the colleague that selected cases are assigned to."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from udsat_desktop.core.danish import one_or_many
from udsat_desktop.platform.paths import AppPaths
from udsat_desktop.store.sync_work import sync_log
from udsat_desktop.sync.pending import pending_files
from udsat_desktop.ui.common.i18n import (
    QT_TRANSLATE_NOOP,
    domain,
    fill,
    fmt_datetime,
    fmt_number,
    translate,
)


class SyncLogDialog(QDialog):
    """Each outbox file and its state on the share."""

    HEADERS = (
        QT_TRANSLATE_NOOP("SyncLogDialog", "Fil"),
        QT_TRANSLATE_NOOP("SyncLogDialog", "Mål på fællesmappen"),
        QT_TRANSLATE_NOOP("SyncLogDialog", "Tilstand"),
        QT_TRANSLATE_NOOP("SyncLogDialog", "Forsøg"),
        QT_TRANSLATE_NOOP("SyncLogDialog", "Sidste forsøg"),
        QT_TRANSLATE_NOOP("SyncLogDialog", "Besked"),
    )
    STATES = (
        QT_TRANSLATE_NOOP("Domain", "venter"),  # the states sync/engine.py logs
        QT_TRANSLATE_NOOP("Domain", "synkroniseret"),
        QT_TRANSLATE_NOOP("Domain", "konflikt"),
        QT_TRANSLATE_NOOP("Domain", "afvist"),
    )  # a hostile file on the share, not read

    def __init__(self, db: Any, paths: AppPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.paths = db, paths
        self.setWindowTitle(self.tr("Synkroniseringslog"))
        self.table = QTableWidget(0, len(self.HEADERS))
        self.table.setHorizontalHeaderLabels([translate("SyncLogDialog", h) for h in self.HEADERS])
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Synkroniseringslog"))
        self.table.setToolTip(self.tr("Hver fil i udbakken og dens tilstand på fællesmappen"))
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Oversigt"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.resize(1000, 420)
        self.refresh()

    def refresh(self) -> None:

        rows = sync_log(self.db)
        logged = {r.name for r in rows}
        queued = pending_files(self.db)  # the encrypted queue's entries (no files on disk)
        waiting = [name for name in queued if name not in logged]
        self.table.setRowCount(len(rows) + len(waiting))
        for r, name in enumerate(waiting):
            for c, value in enumerate((name, "", self.tr("venter"), "0", "", "")):
                self.table.setItem(r, c, QTableWidgetItem(value))
        for r, row in enumerate(rows, start=len(waiting)):
            values = (
                row.name,
                row.target,
                domain(row.state),
                str(row.attempts),
                fmt_datetime(row.last_attempt) if row.last_attempt else "",
                row.message or "",
            )
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
        in_log = one_or_many(len(rows), self.tr("%1 fil i loggen"), self.tr("%1 filer i loggen"))
        self.summary.setText(
            fill(in_log, fmt_number(len(rows)))
            + ", "
            + fill(self.tr("%1 venter"), fmt_number(len(queued)))
        )


class AssignDialog(QDialog):
    """Choose the reviewer the selected cases go to."""

    def __init__(
        self, members: list[tuple[str, str]], count: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tildel sager"))
        self.reviewer = QComboBox()
        for user_id, label in members:
            self.reviewer.addItem(label, user_id)
        self.reviewer.setAccessibleName(self.tr("Medarbejder"))
        self.reviewer.setToolTip(
            self.tr(
                "Den, der skal gennemgå sagerne. Kun medarbejdere, "
                "der har synkroniseret én gang, kan vælges."
            )
        )
        form = QFormLayout()
        chosen = one_or_many(
            count, self.tr("%1 valgt sag tildeles:"), self.tr("%1 valgte sager tildeles:")
        )
        form.addRow(QLabel(fill(chosen, str(count))))
        form.addRow(self.tr("&Medarbejder:"), self.reviewer)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def chosen(self) -> str:
        return str(self.reviewer.currentData())
