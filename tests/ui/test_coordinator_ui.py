"""A coordinator plans a meeting with five cases, builds and prints the packet, records the
team's recommendations and sees the dashboard update — driven through the windows."""

from __future__ import annotations

import dataclasses
import datetime as dt

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from udsat_desktop.core.status import Role
from udsat_desktop.flows.signing import sign_ready
from udsat_desktop.platform.checklists import bundled_library
from udsat_desktop.reports.packet import packet_attachments
from udsat_desktop.store.demo_reviews import build_demo_reviews
from udsat_desktop.ui.coordinator.meeting_dialogs import NewMeetingDialog, OutcomeDialog

LIB = bundled_library()


@pytest.fixture
def signed(demo_db, profile, paths):
    build_demo_reviews(demo_db, 20, profile.user_id, LIB, seed=101, all_ready=True)
    sign_ready(demo_db, paths, profile, LIB, "nøgle-kode-1", workers=1)


def test_plan_print_record_and_see_the_dashboard(
    qtbot, demo_db, profile, paths, signed, make_window, monkeypatch, tmp_path, wait_tasks
):
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: pytest.fail(a[2]))
    main = make_window(demo_db, profile)
    dash = main.meetings_ctrl.open_dashboard()
    before = dash.figures

    qtbot.keyClick(main, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    win = main.meetings_ctrl.meetings_window
    qtbot.addWidget(win)

    def fill(dialog: NewMeetingDialog) -> int:
        dialog.date.selectAll()
        qtbot.keyClicks(dialog.date, "03.12.2026")
        qtbot.keyClicks(dialog.people["sundhed"], "Dr. Aya Berg")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NewMeetingDialog, "exec", fill)
    assert win.new_meeting() == dt.date(2026, 12, 3)
    assert "Dr. Aya Berg" in win.info.text()
    assert win.candidates.count() >= 5
    # nothing selected: the buttons that act on a case are disabled
    assert not win.buttons["add"].isEnabled() and not win.buttons["up"].isEnabled()
    assert not win.buttons["outcome"].isEnabled() and win.buttons["packet"].isEnabled()
    for _ in range(5):
        win.candidates.setCurrentRow(0)
        qtbot.mouseClick(win.buttons["add"], Qt.MouseButton.LeftButton)
    assert win.agenda.count() == 5
    last = win.agenda.item(4).data(Qt.ItemDataRole.UserRole)
    win.agenda.setCurrentRow(4)
    qtbot.mouseClick(win.buttons["up"], Qt.MouseButton.LeftButton)
    assert win.agenda.item(3).data(Qt.ItemDataRole.UserRole) == last
    assert win.agenda.item(0).text().startswith("09.00–09.20")

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    qtbot.mouseClick(win.buttons["packet"], Qt.MouseButton.LeftButton)
    wait_tasks(main.runner, timeout=60000)
    assert shown and shown[-1].startswith("Mødepakken er gemt")
    assert "ukrypteret" in shown[-1]  # a plain file on the laptop says so
    assert len(packet_attachments(win.last_packet.read_bytes())) == 5
    qtbot.mouseClick(win.buttons["print"], Qt.MouseButton.LeftButton)
    assert win.print_dialog.isVisible()
    win.print_dialog.close()

    def decide(dialog: OutcomeDialog) -> int:
        dialog.recommendation.setCurrentIndex(dialog.recommendation.findData("Førtidspension"))
        dialog.weighed["helbred"].setPlainText("Varig nedsat arbejdsevne dokumenteret")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(OutcomeDialog, "exec", decide)
    for row in range(2):
        win.agenda.setCurrentRow(row)
        assert win.record_outcome()
    assert "Indstilling: Førtidspension" in win.agenda.item(0).text()
    assert "Ressourceforløb" not in [
        win.outcome_dialog.recommendation.itemText(i)
        for i in range(win.outcome_dialog.recommendation.count())
    ]

    dash.refresh()
    after = dash.figures
    assert (
        after.outcomes["Forelagt rehabiliteringsteamet"]
        == before.outcomes["Forelagt rehabiliteringsteamet"] + 2
    )
    assert after.by_status.get("Afklaret", 0) >= before.by_status.get("Afklaret", 0) + 1
    assert "sager gennemgået" in dash.headline.text()
    saved = dash.export_png(str(tmp_path))
    assert len(saved) == 6 and all(p.stat().st_size > 1000 for p in saved)
    book = dash.export_excel(str(tmp_path / "fremdrift.xlsx"))
    assert openpyxl.load_workbook(book)["Overblik"]["B7"].value == after.reviewed


def test_dashboard_filters_by_unit(qtbot, demo_db, profile, paths, signed):
    from udsat_desktop.ui.coordinator.dashboard import DashboardWindow

    dash = DashboardWindow(demo_db, profile, paths)  # the dashboard alone, no main window
    qtbot.addWidget(dash)
    dash.show()
    total = dash.figures.cases
    dash.unit.setFocus()
    qtbot.keyClick(dash.unit, Qt.Key.Key_Down)  # the first unit after "Alle enheder"
    assert dash.unit.currentIndex() == 1
    assert 0 < dash.figures.cases < total


