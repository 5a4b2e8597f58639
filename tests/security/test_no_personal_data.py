"""After a full scripted round (import, assign, pull, review, sign, sync, ingest, packet, the
window: search, CPR reveal, lock, a crash), no CPR number and no citizen's name is in a log
file, a crash report, a file name on the share, a record, the settings files, or the title of
a locked window."""

from __future__ import annotations

import datetime as dt
import re
import sys

import pytest
from PySide6.QtCore import Qt

from udsat_desktop.flows.packets import make_packet
from udsat_desktop.platform.checklists import bundled_library
from udsat_desktop.store.demo_reviews import build_demo_reviews
from udsat_desktop.store.meetings import add_case, candidates, create_meeting
from udsat_desktop.store.queue import reviewer_labels
from udsat_desktop.sync.claims import claim_case

LIB = bundled_library()


def people(member) -> list[tuple[str, str]]:
    db, _ = member.open()
    try:
        return list(db.reader().execute('SELECT cpr, name FROM "case"'))
    finally:
        db.close()


def leaks(text: str, citizens: list[tuple[str, str]]) -> list[str]:
    found = []
    for cpr, name in citizens:
        for needle in (cpr, cpr.replace("-", ""), name):
            if needle and needle in text:
                found.append(needle)
    return found


# Complexity (C901): one scripted run, then a check of every place data lands; a story read top to
# bottom.
@pytest.mark.expected_log(r"udsat\.crash: unexpected error ValueError")
def test_nothing_personal_where_it_does_not_belong(  # noqa: C901
    team,
    sample_csv,
    tmp_path,
    qtbot,
    monkeypatch,
):
    share, kk, aa, _bb = team
    from tests.sync.conftest import enrol

    assert kk.run("import", str(sample_csv))[0] == 0
    enrol(kk, aa)
    citizens = people(kk)
    keys = [
        k
        for (k,) in kk.open()[0]
        .reader()
        .execute('SELECT case_key FROM "case" ORDER BY cpr, name LIMIT 3')
    ]
    assert kk.run("assign", "--to", aa.user_id, *keys)[0] == 0
    assert aa.run("pull")[0] == 0
    db, profile = aa.open()
    try:
        for key in keys:
            claim_case(db, profile, key, share)
        build_demo_reviews(db, 3, profile.user_id, LIB, seed=111, all_ready=True)
    finally:
        db.close()
    assert aa.run("sign", "--ready")[0] == 0
    assert aa.run("sync")[0] == 0
    assert kk.run("ingest")[0] == 0
    db, profile = kk.open()
    try:
        day = dt.date(2026, 12, 3)
        create_meeting(db, profile, day, "09:00", "Jobcenter", {"sundhed": "Dr. Berg"})
        # the three cases are the first by CPR (case keys are random), so the demo answers and
        # which of them go to the forum are the same on every run
        forum = candidates(db)
        assert forum, "no signed review asks for the forum; the packet below needs one"
        for c in forum[:2]:
            add_case(db, profile, day, c)
        make_packet(db, kk.paths, profile, share, day, tmp_path / "pakke")

        # the window: search for a CPR number, reveal one, open a review, lock
        from udsat_desktop.ui.main_window import MainWindow

        window = MainWindow(db, profile, kk.paths, reviewer_names=reviewer_labels(db))
        qtbot.addWidget(window)
        window.show()
        cpr = citizens[0][0]
        qtbot.keyClicks(window.filters.search, cpr)  # the whole number, as a user might
        window.table.selectRow(0)
        qtbot.mouseClick(window.panel.reveal, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: bool(
                db.reader()
                .execute("SELECT 1 FROM audit_log WHERE action IN ('search', 'cpr.reveal')")
                .fetchone()
            )
        )
        window.review_ctrl.open_selected()
        window.locker.lock()
        locked_titles = [w.windowTitle() for w in (window,)]
        window.locker.try_unlock("team-kode-2026")
        for w in list(window.review_windows):
            w.close()

        # a crash whose message carries a CPR number goes through the excepthook
        from udsat_desktop.app import install_excepthook

        install_excepthook(kk.paths.logs)
        try:
            raise ValueError(f"uventet værdi {cpr} for {citizens[0][1]}")
        except ValueError:
            sys.excepthook(*sys.exc_info())
        sys.excepthook = sys.__excepthook__
    finally:
        db.close()

    for title in locked_titles:
        assert not leaks(title, citizens) and title == "Udsat Desktop – låst"
    texts: dict[str, str] = {}
    for member in (kk, aa):
        for path in member.paths.logs.glob("*"):
            texts[str(path)] = path.read_text(encoding="utf-8", errors="replace")
        for path in member.paths.config.rglob("*"):
            if path.is_file():
                texts[str(path)] = path.read_text(encoding="utf-8", errors="replace")
    assert any("crash-" in p for p in texts), "the crash report was written"
    for path in share.rglob("*"):
        rel = str(path.relative_to(share))
        assert not leaks(rel, citizens), rel
        if path.is_file() and path.parent.name == "records":
            texts[rel] = path.read_text(encoding="utf-8")
    for path, text in texts.items():
        assert not leaks(text, citizens), path
    # the data folders are the user's alone; the database, keys and reports 0600
    import stat

    for member in (kk, aa):
        assert stat.S_IMODE(member.paths.data.stat().st_mode) == 0o700
        for path in [
            member.paths.database,
            member.paths.keyinfo,
            member.paths.data / "signing-key.p12",
            *member.paths.logs.glob("*"),
            *member.paths.outbox.rglob("*.pdf"),
        ]:
            if path.exists():
                assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0, path
    # and the log did record the work (so the check above is not vacuous)
    log = "".join(t for p, t in texts.items() if p.endswith("udsat.log"))
    assert re.search(r"command (ingest|sign) finished", log)
