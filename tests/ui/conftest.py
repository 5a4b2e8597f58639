from __future__ import annotations

import pytest

from udsat_desktop.store.queue import reviewer_labels
from udsat_desktop.ui.common.tasks import TaskRunner
from udsat_desktop.ui.main_window import MainWindow
from udsat_desktop.ui.startup import FirstPaint


@pytest.fixture
def make_window(qtbot, paths):
    def make(db, profile):
        """The main window as the start shows it (`ui.startup.run_gui`): the queue, then,
        once its first paint is drawn, the rest (`MainWindow.build_rest`)."""
        window = MainWindow(db, profile, paths, reviewer_names=reviewer_labels(db))
        qtbot.addWidget(window)
        FirstPaint(window.table.viewport()).then(window.build_rest)
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        qtbot.waitUntil(lambda: window._rest is not None, timeout=10000)
        return window

    return make


@pytest.fixture
def wait_tasks(qtbot):
    def wait(runner: TaskRunner, timeout: int = 20000) -> None:
        qtbot.waitUntil(lambda: not runner.busy, timeout=timeout)

    return wait


@pytest.fixture(autouse=True)
def _share_timeout_reset():
    """The main window sets the process-wide share timeout from the settings (as the CLI does
    from --timeout); each test starts and ends without one."""
    from udsat_desktop.sync.share import set_op_timeout

    set_op_timeout(None)
    yield
    set_op_timeout(None)
