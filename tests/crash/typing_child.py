"""Child process for the crash tests: the real app window, a review, and steady typing.

    python -m tests.crash.typing_child DATA_DIR CASE_ID LOG        # types until killed
    python -m tests.crash.typing_child DATA_DIR --recover          # reopens what was open

While typing it appends "<characters typed> <monotonic time>" to LOG after every keystroke,
so the parent knows exactly what had been typed when it sent SIGKILL.
"""

from __future__ import annotations

import json
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TEXT = "Borgeren fortæller om søvnbesvær og smerter i ryggen, som gør lange dage svære. " * 300
FIELD = "helbred"


def main() -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QTextCursor
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from udsat_desktop.platform.paths import resolve
    from udsat_desktop.store.lifecycle import open_existing
    from udsat_desktop.store.queue import reviewer_labels
    from udsat_desktop.ui.main_window import MainWindow
    from udsat_desktop.ui.review.review_pages import FieldsPage

    paths = resolve(sys.argv[1])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(paths.config))
    app = QApplication(sys.argv[:1])
    db, profile = open_existing(paths, os.environ["UDSAT_PASSPHRASE"])
    main_window = MainWindow(db, profile, paths, reviewer_names=reviewer_labels(db))
    main_window.show()
    if sys.argv[2] == "--recover":
        window = main_window.offer_recovery(ask=False)
        if window is None:
            print(json.dumps({"recovered": False}))
            return 0
        app.processEvents()
        page = window.pages[window.stack.currentIndex()]
        text = page.editors[FIELD].value() if isinstance(page, FieldsPage) else None
        print(
            json.dumps(
                {
                    "recovered": True,
                    "review_id": window.review.id,
                    "section": window.current_section().id,
                    "field": window.focused_field(),
                    "text": text,
                }
            )
        )
        window.close()
        return 0
    window = main_window.open_review_for(int(sys.argv[2]))
    window.focus_field(FIELD)
    app.processEvents()
    editor = window.pages[0].editors[FIELD].input
    editor.moveCursor(QTextCursor.MoveOperation.End)  # carry on where the saved draft ends
    already = len(editor.toPlainText())
    assert TEXT.startswith(editor.toPlainText())
    with open(sys.argv[3], "a", encoding="utf-8") as log:
        for count, ch in enumerate(TEXT[already:], start=already + 1):
            QTest.keyClicks(editor, ch)  # keyClicks, not keyClick: it types æ, ø, å right
            log.write(f"{count} {time.monotonic():.4f}\n")
            log.flush()
            # the wait is the point: the pace of a person typing, ~60 keystrokes a second
            QTest.qWait(15)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
