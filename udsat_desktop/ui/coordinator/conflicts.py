"""*Konflikter*: cases with two or more signed reviews that do not replace each other, the
reviews side by side (signers, dates, each field, differences marked), and the coordinator's
*Vælg gældende* with a required reason (issue 29). The decision is signed, kept, audited and
published to the team by sync/decisions.py; this window only shows and asks."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from udsat_desktop.core.errors import UserError
from udsat_desktop.platform.paths import AppPaths
from udsat_desktop.store.conflicts import ConflictView, conflict_views
from udsat_desktop.store.db import Database
from udsat_desktop.store.queue import Profile
from udsat_desktop.sync.decisions import Decided, decide
from udsat_desktop.ui.common.i18n import error_text, fill, fmt_date, fmt_datetime
from udsat_desktop.ui.common.tasks import TaskRunner

DIFFERENT = QColor("#fff1c2")  # a field whose values differ between the reviews


def _day(value: str | None) -> str:
    try:
        return fmt_date(dt.date.fromisoformat(value or ""))
    except ValueError:
        return value or "–"


def _moment(value: str | None) -> str:
    """A signing or decision time (ISO, UTC) in the user's time zone and format."""
    try:
        moment = dt.datetime.fromisoformat(value or "")
    except ValueError:
        return value or "–"
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return fmt_datetime(moment.astimezone().replace(tzinfo=None))


