"""The audit log viewer: filter by case, user, action and period; check the chain; produce a
citizen's access log; purge old entries (coordinators)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from udsat_desktop.core.danish import one_or_many
from udsat_desktop.core.status import STATUS_LABELS, CaseStatus
from udsat_desktop.platform.fsutil import write_atomic
from udsat_desktop.platform.settings import load_settings
from udsat_desktop.reports.access_log import render_access_log
from udsat_desktop.store import audit
from udsat_desktop.store.queue import case_keys_of, get_case_by_key, reviewer_labels
from udsat_desktop.ui.common.busy import BusyTask, run_busy
from udsat_desktop.ui.common.failures import failure_text
from udsat_desktop.ui.common.file_dialogs import choose_save_file
from udsat_desktop.ui.common.guards import refuse_unless_coordinator
from udsat_desktop.ui.common.i18n import (
    date_format,
    domain,
    error_text,
    fill,
    fmt_datetime,
    fmt_number,
    localize,
)

SHOWN = 2000


class AuditLogWindow(QWidget):
    def __init__(self, db: Any, profile: Any, paths: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.db, self.profile, self.paths = db, profile, paths
        self.setWindowTitle(self.tr("Revisionslog – Udsat Desktop"))
        self.case = QLineEdit()
        self.case.setPlaceholderText(self.tr("Sagsnøgle"))
        self.case.setAccessibleName(self.tr("Sagsnøgle"))
        self.case.setToolTip(self.tr("Vis kun poster om denne sag"))
        self.case.returnPressed.connect(self.reload)
        self.people = reviewer_labels(db, full=True)
        self.user = QComboBox()
        self.user.addItem(self.tr("Alle medarbejdere"), None)
        for user_id in audit.users_in_log(db):
            self.user.addItem(self.people.get(user_id, user_id), user_id)
        self.user.setAccessibleName(self.tr("Medarbejder"))
        self.user.setToolTip(self.tr("Vis kun én medarbejders handlinger"))
        self.action = QComboBox()
        self.action.addItem(self.tr("Alle handlinger"), None)
        for code, label in sorted(
            ((c, domain(x)) for c, x in audit.ACTION_LABELS.items()), key=lambda x: x[1]
        ):
            self.action.addItem(label, code)
        self.action.setAccessibleName(self.tr("Handling"))
        self.action.setToolTip(self.tr("Vis kun én slags handling"))
        self.use_period = QCheckBox(self.tr("&Periode:"))
        self.use_period.setToolTip(self.tr("Vis kun poster i perioden"))
        self.start = QDateEdit(QDate.currentDate().addMonths(-1))
        self.end = QDateEdit(QDate.currentDate())
        for edit, name in ((self.start, self.tr("Fra dato")), (self.end, self.tr("Til dato"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_format())
            edit.setAccessibleName(name)
            edit.setToolTip(name)
            edit.dateChanged.connect(self.reload)
        for combo in (self.user, self.action):
            combo.currentIndexChanged.connect(self.reload)
        self.use_period.toggled.connect(self.reload)
        show = QPushButton(self.tr("&Vis"))
        show.setToolTip(self.tr("Vis posterne for filtrene"))
        show.clicked.connect(self.reload)
        check = QPushButton(self.tr("&Kontrollér kæden"))
        check.setToolTip(self.tr("Find en ændret, slettet eller flyttet post"))
        check.clicked.connect(self.check_chain)
        citizen = QPushButton(self.tr("&Udskriv log for borger…"))
        citizen.setToolTip(self.tr("Borgerens indsigt: hvem har set og ændret oplysningerne"))
        citizen.clicked.connect(lambda: self.citizen_log())
        purge = QPushButton(self.tr("&Slet gamle poster…"))
        purge.setToolTip(self.tr("Koordinator: slet poster ældre end opbevaringstiden"))
        purge.clicked.connect(lambda: self.purge())
        self.buttons = {"check": check, "citizen": citizen, "purge": purge}
        self.table = QTableWidget(0, 5)
        self.table.setProperty("dataColumns", [4])  # details: the entry's own record
        self.table.setToolTip(self.tr("Logposterne, nyeste først"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Tidspunkt"),
                self.tr("Medarbejder"),
                self.tr("Handling"),
                self.tr("Sag"),
                self.tr("Detaljer"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        for column, width in ((0, 140), (1, 220), (2, 230), (3, 100)):
            self.table.setColumnWidth(column, width)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Logposter"))
        self.state = QLabel()
        self.state.setAccessibleName(self.tr("Status"))
        top = QHBoxLayout()
        for w in (self.case, self.user, self.action, self.use_period, self.start, self.end, show):
            top.addWidget(w)
        bottom = QHBoxLayout()
        bottom.addWidget(self.state, 1)
        for b in (check, citizen, purge):
            bottom.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.resize(1150, 640)
        self.keys: dict[int, str] = {}
        self.reload()

    def _case_id(self) -> int | None:
        key = self.case.text().strip().upper()
        if not key:
            return None
        found = get_case_by_key(self.db, key)
        return found.id if found is not None else -1

    def reload(self) -> None:
        def day(edit: QDateEdit) -> dt.date:
            d = edit.date()
            return dt.date(d.year(), d.month(), d.day())

        period = self.use_period.isChecked()
        rows = audit.query(
            self.db,
            case_id=self._case_id(),
            user_id=self.user.currentData(),
            action=self.action.currentData(),
            start=day(self.start) if period else None,
            end=day(self.end) if period else None,
            limit=SHOWN,
        )
        ids = {r.case_id for r in rows if r.case_id is not None} - set(self.keys)
        if ids:
            self.keys.update(case_keys_of(self.db, sorted(ids)))
        self.table.setRowCount(len(rows))
        for r, entry in enumerate(rows):
            local = entry.at.astimezone() if entry.at.tzinfo else entry.at
            details = ", ".join(
                f"{domain(audit.DETAIL_LABELS.get(k, k))}: {_detail(k, v)}"
                for k, v in entry.details.items()
                if k not in ("text",) or entry.action == "search"
            )
            values = [
                fmt_datetime(local, seconds=True),
                self.people.get(entry.user_id, entry.user_id),
                domain(entry.label),
                self.keys.get(entry.case_id, "") if entry.case_id else "",
                details,
            ]
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
        more = fill(self.tr(" (de nyeste %1)"), str(SHOWN)) if len(rows) == SHOWN else ""
        shown = one_or_many(len(rows), self.tr("%1 post"), self.tr("%1 poster"))
        self.state.setText(fill(shown, fmt_number(len(rows))) + more)

    def check_chain(self) -> BusyTask:
        """Read the whole chain on a worker (a million entries take seconds)."""
        self.state.setText(self.tr("Kontrollerer kæden…"))
        return run_busy(
            self,
            self.tr("Kontrollér kæden"),
            self.tr("Kontrollerer revisionsloggens kæde…"),
            audit.verify_chain,
            self.db,
            on_done=self._chain_checked,
            on_error=self._failed,
        )

    def _chain_checked(self, broken: audit.ChainBreak | None) -> None:
        if broken is None:
            self.state.setText(
                self.tr("✓ Loggen er i orden: ingen post er ændret, slettet eller flyttet.")
            )
            return
        self.state.setText(
            fill(
                self.tr("⚠ Loggen er brudt ved post %1: %2"),
                str(broken.entry_id),
                localize(broken.reason),
            )
        )

    def _failed(self, exc: BaseException) -> None:
        self.state.setText("⚠ " + failure_text(exc))

    def citizen_log(self, target: str | None = None) -> BusyTask | None:
        """The citizen's access log as a PDF, rendered and written on a worker (the target
        may be on a network drive)."""
        case_id = self._case_id()
        if case_id is None or case_id < 0:
            QMessageBox.information(
                self,
                self.tr("Log for borger"),
                self.tr("Skriv først borgerens sagsnøgle i feltet Sag."),
            )
            return None
        if target is None:
            target = choose_save_file(
                self,
                self.tr("Gem borgerens adgangslog"),
                f"adgangslog-{self.case.text().strip().upper()}.pdf",
                "PDF (*.pdf)",
            )
        if not target:
            return None
        path = Path(target)

        def written(_result: object) -> None:
            self.written_log = path
            self.state.setText(fill(self.tr("Borgerens adgangslog er gemt: %1"), path.name))
            self.reload()

        return run_busy(
            self,
            self.tr("Log for borger"),
            self.tr("Skriver borgerens adgangslog…"),
            _write_access_log,
            self.db,
            case_id,
            self.profile.user_id,
            path,
            on_done=written,
            on_error=self._failed,
        )

    def purge(self, confirm: bool = True) -> int | None:

        if refuse_unless_coordinator(self, self.profile, self.tr("slette gamle logposter")):
            return None
        years = load_settings(self.paths.config).retention_years
        if (
            confirm
            and QMessageBox.question(
                self,
                self.tr("Slet gamle poster"),
                fill(
                    self.tr(
                        "Slet alle logposter ældre end %1 år? Sletningen logges, og kæden kan "
                        "stadig kontrolleres."
                    ),
                    str(years),
                ),
            )
            != QMessageBox.StandardButton.Yes
        ):
            return None
        before = dt.datetime.now(dt.UTC) - dt.timedelta(days=round(365.25 * years))
        try:
            count = audit.purge_older_than(self.db, self.profile.user_id, before)
        except ValueError as exc:
            QMessageBox.warning(self, self.tr("Slet gamle poster"), error_text(exc))
            return None
        self.reload()
        deleted = one_or_many(
            count, self.tr("%1 post er slettet."), self.tr("%1 poster er slettet.")
        )
        self.state.setText(fill(deleted, str(count)))
        return count


def _write_access_log(db: Any, case_id: int, user_id: str, target: Path) -> None:

    write_atomic(target, render_access_log(audit.access_log(db, case_id, user_id)), mode=0o600)


def _detail(key: str, value: object) -> str:
    """A detail's value; a case status code is shown by its (translated) name."""

    if key in ("old", "new", "status") and value in {s.value for s in CaseStatus}:
        return domain(STATUS_LABELS[CaseStatus(str(value))])
    return str(value)
