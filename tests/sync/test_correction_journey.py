"""A correction from start to the meeting table: a reviewer signs version 1, the coordinator
plans it for the rehabiliteringsteam, the reviewer corrects it in the real window (mouse and
keyboard) and signs version 2, syncs; the coordinator ingests, and the meeting, the packet,
`udsat summary` and the dashboard all hold version 2. The packet itself carries no signature
field; each attached original verifies with `pdfsig` and `udsat verify`."""

from __future__ import annotations

import io
import shutil
import subprocess

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from udsat_desktop.platform.checklists import bundled_library
from udsat_desktop.reports.packet import packet_attachments
from udsat_desktop.store.demo_reviews import build_demo_reviews
from udsat_desktop.store.reviews.review_flow import mark_ready
from udsat_desktop.ui.review.review_pages import FieldsPage

from .conftest import KEY_PASS, enrol

LIB = bundled_library()
MEETING = "2026-12-17"


def _one_signed_rehab_case(aa) -> str:
    """Anna's store: six complete reviews, all signed with the CLI; returns the key of one
    that recommends the rehabiliteringsteam."""
    db, profile = aa.open()
    try:
        build_demo_reviews(db, 6, profile.user_id, LIB, seed=71, all_ready=True)
        (case_key,) = (
            db.reader()
            .execute(
                'SELECT c.case_key FROM review r JOIN "case" c ON c.id = r.case_id '
                "WHERE r.status = 'klar' AND json_extract(r.answers, '$.forelaeg_rehab') = 1 "
                "ORDER BY c.cpr LIMIT 1"
            )
            .fetchone()
        )
    finally:
        db.close()
    code, out = aa.run("sign", "--ready")
    assert code == 0, out
    return case_key


