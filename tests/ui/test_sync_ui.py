"""Settings, background sync, claims, assignments and ingest, driven from the window."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from tests.queued import queued_names
from udsat_desktop.core.status import Role
from udsat_desktop.flows.signing import sign_review
from udsat_desktop.platform.checklists import bundled_library
from udsat_desktop.platform.settings import load_settings, update_settings
from udsat_desktop.store.demo_reviews import build_demo_reviews
from udsat_desktop.store.queue import get_case
from udsat_desktop.sync import sealed
from udsat_desktop.sync.share import set_up_share
from udsat_desktop.ui.team.sync_dialogs import AssignDialog

LIB = bundled_library()
KEY_PASS = "nøgle-kode-1"


@pytest.fixture
def share(tmp_path):
    folder = tmp_path / "fællesmappe"
    folder.mkdir()
    set_up_share(folder)
    return folder


def test_settings_dialog_checks_the_share_and_saves(
    qtbot, demo_db, profile, paths, share, make_window
):
    main = make_window(demo_db, profile)
    assert main.sync_label.text() == "Ingen fællesmappe valgt"
    dialog = main.admin_ctrl.open_settings()
    qtbot.keyClicks(dialog.share, str(share / "findes-ikke"))
    with qtbot.waitSignal(dialog.check_share().finished):  # probed on a worker
        pass
    assert "kan ikke nås" in dialog.share_state.text()
    dialog.share.clear()
    qtbot.keyClicks(dialog.share, str(share))
    with qtbot.waitSignal(dialog.check_share().finished):
        pass
    assert dialog.share_state.text().startswith("✓")
    dialog.lock.setValue(15)
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    saved = load_settings(paths.config)
    assert saved.share == share and saved.lock_minutes == 15
    assert main.sync_label.text().startswith("0 venter på synkronisering")


def test_settings_refuse_a_timestamp_address_that_is_not_http(qtbot, profile, paths, monkeypatch):
    from PySide6.QtWidgets import QDialogButtonBox

    from udsat_desktop.ui.team.settings_dialog import SettingsDialog

    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    dialog = SettingsDialog(paths, profile)  # the dialog alone, no main window
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.tsa, "tsa.example.dk")
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert warned and "http://" in warned[0] and dialog.isVisible()
    assert load_settings(paths.config).timestamp_url == ""


def test_signed_review_waits_then_f9_syncs_it(
    qtbot, demo_db, profile, paths, share, make_window, wait_tasks
):
    update_settings(paths.config, share_path=str(share))
    build_demo_reviews(demo_db, 2, profile.user_id, LIB, seed=61)
    review_id = (
        demo_db.reader().execute("SELECT id FROM review WHERE status = 'klar'").fetchone()[0]
    )
    sign_review(demo_db, paths, profile, LIB, review_id, KEY_PASS)
    from tests.team_helpers import own_roster

    own_roster(demo_db, paths, profile)  # what is sent is sealed to the roster's coordinator
    main = make_window(demo_db, profile)
    main.sync.timer.stop()
    case_key = (
        demo_db.reader()
        .execute(
            'SELECT c.case_key FROM review r JOIN "case" c ON c.id = r.case_id WHERE r.id = ?',
            (review_id,),
        )
        .fetchone()[0]
    )
    qtbot.keyClicks(main.filters.search, case_key)
    qtbot.keyClick(main.filters.search, Qt.Key.Key_Down)
    assert main.panel.fields["status"].text() == "Underskrevet"
    assert main.sync_label.text().startswith("2 venter på synkronisering")
    qtbot.keyClick(main, Qt.Key.Key_F9)
    wait_tasks(main.runner)
    assert main.panel.fields["status"].text() == "Synkroniseret"  # the panel follows the sync
    assert main.sync_label.text().startswith("0 venter på synkronisering · sidst synkroniseret")
    assert len(list((share / "summaries").rglob("*.pdf"))) == 1
    assert len(list((share / "records").rglob("*.json"))) == 1
    log = main.team_ctrl.open_sync_log()
    assert log.table.rowCount() == 2
    assert {log.table.item(r, 2).text() for r in range(2)} == {"synkroniseret"}
    log.close()
    with qtbot.waitActive(main):
        main.activateWindow()

    # the coordinator's ingest from the Team menu verifies it
    shown = []
    qtbot_info = QMessageBox.information
    try:
        QMessageBox.information = lambda *a, **k: shown.append(a[2])  # type: ignore[method-assign]
        qtbot.keyClick(
            main.table,
            Qt.Key.Key_I,  # Team → Indlæs teamets gennemgange
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
        wait_tasks(main.runner)
    finally:
        QMessageBox.information = qtbot_info  # type: ignore[method-assign]
    assert shown and shown[0].startswith("1 ny gennemgang indlæst")


def test_unreachable_share_is_shown_and_nothing_is_lost(
    qtbot, demo_db, profile, paths, share, make_window, wait_tasks
):
    update_settings(paths.config, share_path=str(share / "afmonteret"))
    build_demo_reviews(demo_db, 2, profile.user_id, LIB, seed=62)
    review_id = (
        demo_db.reader().execute("SELECT id FROM review WHERE status = 'klar'").fetchone()[0]
    )
    sign_review(demo_db, paths, profile, LIB, review_id, KEY_PASS)
    main = make_window(demo_db, profile)
    qtbot.keyClick(main.table, Qt.Key.Key_F9)  # Filer → Synkronisér nu
    wait_tasks(main.runner)
    assert "fællesmappen kan ikke nås" in main.sync_label.text()
    assert main.sync_label.text().startswith("2 venter")
    assert len(queued_names(demo_db)) == 1 and not paths.outbox.exists()


def claim_by_other(share, case_key: str, db, paths, profile, *, legacy: bool = False):
    """A claim signed by a colleague the coordinator approved onto the roster: in the sharded
    layout, or (`legacy`) the flat one of before."""
    from tests.team_helpers import approved_colleague

    colleague = approved_colleague(db, paths, profile, share)
    colleague.claim(share, case_key, "2026-11-20T09:15:00+00:00", legacy=legacy)
    return colleague


def first_edit(qtbot, window) -> None:
    """Type one character into the review's first field, as a person starting work does."""
    from udsat_desktop.ui.review.review_pages import FieldsPage

    page = next(p for p in window.pages if isinstance(p, FieldsPage) and p.editors)
    window.sections.setCurrentRow(window.pages.index(page))
    editor = next(iter(page.editors.values()))
    target = getattr(editor, "edit", None) or editor.input
    target.setFocus()
    qtbot.keyClicks(target, "x")
    # the claim follows once the keystroke is handled: wait for the share's answer (or the
    # short wait after which it is queued)
    qtbot.waitUntil(lambda: window.claim_state == "done", timeout=10000)


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
def test_editing_a_case_someone_else_claimed_asks_first(
    qtbot, demo_db, profile, paths, share, make_window, monkeypatch, answer
):
    update_settings(paths.config, share_path=str(share))
    main = make_window(demo_db, profile)
    row = main.model.row_object(0)
    case = get_case(demo_db, row.id)
    claim_by_other(
        share,
        case.case_key,
        demo_db,
        paths,
        profile,
        legacy=answer == QMessageBox.StandardButton.No,
    )
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or answer)
    window = main.open_review_for(row.id)
    assert not asked, "opening to read asks nothing and claims nothing"
    assert demo_db.reader().execute("SELECT count(*) FROM claim").fetchone()[0] == 0
    first_edit(qtbot, window)
    local = dt.datetime(2026, 11, 20, 9, 15, tzinfo=dt.UTC).astimezone()
    assert asked and "sof-bb-0001" in asked[0]
    assert f"(siden 20.11.2026 {local:%H.%M})" in asked[0]  # the Danish date and time format
    state = (
        demo_db.reader()
        .execute("SELECT state FROM claim WHERE case_key = ?", (case.case_key,))
        .fetchone()
    )
    if answer == QMessageBox.StandardButton.No:
        assert state is None and window._refused  # the attempt left no claim behind
        assert "Kun visning" in window.problems.text()
        window.close()
        stored = (
            demo_db.reader()
            .execute("SELECT answers FROM review WHERE case_id = ?", (row.id,))
            .fetchone()
        )
        assert stored in (None, ("{}",)), "the refused edit was not saved"
    else:
        assert state == ("second",) and not window._refused
        window.close()


