"""What `SigningController` (signing_controller.py) does with the signing code, the store's
reviews and signed summaries, and printing: the key's passphrase, signing every ready review,
the verify and versions dialogs, a signed summary read and printed. Kept apart so the
controller loads them (SQLAlchemy and ReportLab with them) at first use, not at launch."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtPrintSupport import QPrintDialog, QPrintPreviewDialog
from PySide6.QtWidgets import QProgressDialog

from udsat_desktop.store.meetings import summary_pdf
from udsat_desktop.store.reviews import get_review, ready_reviews
from udsat_desktop.ui.common.controller import Controller
from udsat_desktop.ui.common.printing import local_printable, print_pdf
from udsat_desktop.ui.review.signing_ui import (
    VerifyDialog,
    ask_key_passphrase,
    confirm_despite_handover,
    sign_all_ready,
)
from udsat_desktop.ui.review.versions_dialog import VersionsDialog


class SigningActions:
    def __init__(self, controller: Controller) -> None:
        self.c = controller

    def ask_key_passphrase(self) -> str | None:
        return ask_key_passphrase(self.c.window, self.c.paths, self.c.db)

    def ready_case_ids(self) -> list[int]:
        db = self.c.db
        return [get_review(db, review_id).case_id for review_id, *_ in ready_reviews(db)]

    def confirm_despite_handover(self, case_ids: list[int]) -> bool:
        return confirm_despite_handover(self.c.window, self.c.db, self.c.profile, case_ids)

    def sign_all_ready(self, passphrase: str, on_finished: Callable[[], None]) -> QProgressDialog:
        c = self.c
        return sign_all_ready(
            c.window,
            c.db,
            c.paths,
            c.profile,
            c.window.review_ctrl.library,
            c.runner,
            passphrase,
            on_finished=on_finished,
        )

    def show_verify(self) -> VerifyDialog:
        dialog = VerifyDialog(self.c.paths, self.c.window)
        dialog.show()
        return dialog

    def open_versions(self, case_key: str) -> VersionsDialog:
        dialog = VersionsDialog(self.c.db, case_key, self.c.window)
        dialog.open()
        return dialog

    def summary_pdf(self, case_key: str, review_key: str) -> bytes | None:
        """From the encrypted store (waiting or sent), never the share."""
        return summary_pdf(self.c.db, self.c.paths, None, case_key, review_key)

    def print_pdf(
        self, pdf: bytes, name: str, cases: list[int]
    ) -> QPrintPreviewDialog | QPrintDialog:
        c = self.c
        return print_pdf(c.window, c.db, c.profile, pdf, name=name, cases=cases)

    def printable(self, share: Path | None, case_key: str, review_key: str) -> bytes | None:
        """On a worker: the signed summary to print."""
        return local_printable(self.c.db, self.c.paths, share, case_key, review_key)
