"""The import dialog's report (issue 14, item 7): rejected rows first and marked, warnings
grouped and expanded from the keyboard, and a file that is not a spreadsheet named so."""

from __future__ import annotations

from PySide6.QtCore import Qt

from udsat_desktop.core.cpr import parse_cpr


def import_file(qtbot, window, path, wait_tasks):
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    dialog = window.queue_ctrl.import_dialog
    dialog.path.clear()
    qtbot.keyClicks(dialog.path, str(path))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    wait_tasks(window.runner)  # the file is shown first: its rows and each column's mapping
    if dialog.ready_to_import and not dialog.error.text():
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)  # now it writes
        wait_tasks(window.runner)
    return dialog


def test_rejected_rows_come_first_and_warnings_are_grouped(
    qtbot, store, paths, tmp_path, wait_tasks
):
    from udsat_desktop.ui.common.tasks import TaskRunner
    from udsat_desktop.ui.queue.import_dialog import ImportDialog

    rows = ["CPR-nr.;Navn;Ledighedsgrad 10 år (%)"]
    for day in range(1, 13):
        serial = next(
            s for s in range(1000, 1100) if not parse_cpr(f"{day:02d}0190{s}").modulus11_ok
        )
        rows.append(f"{day:02d}0190-{serial};Person {day};90")
    rows.append("070761-4285;Søren Ærbø;140")  # row 14: outside 0-100
    listed = tmp_path / "liste.csv"
    listed.write_text("\n".join(rows) + "\n", encoding="utf-8")
    db, profile = store
    runner = TaskRunner()
    dialog = ImportDialog(db, paths, profile, runner)  # the dialog alone, no main window
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path.clear()
    qtbot.keyClicks(dialog.path, str(listed))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    wait_tasks(runner)  # shown first
    assert dialog.preview.isVisible() and dialog.ready_to_import
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    wait_tasks(runner)

    tree = dialog.issues
    assert tree.isVisible() and tree.topLevelItemCount() == 2
    rejected = tree.topLevelItem(0)
    assert rejected.text(0) == "14" and rejected.text(1).startswith("✖ Afvist: ")
    assert "mellem 0 og 100" in rejected.text(1) and rejected.font(1).bold()
    group = tree.topLevelItem(1)
    assert group.text(1) == "⚠ 12 CPR-numre uden modulus 11-kontrol — tilladt siden 2007"
    assert group.childCount() == 12 and not group.isExpanded()
    assert "øverst, markeret ✖" in dialog.result_label.text()

    tree.setFocus()
    tree.setCurrentItem(group)
    qtbot.keyClick(tree, Qt.Key.Key_Right)  # a person unfolds the group
    assert group.isExpanded()
    assert [group.child(i).text(0) for i in range(3)] == ["2", "3", "4"]


def test_a_file_that_is_not_a_spreadsheet_is_named_in_the_dialog(
    qtbot, store, make_window, tmp_path, wait_tasks
):
    picture = tmp_path / "liste.csv"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    window = make_window(*store)
    dialog = import_file(qtbot, window, picture, wait_tasks)
    assert dialog.error.isVisible()
    assert dialog.error.text() == (
        "Filen er ikke et regneark, men et billede (PNG). Vælg "
        "målgruppelisten som Excel (.xlsx) eller CSV."
    )
    assert not dialog.issues.isVisible() and window.model.matches == 0

    header_only = tmp_path / "tom.csv"
    header_only.write_text("CPR-nr.;Navn\n", encoding="utf-8")
    dialog = import_file(qtbot, window, header_only, wait_tasks)
    assert "ingen rækker med borgere" in dialog.error.text()


def test_the_dialog_shows_the_file_before_it_writes(qtbot, store, paths, tmp_path, wait_tasks):
    """A data-warehouse export (title row, merged group headers, the warehouse's wording):
    the first press shows the header row found, the first rows with each column's mapping and
    the column that will not be imported, and writes nothing; choosing another header row
    shows that; the second press imports, and the report names the column left out."""
    from tests.import_helpers import HEADERS, UNKNOWN, warehouse_xlsx
    from udsat_desktop.ui.common.tasks import TaskRunner
    from udsat_desktop.ui.queue.import_dialog import ImportDialog

    path = tmp_path / "udtræk.xlsx"
    citizens = warehouse_xlsx(path)
    db, profile = store
    runner = TaskRunner()
    dialog = ImportDialog(db, paths, profile, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.path, str(path))
    qtbot.keyClick(dialog.path, Qt.Key.Key_Return)
    wait_tasks(runner)

    def count() -> int:
        return db.reader().execute('SELECT count(*) FROM "case"').fetchone()[0]

    assert count() == 0, "the preview wrote nothing"
    preview = dialog.preview
    assert preview.isVisible() and preview.header_row.value() == 3
    table = preview.table
    assert table.rowCount() == len(citizens) and table.columnCount() == len(HEADERS)
    assert table.item(0, 1).text() == citizens[0][1]
    headings = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headings[0] == "A: CPR-nr.\n→ CPR-nummer"
    assert headings[3] == "D: Målgruppe-andel (%)\n→ Ledighedsgrad (%)"
    assert headings[6] == f"{UNKNOWN[0]}: {UNKNOWN[1]}\n→ importeres ikke"
    assert f"{UNKNOWN[0]} »{UNKNOWN[1]}«" in preview.ignored_label.text()
    assert dialog.mapping.combos["unemployment_pct"].currentText() == "Målgruppe-andel (%)"

    # another header row, typed: the merged group labels become the headers (and say so)
    preview.header_row.setFocus()
    preview.header_row.selectAll()
    qtbot.keyClicks(preview.header_row, "2")
    qtbot.keyClick(preview.header_row, Qt.Key.Key_Return)
    wait_tasks(runner)
    assert preview.header_row.value() == 2 and "CPR" in dialog.error.text()
    assert table.horizontalHeaderItem(0).text().startswith("A: Borger")
    # back to row 3
    preview.header_row.selectAll()
    qtbot.keyClicks(preview.header_row, "3")
    qtbot.keyClick(preview.header_row, Qt.Key.Key_Return)
    wait_tasks(runner)
    assert dialog.error.text() == "" and dialog.ready_to_import and count() == 0

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    wait_tasks(runner)
    assert count() == len(citizens)
    assert dialog.summary is not None and dialog.summary.header_row == 3
    assert f"Ikke importeret: kolonne {UNKNOWN[0]} »{UNKNOWN[1]}«" in dialog.result_label.text()
    shares = sorted(p for (p,) in db.reader().execute('SELECT unemployment_pct FROM "case"'))
    assert shares == sorted(pct for _c, _n, pct in citizens)
