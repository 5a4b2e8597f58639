"""Two signed reviews of one case, decided by the coordinator (issue 29), through the CLI: the
coordinator assigns a case to Anna, then hands it to Bo; both review and sign it offline and
sync; the ingest puts the case in conflict (every ingest says so; it is no meeting candidate
and `udsat summary` refuses), bad decisions change nothing, the coordinator decides with a
reason, and summary, candidates, meeting and packet follow the decision while the other
review stays readable as not in force; each reviewer's app receives the decision."""

from __future__ import annotations

import json

import pytest

from udsat_desktop.platform.checklists import bundled_library
from udsat_desktop.reports.packet import packet_attachments
from udsat_desktop.store.demo_reviews import build_demo_reviews

from .conftest import enrol

LIB = bundled_library()
MEETING = "2027-03-04"


def _review_and_sign(member, seed: int) -> str:
    """The member's one assigned case reviewed (complete, ready) and signed with the CLI;
    returns the review key."""
    db, profile = member.open()
    try:
        made, ready = build_demo_reviews(db, 1, profile.user_id, LIB, seed=seed, all_ready=True)
        assert (made, ready) == (1, 1)
    finally:
        db.close()
    code, out = member.run("sign", "--ready")
    assert code == 0 and out["signed"] == 1, out
    return out["files"][0].split(" ", 1)[0]


def _forum_wanted(member, review_key: str) -> bool:
    db, _ = member.open()
    try:
        (answers,) = (
            db.reader()
            .execute("SELECT answers FROM review WHERE review_key = ?", (review_key,))
            .fetchone()
        )
    finally:
        db.close()
    return json.loads(answers).get("forelaeg_rehab") is True


def conflict_team(team, *, reassign: bool = True):
    """The coordinator's demo cases; Anna and Bo enrolled; one case assigned to Anna and then
    handed to Bo; both sign it offline (Anna has not synced since the handover) and sync.
    Returns (share, kk, aa, bb, case key, Anna's review key, Bo's review key)."""
    share, kk, aa, bb = team
    assert kk.run("demo", "--cases", "12")[0] == 0
    enrol(kk, aa, bb)
    db, _ = kk.open()
    (case_key,) = (
        db.reader()
        .execute(
            "SELECT case_key FROM \"case\" WHERE status IN ('ny', 'tildelt') ORDER BY cpr LIMIT 1"
        )
        .fetchone()
    )
    db.close()
    assert kk.run("assign", "--to", aa.user_id, case_key)[0] == 0
    assert aa.run("pull")[0] == 0
    if reassign:
        assert kk.run("assign", "--to", bb.user_id, case_key)[0] == 0
    assert bb.run("pull")[0] == 0 or not reassign
    # seeds whose reviews differ (Anna's presents the case to the team)
    anna = _review_and_sign(aa, seed=5)
    bo = _review_and_sign(bb, seed=8)
    assert _forum_wanted(aa, anna)
    for member in (aa, bb):
        code, out = member.run("sync")
        assert code == 0, out
        if member is aa and reassign:  # signed offline; the handover reaches her now
            assert [h["case_key"] for h in out["handovers"]] == [case_key]
    return share, kk, aa, bb, case_key, anna, bo