class ConflictsWindow(QWidget):
    """The coordinator's list of conflicts and the side-by-side comparison of one."""

    changed = Signal()  # a decision was made: the queue and the panel refresh

    def __init__(
        self,
        db: Database,
        profile: Profile,
        paths: AppPaths,
        runner: TaskRunner,
        share: Path | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.db, self.profile, self.paths, self.runner, self.share = (
            db,
            profile,
            paths,
            runner,
            share,
        )
        self.setWindowTitle(self.tr("Konflikter"))
        self.resize(1200, 720)
        self.views: list[ConflictView] = []

        self.cases = QListWidget()
        self.cases.setAccessibleName(self.tr("Sager i konflikt"))
        self.cases.currentRowChanged.connect(self._show_current)
        self.empty = QLabel(self.tr("Ingen sager har flere gældende gennemgange."))
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Sager med flere underskrevne gennemgange:")))
        left.addWidget(self.cases, 1)
        left.addWidget(self.empty)
        left_box = QWidget()
        left_box.setLayout(left)

        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.table = QTableWidget()
        self.table.setAccessibleName(self.tr("Gennemgangene side om side"))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setMaximumSectionSize(120)
        self.legend = QLabel(
            self.tr("Felter markeret med ≠ og gul baggrund er forskellige i gennemgangene.")
        )
        self.decision = QLabel()
        self.decision.setWordWrap(True)
        self.decision.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.valid = QComboBox()
        self.valid.setAccessibleName(self.tr("Gældende gennemgang"))
        self.reason = QPlainTextEdit()
        self.reason.setAccessibleName(self.tr("Begrundelse"))
        self.reason.setPlaceholderText(
            self.tr("Begrundelse for valget (påkrævet; hele teamet ser den)")
        )
        self.reason.setMaximumHeight(80)
        self.choose = QPushButton(self.tr("&Vælg gældende"))
        self.choose.setToolTip(
            self.tr(
                "Gør den valgte gennemgang gældende for sagen; afgørelsen underskrives og "
                "deles med teamet"
            )
        )
        self.choose.clicked.connect(self.decide)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a00;")
        choose_row = QHBoxLayout()
        choose_row.addWidget(QLabel(self.tr("Gældende:")))
        choose_row.addWidget(self.valid, 1)
        choose_row.addWidget(self.choose)

        right = QVBoxLayout()
        right.addWidget(self.heading)
        right.addWidget(self.table, 1)
        right.addWidget(self.legend)
        right.addWidget(self.decision)
        right.addLayout(choose_row)
        right.addWidget(self.reason)
        right.addWidget(self.problem)
        right_box = QWidget()
        right_box.setLayout(right)

        splitter = QSplitter()
        splitter.addWidget(left_box)
        splitter.addWidget(right_box)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([230, 970])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.refresh()

    # ------------------------------------------------------------------ showing

    def refresh(self, select: str | None = None) -> None:
        current = select or (self.current.case_key if self.current else None)
        self.views = conflict_views(self.db)
        self.cases.blockSignals(True)
        self.cases.clear()
        for view in self.views:
            state = self.tr("konflikt") if view.state == "konflikt" else self.tr("afgjort")
            item = QListWidgetItem(f"{view.case_key} – {state}")
            if view.state == "konflikt":
                font = QFont()
                font.setBold(True)
                item.setFont(font)
            self.cases.addItem(item)
        self.cases.blockSignals(False)
        self.empty.setVisible(not self.views)
        keys = [v.case_key for v in self.views]
        self.cases.setCurrentRow(keys.index(current) if current in keys else 0 if keys else -1)
        self._show_current(self.cases.currentRow())

    @property
    def current(self) -> ConflictView | None:
        row = self.cases.currentRow()
        return self.views[row] if 0 <= row < len(self.views) else None

    def _show_current(self, _row: int = -1) -> None:
        view = self.current
        self.problem.clear()
        self.table.clear()
        if view is None:
            self.heading.setText(self.tr("Ingen sag valgt"))
            self.table.setRowCount(0)
            self.table.setColumnCount(0)
            self.decision.clear()
            self.valid.clear()
            self._set_deciding(False)
            return
        self.heading.setText(
            fill(
                self.tr("Sag %1: %2 underskrevne gennemgange"),  # never 1
                view.case_key,
                len(view.versions),
            )
        )
        header_rows = [
            self.tr("Gennemgang"),
            self.tr("Underskrevet af"),
            self.tr("Gennemgåere"),
            self.tr("Dato"),
            self.tr("Underskrevet"),
            self.tr("Gælder"),
        ]
        labels: list[str] = []
        for v in view.versions:
            labels += [k for k in v.fields if k not in labels]
        self.table.setColumnCount(len(view.versions))
        self.table.setRowCount(len(header_rows) + len(labels))
        self.table.setHorizontalHeaderLabels(
            [fill(self.tr("Version %1 – %2"), v.version, v.signed_by) for v in view.versions]
        )
        self.table.setVerticalHeaderLabels(
            header_rows + [("≠ " if k in view.differences else "") + k for k in labels]
        )
        for col, v in enumerate(view.versions):
            in_force = {
                None: self.tr("afventer valg"),
                True: self.tr("gældende"),
                False: self.tr("ikke gældende"),
            }[v.in_force]
            head = [
                v.review_key,
                v.signed_by or "–",
                ", ".join(v.reviewers) or "–",
                _day(v.review_date),
                _moment(v.signed_at),
                in_force,
            ]
            for row, text in enumerate(head):
                item = QTableWidgetItem(text)
                font = QFont()
                font.setBold(True)
                item.setFont(font)
                self.table.setItem(row, col, item)
            for offset, label in enumerate(labels):
                item = QTableWidgetItem(v.fields.get(label, "–"))
                item.setToolTip(v.fields.get(label, "–"))
                if label in view.differences:
                    item.setBackground(QBrush(DIFFERENT))
                self.table.setItem(len(header_rows) + offset, col, item)
        self.table.resizeRowsToContents()
        if view.decision is not None:
            self.decision.setText(
                fill(
                    self.tr("Afgjort %1 af %2: %3 gælder. Begrundelse: %4"),
                    _moment(view.decision.decided_at),
                    view.decided_by_name or view.decision.decided_by,
                    view.decision.valid,
                    view.decision.reason,
                )
            )
        else:
            self.decision.setText(
                self.tr(
                    "Ingen af gennemgangene gælder, før du vælger: sagen er ikke kandidat til "
                    "et møde og tælles som »konflikt« i fremdrift og udtræk."
                )
            )
        self.valid.clear()
        for v in view.versions:
            self.valid.addItem(
                fill(self.tr("Version %1 (%2) – %3"), v.version, v.review_key, v.signed_by),
                v.review_key,
            )
        self._set_deciding(view.state == "konflikt")

    def _set_deciding(self, on: bool) -> None:
        for widget in (self.valid, self.reason, self.choose):
            widget.setEnabled(on)

    # ------------------------------------------------------------------ deciding

    def decide(self) -> None:

        view = self.current
        if view is None:
            return
        reason = self.reason.toPlainText().strip()
        if not reason:
            self.problem.setText(self.tr("Skriv en begrundelse for valget; hele teamet ser den."))
            self.reason.setFocus()
            return
        valid = self.valid.currentData()
        self.choose.setEnabled(False)
        self.problem.clear()

        def done(result: Decided) -> None:
            self.reason.clear()
            self.refresh(select=view.case_key)
            if not result.published:
                self.problem.setText(
                    fill(
                        self.tr(
                            "Afgørelsen er gemt, men ikke lagt på fællesmappen endnu (%1); "
                            "næste synkronisering lægger den der."
                        ),
                        result.problem,
                    )
                )
            self.changed.emit()

        def failed(exc: BaseException) -> None:
            self.choose.setEnabled(True)
            if isinstance(exc, UserError):
                self.problem.setText(error_text(exc))
            else:
                raise exc

        self.runner.start(
            decide,
            self.db,
            self.paths,
            self.profile,
            self.share,
            view.case_key,
            valid,
            reason,
            on_done=done,
            on_error=failed,
        )
