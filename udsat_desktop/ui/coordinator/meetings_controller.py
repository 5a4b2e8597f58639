"""The coordinator's overviews from the main window: the rehabilitation team's meetings
(ui/coordinator/meetings.py), the progress dashboard (ui/coordinator/dashboard.py) and the
conflicts between signed reviews of one case (ui/coordinator/conflicts.py); the windows are
made by `MeetingsActions` (ui/coordinator/meetings_actions.py), loaded at the first opened."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from udsat_desktop.ui.common.controller import Controller

if TYPE_CHECKING:
    from udsat_desktop.ui.coordinator.meetings_actions import MeetingsActions


class MeetingsController(Controller):
    @functools.cached_property
    def actions(self) -> MeetingsActions:
        """The overview windows' maker, loaded at the first overview opened."""
        from udsat_desktop.ui.coordinator.meetings_actions import (
            MeetingsActions,
        )  # lazy: launch, SQLAlchemy +3.6 s

        return MeetingsActions(self)

    def open_meetings(self) -> QWidget | None:
        if self.refuse_unless_coordinator(self.tr("planlægge møder")):
            return None
        window = self.actions.show_meetings()
        self.meetings_window = window
        return window

    def open_dashboard(self) -> QWidget:
        window = self.actions.show_dashboard()
        self.dashboard_window = window
        return window

    def open_conflicts(self) -> QWidget:
        """Every member may see which review of a case counts and why; only a coordinator on
        the roster can choose (sync/decisions.py refuses anyone else)."""
        window = self.actions.show_conflicts()
        self.conflicts_window = window
        return window
