"""What a review page asks of the review window that holds it (`ReviewHost`): the store, the
profile, the template library and the review's template, the review itself, and the two
calls a page makes before and after a change. Pages depend on this, not on the window."""

from __future__ import annotations

from typing import Protocol

from udsat_desktop.core.checklist.library import TemplateLibrary
from udsat_desktop.core.checklist.model import Template
from udsat_desktop.store.db import Database
from udsat_desktop.store.queue import Profile
from udsat_desktop.store.reviews import ReviewState


class ReviewHost(Protocol):
    db: Database
    profile: Profile
    library: TemplateLibrary
    template: Template
    review: ReviewState

    def begin_edit(self) -> bool: ...

    def note_other_change(self) -> None: ...