def test_two_signed_reviews_are_a_conflict_the_coordinator_decides(team, tmp_path):
    share, kk, aa, bb, case_key, anna, bo = conflict_team(team)

    code, report = kk.run("ingest")
    assert code == 0, report
    assert report["conflicts"] == [case_key]
    # persistent: a second ingest with nothing new says it again
    code, report = kk.run("ingest")
    assert code == 0 and report["new"] == 0 and report["conflicts"] == [case_key]

    code, out = kk.run("conflicts", "list")
    assert code == 0 and out["open"] == 1
    (listed,) = out["conflicts"]
    assert listed["case_key"] == case_key and listed["state"] == "konflikt"
    assert {r["review_id"] for r in listed["reviews"]} == {anna, bo}
    assert {r["signed_by"] for r in listed["reviews"]} == {"Anna Ager", "Bo Bæk"}
    assert listed["decision"] is None

    code, shown = kk.run("conflicts", "show", case_key)
    assert code == 0
    by_id = {r["review_id"]: r for r in shown["reviews"]}
    assert by_id[anna]["fields"] and by_id[bo]["fields"]
    assert shown["differences"], "the two reviews differ somewhere"
    for label in shown["differences"]:
        assert by_id[anna]["fields"].get(label, "–") != by_id[bo]["fields"].get(label, "–")

    # until decided: no meeting candidate, no summary, no packet
    code, out = kk.run("meeting", "candidates")
    assert code == 0 and case_key not in {c["case_key"] for c in out["candidates"]}
    code, out = kk.run("summary", case_key, "--out", str(tmp_path / "s.pdf"))
    assert code == 2 and not (tmp_path / "s.pdf").exists()

    # bad decisions: one Danish sentence, exit 2, nothing changed
    def refused(member, *args: str) -> str:
        import contextlib
        import io

        from udsat_desktop.cli import main as cli

        err = io.StringIO()
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
            try:
                code = cli(["--data-dir", str(member.data), "conflicts", "decide", *args])
            except SystemExit as exc:  # argparse's own refusal (a missing option)
                code = exc.code
        assert code == 2, err.getvalue()
        text = err.getvalue().strip()
        assert text.startswith("udsat: ") and "Traceback" not in text and "\n" not in text
        return text

    assert "R-FINDESIKKE" in refused(kk, case_key, "--valid", "R-FINDESIKKE", "--reason", "x")
    assert "begrundelse" in refused(kk, case_key, "--valid", anna, "--reason", "  ")
    assert "--reason" in refused(kk, case_key, "--valid", anna)
    assert "koordinator" in refused(aa, case_key, "--valid", anna, "--reason", "min egen")
    code, out = kk.run("conflicts", "list")
    assert out["open"] == 1 and out["conflicts"][0]["decision"] is None
    assert not any((share / "decisions").iterdir())

    # the decision: audited, signed, sealed to the team on the share
    reason = "Annas gennemgang bygger på den nye lægeattest"
    code, out = kk.run("conflicts", "decide", case_key, "--valid", anna, "--reason", reason)
    assert code == 0 and out["published"] is True and out["overruled"] == [bo], out
    (published,) = list((share / "decisions").iterdir())
    assert reason.encode() not in published.read_bytes()  # sealed, not plain
    code, out = kk.run("conflicts", "list")
    assert out["open"] == 0 and out["conflicts"][0]["state"] == "afgjort"
    code, shown = kk.run("conflicts", "show", case_key)
    by_id = {r["review_id"]: r for r in shown["reviews"]}
    assert by_id[anna]["in_force"] is True and by_id[bo]["in_force"] is False
    assert by_id[bo]["fields"], "the other review stays readable"
    assert shown["decision"]["reason"] == reason
    assert shown["decision"]["decided_by_name"] == "Koordinator Kim"
    db, _ = kk.open()
    try:
        actions = [a for (a,) in db.reader().execute("SELECT action FROM audit_log")]
    finally:
        db.close()
    assert "conflict.decide" in actions
    code, report = kk.run("ingest")
    assert report["conflicts"] == []

    # summary, candidates, meeting and packet follow the decision
    code, out = kk.run("summary", case_key, "--out", str(tmp_path / "s.pdf"))
    assert code == 0 and out["review_id"] == anna
    code, out = kk.run("meeting", "candidates")
    offered = {c["case_key"]: c["review_id"] for c in out["candidates"]}
    assert offered.get(case_key) == anna
    code, out = kk.run(
        "meeting", "new", "--date", MEETING, "--time", "09:30", "--place", "Rådhuset"
    )
    assert code == 0, out
    code, out = kk.run("meeting", "add", "--date", MEETING, case_key)
    assert code == 0, out
    code, out = kk.run("packet", "--meeting", MEETING, "--out", str(tmp_path / "pakke"))
    assert code == 0, out
    attached = packet_attachments((tmp_path / "pakke" / f"moedepakke_{MEETING}.pdf").read_bytes())
    assert list(attached) == [f"01_{case_key}_{anna}.pdf"]

    # every member's app shows which review counts and why
    for member, mine, in_force in ((aa, anna, True), (bb, bo, False)):
        code, report = member.run("sync")
        assert code == 0 and report["decisions"] == 1, report
        code, out = member.run("conflicts", "list")
        (seen,) = out["conflicts"]
        assert seen["decision"]["reason"] == reason and seen["decision"]["valid"] == anna
        assert {r["review_id"]: r["in_force"] for r in seen["reviews"]} == {mine: in_force}


