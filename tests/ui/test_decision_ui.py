"""The decision section in the review window (issue 30, item 5), driven by keys and mouse: it
says why it is empty while the answers lead to no decision; choosing fleksjob shows the
records; marking ready is refused (field by field) until partshøring, begrundelse and
klagevejledning are filled, and a hearing after today is refused and points at its field."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.store.test_decisions_store import prepared, without_records
from tests.store.test_reviews import TEMPLATE, TODAY, complete_answers
from tests.ui.test_errata_ui import open_by_keyboard
from udsat_desktop.core.danish import format_date
from udsat_desktop.store.models import Review
from udsat_desktop.store.queue import CaseFilter, CaseQueue
from udsat_desktop.store.reviews import get_review, mark_ready

DECISION_FIELDS = (
    "partshoering_dato",
    "partshoering_form",
    "partshoering_ingen_bemaerkninger",
    "partshoering_bemaerkninger",
    "afgoerelse_begrundelse",
    "klagevejledning",
)


def go_to_section(qtbot, win, section_id: str) -> None:
    row = [s.id for s in win.template.sections].index(section_id)
    item = win.sections.item(row)
    win.sections.scrollToItem(item)
    rect = win.sections.visualItemRect(item)
    qtbot.mouseClick(win.sections.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: win.sections.currentRow() == row)


def choose(qtbot, editor, text: str) -> None:
    """Pick an entry of a drop-down by keyboard: open it, walk down to `text`, Enter."""
    combo = editor.input
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    target = combo.findText(text)
    assert target > 0, text
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(target - combo.currentIndex()):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: combo.currentIndex() == target)


def test_the_window_records_a_decision_before_it_is_ready(qtbot, demo_db, profile, make_window):
    case = CaseQueue(demo_db).page(CaseFilter(statuses=frozenset({"ny"})), limit=1)[0]
    answers = dict(without_records(), afklaringsretning="Anden indsats", anden_indsats="Bolig")
    review = prepared(demo_db, profile.user_id, case.id, answers)
    main = make_window(demo_db, profile)
    win = open_by_keyboard(qtbot, main, case)
    assert win.template.version == "2026"

    # no decision: the section says why it is empty and shows no field
    go_to_section(qtbot, win, "afgoerelse")
    page = win.pages[win.sections.currentRow()]
    note = page.findChild(type(page.editors["klagevejledning"].label), "notApplicable")
    assert note is not None and note.isVisibleTo(win)
    assert "fører til en afgørelse" in note.text()
    assert not any(page.editors[f].isVisibleTo(win) for f in DECISION_FIELDS)

    # fleksjob leads to a decision: the records appear and are required
    go_to_section(qtbot, win, "vurdering")
    vurdering = win.pages[win.sections.currentRow()]
    choose(qtbot, vurdering.editors["afklaringsretning"], "Fleksjob")
    go_to_section(qtbot, win, "afgoerelse")
    qtbot.waitUntil(lambda: page.editors["partshoering_dato"].isVisibleTo(win))
    assert not note.isVisibleTo(win)
    assert page.editors["klagevejledning"].label.text().endswith(" *")

    qtbot.mouseClick(win.ready_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.missing.count() > 0)
    lines = [win.missing.item(i).text() for i in range(win.missing.count())]
    for label in ("Partshøring: dato", "Partshøring: form", "Klagevejledning"):
        assert any(line.startswith(f"Afgørelse › {label}:") for line in lines), (label, lines)
    assert get_review(demo_db, review.id).status == "kladde"

    # a hearing after today is refused, and its line goes to the field
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    dato = page.editors["partshoering_dato"].input
    dato.setFocus()
    qtbot.keyClicks(dato, format_date(tomorrow))
    choose(qtbot, page.editors["partshoering_form"], "Telefonisk")
    choose(qtbot, page.editors["partshoering_ingen_bemaerkninger"], "Ja")
    assert not page.editors["partshoering_bemaerkninger"].isVisibleTo(win)
    reasons = page.editors["afgoerelse_begrundelse"].input
    reasons.setFocus()
    qtbot.keyClicks(reasons, "Arbejdsevnen er varigt nedsat.")
    button = page.editors["klagevejledning"].default_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    default = win.template.field("klagevejledning").default
    assert page.editors["klagevejledning"].input.toPlainText() == default

    qtbot.mouseClick(win.ready_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: any(
            "ligger efter underskriftsdagen" in win.missing.item(i).text()
            for i in range(win.missing.count())
        )
    )
    (late,) = [
        win.missing.item(i)
        for i in range(win.missing.count())
        if "underskriftsdagen" in win.missing.item(i).text()
    ]
    assert late.data(Qt.ItemDataRole.UserRole) == ("field", "partshoering_dato")
    assert get_review(demo_db, review.id).status == "kladde"

    # today's date: ready, and the records are the review's answers
    dato.setFocus()
    dato.selectAll()
    qtbot.keyClicks(dato, format_date(dt.date.today()))
    qtbot.mouseClick(win.ready_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: get_review(demo_db, review.id).status == "klar")
    stored = get_review(demo_db, review.id).answers
    assert stored["partshoering_dato"] == dt.date.today().isoformat()
    assert stored["partshoering_form"] == "Telefonisk"
    assert stored["partshoering_ingen_bemaerkninger"] is True
    assert stored["afgoerelse_begrundelse"] == "Arbejdsevnen er varigt nedsat."
    assert stored["klagevejledning"] == default
    win.close()


def test_signing_from_the_window_refuses_a_decision_without_its_records(
    qtbot, demo_db, profile, make_window, monkeypatch, wait_tasks
):
    """A review made ready before its template asked for the records: the window's
    Underskriv… signs nothing and says, in Danish, what is missing."""
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: pytest.fail(str(a[2])))
    case = CaseQueue(demo_db).page(CaseFilter(statuses=frozenset({"ny"})), limit=1)[0]
    review = prepared(demo_db, profile.user_id, case.id, complete_answers())
    assert mark_ready(demo_db, review.id, profile.user_id, TEMPLATE, today=TODAY) == []
    with demo_db.session() as s:
        s.get(Review, review.id).answers = json.dumps(without_records(), ensure_ascii=False)
    main = make_window(demo_db, profile)
    monkeypatch.setattr(main.signing_ctrl, "ask_key_passphrase", lambda: "nøgle-kode-1")
    win = main.open_review_for(case.id)
    assert win.sign_button.isVisibleTo(win)
    qtbot.mouseClick(win.sign_button, Qt.MouseButton.LeftButton)
    wait_tasks(main.runner)
    qtbot.waitUntil(lambda: bool(warned))
    (message,) = warned
    assert message.startswith(f"Intet er underskrevet: gennemgang {review.review_key}: Afgørelse")
    assert "Klagevejledning" in message
    assert get_review(demo_db, review.id).status == "klar"
    assert demo_db.reader().execute("SELECT count(*) FROM signed_pdf").fetchone() == (0,)
    win.close()
