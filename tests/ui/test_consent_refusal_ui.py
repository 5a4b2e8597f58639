"""A refused consent in the review window (issue 30, item 6): choosing "Afvist" shows what
follows in the template's words; recording it without the note the template requires is
refused and nothing is stored; with the note it is stored with its outcome. Real key input."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.test_review_window import open_by_keyboard, page, pick
from udsat_desktop.store.queue import CaseFilter, CaseQueue
from udsat_desktop.store.reviews import latest_consents


@pytest.fixture
def window_and_case(qtbot, demo_db, profile, make_window):
    main = make_window(demo_db, profile)
    case = CaseQueue(demo_db).page(CaseFilter(statuses=frozenset({"ny"})), limit=1)[0]
    return main, case


OUTCOME = "Oplysningerne indhentes ikke; sagen afgøres på de oplysninger, der foreligger"


def test_a_refused_consent_needs_its_note_and_is_recorded_with_its_outcome(
    qtbot, window_and_case, demo_db
):
    main, case = window_and_case
    win = open_by_keyboard(qtbot, main, case)
    consents = page(win, "samtykke")
    win.sections.setCurrentRow(win.pages.index(consents))
    row = consents.rows["helbredsoplysninger"]
    outcome_label = consents._outcomes["helbredsoplysninger"][0]
    assert not outcome_label.isVisibleTo(consents)
    pick(qtbot, row["status"], row["status"].findText("Afvist"))
    assert outcome_label.isVisibleTo(consents)
    assert OUTCOME in outcome_label.text() and "retssikkerhedsloven § 11 b" in outcome_label.text()

    qtbot.mouseClick(row["button"], Qt.MouseButton.LeftButton)
    assert "skal en note sige" in consents.message.text()
    assert latest_consents(demo_db, case.id) == {}  # nothing recorded

    row["note"].setFocus()
    qtbot.keyClicks(row["note"], "Borgeren vil ikke have lægen kontaktet; afgøres uden.")
    qtbot.mouseClick(row["button"], Qt.MouseButton.LeftButton)
    assert "Samtykke registreret" in consents.message.text()
    assert "Følge af afslaget" in consents.message.text()
    record = latest_consents(demo_db, case.id)["helbredsoplysninger"]
    assert record.status.value == "afvist"
    assert record.outcome == f"{OUTCOME} (retssikkerhedsloven § 11 b)"
    assert record.note == "Borgeren vil ikke have lægen kontaktet; afgøres uden."
    assert record.template == (win.template.id, win.template.version)