@pytest.mark.expected_log(r"share did not answer a claim")
def test_a_hung_share_does_not_freeze_the_first_edit(
    qtbot, demo_db, profile, paths, share, make_window, monkeypatch
):
    """The network drive stops answering when the first edit claims the case: the edit goes
    on after a short wait with the claim queued; when the drive answers that a colleague
    holds the case, the user is told."""
    import threading

    from tests.team_helpers import approved_colleague
    from udsat_desktop.sync import claims as engine
    from udsat_desktop.ui.review import review_opener

    update_settings(paths.config, share_path=str(share))
    colleague = approved_colleague(demo_db, paths, profile, share)
    main = make_window(demo_db, profile)
    row = main.model.row_object(0)
    case_key = get_case(demo_db, row.id).case_key
    drive = threading.Event()
    real_create = engine.claim_once

    answered = threading.Event()

    def hung_create(target, data, **kwargs):
        drive.wait(30)  # a stalled SMB/NFS call
        answered.set()
        colleague.claim(share, case_key, "2026-11-20T09:15:00+00:00")  # meanwhile it landed
        return real_create(target, data, **kwargs)

    monkeypatch.setattr(engine, "claim_once", hung_create)
    monkeypatch.setattr(review_opener, "CLAIM_WAIT_MS", 300)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    window = main.open_review_for(row.id)
    first_edit(qtbot, window)
    assert not answered.is_set()  # the edit went on while the drive still hung
    state = (
        demo_db.reader()
        .execute("SELECT state FROM claim WHERE case_key = ?", (case_key,))
        .fetchone()[0]
    )
    assert state == "queued"  # checked again at the next sync
    drive.set()
    qtbot.waitUntil(lambda: bool(warned), timeout=10000)
    assert case_key in warned[0] and "taget" in warned[0]
    window.close()


