"""Errata in the review window (issue 30): a review started before a template correction,
opened from the queue by keyboard, says in the window what the correction changed and which
answer it removed; a template whose sources are not confirmed says it is a draft."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from udsat_desktop.core.checklist.library import TemplateLibrary
from udsat_desktop.core.checklist.model import DEFAULT_TEMPLATE
from udsat_desktop.platform.checklists import default_library
from udsat_desktop.store.queue import CaseFilter, CaseQueue
from udsat_desktop.store.reviews import get_review, open_review, save_review


def open_by_keyboard(qtbot, main, case):
    qtbot.keyClicks(main.filters.search, case.case_key)
    qtbot.keyClick(main.filters.search, Qt.Key.Key_Down)
    qtbot.keyClick(main.table, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    review_window = main.review_windows[-1]
    qtbot.waitUntil(lambda: QApplication.activeWindow() is review_window)
    return review_window


def test_the_window_tells_the_reviewer_what_the_correction_changed(
    qtbot, demo_db, profile, make_window
):
    library = default_library()
    before = TemplateLibrary([t for t in library.templates if t.revision == 1])
    case = CaseQueue(demo_db).page(CaseFilter(statuses=frozenset({"ny"})), limit=1)[0]
    draft = open_review(demo_db, case.id, profile.user_id, before, today=dt.date(2026, 3, 2))
    save_review(
        demo_db,
        draft.id,
        {"timer_pr_uge": 8.0, "afklaringsretning": "Nyt jobafklaringsforløb"},
        profile.user_id,
        template=before.get(DEFAULT_TEMPLATE, "2026"),
    )
    main = make_window(demo_db, profile)
    win = open_by_keyboard(qtbot, main, case)

    assert (win.template.version, win.template.revision) == ("2026", 2)
    notice = win.view.errata_label
    assert notice.isVisibleTo(win)
    text = notice.text()
    assert "rettelse 2" in text and "LAB § 40, stk. 3" in text
    assert "»Nyt jobafklaringsforløb«" in text  # the removed answer, named
    assert not win.view.draft_label.isVisibleTo(win)  # 2026 is not a draft
    # the removed choice is not offered and not stored; the other answer stays
    assert "Nyt jobafklaringsforløb" not in win.template.field("afklaringsretning").options
    assert get_review(demo_db, draft.id).answers == {"timer_pr_uge": 8.0}
    win.close()


def test_a_review_on_the_2027_draft_says_it_is_a_draft(qtbot, demo_db, profile, make_window):
    case = CaseQueue(demo_db).page(CaseFilter(statuses=frozenset({"ny"})), limit=1)[0]
    open_review(demo_db, case.id, profile.user_id, default_library(), today=dt.date(2027, 1, 4))
    main = make_window(demo_db, profile)
    win = open_by_keyboard(qtbot, main, case)
    assert win.template.version == "2027"
    assert win.view.draft_label.isVisibleTo(win)
    assert (
        "Udkast" in win.view.draft_label.text() and "ikke bekræftet" in win.view.draft_label.text()
    )
    assert not win.view.errata_label.isVisibleTo(win)
    win.close()
