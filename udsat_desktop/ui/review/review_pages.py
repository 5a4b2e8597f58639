"""The review form's pages: a section's fields (with completeness markers and inline
validation) and the consents of the case, one row per purpose."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from udsat_desktop.core.checklist.answers import field_problems as core_field_problems
from udsat_desktop.core.checklist.model import Section
from udsat_desktop.core.consent import (
    ConsentForm,
    ConsentStatus,
)
from udsat_desktop.core.danish import ValueProblem, one_or_many, parse_date
from udsat_desktop.core.vocabulary import ConsentPurpose, MergedVocabulary, OnRefusal
from udsat_desktop.store.errors import StoreError
from udsat_desktop.store.reviews import (
    consent_history,
    record_consent,
)
from udsat_desktop.ui.common import theme, wheel_guard
from udsat_desktop.ui.common.i18n import date_hint, domain, error_text, fill, fmt_date, translate
from udsat_desktop.ui.review.field_editors import FieldEditor, make_editor
from udsat_desktop.ui.review.review_host import ReviewHost


def wrapped_label(text: str) -> QLabel:
    """A label that wraps instead of widening the window (long consent and flow names)."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setMinimumWidth(label.fontMetrics().horizontalAdvance("m") * 24)
    return label


def add_section_header(layout: QVBoxLayout, section: Section) -> None:
    title = QLabel(domain(section.title))
    title.setStyleSheet("font-size: 14pt; font-weight: 600;")
    title.setAccessibleName(fill(translate("ReviewWindow", "Afsnit: %1"), domain(section.title)))
    layout.addWidget(title)
    if section.intro:
        intro = QLabel(domain(section.intro))
        intro.setWordWrap(True)
        layout.addWidget(intro)


