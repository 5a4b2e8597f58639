"""Signed summaries from the main window: the signing key's passphrase, *Underskriv alle,
der er klar*, verifying a signed PDF, and showing or printing a case's latest signed summary
(a correction replaces what it corrects). Signing one review is wired by the review opener."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QMessageBox, QWidget

from udsat_desktop.store import audit_append as audit
from udsat_desktop.store.queue import get_case
from udsat_desktop.store.versions import latest_signed
from udsat_desktop.ui.common.busy import run_busy
from udsat_desktop.ui.common.controller import Controller
from udsat_desktop.ui.common.failures import failure_text
from udsat_desktop.ui.common.i18n import fill

if TYPE_CHECKING:
    from udsat_desktop.ui.review.signing_actions import SigningActions


class SigningController(Controller):
    @functools.cached_property
    def actions(self) -> SigningActions:
        """The signing, store and printing part, loaded at first use."""
        from udsat_desktop.ui.review.signing_actions import (
            SigningActions,
        )  # lazy: launch, SQLAlchemy+ReportLab +4 s

        return SigningActions(self)

    def ask_key_passphrase(self) -> str | None:
        return self.actions.ask_key_passphrase()

    def sign_all(self) -> None:
        ready = self.actions.ready_case_ids()
        if not self.actions.confirm_despite_handover(ready):
            return
        passphrase = self.ask_key_passphrase()
        if passphrase:
            self.sign_progress = self.actions.sign_all_ready(
                passphrase, on_finished=self._after_sign_all
            )

    def _after_sign_all(self) -> None:
        self.window.model.refresh()
        self.window.sync.update_status()
        self.window.sync.sync_now()

    def open_verify(self) -> QWidget:
        dialog = self.actions.show_verify()
        self.verify_dialog = dialog
        return dialog

    def open_versions(self, case_id: int) -> QWidget | None:
        """Any two signed versions of the case side by side (issue 29)."""
        case = get_case(self.db, case_id)
        if case is None:
            return None
        dialog = self.actions.open_versions(case.case_key)
        self.versions_dialog = dialog
        return dialog

    def open_latest_signed(self, case_id: int) -> QWidget | None:
        """*Åbn underskrevet PDF*: the case's latest signed summary (a correction replaces
        what it corrects), shown in the app's own viewer (the print preview, rendered from the
        encrypted store, so no plain copy is written to disk); the opening is logged."""
        case = get_case(self.db, case_id)
        latest = latest_signed(self.db, case.case_key) if case is not None else None
        # from the encrypted store (waiting or sent), never the share: a colleague's summary is
        # there once the coordinator's ingest has unsealed it (the share's copy is sealed)
        pdf = (
            self.actions.summary_pdf(case.case_key, latest.review_key)
            if case is not None and latest
            else None
        )
        if case is None or latest is None or pdf is None:
            QMessageBox.information(
                self.window,
                self.tr("Åbn underskrevet PDF"),
                self.tr("Sagen har ingen underskreven sammenfatning, der kan findes her."),
            )
            return None
        audit.append_now(
            self.db, self.profile.user_id, "summary.open", case_id, review=latest.review_key
        )
        dialog = self.actions.print_pdf(
            pdf, name=f"{case.case_key}_{latest.review_key}.pdf", cases=[case.id]
        )
        self.print_dialog = dialog
        return dialog

    def print_selected(self) -> Any:
        """Ctrl+P: the case's latest signed summary (a correction replaces what it corrects) is
        read on a worker; the preview opens when it is there."""
        case_id = self.window.queue_ctrl.current_case_id()
        case = get_case(self.db, case_id) if case_id is not None else None
        if case is None:
            return None
        latest = latest_signed(self.db, case.case_key)
        actions = self.actions

        def none_signed() -> None:
            QMessageBox.information(
                self.window,
                self.tr("Udskriv"),
                fill(self.tr("Sag %1 har ingen underskreven sammenfatning."), case.case_key),
            )

        def found(pdf: bytes | None) -> None:
            if pdf is None or latest is None:
                none_signed()
                return
            self.print_dialog = actions.print_pdf(
                pdf, name=f"{case.case_key}_{latest.review_key}.pdf", cases=[case.id]
            )

        def failed(exc: BaseException) -> None:
            QMessageBox.warning(self.window, self.tr("Udskriv"), failure_text(exc))

        if latest is None:
            none_signed()
            return None
        return run_busy(
            self.window,
            self.tr("Udskriv"),
            self.tr("Henter sammenfatningen…"),
            actions.printable,
            self.window.sync.share,
            case.case_key,
            latest.review_key,
            on_done=found,
            on_error=failed,
        )
