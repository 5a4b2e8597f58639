"""What `QueueController` (queue_controller.py) reads from the store's case facts and makes
with the import dialog: the case panel's data (the case, its consents, its versions, a handover
and a conflict) and the target-list import dialog. Kept apart so the controller loads them
(SQLAlchemy with them) at the first case shown or import opened, not at launch."""

from __future__ import annotations

from typing import Any

from udsat_desktop.store.case_facts import case_consents
from udsat_desktop.store.conflicts import corrections_by_version, handover_of
from udsat_desktop.store.queue import get_case
from udsat_desktop.store.versions import case_versions, conflicts
from udsat_desktop.ui.common.controller import Controller
from udsat_desktop.ui.queue.import_dialog import ImportDialog


class QueueActions:
    def __init__(self, controller: Controller) -> None:
        self.c = controller

    def panel_data(self, case_id: int) -> tuple[Any, Any, Any, dict[str, Any]]:
        """The case, its consents (this store's, or those of a colleague's review in force:
        store/case_facts.py), its versions, and (issue 29) a handover away from me and the
        state of a conflict between its reviews."""
        db = self.c.db
        case = get_case(db, case_id)
        if case is None:
            return case, [], [], {}
        versions = case_versions(db, case.case_key)
        extra = {
            "handover": handover_of(db, case.case_key, self.c.profile.user_id),
            "conflict": conflicts(db, case.case_key).get(case.case_key),
            "corrections": corrections_by_version(db, case.case_key),
        }
        return case, case_consents(db, case_id, case.case_key), versions, extra

    def import_dialog(self) -> ImportDialog:
        c = self.c
        return ImportDialog(c.db, c.paths, c.profile, c.runner, c.window)
