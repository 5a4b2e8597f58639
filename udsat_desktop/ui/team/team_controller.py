"""Team and sync from the main window: *Synkronisér nu* and what a sync brings (colleagues'
names, assigned cases, claim clashes, a coordinator to trust), the sync log, the team's
members, and the coordinator's assignment, ingest and journal export. The background sync
itself runs in `SyncController` (ui/team/sync_ui.py)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget

from udsat_desktop.core.danish import one_or_many
from udsat_desktop.store.queue import get_case
from udsat_desktop.sync.share import check_share, ensure_layout
from udsat_desktop.ui.common.controller import Controller
from udsat_desktop.ui.common.i18n import error_text, fill
from udsat_desktop.ui.team.sync_ui import describe_ingest


class TeamController(Controller):
    def sync_now(self) -> None:
        if self.window.sync.share is None:
            QMessageBox.information(
                self.window,
                self.tr("Synkronisér"),
                self.tr("Vælg først en fællesmappe under Filer → Indstillinger."),
            )
            return
        self.window.sync.sync_now()

    def _after_sync(self, report: Any) -> None:
        window = self.window
        window.learn_names()
        if report.assigned_cases or report.published:
            window.model.refresh()
            window.queue_ctrl.after_import()
        window.queue_ctrl.refresh_panel()
        if report.claim_clashes:
            window.review_ctrl._warn_claim_clashes(report.claim_clashes)
        handovers = getattr(report, "handovers", [])
        if handovers:
            window.model.refresh()
            self._tell_handovers(handovers)
        candidates = getattr(report, "coordinator_candidates", [])
        if candidates and getattr(self, "trust_question", None) is None:
            from udsat_desktop.ui.team.team_ui import (
                ask_trust_coordinator,  # lazy: launch, SQLAlchemy + sync engine +2.7 s
            )

            self.trust_question = ask_trust_coordinator(
                window, self.paths, candidates[0], window.sync.sync_now
            )

    def _tell_handovers(self, handovers: list[dict[str, str]]) -> None:
        """A coordinator handed cases of mine to someone else (issue 29): said once, after
        the sync that brought it; the case panel keeps saying so."""
        label = self.window.reviewer_label
        lines = "\n".join(
            fill(
                self.tr("• Sag %1: til %2 af %3 den %4"),
                h["case_key"],
                label(h["to"]),
                label(h["by"]),
                h["at"][:10],
            )
            for h in handovers
        )
        self.handover_notice = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Sager overdraget til en anden"),
            fill(
                self.tr(
                    "Koordinatoren har overdraget disse sager fra dig til en anden:\n%1\n\n"
                    "Dine kladder er gemt. Underskriv dem kun efter aftale med koordinatoren."
                ),
                lines,
            ),
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        self.handover_notice.open()

    def open_team(self) -> QWidget:
        from udsat_desktop.ui.team.team_ui import (
            TeamDialog,  # lazy: launch, SQLAlchemy + sync engine +2.7 s
        )

        dialog = TeamDialog(
            self.db, self.paths, self.profile, self.runner, self.window.sync.share, self.window
        )
        dialog.show()
        self.team_dialog = dialog
        return dialog

    def open_sync_log(self) -> QWidget:
        from udsat_desktop.ui.team.sync_dialogs import (
            SyncLogDialog,  # lazy: launch, SQLAlchemy +2.3 s
        )

        dialog = SyncLogDialog(self.db, self.paths, self.window)
        dialog.show()
        self.sync_log_dialog = dialog
        return dialog

    def _after_team_change(self) -> None:
        self.window.learn_names()
        self.window.model.refresh()
        self.window.queue_ctrl.refresh_panel()

    def assign_selected(self) -> None:
        """Ctrl+T: the team is read from the share on a worker (a network drive can be slow),
        then the user picks the colleague, then the sealed assignment is written on a worker."""
        from udsat_desktop.sync.assignments import (
            assign_cases,  # lazy: launch, SQLAlchemy + sync engine +2.7 s
        )
        from udsat_desktop.sync.identity import refresh_trust, team

        if self.refuse_unless_coordinator(self.tr("tildele sager")):
            return
        ids = self.window.queue_ctrl.selected_case_ids()
        if not ids:
            QMessageBox.information(
                self.window,
                self.tr("Tildel sager"),
                self.tr("Vælg først de sager, der skal tildeles."),
            )
            return
        share, me = self.window.sync.share, self.profile.user_id

        def load_team() -> list[tuple[str, str]]:
            checked = check_share(share)
            ensure_layout(checked)
            refresh_trust(self.db, self.paths, checked)
            return [
                (m["user_id"], f"{m['name']} ({m['initials']}, {m['organisation']})")
                for m in team(self.paths)
                if m["user_id"] != me
            ]

        def failed(exc: BaseException) -> None:
            QMessageBox.warning(self.window, self.tr("Tildel sager"), error_text(exc))

        def chosen(members: list[tuple[str, str]]) -> None:
            from udsat_desktop.ui.team.sync_dialogs import (
                AssignDialog,  # lazy: launch, SQLAlchemy +2.3 s
            )

            if not members:
                QMessageBox.information(
                    self.window,
                    self.tr("Tildel sager"),
                    self.tr(
                        "Ingen medarbejdere er godkendt på teamets "
                        "holdliste endnu (Team → Medlemmer…), så der "
                        "er ingen at tildele til."
                    ),
                )
                return
            dialog = AssignDialog(members, len(ids), self.window)
            self.assign_dialog = dialog
            if dialog.exec() != AssignDialog.DialogCode.Accepted:
                return
            keys = [c.case_key for c in (get_case(self.db, i) for i in ids) if c is not None]
            self.runner.start(
                assign_cases,
                self.db,
                self.profile,
                share,
                dialog.chosen(),
                keys,
                self.paths,
                on_done=done,
                on_error=failed,
                daemon=True,
            )

        def done(result: Any) -> None:
            self._after_team_change()
            self.window.statusBar().showMessage(
                fill(
                    one_or_many(result[1], self.tr("%1 sag tildelt"), self.tr("%1 sager tildelt")),
                    str(result[1]),
                ),
                8000,
            )

        self.runner.start(load_team, on_done=chosen, on_error=failed, daemon=True)

    def ingest_now(self) -> None:
        from udsat_desktop.sync.ingest import (
            ingest,  # lazy: launch, SQLAlchemy + sync engine +2.7 s
        )

        if self.refuse_unless_coordinator(self.tr("indlæse teamets gennemgange")):
            return

        def done(report: Any) -> None:
            self._after_team_change()
            box = (
                QMessageBox.information
                if report.ok and not report.conflicts
                else QMessageBox.warning
            )
            box(self.window, self.tr("Indlæs teamets gennemgange"), describe_ingest(report))

        def failed(exc: BaseException) -> None:
            QMessageBox.warning(self.window, self.tr("Indlæs teamets gennemgange"), error_text(exc))

        self.runner.start(
            ingest,
            self.db,
            self.paths,
            self.profile,
            self.window.sync.share,
            on_done=done,
            on_error=failed,
            daemon=True,
        )

    def export_journal(self, folder: str | None = None) -> None:
        from udsat_desktop.ui.coordinator.journal_ui import (
            JournalExport,  # lazy: launch, SQLAlchemy +1.3 s
        )

        if getattr(self, "_journal", None) is None:
            self._journal = JournalExport(self.window)
        self._journal.run(folder)
