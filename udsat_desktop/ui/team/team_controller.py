"""Team and sync from the main window: *Synkronisér nu* and what a sync brings (colleagues'
names, assigned cases, claim clashes, a coordinator to trust), the sync log, the team's
members, and the coordinator's assignment, ingest and journal export. The background sync
itself runs in `SyncController` (ui/team/sync_ui.py)."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from udsat_desktop.core.danish import one_or_many
from udsat_desktop.store.queue import get_case
from udsat_desktop.ui.common.controller import Controller
from udsat_desktop.ui.common.i18n import error_text, fill
from udsat_desktop.ui.team.ingest_ui import cancelled_text, ingest_with_progress
from udsat_desktop.ui.team.sync_ui import describe_ingest

if TYPE_CHECKING:
    from udsat_desktop.ui.team.team_actions import TeamActions


class TeamController(Controller):
    @functools.cached_property
    def actions(self) -> TeamActions:
        """The sync engine's and the team dialogs' part, loaded at first use."""
        from udsat_desktop.ui.team.team_actions import (
            TeamActions,
        )  # lazy: launch, SQLAlchemy + sync engine +2.7 s

        return TeamActions(self)

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
            self.trust_question = self.actions.ask_trust(candidates[0])

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
        dialog = self.actions.show_team()
        self.team_dialog = dialog
        return dialog

    def open_sync_log(self) -> QWidget:
        dialog = self.actions.show_sync_log()
        self.sync_log_dialog = dialog
        return dialog

    def _after_team_change(self) -> None:
        self.window.learn_names()
        self.window.model.refresh()
        self.window.queue_ctrl.refresh_panel()

    def assign_selected(self) -> None:
        """Ctrl+T: the team is read from the share on a worker (a network drive can be slow),
        then the user picks the colleague, then the sealed assignment is written on a worker."""
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
        actions = self.actions

        def failed(exc: BaseException) -> None:
            QMessageBox.warning(self.window, self.tr("Tildel sager"), error_text(exc))

        def chosen(members: list[tuple[str, str]]) -> None:
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
            dialog = actions.assign_dialog(members, len(ids))
            self.assign_dialog = dialog
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            keys = [c.case_key for c in (get_case(self.db, i) for i in ids) if c is not None]
            self.runner.start(
                actions.assign,
                share,
                dialog.chosen(),
                keys,
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

        self.runner.start(
            actions.load_team, share, me, on_done=chosen, on_error=failed, daemon=True
        )

    def ingest_now(self) -> None:
        if self.refuse_unless_coordinator(self.tr("indlæse teamets gennemgange")):
            return

        def done(report: Any) -> None:
            self._after_team_change()
            box = (
                QMessageBox.information
                if report.ok and not report.conflicts
                else QMessageBox.warning
            )
            text = describe_ingest(report)
            if report.cancelled:
                text = f"{cancelled_text(report)}\n{text}"
            box(self.window, self.tr("Indlæs teamets gennemgange"), text)

        def failed(exc: BaseException) -> None:
            QMessageBox.warning(self.window, self.tr("Indlæs teamets gennemgange"), error_text(exc))

        self.ingest_progress = ingest_with_progress(
            self.window, self.runner, self.actions.ingest, self.window.sync.share, done, failed
        )

    def export_journal(self, folder: str | None = None) -> None:
        if getattr(self, "_journal", None) is None:
            self._journal = self.actions.journal()
        self._journal.run(folder)
