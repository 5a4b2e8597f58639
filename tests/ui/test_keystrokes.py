"""Every keystroke of the first edit is kept. The first typed key of a new review (or of a
correction) claims the case on the share and stores the draft; that work waits until the
keystroke has been handled, so nothing runs an event loop, blocks, re-creates the editor or
moves the focus while the user types on. Typed at about 100 keys per second with real key
events, the stored answer and the signed PDF hold exactly what was typed."""

from __future__ import annotations

import datetime as dt
import random
import subprocess

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from tests.queued import pdf_of
from udsat_desktop.core.consent import ConsentForm, ConsentStatus, StepOrganisation
from udsat_desktop.core.demo_content import CaseFacts, build_answers, demo_steps
from udsat_desktop.flows.signing import sign_review
from udsat_desktop.platform.checklists import bundled_library
from udsat_desktop.platform.settings import update_settings
from udsat_desktop.store.demo_reviews import build_demo_reviews
from udsat_desktop.store.queue import CaseFilter, CaseQueue, get_case
from udsat_desktop.store.reviews.consents import record_consent
from udsat_desktop.store.reviews.next_steps import add_next_step
from udsat_desktop.store.reviews.review_flow import (
    get_review,
    mark_ready,
    save_review,
    start_correction,
)
from udsat_desktop.store.reviews.state import StepBlocked

LIB = bundled_library()
KEY_PASS = "nøgle-kode-1"
TYPED = "9. klasse 2001, derefter EUD-grundforløb (2 år), afbrudt 2003."


@pytest.fixture
def share(tmp_path, paths, demo_db, profile):
    """A set-up share with the user's own roster: the first edit claims the case there."""
    from tests.team_helpers import own_roster
    from udsat_desktop.sync.share import set_up_share

    folder = tmp_path / "fællesmappe"
    folder.mkdir()
    set_up_share(folder)
    update_settings(paths.config, share_path=str(folder))
    own_roster(demo_db, paths, profile)
    return folder


def open_from_queue(qtbot, main, case_key):
    qtbot.keyClicks(main.filters.search, case_key)
    qtbot.keyClick(main.filters.search, Qt.Key.Key_Down)
    qtbot.keyClick(main.table, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    window = main.review_windows[-1]
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def where_the_cursor_is(qtbot, window):
    """The field the window put the cursor in on opening (a new review: the first field)."""
    qtbot.waitUntil(lambda: window.focused_field() is not None)
    return window.focused_field(), QApplication.focusWidget()


def type_fast(qtbot, window, widget, text):
    """~100 keys per second, each a real key event to the focused field; the window's focus
    must stay there all the while (the first key's claim and draft may not move it). The
    window's own focus widget is checked: under the offscreen test platform a window can lose
    activation for reasons of that platform (it does not under X11)."""
    for start in range(0, len(text), 8):
        qtbot.keyClicks(widget, text[start : start + 8], delay=10)
        assert window.focusWidget() is widget, text[: start + 8]
    qtbot.waitUntil(lambda: window.claim_state == "done", timeout=10000)


def shown_text(widget) -> str:
    return widget.toPlainText() if hasattr(widget, "toPlainText") else widget.text()


def complete_by_store(db, profile, review_id, keep: str) -> None:
    """Everything else a signable review needs (answers, consents, a next step), as the demo
    data builds it; the typed answer `keep` is left as the window stored it."""
    review = get_review(db, review_id)
    template = LIB.get(review.template_id, review.template_version)
    today = dt.date.today()
    row = CaseQueue(db).page(CaseFilter(), limit=10000)
    case = next(r for r in row if r.id == review.case_id)
    facts = CaseFacts(case.benefit_type, 40, case.substance_abuse, case.homeless)
    rng = random.Random(29)
    answers = build_answers(rng, template, today, ["Ida Holm", "Karen Holm"], facts)
    answers[keep] = review.answers[keep]
    save_review(db, review_id, answers, profile.user_id, template=template)
    for section in template.sections:
        for purpose in section.consent_purposes:
            record_consent(
                db,
                review.case_id,
                purpose,
                ConsentStatus.GIVEN,
                today,
                ConsentForm.WRITTEN,
                profile.user_id,
                library=LIB,
            )
    for step, org in demo_steps(rng, template, answers, facts, today):
        try:
            add_next_step(
                db,
                review.case_id,
                step,
                StepOrganisation(org),
                profile.user_id,
                person="Karen Holm",
                deadline=today + dt.timedelta(days=30),
                review_id=review_id,
                library=LIB,
            )
        except StepBlocked:
            continue
    assert mark_ready(db, review_id, profile.user_id, template) == []


def pdf_text(pdf: bytes) -> str:
    out = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True)
    return out.stdout.decode("utf-8")


