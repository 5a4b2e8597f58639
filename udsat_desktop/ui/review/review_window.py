"""The review screen: the form built from the review's own template version, section by
section, with completeness markers, inline validation, consents, next steps and autosave.

The widgets are laid out in ui/review/review_view.py, the pages live in
ui/review/review_pages.py and ui/review/review_steps.py, the keys in ui/review/review_keys.py;
windows are opened and wired only by ui/review/review_opener.py. Why this module is still
over 400 lines: what remains is one review's editing state — the first edit (the claim), the
autosave with its retry, the changed-in-session test that decides whether a claim is given
back, the status (ready, signed, corrected, moved to a newer template) — and these share the
same few fields (`_dirty`, `_saving`, `_edit_started`, `_refused`); split across modules they
would have to reach into each other's state.

Over 600 lines: the same reason; one review's editing state and the status that follows from
it share those fields, and the window's construction alone is 160 lines."""

from __future__ import annotations

import copy
import datetime as dt
import html
import logging
import time
from functools import partial
from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QWidget,
)

from udsat_desktop.core.checklist.answers import completeness
from udsat_desktop.core.checklist.answers import field_problems as core_field_problems
from udsat_desktop.core.checklist.library import TemplateLibrary
from udsat_desktop.core.checklist.model import Section, Template
from udsat_desktop.core.danish import one_or_many
from udsat_desktop.core.status import REVIEW_STATUS_LABELS, ReviewStatus
from udsat_desktop.core.text import Msg
from udsat_desktop.store.db import Database
from udsat_desktop.store.errors import StoreError
from udsat_desktop.store.queue import Profile, get_case
from udsat_desktop.store.reviews.review_flow import (
    NOT_STARTED,
    get_review,
    mark_ready,
    move_to_template,
    readiness_problems,
    save_review,
    start_correction,
)
from udsat_desktop.store.reviews.state import ReviewState
from udsat_desktop.store.sqlite_errors import StorageError
from udsat_desktop.ui.common import theme, wheel_guard
from udsat_desktop.ui.common.failures import close_without_saving, not_saved_text
from udsat_desktop.ui.common.i18n import (
    domain,
    error_text,
    fill,
    fmt_date,
    fmt_time,
    localize,
)
from udsat_desktop.ui.common.tasks import TaskRunner
from udsat_desktop.ui.review.correction_dialog import CorrectionReasonDialog
from udsat_desktop.ui.review.review_keys import SectionKeys, shortcut_slots
from udsat_desktop.ui.review.review_pages import ConsentPage, FieldsPage
from udsat_desktop.ui.review.review_steps import NextStepsPage
from udsat_desktop.ui.review.review_view import (
    OPEN_REVIEW_KEY,
    TEXT_SIZE_KEY,
    ReviewView,
    text_size_step,
)

log = logging.getLogger(__name__)

AUTOSAVE_MS = 400  # first unsaved edit -> saved within this plus the write (< 1 s)