@pytest.mark.expected_log(r"file on the share refused in decisions/")
def test_a_decision_not_signed_by_a_roster_coordinator_is_refused(team):
    """A decision file made by a reviewer (signed with their own team key, sealed to the
    team) is refused by every member's sync: reported, kept in the sync log, audited."""
    import datetime as dt

    from udsat_desktop.sync import roster, sealed, trust
    from udsat_desktop.sync.decisions import DECISION_KIND, KIND_DECISION

    share, kk, aa, bb, case_key, anna, bo = conflict_team(team)
    assert kk.run("ingest")[0] == 0
    db, _ = bb.open()
    try:
        decision_id = "D-20270101T120000-0123abcd"
        payload = {
            "decision_id": decision_id,
            "case_key": case_key,
            "valid": bo,
            "overruled": [anna],
            "reason": "min er bedst",
            "decided_by": bb.user_id,
            "decided_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "share": None,
        }
        signed = trust.seal_envelope(db, DECISION_KIND, payload)
        held = roster.current(bb.paths)
        readers = [m.x25519_bytes() for m in held.members if m.active]
        name = f"decisions/{decision_id}.json"
        (share / name).write_bytes(sealed.seal_for(readers, signed, kind=KIND_DECISION, name=name))
    finally:
        db.close()
    _code, report = kk.run("ingest")
    assert report["conflicts"] == [case_key] and report["decisions"] == 0
    assert any("koordinator" in why for _name, why in report["refused"]), report
    code, report = aa.run("sync")
    assert code == 3 and report["decisions"] == 0  # synced, the forged decision refused
    assert any("koordinator" in why for _name, why in report["refused"]), report
    _code, out = kk.run("conflicts", "list")
    assert out["open"] == 1

    # the coordinator decides while the share cannot be reached: kept, and the next sync
    # publishes it; the members receive it then
    code, out = kk.run(
        "conflicts",
        "decide",
        case_key,
        "--valid",
        anna,
        "--reason",
        "aftalt på mødet",
        "--share",
        str(share.parent / "ikke-her"),
    )
    assert code == 0 and out["published"] is False and out["share_problem"], out
    assert len(list((share / "decisions").iterdir())) == 1  # only the forged one
    code, report = kk.run("sync")
    assert code == 0, report
    assert len(list((share / "decisions").iterdir())) == 2
    code, report = aa.run("sync")
    assert code == 0 and report["decisions"] == 1, report


