"""Claims follow intent, driven with real keys: reading claims nothing (a reviewer's or a
coordinator's), the first edit claims, closing with nothing changed gives the claim back, an
assignment wins over anyone else's claim, and claim and release are in the audit log."""

from __future__ import annotations

import dataclasses
import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from udsat_desktop.core.status import Role
from udsat_desktop.platform.settings import update_settings
from udsat_desktop.store.cases import assign
from udsat_desktop.store.queue import CaseFilter, CaseQueue
from udsat_desktop.ui.review.review_pages import FieldsPage

COLLEAGUE = "sof-bb-0001"


@pytest.fixture
def share(tmp_path, paths):
    from udsat_desktop.sync.share import set_up_share

    folder = tmp_path / "fællesmappe"
    folder.mkdir()
    set_up_share(folder)
    update_settings(paths.config, share_path=str(folder))
    return folder


def open_case(qtbot, main, case):
    qtbot.keyClicks(main.filters.search, case.case_key)
    qtbot.keyClick(main.filters.search, Qt.Key.Key_Down)
    qtbot.keyClick(main.table, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    window = main.review_windows[-1]
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def first_text_field(window):
    from udsat_desktop.ui.review.field_editors import LongTextEditor, ShortTextEditor

    for row, page in enumerate(window.pages):
        if not isinstance(page, FieldsPage):
            continue
        for editor in page.editors.values():
            if isinstance(editor, LongTextEditor | ShortTextEditor):
                window.sections.setCurrentRow(row)
                page.ensureWidgetVisible(editor)
                editor.input.setFocus()
                return editor.input
    raise AssertionError("no text field")


def claim_settled(qtbot, window):
    """The first typed key claims the case once the keystroke is handled (not inside it):
    wait for the share's answer (or the short wait after which the claim is queued)."""
    qtbot.waitUntil(lambda: window.claim_state == "done", timeout=10000)


def claim_file(share, case):
    from udsat_desktop.sync.claims import claim_target

    return claim_target(share, case.case_key) / "claim.json"


def actions(db, case) -> list[str]:
    return [
        a
        for (a,) in db.reader().execute(
            "SELECT action FROM audit_log WHERE action LIKE 'claim%' AND case_id = ? ORDER BY id",
            (case.id,),
        )
    ]


def a_new_case(db):
    return CaseQueue(db).page(CaseFilter(statuses=frozenset({"ny"})), limit=1)[0]


@pytest.mark.parametrize("role", [Role.REVIEWER, Role.COORDINATOR])
def test_reading_claims_nothing(qtbot, demo_db, profile, share, make_window, role):
    me = dataclasses.replace(profile, role=role)
    main = make_window(demo_db, me)
    case = a_new_case(demo_db)
    window = open_case(qtbot, main, case)
    # look through the sections as a reader does
    for _ in range(3):
        qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    window.close()
    qtbot.waitUntil(lambda: not main.runner.busy)
    assert not claim_file(share, case).exists()
    assert demo_db.reader().execute("SELECT count(*) FROM claim").fetchone()[0] == 0
    assert actions(demo_db, case) == []


def claim_of(share, case, db) -> dict:
    """A claim on the share as a team member reads it: sealed to the team, then signed."""
    from tests.team_helpers import unsealed
    from udsat_desktop.sync.keys import encryption_key

    return json.loads(unsealed(claim_file(share, case), encryption_key(db)))


def test_first_edit_claims_and_an_undone_edit_gives_it_back(
    qtbot, demo_db, profile, paths, share, make_window
):
    from tests.team_helpers import own_roster

    own_roster(demo_db, paths, profile)  # a claim is sealed to the roster's members
    main = make_window(demo_db, profile)
    case = a_new_case(demo_db)
    window = open_case(qtbot, main, case)
    field = first_text_field(window)
    qtbot.keyClicks(field, "x")
    claim_settled(qtbot, window)
    holder = claim_of(share, case, demo_db)["payload"]["user_id"]  # signed
    assert holder == profile.user_id
    qtbot.keyClick(field, Qt.Key.Key_Backspace)  # changed the mind: nothing changed after all
    window.close()
    qtbot.waitUntil(lambda: not main.runner.busy)
    assert not claim_file(share, case).exists() and not claim_file(share, case).parent.exists()
    assert demo_db.reader().execute("SELECT count(*) FROM claim").fetchone()[0] == 0
    assert actions(demo_db, case) == ["claim", "claim_held", "claim_release"]


def test_a_kept_edit_keeps_the_claim(qtbot, demo_db, profile, paths, share, make_window):
    from tests.team_helpers import own_roster

    own_roster(demo_db, paths, profile)  # a claim is sealed to the roster's members
    main = make_window(demo_db, profile)
    case = a_new_case(demo_db)
    window = open_case(qtbot, main, case)
    qtbot.keyClicks(first_text_field(window), "Bor hos sin søster.")
    claim_settled(qtbot, window)
    window.close()
    qtbot.waitUntil(lambda: not main.runner.busy)
    assert claim_file(share, case).exists()
    assert claim_of(share, case, demo_db)["payload"]["user_id"] == profile.user_id
    assert actions(demo_db, case) == ["claim", "claim_held"]


def claim_by_colleague(share, case, db, paths, profile) -> None:
    """A claim signed by a colleague the coordinator approved onto the roster."""
    from tests.team_helpers import approved_colleague

    colleague = approved_colleague(db, paths, profile, share, user_id=COLLEAGUE)
    colleague.claim(share, case.case_key, "2026-11-20T09:15:00+00:00")


def test_an_assignment_wins_over_a_colleagues_claim(
    qtbot, demo_db, profile, paths, share, make_window, monkeypatch
):
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No
    )
    case = a_new_case(demo_db)
    assign(demo_db, [case.id], profile.user_id)
    claim_by_colleague(share, case, demo_db, paths, profile)
    main = make_window(demo_db, profile)
    window = open_case(qtbot, main, case)
    qtbot.keyClicks(first_text_field(window), "x")
    claim_settled(qtbot, window)
    assert asked == [], "the reviewer it is assigned to is not stopped by the claim"
    assert not window._refused
    state = (
        demo_db.reader()
        .execute("SELECT state FROM claim WHERE case_key = ?", (case.case_key,))
        .fetchone()[0]
    )
    assert state == "second"
    window.close()


