"""The queue window driven like a person: import through the dialog, search, filter, open."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from udsat_desktop.core.status import CaseStatus
from udsat_desktop.ui.queue.queue_model import Col


def import_through_dialog(qtbot, window, path, wait_tasks):
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    dialog = window.queue_ctrl.import_dialog
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.path, str(path))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    wait_tasks(window.runner)  # the file is shown first: its rows and each column's mapping
    if dialog.ready_to_import and not dialog.error.text():
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)  # now it writes
        wait_tasks(window.runner)
    return dialog


def issues_of(dialog):
    """Row number -> reason, from the rejected rows and inside every group."""
    out = {}
    for i in range(dialog.issues.topLevelItemCount()):
        top = dialog.issues.topLevelItem(i)
        for item in [top, *(top.child(c) for c in range(top.childCount()))]:
            if item.text(0):
                out[int(item.text(0))] = item.text(1)
    return out


def test_import_sample_search_and_open_a_case(qtbot, store, make_window, sample_csv, wait_tasks):
    window = make_window(*store)
    assert window.model.rowCount() == 0
    dialog = import_through_dialog(qtbot, window, sample_csv, wait_tasks)
    assert "56 nye sager" in dialog.result_label.text()
    issues = issues_of(dialog)
    assert "fødselsdato findes ikke" in issues[58]
    assert "procent er ikke et tal" in issues[61]
    assert "samme CPR-nummer som række 5" in issues[59]
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    with qtbot.waitActive(window):  # the offscreen platform does not hand focus back by itself
        window.activateWindow()
    assert window.model.matches == 56 and window.count_label.text() == "56 sager"

    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.filters.search.hasFocus()
    qtbot.keyClicks(window.filters.search, "yasmin")
    assert window.model.rowCount() == 1
    assert window.count_label.text() == "Viser 1 af 56 sager"
    qtbot.keyClick(window.filters.search, Qt.Key.Key_Down)
    assert window.table.hasFocus()
    panel = window.panel
    assert panel.title.text() == "Yasmin Mortensen"
    assert panel.fields["cpr"].text() == "071066-xxxx"
    assert panel.fields["caseworker"].text() == "Nanna Larsen"
    with qtbot.waitSignal(panel.cpr_revealed):
        qtbot.mouseClick(panel.reveal, Qt.MouseButton.LeftButton)
    assert panel.fields["cpr"].text() == "071066-3830"
    qtbot.mouseClick(panel.reveal, Qt.MouseButton.LeftButton)
    assert panel.fields["cpr"].text() == "071066-xxxx"

    # CPR prefix search, then Escape clears
    window.filters.search.setFocus()
    window.filters.search.selectAll()
    qtbot.keyClicks(window.filters.search, "300995")
    assert window.model.rowCount() == 1
    qtbot.keyClick(window.filters.search, Qt.Key.Key_Escape)
    assert window.model.rowCount() == 56


def test_filters_and_count(qtbot, store, make_window, wait_tasks):
    from udsat_desktop.store.demo import build_demo

    db, profile = store
    build_demo(db, 300, seed=4)
    window = make_window(db, profile)
    assert window.count_label.text() == "300 sager"
    status = window.filters.status
    status.setCurrentIndex(status.findData(CaseStatus.ASSIGNED.value))
    rows = [window.model.row_object(r) for r in range(window.model.rowCount())]
    assert rows and all(r.status == "tildelt" for r in rows)
    assert window.count_label.text().startswith("Viser ")
    qtbot.mouseClick(window.filters.flags["homeless"], Qt.MouseButton.LeftButton)
    rows = [window.model.row_object(r) for r in range(window.model.rowCount())]
    assert all(r.homeless and r.status == "tildelt" for r in rows)
    qtbot.keyClick(
        window,
        Qt.Key.Key_R,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.model.matches == 300


def test_sort_by_clicking_a_header(qtbot, demo_db, profile, make_window):
    window = make_window(demo_db, profile)
    header = window.table.horizontalHeader()
    x = header.sectionViewportPosition(Col.PCT) + 5
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=header.viewport().rect().center().__class__(x, 5),
    )
    values = [window.model.row_object(r).unemployment_pct for r in range(window.model.rowCount())]
    assert values == sorted(values) or values == sorted(values, reverse=True)


def test_import_with_unknown_columns_uses_the_mapping_panel(
    qtbot, store, make_window, tmp_path, wait_tasks
):
    odd = tmp_path / "odd.csv"
    odd.write_text("Id;Borger\n070761-4285;Søren Ærbø\n", encoding="utf-8")
    window = make_window(*store)
    dialog = import_through_dialog(qtbot, window, odd, wait_tasks)
    assert dialog.mapping.isVisible() and "CPR" in dialog.error.text()
    cpr_combo = dialog.mapping.combos["cpr"]
    cpr_combo.setCurrentIndex(cpr_combo.findText("Id"))
    name_combo = dialog.mapping.combos["name"]
    name_combo.setCurrentIndex(name_combo.findText("Borger"))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    wait_tasks(window.runner)
    assert "1 ny sag," in dialog.result_label.text()
    assert window.model.matches == 1


def test_broken_file_shows_an_error_and_imports_nothing(
    qtbot, store, make_window, tmp_path, wait_tasks
):
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"PK\x03\x04 not really")
    window = make_window(*store)
    dialog = import_through_dialog(qtbot, window, bad, wait_tasks)
    assert dialog.error.isVisible() and "kan ikke åbnes" in dialog.error.text()
    assert window.model.matches == 0
    QApplication.processEvents()
