"""Start-up helpers for the GUI: Qt messages into logging, and getting an open store."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from collections.abc import Callable, Iterator
from importlib import import_module
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QDialog, QMessageBox, QProgressDialog, QWidget

from udsat_desktop.platform.paths import AppPaths
from udsat_desktop.platform.proctime import peak_rss_mb, process_age_ms
from udsat_desktop.platform.settings import load_settings
from udsat_desktop.store.db import Database, WrongPassphrase
from udsat_desktop.store.errors import StoreError
from udsat_desktop.store.lifecycle import (
    DEMO_PASSPHRASE,
    ensure_demo,
    is_initialised,
    open_existing,
)
from udsat_desktop.store.queue import Profile, reviewer_labels
from udsat_desktop.ui.common import remember
from udsat_desktop.ui.common.i18n import fill, install_translations, translate

log = logging.getLogger("udsat.app")
qt_log = logging.getLogger("qt")

_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def install_qt_logging() -> None:
    def handler(kind: QtMsgType, context: object, message: str) -> None:
        qt_log.log(_LEVELS.get(kind, logging.WARNING), "%s", message)

    qInstallMessageHandler(handler)


def obtain_store(
    args: argparse.Namespace,
    paths: AppPaths,
    key: bytes | None = None,
    remembered: tuple[str | None, bytes | None] | None = None,
) -> tuple[Database, Profile] | None:
    """The open store and its profile, or None (the user cancelled, or a refusal was shown).
    `key` is derived from the known passphrase (`app.main`); `remembered` is the keyring's
    passphrase and its key when `app.main` fetched and derived them beside Qt."""
    env = os.environ.get("UDSAT_PASSPHRASE")
    try:
        if args.demo:
            if not is_initialised(paths):
                return _create_demo(paths, args.cases, env or DEMO_PASSPHRASE, quiet=args.smoke)
            return open_existing(paths, env or DEMO_PASSPHRASE, key)
        if env is not None and is_initialised(paths):
            return open_existing(paths, env, key)
        if args.smoke:
            raise StoreError(
                translate(
                    "Start", "Ingen database at åbne: brug --demo eller opret en profil først"
                )
            )
    except StoreError as exc:
        _fatal(str(exc), show=not args.smoke)
        return None
    opened = _open_remembered(paths, remembered)
    if opened is not None:
        return opened

    from udsat_desktop.ui import start_dialogs  # lazy: only without a known passphrase (-6 ms)

    first_run = not is_initialised(paths)
    dialog = start_dialogs.FirstRunDialog(paths) if first_run else start_dialogs.UnlockDialog(paths)
    load_window_while_asked(dialog)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.db is None:
        return None
    assert dialog.profile is not None
    return dialog.db, dialog.profile


# the queue window's modules, leaves first: imported while the unlock or first-run dialog waits
# for the passphrase (one a pass of the event loop, so a key typed meanwhile waits at most one
# module's import), or before the store opens when the passphrase is known (`app.main`)
WINDOW_MODULES = (
    "udsat_desktop.ui.common.tasks",
    "udsat_desktop.ui.common.lock",
    "udsat_desktop.ui.queue.queue_model",
    "udsat_desktop.ui.queue.queue_view",
    "udsat_desktop.ui.queue.queue_controller",
    "udsat_desktop.ui.actions",
    "udsat_desktop.ui.main_window",
)


def load_window_while_asked(dialog: QWidget) -> None:
    """Import the queue window's modules one by one once `dialog` has been painted: the
    dialog is shown without them (sooner) and Enter finds them loaded. Whatever is not loaded
    when the dialog closes is imported by `run_gui` as usual."""
    pending: Iterator[str] = iter(WINDOW_MODULES)

    def next_one() -> None:
        name = next(pending, None)
        if name is not None and dialog.isVisible():
            import_module(name)
            QTimer.singleShot(0, dialog, next_one)

    FirstPaint(dialog).then(next_one)  # once the dialog is on the screen


def install_qt_translation(app: Any, paths: AppPaths) -> list[str]:
    """The chosen language (Danish by default) for our texts and Qt's own (OK/Annullér, the
    print dialog, the date picker), and its locale for dates and numbers."""

    return install_translations(app, load_settings(paths.config).language)


def _open_remembered(
    paths: AppPaths, early: tuple[str | None, bytes | None] | None
) -> tuple[Database, Profile] | None:
    """On a trusted computer (setting on), the passphrase from the OS keyring (already fetched
    with its key derived when `early` is given); a stale one is forgotten and the user asked
    as usual."""

    if not is_initialised(paths) or not load_settings(paths.config).remember_passphrase:
        return None
    passphrase, key = early if early is not None else (remember.remembered(paths), None)
    if not passphrase:
        return None
    try:
        return open_existing(paths, passphrase, key)
    except WrongPassphrase:
        remember.forget(paths)
        return None


def _create_demo(
    paths: AppPaths, cases: int, passphrase: str, *, quiet: bool
) -> tuple[Database, Profile]:
    progress = None
    if not quiet:
        progress = QProgressDialog(
            translate("Start", "Opretter demodatabase med syntetiske sager…"), "", 0, cases
        )
        progress.setCancelButton(None)
        progress.setMinimumDuration(0)
        progress.setWindowTitle(translate("Start", "Udsat Desktop"))

    def report(done: int, total: int) -> None:
        if progress is not None:
            progress.setValue(done)

    try:
        return ensure_demo(paths, cases, passphrase, progress=report)
    finally:
        if progress is not None:
            progress.close()


def _fatal(message: str, *, show: bool) -> None:
    log.error("start refused: %s", message.split(":")[0])
    print(f"udsat-desktop: {message}", file=sys.stderr)
    if show:
        QMessageBox.critical(None, "Udsat Desktop", message)


def run_gui(
    args: argparse.Namespace,
    paths: AppPaths,
    key: bytes | None,
    warm_up: Any = None,
    remembered: tuple[str | None, bytes | None] | None = None,
) -> int:
    """Create the application, open the store, show the queue and run the event loop."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    QApplication.setOrganizationName("KobenhavnsKommune")
    QApplication.setApplicationName("UdsatDesktop")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(paths.config))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_qt_logging()
    install_qt_translation(app, paths)

    opened = obtain_store(args, paths, key, remembered)
    if opened is None:
        return 2 if args.smoke else 0
    db, profile = opened
    from udsat_desktop.ui.main_window import MainWindow  # lazy: the dialog comes first, -60 ms

    window = MainWindow(db, profile, paths, reviewer_names=reviewer_labels(db))
    painted = FirstPaint(window.table.viewport())
    window.show()
    log.info("main window shown with %d of %d cases", window.model.rowCount(), window.model.total)

    def rest() -> None:
        """After the queue's first paint: the other controllers, then what the start does."""
        window.build_rest()
        if not args.smoke:
            if warm_up is not None:
                QTimer.singleShot(300, warm_up)
            QTimer.singleShot(0, window.offer_recovery)
            QTimer.singleShot(0, window.tell_absorbed_outbox)  # once: an old plain outbox taken in
            window.sync.start()  # first sync shortly after start, then every five minutes
            QTimer.singleShot(800, window.remind_overdue)
        else:
            QTimer.singleShot(0, report)

    painted.then(rest)

    def report() -> None:
        rows = window.model.rowCount()
        ok = False  # whatever fails or raises below, the smoke run exits non-zero
        try:
            # the queue painted with its first page: what the user sees and can use
            print(f"ready_ms={painted.age_ms:.0f}", flush=True)
            # every thread's CPU until then: the figure a loaded machine disturbs least
            print(f"cpu_ms={painted.cpu_ms:.0f}", flush=True)
            # the other controllers, their modules and the sync built after that paint
            print(f"deferred_ms={process_age_ms():.0f}", flush=True)
            print(f"cases={window.model.total} rows_loaded={rows}", flush=True)
            print(f"peak_rss_mb={peak_rss_mb():.0f}", flush=True)
            # what the first screen had loaded when it was painted (FirstPaint.loaded)
            for name, loaded in painted.loaded.items():
                print(f"{name}={int(loaded)}", flush=True)
            if rows == 0:
                print("udsat-desktop: køen er tom", file=sys.stderr)
            ok = rows > 0
            if args.check_summary:  # what a packaged build must also be able to do
                from udsat_desktop.ui import smoke  # lazy: launch, ReportLab+SQLAlchemy +4 s

                ok = ok and smoke.check_summary(db, profile, paths)
        except Exception as exc:  # reported; the exit status says it
            log.exception("smoke check failed")
            print(
                f"udsat-desktop: kontrollen fejlede ({type(exc).__name__})",
                file=sys.stderr,
                flush=True,
            )
            ok = False
        finally:
            app.exit(0 if ok else 1)

    try:
        return int(app.exec())
    finally:
        # Tear widgets down while Qt is still alive, then release the database.
        window.deleteLater()
        app.processEvents()
        db.close()


