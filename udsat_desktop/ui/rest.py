"""What the main window builds after the queue's first paint (issue 34): the background sync and
the controllers of reviews, signing, team, meetings and administration. The queue is shown
without importing this module; `MainWindow.build_rest` imports it once the queue is painted, or
at the first use of any of its parts (a shortcut pressed at once), whichever comes first."""

from __future__ import annotations

from udsat_desktop.ui.admin_controller import AdminController
from udsat_desktop.ui.common.window_face import WindowFace
from udsat_desktop.ui.coordinator.meetings_controller import MeetingsController
from udsat_desktop.ui.review.review_controller import ReviewController
from udsat_desktop.ui.review.signing_controller import SigningController
from udsat_desktop.ui.team.sync_ui import SyncController
from udsat_desktop.ui.team.team_controller import TeamController


class Rest:
    """The parts built after the first paint. The sync is made first and the controllers
    after it, each set as soon as it exists: a controller's constructor may ask the window
    for one made before it."""

    signing: SigningController
    review: ReviewController
    team: TeamController
    meetings: MeetingsController
    admin: AdminController

    def __init__(self, window: WindowFace) -> None:
        self.sync = SyncController(window.db, window.profile, window.paths, window.runner, window)

    def build(self, window: WindowFace) -> None:
        self.signing = SigningController(window)
        self.review = ReviewController(window)
        self.team = TeamController(window)
        self.meetings = MeetingsController(window)
        self.admin = AdminController(window)
        self.sync.synced.connect(self.team._after_sync)
