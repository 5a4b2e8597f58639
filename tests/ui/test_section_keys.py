"""Ctrl+PgDown / Ctrl+PgUp change the section from wherever the cursor is: a multi-line text
field (which otherwise keeps the keys for itself), a one-line field and a drop-down."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPlainTextEdit

from udsat_desktop.store.queue import CaseFilter, CaseQueue
from udsat_desktop.ui.review.review_pages import FieldsPage

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot, demo_db, profile, make_window):
    main = make_window(demo_db, profile)
    case = CaseQueue(demo_db).page(CaseFilter(statuses=frozenset({"ny"})), limit=1)[0]
    win = main.open_review_for(case.id)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    return win


def an_input(win, kind):
    """The first input of `kind` in the form, its section shown and the cursor in it."""
    for row, page in enumerate(win.pages):
        if not isinstance(page, FieldsPage):
            continue
        for editor in page.editors.values():
            target = getattr(editor, "edit", None) or editor.input
            if isinstance(target, kind) and editor.isVisibleTo(page):
                return row, target
    raise AssertionError(kind)


@pytest.mark.parametrize("kind", [QPlainTextEdit, QLineEdit, QComboBox])
def test_section_keys_work_from_inside_a_field(qtbot, window, kind):
    row, target = an_input(window, kind)
    window.sections.setCurrentRow(row)
    target.setFocus()
    qtbot.waitUntil(lambda: window.focusWidget() is target)
    before = target.toPlainText() if kind is QPlainTextEdit else None
    qtbot.keyClick(target, Qt.Key.Key_PageDown, CTRL)
    assert window.sections.currentRow() == row + 1
    # back again, from inside the field of the next section that now has the cursor
    inside = window.focusWidget()
    assert inside is not None and window.isAncestorOf(inside)
    qtbot.keyClick(inside, Qt.Key.Key_PageUp, CTRL)
    assert window.sections.currentRow() == row
    if kind is QPlainTextEdit:
        assert target.toPlainText() == before  # the field was not changed by the keys


def test_section_keys_work_while_typing_a_correction(qtbot, demo_db, profile, paths, make_window):
    """In a correction (a signed review's new version), after typing into its first field."""
    from udsat_desktop.flows.signing import sign_review
    from udsat_desktop.platform.checklists import bundled_library
    from udsat_desktop.store.demo_reviews import build_demo_reviews
    from udsat_desktop.store.reviews.review_flow import start_correction

    lib = bundled_library()
    build_demo_reviews(demo_db, 1, profile.user_id, lib, seed=29, all_ready=True)
    (signed_id, case_id) = (
        demo_db.reader().execute("SELECT id, case_id FROM review WHERE status = 'klar'").fetchone()
    )
    sign_review(demo_db, paths, profile, lib, signed_id, "nøgle-kode-1")
    start_correction(demo_db, signed_id, profile.user_id, "Ny lægeattest")
    main = make_window(demo_db, profile)
    win = main.open_review_for(case_id)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    row, target = an_input(win, QPlainTextEdit)
    win.sections.setCurrentRow(row)
    target.setFocus()
    qtbot.keyClick(target, Qt.Key.Key_End, CTRL)
    qtbot.keyClicks(target, " Tilføjet.", delay=10)
    qtbot.waitUntil(lambda: win.claim_state == "done")
    qtbot.waitUntil(lambda: not win.pending and win.save_label.text().startswith("Gemt"))
    qtbot.keyClick(target, Qt.Key.Key_PageDown, CTRL)
    assert win.sections.currentRow() == row + 1
    qtbot.keyClick(win.focusWidget(), Qt.Key.Key_PageUp, CTRL)
    assert win.sections.currentRow() == row
    assert target.toPlainText().endswith(" Tilføjet.")
