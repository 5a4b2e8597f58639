"""Screenshots for the README and the user guide, taken under Xvfb from the demo database.

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python docs/make_screenshots.py [OUT]

UDSAT_SHOT_LANG=en takes the same screens in English, saved as <name>-en.png.
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

    from udsat_desktop.platform.paths import resolve
    from udsat_desktop.store.lifecycle import ensure_demo
    from udsat_desktop.store.queue import reviewer_labels
    from udsat_desktop.ui.main_window import MainWindow

    paths = resolve(data).ensure()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(paths.config))
    app = QApplication(sys.argv[:1])
    from udsat_desktop.ui.common.i18n import install_translations

    language = os.environ.get("UDSAT_SHOT_LANG", "da")
    install_translations(app, language)
    suffix = "" if language == "da" else f"-{language}"

    def save(widget: object, name: str) -> None:
        target = out / f"{name}{suffix}.png"
        widget.grab().save(str(target))  # type: ignore[attr-defined]
        print(target)

    db, profile = ensure_demo(paths)
    window = MainWindow(db, profile, paths, reviewer_names=reviewer_labels(db))
    window.resize(1500, 860)
    window.show()
    window.table.selectRow(2)
    for _ in range(20):
        app.processEvents()
    save(window, "koe")

    from udsat_desktop.store.demo_reviews import build_demo_reviews

    if not window.queue.count(
        window.model.current_filter.__class__(statuses=frozenset({"klar_til_underskrift"}))
    ):
        build_demo_reviews(db, 6, profile.user_id, window.library)
    from udsat_desktop.store.queue import CaseFilter

    ready = window.queue.page(CaseFilter(statuses=frozenset({"klar_til_underskrift"})), limit=1)
    review_window = window.open_review_for(ready[0].id)
    review_window.resize(1300, 900)
    review_window.sections.setCurrentRow(1)
    for _ in range(20):
        app.processEvents()
    save(review_window, "gennemgang")
    review_window.sections.setCurrentRow(6)
    for _ in range(20):
        app.processEvents()
    save(review_window, "naeste-skridt")
    review_window.close()

    # a signed summary, page 1, as the coordinator prints it
    import datetime as dt
    import shutil
    import subprocess

    from udsat_desktop.flows.signing import sign_ready

    items = sign_ready(db, paths, profile, window.library, "skaermbillede-1", workers=1)
    if items and shutil.which("pdftoppm") and not suffix:  # the PDF is Danish either way
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "80",
                "-f",
                "1",
                "-l",
                "1",
                "-singlefile",
                str(items[0].pdf),
                str(out / "sammenfatning"),
            ],
            check=True,
        )
        print(out / "sammenfatning.png")

    # the coordinator's meeting and dashboard
    from udsat_desktop.store import meetings as m
    from udsat_desktop.ui.coordinator.dashboard import DashboardWindow
    from udsat_desktop.ui.coordinator.meetings import MeetingsWindow

    build_demo_reviews(db, 30, profile.user_id, window.library, seed=5, all_ready=True)
    sign_ready(db, paths, profile, window.library, "skaermbillede-1", workers=1)
    day = dt.date.today() + dt.timedelta(days=9)
    if day not in m.meeting_dates(db):
        m.create_meeting(
            db,
            profile,
            day,
            "09:00",
            "Jobcenter København, Gammel Køge Landevej",
            {
                "beskaeftigelse": "Jens Holm",
                "sundhed": "Aya Berg",
                "social": "Mia Lund",
                "sundhedskoordinator": "Ole Krog",
            },
        )
        for candidate in m.candidates(db)[:5]:
            m.add_case(db, profile, day, candidate)
        first = m.get_meeting(db, day).items[0]
        m.record_outcome(
            db,
            profile,
            day,
            first.case_key,
            "Fleksjob",
            {"helbred": "LÆ 265 viser varigt nedsat arbejdsevne"},
            False,
        )
    meetings = MeetingsWindow(db, profile, paths, window.runner, None)
    meetings.resize(1100, 560)
    meetings.show()
    for _ in range(20):
        app.processEvents()
    save(meetings, "moeder")
    dashboard = DashboardWindow(db, profile, paths)
    dashboard.resize(1400, 1000)
    dashboard.show()
    for _ in range(30):
        app.processEvents()
    save(dashboard, "fremdrift")
    db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
