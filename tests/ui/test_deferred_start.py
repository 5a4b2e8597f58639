"""Issue 34: the queue is painted first and the sync and the other five controllers are built
after that paint (`MainWindow.build_rest`). Every menu and shortcut exists from the first paint;
a key pressed before the rest is built builds it and runs, and after the rest is built every
action of the table still reaches its controller."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from udsat_desktop.store.queue import reviewer_labels
from udsat_desktop.ui.actions import ACTIONS, MENUS, resolve
from udsat_desktop.ui.main_window import MainWindow
from udsat_desktop.ui.startup import FIRST_SCREEN_WITHOUT

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def shown_window(qtbot, demo_db, profile, paths) -> MainWindow:
    """A main window as `run_gui` shows it, before the start has called `build_rest`."""
    window = MainWindow(demo_db, profile, paths, reviewer_names=reviewer_labels(demo_db))
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def test_a_shortcut_pressed_at_once_is_not_lost(qtbot, demo_db, profile, paths):
    window = shown_window(qtbot, demo_db, profile, paths)
    assert window._rest is None  # shown with the queue only
    assert window.lock_action.shortcut() == QKeySequence("Ctrl+Shift+L")
    built = []
    window.rest_built.connect(lambda: built.append(True))
    # Lås nu belongs to the administration controller, which does not exist yet
    qtbot.keyClick(window.table, Qt.Key.Key_L, CTRL | SHIFT)
    assert built == [True] and window.locker.locked
    assert window.stack.currentWidget() is window.lock_page


def test_opening_a_case_at_once_builds_the_rest_and_opens_it(qtbot, demo_db, profile, paths):
    window = shown_window(qtbot, demo_db, profile, paths)
    assert window._rest is None
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Down)  # the first row
    qtbot.keyClick(window.table, Qt.Key.Key_O, CTRL)
    assert window._rest is not None
    review = window.review_windows[-1]
    qtbot.waitUntil(lambda: QApplication.activeWindow() is review)
    assert review.isVisible()


def test_after_the_deferred_build_every_action_reaches_its_controller(
    qtbot, demo_db, profile, paths
):
    window = shown_window(qtbot, demo_db, profile, paths)
    window.build_rest()
    rest = window._rest
    window.build_rest()  # once only
    assert window._rest is rest and rest is not None
    controllers = {
        "queue_ctrl": window.queue_ctrl,
        "review_ctrl": rest.review,
        "signing_ctrl": rest.signing,
        "team_ctrl": rest.team,
        "meetings_ctrl": rest.meetings,
        "admin_ctrl": rest.admin,
    }
    menus = [a.menu() for a in window.menuBar().actions()]
    assert [m.title() for m in menus] == [text for _, text in MENUS]
    in_menus = {a.objectName() for m in menus for a in m.actions() if a.objectName()}
    for spec in ACTIONS:
        owner, method = spec.slot.split(".")
        handler = resolve(window, spec.slot)
        assert handler.__self__ is controllers[owner], spec.id
        assert handler.__name__ == method
        action = getattr(window, spec.id)
        assert spec.id in in_menus
        assert (action in window.actions()) == spec.window_wide, spec.id
        if spec.shortcut is not None:
            assert action.shortcut() == QKeySequence(spec.shortcut), spec.id
    # the sync's status reaches the status bar, as it did when it was built with the window
    rest.sync.status_changed.emit("status from the sync")
    assert window.sync_label.text() == "status from the sync"


def test_actions_of_deferred_controllers_work_by_key_after_the_build(
    qtbot, demo_db, profile, paths
):
    window = shown_window(qtbot, demo_db, profile, paths)
    window.build_rest()
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_F, CTRL)  # the queue's own: Søg
    assert window.filters.search.hasFocus()
    qtbot.keyClick(window.filters.search, Qt.Key.Key_Down)
    qtbot.keyClick(window.table, Qt.Key.Key_O, CTRL)  # reviews
    review = window.review_windows[-1]
    qtbot.waitUntil(lambda: QApplication.activeWindow() is review)
    review.close()
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window.table, Qt.Key.Key_L, CTRL | SHIFT)  # administration
    assert window.locker.locked


def test_the_first_screen_is_painted_without_the_deferred_modules(tmp_path):
    """A real `--smoke` start: at the queue's first paint none of the five controllers' modules
    (nor the sync's) had been imported; they are after it (`deferred_ms`)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("UDSAT_PASSPHRASE", None)
    cmd = [sys.executable, "-m", "udsat_desktop.app", "--demo", "--cases", "60", "--smoke"]
    cmd += ["--data-dir", str(tmp_path / "demo")]
    subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120, check=True)
    again = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
    assert again.returncode == 0, again.stderr
    figures = dict(
        line.split("=", 1) for line in again.stdout.splitlines() if "=" in line and " " not in line
    )
    for key in FIRST_SCREEN_WITHOUT:
        assert figures[key] == "0", (key, again.stdout)
    assert int(figures["deferred_ms"]) >= int(figures["ready_ms"]) > 0