def _correct_and_sign_in_the_window(qtbot, aa, case_key: str, monkeypatch) -> str:
    from udsat_desktop.store.queue import get_case_by_key, reviewer_labels
    from udsat_desktop.ui.main_window import MainWindow

    db, profile = aa.open()
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: pytest.fail(str(a[2])))
    try:
        main = MainWindow(db, profile, aa.paths, reviewer_names=reviewer_labels(db))
        qtbot.addWidget(main)
        with qtbot.waitActive(main):
            main.show()
            main.activateWindow()
        # the key dialog
        monkeypatch.setattr(main.signing_ctrl, "ask_key_passphrase", lambda: KEY_PASS)
        case = get_case_by_key(db, case_key)
        qtbot.keyClicks(main.filters.search, case_key)
        qtbot.keyClick(main.filters.search, Qt.Key.Key_Down)
        qtbot.keyClick(main.table, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
        signed = main.review_windows[-1]
        assert signed.review.locked and signed.review.version == 1
        assert signed.correction_button.isVisibleTo(signed)
        signed_id = signed.review.id
        qtbot.mouseClick(signed.correction_button, Qt.MouseButton.LeftButton)
        # why: required (OK stays off until a reason is typed)
        dialog = signed.correction_dialog
        qtbot.waitExposed(dialog)
        assert not dialog.ok.isEnabled()
        qtbot.keyClicks(dialog.reason, "Ny lægeattest fra egen læge")
        assert dialog.ok.isEnabled()
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: any(w.review.version == 2 for w in main.review_windows))
        window = next(w for w in main.review_windows if w.review.version == 2)
        assert window.review.replaces_review_id == signed_id
        # the correction window is wired like any review window: names, not user ids
        names = [window.co_reviewer.itemText(i) for i in range(window.co_reviewer.count())]
        assert not any(n.startswith(("bif-", "sof-", "reg-")) for n in names), names
        # the fact that changes: the reason the team should see the case
        page = next(
            p
            for p in window.pages
            if isinstance(p, FieldsPage) and "rehab_begrundelse" in p.editors
        )
        window.sections.setCurrentRow(window.pages.index(page))
        editor = page.editors["rehab_begrundelse"]
        page.ensureWidgetVisible(editor)
        target = getattr(editor, "edit", None) or editor.input
        target.setFocus()
        qtbot.keyClick(target, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(target, " - rettet: ny lægeattest")
        qtbot.mouseClick(window.ready_button, Qt.MouseButton.LeftButton)
        assert window.review.status == "klar", window.problems.text()
        assert window.sign_button.isVisibleTo(window)
        qtbot.mouseClick(window.sign_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not main.runner.busy, timeout=30000)
        assert window.review.locked and window.review.version == 2
        assert any("underskrevet" in t for t in told)
        # the queue row and the case panel follow
        row = main.model.row_object(main.table.currentIndex().row())
        assert row.id == case.id and row.status == "underskrevet"
        assert "Erstattet af version 2" in main.panel.fields["reviews"].text()
        # the panel says why and what, as the correction's summary does (issue 29)
        assert "Rettelse: Ny lægeattest fra egen læge" in main.panel.fields["reviews"].text()
        new_key = window.review.review_key
        for w in list(main.review_windows):
            w.close()
        QApplication.processEvents()
        main.close()
    finally:
        db.close()
    return new_key


def _compare_in_the_window(qtbot, kk, case_key: str, old_key: str, new_key: str) -> None:
    """The coordinator selects the case, clicks *Sammenlign versioner…* in the case panel:
    the two versions side by side, the changed fields marked, the correction's reason."""
    from udsat_desktop.store.queue import reviewer_labels
    from udsat_desktop.ui.main_window import MainWindow

    db, profile = kk.open()
    try:
        main = MainWindow(db, profile, kk.paths, reviewer_names=reviewer_labels(db))
        qtbot.addWidget(main)
        with qtbot.waitActive(main):
            main.show()
            main.activateWindow()
        qtbot.keyClicks(main.filters.search, case_key)
        qtbot.keyClick(main.filters.search, Qt.Key.Key_Down)
        qtbot.waitUntil(lambda: main.panel.compare.isEnabled())
        assert "Rettelse: Ny lægeattest fra egen læge" in main.panel.fields["reviews"].text()
        qtbot.mouseClick(main.panel.compare, Qt.MouseButton.LeftButton)
        dialog = main.signing_ctrl.versions_dialog
        qtbot.waitExposed(dialog)
        assert (dialog.first.currentData(), dialog.second.currentData()) == (old_key, new_key)
        table = dialog.table
        marked = [r for r in range(table.rowCount()) if table.item(r, 0).text().startswith("≠ ")]
        assert marked and all(table.item(r, 1).text() != table.item(r, 2).text() for r in marked)
        assert "Ny lægeattest fra egen læge" in dialog.reasons.text()
        # the same version twice: nothing differs
        dialog.first.setFocus()
        qtbot.keyClick(dialog.first, Qt.Key.Key_Down)
        assert dialog.first.currentData() == new_key
        assert not any(table.item(r, 0).text().startswith("≠ ") for r in range(table.rowCount()))
        dialog.close()
        main.close()
        QApplication.processEvents()
    finally:
        db.close()


def test_correction_to_packet(qtbot, team, tmp_path, monkeypatch):
    _share, kk, aa, _bb = team
    assert kk.run("demo", "--cases", "12")[0] == 0
    enrol(kk, aa)  # the coordinator approves aa onto the roster; aa pins the coordinator
    for member in (aa, kk):
        assert member.run("sync")[0] == 0
    code, out = kk.run("meeting", "candidates")
    assert code == 0 and out == {"candidates": []}
    db, _ = kk.open()
    keys = [
        k
        for (k,) in db.reader().execute(
            "SELECT case_key FROM \"case\" WHERE status IN ('ny', 'tildelt') ORDER BY cpr, name "
            "LIMIT 6"
        )
    ]
    db.close()
    assert kk.run("assign", "--to", aa.user_id, *keys)[0] == 0
    assert aa.run("pull")[0] == 0
    case_key = _one_signed_rehab_case(aa)
    assert aa.run("sync")[0] == 0
    assert kk.run("ingest")[0] == 0

    # the coordinator plans the meeting headless
    code, out = kk.run(
        "meeting",
        "new",
        "--date",
        MEETING,
        "--time",
        "09:30",
        "--place",
        "Gammel Køge Landevej",
        "--minutes",
        "25",
    )
    assert code == 0 and out["minutes_per_case"] == 25 and out["place"]
    code, out = kk.run("meeting", "candidates")
    assert code == 0
    offered = {c["case_key"]: c["review_id"] for c in out["candidates"]}
    assert case_key in offered
    old_key = offered[case_key]
    code, out = kk.run("meeting", "add", "--date", MEETING, case_key)
    assert code == 0 and [c["case_key"] for c in out["cases"]] == [case_key]
    code, out = kk.run("meeting", "add", "--date", MEETING, "K-FINDESIKKE")
    assert code == 2

    # the reviewer corrects in the window and signs version 2; sync; the coordinator ingests
    new_key = _correct_and_sign_in_the_window(qtbot, aa, case_key, monkeypatch)
    assert new_key != old_key
    assert aa.run("sync")[0] == 0
    code, report = kk.run("ingest")
    assert code == 0, report

    # the meeting follows the correction; the packet holds version 2 only
    code, out = kk.run("meeting", "list")
    (meeting,) = out["meetings"]
    assert meeting["cases"][0]["review_id"] == new_key
    assert meeting["cases"][0]["replaced_by"] is None
    out_dir = tmp_path / "pakke"
    code, out = kk.run("packet", "--meeting", MEETING, "--out", str(out_dir))
    assert code == 0, out
    packet = out_dir / f"moedepakke_{MEETING}.pdf"
    attached = packet_attachments(packet.read_bytes())
    assert list(attached) == [f"01_{case_key}_{new_key}.pdf"]
    text = "".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(packet.read_bytes())).pages)
    assert "version 2" in text and "rettet: ny lægeattest" in text
    # the correction says why and what changed against version 1 (issue 29)
    flat = " ".join(text.split())
    assert "Årsag til rettelsen" in flat and "Ny lægeattest fra egen læge" in flat
    assert "Ændringer i forhold til den erstattede version" in flat
    assert "Begrundelse ændret ændret" in flat or "Begrundelse" in flat.split("Ændringer")[1], flat

    # validators: the packet shows no signature; every attachment verifies
    reader = pypdf.PdfReader(packet)
    assert "/AcroForm" not in reader.trailer["/Root"]
    assert all("/Annots" not in page for page in reader.pages)
    code, verdict = kk.run("verify", str(packet))
    assert code == 0, verdict
    assert verdict["files"][0]["packet"] is True
    assert [s["verdict"] for a in verdict["files"][0]["attachments"] for s in a["signatures"]] == [
        "intakt, kendt underskriver"
    ]
    for original in out["summaries"]:
        code, verdict = kk.run("verify", original)
        assert code == 0 and verdict["ok"], verdict
    if shutil.which("pdfsig"):
        result = subprocess.run(["pdfsig", str(packet)], capture_output=True, text=True)
        assert "does not contain any signatures" in result.stdout + result.stderr
        for original in out["summaries"]:
            result = subprocess.run(["pdfsig", original], capture_output=True, text=True)
            assert "Signature is Valid" in result.stdout, result.stdout
            assert "Total document signed" in result.stdout

    # the coordinator sees the reason and the changes, and compares any two versions
    code, out = kk.run("versions", case_key)
    assert code == 0, out
    by_id = {v["review_id"]: v for v in out["versions"]}
    assert by_id[new_key]["correction"]["reason"] == "Ny lægeattest fra egen læge"
    assert by_id[new_key]["correction"]["changes"], "what changed"
    assert by_id[old_key]["correction"] is None
    code, out = kk.run("versions", case_key, "--compare", old_key, new_key)
    assert code == 0
    differing = [f["field"] for f in out["compare"]["fields"] if f["different"]]
    assert differing and set(differing) >= {
        c["field"] for c in by_id[new_key]["correction"]["changes"]
    }

    _compare_in_the_window(qtbot, kk, case_key, old_key, new_key)

    # `udsat summary` gives version 2 too, from the share
    code, out = kk.run("summary", case_key, "--out", str(tmp_path / "seneste.pdf"))
    assert code == 0 and out["review_id"] == new_key and out["version"] == 2

    # the correction is one case review in the dashboard's counts
    from udsat_desktop.store.dashboard import figures

    db, _ = kk.open()
    try:
        counted = figures(db)
        assert sum(counted.per_reviewer.values()) == 6  # six cases, one of them corrected
    finally:
        db.close()


