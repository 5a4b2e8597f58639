"""The coordinator's overview windows as `MeetingsController` (meetings_controller.py) opens
them: the meetings, the progress dashboard and the conflicts between signed reviews. Kept apart
so the controller loads them (and SQLAlchemy with them) at the first opening, not at launch."""

from __future__ import annotations

from udsat_desktop.ui.common.controller import Controller
from udsat_desktop.ui.coordinator.conflicts import ConflictsWindow
from udsat_desktop.ui.coordinator.dashboard import DashboardWindow
from udsat_desktop.ui.coordinator.meetings import MeetingsWindow


class MeetingsActions:
    def __init__(self, controller: Controller) -> None:
        self.c = controller

    def show_meetings(self) -> MeetingsWindow:
        c = self.c
        window = MeetingsWindow(c.db, c.profile, c.paths, c.runner, c.window.sync.share, c.window)
        window.changed.connect(c.window.model.refresh)
        window.show()
        return window

    def show_dashboard(self) -> DashboardWindow:
        c = self.c
        window = DashboardWindow(c.db, c.profile, c.paths, c.window)
        window.show()
        return window

    def show_conflicts(self) -> ConflictsWindow:
        c = self.c
        window = ConflictsWindow(c.db, c.profile, c.paths, c.runner, c.window.sync.share, c.window)
        window.changed.connect(c.window.model.refresh)
        window.show()
        return window
