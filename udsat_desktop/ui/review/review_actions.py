"""What `ReviewController` (review_controller.py) does with the review windows' machinery and
the store's reviews: the review opener, the template library, the interrupted review read back
and the follow-up list. Kept apart so the controller loads them (SQLAlchemy and the sync engine
with them) at first use, not at launch."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from udsat_desktop.core.checklist.library import TemplateLibrary
from udsat_desktop.platform.checklists import default_library
from udsat_desktop.store.reviews import ReviewState, get_review
from udsat_desktop.ui.common.controller import Controller
from udsat_desktop.ui.review.follow_up import FollowUpWindow
from udsat_desktop.ui.review.review_opener import ReviewOpener


class ReviewActions:
    def __init__(self, controller: Controller) -> None:
        self.c = controller

    def new_opener(self, library: Callable[[], Any]) -> ReviewOpener:
        c, window = self.c, self.c.window
        return ReviewOpener(
            window,
            c.db,
            c.profile,
            c.paths,
            c.runner,
            library,
            lambda: window._reviewer_names,
            lambda: window.sync.share,
        )

    def default_library(self) -> TemplateLibrary:
        return default_library()

    def get_review(self, review_id: int) -> ReviewState:
        return get_review(self.c.db, review_id)

    def show_follow_up(self) -> FollowUpWindow:
        return FollowUpWindow(self.c.db, self.c.window)
