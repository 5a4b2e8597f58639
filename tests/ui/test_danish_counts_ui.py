"""Danish number agreement in the windows: the import report, its groups and the queue's count
say "1 ny sag", "1 række", "1 dublet", "1 advarsel" (issue 26)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.cli.test_danish_counts import one_of_each


def test_the_import_report_of_one_of_each_is_singular(
    qtbot, store, make_window, tmp_path, wait_tasks
):
    window = make_window(*store)
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    dialog = window.queue_ctrl.import_dialog
    qtbot.keyClicks(dialog.path, str(one_of_each(tmp_path)))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    wait_tasks(window.runner)  # the file is shown first; the second press writes
    assert dialog.ready_to_import
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    wait_tasks(window.runner)
    assert dialog.result_label.text() == (
        "1 ny sag, 0 opdateret, 0 uændret. "
        "1 række afvist (øverst, markeret ✖): ret den i filen og importér igen. "
        "1 dublet sprunget over. 1 advarsel (importeret alligevel)."
    )
    issues = dialog.issues
    titles = [issues.topLevelItem(i).text(1) for i in range(issues.topLevelItemCount())]
    assert "1 dublet sprunget over (kun den første række med et CPR-nummer importeres)" in titles
    assert "⚠ 1 CPR-nummer uden modulus 11-kontrol — tilladt siden 2007" in titles
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert window.count_label.text() == "1 sag"
