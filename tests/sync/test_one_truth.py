"""One truth for the coordinator (issue 29): after an ingest of colleagues' signed reviews
(one case of them in conflict), the case panel, `udsat stats --json`, the dashboard and the
Excel workbook say the same about consents, next steps and counts, and the case in conflict
is counted once, as "konflikt"."""

from __future__ import annotations

import datetime as dt

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from udsat_desktop.platform.checklists import bundled_library
from udsat_desktop.store.demo_reviews import build_demo_reviews

from .conftest import enrol

LIB = bundled_library()


def _signed_by(member, count: int, seed: int) -> None:
    db, profile = member.open()
    try:
        assert build_demo_reviews(db, count, profile.user_id, LIB, seed=seed, all_ready=True) == (
            count,
            count,
        )
    finally:
        db.close()
    code, out = member.run("sign", "--ready")
    assert code == 0 and out["signed"] == count, out


def test_panel_stats_dashboard_and_excel_agree_after_an_ingest(qtbot, team, tmp_path):
    from udsat_desktop.reports.excel import export_workbook
    from udsat_desktop.store.dashboard import case_rows, figures
    from udsat_desktop.store.queue import reviewer_labels
    from udsat_desktop.ui.main_window import MainWindow

    _share, kk, aa, bb = team
    assert kk.run("demo", "--cases", "12")[0] == 0
    enrol(kk, aa, bb)
    db, _ = kk.open()
    keys = [
        k
        for (k,) in db.reader().execute(
            "SELECT case_key FROM \"case\" WHERE status IN ('ny', 'tildelt') ORDER BY cpr LIMIT 3"
        )
    ]
    db.close()
    assert kk.run("assign", "--to", aa.user_id, *keys)[0] == 0
    assert aa.run("pull")[0] == 0
    assert kk.run("assign", "--to", bb.user_id, keys[0])[0] == 0  # Anna does not know yet
    assert bb.run("pull")[0] == 0
    _signed_by(aa, 3, seed=5)
    _signed_by(bb, 1, seed=8)
    for member in (aa, bb):
        assert member.run("sync")[0] == 0
    code, report = kk.run("ingest")
    assert code == 0 and report["new"] == 4 and report["conflicts"] == [keys[0]], report

    code, stats = kk.run("stats")
    assert code == 0
    assert stats["reviews"]["underskrevet"] == 4  # every signed document, once
    assert stats["reviewed_cases"] == 3 and stats["conflicts"] == 1
    db, profile = kk.open()
    try:
        today = dt.date.today()
        figs = figures(db, today=today)
        rows = case_rows(db)
        export_workbook(tmp_path / "udtraek.xlsx", figs, rows)
        # stats and the dashboard
        assert figs.reviewed == stats["reviewed_cases"]
        assert figs.conflicts == stats["conflicts"]
        assert figs.overdue == stats["next_steps"]["overdue"]
        assert sum(figs.steps_by_org.values()) >= stats["next_steps"]["open"] > 0
        assert sum(figs.per_reviewer.values()) == 2  # Anna's two cases not in conflict
        # the workbook
        book = load_workbook(tmp_path / "udtraek.xlsx")
        overview = {r[0].value: r[1].value for r in book["Overblik"].iter_rows()}
        assert overview["Gennemgået"] == stats["reviewed_cases"]
        assert overview["Overskredne næste skridt"] == stats["next_steps"]["overdue"]
        assert overview["Sager i konflikt"] == stats["conflicts"]
        sheet = list(book["Sager"].iter_rows(values_only=True))
        by_key = {row[0]: row for row in sheet[1:]}
        assert sum(row[9] for row in sheet[1:]) == stats["next_steps"]["open"]
        assert sum(row[10] for row in sheet[1:]) == stats["next_steps"]["overdue"]
        assert by_key[keys[0]][7] == "konflikt"
        for key in keys[1:]:
            assert by_key[key][6] is not None and by_key[key][7] not in ("", "konflikt")
            assert by_key[key][9] > 0  # Anna's steps reach the workbook

        # the case panel: the consents Anna recorded, as her signed record says
        record = (
            db.reader()
            .execute(
                "SELECT json_extract(record, '$.consents') FROM ingested_record i "
                "WHERE i.case_key = ?",
                (keys[1],),
            )
            .fetchone()[0]
        )
        import json

        recorded = json.loads(record)
        assert recorded, "Anna recorded consents"
        main = MainWindow(db, profile, kk.paths, reviewer_names=reviewer_labels(db))
        qtbot.addWidget(main)
        with qtbot.waitActive(main):
            main.show()
            main.activateWindow()
        qtbot.keyClicks(main.filters.search, keys[1])
        qtbot.keyClick(main.filters.search, Qt.Key.Key_Down)
        qtbot.waitUntil(lambda: main.panel.case is not None and main.panel.case.case_key == keys[1])
        shown = main.panel.fields["consents"].text()
        assert "Ingen registreret" not in shown
        assert shown.count("•") == len(recorded)
        vocab = LIB.merged()
        for purpose in recorded:
            assert vocab.consent_label(purpose) in shown
        # the case in conflict says so in the panel
        qtbot.mouseClick(main.filters.search, Qt.MouseButton.LeftButton)
        qtbot.keyClick(main.filters.search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(main.filters.search, keys[0])
        qtbot.keyClick(main.filters.search, Qt.Key.Key_Down)
        qtbot.waitUntil(lambda: main.panel.case is not None and main.panel.case.case_key == keys[0])
        reviews = main.panel.fields["reviews"].text()
        assert "Konflikt: 2 underskrevne gennemgange" in reviews
        assert "AA (BIF)" in reviews and "BB (SOF)" in reviews  # who signed which
        # the follow-up list: the same open steps, none of the case in conflict, which it names
        qtbot.keyClick(
            main.table,
            Qt.Key.Key_O,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
        qtbot.waitUntil(lambda: getattr(main.review_ctrl, "follow_up_window", None) is not None)
        follow = main.review_ctrl.follow_up_window
        assert follow.table.rowCount() == stats["next_steps"]["open"]
        listed = {follow.table.item(r, 0).text() for r in range(follow.table.rowCount())}
        assert keys[0] not in listed and set(keys[1:]) <= listed
        assert f"Konflikt: {keys[0]}" in follow.count.text()
        follow.close()
        main.close()
        QApplication.processEvents()
    finally:
        db.close()
