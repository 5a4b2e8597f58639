"""Screenshots for the README and the user guide, taken under Xvfb from the demo database.

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python docs/make_screenshots.py [OUT]
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parent)
    out.mkdir(parents=True, exist_ok=True)
    data = Path(os.environ.get("UDSAT_SHOT_DATA") or tempfile.mkdtemp(prefix="udsat-shots-"))
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from udsat_desktop.paths import resolve
    from udsat_desktop.store.lifecycle import ensure_demo
    from udsat_desktop.store.queue import reviewer_labels
    from udsat_desktop.ui.main_window import MainWindow

    paths = resolve(data).ensure()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(paths.config))
    app = QApplication(sys.argv[:1])
    db, profile = ensure_demo(paths)
    window = MainWindow(db, profile, paths, reviewer_names=reviewer_labels(db))
    window.resize(1500, 860)
    window.show()
    window.table.selectRow(2)
    for _ in range(20):
        app.processEvents()
    window.grab().save(str(out / "koe.png"))
    print(out / "koe.png")

    from udsat_desktop.store.demo_reviews import build_demo_reviews

    if not window.queue.count(window.model.current_filter.__class__(statuses=frozenset(
            {"klar_til_underskrift"}))):
        build_demo_reviews(db, 6, profile.user_id, window.library)
    from udsat_desktop.store.queue import CaseFilter

    ready = window.queue.page(CaseFilter(statuses=frozenset({"klar_til_underskrift"})), limit=1)
    review_window = window.open_review_for(ready[0].id)
    review_window.resize(1300, 900)
    review_window.sections.setCurrentRow(1)
    for _ in range(20):
        app.processEvents()
    review_window.grab().save(str(out / "gennemgang.png"))
    print(out / "gennemgang.png")
    review_window.sections.setCurrentRow(6)
    for _ in range(20):
        app.processEvents()
    review_window.grab().save(str(out / "naeste-skridt.png"))
    db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
