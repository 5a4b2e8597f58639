"""What `TeamController` (team_controller.py) does with the sync engine and the team's
dialogs: the question to trust a coordinator, the team and sync-log dialogs, reading the team
and writing an assignment, the coordinator's ingest and the journal export. Kept apart so the
controller loads them (SQLAlchemy and the sync engine with them) at first use, not at launch."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QMessageBox

from udsat_desktop.sync.assignments import assign_cases
from udsat_desktop.sync.identity import refresh_trust, team
from udsat_desktop.sync.ingest import ingest
from udsat_desktop.sync.report import IngestReport
from udsat_desktop.sync.share import check_share, ensure_layout
from udsat_desktop.ui.common.controller import Controller
from udsat_desktop.ui.coordinator.journal_ui import JournalExport
from udsat_desktop.ui.team.sync_dialogs import AssignDialog, SyncLogDialog
from udsat_desktop.ui.team.team_ui import TeamDialog, ask_trust_coordinator


class TeamActions:
    def __init__(self, controller: Controller) -> None:
        self.c = controller

    def ask_trust(self, candidate: dict[str, Any]) -> QMessageBox:
        window = self.c.window
        return ask_trust_coordinator(window, self.c.paths, candidate, window.sync.sync_now)

    def show_team(self) -> TeamDialog:
        c = self.c
        dialog = TeamDialog(c.db, c.paths, c.profile, c.runner, c.window.sync.share, c.window)
        dialog.show()
        return dialog

    def show_sync_log(self) -> SyncLogDialog:
        dialog = SyncLogDialog(self.c.db, self.c.paths, self.c.window)
        dialog.show()
        return dialog

    def load_team(self, share: Path | None, me: str) -> list[tuple[str, str]]:
        """On a worker: the team read from the share, without me."""
        checked = check_share(share)
        ensure_layout(checked)
        refresh_trust(self.c.db, self.c.paths, checked)
        return [
            (m["user_id"], f"{m['name']} ({m['initials']}, {m['organisation']})")
            for m in team(self.c.paths)
            if m["user_id"] != me
        ]

    def assign_dialog(self, members: list[tuple[str, str]], count: int) -> AssignDialog:
        return AssignDialog(members, count, self.c.window)

    def assign(self, share: Path, to: str, keys: list[str]) -> tuple[Path, int]:
        """On a worker: the sealed assignment written."""
        return assign_cases(self.c.db, self.c.profile, share, to, keys, self.c.paths)

    def ingest(self, share: Path | None, **kwargs: Any) -> IngestReport:
        """On a worker: the coordinator's ingest of the team's reviews (`progress`,
        `cancelled`: sync/ingest.py)."""
        return ingest(self.c.db, self.c.paths, self.c.profile, share, **kwargs)

    def journal(self) -> JournalExport:
        return JournalExport(self.c.window)