class FieldsPage(QScrollArea):
    """A section's fields. The editors are made when the page is first shown or asked for
    (`editors`): a review window opens with only its current page built, and a page the user
    never visits costs nothing. Until then the page holds the answers it was given, and its
    fields' values are those answers (it reports no values of its own)."""

    changed = Signal(str)
    made = Signal()  # the editors now exist (their values are the answers as opened)

    def __init__(self, section: Section, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section = section
        self.setWidgetResizable(True)
        self._editors: dict[str, FieldEditor] | None = None
        self._answers: dict[str, Any] = {}
        self._shown: tuple[dict[str, Any], bool] | None = None  # the last refresh's arguments
        self._read_only = False
        self._note: QLabel | None = None  # why a decision section is empty, when it is

    @property
    def built(self) -> bool:
        return self._editors is not None

    @property
    def editors(self) -> dict[str, FieldEditor]:
        """The page's field editors, made on first use."""
        if self._editors is None:
            self._editors = self._build()
            self.made.emit()
        return self._editors

    def _build(self) -> dict[str, FieldEditor]:
        body = QWidget()
        layout = QVBoxLayout(body)
        add_section_header(layout, self.section)
        decision = self.section.decision
        if decision is not None and decision.not_applicable:
            # a decision section whose answers lead to no decision: say why it is empty
            self._note = wrapped_label(domain(decision.not_applicable))
            self._note.setObjectName("notApplicable")
            self._note.setStyleSheet(theme.muted_style())
            layout.addWidget(self._note)
        editors: dict[str, FieldEditor] = {}
        for fld in self.section.fields:
            editor = make_editor(fld)
            editor.set_value(self._answers.get(fld.id))
            editor.changed.connect(self.changed)
            editors[fld.id] = editor
            layout.addWidget(editor)
        layout.addStretch(1)
        self.setWidget(body)
        wheel_guard.guard(body)  # scrolling over a drop-down never changes it
        if self._read_only:
            for editor in editors.values():
                editor.set_read_only(True)
        if self._shown is not None:
            self._refresh(editors, *self._shown)
            self._show_note(self._shown[0])
        return editors

    def _show_note(self, answers: dict[str, Any]) -> None:
        if self._note is not None:
            self._note.setVisible(not self.section.applies(answers))

    def values(self) -> dict[str, Any]:
        if self._editors is None:
            return {}  # never shown: nothing changed here
        return {fid: e.value() for fid, e in self._editors.items()}

    def load(self, answers: dict[str, Any]) -> None:
        self._answers = dict(answers)
        for fid, editor in (self._editors or {}).items():
            editor.set_value(answers.get(fid))

    def refresh(self, answers: dict[str, Any], show_all: bool) -> None:
        self._shown = (answers, show_all)
        if self._editors is not None:
            self._refresh(self._editors, answers, show_all)
            self._show_note(answers)

    @staticmethod
    def _refresh(editors: dict[str, FieldEditor], answers: dict[str, Any], show_all: bool) -> None:
        for fid, editor in editors.items():
            fld = editor.field
            editor.setVisible(fld.visible(answers))
            editor.set_required(fld.is_required(answers))
            problems = (
                core_field_problems(fld, answers.get(fid), answers)
                if (editor.touched or show_all)
                else []
            )
            if editor.input_problem() is None and not (editor.touched or show_all):
                problems = []
            editor.show_problems(problems)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for editor in (self._editors or {}).values():
            editor.set_read_only(read_only)


def _note_required(purpose: ConsentPurpose) -> bool:
    return purpose.on_refusal is not None and purpose.on_refusal.note_required


class ConsentPage(QWidget):
    """One row per purpose: status, written/oral, date, expiry, and a button to record it."""

    recorded = Signal()

    # Complexity (C901): lays out a section's optional parts (vocabulary, roles, repeating groups)
    # in order.
    def __init__(self, window: ReviewHost, section: Section) -> None:  # noqa: C901
        super().__init__()
        self.owner = window
        self.section = section
        layout = QVBoxLayout(self)
        add_section_header(layout, section)
        grid = QGridLayout()
        for col, head in enumerate(
            (
                self.tr("Formål (modtager)"),
                self.tr("Status"),
                self.tr("Form"),
                self.tr("Dato"),
                self.tr("Udløber"),
                self.tr("Note"),
                "",
            )
        ):
            label = QLabel(head)
            label.setStyleSheet("font-weight: 600;")
            grid.addWidget(label, 0, col)
        self.rows: dict[str, dict[str, Any]] = {}
        self._outcomes: dict[str, tuple[QLabel, OnRefusal | None]] = {}
        vocab = MergedVocabulary(
            [window.template.vocabulary, *window.library.merged().newest_first]
        )
        r = 0
        # information flows resting on a legal basis need no consent: shown, not recorded
        for flow in window.template.vocabulary.information_flows:
            if flow.id not in section.information_flows or not flow.needs.legal_basis:
                continue
            basis = window.template.vocabulary.legal_basis(flow.needs.legal_basis)
            r += 1
            text = fill(self.tr("%1 (%2)"), domain(flow.label), domain(flow.recipient))
            grid.addWidget(wrapped_label(text), r, 0)
            basis_text = domain(basis.label) if basis else flow.needs.legal_basis
            if basis and basis.reference:
                basis_text += f" ({domain(basis.reference)})"
            hjemmel = QLabel(fill(self.tr("Hjemmel: %1 – kræver ikke samtykke"), basis_text))
            hjemmel.setWordWrap(True)
            grid.addWidget(hjemmel, r, 1, 1, 6)
        for purpose_id in section.consent_purposes:
            purpose = vocab.consent(purpose_id)
            if purpose is None:
                continue
            r += 1
            status = QComboBox()
            status.addItem(self.tr("— ikke registreret —"), None)
            for st in ConsentStatus:
                status.addItem(domain(st.label), st.value)
            form = QComboBox()
            for fm in ConsentForm:
                form.addItem(domain(fm.label), fm.value)
            if purpose.written_required:
                form.setCurrentIndex(form.findData(ConsentForm.WRITTEN.value))
            given = QLineEdit(fmt_date(dt.date.today()))
            given.setPlaceholderText(date_hint())
            expires = QLineEdit()
            expires.setPlaceholderText(self.tr("valgfri"))
            for date_edit in (given, expires):  # room for "dd.mm.åååå"
                date_edit.setMinimumWidth(
                    date_edit.fontMetrics().horizontalAdvance("00.00.00000") + 16
                )
            note = QLineEdit()
            note.setPlaceholderText(
                self.tr("kræves ved afslag") if _note_required(purpose) else self.tr("valgfri")
            )
            button = QPushButton(self.tr("Registrér"))
            purpose_name = domain(purpose.label)
            if purpose.reference:
                purpose_name = fill(self.tr("%1 (%2)"), purpose_name, domain(purpose.reference))
            text = fill(self.tr("%1 (%2)"), purpose_name, domain(purpose.recipient))
            if purpose.written_required:
                text = fill(self.tr("%1 – skriftligt"), text)
            grid.addWidget(wrapped_label(text), r, 0)
            for col, widget, name in (
                (1, status, self.tr("status")),
                (2, form, self.tr("form")),
                (3, given, self.tr("dato")),
                (4, expires, self.tr("udløbsdato")),
                (5, note, self.tr("note")),
                (6, button, self.tr("registrér")),
            ):
                widget.setAccessibleName(fill(self.tr("Samtykke %1: %2"), purpose_name, name))
                widget.setToolTip(fill(self.tr("%1: %2"), purpose_name, name))
                grid.addWidget(widget, r, col)
            button.clicked.connect(lambda _=False, p=purpose_id: self.record(p))
            # what follows a refusal, in the template's words: shown when it is chosen
            outcome = wrapped_label("")
            outcome.setVisible(False)
            if purpose.on_refusal is not None:
                r += 1
                grid.addWidget(outcome, r, 0, 1, 7)
                status.currentIndexChanged.connect(lambda _=0, p=purpose_id: self._show_outcome(p))
            self.rows[purpose_id] = {
                "status": status,
                "form": form,
                "given": given,
                "expires": expires,
                "note": note,
                "button": button,
            }
            self._outcomes[purpose_id] = (outcome, purpose.on_refusal)
        layout.addLayout(grid)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self._recorded: set[str] = set()
        self._vocab = vocab

    def load(self) -> None:
        latest = {
            rec.purpose: rec for rec in consent_history(self.owner.db, self.owner.review.case_id)
        }
        self._recorded = set(latest) & set(self.rows)
        for purpose, row in self.rows.items():
            rec = latest.get(purpose)
            if rec is None:
                continue
            row["status"].setCurrentIndex(row["status"].findData(rec.status.value))
            row["form"].setCurrentIndex(row["form"].findData(rec.form.value))
            row["given"].setText(fmt_date(rec.given_on))
            row["expires"].setText(fmt_date(rec.expires))
            row["note"].setText(rec.note or "")
            self._show_outcome(purpose)

    def _show_outcome(self, purpose: str) -> None:
        label, on_refusal = self._outcomes[purpose]
        status = self.rows[purpose]["status"].currentData()
        refused = status is not None and status != ConsentStatus.GIVEN.value
        if on_refusal is None or not refused:
            label.setVisible(False)
            return
        text = fill(self.tr("Følge af afslaget: %1"), domain(on_refusal.full_outcome))
        if on_refusal.note_required:
            text += " " + self.tr("Skriv i noten, hvad det betyder for sagen.")
        label.setText(text)
        label.setVisible(True)

    def recorded_count(self) -> int:
        """Known since `load` and kept by `record`: asked on every keystroke, never the DB."""
        return len(self._recorded)

    def record(self, purpose: str) -> None:
        row = self.rows[purpose]
        status = row["status"].currentData()
        if status is None:
            self._say(self.tr("Vælg status (givet, afvist eller tilbagekaldt) først."), error=True)
            return
        if not self.owner.begin_edit():
            return
        self.owner.note_other_change()
        try:
            given = parse_date(row["given"].text()) or dt.date.today()
            expires = parse_date(row["expires"].text())
            flagged = record_consent(
                self.owner.db,
                self.owner.review.case_id,
                purpose,
                ConsentStatus(status),
                given,
                ConsentForm(row["form"].currentData()),
                self.owner.profile.user_id,
                expires=expires,
                note=row["note"].text(),
                library=self.owner.library,
                template=self.owner.template,
            )
        except (ValueProblem, StoreError) as exc:
            self._say(error_text(exc), error=True)
            return
        self._recorded.add(purpose)
        message = fill(
            self.tr("Samtykke registreret: %1 – %2."),
            domain(self._vocab.consent_label(purpose)),
            domain(ConsentStatus(status).label),
        )
        on_refusal = self._outcomes[purpose][1]
        if on_refusal is not None and status != ConsentStatus.GIVEN.value:
            message += " " + fill(self.tr("Følge af afslaget: %1"), domain(on_refusal.full_outcome))
        if flagged:
            flagged_text = one_or_many(
                len(flagged),
                self.tr("%1 åbent næste skridt afhænger af det og er markeret."),
                self.tr("%1 åbne næste skridt afhænger af det og er markeret."),
            )
            message += " " + fill(flagged_text, str(len(flagged)))
        self._say(message, error=bool(flagged))
        self.recorded.emit()

    def _say(self, text: str, *, error: bool) -> None:
        self.message.setStyleSheet(theme.error_style() if error else theme.ok_style())
        self.message.setText(text)

    def set_read_only(self, read_only: bool) -> None:
        for row in self.rows.values():
            for widget in row.values():
                widget.setEnabled(not read_only)
