"""Forms that only change when the user changes them (issue 14, items 4 and 6): wheel events,
impossible and past dates, next steps edited and cancelled with care, the list of what is
missing before signing, and Ctrl+S that waits only for its own review's writes."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt, QThreadPool, QTimer
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from udsat_desktop.core.consent import StepOrganisation, StepStatus
from udsat_desktop.platform.checklists import bundled_library
from udsat_desktop.store.queue import CaseFilter, CaseQueue
from udsat_desktop.store.reviews import (
    add_next_step,
    get_review,
    next_steps_of_case,
    open_review,
    step_history,
)
from udsat_desktop.ui.review.review_steps import NextStepsPage
from udsat_desktop.ui.review.review_window import ReviewWindow


@pytest.fixture
def review_window(qtbot, demo_db, profile):
    case = CaseQueue(demo_db).page(CaseFilter(statuses=frozenset({"ny"})), limit=1)[0]
    library = bundled_library()
    review = open_review(demo_db, case.id, profile.user_id, library)
    win = ReviewWindow(demo_db, profile, library, review)
    qtbot.addWidget(win)
    with qtbot.waitActive(win):
        win.show()
        win.activateWindow()
    return win


def page(win, section_id):
    for p in win.pages:
        if p.section.id == section_id:
            return p
    raise KeyError(section_id)


def wheel(widget, steps: int = -3) -> None:
    """A real wheel event (three notches down) at the middle of `widget`."""
    pos = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(
        pos,
        QPointF(widget.mapToGlobal(pos.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def answer_next_box(qtbot, button: QMessageBox.StandardButton, seen: list[str]) -> None:
    """Click `button` in the message box that is about to open, as a person would."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        qtbot.mouseClick(box.button(button), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, click)


