"""A save the database refuses (a full disk, simulated with SQLite's `max_page_count`) is told
in the review window, not in the crash dialog; the text stays in the form, closing asks before
anything is lost, and the answers are saved once there is room. An error the user can act on
that reaches the excepthook writes no crash file; a bug does."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import event

from udsat_desktop.platform.checklists import default_library
from udsat_desktop.store.queue import CaseFilter, CaseQueue
from udsat_desktop.store.reviews.review_flow import get_review, open_review
from udsat_desktop.store.sqlite_errors import DiskFull
from udsat_desktop.ui.review.review_pages import FieldsPage
from udsat_desktop.ui.review.review_window import ReviewWindow

TEXT = "Borgeren bor på herberg og ønsker en bolig. " * 300


def _full_disk(db):
    """Every new write connection may not grow the database (SQLITE_FULL)."""
    db.engine.dispose()

    def limit(dbapi_conn, _record):
        count = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count = {count}")

    event.listen(db.engine, "connect", limit)
    return lambda: (event.remove(db.engine, "connect", limit), db.engine.dispose())


@pytest.fixture
def review_window(qtbot, demo_db, profile):
    library = default_library()
    case = CaseQueue(demo_db).page(CaseFilter(statuses=frozenset({"ny"})), limit=1)[0]
    review = open_review(demo_db, case.id, profile.user_id, library)
    win = ReviewWindow(demo_db, profile, library, review)
    qtbot.addWidget(win)
    with qtbot.waitActive(win):
        win.show()
        win.activateWindow()
    return win


def _long_text_editor(win):
    for page in win.pages:
        if isinstance(page, FieldsPage):
            for editor in page.editors.values():
                if editor.field.type == "long_text":
                    return page, editor
    raise AssertionError("no long text field")


@pytest.mark.expected_log(r"database refused: DiskFull", r"autosave failed: DiskFull")
def test_a_full_disk_keeps_the_text_in_the_form_and_says_so(qtbot, review_window, demo_db):
    win = review_window
    page, editor = _long_text_editor(win)
    win.sections.setCurrentRow(win.pages.index(page))
    restore = _full_disk(demo_db)
    target = getattr(editor, "edit", None) or editor.input
    target.setFocus()
    QApplication.clipboard().setText(TEXT)  # pasted: more than the free room in the pages
    qtbot.keyClick(target, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert editor.value() == TEXT
    qtbot.waitUntil(lambda: "Ikke gemt" in win.problems.text(), timeout=5000)
    assert "ikke plads på disken" in win.problems.text()
    assert "står stadig i vinduet" in win.problems.text()
    assert get_review(demo_db, win.review.id).answers.get(editor.field.id) != TEXT

    # closing would lose the text: asked, and No (the default, Enter) keeps the window open
    def answer_no() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(200, answer_no)
    win.close()
    assert win.isVisible()
    assert editor.value() == TEXT

    restore()  # room again: the retry saves the same text
    qtbot.waitUntil(
        lambda: get_review(demo_db, win.review.id).answers.get(editor.field.id) == TEXT,
        timeout=8000,
    )
    qtbot.waitUntil(lambda: "Ikke gemt" not in win.problems.text(), timeout=3000)
    win.close()
    assert not win.isVisible()


@pytest.mark.expected_log(
    r"udsat\.crash: refused: DiskFull", r"udsat\.crash: unexpected error KeyError"
)
def test_a_user_error_in_the_excepthook_is_no_crash_but_a_bug_is(paths):
    from udsat_desktop.app import install_excepthook

    install_excepthook(paths.logs)
    try:
        try:
            raise DiskFull("Der er ikke plads på disken til databasen")
        except DiskFull:
            sys.excepthook(*sys.exc_info())
        assert not list(paths.logs.glob("crash-*"))
        try:
            raise KeyError("a bug")
        except KeyError:
            sys.excepthook(*sys.exc_info())
        assert len(list(paths.logs.glob("crash-*"))) == 1
    finally:
        sys.excepthook = sys.__excepthook__


@pytest.mark.expected_log(r"a task failed unexpectedly")
def test_a_failed_task_shows_a_user_error_as_it_is_and_a_bug_in_one_sentence(qapp, caplog):
    import errno

    from udsat_desktop.core.status import NotAllowed
    from udsat_desktop.ui.common.failures import failure_text

    assert (
        failure_text(NotAllowed("Kun koordinatorer kan tildele sager"))
        == "Kun koordinatorer kan tildele sager"
    )
    assert (
        failure_text(OSError(errno.ENOSPC, "No space left on device"))
        == "En fil kunne ikke læses eller skrives (ingen plads tilbage på drevet)."
    )
    try:
        {}["nøgle 010203-1234"]
    except KeyError as exc:
        text = failure_text(exc)
    assert text == "Der opstod en uventet fejl (KeyError); detaljerne står i logfilen."
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "Traceback" in logged and "010203-1234" not in logged  # where, never the message
