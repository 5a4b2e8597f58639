"""The main window: the case queue with search, filters and the case panel."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QItemSelection,
    QModelIndex,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QFont, QFontMetrics, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from udsat_desktop import __version__
from udsat_desktop.core.status import STATUS_LABELS, CaseStatus, Priority
from udsat_desktop.paths import AppPaths
from udsat_desktop.store import audit
from udsat_desktop.store.db import Database
from udsat_desktop.store.queue import (
    UNASSIGNED,
    CaseFilter,
    CaseQueue,
    Profile,
    consent_summary,
    get_case,
)
from udsat_desktop.ui.case_panel import CasePanel
from udsat_desktop.ui.i18n import domain, error_text, fmt_number, translate
from udsat_desktop.ui.queue_model import FLAG_LABELS, CaseQueueModel, Col
from udsat_desktop.ui.tasks import TaskRunner

log = logging.getLogger(__name__)


class QueueFilters(QWidget):
    """Search box and filters; emits the resulting `CaseFilter` on every change."""

    changed = Signal(object)

    def __init__(self, units: list[str], reviewers: list[tuple[str, str]],
                 parent: QWidget | None = None) -> None:
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
        for combo, name in ((self.status, self.tr("Filtrér på status")),
                            (self.reviewer, self.tr("Filtrér på gennemgåer")),
                            (self.unit, self.tr("Filtrér på enhed")),
                            (self.priority, self.tr("Filtrér på prioritet"))):
            combo.setAccessibleName(name)
            combo.setToolTip(name)
            combo.currentIndexChanged.connect(self._emit)
        self.flags: dict[str, QCheckBox] = {}
        for key, source in FLAG_LABELS:
            label = domain(source)
            box = QCheckBox(label)
            box.setAccessibleName(self.tr("Kun sager markeret: %1").replace("%1", label))
            box.setToolTip(self.tr("Vis kun sager markeret »%1«").replace("%1", label))
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


class MainWindow(QMainWindow):
    case_opened = Signal(int)

    def __init__(self, db: Database, profile: Profile, paths: AppPaths,
                 reviewer_names: dict[str, str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.profile, self.paths = db, profile, paths
        self.runner = TaskRunner(self)
        self._reviewer_names = dict(reviewer_names or {})
        self._reviewer_names.setdefault(profile.user_id, f"{profile.initials} ({profile.name})")
        self.setWindowTitle(self.tr("Udsat Desktop"))
        self.queue = CaseQueue(db)
        self.model = CaseQueueModel(self.queue, self.reviewer_label, self)

        self._last_read: int | None = None
        self._last_search = ""
        self._search_audit_timer = QTimer(self)
        self._search_audit_timer.setSingleShot(True)
        self._search_audit_timer.setInterval(1200)
        self._search_audit_timer.timeout.connect(self._audit_search)
        self.filters = QueueFilters(self.queue.distinct_units(), self._reviewer_choices())
        self.filters.changed.connect(self.apply_filter)

        self.table = QTableView()
        self.table.setModel(self.model)
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
        for col, width in ((Col.CASE_KEY, 95), (Col.NAME, 200), (Col.CPR, 100),
                           (Col.BENEFIT, 210), (Col.PCT, 80), (Col.CASEWORKER, 170),
                           (Col.UNIT, 110), (Col.STATUS, 130), (Col.PRIORITY, 75),
                           (Col.REVIEWER, 130), (Col.DEADLINE, 90)):
            header = self.table.horizontalHeader()  # never narrower than its title (English)
            title = str(self.table.model().headerData(col, Qt.Orientation.Horizontal) or "")
            bold = QFont(header.font())
            bold.setBold(True)
            self.table.setColumnWidth(col, max(width, QFontMetrics(bold).horizontalAdvance(
                title) + 12))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.activated.connect(self._activated)

        self.panel = CasePanel(self.reviewer_label)
        self.panel.cpr_revealed.connect(self._cpr_revealed)
        self.panel.open_signed.connect(self.open_latest_signed)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Antal viste sager"))

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(6, 6, 6, 6)
        left_layout.addWidget(self.filters)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count_label)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        from PySide6.QtWidgets import QStackedWidget

        from udsat_desktop.ui.lock import LockPage

        self.stack = QStackedWidget()
        self.stack.addWidget(splitter)
        self.lock_page = LockPage()
        self.stack.addWidget(self.lock_page)
        self.setCentralWidget(self.stack)
        self.splitter = splitter
        self._build_menus()
        self.statusBar().showMessage(
            self.tr("Bruger: %1 (%2, %3) · Databasen er krypteret")
            .replace("%1", profile.initials).replace("%2", profile.organisation.value)
            .replace("%3", domain(profile.role.label)))
        self._restore_state()
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)
        self.model.refresh()
        self._library: Any = None
        from udsat_desktop.ui.sync_ui import SyncController

        self.sync_label = QLabel()
        self.sync_label.setAccessibleName(self.tr("Synkronisering"))
        self.sync_label.setToolTip(self.tr("Filer, der venter på fællesmappen, og seneste "
                                           "synkronisering (F9 synkroniserer nu)"))
        self.statusBar().addPermanentWidget(self.sync_label)
        self.sync = SyncController(db, profile, paths, self.runner, self)
        from udsat_desktop.settings import load_settings
        from udsat_desktop.ui.lock import LockController

        self.locker = LockController(self, load_settings(paths.config).lock_minutes)
        self.lock_page.unlock_requested.connect(self.locker.try_unlock)
        self.winId()  # the native window exists now, so its input can be watched
        self.locker.watch_window(self)
        from udsat_desktop.ui.review_opener import ReviewOpener

        self.opener = ReviewOpener(self, db, profile, paths, self.runner, lambda: self.library,
                                   lambda: self._reviewer_names, lambda: self.sync.share)
        self.opener.ask_key_passphrase = lambda: self.ask_key_passphrase()
        self.opener.case_changed.connect(self.case_changed)
        self.opener.signed.connect(lambda _case_id: self.sync.update_status())
        self.opener.claim_clashes.connect(self._warn_claim_clashes)
        self.sync.status_changed.connect(self.sync_label.setText)
        self.sync.synced.connect(self._after_sync)
        self.sync.update_status()

    # ------------------------------------------------------------------ set-up

    def reviewer_label(self, user_id: str | None) -> str:
        if not user_id:
            return ""
        return self._reviewer_names.get(user_id, user_id)

    def learn_names(self) -> None:
        """Colleagues' names as the store knows them now (a sync or ingest learns the team):
        the queue, the case panel and the co-reviewer lists show names, never user ids."""
        from udsat_desktop.store.queue import reviewer_labels

        self._reviewer_names.update(reviewer_labels(self.db))

    def _reviewer_choices(self) -> list[tuple[str, str]]:
        ids = set(self.queue.distinct_reviewers()) | {self.profile.user_id}
        return sorted(((i, self.reviewer_label(i)) for i in ids), key=lambda p: p[1].casefold())

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Filer"))
        self.import_action = QAction(self.tr("&Importér målgruppeliste…"), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.setToolTip(self.tr("Importér sager fra en Excel- eller CSV-fil"))
        self.import_action.triggered.connect(self.open_import)
        file_menu.addAction(self.import_action)
        self.sign_all_action = QAction(self.tr("&Underskriv alle, der er klar…"), self)
        self.sign_all_action.triggered.connect(self.sign_all)
        file_menu.addAction(self.sign_all_action)
        self.verify_action = QAction(self.tr("&Kontrollér underskrift…"), self)
        self.verify_action.setShortcut(QKeySequence("Ctrl+Shift+K"))
        self.verify_action.triggered.connect(self.open_verify)
        file_menu.addAction(self.verify_action)
        file_menu.addSeparator()
        self.sync_action = QAction(self.tr("&Synkronisér nu"), self)
        self.sync_action.setShortcut(QKeySequence("F9"))
        self.sync_action.setToolTip(self.tr("Send udbakken til fællesmappen og hent nyt"))
        self.sync_action.triggered.connect(self.sync_now)
        file_menu.addAction(self.sync_action)
        self.pull_action = QAction(self.tr("&Hent mine sager"), self)
        self.pull_action.setShortcut(QKeySequence("Ctrl+Shift+H"))
        self.pull_action.setToolTip(self.tr("Hent de sager, du er tildelt, før du går offline"))
        self.pull_action.triggered.connect(self.sync_now)
        file_menu.addAction(self.pull_action)
        self.settings_action = QAction(self.tr("&Indstillinger…"), self)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.triggered.connect(self.open_settings)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        self.lock_action = QAction(self.tr("&Lås nu"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.lock_action.setToolTip(self.tr("Skjul sagerne, til adgangskoden skrives igen"))
        self.lock_action.triggered.connect(lambda: self.locker.lock())
        file_menu.addAction(self.lock_action)
        self.passphrase_action = QAction(self.tr("Skift &adgangskode…"), self)
        self.passphrase_action.triggered.connect(self.change_passphrase)
        file_menu.addAction(self.passphrase_action)
        self.addAction(self.lock_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Afslut"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view = self.menuBar().addMenu(self.tr("&Vis"))
        self.search_action = QAction(self.tr("&Søg"), self)
        self.search_action.setShortcut(QKeySequence.StandardKey.Find)
        self.search_action.triggered.connect(self.focus_search)
        view.addAction(self.search_action)
        clear = QAction(self.tr("&Ryd søgning og filtre"), self)
        clear.setShortcut(QKeySequence("Ctrl+Shift+R"))
        clear.triggered.connect(self.clear_filters)
        view.addAction(clear)
        refresh = QAction(self.tr("&Opdatér"), self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.model.refresh)
        view.addAction(refresh)

        follow = QAction(self.tr("&Opfølgning (næste skridt)"), self)
        follow.setShortcut(QKeySequence("Ctrl+Shift+O"))
        follow.triggered.connect(self.open_follow_up)
        view.addAction(follow)
        self.open_action = QAction(self.tr("Å&bn gennemgang af valgt sag"), self)
        self.open_action.setShortcut(QKeySequence("Ctrl+O"))
        self.open_action.triggered.connect(self.open_selected)
        file_menu.insertAction(self.import_action, self.open_action)
        self.addActions([follow, self.open_action, self.verify_action])

        self.audit_action = QAction(self.tr("&Revisionslog…"), self)
        self.audit_action.setShortcut(QKeySequence("Ctrl+L"))
        self.audit_action.setToolTip(self.tr("Hvem har set, søgt, ændret, udskrevet og "
                                             "udleveret hvad"))
        self.audit_action.triggered.connect(self.open_audit_log)
        view.addAction(self.audit_action)
        self.addAction(self.audit_action)
        self.sync_log_action = QAction(self.tr("S&ynkroniseringslog"), self)
        self.sync_log_action.triggered.connect(self.open_sync_log)
        view.addAction(self.sync_log_action)

        team = self.menuBar().addMenu(self.tr("&Team"))
        self.assign_action = QAction(self.tr("&Tildel valgte sager…"), self)
        self.assign_action.setShortcut(QKeySequence("Ctrl+T"))
        self.assign_action.setToolTip(self.tr("Koordinator: tildel de valgte sager til en "
                                              "medarbejder (krypteret til dem)"))
        self.assign_action.triggered.connect(self.assign_selected)
        team.addAction(self.assign_action)
        self.ingest_action = QAction(self.tr("&Indlæs teamets gennemgange"), self)
        self.ingest_action.setShortcut(QKeySequence("Ctrl+Shift+I"))
        self.ingest_action.setToolTip(self.tr("Koordinator: læs alle underskrevne gennemgange "
                                              "fra fællesmappen og kontrollér dem"))
        self.ingest_action.triggered.connect(self.ingest_now)
        team.addAction(self.ingest_action)
        self.journal_action = QAction(self.tr("Eksportér til &journalisering…"), self)
        self.journal_action.setToolTip(self.tr("Koordinator: de underskrevne sammenfatninger "
                                               "(PDF/A) og et manifest til sagssystemet"))
        self.journal_action.triggered.connect(lambda: self.export_journal())
        team.addAction(self.journal_action)
        self.team_action = QAction(self.tr("M&edlemmer…"), self)
        self.team_action.setToolTip(self.tr("Teamets holdliste, din kode og (koordinator) "
                                            "anmodninger om optagelse"))
        self.team_action.triggered.connect(self.open_team)
        team.addAction(self.team_action)
        team.addSeparator()
        self.meetings_action = QAction(self.tr("&Møder i rehabiliteringsteamet…"), self)
        self.meetings_action.setShortcut(QKeySequence("Ctrl+M"))
        self.meetings_action.setToolTip(self.tr("Koordinator: planlæg møder, byg og udskriv "
                                                "mødepakker, registrér teamets indstilling"))
        self.meetings_action.triggered.connect(self.open_meetings)
        team.addAction(self.meetings_action)
        self.dashboard_action = QAction(self.tr("&Fremdrift…"), self)
        self.dashboard_action.setShortcut(QKeySequence("Ctrl+D"))
        self.dashboard_action.setToolTip(self.tr("Fremdrift mod målene, udfald, næste skridt; "
                                                 "eksport til Excel"))
        self.dashboard_action.triggered.connect(self.open_dashboard)
        team.addAction(self.dashboard_action)
        self.print_action = QAction(self.tr("&Udskriv sammenfatning…"), self)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.setToolTip(self.tr("Udskriv den valgte sags seneste underskrevne "
                                             "sammenfatning"))
        self.print_action.triggered.connect(self.print_selected)
        file_menu.insertAction(self.sync_action, self.print_action)
        self.addActions([self.sync_action, self.pull_action, self.settings_action,
                         self.assign_action, self.ingest_action, self.meetings_action,
                         self.dashboard_action, self.print_action])

        help_menu = self.menuBar().addMenu(self.tr("&Hjælp"))
        keys = QAction(self.tr("&Tastaturgenveje"), self)
        keys.setShortcut(QKeySequence("F1"))
        keys.triggered.connect(self.show_shortcuts)
        help_menu.addAction(keys)
        self.addAction(keys)
        about = QAction(self.tr("&Om Udsat Desktop"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)
        self.addActions([self.import_action, self.search_action, clear, refresh])

    def _restore_state(self) -> None:
        settings = QSettings()
        geometry = settings.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 820)
        header_state = settings.value("main/header")
        if header_state is not None:
            self.table.horizontalHeader().restoreState(header_state)

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = QSettings()
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/header", self.table.horizontalHeader().saveState())
        super().closeEvent(event)

    # ------------------------------------------------------------------ behaviour

    def apply_filter(self, case_filter: CaseFilter) -> None:
        self.model.set_filter(case_filter)
        if case_filter.text.strip():
            self._search_audit_timer.start()

    def focus_search(self) -> None:
        self.filters.search.setFocus()
        self.filters.search.selectAll()

    def clear_filters(self) -> None:
        f = self.filters
        for widget in (f.search, f.status, f.reviewer, f.unit, f.priority, *f.flags.values()):
            widget.blockSignals(True)
        f.search.clear()
        for combo in (f.status, f.reviewer, f.unit, f.priority):
            combo.setCurrentIndex(0)
        for box in f.flags.values():
            box.setChecked(False)
        for widget in (f.search, f.status, f.reviewer, f.unit, f.priority, *f.flags.values()):
            widget.blockSignals(False)
        self.apply_filter(f.current())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.filters.search.hasFocus():
            self.filters.search.clear()
            self.table.setFocus()
            return
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return) \
                and self.filters.search.hasFocus() and self.model.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)
            return
        super().keyPressEvent(event)

    def _update_count(self, *_: object) -> None:
        shown, total = self.model.matches, self.model.total
        if shown == total:
            text = self.tr("%Ln sager", "", total)
        else:
            text = self.tr("Viser %1 af %Ln sager", "", total).replace("%1", fmt_number(shown))
        self.count_label.setText(text)

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        current = self.table.currentIndex()
        row = current.row() if current.isValid() else (rows[0].row() if rows else -1)
        self.show_case_of_row(row)

    def _panel_data(self, case_id: int) -> tuple[Any, Any, Any]:
        from udsat_desktop.store.versions import case_versions

        case = get_case(self.db, case_id)
        versions = case_versions(self.db, case.case_key) if case is not None else []
        return case, consent_summary(self.db, case_id), versions

    def open_latest_signed(self, case_id: int) -> QWidget | None:
        """*Åbn underskrevet PDF*: the case's latest signed summary (a correction replaces
        what it corrects), shown in the app's own viewer (the print preview, rendered from the
        encrypted store, so no plain copy is written to disk); the opening is logged."""
        from udsat_desktop.store.meetings import summary_pdf
        from udsat_desktop.store.versions import latest_signed
        from udsat_desktop.ui.printing import print_pdf

        case = get_case(self.db, case_id)
        latest = latest_signed(self.db, case.case_key) if case is not None else None
        pdf = summary_pdf(self.db, self.paths, None, case.case_key,  # local: never the share
                          latest.review_key) if case is not None and latest else None
        if pdf is None and case is not None and latest is not None and self.sync.share:
            from udsat_desktop.ui.printing import open_signed_from_share  # on a worker

            open_signed_from_share(self, self.db, self.profile, self.paths, self.sync.share,
                                   case, latest.review_key, lambda: QMessageBox.information(
                                       self, self.tr("Åbn underskrevet PDF"),
                                       self.tr("Sagen har ingen underskreven sammenfatning, "
                                               "der kan findes her.")))
            return None  # the viewer opens when the worker has read it
        if case is None or latest is None or pdf is None:
            QMessageBox.information(self, self.tr("Åbn underskrevet PDF"),
                                    self.tr("Sagen har ingen underskreven sammenfatning, der "
                                            "kan findes her."))
            return None
        audit.append_now(self.db, self.profile.user_id, "summary.open", case_id,
                         review=latest.review_key)
        dialog = print_pdf(self, self.db, self.profile, pdf,
                           name=f"{case.case_key}_{latest.review_key}.pdf", cases=[case.id])
        self.print_dialog = dialog
        return dialog

    def show_case_of_row(self, row: int) -> None:
        queue_row = self.model.row_object(row)
        if queue_row is None:
            self.panel.show_case(None)
            return
        detail, consents, versions = self._panel_data(queue_row.id)
        self.panel.show_case(detail, consents, versions=versions)
        if queue_row.id != self._last_read:  # a read of personal data (DOMAIN.md §4)
            self._last_read = queue_row.id
            audit.append_now(self.db, self.profile.user_id, "case.read", queue_row.id)

    def _audit_search(self) -> None:
        """The search criterion, once typing has settled (not every keystroke)."""
        text = self.model.current_filter.text.strip()
        if text and text != self._last_search:
            self._last_search = text
            # the cases the search showed, so each citizen's access log lists it
            shown = (self.model.row_object(r) for r in range(
                min(self.model.rowCount(), audit.SHOWN_CASES_MAX)))
            audit.append_now(self.db, self.profile.user_id, "search", None, text=text,
                             matches=self.model.matches,
                             cases=audit.case_ids(row.id for row in shown if row is not None))

    def _activated(self, index: QModelIndex) -> None:
        queue_row = self.model.row_object(index.row())
        if queue_row is not None:
            self.show_case_of_row(index.row())
            self.case_opened.emit(queue_row.id)
            self.open_review_for(queue_row.id)

    def _cpr_revealed(self, case_id: int) -> None:
        from udsat_desktop.store import audit

        audit.append_now(self.db, self.profile.user_id, "cpr.reveal", case_id)
        log.info("CPR revealed for case id %d", case_id)

    # ------------------------------------------------------------------ reviews

    @property
    def library(self) -> Any:
        if self._library is None:
            from udsat_desktop.core.checklist import default_library

            self._library = default_library()
        return self._library

    def open_selected(self) -> None:
        index = self.table.currentIndex()
        row = self.model.row_object(index.row()) if index.isValid() else None
        if row is not None:
            self.open_review_for(row.id)

    def open_review_for(self, case_id: int) -> QWidget | None:
        """Open the case's review (reading claims nothing; the first edit does)."""
        return self.opener.open_case(case_id)

    def _warn_claim_clashes(self, case_keys: list[str]) -> None:
        QMessageBox.warning(
            self, self.tr("Sager taget af andre"),
            self.tr("Mens du var offline, har en anden taget disse sager, som du er gået i "
                    "gang med: %1. Åbn sagen for at se hvem; du kan fortsætte som en "
                    "ekstra gennemgang.").replace("%1", ", ".join(case_keys)))

    # ------------------------------------------------------------------ sync and team

    def sync_now(self) -> None:
        if self.sync.share is None:
            QMessageBox.information(self, self.tr("Synkronisér"),
                                    self.tr("Vælg først en fællesmappe under Filer → "
                                            "Indstillinger."))
            return
        self.sync.sync_now()

    def _after_sync(self, report: Any) -> None:
        self.learn_names()
        if report.assigned_cases or report.published:
            self.model.refresh()
            self._after_import()
        self.refresh_panel()
        if report.claim_clashes:
            self._warn_claim_clashes(report.claim_clashes)
        candidates = getattr(report, "coordinator_candidates", [])
        if candidates and getattr(self, "trust_question", None) is None:
            from udsat_desktop.ui.team_ui import ask_trust_coordinator

            self.trust_question = ask_trust_coordinator(self, self.paths, candidates[0],
                                                        self.sync.sync_now)

    def open_team(self) -> QWidget:
        from udsat_desktop.ui.team_ui import TeamDialog

        dialog = TeamDialog(self.db, self.paths, self.profile, self.runner, self.sync.share,
                            self)
        dialog.show()
        self.team_dialog = dialog
        return dialog

    def open_settings(self) -> QWidget:
        from udsat_desktop.ui.sync_ui import SettingsDialog

        dialog = SettingsDialog(self.paths, self.profile, self)
        dialog.accepted.connect(self.sync.update_status)
        dialog.accepted.connect(self._apply_lock_setting)
        dialog.setModal(True)
        dialog.show()
        self.settings_dialog = dialog
        return dialog

    def _apply_lock_setting(self) -> None:
        from udsat_desktop.settings import load_settings

        self.locker.minutes = load_settings(self.paths.config).lock_minutes
        if self.locker.minutes > 0:
            self.locker.timer.start()
        else:
            self.locker.timer.stop()

    def open_sync_log(self) -> QWidget:
        from udsat_desktop.ui.sync_ui import SyncLogDialog

        dialog = SyncLogDialog(self.db, self.paths, self)
        dialog.show()
        self.sync_log_dialog = dialog
        return dialog

    def _refuse_unless_coordinator(self, what: str) -> bool:
        from udsat_desktop.ui.app_support import refuse_unless_coordinator

        return refuse_unless_coordinator(self, self.profile, what)

    def assign_selected(self) -> None:
        """Ctrl+T: the team is read from the share on a worker (a network drive can be slow),
        then the user picks the colleague, then the sealed assignment is written on a worker."""
        from udsat_desktop.sync.engine import assign_cases, refresh_trust, team
        from udsat_desktop.sync.share import check_share, ensure_layout

        if self._refuse_unless_coordinator(self.tr("tildele sager")):
            return
        ids = self.selected_case_ids()
        if not ids:
            QMessageBox.information(self, self.tr("Tildel sager"),
                                    self.tr("Vælg først de sager, der skal tildeles."))
            return
        share, me = self.sync.share, self.profile.user_id

        def load_team() -> list[tuple[str, str]]:
            checked = check_share(share)
            ensure_layout(checked)
            refresh_trust(self.db, self.paths, checked)
            return [(m["user_id"], f"{m['name']} ({m['initials']}, {m['organisation']})")
                    for m in team(self.paths) if m["user_id"] != me]

        def failed(exc: BaseException) -> None:
            QMessageBox.warning(self, self.tr("Tildel sager"), error_text(exc))

        def chosen(members: list[tuple[str, str]]) -> None:
            from udsat_desktop.ui.sync_ui import AssignDialog

            if not members:
                QMessageBox.information(self, self.tr("Tildel sager"),
                                        self.tr("Ingen medarbejdere er godkendt på teamets "
                                                "holdliste endnu (Team → Medlemmer…), så der "
                                                "er ingen at tildele til."))
                return
            dialog = AssignDialog(members, len(ids), self)
            self.assign_dialog = dialog
            if dialog.exec() != AssignDialog.DialogCode.Accepted:
                return
            keys = [c.case_key for c in (get_case(self.db, i) for i in ids) if c is not None]
            self.runner.start(assign_cases, self.db, self.profile, share, dialog.chosen(), keys,
                              self.paths, on_done=done, on_error=failed, daemon=True)

        def done(result: Any) -> None:
            self.learn_names()
            self.model.refresh()
            self.refresh_panel()
            self.statusBar().showMessage(
                self.tr("%1 sager tildelt").replace("%1", str(result[1])), 8000)

        self.runner.start(load_team, on_done=chosen, on_error=failed, daemon=True)

    def ingest_now(self) -> None:
        from udsat_desktop.sync.engine import ingest
        from udsat_desktop.ui.sync_ui import describe_ingest

        if self._refuse_unless_coordinator(self.tr("indlæse teamets gennemgange")):
            return

        def done(report: Any) -> None:
            self.learn_names()
            self.model.refresh()
            self.refresh_panel()
            box = QMessageBox.information if report.ok and not report.conflicts else \
                QMessageBox.warning
            box(self, self.tr("Indlæs teamets gennemgange"), describe_ingest(report))

        def failed(exc: BaseException) -> None:
            QMessageBox.warning(self, self.tr("Indlæs teamets gennemgange"), error_text(exc))

        self.runner.start(ingest, self.db, self.paths, self.profile, self.sync.share,
                          on_done=done, on_error=failed, daemon=True)

    def export_journal(self, folder: str | None = None) -> None:
        from udsat_desktop.ui.journal_ui import JournalExport

        if getattr(self, "_journal", None) is None:
            self._journal = JournalExport(self)
        self._journal.run(folder)

    def _show_review(self, review: Any) -> QWidget:
        return self.opener.show(review)

    @property
    def review_windows(self) -> list[QWidget]:
        return self.opener.windows

    def interrupted_review(self) -> Any:
        """The review that was open when the app last stopped without closing it, if any."""
        from udsat_desktop.store.db import StoreError
        from udsat_desktop.store.reviews import get_review
        from udsat_desktop.ui.review_window import OPEN_REVIEW_KEY

        value = QSettings().value(OPEN_REVIEW_KEY)
        if value in (None, ""):
            return None
        try:
            return get_review(self.db, int(value))
        except (StoreError, ValueError, TypeError):
            QSettings().remove(OPEN_REVIEW_KEY)
            return None

    def offer_recovery(self, ask: bool = True) -> QWidget | None:
        review = self.interrupted_review()
        if review is None:
            return None
        case = get_case(self.db, review.case_id)
        key = case.case_key if case else "?"
        if ask:
            answer = QMessageBox.question(
                self, self.tr("Afbrudt gennemgang"),
                self.tr("Gennemgangen af sag %1 blev ikke lukket. Vil du fortsætte, hvor du "
                        "slap?").replace("%1", key))
            if answer != QMessageBox.StandardButton.Yes:
                from udsat_desktop.ui.review_window import OPEN_REVIEW_KEY

                QSettings().remove(OPEN_REVIEW_KEY)
                return None
        return self._show_review(review)

    def ask_key_passphrase(self) -> str | None:
        from udsat_desktop.ui.signing_ui import ask_key_passphrase

        return ask_key_passphrase(self, self.paths, self.db)

    def case_changed(self, case_id: int) -> None:
        """A case changed (review status, signature, correction, consent): its queue row and,
        when it is the one shown, the case panel follow."""
        self.model.update_case(case_id)
        self.refresh_panel(case_id)

    def refresh_panel(self, case_id: int | None = None) -> None:
        case = self.panel.case
        if case is not None and (case_id is None or case.id == case_id):
            detail, consents, versions = self._panel_data(case.id)
            self.panel.show_case(detail, consents, versions=versions, keep_reveal=True)

    def sign_all(self) -> None:
        from udsat_desktop.ui.signing_ui import sign_all_ready

        passphrase = self.ask_key_passphrase()
        if passphrase:
            self.sign_progress = sign_all_ready(self, self.db, self.paths, self.profile,
                                                self.library, self.runner, passphrase,
                                                on_finished=self._after_sign_all)

    def _after_sign_all(self) -> None:
        self.model.refresh()
        self.sync.update_status()
        self.sync.sync_now()

    def open_verify(self) -> QWidget:
        from udsat_desktop.ui.signing_ui import VerifyDialog

        dialog = VerifyDialog(self.paths, self)
        dialog.show()
        self.verify_dialog = dialog
        return dialog

    def open_follow_up(self) -> QWidget:
        from udsat_desktop.ui.follow_up import FollowUpWindow

        window = FollowUpWindow(self.db, self)
        window.open_case.connect(self._open_case_key)
        window.show()
        self.follow_up_window = window
        return window

    def _open_case_key(self, case_key: str) -> None:
        from udsat_desktop.store.queue import get_case_by_key

        case = get_case_by_key(self.db, case_key)
        if case is not None:
            self.open_review_for(case.id)

    def selected_case_ids(self) -> list[int]:
        ids = []
        for index in self.table.selectionModel().selectedRows():
            row = self.model.row_object(index.row())
            if row is not None:
                ids.append(row.id)
        return ids

    def open_import(self) -> QWidget:
        from udsat_desktop.ui.dialogs import ImportDialog  # loaded when first needed

        dialog = ImportDialog(self.db, self.paths, self.profile, self.runner, self)
        dialog.imported.connect(lambda _summary: self._after_import())
        dialog.setModal(True)
        dialog.show()
        self.import_dialog = dialog
        return dialog

    def _after_import(self) -> None:
        units = self.queue.distinct_units()
        combo = self.filters.unit
        known = {combo.itemData(i) for i in range(combo.count())}
        for unit in units:
            if unit not in known:
                combo.addItem(unit, unit)
        self.model.refresh()

    def open_meetings(self) -> QWidget | None:
        from udsat_desktop.ui.meetings import MeetingsWindow

        if self._refuse_unless_coordinator(self.tr("planlægge møder")):
            return None
        window = MeetingsWindow(self.db, self.profile, self.paths, self.runner,
                                self.sync.share, self)
        window.changed.connect(self.model.refresh)
        window.show()
        self.meetings_window = window
        return window

    def change_passphrase(self) -> bool:
        """Old passphrase, new one twice; the database is re-encrypted under the new one."""
        from PySide6.QtWidgets import QInputDialog

        from udsat_desktop.store.db import StoreError

        def ask(prompt: str) -> str | None:
            text, ok = QInputDialog.getText(self, self.tr("Skift adgangskode"), prompt,
                                            QLineEdit.EchoMode.Password)
            return text if ok else None

        old = ask(self.tr("Nuværende adgangskode:"))
        if old is None:
            return False
        if not self.db.matches(self.paths.keyinfo, old):
            QMessageBox.warning(self, self.tr("Skift adgangskode"),
                                self.tr("Forkert adgangskode"))
            return False
        new = ask(self.tr("Ny adgangskode (mindst 10 tegn):"))
        if new is None:
            return False
        if ask(self.tr("Gentag den nye adgangskode:")) != new:
            QMessageBox.warning(self, self.tr("Skift adgangskode"),
                                self.tr("De to adgangskoder er ikke ens"))
            return False
        if self.runner.busy:
            QMessageBox.information(self, self.tr("Skift adgangskode"),
                                    self.tr("Vent, til det igangværende arbejde er færdigt."))
            return False
        from udsat_desktop.ui.busy import run_busy

        def failed(exc: BaseException) -> None:
            QMessageBox.warning(self, self.tr("Skift adgangskode"), error_text(exc)
                                if isinstance(exc, StoreError) else type(exc).__name__)

        # Re-encrypting takes seconds on a large store: on a worker, behind an application-
        # modal progress dialog (nothing else may use the store meanwhile), never abandoned.
        run_busy(self, self.tr("Skift adgangskode"),
                 self.tr("Databasen krypteres med den nye adgangskode…"), self.db.rekey,
                 self.paths.keyinfo, new, on_done=lambda _r: self._rekeyed(new),
                 on_error=failed, daemon=False, cancellable=False,
                 modality=Qt.WindowModality.ApplicationModal)
        return True

    def _rekeyed(self, new: str) -> None:
        audit.append_now(self.db, self.profile.user_id, "passphrase.change", None)
        from udsat_desktop import remember
        from udsat_desktop.settings import load_settings

        if load_settings(self.paths.config).remember_passphrase:
            remember.remember(self.paths, new)
        QMessageBox.information(self, self.tr("Skift adgangskode"),
                                self.tr("Adgangskoden er skiftet, og databasen er krypteret "
                                        "med den nye."))

    def open_audit_log(self) -> QWidget:
        from udsat_desktop.ui.audit_view import AuditLogWindow

        window = AuditLogWindow(self.db, self.profile, self.paths, self)
        window.show()
        self.audit_window = window
        return window

    def open_dashboard(self) -> QWidget:
        from udsat_desktop.ui.dashboard import DashboardWindow

        window = DashboardWindow(self.db, self.profile, self.paths, self)
        window.show()
        self.dashboard_window = window
        return window

    def print_selected(self) -> Any:
        """Ctrl+P: the case's latest signed summary (a correction replaces what it corrects) is
        read on a worker; the preview opens when it is there."""
        from udsat_desktop.store.versions import latest_signed
        from udsat_desktop.ui.busy import run_busy
        from udsat_desktop.ui.printing import local_printable, print_pdf

        index = self.table.currentIndex()
        row = self.model.row_object(index.row()) if index.isValid() else None
        case = get_case(self.db, row.id) if row is not None else None
        if case is None:
            return None
        latest = latest_signed(self.db, case.case_key)

        def none_signed() -> None:
            QMessageBox.information(self, self.tr("Udskriv"),
                                    self.tr("Sag %1 har ingen underskreven sammenfatning.")
                                    .replace("%1", case.case_key))

        def found(pdf: bytes | None) -> None:
            if pdf is None or latest is None:
                none_signed()
                return
            self.print_dialog = print_pdf(self, self.db, self.profile, pdf,
                                          name=f"{case.case_key}_{latest.review_key}.pdf",
                                          cases=[case.id])

        def failed(exc: BaseException) -> None:
            QMessageBox.warning(self, self.tr("Udskriv"), error_text(exc) if isinstance(
                exc, OSError) else type(exc).__name__)

        if latest is None:
            none_signed()
            return None
        return run_busy(self, self.tr("Udskriv"), self.tr("Henter sammenfatningen…"),
                        local_printable, self.db, self.paths, self.sync.share, case.case_key,
                        latest.review_key, on_done=found, on_error=failed)

    def remind_overdue(self) -> int:
        """On start: how many next steps are overdue, with the way to the work list."""
        today = dt.date.today().isoformat()
        count = int(self.db.reader().execute(
            "SELECT count(*) FROM next_step WHERE status = 'aaben' AND deadline < ?",
            (today,)).fetchone()[0])
        if count:
            text = self.tr("%Ln næste skridt er overskredet", "", count)
            self.statusBar().showMessage(
                self.tr("%1 – se Vis → Opfølgning (Ctrl+Shift+O)").replace("%1", text), 30000)
            if self.profile.is_coordinator:
                box = QMessageBox(QMessageBox.Icon.Information, self.tr("Opfølgning"), text,
                                  QMessageBox.StandardButton.Close, self)
                show = box.addButton(self.tr("Vis opfølgning"),
                                     QMessageBox.ButtonRole.AcceptRole)
                show.clicked.connect(self.open_follow_up)
                box.setWindowModality(Qt.WindowModality.NonModal)
                box.show()
                self.overdue_box = box
        return count

    def shortcut_rows(self) -> list[tuple[str, str, str]]:
        """(where, what, keys) for every shortcut: the menus' actions, then the review form."""
        from PySide6.QtGui import QKeySequence as Keys

        from udsat_desktop.ui.review_window import REVIEW_SHORTCUTS

        rows = []
        for menu_action in self.menuBar().actions():
            menu = menu_action.menu()
            where = menu_action.text().replace("&", "")
            actions = menu.actions() if isinstance(menu, QMenu) else []
            for action in actions:
                if not action.shortcut().isEmpty():
                    rows.append((where, action.text().replace("&", "").rstrip("…"),
                                 action.shortcut().toString(Keys.SequenceFormat.NativeText)))
        native = Keys.SequenceFormat.NativeText
        rows += [(self.tr("Køen"), self.tr("Åbn den valgte sag"), Keys("Return").toString(native)),
                 (self.tr("Køen"), self.tr("Fra søgefeltet ned i listen"),
                  Keys("Down").toString(native))]
        rows += [(self.tr("Gennemgang"), translate("ReviewWindow", text),
                  Keys(keys).toString(Keys.SequenceFormat.NativeText))
                 for text, keys in REVIEW_SHORTCUTS]
        return rows

    def show_shortcuts(self) -> QWidget:
        from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTableWidget, QTableWidgetItem

        rows = self.shortcut_rows()
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Tastaturgenveje"))
        table = QTableWidget(len(rows), 3)
        table.setHorizontalHeaderLabels([self.tr("Hvor"), self.tr("Handling"),
                                         self.tr("Taster")])
        table.setAccessibleName(self.tr("Tastaturgenveje"))
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                table.setItem(r, c, QTableWidgetItem(value))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(table)
        layout.addWidget(buttons)
        dialog.resize(620, 560)
        dialog.show()
        self.shortcuts_dialog = dialog
        return dialog

    def show_about(self) -> None:
        QMessageBox.about(
            self, self.tr("Om Udsat Desktop"),
            self.tr("<b>Udsat Desktop</b> %1<br>Taskforcens gennemgang af sager for udsatte "
                    "ledige i Københavns Kommune.<br><br>Datamappe: %2<br>Logmappe: %3")
            .replace("%1", __version__).replace("%2", str(self.paths.data))
            .replace("%3", str(self.paths.logs)))

    def when_ready(self, callback: Callable[[], None]) -> None:
        """Call back once the event loop has painted the populated queue."""
        QTimer.singleShot(0, callback)