def test_reviewer_is_refused_coordinator_actions(
    qtbot, demo_db, profile, paths, make_window, monkeypatch
):
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    reviewer = dataclasses.replace(profile, role=Role.REVIEWER)
    main = make_window(demo_db, reviewer)
    qtbot.keyClick(main.table, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(
        main.table,
        Qt.Key.Key_I,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert warned == [
        "Kun en koordinator kan tildele sager.",
        "Kun en koordinator kan indlæse teamets gennemgange.",
    ]


def test_coordinator_assigns_selected_cases(
    qtbot, demo_db, profile, paths, share, make_window, monkeypatch, wait_tasks
):
    from tests.team_helpers import approved_colleague
    from udsat_desktop.sync import trust

    update_settings(paths.config, share_path=str(share))
    private = approved_colleague(demo_db, paths, profile, share).x25519_private
    main = make_window(demo_db, profile)
    main.table.selectRow(0)
    qtbot.keyClick(main.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    keys = {get_case(demo_db, i).case_key for i in main.queue_ctrl.selected_case_ids()}
    assert len(keys) == 2
    monkeypatch.setattr(AssignDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    qtbot.keyClick(main, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    # the team is read on a worker
    qtbot.waitUntil(lambda: hasattr(main.team_ctrl, "assign_dialog"))
    assert main.team_ctrl.assign_dialog.reviewer.currentText() == "Bo Bæk (BB, SOF)"
    wait_tasks(main.runner)
    (sealed_file,) = (share / "assignments" / "sof-bb-0001").glob("*.json")
    envelope = json.loads(sealed_file.read_bytes())
    _header, plain = sealed.open_sealed(private, trust.unb64(envelope["payload"]["sealed"]))
    assert {c["case_key"] for c in json.loads(plain)["cases"]} == keys
    assigned = {
        r[0]
        for r in demo_db.reader().execute(
            'SELECT case_key FROM "case" WHERE assigned_reviewer = ?', ("sof-bb-0001",)
        )
    }
    assert keys <= assigned
    # the case panel follows the assignment at once, with the colleague's name
    assert main.panel.fields["assigned"].text() == "BB (SOF)"


def test_settings_set_the_share_up_and_never_hang_on_it(
    qtbot, demo_db, profile, paths, tmp_path, make_window, monkeypatch
):
    """Saving a folder writes its marker; a drive that does not answer costs the dialog at
    most SHARE_WAIT_S, not a frozen window."""
    import threading

    from udsat_desktop.sync.share import marker as share_mod
    from udsat_desktop.ui.team import settings_dialog

    folder = tmp_path / "ny-fællesmappe"
    folder.mkdir()
    main = make_window(demo_db, profile)
    dialog = main.admin_ctrl.open_settings()
    qtbot.keyClicks(dialog.share, str(folder))
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.isVisible())  # checked and set up on workers
    assert share_mod.marker_id(folder) is not None
    assert load_settings(paths.config).share == folder

    release = threading.Event()
    real = share_mod._check_share
    answered = threading.Event()

    def hung_check(*a):
        released = release.wait(20)
        answered.set()
        return released and real(*a)

    monkeypatch.setattr(share_mod, "_check_share", hung_check)
    monkeypatch.setattr(settings_dialog, "SHARE_WAIT_S", 0.5)
    dialog = main.admin_ctrl.open_settings()
    probe = dialog.check_share()
    assert not answered.is_set()  # the dialog does not wait for the drive at all...
    assert dialog.share_state.text() == "Kontrollerer fællesmappen…"
    with qtbot.waitSignal(probe.finished, timeout=5000):  # ...and the probe gives up
        pass
    assert not answered.is_set()  # given up while the drive still hung
    assert "svarede ikke" in dialog.share_state.text()
    release.set()
    dialog.reject()


def test_a_member_the_coordinator_removed_is_told_in_the_status_bar(
    qtbot, demo_db, profile, paths, share, make_window, wait_tasks, monkeypatch
):
    """What the sync found (tests/sync/test_attacks.py: a revoked member's sync reports
    removed_from_team) reaches the window: F9, and the status bar says so in Danish."""
    from udsat_desktop.sync import engine

    update_settings(paths.config, share_path=str(share))
    monkeypatch.setattr(engine, "sync", lambda *a, **k: engine.SyncReport(removed_from_team=True))
    main = make_window(demo_db, profile)
    qtbot.keyClick(main.table, Qt.Key.Key_F9)  # Filer → Synkronisér nu
    wait_tasks(main.runner)
    assert "fjernet dig fra teamets holdliste" in main.sync_label.text()


def test_an_old_plain_outbox_taken_in_at_start_is_told_once_in_the_window(
    qtbot, demo_db, profile, paths, share, make_window
):
    """Issue 36: what an earlier version left plain in outbox/ is taken into the encrypted
    store when the store is opened; the window says so once, without blocking."""
    from tests.queued import leave_plain_as_before
    from udsat_desktop.store.outbox_absorb import absorb_outbox

    update_settings(paths.config, share_path=str(share / "afmonteret"))  # offline
    build_demo_reviews(demo_db, 4, profile.user_id, LIB, seed=36, all_ready=True)
    ids = [r for (r,) in demo_db.reader().execute("SELECT id FROM review WHERE status = 'klar'")]
    for review_id in ids[:2]:
        sign_review(demo_db, paths, profile, LIB, review_id, KEY_PASS)
    left = leave_plain_as_before(demo_db, paths)
    assert len(left) == 2 and len(list(paths.outbox.glob("*.pdf"))) == 2
    assert absorb_outbox(demo_db, paths) == 2  # what opening the store at start does
    assert not paths.outbox.exists() and queued_names(demo_db) == set(left)
    main = make_window(demo_db, profile)
    assert main.sync_label.text().startswith("4 venter")
    box = main.tell_absorbed_outbox()
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    assert box.text().startswith("2 underskrevne sammenfatninger, som en tidligere version")
    assert "krypterede database" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not main.absorbed_message.isVisible())
    assert main.tell_absorbed_outbox() is None, "told once"


def test_a_change_of_coordinators_and_an_own_demotion_are_told_in_the_status_bar(
    qtbot, demo_db, profile, paths, share, make_window, wait_tasks, monkeypatch
):
    """What the sync found (tests/sync/test_team_takeover.py drives the real rosters): a
    change of the set of coordinators stays in the status bar after later syncs; a roster
    that removes this coordinator says what to do."""
    from udsat_desktop.sync import engine, roster

    change = roster.CoordinatorChange(7, "Koordinator Kim (bif-kk-0001)", ("Anna Ager",), ())
    reports = iter(
        [
            engine.SyncReport(coordinators_changed=[{**change.to_json(), "text": change.text()}]),
            engine.SyncReport(),
            engine.SyncReport(
                own_demotion={"version": 8, "signed_by": "x", "text": "fjerner dig som koordinator"}
            ),
        ]
    )
    update_settings(paths.config, share_path=str(share))
    monkeypatch.setattr(engine, "sync", lambda *a, **k: next(reports))
    main = make_window(demo_db, profile)
    qtbot.keyClick(main.table, Qt.Key.Key_F9)
    wait_tasks(main.runner)
    assert "koordinatorer er ændret i holdliste version 7" in main.sync_label.text()
    assert "ny: Anna Ager" in main.sync_label.text()
    qtbot.keyClick(main.table, Qt.Key.Key_F9)
    wait_tasks(main.runner)
    assert "koordinatorer er ændret" in main.sync_label.text()
    qtbot.keyClick(main.table, Qt.Key.Key_F9)
    wait_tasks(main.runner)
    assert "fjerner dig som koordinator" in main.sync_label.text()


def test_a_claim_lost_or_blocked_on_the_share_is_told_in_the_status_bar(
    qtbot, demo_db, profile, paths, share, make_window, wait_tasks, monkeypatch
):
    """What the sync found about claims (tests/sync/test_attacks.py: an overwritten claim
    ends in claim_clashes, four squatted slots in claims_blocked) reaches the window."""
    from udsat_desktop.sync import engine

    update_settings(paths.config, share_path=str(share))
    from PySide6.QtWidgets import QMessageBox

    found = engine.SyncReport(claim_clashes=["AB12-CD34"], claims_blocked=["EF56-GH78"])
    monkeypatch.setattr(engine, "sync", lambda *a, **k: found)
    warned: list[str] = []  # the clash is also said in a message (team_controller)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    main = make_window(demo_db, profile)
    qtbot.keyClick(main.table, Qt.Key.Key_F9)  # Filer → Synkronisér nu
    wait_tasks(main.runner)
    text = main.sync_label.text()
    assert "en anden holder nu sagen: AB12-CD34" in text
    assert "kan ikke reserveres på fællesmappen" in text and "EF56-GH78" in text
    assert warned and "AB12-CD34" in warned[0]
