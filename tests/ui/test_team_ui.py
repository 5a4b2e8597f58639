"""Team → Medlemmer…: a coordinator sees a colleague's request with its code, approves it after
comparing, and revokes; a member confirms the coordinator's code at the first sync."""

from __future__ import annotations

import contextlib
import io
import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from udsat_desktop.cli import main as cli
from udsat_desktop.platform.paths import resolve
from udsat_desktop.sync import roster
from udsat_desktop.ui.common.tasks import TaskRunner
from udsat_desktop.ui.team.team_ui import TeamDialog, ask_trust_coordinator

MEMBER_PASS = "kollega-kode-1"


@pytest.fixture
def colleague(tmp_path, monkeypatch):
    """A reviewer on another computer who has synced once: their request is on the share."""
    share = tmp_path / "share"
    share.mkdir()
    data = tmp_path / "anna"
    monkeypatch.setenv("UDSAT_PASSPHRASE", MEMBER_PASS)
    assert (
        cli(
            [
                "--data-dir",
                str(data),
                "init",
                "--name",
                "Anna Ager",
                "--initials",
                "AA",
                "--org",
                "BIF",
                "--role",
                "reviewer",
            ]
        )
        == 0
    )
    assert cli(["--data-dir", str(data), "config", "--share", str(share)]) == 0  # marks it
    assert cli(["--data-dir", str(data), "sync"]) == 0
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        cli(["--data-dir", str(data), "--json", "team", "list"])
    monkeypatch.delenv("UDSAT_PASSPHRASE")
    return share, data, json.loads(out.getvalue())["my_code"]


def click_row(qtbot, table, row: int) -> None:
    rect = table.visualItemRect(table.item(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_coordinator_approves_a_request_after_comparing_the_code_and_revokes(
    qtbot, db, profile, paths, colleague, monkeypatch
):
    share, _data, code_on_their_screen = colleague
    monkeypatch.setattr(TaskRunner, "synchronous", True)
    dialog = TeamDialog(db, paths, profile, TaskRunner(), share)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.mine.text().startswith("Din kode: ")
    assert dialog.requests.rowCount() == 1
    assert dialog.requests.item(0, 5).text() == code_on_their_screen
    click_row(qtbot, dialog.requests, 0)
    # "No": nothing is approved
    qtbot.mouseClick(dialog.approve_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(
        dialog.confirm.button(QMessageBox.StandardButton.No), Qt.MouseButton.LeftButton
    )
    assert roster.current(paths) is None
    click_row(qtbot, dialog.requests, 0)
    qtbot.mouseClick(dialog.approve_button, Qt.MouseButton.LeftButton)
    assert code_on_their_screen in dialog.confirm.text()
    qtbot.mouseClick(
        dialog.confirm.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton
    )
    held = roster.current(paths)
    assert held is not None and {m.name for m in held.members} == {"Karen Holm", "Anna Ager"}
    assert dialog.requests.rowCount() == 0 and dialog.members.rowCount() == 2
    assert list((share / "team").glob("roster-*.json"))
    # revoke Anna
    row = next(r for r in range(2) if dialog.members.item(r, 0).text() == "Anna Ager")
    click_row(qtbot, dialog.members, row)
    qtbot.mouseClick(dialog.revoke_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(
        dialog.confirm.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton
    )
    anna = next(m for m in roster.current(paths).members if m.name == "Anna Ager")
    assert anna.revoked_at is not None
    assert dialog.members.item(row, 5).text() == "tilbagekaldt"


def test_a_reviewer_cannot_approve(qtbot, db, profile, paths, colleague, monkeypatch):
    import dataclasses

    from udsat_desktop.core.status import Role

    share, _data, _code = colleague
    monkeypatch.setattr(TaskRunner, "synchronous", True)
    reviewer = dataclasses.replace(profile, role=Role.REVIEWER)
    dialog = TeamDialog(db, paths, reviewer, TaskRunner(), share)
    qtbot.addWidget(dialog)
    assert not dialog.approve_button.isEnabled() and not dialog.revoke_button.isEnabled()


def test_the_first_sync_asks_to_compare_the_coordinators_code(
    qtbot, db, profile, paths, colleague, monkeypatch
):
    share, data, _code = colleague
    # the coordinator (this test's store) approves Anna: a roster is on the share
    monkeypatch.setattr(TaskRunner, "synchronous", True)
    dialog = TeamDialog(db, paths, profile, TaskRunner(), share)
    qtbot.addWidget(dialog)
    click_row(qtbot, dialog.requests, 0)
    qtbot.mouseClick(dialog.approve_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(
        dialog.confirm.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton
    )
    coordinator_code = dialog.mine.text().removeprefix("Din kode: ")
    # Anna's sync offers the coordinator found on the share; nothing is trusted yet
    from udsat_desktop.store.lifecycle import open_existing
    from udsat_desktop.sync.engine import sync

    anna_paths = resolve(data)
    anna_db, anna = open_existing(anna_paths, MEMBER_PASS)
    try:
        report = sync(anna_db, anna_paths, anna, share)
        (candidate,) = report.coordinator_candidates
        assert candidate["code"] == coordinator_code and report.roster_version == 0
        parent = QWidget()
        qtbot.addWidget(parent)
        trusted = []
        box = ask_trust_coordinator(parent, anna_paths, candidate, lambda: trusted.append(1))
        assert coordinator_code in box.text()
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.No), Qt.MouseButton.LeftButton)
        assert not roster.pinned(anna_paths) and not trusted
        box = ask_trust_coordinator(parent, anna_paths, candidate, lambda: trusted.append(1))
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
        assert trusted and roster.pinned(anna_paths)
        report = sync(anna_db, anna_paths, anna, share)
        assert report.roster_version >= 1 and not report.coordinator_candidates
    finally:
        anna_db.close()