def signed_text_holds(db, paths, profile, review_id, typed: str) -> None:
    item = sign_review(db, paths, profile, LIB, review_id, KEY_PASS)
    text = pdf_text(pdf_of(db, item))
    lines = [line.strip() for line in text.splitlines()]
    # the answer as printed, its wrapped lines joined again
    start = next(i for i, line in enumerate(lines) if line.startswith(typed[:12]))
    printed = lines[start]
    i = start + 1
    while len(printed) < len(typed) and i < len(lines) and lines[i]:
        printed += " " + lines[i]
        i += 1
    assert printed == typed, (printed, typed)


def test_the_first_keystroke_runs_no_event_loop_and_keeps_the_focus(
    qtbot, demo_db, profile, share, make_window
):
    """The cause of the lost keys: the claim ran a waiting event loop inside the first key's
    handler. A timer due before the first key must not fire while that key is handled."""
    main = make_window(demo_db, profile)
    case = CaseQueue(demo_db).page(CaseFilter(statuses=frozenset({"ny"})), limit=1)[0]
    window = open_from_queue(qtbot, main, case.case_key)
    _fid, field = where_the_cursor_is(qtbot, window)
    fired: list[int] = []
    QTimer.singleShot(0, lambda: fired.append(1))
    qtbot.keyClick(field, Qt.Key.Key_9)
    assert fired == [], "an event loop ran inside the first keystroke"
    assert window.focusWidget() is field
    qtbot.waitUntil(lambda: window.claim_state == "done", timeout=10000)
    assert window.review.id != 0  # the draft was stored after the keystroke
    window.close()


def test_typing_fast_into_a_new_review_keeps_every_key(
    qtbot, demo_db, profile, paths, share, make_window
):
    main = make_window(demo_db, profile)
    case = CaseQueue(demo_db).page(CaseFilter(statuses=frozenset({"ny"})), limit=1)[0]
    window = open_from_queue(qtbot, main, case.case_key)
    assert window.review.id == 0  # a new review: the first key makes the draft and the claim
    fid, field = where_the_cursor_is(qtbot, window)
    type_fast(qtbot, window, field, TYPED)
    assert shown_text(field) == TYPED
    review_id = window.review.id
    window.close()
    qtbot.waitUntil(lambda: not main.runner.busy)
    assert get_review(demo_db, review_id).answers[fid] == TYPED
    assert get_case(demo_db, case.id).status == "under_gennemgang"
    complete_by_store(demo_db, profile, review_id, fid)
    signed_text_holds(demo_db, paths, profile, review_id, TYPED)


def test_typing_fast_into_a_new_correction_keeps_every_key(
    qtbot, demo_db, profile, paths, share, make_window
):
    build_demo_reviews(demo_db, 1, profile.user_id, LIB, seed=29, all_ready=True)
    (signed_id, case_id) = (
        demo_db.reader().execute("SELECT id, case_id FROM review WHERE status = 'klar'").fetchone()
    )
    sign_review(demo_db, paths, profile, LIB, signed_id, KEY_PASS)
    correction = start_correction(demo_db, signed_id, profile.user_id, "Ny lægeattest")
    main = make_window(demo_db, profile)
    window = open_from_queue(qtbot, main, get_case(demo_db, case_id).case_key)
    assert window.review.id == correction.id and window.claim_state is None
    # the first field, emptied (as a person selects all and types over it)
    page = window.pages[0]
    fid, editor = next(iter(page.editors.items()))
    window.focus_field(fid)
    field = editor.input
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Delete)  # the correction's first edit
    type_fast(qtbot, window, field, TYPED)
    assert shown_text(field) == TYPED
    window.close()
    qtbot.waitUntil(lambda: not main.runner.busy)
    assert get_review(demo_db, correction.id).answers[fid] == TYPED
    template = LIB.get(correction.template_id, correction.template_version)
    assert mark_ready(demo_db, correction.id, profile.user_id, template) == []
    signed_text_holds(demo_db, paths, profile, correction.id, TYPED)