def test_a_case_assigned_to_someone_else_names_them(
    qtbot, demo_db, profile, share, make_window, monkeypatch
):
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No
    )
    case = a_new_case(demo_db)
    assign(demo_db, [case.id], COLLEAGUE)
    status = case_status(demo_db, case)
    main = make_window(demo_db, profile)
    main._reviewer_names[COLLEAGUE] = "BB (SOF)"
    window = open_case(qtbot, main, case)
    qtbot.keyClicks(first_text_field(window), "x")
    claim_settled(qtbot, window)
    assert len(asked) == 1 and "tildelt BB (SOF)" in asked[0] and COLLEAGUE not in asked[0]
    assert window._refused and not claim_file(share, case).exists()
    window.close()
    qtbot.waitUntil(lambda: not main.runner.busy)
    # the refused edit stored nothing: no draft, the case as it was
    assert (
        demo_db.reader()
        .execute("SELECT count(*) FROM review WHERE case_id = ?", (case.id,))
        .fetchone()[0]
        == 0
    )
    assert case_status(demo_db, case) == status


def case_status(db, case) -> str:
    return db.reader().execute('SELECT status FROM "case" WHERE id = ?', (case.id,)).fetchone()[0]


def audit_of(db, case) -> list[str]:
    return [
        a
        for (a,) in db.reader().execute(
            "SELECT action FROM audit_log WHERE case_id = ? ORDER BY id", (case.id,)
        )
    ]


def test_reading_a_case_without_a_review_changes_nothing(
    qtbot, demo_db, profile, share, make_window
):
    """Open a case that has no review, read through every section, close: no draft, the
    status as it was, only reads in the audit log. The first typed key starts the review."""
    main = make_window(demo_db, profile)
    case = a_new_case(demo_db)
    assert (
        demo_db.reader()
        .execute("SELECT count(*) FROM review WHERE case_id = ?", (case.id,))
        .fetchone()[0]
        == 0
    )
    before = audit_of(demo_db, case)
    window = open_case(qtbot, main, case)
    for _ in range(len(window.pages)):
        qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    window.close()
    qtbot.waitUntil(lambda: not main.runner.busy)
    assert (
        demo_db.reader()
        .execute("SELECT count(*) FROM review WHERE case_id = ?", (case.id,))
        .fetchone()[0]
        == 0
    )
    assert case_status(demo_db, case) == "ny"
    added = audit_of(demo_db, case)[len(before) :]
    assert added and set(added) <= {"case.read"}, added

    window = main.open_review_for(case.id)  # now to work: the first key starts the review
    qtbot.keyClicks(first_text_field(window), "Bor hos sin søster.")
    claim_settled(qtbot, window)
    assert window.review.id != 0 and case_status(demo_db, case) == "under_gennemgang"
    window.close()
    qtbot.waitUntil(lambda: not main.runner.busy)
    stored = (
        demo_db.reader()
        .execute("SELECT answers, status FROM review WHERE case_id = ?", (case.id,))
        .fetchall()
    )
    assert len(stored) == 1 and "Bor hos sin søster." in stored[0][0]
    assert "review.create" in audit_of(demo_db, case)[len(before) :]


def test_a_queued_claim_on_a_case_assigned_to_me_is_no_clash(
    qtbot, demo_db, profile, paths, share, make_window, wait_tasks, monkeypatch
):
    """Offline, I start work on a case assigned to me (the claim is queued); meanwhile a
    colleague claimed it. The next sync (F9) records mine as a second review and warns of
    nothing: an assignment wins over a claim by anyone else."""
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    case = a_new_case(demo_db)
    assign(demo_db, [case.id], profile.user_id)
    update_settings(paths.config, share_path=str(share / "afmonteret"))  # offline
    main = make_window(demo_db, profile)
    main.sync.timer.stop()
    window = open_case(qtbot, main, case)
    qtbot.keyClicks(first_text_field(window), "x")
    claim_settled(qtbot, window)
    assert (
        demo_db.reader()
        .execute("SELECT state FROM claim WHERE case_key = ?", (case.case_key,))
        .fetchone()[0]
        == "queued"
    )
    window.close()
    claim_by_colleague(share, case, demo_db, paths, profile)
    update_settings(paths.config, share_path=str(share))  # back online
    failed = []
    monkeypatch.setattr(main.sync, "_failed", failed.append)
    qtbot.waitUntil(lambda: not main.sync.running, timeout=20000)
    main.sync_action.trigger()  # Synkronisér (F9)
    qtbot.waitUntil(lambda: main.sync.last_report is not None or bool(failed), timeout=30000)
    assert not failed, failed
    assert main.sync.last_report.claim_clashes == []
    assert warned == []
    assert (
        demo_db.reader()
        .execute("SELECT state FROM claim WHERE case_key = ?", (case.case_key,))
        .fetchone()[0]
        == "second"
    )
