"""Auto-lock after inactivity, lock on demand, unlock with the passphrase, change it."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from tests.conftest import PASSPHRASE
from udsat_desktop.ui.common.lock import LOCKED_TITLE


def test_lock_hides_case_data_and_the_passphrase_unlocks(
    qtbot, demo_db, profile, paths, make_window
):
    main = make_window(demo_db, profile)
    row = main.model.row_object(0)
    review = main.open_review_for(row.id)
    qtbot.keyClick(
        main, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert main.locker.locked
    assert main.stack.currentWidget() is main.lock_page and not main.table.isVisible()
    assert main.windowTitle() == LOCKED_TITLE and not review.isVisible()
    assert not main.menuBar().isEnabled()
    qtbot.keyClicks(main.lock_page.passphrase, "forkert-kode")
    qtbot.keyClick(main.lock_page.passphrase, Qt.Key.Key_Return)
    assert main.locker.locked and main.lock_page.message.text().startswith("Forkert adgangskode")
    qtbot.keyClicks(main.lock_page.passphrase, PASSPHRASE)
    qtbot.keyClick(main.lock_page.passphrase, Qt.Key.Key_Return)
    assert not main.locker.locked and main.table.isVisible() and review.isVisible()
    assert main.windowTitle() == "Udsat Desktop"
    review.close()


def test_idle_time_locks_and_input_keeps_it_open(qtbot, demo_db, profile, paths, make_window):
    main = make_window(demo_db, profile)
    main.locker.minutes = 10
    main.locker.last_input = time.monotonic() - 9 * 60
    assert not main.locker.check_idle()
    from PySide6.QtTest import QTest

    # any input counts as activity: a real keystroke arrives at the window first
    QTest.keyClick(main.windowHandle(), Qt.Key.Key_Down)
    assert time.monotonic() - main.locker.last_input < 5
    main.locker.last_input = time.monotonic() - 10 * 60 - 1
    assert main.locker.check_idle() and main.locker.locked
    main.locker.minutes = 0  # "never" never locks
    main.locker.try_unlock(PASSPHRASE)
    main.locker.last_input = time.monotonic() - 10_000
    assert not main.locker.check_idle()


def test_change_passphrase_from_the_menu(qtbot, demo_db, profile, paths, make_window, monkeypatch):
    answers = iter([PASSPHRASE, "en-helt-ny-kode", "en-helt-ny-kode"])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (next(answers), True))
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    main = make_window(demo_db, profile)
    assert main.admin_ctrl.change_passphrase()
    qtbot.waitUntil(lambda: main.busy_task.done, timeout=20000)  # re-keyed on a worker
    assert shown and "krypteret med den nye" in shown[-1]
    assert demo_db.matches(paths.keyinfo, "en-helt-ny-kode")
    assert main.model.rowCount() > 0  # the window goes on working on the re-keyed store
    main.model.refresh()
    main.locker.lock()
    assert not main.locker.try_unlock(PASSPHRASE)
    assert main.locker.try_unlock("en-helt-ny-kode")
