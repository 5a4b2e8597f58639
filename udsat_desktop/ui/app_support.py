"""Start-up helpers for the GUI: Qt messages into logging, and getting an open store."""

from __future__ import annotations

import argparse
import logging
import os
import sys

from PySide6.QtCore import QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QDialog, QMessageBox, QProgressDialog

from udsat_desktop.paths import AppPaths
from udsat_desktop.store.db import Database, StoreError
from udsat_desktop.store.lifecycle import (
    DEMO_PASSPHRASE,
    ensure_demo,
    is_initialised,
    open_existing,
)
from udsat_desktop.store.queue import Profile

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


def obtain_store(args: argparse.Namespace, paths: AppPaths, key: bytes | None = None
                 ) -> tuple[Database, Profile] | None:
    env = os.environ.get("UDSAT_PASSPHRASE")
    try:
        if args.demo:
            if not is_initialised(paths):
                return _create_demo(paths, args.cases, env or DEMO_PASSPHRASE, quiet=args.smoke)
            return open_existing(paths, env or DEMO_PASSPHRASE, key)
        if env is not None and is_initialised(paths):
            return open_existing(paths, env, key)
        if args.smoke:
            raise StoreError("Ingen database at åbne: brug --demo eller opret en profil først")
    except StoreError as exc:
        _fatal(str(exc), show=not args.smoke)
        return None
    from udsat_desktop.ui.dialogs import FirstRunDialog, UnlockDialog

    dialog = FirstRunDialog(paths) if not is_initialised(paths) else UnlockDialog(paths)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.db is None:
        return None
    assert dialog.profile is not None
    return dialog.db, dialog.profile


def _create_demo(paths: AppPaths, cases: int, passphrase: str, *, quiet: bool
                 ) -> tuple[Database, Profile]:
    progress = None
    if not quiet:
        progress = QProgressDialog("Opretter demodatabase med syntetiske sager…", "", 0, cases)
        progress.setCancelButton(None)
        progress.setMinimumDuration(0)
        progress.setWindowTitle("Udsat Desktop")

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
