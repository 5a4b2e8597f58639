"""Signed summaries from the main window: the signing key's passphrase, *Underskriv alle,
der er klar*, verifying a signed PDF, and showing or printing a case's latest signed summary
(a correction replaces what it corrects). Signing one review is wired by the review opener."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget

from udsat_desktop.store import audit
from udsat_desktop.store.queue import get_case
from udsat_desktop.store.versions import latest_signed
from udsat_desktop.ui.common.busy import run_busy
from udsat_desktop.ui.common.controller import Controller
from udsat_desktop.ui.common.failures import failure_text
from udsat_desktop.ui.common.i18n import fill


class SigningController(Controller):
    def ask_key_passphrase(self) -> str | None:
        from udsat_desktop.ui.review.signing_ui import (
            ask_key_passphrase,  # lazy: launch, SQLAlchemy+ReportLab +4 s
        )

        return ask_key_passphrase(self.window, self.paths, self.db)

    def sign_all(self) -> None:
        from udsat_desktop.store.reviews import (  # lazy: launch, SQLAlchemy +2.6 s
            get_review,
            ready_reviews,
        )
        from udsat_desktop.ui.review.signing_ui import (  # lazy: launch, SQLAlchemy+ReportLab +4 s
            confirm_despite_handover,
            sign_all_ready,
        )

        ready = [get_review(self.db, review_id).case_id for review_id, *_ in ready_reviews(self.db)]
        if not confirm_despite_handover(self.window, self.db, self.profile, ready):
            return
        passphrase = self.ask_key_passphrase()
        if passphrase:
            self.sign_progress = sign_all_ready(
                self.window,
                self.db,
                self.paths,
                self.profile,
                self.window.review_ctrl.library,
                self.runner,
                passphrase,
                on_finished=self._after_sign_all,
            )

    def _after_sign_all(self) -> None:
        self.window.model.refresh()
        self.window.sync.update_status()
        self.window.sync.sync_now()

    def open_verify(self) -> QWidget:
        from udsat_desktop.ui.review.signing_ui import (
            VerifyDialog,  # lazy: launch, SQLAlchemy+ReportLab +4 s
        )

        dialog = VerifyDialog(self.paths, self.window)
        dialog.show()
        self.verify_dialog = dialog
        return dialog

    def open_versions(self, case_id: int) -> QWidget | None:
        """Any two signed versions of the case side by side (issue 29)."""
        from udsat_desktop.ui.review.versions_dialog import (
            VersionsDialog,  # lazy: launch, SQLAlchemy +2.3 s
        )

        case = get_case(self.db, case_id)
        if case is None:
            return None
        dialog = VersionsDialog(self.db, case.case_key, self.window)
        dialog.open()
        self.versions_dialog = dialog
        return dialog

    def open_latest_signed(self, case_id: int) -> QWidget | None:
        """*Åbn underskrevet PDF*: the case's latest signed summary (a correction replaces
        what it corrects), shown in the app's own viewer (the print preview, rendered from the
        encrypted store, so no plain copy is written to disk); the opening is logged."""
        from udsat_desktop.store.meetings import summary_pdf  # lazy: launch, SQLAlchemy +2.8 s
        from udsat_desktop.ui.common.printing import print_pdf  # lazy: launch, SQLAlchemy +2.8 s

        case = get_case(self.db, case_id)
        latest = latest_signed(self.db, case.case_key) if case is not None else None
        # from the encrypted store (waiting or sent), never the share: a colleague's summary is
        # there once the coordinator's ingest has unsealed it (the share's copy is sealed)
        pdf = (
            summary_pdf(self.db, self.paths, None, case.case_key, latest.review_key)
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
        dialog = print_pdf(
            self.window,
            self.db,
            self.profile,
            pdf,
            name=f"{case.case_key}_{latest.review_key}.pdf",
            cases=[case.id],
        )
        self.print_dialog = dialog
        return dialog

    def print_selected(self) -> Any:
        """Ctrl+P: the case's latest signed summary (a correction replaces what it corrects) is
        read on a worker; the preview opens when it is there."""
        from udsat_desktop.ui.common.printing import (  # lazy: launch, SQLAlchemy +2.8 s
            local_printable,
            print_pdf,
        )

        case_id = self.window.queue_ctrl.current_case_id()
        case = get_case(self.db, case_id) if case_id is not None else None
        if case is None:
            return None
        latest = latest_signed(self.db, case.case_key)

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
            self.print_dialog = print_pdf(
                self.window,
                self.db,
                self.profile,
                pdf,
                name=f"{case.case_key}_{latest.review_key}.pdf",
                cases=[case.id],
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
            local_printable,
            self.db,
            self.paths,
            self.window.sync.share,
            case.case_key,
            latest.review_key,
            on_done=found,
            on_error=failed,
        )