def test_wheel_over_an_unfocused_dropdown_scrolls_the_form(qtbot, review_window):
    win = review_window
    win.resize(900, 420)  # small enough for the section to scroll
    evne = page(win, "arbejdsevne")
    win.sections.setCurrentRow(win.pages.index(evne))
    combo = evne.editors["arbejdsintensitet"].input
    evne.ensureWidgetVisible(combo)
    qtbot.waitUntil(lambda: combo.isVisible())
    text_field = evne.editors["skaanehensyn"].input
    text_field.setFocus()
    assert not combo.hasFocus()
    bar = evne.verticalScrollBar()
    bar.setValue(bar.minimum() + (bar.maximum() - bar.minimum()) // 3)
    before_scroll, before_index = bar.value(), combo.currentIndex()

    wheel(combo)

    assert combo.currentIndex() == before_index  # the answer is untouched...
    assert bar.value() > before_scroll  # ...and the form scrolled instead
    assert "arbejdsintensitet" not in win.collect()
    assert combo.focusPolicy() == Qt.FocusPolicy.StrongFocus  # the wheel does not focus it

    combo.setFocus()  # a focused drop-down still answers the wheel
    qtbot.waitUntil(combo.hasFocus)
    wheel(combo)
    assert combo.currentIndex() != before_index


def test_a_new_review_opens_with_focus_on_its_first_field(qtbot, review_window):
    win = review_window
    first = next(iter(win.pages[0].editors.values()))
    qtbot.waitUntil(lambda: win.focusWidget() is first.input)
    qtbot.keyClicks(win.focusWidget(), "Skrevet straks")
    assert win.collect()[first.field.id] == "Skrevet straks"


def test_a_date_that_does_not_exist_is_named_so(qtbot):
    from udsat_desktop.core.checklist.model import Field
    from udsat_desktop.ui.review.field_editors import make_editor

    editor = make_editor(Field(id="samtale", type="date", label="Samtaledato"))
    qtbot.addWidget(editor)
    editor.show()
    changed: list[str] = []
    editor.changed.connect(lambda _fid: changed.append(editor.value() or ""))
    qtbot.keyClicks(editor.input, "31.02.2026")
    assert editor.value() is None
    editor.show_problems([])
    assert "datoen findes ikke" in editor.error.text() and "31.02.2026" in editor.error.text()
    editor.input.clear()
    qtbot.keyClicks(editor.input, "28.02.2026")
    assert editor.value() == "2026-02-28" and editor.input_problem() is None


def test_missing_field_list_names_each_field_and_jumps_to_it(qtbot, review_window):
    win = review_window
    qtbot.mouseClick(win.ready_button, Qt.MouseButton.LeftButton)
    assert not win.missing.isHidden()
    texts = [win.missing.item(i).text() for i in range(win.missing.count())]
    evne = page(win, "arbejdsevne")
    target = evne.editors["timer_pr_uge"]
    wanted = next(i for i, t in enumerate(texts) if target.field.label in t)
    assert "Arbejdsevne" in texts[wanted] and "Skal udfyldes" in texts[wanted]
    assert any("Næste skridt" in t for t in texts)  # not only fields: steps and consents too

    win.missing.scrollToItem(win.missing.item(wanted))
    rect = win.missing.visualItemRect(win.missing.item(wanted))
    qtbot.mouseClick(win.missing.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert win.current_section().id == "arbejdsevne"
    qtbot.waitUntil(lambda: win.focusWidget() is target.edit)  # the number's line edit

    # and by keyboard: the step problem, Enter, and the next-step page is shown
    steps_row = next(i for i, t in enumerate(texts) if "Næste skridt" in t)
    win.missing.setFocus()
    win.missing.setCurrentRow(steps_row)
    qtbot.keyClick(win.missing, Qt.Key.Key_Return)
    assert isinstance(win.pages[win.stack.currentIndex()], NextStepsPage)


def test_step_buttons_need_a_selection_and_cancelling_asks(qtbot, review_window, demo_db, profile):
    win = review_window
    add_next_step(
        demo_db,
        win.review.case_id,
        "mentor",
        StepOrganisation.BIF,
        profile.user_id,
        person="Ida",
        deadline=dt.date.today() + dt.timedelta(days=9),
    )
    steps = page(win, "naeste_skridt")
    steps.load()
    win.sections.setCurrentRow(win.pages.index(steps))
    assert not steps.done_button.isEnabled()
    assert not steps.cancel_button.isEnabled() and not steps.edit_button.isEnabled()
    rect = steps.table.visualItemRect(steps.table.item(0, 0))
    qtbot.mouseClick(steps.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert steps.cancel_button.isEnabled() and steps.edit_button.isEnabled()

    asked: list[str] = []
    answer_next_box(qtbot, QMessageBox.StandardButton.No, asked)
    qtbot.mouseClick(steps.cancel_button, Qt.MouseButton.LeftButton)
    assert asked and "Annullér skridtet" in asked[0]
    assert next_steps_of_case(demo_db, win.review.case_id)[0].status == StepStatus.OPEN.value

    answer_next_box(qtbot, QMessageBox.StandardButton.Yes, asked)
    qtbot.mouseClick(steps.cancel_button, Qt.MouseButton.LeftButton)
    step = next_steps_of_case(demo_db, win.review.case_id)[0]
    assert step.status == StepStatus.CANCELLED.value
    qtbot.mouseClick(steps.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert not steps.cancel_button.isEnabled()  # a cancelled step cannot be cancelled again


def test_a_step_is_edited_and_its_history_kept(qtbot, review_window, demo_db, profile):
    win = review_window
    first = add_next_step(
        demo_db,
        win.review.case_id,
        "mentor",
        StepOrganisation.BIF,
        profile.user_id,
        person="Ida",
        deadline=dt.date(2031, 3, 1),
    )
    steps = page(win, "naeste_skridt")
    steps.load()
    win.sections.setCurrentRow(win.pages.index(steps))
    rect = steps.table.visualItemRect(steps.table.item(0, 0))
    qtbot.mouseClick(steps.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseClick(steps.edit_button, Qt.MouseButton.LeftButton)
    assert steps.person.text() == "Ida" and steps.deadline.text() == "01.03.2031"
    steps.deadline.selectAll()
    qtbot.keyClicks(steps.deadline, "15.04.2031")
    steps.person.selectAll()
    qtbot.keyClicks(steps.person, "Bo Lind")
    qtbot.keyClicks(steps.note, "Mentor fra virksomheden")
    qtbot.mouseClick(steps.add, Qt.MouseButton.LeftButton)

    (step,) = next_steps_of_case(demo_db, win.review.case_id)
    assert step.id == first.id and step.person == "Bo Lind"
    assert step.deadline == dt.date(2031, 4, 15) and step.note == "Mentor fra virksomheden"
    assert steps.table.item(0, 2).text() == "Bo Lind"
    history = step_history(demo_db, step.id)
    assert [action for action, _ in history] == ["next_step.create", "next_step.edit"]
    edit = history[1][1]
    assert edit["old_deadline"] == "2031-03-01" and edit["new_deadline"] == "2031-04-15"
    assert set(edit["fields"].split(",")) == {"person", "deadline", "note"}
    assert "Bo Lind" not in str(edit)  # free text is named, not copied into the log
    assert steps.add.text().replace("&", "") == "Tilføj næste skridt"


def test_a_past_deadline_asks_first(qtbot, review_window, demo_db):
    win = review_window
    steps = page(win, "naeste_skridt")
    win.sections.setCurrentRow(win.pages.index(steps))
    past = (dt.date.today() - dt.timedelta(days=3)).strftime("%d.%m.%Y")
    qtbot.keyClicks(steps.person, "Ida")
    qtbot.keyClicks(steps.deadline, past)
    asked: list[str] = []
    answer_next_box(qtbot, QMessageBox.StandardButton.No, asked)
    qtbot.mouseClick(steps.add, Qt.MouseButton.LeftButton)
    assert asked and past in asked[0]
    assert next_steps_of_case(demo_db, win.review.case_id) == []
    answer_next_box(qtbot, QMessageBox.StandardButton.Yes, asked)
    qtbot.mouseClick(steps.add, Qt.MouseButton.LeftButton)
    assert len(next_steps_of_case(demo_db, win.review.case_id)) == 1


def test_meeting_date_is_typed_and_checked_like_a_review_date(qtbot):
    from udsat_desktop.ui.coordinator.meeting_dialogs import NewMeetingDialog

    dialog = NewMeetingDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.date.selectAll()
    qtbot.keyClicks(dialog.date, "31.02.2031")
    qtbot.keyClick(dialog.date, Qt.Key.Key_Return)
    assert dialog.isVisible() and "datoen findes ikke" in dialog.date_error.text()
    # a date next year typed short (d.m.yy); a meeting more than five years ahead is refused
    ahead = dt.date.today() + dt.timedelta(days=400)
    dialog.date.selectAll()
    qtbot.keyClicks(dialog.date, f"{ahead.day}.{ahead.month}.{ahead.year % 100:02d}")
    qtbot.keyClick(dialog.date, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.values()["meeting_date"] == ahead

    past = NewMeetingDialog()
    qtbot.addWidget(past)
    past.show()
    past.date.selectAll()
    qtbot.keyClicks(past.date, "01.02.2020")
    asked: list[str] = []
    answer_next_box(qtbot, QMessageBox.StandardButton.No, asked)
    qtbot.keyClick(past.date, Qt.Key.Key_Return)
    assert asked and "01.02.2020" in asked[0] and past.isVisible()
    answer_next_box(qtbot, QMessageBox.StandardButton.Yes, asked)
    qtbot.keyClick(past.date, Qt.Key.Key_Return)
    assert past.result() == QDialog.DialogCode.Accepted


def test_ctrl_s_waits_only_for_its_own_review(qtbot, review_window, demo_db):
    """A slow task of the program (a sync, a batch signing) holds a worker of the shared pool;
    Ctrl+S saves this review without waiting for it."""
    win = review_window
    release = threading.Event()
    order: list[str] = []

    def slow_task() -> None:
        release.wait(30)
        order.append("slow task finished")

    QThreadPool.globalInstance().start(slow_task)
    try:
        first = next(iter(win.pages[0].editors.values()))
        qtbot.waitUntil(lambda: win.focusWidget() is first.input)
        qtbot.keyClicks(first.input, "Gemt med Ctrl+S")
        qtbot.keyClick(win, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        order.append("saved")
        assert get_review(demo_db, win.review.id).answers[first.field.id] == "Gemt med Ctrl+S"
        assert order == ["saved"]  # the slow task was still running when Ctrl+S returned
    finally:
        release.set()
        QThreadPool.globalInstance().waitForDone(5000)
    assert order == ["saved", "slow task finished"]