class ReviewWindow(QMainWindow):
    status_changed = Signal()
    sign_requested = Signal()
    saved = Signal(float)  # seconds the save took
    first_edit = Signal()  # the first change in this window (the case is claimed then)
    # the first typed change: the claim follows once the keystroke is handled, without waiting
    typing_started = Signal()
    draft_needed = Signal()  # the answers must be stored now, but the draft is not yet made
    correction_started = Signal(object)  # the new version's ReviewState, to be opened
    replaced = Signal(object)  # the review moved to a newer template: its state, to be opened
    closing = Signal(bool)  # whether anything changed while the window was open

    # Complexity (C901): builds the window's optional parts (banner, correction, signing state) in
    # order.
    def __init__(  # noqa: C901
        self,
        db: Database,
        profile: Profile,
        library: TemplateLibrary,
        review: ReviewState,
        reviewer_names: dict[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.profile, self.library, self.review = db, profile, library, review
        self.template: Template = library.get(
            review.template_id, review.template_version, review.template_revision
        )
        self.runner = TaskRunner(self, own_pool=True)  # Ctrl+S waits for this review's writes only
        self.answers: dict[str, Any] = copy.deepcopy(review.answers)
        self._dirty = False
        self._saving = False
        self._show_all = False
        self._last_save_seconds = 0.0
        self._closed = False  # results of saves still queued after close are ignored
        self._edit_started = False  # first_edit emitted
        self._refused = False  # the claim was refused: look only
        # set by whoever opened the window: None (not asked), "pending" (the share has not
        # answered yet), "done" (the edit may go on; the draft exists)
        self.claim_state: str | None = None
        self._other_changes = False  # consents or next steps recorded here
        case = get_case(db, review.case_id)
        self.case_key = case.case_key if case else "?"
        # The title names the case key only: window titles reach task bars and screen shares.
        self.setWindowTitle(fill(self.tr("Gennemgang %1 – Udsat Desktop"), self.case_key))

        self.view = view = ReviewView()
        self.status_label, self.co_reviewer = view.status_label, view.co_reviewer
        self.sections, self.stack = view.sections, view.stack
        self.prev_button, self.next_button = view.prev_button, view.next_button
        self.ready_button, self.sign_button = view.ready_button, view.sign_button
        self.correction_button, self.move_button = view.correction_button, view.move_button
        self.save_label, self.problems, self.missing = view.save_label, view.problems, view.missing
        self.newer_label = view.newer_label
        header = view.header
        header.setText(
            fill(
                self.tr("<b>%1</b> · %2 · %3 v%4 · version %5"),
                html.escape(case.name if case else ""),
                self.case_key,
                html.escape(domain(self.template.title)),
                self.template.version,
                str(review.version),
            )
        )
        if review.replaces_review_id is not None:  # a correction says what it corrects
            replaced = get_review(db, review.replaces_review_id)
            header.setText(
                header.text() + " · " + fill(self.tr("retter version %1"), str(replaced.version))
            )
        self.co_reviewer.addItem(self.tr("— ingen —"), "")
        for user_id, label in sorted((reviewer_names or {}).items(), key=lambda p: p[1]):
            if user_id != profile.user_id:
                self.co_reviewer.addItem(label, user_id)
        if review.co_reviewer:
            index = self.co_reviewer.findData(review.co_reviewer)
            if index < 0:
                self.co_reviewer.addItem(review.co_reviewer, review.co_reviewer)
                index = self.co_reviewer.count() - 1
            self.co_reviewer.setCurrentIndex(index)
        self.co_reviewer.activated.connect(lambda _i: self._changed("__co_reviewer__"))

        self.pages: list[QWidget] = []
        for section in self.template.sections:
            page: QWidget
            if section.kind == "consents":
                page = ConsentPage(self, section)
                page.recorded.connect(self._refresh_markers)
                page.recorded.connect(self.status_changed)  # the case panel shows consents
                page.load()
            elif section.kind == "next_steps":
                page = NextStepsPage(self, section)
                page.changed.connect(self._refresh_markers)
                page.load()
            else:
                page = FieldsPage(section)
                page.load(self.answers)
                page.changed.connect(self._changed)
                page.made.connect(partial(self._page_made, page))
            self.pages.append(page)
            self.stack.addWidget(page)
            self.sections.addItem(QListWidgetItem(domain(section.title)))
        self.sections.currentRowChanged.connect(self._go)
        widest = max(
            self.sections.fontMetrics().horizontalAdvance(f"✓ {domain(s.title)} (99/99)")
            for s in self.template.sections
        )
        self.sections.setMinimumWidth(widest + 24)  # titles and markers never cut off

        self.sign_button.clicked.connect(self.sign_requested)
        self.missing.itemActivated.connect(self._jump_to_missing)
        self.missing.itemClicked.connect(self._jump_to_missing)
        # a law change since the review was started: say so, and offer to move the answers
        self.newer_template = (
            None if review.locked else library.newer_than(self.template, dt.date.today())
        )
        self.move_button.clicked.connect(self.move_to_newer_template)
        if self.newer_template is not None:
            self.newer_label.setText(
                fill(
                    self.tr(
                        "Gennemgangen er startet på skabelon %1 version %2. Fra %3 gælder "
                        "version %4 (lovændring). Underskriver du nu, sker det efter den gamle "
                        "version."
                    ),
                    domain(self.template.title),
                    self.template.version,
                    fmt_date(self.newer_template.valid_from),
                    self.newer_template.version,
                )
            )
        self.newer_label.setVisible(self.newer_template is not None)
        self._show_template_notes(review)
        self.move_button.setVisible(self.newer_template is not None)
        self.prev_button.clicked.connect(lambda: self.step_section(-1))
        self.next_button.clicked.connect(lambda: self.step_section(1))
        self.ready_button.clicked.connect(self.try_ready)
        self.correction_button.clicked.connect(self.make_correction)
        self.setCentralWidget(view)
        self.resize(1200, 820)

        for text, keys, slot in shortcut_slots(self):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(slot)
            self.addAction(action)

        view.set_text_size(text_size_step())
        self.section_keys = SectionKeys(self, self.step_section)
        self.section_keys.guard(self)
        for page in self.pages:
            if isinstance(page, FieldsPage):
                page.made.connect(partial(self.section_keys.guard, page))
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self.section_keys.watch)  # let go when the window is deleted

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self._autosave)
        self._apply_status()
        self._refresh_markers()
        start = max(
            0,
            [s.id for s in self.template.sections].index(review.current_section)
            if review.current_section in [s.id for s in self.template.sections]
            else 0,
        )
        self.sections.setCurrentRow(start)
        self._opening_answers = self.collect()
        self._opening_co = self.co_reviewer.currentData() or ""
        settings = QSettings()
        if review.id:  # a review not yet stored is offered again only once it is
            settings.setValue(OPEN_REVIEW_KEY, review.id)
            settings.sync()  # on disk now: a killed process must still find it on the next start
        wheel_guard.guard(self)  # scrolling over a drop-down never changes it
        if review.current_field:
            QTimer.singleShot(0, lambda: self.focus_field(review.current_field or ""))
        elif not review.locked:
            QTimer.singleShot(0, self.focus_first_field)  # a new review: type at once

    def _show_template_notes(self, review: ReviewState) -> None:
        """Tell the reviewer what a correction of the template (errata) changed, and that a
        template whose sources are not yet confirmed is a draft."""
        notice = review.errata_notice
        label = self.view.errata_label
        if notice is not None and not review.locked:
            lines = [localize(t) if isinstance(t, Msg) else domain(t) for t in notice.lines()]
            label.setText("<br>• ".join(html.escape(line) for line in lines))
        label.setVisible(notice is not None and not review.locked)
        draft = self.view.draft_label
        draft.setText(
            fill(self.tr("Udkast: %1"), html.escape(domain(self.template.draft)))
            if self.template.draft
            else ""
        )
        draft.setVisible(bool(self.template.draft))

    # ------------------------------------------------------------------ navigation

    def _page_made(self, page: FieldsPage) -> None:
        """A page's editors were made on first showing: what they hold is the page's state
        as opened (the user cannot have changed a page not yet shown)."""
        opening = getattr(self, "_opening_answers", None)
        if opening is None:
            return  # still opening: collected below
        for fid, value in page.values().items():
            if value is None:
                opening.pop(fid, None)
            else:
                opening[fid] = value

    def _go(self, row: int) -> None:
        if 0 <= row < len(self.pages):
            page = self.pages[row]
            if isinstance(page, FieldsPage):
                page.editors  # noqa: B018  (made now, on first showing)
            self.stack.setCurrentIndex(row)
            self.prev_button.setEnabled(row > 0)
            self.next_button.setEnabled(row < len(self.pages) - 1)
            self._changed("__section__")

    def zoom(self, step: int) -> int:
        """Enlarge (1) or shrink (-1) the form's text, or reset it (0); remembered."""
        current = text_size_step()
        new = 0 if step == 0 else max(-2, min(8, current + step))
        QSettings().setValue(TEXT_SIZE_KEY, new)
        self.view.set_text_size(new)
        return new

    def step_section(self, delta: int) -> None:
        row = self.sections.currentRow() + delta
        if 0 <= row < len(self.pages):
            self.sections.setCurrentRow(row)
            page = self.pages[row]
            if isinstance(page, FieldsPage) and page.editors:
                next(iter(page.editors.values())).input.setFocus()

    def current_section(self) -> Section:
        return self.template.sections[max(self.sections.currentRow(), 0)]

    def focus_field(self, field_id: str) -> None:
        for row, page in enumerate(self.pages):
            if isinstance(page, FieldsPage) and any(f.id == field_id for f in page.section.fields):
                self.sections.setCurrentRow(row)
                editor = page.editors[field_id]
                page.ensureWidgetVisible(editor)
                editor.input.setFocus()
                return

    def focus_first_field(self) -> None:
        if self.focused_field() is not None:
            return  # the user (or a caller) has already chosen a field
        page = self.pages[self.stack.currentIndex()]
        if isinstance(page, FieldsPage):
            for editor in page.editors.values():
                if editor.isVisibleTo(page):
                    editor.input.setFocus(Qt.FocusReason.OtherFocusReason)
                    return

    def focused_field(self) -> str | None:
        page = self.pages[self.stack.currentIndex()]
        if isinstance(page, FieldsPage):
            for fid, editor in page.editors.items():
                if editor.isAncestorOf(self.focusWidget()) if self.focusWidget() else False:
                    return fid
        return None

    # ------------------------------------------------------------------ editing

    def collect(self) -> dict[str, Any]:
        answers = dict(self.answers)
        for page in self.pages:
            if isinstance(page, FieldsPage):
                for fid, value in page.values().items():
                    if value is None:
                        answers.pop(fid, None)
                    else:
                        answers[fid] = value
        return answers

    def begin_edit(self) -> bool:
        """Called before every change: the first one announces itself (the case is claimed
        then, and the claim may be refused). False when this window may not change."""
        if self._refused or self.review.locked:
            return False
        if not self._edit_started:
            self._edit_started = True
            self.first_edit.emit()
        elif self.review.id == NOT_STARTED:  # typing began; its claim has not settled yet
            self.draft_needed.emit()
        return not self._refused

    def refuse_edits(self) -> None:
        """Someone else holds the case and the user chose not to go on: back to what was
        stored, and nothing more can be changed here."""
        self._refused = True
        self._timer.stop()
        self._dirty = False
        self.answers = copy.deepcopy(self.review.answers)
        for page in self.pages:
            if isinstance(page, FieldsPage):
                page.blockSignals(True)
                page.load(self.answers)
                page.blockSignals(False)
            page.set_read_only(True)  # type: ignore[attr-defined]
        self._readable(True)
        self.co_reviewer.setEnabled(False)
        self.ready_button.setEnabled(False)
        self.problems.setText(self.tr("Kun visning: sagen gennemgås af en anden."))

    def note_other_change(self) -> None:
        self._other_changes = True

    def changed_in_session(self) -> bool:
        if not self._edit_started:
            return False
        return (
            self._other_changes
            or self.collect() != self._opening_answers
            or (self.co_reviewer.currentData() or "") != self._opening_co
        )

    def _changed(self, field_id: str) -> None:
        if self.review.locked or self._refused:
            return
        if field_id == "__section__" and not self.review.id:
            return  # a review not yet stored: reading through it stores nothing
        if field_id != "__section__" and not self._edit_started:
            self._edit_started = True
            # Claiming the case (and storing a new review's draft) waits until this keystroke
            # has been handled: nothing inside a key handler may run an event loop, block on
            # the share, ask a question or move the focus, or typed keys are lost. Until the
            # draft exists the answers are kept here and the autosave waits for it.
            QTimer.singleShot(0, self._announce_typing)
        self.answers = self.collect()
        self._refresh_markers()
        self._dirty = True
        if not self._timer.isActive():
            self._timer.start()  # not restarted by later edits: saves even during typing

    def _announce_typing(self) -> None:
        if not self._closed and not self._refused:
            self.typing_started.emit()

    def _refresh_markers(self) -> None:
        for row, section in enumerate(self.template.sections):
            page = self.pages[row]
            if isinstance(page, FieldsPage):
                page.refresh(self.answers, self._show_all)
                done, total = completeness(section, self.answers)
            elif isinstance(page, ConsentPage):
                done, total = page.recorded_count(), len(section.consent_purposes)
            else:
                assert isinstance(page, NextStepsPage)
                done, total = min(len(page.steps), 1), 1
            mark = "✓" if done == total else "•"
            item = self.sections.item(row)
            item.setText(f"{mark} {domain(section.title)} ({done}/{total})")
            item.setToolTip(
                fill(
                    one_or_many(
                        total,
                        self.tr("%1 af %2 påkrævet felt udfyldt"),
                        self.tr("%1 af %2 påkrævede felter udfyldt"),
                    ),
                    str(done),
                    str(total),
                )
            )

    def _snapshot(self) -> tuple[dict[str, Any], str, str | None, str]:
        return (
            copy.deepcopy(self.answers),
            self.current_section().id,
            self.focused_field(),
            self.co_reviewer.currentData() or "",
        )

    def _autosave(self) -> None:
        if not self._dirty or self.review.locked:
            return
        if self._saving or self.review.id == NOT_STARTED:
            # a save is under way, or the draft is not made yet (the claim has not settled):
            # the next save follows it
            self._timer.start()
            return
        answers, section, field, co = self._snapshot()
        self._dirty = False
        self._saving = True
        started = time.perf_counter()
        self.runner.start(
            save_review,
            self.db,
            self.review.id,
            answers,
            self.profile.user_id,
            template=self.template,
            section=section,
            field=field,
            co_reviewer=co,
            on_done=lambda state: self._saved(state, started),
            on_error=self._save_failed,
        )

    def _saved(self, state: ReviewState, started: float) -> None:
        self._saving = False
        if self._closed:
            return
        self._last_save_seconds = time.perf_counter() - started
        status_before = self.review.status
        self.review = state
        self._show_saved()
        if state.status != status_before:
            self._apply_status()
            self.status_changed.emit()
        self.saved.emit(self._last_save_seconds)
        if self._dirty and not self._timer.isActive():
            self._timer.start()

    def _save_failed(self, exc: BaseException) -> None:
        self._saving = False
        if self._closed:
            return
        self._dirty = True
        self.save_label.setText(self.tr("Ikke gemt – prøver igen"))
        log.warning("autosave failed: %s", type(exc).__name__)
        if isinstance(exc, StorageError):  # a full disk…: told, the answers stay, tried again
            self._not_saved = not_saved_text(exc)
            self.problems.setText(self._not_saved)
            QTimer.singleShot(2000, self._autosave)
        elif isinstance(exc, StoreError):
            self.problems.setText(error_text(exc))
        else:
            QTimer.singleShot(2000, self._autosave)

    def save_now(self) -> None:
        """Save synchronously (Ctrl+S, closing the window)."""
        self._timer.stop()
        self.runner.wait()
        if self.review.locked or not (self._dirty or self._saving):
            self._saving = False
            return
        if self.review.id == NOT_STARTED and not self._refused:
            self.draft_needed.emit()  # the claim settles now (as queued if the share is slow)
        if self._refused or self.review.id == NOT_STARTED:
            self._dirty = self._saving = False  # refused: nothing of this window is kept
            return
        answers, section, field, co = self._snapshot()
        self.review = save_review(
            self.db,
            self.review.id,
            answers,
            self.profile.user_id,
            template=self.template,
            section=section,
            field=field,
            co_reviewer=co,
        )
        self._dirty = self._saving = False
        self._show_saved()

    def _show_saved(self) -> None:
        if self.problems.text() and self.problems.text() == getattr(self, "_not_saved", ""):
            self.problems.setText("")  # saved after all
        self.save_label.setText(fill(self.tr("Gemt %1"), fmt_time(dt.datetime.now(), seconds=True)))

    @property
    def pending(self) -> bool:
        return self._dirty or self._saving or self.runner.busy

    # ------------------------------------------------------------------ status

    def _apply_status(self) -> None:
        locked = self.review.locked
        self.status_label.setText(domain(REVIEW_STATUS_LABELS.get(self.review.status, "")))
        for page in self.pages:
            page.set_read_only(locked)  # type: ignore[attr-defined]
        self._readable(locked)
        self.co_reviewer.setEnabled(not locked)
        self.ready_button.setVisible(not locked)
        self.correction_button.setVisible(locked)
        self.sign_button.setVisible(self.review.status == ReviewStatus.READY)
        if locked:
            self.problems.setText(
                self.tr(
                    "Underskrevet – skrivebeskyttet. En rettelse bliver "
                    "en ny version, der henviser til denne."
                )
            )

    def _readable(self, read_only: bool) -> None:
        """A read-only review keeps its text readable (theme.read_only_palette)."""
        self.view.setPalette(theme.read_only_palette() if read_only else QPalette())

    def try_ready(self) -> None:
        self.save_now()
        self._show_all = True
        self._refresh_markers()
        problems = (
            mark_ready(self.db, self.review.id, self.profile.user_id, self.template)
            if self.review.id
            else readiness_problems(self.db, self.review, self.template)
        )
        if problems:
            self.problems.setText(
                self.tr("Kan ikke markeres klar. Vælg en linje for at gå dertil:")
            )
            self._show_missing(problems)
            return
        self.missing.clear()
        self.missing.hide()
        self.review = get_review(self.db, self.review.id)
        self.problems.setText("")
        self._apply_status()
        self.status_changed.emit()

    def _show_missing(self, problems: list[str]) -> None:
        """One line per missing or invalid field (section › field: what is wrong), then the
        consent and next-step problems; each line knows where it points."""
        self.missing.clear()
        for row, section in enumerate(self.template.sections):
            page = self.pages[row]
            if not isinstance(page, FieldsPage):
                continue
            editors = page.editors if page.built else {}  # an unseen page: its answers only
            for fld in section.fields:
                fid = fld.id
                found = core_field_problems(fld, self.answers.get(fid), self.answers)
                editor = editors.get(fid)
                if editor is not None and editor.input_problem():
                    found = [editor.input_problem() or "", *found]
                if not found:
                    continue
                text = fill(
                    self.tr("%1 › %2: %3"),
                    domain(section.title),
                    domain(fld.label),
                    localize(found[0]),
                )
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, ("field", fid))
                self.missing.addItem(item)
        kinds = {s.kind: row for row, s in enumerate(self.template.sections)}
        for problem in problems:
            template = getattr(problem, "template", "")
            if template.startswith("{section}:"):
                continue  # listed field by field above
            target = kinds.get("consents" if template.startswith("Samtykke") else "next_steps")
            item = QListWidgetItem(localize(problem))
            field_id = getattr(problem, "args", {}).get("field_id")  # e.g. a date out of range
            item.setData(
                Qt.ItemDataRole.UserRole,
                ("field", field_id) if field_id else ("section", target),
            )
            self.missing.addItem(item)
        self.missing.setVisible(self.missing.count() > 0)
        if self.missing.count():
            self.missing.setCurrentRow(0)

    def _jump_to_missing(self, item: QListWidgetItem) -> None:
        kind, target = item.data(Qt.ItemDataRole.UserRole)
        if kind == "field":
            self.focus_field(target)
        elif target is not None:
            self.sections.setCurrentRow(target)
            self.pages[target].setFocus()

    def reload_after_signing(self) -> None:
        self.review = get_review(self.db, self.review.id)
        self._apply_status()
        self.status_changed.emit()

    def move_to_newer_template(self) -> None:
        if self.newer_template is None:
            return
        self.save_now()
        try:
            moved, dropped = move_to_template(
                self.db, self.review.id, self.profile.user_id, self.template, self.newer_template
            )
        except StoreError as exc:
            self.problems.setText(error_text(exc))
            return
        text = fill(self.tr("Svarene er flyttet til version %1."), self.newer_template.version)
        if dropped:
            text += " " + fill(
                self.tr("Udfyld disse igen: %1"), ", ".join(domain(label) for label in dropped)
            )
        QMessageBox.information(self, self.tr("Ny skabelon"), text)
        self.status_changed.emit()
        self.replaced.emit(moved)  # opened and wired by whoever opened this window
        self.close()

    def make_correction(self) -> None:
        """Ask why (required), then start the correction (`_start_correction`)."""

        dialog = CorrectionReasonDialog(self.review.version, self)
        dialog.accepted.connect(lambda: self._start_correction(dialog.text()))
        self.correction_dialog = dialog
        dialog.open()

    def _start_correction(self, reason: str) -> None:
        """A new version of this signed review, opened by whoever opened this one (the same
        wiring: signing, co-reviewer names, the queue row, claims)."""
        if not self._edit_started:
            self._edit_started = True
            self.first_edit.emit()
            if self._refused:
                return
        try:
            new = start_correction(self.db, self.review.id, self.profile.user_id, reason)
        except StoreError as exc:
            self.problems.setText(error_text(exc))
            return
        self._other_changes = True
        QMessageBox.information(
            self,
            self.tr("Rettelse"),
            fill(
                self.tr(
                    "Version %1 er oprettet og åbnes nu. Den henviser til den underskrevne version."
                ),
                str(new.version),
            ),
        )
        self.status_changed.emit()
        self.correction_started.emit(new)
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        try:
            self.save_now()
        except StorageError as exc:  # the answers are still here: closing would lose them
            if not close_without_saving(self, exc):
                self.problems.setText(not_saved_text(exc))
                event.ignore()
                return
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Udsat Desktop"), error_text(exc))
        self._closed = True
        settings = QSettings()
        settings.remove(OPEN_REVIEW_KEY)
        settings.sync()
        self.closing.emit(self.changed_in_session())
        super().closeEvent(event)
