"""The main window: assembles the queue view, the area controllers and the menus.

The window lays out the queue (ui/queue/queue_view.py) with the lock page behind it, creates one
controller per area — queue, reviews, team and sync, meetings, signing, administration — and
builds its menus from the one table of actions (ui/actions.py), whose rows name the controller
methods they call. Behaviour lives in the controllers; the window keeps only what is the
window's own: its geometry, its keys, the colleagues' names, and the few entry points the
application start uses (recovery of an interrupted review, the overdue reminder).

The first screen needs only the queue (issue 34): `MainWindow()` builds the queue, its controller,
the lock and every menu and action; the other five controllers and their modules are imported
and built by `build_rest`, which the start calls once the queue is painted. Whatever asks for one
of them earlier — a shortcut pressed at once, a test, `run_gui` — builds them there and then
(the `sync` and `*_ctrl` properties), so no keystroke or call is lost."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QLabel, QMessageBox, QStackedWidget, QWidget

from udsat_desktop.platform.paths import AppPaths
from udsat_desktop.platform.settings import load_settings
from udsat_desktop.store.db import Database
from udsat_desktop.store.queue import CaseQueue, Profile, reviewer_labels
from udsat_desktop.store.signed_pdfs import OUTBOX_ABSORBED, take_notice
from udsat_desktop.ui.actions import build_actions
from udsat_desktop.ui.common.i18n import domain, fill
from udsat_desktop.ui.common.lock import LockController, LockPage
from udsat_desktop.ui.common.tasks import TaskRunner
from udsat_desktop.ui.common.window_face import WindowFace
from udsat_desktop.ui.queue.queue_controller import QueueController
from udsat_desktop.ui.queue.queue_model import CaseQueueModel
from udsat_desktop.ui.queue.queue_view import QueueView

if TYPE_CHECKING:
    from udsat_desktop.ui.admin_controller import AdminController
    from udsat_desktop.ui.coordinator.meetings_controller import MeetingsController
    from udsat_desktop.ui.rest import Rest
    from udsat_desktop.ui.review.review_controller import ReviewController
    from udsat_desktop.ui.review.signing_controller import SigningController
    from udsat_desktop.ui.team.sync_ui import SyncController
    from udsat_desktop.ui.team.team_controller import TeamController

log = logging.getLogger(__name__)


class MainWindow(WindowFace):
    case_opened = Signal(int)
    # the concrete parts behind what the controllers see (ui/common/window_face.py)
    model: CaseQueueModel
    queue_ctrl: QueueController
    rest_built = Signal()  # the five controllers after the queue exist (`build_rest`)

    def __init__(
        self,
        db: Database,
        profile: Profile,
        paths: AppPaths,
        reviewer_names: dict[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.profile, self.paths = db, profile, paths
        self.runner = TaskRunner(self)
        self._reviewer_names = dict(reviewer_names or {})
        self._reviewer_names.setdefault(profile.user_id, f"{profile.initials} ({profile.name})")
        self.setWindowTitle(self.tr("Udsat Desktop"))
        self.queue = CaseQueue(db)
        self.model = CaseQueueModel(self.queue, self.reviewer_label, self)

        self.queue_view = QueueView(
            self.model, self.queue.distinct_units(), self._reviewer_choices(), self.reviewer_label
        )
        self.filters, self.table = self.queue_view.filters, self.queue_view.table
        self.panel, self.count_label = self.queue_view.panel, self.queue_view.count_label
        self.splitter = self.queue_view
        self.stack = QStackedWidget()
        self.stack.addWidget(self.queue_view)
        self._lock_page: LockPage | None = None  # behind the queue; made after the first paint
        self.setCentralWidget(self.stack)

        self.sync_label = QLabel()
        self.sync_label.setAccessibleName(self.tr("Synkronisering"))
        self.sync_label.setToolTip(
            self.tr(
                "Filer, der venter på fællesmappen, og seneste synkronisering (F9 synkroniserer nu)"
            )
        )
        self._rest: Rest | None = None

        self.locker = LockController(self, load_settings(paths.config).lock_minutes)

        self.queue_ctrl = QueueController(self, self.model, self.queue_view)
        # every menu and shortcut exists from the first paint; a slot's controller is looked
        # up when the action runs (`build_rest` then, if the start has not called it yet)
        self.actions_by_id = build_actions(self)
        self.panel.open_signed.connect(
            lambda case_id: self.signing_ctrl.open_latest_signed(case_id)
        )
        self.panel.compare_versions.connect(
            lambda case_id: self.signing_ctrl.open_versions(case_id)
        )

        self.statusBar().showMessage(
            fill(
                self.tr("Bruger: %1 (%2, %3) · Databasen er krypteret"),
                profile.initials,
                profile.organisation.value,
                domain(profile.role.label),
            )
        )
        self._restore_state()
        self.model.refresh()
        self.statusBar().addPermanentWidget(self.sync_label)
        self.winId()  # the native window exists now, so its input can be watched
        self.locker.watch_window(self)

    # ------------------------------------------------------------------ after the first paint

    def build_rest(self) -> None:
        """Import and create the sync and the controllers the queue does not need (reviews,
        signing, team, meetings, administration). Once; called after the first paint, or at
        the first use of any of them."""
        if self._rest is not None:
            return
        from udsat_desktop.ui import rest  # lazy: after the first paint, issue 34 (-30 ms CPU)

        self._rest = rest.Rest(self)  # the sync first: the controllers may ask for it
        self._rest.build(self)
        self._rest.sync.status_changed.connect(self.sync_label.setText)
        self._rest.sync.update_status()
        _ = self.lock_page  # locking is instant from now on
        self.rest_built.emit()

    @property
    def lock_page(self) -> LockPage:
        """The page that hides the queue while the window is locked (ui/common/lock.py)."""
        if self._lock_page is None:
            self._lock_page = LockPage()
            self.stack.addWidget(self._lock_page)
            self._lock_page.unlock_requested.connect(self.locker.try_unlock)
        return self._lock_page

    def _built(self) -> Rest:
        self.build_rest()
        assert self._rest is not None
        return self._rest

    @property
    def sync(self) -> SyncController:  # type: ignore[override]
        return self._built().sync

    @property
    def review_ctrl(self) -> ReviewController:  # type: ignore[override]
        return self._built().review

    @property
    def signing_ctrl(self) -> SigningController:  # type: ignore[override]
        return self._built().signing

    @property
    def team_ctrl(self) -> TeamController:
        return self._built().team

    @property
    def meetings_ctrl(self) -> MeetingsController:
        return self._built().meetings

    @property
    def admin_ctrl(self) -> AdminController:
        return self._built().admin

    # ------------------------------------------------------------------ names

    def reviewer_label(self, user_id: str | None) -> str:
        if not user_id:
            return ""
        return self._reviewer_names.get(user_id, user_id)

    def learn_names(self) -> None:
        """Colleagues' names as the store knows them now (a sync or ingest learns the team):
        the queue, the case panel and the co-reviewer lists show names, never user ids."""

        self._reviewer_names.update(reviewer_labels(self.db))

    def _reviewer_choices(self) -> list[tuple[str, str]]:
        ids = set(self.queue.distinct_reviewers()) | {self.profile.user_id}
        return sorted(((i, self.reviewer_label(i)) for i in ids), key=lambda p: p[1].casefold())

    # ------------------------------------------------------------------ the window's own

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

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.filters.search.hasFocus():
            self.filters.search.clear()
            self.table.setFocus()
            return
        if (
            event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return)
            and self.filters.search.hasFocus()
            and self.model.rowCount()
        ):
            self.table.setFocus()
            self.table.selectRow(0)
            return
        super().keyPressEvent(event)

    # ------------------------------------------------------------------ entry points

    @property
    def library(self) -> Any:
        return self.review_ctrl.library

    @property
    def review_windows(self) -> list[QWidget]:
        return self.review_ctrl.windows

    def open_review_for(self, case_id: int) -> QWidget | None:
        """Open the case's review (reading claims nothing; the first edit does)."""
        return self.review_ctrl.open_review_for(case_id)

    def offer_recovery(self, ask: bool = True) -> QWidget | None:
        return self.review_ctrl.offer_recovery(ask)

    def remind_overdue(self) -> int:
        return self.review_ctrl.remind_overdue()

    def tell_absorbed_outbox(self) -> QMessageBox | None:
        """Once, at the first start after an update (issue 36): the signed summaries an earlier
        version left plain in `outbox/` are now in the encrypted store. The message does not
        block the window; the notice is removed as it is read."""

        count = take_notice(self.db, OUTBOX_ABSORBED)
        if not count:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Udbakken er nu krypteret"),
            self.tr(
                "%Ln underskrevne sammenfatninger, som en tidligere version havde lagt "
                "ukrypteret i udbakken, er flyttet ind i den krypterede database og slettet "
                "fra disken. De sendes krypteret ved næste synkronisering.",
                "",
                count,
            ),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.absorbed_message = box
        return box

    def when_ready(self, callback: Callable[[], None]) -> None:
        """Call back once the event loop has painted the populated queue."""
        QTimer.singleShot(0, callback)