def test_the_deferred_check_names_every_module_the_rest_imports():
    """`deferred_loaded` would say 1 if any module `ui/rest.py` imports (a controller or the
    sync) were on the first screen."""
    import ast
    from pathlib import Path

    import udsat_desktop.ui.rest as rest

    tree = ast.parse(Path(rest.__file__).read_text(encoding="utf-8"))
    imported = {n.module for n in tree.body if isinstance(n, ast.ImportFrom) and n.module}
    imported.discard("__future__")
    imported.discard("udsat_desktop.ui.common.window_face")  # the window's own base
    from udsat_desktop.ui.startup import DEFERRED_MODULES

    assert imported == set(DEFERRED_MODULES)


def test_a_window_that_is_never_painted_still_gets_the_rest(qtbot):
    """A window started minimised is not painted: the rest (and with it the sync) still comes,
    `FirstPaint.LATEST_MS` after the start."""
    from PySide6.QtWidgets import QWidget

    from udsat_desktop.ui.startup import FirstPaint

    widget = QWidget()  # never shown, so never painted
    qtbot.addWidget(widget)
    ran = []
    watcher = FirstPaint(widget)
    watcher.then(lambda: ran.append(True))
    qtbot.waitUntil(lambda: ran == [True], timeout=FirstPaint.LATEST_MS + 5000)
    assert watcher.age_ms > 0 and "deferred_loaded" in watcher.loaded


UNLOCK_START = Path(__file__).resolve().parents[2] / "benchmarks" / "unlock_start.py"


def unlock_start(data: Path, typing_ms: int) -> dict[str, int]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("UDSAT_PASSPHRASE", None)
    cmd = [sys.executable, str(UNLOCK_START), str(data), str(typing_ms)]
    run = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    return {k: int(v) for k, v in (line.split("=", 1) for line in run.stdout.splitlines())}


def test_a_users_start_shows_the_unlock_dialog_before_the_window_is_loaded(tmp_path):
    """A user's start (no passphrase known): the unlock dialog is painted before the queue
    window's modules are imported and before PySide6 has made its `Qt` enums (~45 ms); they
    load while it waits. The passphrase typed with real
    keys and Enter pressed in the same pass as the dialog's paint (before they could load)
    still opens the queue with its first page, and so does Enter after a typing pause."""
    data = tmp_path / "demo"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("UDSAT_PASSPHRASE", None)
    cmd = [sys.executable, "-m", "udsat_desktop.app", "--demo", "--cases", "60", "--smoke"]
    subprocess.run([*cmd, "--data-dir", str(data)], env=env, timeout=120, check=True)
    for typing_ms in (0, 400):
        figures = unlock_start(data, typing_ms)
        assert figures["window_at_dialog"] == 0, figures
        assert figures["qt_enums_at_dialog"] == 0, figures
        assert figures["dialog_ms"] <= figures["enter_ms"] < figures["ready_ms"], figures
        assert figures["rows_loaded"] == 60, figures
