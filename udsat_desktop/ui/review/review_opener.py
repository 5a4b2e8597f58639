"""The one place that opens review windows and wires them: a review from the queue, from the
follow-up list, after a crash, and the correction that *Opret rettelse* starts all get the
same connections (signing, co-reviewer names, the queue row, claims).

Claims follow intent: opening (reading) a case claims nothing and changes nothing (a case
without a review gets its draft, and moves to *under gennemgang*, only at the first edit);
the first edit in a window claims the case; closing a window whose review did not change
releases a claim made while it was open. An assignment wins over a claim by anyone else:
the reviewer a case is assigned to is not stopped by a colleague's claim (nor warned of it
when a queued claim is checked later), and anyone else is told whom it is assigned to.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from udsat_desktop.flows.signing import sign_review
from udsat_desktop.platform.paths import AppPaths
from udsat_desktop.platform.settings import load_settings
from udsat_desktop.store.db import Database
from udsat_desktop.store.queue import Profile, get_case
from udsat_desktop.store.reviews import NOT_STARTED, look_at_case, start_review
from udsat_desktop.sync.claims import claim_case, release_claim
from udsat_desktop.ui.common.i18n import error_text, fill, fmt_datetime, translate
from udsat_desktop.ui.common.tasks import TaskRunner
from udsat_desktop.ui.review.review_view import OPEN_REVIEW_KEY
from udsat_desktop.ui.review.review_window import ReviewWindow
from udsat_desktop.ui.review.signing_ui import ask_key_passphrase, confirm_despite_handover

log = logging.getLogger(__name__)

CLAIM_WAIT_MS = 1500  # how long the first edit waits for the share before going on offline


class ReviewOpener(QObject):
    """Opens review windows for `parent` (the main window) and keeps them wired."""

    case_changed = Signal(int)  # case id: the queue row and the case panel follow
    signed = Signal(int)  # case id, after a signature landed in the outbox
    claim_clashes = Signal(list)  # case keys a colleague turned out to hold

    def __init__(
        self,
        parent: QWidget,
        db: Database,
        profile: Profile,
        paths: AppPaths,
        runner: TaskRunner,
        library: Callable[[], Any],
        reviewer_names: Callable[[], dict[str, str]],
        share: Callable[[], Any],
    ) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.db, self.profile, self.paths, self.runner = db, profile, paths, runner
        self._library, self._names, self._share = library, reviewer_names, share
        self.windows: list[QWidget] = []
        self.ask_key_passphrase: Callable[[], str | None] = self._ask_key_passphrase

    # ------------------------------------------------------------------ opening

    def open_case(self, case_id: int) -> QWidget | None:
        """The case's review (its unfinished one, its latest signed one, or a new one that is
        stored only at the first edit): reading it claims nothing and changes nothing."""

        if get_case(self.db, case_id) is None:
            return None
        review = look_at_case(self.db, case_id, self.profile.user_id, self._library())
        return self.show(review)

    def show(self, review: Any) -> QWidget:

        window = ReviewWindow(
            self.db,
            self.profile,
            self._library(),
            review,
            reviewer_names=self._names(),
            parent=self.parent_widget,
        )
        window.claimed_here = False  # type: ignore[attr-defined]
        case_id = review.case_id
        window.sign_requested.connect(lambda: self.sign(window))
        window.status_changed.connect(lambda: self.case_changed.emit(case_id))
        window.correction_started.connect(self.show)
        window.replaced.connect(self.show)
        window.first_edit.connect(lambda: self._first_edit(window))
        window.typing_started.connect(lambda: self._typing_started(window))
        window.draft_needed.connect(lambda: self._settle(window))
        window.closing.connect(lambda changed: self._closing(window, changed))
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.destroyed.connect(lambda *_: self._forget(window))
        self.windows.append(window)
        window.show()
        window.raise_()
        window.activateWindow()
        self.case_changed.emit(case_id)
        return window

    def _forget(self, window: QWidget) -> None:
        if window in self.windows:
            self.windows.remove(window)

    # ------------------------------------------------------------------ signing

    def _ask_key_passphrase(self) -> str | None:

        return ask_key_passphrase(self.parent_widget, self.paths)

    def sign(self, window: Any) -> None:

        review_id, case_id = window.review.id, window.review.case_id
        if not confirm_despite_handover(window, self.db, self.profile, [case_id]):
            return
        passphrase = self.ask_key_passphrase()
        if not passphrase:
            return

        def done(item: Any) -> None:
            window.reload_after_signing()
            self.case_changed.emit(case_id)
            self.signed.emit(case_id)
            QMessageBox.information(
                window,
                translate("ReviewOpener", "Underskrevet"),
                fill(
                    translate(
                        "ReviewOpener",
                        "Sammenfatningen er underskrevet: %1.\n\nProgrammet gemmer den "
                        "underskrevne PDF krypteret og lægger den på fællesmappen ved næste "
                        "synkronisering; du skal ikke gemme den et andet sted. Åbn den igen "
                        "med knappen »Åbn underskrevet PDF« ved sagen i hovedvinduet.",
                    ),
                    item.review_key,
                ),
            )

        def failed(exc: BaseException) -> None:
            QMessageBox.warning(window, translate("ReviewOpener", "Underskriv"), error_text(exc))

        window.save_now()
        self.runner.start(
            sign_review,
            self.db,
            self.paths,
            self.profile,
            self._library(),
            review_id,
            passphrase,
            on_done=done,
            on_error=failed,
            timestamp_url=load_settings(self.paths.config).tsa,
        )

    # ------------------------------------------------------------------ claims

    def _first_edit(self, window: Any) -> None:
        """The first change in a window made by a button (a consent, a next step, a
        correction): claim the case before it goes on. If someone else holds it (or it is
        assigned to someone else), say who; go on only as an explicit second review."""
        if window.claim_state == "pending":
            self._settle(window)
            return
        if window.claim_state is not None:
            return
        window.claim_state = "pending"
        self._decide(window, self.claim(window.review.case_id))

    def _decide(self, window: Any, allowed: bool) -> None:
        window.claim_state = "done"
        if not allowed:
            window.refuse_edits()
            case = get_case(self.db, window.review.case_id)
            if case is not None:  # the attempt is given up: no claim of mine is left
                release_claim(self.db, self.profile, case.case_key, None)
            return
        window.claimed_here = True
        self._start(window)

    def _typing_started(self, window: Any) -> None:
        """The first typed change, announced once its keystroke was handled. The claim on the
        share runs on a daemon thread and nothing waits for it here: the user types on, the
        answers stay in the window, and its autosave waits for the draft. When the share
        answers (normally within a fraction of a second) the draft is stored, or, if a
        colleague holds the case, the user is asked; after CLAIM_WAIT_MS the edit goes on as
        offline (the claim is queued and checked at the next sync)."""

        if window.claim_state is not None:
            return
        case = get_case(self.db, window.review.case_id)
        if case is None:
            return
        share = self._share()
        assignee = case.assigned_reviewer
        window.claim_state = "pending"
        if share is None or (assignee and assignee != self.profile.user_id):
            # nothing to wait for (offline), or a question to ask first (assigned to someone
            # else): decided now, outside the keystroke
            self._decide(window, self.claim(case.id))
            return
        mine = assignee == self.profile.user_id
        window.claim_in_flight = True
        self.runner.start(
            claim_case,
            self.db,
            self.profile,
            case.case_key,
            share,
            second=mine,
            on_done=lambda result: self._claim_answered(window, case, result),
            on_error=lambda exc: self._claim_answered(window, case, exc),
            daemon=True,
        )
        QTimer.singleShot(CLAIM_WAIT_MS, lambda: self._claim_late(window))

    def _claim_answered(self, window: Any, case: Any, result: Any) -> None:
        mine = case.assigned_reviewer == self.profile.user_id
        window.claim_in_flight = False
        if getattr(window, "release_after_claim", False):  # closed unchanged meanwhile
            window.release_after_claim = False
            self._release(case.case_key)
            return
        if isinstance(result, BaseException):
            log.warning("claim failed: %s; checked at the next sync", type(result).__name__)
            result = None
        taken = result is not None and result.taken_by_other and not mine
        if window.claim_state != "pending":  # answered after the edit went on
            if taken:
                self.claim_clashes.emit([case.case_key])
            return
        if result is None or not result.taken_by_other:
            self._decide(window, True)
            return

        if not taken or self._ask_second(case.case_key, result.holder, result.holder_claimed_at):
            claim_case(self.db, self.profile, case.case_key, self._share(), second=True)
            self._decide(window, True)
        else:
            self._decide(window, False)

    def _claim_late(self, window: Any) -> None:
        if window.claim_state == "pending":
            log.warning("share did not answer a claim within %d ms; claim queued", CLAIM_WAIT_MS)
            self._decide(window, True)

    def _settle(self, window: Any) -> None:
        """The draft is needed now (the window saves, closes or records a consent) while the
        share has not answered the claim: the edit goes on as offline, the claim queued;
        if the share says later that a colleague holds the case, the user is told then."""
        if window.claim_state is None:
            self._typing_started(window)
        if window.claim_state == "pending":
            self._decide(window, True)

    def _start(self, window: Any) -> None:
        """A review shown before any edit is stored now: the draft, and the case's move to
        *under gennemgang*; the queue row follows, and a crash from here on offers it again."""

        if window.review.id != NOT_STARTED:
            return
        window.review = start_review(self.db, window.review, self.profile.user_id)
        settings = QSettings()
        settings.setValue(OPEN_REVIEW_KEY, window.review.id)
        settings.sync()
        self.case_changed.emit(window.review.case_id)

    def claim(self, case_id: int) -> bool:

        case = get_case(self.db, case_id)
        if case is None:
            return False
        me = self.profile.user_id
        assignee = case.assigned_reviewer
        share = self._share()
        if assignee and assignee != me:  # an assignment wins over my claim
            if not self._ask_second(case.case_key, assignee, None, assigned=True):
                return False
            claim_case(self.db, self.profile, case.case_key, share, second=True)
            return True
        # assigned to me: a colleague's claim neither stops me nor is a clash (also when the
        # share answers late, or the queued claim is checked at the next sync)
        mine = assignee == me
        result = (
            claim_case(self.db, self.profile, case.case_key, None)
            if share is None
            else self._claim_on_share(case.case_key, share, second=mine)
        )
        if result is None or not result.taken_by_other:
            return True
        if mine:
            claim_case(self.db, self.profile, case.case_key, share, second=True)
            return True
        if not self._ask_second(case.case_key, result.holder, result.holder_claimed_at):
            return False
        claim_case(self.db, self.profile, case.case_key, share, second=True)
        return True

    def _ask_second(
        self, case_key: str, holder: str | None, since: str | None, *, assigned: bool = False
    ) -> bool:
        who = self._names().get(holder or "", holder or "") or translate("ReviewOpener", "en anden")
        if assigned:
            text = translate(
                "ReviewOpener",
                "Sag %1 er tildelt %2.\n\nVil du fortsætte som en ekstra, "
                "selvstændig gennemgang? Begge gennemgange bliver vist for "
                "koordinatoren.",
            )
        else:
            text = translate(
                "ReviewOpener",
                "Sag %1 gennemgås allerede af %2 (siden %3).\n\nVil du "
                "fortsætte som en ekstra, selvstændig gennemgang? Begge "
                "gennemgange bliver vist for koordinatoren.",
            )
        answer = QMessageBox.question(
            self.parent_widget,
            translate("ReviewOpener", "Sagen er allerede taget"),
            fill(text, case_key, who, _claimed_at(since) or "?"),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _claim_on_share(self, case_key: str, share: Any, *, second: bool = False) -> Any:
        """The claim, on a daemon thread: a hung network drive can neither freeze the window
        nor keep the program from closing. Waits up to CLAIM_WAIT_MS; after that the edit
        goes on as if offline (the claim is queued in the local database and checked at the
        next sync), and if the share answers later that someone else holds the case, the
        user is told then."""

        loop = QEventLoop(self)
        outcome: dict[str, Any] = {}

        def finished(value: Any) -> None:
            if not outcome.get("late"):
                outcome["value"] = value
                loop.quit()
            elif not isinstance(value, BaseException) and value.taken_by_other:
                self.claim_clashes.emit([case_key])

        self.runner.start(
            claim_case,
            self.db,
            self.profile,
            case_key,
            share,
            second=second,
            on_done=finished,
            on_error=finished,
            daemon=True,
        )
        QTimer.singleShot(CLAIM_WAIT_MS, loop.quit)
        if "value" not in outcome:
            loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        if "value" not in outcome:
            outcome["late"] = True
            log.warning("share did not answer a claim within %d ms; claim queued", CLAIM_WAIT_MS)
            return None
        if isinstance(outcome["value"], BaseException):
            raise outcome["value"]
        return outcome["value"]

    def _closing(self, window: Any, changed: bool) -> None:
        """A window closes: a claim its first edit made is given back when, in the end,
        nothing changed (the share part on a daemon thread: it may hang)."""
        if changed or not getattr(window, "claimed_here", False):
            return
        case = get_case(self.db, window.review.case_id)
        if case is None:
            return
        window.claimed_here = False
        if getattr(window, "claim_in_flight", False):  # given back once the share answered
            window.release_after_claim = True
            return
        self._release(case.case_key)

    def _release(self, case_key: str) -> None:

        self.runner.start(
            release_claim,
            self.db,
            self.profile,
            case_key,
            self._share(),
            on_error=lambda exc: log.warning("claim release failed: %s", type(exc).__name__),
            daemon=True,
        )


def _claimed_at(value: str | None) -> str:
    """When a colleague claimed a case (ISO text from the share), in the UI's format."""
    try:
        when = dt.datetime.fromisoformat(value or "")
    except ValueError:
        return ""
    return fmt_datetime(when.astimezone() if when.tzinfo else when)
