"""Reads and searches are logged as a user makes them; the log viewer filters, checks the
chain and hands a citizen their access log."""

from __future__ import annotations

import dataclasses

import pypdf
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from udsat_desktop.core.status import Role
from udsat_desktop.store import audit
from udsat_desktop.store.queue import get_case


def test_reading_and_searching_are_logged_and_shown(
    qtbot, demo_db, profile, paths, make_window, tmp_path
):
    main = make_window(demo_db, profile)
    main.table.setFocus()
    main.table.selectRow(0)
    qtbot.keyClick(main.table, Qt.Key.Key_Down)
    qtbot.keyClick(main.table, Qt.Key.Key_Down)
    reads = audit.query(demo_db, user_id=profile.user_id, action="case.read")
    assert len(reads) == 3 and len({r.case_id for r in reads}) == 3
    main.table.selectRow(0)  # a case shown before, shown again: a new read
    qtbot.keyClick(main, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(main.filters.search, "han")
    qtbot.waitUntil(lambda: bool(audit.query(demo_db, action="search")), timeout=5000)
    (search,) = audit.query(demo_db, action="search")
    assert search.details["text"] == "han"  # the criterion, once typing settled

    case = get_case(demo_db, reads[-1].case_id)
    qtbot.keyClick(main, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    log = main.admin_ctrl.audit_window
    qtbot.addWidget(log)
    qtbot.keyClicks(log.case, case.case_key)
    qtbot.keyClick(log.case, Qt.Key.Key_Return)
    shown = {log.table.item(r, 2).text() for r in range(log.table.rowCount())}
    assert "Sagen vist" in shown
    assert all(log.table.item(r, 3).text() == case.case_key for r in range(log.table.rowCount()))
    qtbot.mouseClick(log.buttons["check"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: log.busy_task.done)  # checked on a worker, not the GUI thread
    assert log.state.text().startswith("✓")
    pdf = tmp_path / "log.pdf"
    with qtbot.waitSignal(log.citizen_log(str(pdf)).finished):
        pass
    assert log.written_log == pdf
    text = pypdf.PdfReader(pdf).pages[0].extract_text()
    assert case.case_key in text and "Din sag blev vist" in text
    # the search recorded the cases it showed: each of them finds it in their own log
    assert search.details["cases"] and all(isinstance(i, int) for i in search.details["cases"])


def test_reviewer_cannot_purge_from_the_viewer(qtbot, demo_db, profile, paths, monkeypatch):
    from udsat_desktop.ui.coordinator.audit_view import AuditLogWindow

    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    log = AuditLogWindow(demo_db, dataclasses.replace(profile, role=Role.REVIEWER), paths)
    qtbot.addWidget(log)
    assert log.purge(confirm=False) is None
    assert warned == ["Kun en koordinator kan slette gamle logposter."]
