"""What every area controller of the main window shares: the window it serves (the parent of
its dialogs and message boxes) and the window's database, profile, paths and task runner.

A controller owns its area's actions (the methods `ui/actions.py` names) and the windows and
dialogs they open, which it keeps as attributes (`controller.meetings_window`, …) so they live
while shown and tests can find them. What needs the heavy modules (SQLAlchemy, ReportLab, the
sync engine) lives in the area's companion (`team_actions.py`, `signing_actions.py`, …), which
the controller's `actions` property imports once, at first use, so the launch stays light.
The controller sees the main window as `WindowFace` (ui/common/window_face.py)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from udsat_desktop.ui.common.guards import refuse_unless_coordinator
from udsat_desktop.ui.common.window_face import WindowFace


class Controller(QObject):
    def __init__(self, window: WindowFace) -> None:
        super().__init__(window)
        self.window = window
        self.db, self.profile, self.paths = window.db, window.profile, window.paths
        self.runner = window.runner

    def refuse_unless_coordinator(self, what: str) -> bool:

        return refuse_unless_coordinator(self.window, self.profile, what)