def test_reviewer_cannot_open_meetings_or_export(
    qtbot, demo_db, profile, paths, make_window, monkeypatch
):
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    reviewer = dataclasses.replace(profile, role=Role.REVIEWER)
    main = make_window(demo_db, reviewer)
    assert main.meetings_ctrl.open_meetings() is None
    dash = main.meetings_ctrl.open_dashboard()
    assert dash.export_excel("x.xlsx") is None
    assert warned == [
        "Kun en koordinator kan planlægge møder.",
        "Kun en koordinator kan eksportere sagslister.",
    ]


def test_dragging_an_agenda_item_reorders_the_meeting(qtbot, demo_db, profile, paths, signed):
    from PySide6.QtCore import QModelIndex

    from udsat_desktop.store.meetings import add_case, candidates, create_meeting, get_meeting
    from udsat_desktop.ui.common.tasks import TaskRunner
    from udsat_desktop.ui.coordinator.meetings import MeetingsWindow

    day = dt.date(2026, 12, 10)
    create_meeting(demo_db, profile, day, "09:00", "Jobcenter", {})
    for c in candidates(demo_db)[:3]:
        add_case(demo_db, profile, day, c)
    before = [i.case_key for i in get_meeting(demo_db, day).items]
    runner = TaskRunner()
    win = MeetingsWindow(demo_db, profile, paths, runner, None)  # the window alone
    qtbot.addWidget(win)
    win.show()
    # what a drop does to the list: the first row moves to the end
    assert win.agenda.model().moveRow(QModelIndex(), 0, QModelIndex(), 3)
    after = [i.case_key for i in get_meeting(demo_db, day).items]
    assert after == before[1:] + before[:1]
    assert win.agenda.item(2).data(Qt.ItemDataRole.UserRole) == before[0]


def test_overdue_steps_are_announced_on_start(qtbot, demo_db, profile, paths, make_window):
    build_demo_reviews(demo_db, 30, profile.user_id, LIB, seed=102)
    today = dt.date.today().isoformat()
    overdue = (
        demo_db.reader()
        .execute("SELECT count(*) FROM next_step WHERE status = 'aaben' AND deadline < ?", (today,))
        .fetchone()[0]
    )
    assert overdue > 0, "the seeded demo reviews have deadlines in the past"
    main = make_window(demo_db, profile)
    assert main.remind_overdue() == overdue
    assert main.review_ctrl.overdue_box.isVisible()
    assert main.review_ctrl.overdue_box.text() == f"{overdue} næste skridt er overskredet"
    assert main.statusBar().currentMessage().startswith(main.review_ctrl.overdue_box.text())
    show = next(b for b in main.review_ctrl.overdue_box.buttons() if b.text() == "Vis opfølgning")
    qtbot.mouseClick(show, Qt.MouseButton.LeftButton)
    assert main.review_ctrl.follow_up_window.isVisible()


def test_the_meetings_window_warns_about_a_review_dated_after_the_meeting(
    qtbot, demo_db, profile, paths, signed, monkeypatch
):
    from udsat_desktop.store.meetings import candidates, create_meeting, get_meeting
    from udsat_desktop.ui.common.tasks import TaskRunner
    from udsat_desktop.ui.coordinator.meetings import MeetingsWindow

    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    newest = max(candidates(demo_db), key=lambda c: c.review_date)
    day = newest.review_date - dt.timedelta(days=1)
    create_meeting(demo_db, profile, day, "09:00", "Jobcenter", {})
    win = MeetingsWindow(demo_db, profile, paths, TaskRunner(), None)
    qtbot.addWidget(win)
    win.show()
    row = next(
        r
        for r in range(win.candidates.count())
        if win.candidates.item(r).data(Qt.ItemDataRole.UserRole).case_key == newest.case_key
    )
    win.candidates.setCurrentRow(row)
    qtbot.mouseClick(win.buttons["add"], Qt.MouseButton.LeftButton)
    assert warned == [
        f"Sag {newest.case_key}: gennemgangen er dateret {newest.review_date:%d.%m.%Y}, efter "
        f"mødet den {day:%d.%m.%Y}, og kan kun komme på et møde samme dag eller senere"
    ]
    assert win.agenda.count() == 0 and get_meeting(demo_db, day).items == []


def test_the_new_meeting_dialog_refuses_an_implausible_date(qtbot, monkeypatch):
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No,
    )
    dialog = NewMeetingDialog()
    qtbot.addWidget(dialog)
    dialog.date.setText("31.12.1999")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted and not asked  # refused, not asked
    assert not dialog.date_error.isHidden()
    assert "år 2000 eller senere" in dialog.date_error.text()
    # a past but plausible date is asked about, as before
    dialog.date.setText("01.01.2000")
    dialog.accept()
    assert len(asked) == 1 and dialog.date_error.isHidden()
    assert dialog.result() != QDialog.DialogCode.Accepted