# the modules of what `MainWindow.build_rest` makes after the first paint (ui/rest.py)
DEFERRED_MODULES = (
    "udsat_desktop.ui.admin_controller",
    "udsat_desktop.ui.coordinator.meetings_controller",
    "udsat_desktop.ui.review.review_controller",
    "udsat_desktop.ui.review.signing_controller",
    "udsat_desktop.ui.team.sync_ui",
    "udsat_desktop.ui.team.team_controller",
)

# what the first screen must be painted without (`--smoke` prints each key as `<key>=0|1`)
FIRST_SCREEN_WITHOUT: dict[str, tuple[str, ...]] = {
    # the write path (SQLAlchemy): see docs/architecture.md, "Two read/write paths"
    "sqlalchemy_loaded": ("sqlalchemy",),
    # the template parser's schema checker (the queue reads no template)
    "jsonschema_loaded": ("jsonschema",),
    # the audit log's labels and the access log's vocabulary: the first screen only appends
    "audit_labels_loaded": ("udsat_desktop.core.auditlog",),
    # the sync and the five controllers built after the first paint (issue 34)
    "deferred_loaded": DEFERRED_MODULES,
}


class FirstPaint(QObject):
    """Watches a widget for its first paint and, once that paint is drawn (the next pass of the
    event loop), notes when (process age, CPU of every thread so far) and which modules of
    `FIRST_SCREEN_WITHOUT` had been loaded, then runs what `then` was given. A widget that is
    not painted (a window started minimised) is taken as painted after `LATEST_MS`."""

    LATEST_MS = 1500

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.age_ms = 0.0
        self.cpu_ms = 0.0
        self.loaded: dict[str, bool] = {}
        self._next: list[Callable[[], None]] = []
        self._done = False
        self._widget = widget
        widget.installEventFilter(self)
        QTimer.singleShot(self.LATEST_MS, self, self._drawn)

    def then(self, callback: Callable[[], None]) -> None:
        self._next.append(callback)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._drawn)  # after this paint has been drawn
        return False

    def _drawn(self) -> None:
        if self._done:
            return
        self._done = True
        self._widget.removeEventFilter(self)
        self.age_ms, self.cpu_ms = process_age_ms(), time.process_time() * 1000
        self.loaded = {
            key: any(name in sys.modules for name in names)
            for key, names in FIRST_SCREEN_WITHOUT.items()
        }
        for callback in self._next:
            callback()


def show_crash_dialog(where: Any) -> None:
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is not None:
        QMessageBox.critical(
            None,
            translate("Start", "Udsat Desktop"),
            fill(
                translate(
                    "Start",
                    "Der opstod en uventet fejl. Dit arbejde er gemt løbende.\n\n"
                    "Detaljer er skrevet til %1.",
                ),
                str(where),
            ),
        )