def test_a_packet_refuses_a_superseded_version(team, tmp_path):
    """When a planned case's version is replaced after its recommendation was recorded (so
    the agenda did not follow), the packet is refused, naming the newer version; adding the
    old version to a meeting is refused the same way."""
    import datetime as dt

    from udsat_desktop.flows.packets import make_packet
    from udsat_desktop.flows.signing import sign_ready
    from udsat_desktop.reports.packet import PacketError
    from udsat_desktop.store.meetings import (
        Candidate,
        MeetingError,
        add_case,
        candidates,
        create_meeting,
        record_outcome,
    )
    from udsat_desktop.store.reviews.review_flow import start_correction

    _share, kk, _aa, _bb = team
    assert kk.run("demo", "--cases", "8")[0] == 0
    db, profile = kk.open()
    try:
        build_demo_reviews(db, 6, profile.user_id, LIB, seed=71, all_ready=True)
        sign_ready(db, kk.paths, profile, LIB, KEY_PASS, workers=1)
        first = candidates(db)[0]
        day = dt.date(2026, 12, 3)
        create_meeting(db, profile, day, "09:00", "Rådhuset", {})
        add_case(db, profile, day, first)
        record_outcome(db, profile, day, first.case_key, "Fleksjob", {}, see_again=True)
        old_id = (
            db.reader()
            .execute("SELECT id FROM review WHERE review_key = ?", (first.review_key,))
            .fetchone()[0]
        )
        new = start_correction(db, old_id, profile.user_id, "forkert dato")
        template = LIB.get(new.template_id, new.template_version)
        assert mark_ready(db, new.id, profile.user_id, template) == []
        sign_ready(db, kk.paths, profile, LIB, KEY_PASS, workers=1)
        with pytest.raises(
            PacketError,
            match=rf"{first.case_key}.*erstattet af version 2 "
            rf"\({new.review_key}\)",
        ):
            make_packet(db, kk.paths, profile, None, day, tmp_path / "p")
        create_meeting(db, profile, dt.date(2027, 1, 7), "09:00", "Rådhuset", {})
        with pytest.raises(MeetingError, match=rf"erstattet af version 2 \({new.review_key}\)"):
            add_case(
                db,
                profile,
                dt.date(2027, 1, 7),
                Candidate(first.case_key, first.review_key, first.review_date, "lokal"),
            )
        _code, out = kk.run("meeting", "list")
        listed = next(m for m in out["meetings"] if m["date"] == "2026-12-03")
        assert listed["cases"][0]["replaced_by"] == {"version": 2, "review_id": new.review_key}
    finally:
        db.close()
    import contextlib

    from udsat_desktop.cli import main as cli

    text = io.StringIO()
    with contextlib.redirect_stdout(text):
        assert cli(["--data-dir", str(kk.data), "meeting", "list"]) == 0
    assert f"{first.case_key}  {first.review_key}  Erstattet af version 2" in text.getvalue()
