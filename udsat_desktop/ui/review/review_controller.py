"""Reviews from the main window: opening the selected case's review, the review interrupted
by the last stop, the follow-up list of next steps (and the overdue reminder on start), and
the warning about cases a colleague took while this laptop was offline. Every review window
is opened and wired by `ReviewOpener` (ui/review/review_opener.py), the one place that does so."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from udsat_desktop.core.danish import one_or_many
from udsat_desktop.store.errors import StoreError
from udsat_desktop.store.queue import get_case, get_case_by_key, overdue_step_count
from udsat_desktop.ui.common.controller import Controller
from udsat_desktop.ui.common.i18n import fill, fmt_number
from udsat_desktop.ui.common.window_face import WindowFace
from udsat_desktop.ui.review.review_names import OPEN_REVIEW_KEY

if TYPE_CHECKING:
    from udsat_desktop.ui.review.review_actions import ReviewActions
    from udsat_desktop.ui.review.review_opener import ReviewOpener


class ReviewController(Controller):
    def __init__(self, window: WindowFace) -> None:
        super().__init__(window)
        self._library: Any = None

    @functools.cached_property
    def actions(self) -> ReviewActions:
        """The review machinery and the store's reviews, loaded at first use."""
        from udsat_desktop.ui.review.review_actions import (
            ReviewActions,
        )  # lazy: launch, SQLAlchemy + sync engine +2.7 s

        return ReviewActions(self)

    @functools.cached_property
    def opener(self) -> ReviewOpener:
        """The one place that opens and wires review windows, made at the first review."""
        window = self.window
        opener = self.actions.new_opener(lambda: self.library)
        opener.ask_key_passphrase = lambda: window.signing_ctrl.ask_key_passphrase()
        opener.case_changed.connect(window.queue_ctrl.case_changed)
        opener.signed.connect(lambda _case_id: window.sync.update_status())
        opener.claim_clashes.connect(self._warn_claim_clashes)
        return opener

    @property
    def library(self) -> Any:
        if self._library is None:
            self._library = self.actions.default_library()
        return self._library

    @property
    def windows(self) -> list[QWidget]:
        made: ReviewOpener | None = self.__dict__.get("opener")  # none opened yet: none
        return made.windows if made is not None else []

    def open_selected(self) -> None:
        case_id = self.window.queue_ctrl.current_case_id()
        if case_id is not None:
            self.open_review_for(case_id)

    def open_review_for(self, case_id: int) -> QWidget | None:
        """Open the case's review (reading claims nothing; the first edit does)."""
        return self.opener.open_case(case_id)

    def _open_case_key(self, case_key: str) -> None:

        case = get_case_by_key(self.db, case_key)
        if case is not None:
            self.open_review_for(case.id)

    def _warn_claim_clashes(self, case_keys: list[str]) -> None:
        QMessageBox.warning(
            self.window,
            self.tr("Sager taget af andre"),
            fill(
                self.tr(
                    "Mens du var offline, har en anden taget disse sager, som du er gået i "
                    "gang med: %1. Åbn sagen for at se hvem; du kan fortsætte som en "
                    "ekstra gennemgang."
                ),
                ", ".join(case_keys),
            ),
        )

    # ------------------------------------------------------------------ recovery

    def interrupted_review(self) -> Any:
        """The review that was open when the app last stopped without closing it, if any."""
        value = QSettings().value(OPEN_REVIEW_KEY)
        if value in (None, ""):
            return None
        try:
            return self.actions.get_review(int(value))
        except (StoreError, ValueError, TypeError):
            QSettings().remove(OPEN_REVIEW_KEY)
            return None

    def offer_recovery(self, ask: bool = True) -> QWidget | None:
        review = self.interrupted_review()
        if review is None:
            return None
        case = get_case(self.db, review.case_id)
        key = case.case_key if case else "?"
        if ask:
            answer = QMessageBox.question(
                self.window,
                self.tr("Afbrudt gennemgang"),
                fill(
                    self.tr(
                        "Gennemgangen af sag %1 blev ikke lukket. Vil du fortsætte, hvor du slap?"
                    ),
                    key,
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                QSettings().remove(OPEN_REVIEW_KEY)
                return None
        return self.opener.show(review)

    # ------------------------------------------------------------------ follow-up

    def open_follow_up(self) -> QWidget:
        window = self.actions.show_follow_up()
        window.open_case.connect(self._open_case_key)
        window.show()
        self.follow_up_window = window
        return window

    def remind_overdue(self) -> int:
        """On start: how many next steps are overdue, with the way to the work list."""

        count = overdue_step_count(self.db)
        if count:
            overdue = one_or_many(  # the same in Danish; the disambiguation keeps two for English
                count,
                self.tr("%1 næste skridt er overskredet", "ental"),
                self.tr("%1 næste skridt er overskredet", "flertal"),
            )
            text = fill(overdue, fmt_number(count))
            self.window.statusBar().showMessage(
                fill(self.tr("%1 – se Vis → Opfølgning (Ctrl+Shift+O)"), text), 30000
            )
            if self.profile.is_coordinator:
                box = QMessageBox(
                    QMessageBox.Icon.Information,
                    self.tr("Opfølgning"),
                    text,
                    QMessageBox.StandardButton.Close,
                    self.window,
                )
                show = box.addButton(self.tr("Vis opfølgning"), QMessageBox.ButtonRole.AcceptRole)
                show.clicked.connect(self.open_follow_up)
                box.setWindowModality(Qt.WindowModality.NonModal)
                box.show()
                self.overdue_box = box
        return count