def test_the_coordinator_decides_in_the_conflicts_window(qtbot, team, monkeypatch):
    """Team → Konflikter… (its shortcut, typed): the case in conflict, its two reviews side by
    side with the differing fields marked; *Vælg gældende* without a reason is refused in the
    window, with one it decides, and the list says *afgjort*. A screenshot is kept."""
    from pathlib import Path

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QMessageBox

    from udsat_desktop.store.queue import reviewer_labels
    from udsat_desktop.store.versions import conflicts
    from udsat_desktop.ui.main_window import MainWindow

    _share, kk, _aa, _bb, case_key, anna, bo = conflict_team(team)
    assert kk.run("ingest")[0] == 0
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: pytest.fail(str(a[2])))
    db, profile = kk.open()
    try:
        main = MainWindow(db, profile, kk.paths, reviewer_names=reviewer_labels(db))
        qtbot.addWidget(main)
        with qtbot.waitActive(main):
            main.show()
            main.activateWindow()
        qtbot.keyClick(
            main.table,
            Qt.Key.Key_F,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
        qtbot.waitUntil(lambda: getattr(main.meetings_ctrl, "conflicts_window", None) is not None)
        window = main.meetings_ctrl.conflicts_window
        qtbot.waitExposed(window)
        assert window.cases.count() == 1
        assert window.cases.item(0).text() == f"{case_key} – konflikt"
        rect = window.cases.visualItemRect(window.cases.item(0))
        qtbot.mouseClick(window.cases.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        table = window.table
        assert table.columnCount() == 2
        assert {table.item(0, c).text() for c in range(2)} == {anna, bo}
        assert {table.item(1, c).text() for c in range(2)} == {"Anna Ager", "Bo Bæk"}
        marked = [
            r
            for r in range(table.rowCount())
            if table.verticalHeaderItem(r).text().startswith("≠ ")
        ]
        assert marked, "the differing fields are marked"
        for r in marked:
            assert table.item(r, 0).text() != table.item(r, 1).text()
        shot = Path("/work/wt/_notes/i29a-conflicts.png")
        if shot.parent.is_dir():
            window.grab().save(str(shot))

        # no reason: refused in the window, nothing decided
        qtbot.mouseClick(window.choose, Qt.MouseButton.LeftButton)
        assert "begrundelse" in window.problem.text()
        assert conflicts(db, case_key)[case_key].open

        # choose Bo's review with the keyboard, type the reason, click
        window.valid.setFocus()
        target = [window.valid.itemData(i) for i in range(window.valid.count())].index(bo)
        while window.valid.currentIndex() != target:
            key = Qt.Key.Key_Down if window.valid.currentIndex() < target else Qt.Key.Key_Up
            qtbot.keyClick(window.valid, key)
        qtbot.mouseClick(window.reason, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(window.reason, "Bos gennemgang er den seneste med borgeren")
        qtbot.mouseClick(window.choose, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not main.runner.busy, timeout=30000)
        qtbot.waitUntil(lambda: window.cases.item(0).text() == f"{case_key} – afgjort")
        found = conflicts(db, case_key)[case_key]
        assert not found.open and found.in_force_key() == bo
        assert found.decision.reason == "Bos gennemgang er den seneste med borgeren"
        assert "Bos gennemgang er den seneste" in window.decision.text()
        assert not window.choose.isEnabled()
        if shot.parent.is_dir():
            window.grab().save(str(shot.with_name("i29a-conflicts-decided.png")))
        window.close()
        main.close()
        QApplication.processEvents()
    finally:
        db.close()
    code, out = kk.run("conflicts", "list")
    assert code == 0 and out["conflicts"][0]["decision"]["valid"] == bo


def test_a_reassignment_reaches_the_reviewer_it_takes_the_case_from(qtbot, team, monkeypatch):
    """Anna has a finished draft when the coordinator hands the case to Bo. Her sync says
    so, `udsat cases` and the case panel show to whom, by whom and when, her draft stays,
    and signing asks first: the window asks (no: nothing signed), `udsat sign` refuses
    without --despite-handover (exit 2, nothing signed). Signed anyway, it is no silent loss:
    the coordinator's ingest shows the case in conflict."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QMessageBox

    from udsat_desktop.store.queue import reviewer_labels
    from udsat_desktop.ui.main_window import MainWindow

    _share, kk, aa, bb = team
    assert kk.run("demo", "--cases", "12")[0] == 0
    enrol(kk, aa, bb)
    db, _ = kk.open()
    (case_key,) = (
        db.reader()
        .execute(
            "SELECT case_key FROM \"case\" WHERE status IN ('ny', 'tildelt') ORDER BY cpr LIMIT 1"
        )
        .fetchone()
    )
    db.close()
    assert kk.run("assign", "--to", aa.user_id, case_key)[0] == 0
    assert aa.run("pull")[0] == 0
    db, profile = aa.open()
    try:
        assert build_demo_reviews(db, 1, profile.user_id, LIB, seed=5, all_ready=True) == (1, 1)
    finally:
        db.close()
    assert kk.run("assign", "--to", bb.user_id, case_key)[0] == 0

    code, report = aa.run("sync")
    assert code == 0, report
    (told,) = report["handovers"]
    assert told["case_key"] == case_key and told["to"] == bb.user_id and told["by"] == kk.user_id
    code, out = aa.run("cases")
    (row,) = [c for c in out["cases"] if c["case_key"] == case_key]
    assert row["assigned_reviewer"] == bb.user_id
    assert row["handed_over"]["to"] == bb.user_id and row["handed_over"]["by"] == kk.user_id
    db, _ = aa.open()
    try:
        (status,) = (
            db.reader()
            .execute(
                'SELECT r.status FROM review r JOIN "case" c ON c.id = r.case_id '
                "WHERE c.case_key = ?",
                (case_key,),
            )
            .fetchone()
        )
    finally:
        db.close()
    assert status == "klar", "the draft is kept"

    # the window: the panel says so, and signing asks first
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No,
    )
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: pytest.fail(str(a[2])))
    db, profile = aa.open()
    try:
        main = MainWindow(db, profile, aa.paths, reviewer_names=reviewer_labels(db))
        qtbot.addWidget(main)
        with qtbot.waitActive(main):
            main.show()
            main.activateWindow()
        monkeypatch.setattr(main.signing_ctrl, "ask_key_passphrase", lambda: pytest.fail("asked"))
        qtbot.keyClicks(main.filters.search, case_key)
        qtbot.keyClick(main.filters.search, Qt.Key.Key_Down)
        qtbot.waitUntil(
            lambda: main.panel.case is not None and main.panel.case.case_key == case_key
        )
        assigned = main.panel.fields["assigned"].text()
        assert "overdraget fra dig" in assigned and "BB" in assigned and "KK" in assigned
        qtbot.keyClick(main.table, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
        window = main.review_windows[-1]
        assert window.sign_button.isVisibleTo(window)
        qtbot.mouseClick(window.sign_button, Qt.MouseButton.LeftButton)
        assert len(asked) == 1 and "Bo Bæk" in asked[0] and "Koordinator Kim" in asked[0]
        assert not window.review.locked
        window.close()
        main.close()
        QApplication.processEvents()
    finally:
        db.close()
    assert not list(aa.paths.outbox.glob("*.pdf"))

    # the CLI refuses without the flag, nothing signed
    import contextlib
    import io

    from udsat_desktop.cli import main as cli

    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = cli(["--data-dir", str(aa.data), "sign", "--ready"])
    assert code == 2
    message = err.getvalue().strip()
    assert case_key in message and "Bo Bæk" in message and "--despite-handover" in message
    assert "\n" not in message and not list(aa.paths.outbox.glob("*.pdf"))

    # signed anyway: both reviews reach the coordinator as a conflict
    code, out = aa.run("sign", "--ready", "--despite-handover")
    assert code == 0 and out["signed"] == 1, out
    assert bb.run("pull")[0] == 0
    _review_and_sign(bb, seed=8)
    for member in (aa, bb):
        assert member.run("sync")[0] == 0
    code, report = kk.run("ingest")
    assert code == 0 and report["conflicts"] == [case_key], report
