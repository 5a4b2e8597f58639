"""The coordinator's overviews from the main window: the rehabilitation team's meetings
(ui/coordinator/meetings.py), the progress dashboard (ui/coordinator/dashboard.py) and the
conflicts between signed reviews of one case (ui/coordinator/conflicts.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from udsat_desktop.ui.common.controller import Controller


class MeetingsController(Controller):
    def open_meetings(self) -> QWidget | None:
        from udsat_desktop.ui.coordinator.meetings import (
            MeetingsWindow,  # lazy: launch, SQLAlchemy +3.6 s
        )

        if self.refuse_unless_coordinator(self.tr("planlægge møder")):
            return None
        window = MeetingsWindow(
            self.db, self.profile, self.paths, self.runner, self.window.sync.share, self.window
        )
        window.changed.connect(self.window.model.refresh)
        window.show()
        self.meetings_window = window
        return window

    def open_dashboard(self) -> QWidget:
        from udsat_desktop.ui.coordinator.dashboard import DashboardWindow  # lazy: launch, +850 ms

        window = DashboardWindow(self.db, self.profile, self.paths, self.window)
        window.show()
        self.dashboard_window = window
        return window

    def open_conflicts(self) -> QWidget:
        """Every member may see which review of a case counts and why; only a coordinator on
        the roster can choose (sync/decisions.py refuses anyone else)."""
        from udsat_desktop.ui.coordinator.conflicts import (
            ConflictsWindow,  # lazy: launch, SQLAlchemy +3.2 s
        )

        window = ConflictsWindow(
            self.db, self.profile, self.paths, self.runner, self.window.sync.share, self.window
        )
        window.changed.connect(self.window.model.refresh)
        window.show()
        self.conflicts_window = window
        return window
