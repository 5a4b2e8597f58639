"""The real main window on a demo data folder, offscreen, for the window benchmarks."""

from __future__ import annotations

import os
import sys
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def open_window(data_dir: str) -> tuple[Any, Any, Any]:
    """(application, database, main window), shown and painted once."""
    from PySide6.QtWidgets import QApplication

    from udsat_desktop.platform.paths import resolve
    from udsat_desktop.store.lifecycle import DEMO_PASSPHRASE, open_existing
    from udsat_desktop.store.queue import reviewer_labels
    from udsat_desktop.ui.main_window import MainWindow

    paths = resolve(data_dir)
    app = QApplication(sys.argv[:1])
    db, profile = open_existing(paths, os.environ.get("UDSAT_PASSPHRASE", DEMO_PASSPHRASE))
    window = MainWindow(db, profile, paths, reviewer_names=reviewer_labels(db))
    window.show()
    app.processEvents()
    return app, db, window


def close_window(app: Any, db: Any, window: Any) -> None:
    """Tear the widgets down while Qt is alive, then release the database."""
    window.close()
    window.deleteLater()
    app.processEvents()
    db.close()
