"""The review screen: the form built from the review's own template version, section by
section, with completeness markers, inline validation, consents, next steps and autosave."""

from __future__ import annotations

import copy
import datetime as dt
import html
import logging
import time
from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from udsat_desktop.core.checklist import Section, Template, TemplateLibrary, completeness
from udsat_desktop.core.checklist import field_problems as core_field_problems
from udsat_desktop.core.consent import (
    ConsentForm,
    ConsentStatus,
    StepOrganisation,
    StepStatus,
)
from udsat_desktop.core.danish import ValueProblem, parse_date
from udsat_desktop.core.vocabulary import MergedVocabulary
from udsat_desktop.store.db import Database, StoreError
from udsat_desktop.store.queue import Profile, get_case
from udsat_desktop.store.reviews import (
    REVIEW_STATUS_LABELS,
    ReviewState,
    add_next_step,
    consent_history,
    get_review,
    mark_ready,
    move_to_template,
    next_steps_of_case,
    readiness_problems,
    record_consent,
    save_review,
    set_step_status,
    start_correction,
    update_next_step,
)
from udsat_desktop.ui import theme, wheel_guard
from udsat_desktop.ui.confirm import ask, confirm_past
from udsat_desktop.ui.field_editors import FieldEditor, make_editor
from udsat_desktop.ui.i18n import (
    QT_TRANSLATE_NOOP,
    date_hint,
    domain,
    error_text,
    fmt_date,
    fmt_time,
    localize,
    translate,
)
from udsat_desktop.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

AUTOSAVE_MS = 400  # first unsaved edit -> saved within this plus the write (< 1 s)
OPEN_REVIEW_KEY = "review/open"


def wrapped_label(text: str) -> QLabel:
    """A label that wraps instead of widening the window (long consent and flow names)."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setMinimumWidth(label.fontMetrics().horizontalAdvance("m") * 24)
    return label


def add_section_header(layout: QVBoxLayout, section: Section) -> None:
    title = QLabel(domain(section.title))
    title.setStyleSheet("font-size: 14pt; font-weight: 600;")
    title.setAccessibleName(translate("ReviewWindow", "Afsnit: %1").replace(
        "%1", domain(section.title)))
    layout.addWidget(title)
    if section.intro:
        intro = QLabel(domain(section.intro))
        intro.setWordWrap(True)
        layout.addWidget(intro)


class FieldsPage(QScrollArea):
    changed = Signal(str)

    def __init__(self, section: Section, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section = section
        self.setWidgetResizable(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        add_section_header(layout, section)
        self.editors: dict[str, FieldEditor] = {}
        for fld in section.fields:
            editor = make_editor(fld)
            editor.changed.connect(self.changed)
            self.editors[fld.id] = editor
            layout.addWidget(editor)
        layout.addStretch(1)
        self.setWidget(body)

    def values(self) -> dict[str, Any]:
        return {fid: e.value() for fid, e in self.editors.items()}

    def load(self, answers: dict[str, Any]) -> None:
        for fid, editor in self.editors.items():
            editor.set_value(answers.get(fid))

    def refresh(self, answers: dict[str, Any], show_all: bool) -> None:
        for fid, editor in self.editors.items():
            fld = editor.field
            editor.setVisible(fld.visible(answers))
            editor.set_required(fld.is_required(answers))
            problems = core_field_problems(fld, answers.get(fid), answers) \
                if (editor.touched or show_all) else []
            if editor.input_problem() is None and not (editor.touched or show_all):
                problems = []
            editor.show_problems(problems)

    def set_read_only(self, read_only: bool) -> None:
        for editor in self.editors.values():
            editor.set_read_only(read_only)


class ConsentPage(QWidget):
    """One row per purpose: status, written/oral, date, expiry, and a button to record it."""

    recorded = Signal()

    def __init__(self, window: ReviewWindow, section: Section) -> None:
        super().__init__()
        self.owner = window
        self.section = section
        layout = QVBoxLayout(self)
        add_section_header(layout, section)
        grid = QGridLayout()
        for col, head in enumerate((self.tr("Formål (modtager)"), self.tr("Status"),
                                    self.tr("Form"), self.tr("Dato"), self.tr("Udløber"), "")):
            label = QLabel(head)
            label.setStyleSheet("font-weight: 600;")
            grid.addWidget(label, 0, col)
        self.rows: dict[str, dict[str, Any]] = {}
        vocab = MergedVocabulary([window.template.vocabulary,
                                  *window.library.merged().newest_first])
        r = 0
        # information flows resting on a legal basis need no consent: shown, not recorded
        for flow in window.template.vocabulary.information_flows:
            if flow.id not in section.information_flows or not flow.needs.legal_basis:
                continue
            basis = window.template.vocabulary.legal_basis(flow.needs.legal_basis)
            r += 1
            text = self.tr("%1 (%2)").replace("%1", domain(flow.label)).replace(
                "%2", domain(flow.recipient))
            grid.addWidget(wrapped_label(text), r, 0)
            basis_text = domain(basis.label) if basis else flow.needs.legal_basis
            if basis and basis.reference:
                basis_text += f" ({domain(basis.reference)})"
            hjemmel = QLabel(self.tr("Hjemmel: %1 – kræver ikke samtykke").replace(
                "%1", basis_text))
            hjemmel.setWordWrap(True)
            grid.addWidget(hjemmel, r, 1, 1, 5)
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
                form.setCurrentIndex(form.findData(ConsentForm.SKRIFTLIG.value))
            given = QLineEdit(fmt_date(dt.date.today()))
            given.setPlaceholderText(date_hint())
            expires = QLineEdit()
            expires.setPlaceholderText(self.tr("valgfri"))
            for date_edit in (given, expires):  # room for "dd.mm.åååå"
                date_edit.setMinimumWidth(date_edit.fontMetrics().horizontalAdvance(
                    "00.00.00000") + 16)
            button = QPushButton(self.tr("Registrér"))
            purpose_name = domain(purpose.label)
            if purpose.reference:
                purpose_name = self.tr("%1 (%2)").replace("%1", purpose_name).replace(
                    "%2", domain(purpose.reference))
            text = self.tr("%1 (%2)").replace("%1", purpose_name).replace(
                "%2", domain(purpose.recipient))
            if purpose.written_required:
                text = self.tr("%1 – skriftligt").replace("%1", text)
            grid.addWidget(wrapped_label(text), r, 0)
            for col, widget, name in ((1, status, self.tr("status")), (2, form, self.tr("form")),
                                      (3, given, self.tr("dato")),
                                      (4, expires, self.tr("udløbsdato")),
                                      (5, button, self.tr("registrér"))):
                widget.setAccessibleName(self.tr("Samtykke %1: %2").replace("%1", purpose_name)
                                         .replace("%2", name))
                widget.setToolTip(self.tr("%1: %2").replace("%1", purpose_name)
                                  .replace("%2", name))
                grid.addWidget(widget, r, col)
            button.clicked.connect(lambda _=False, p=purpose_id: self.record(p))
            self.rows[purpose_id] = {"status": status, "form": form, "given": given,
                                  "expires": expires, "button": button}
        layout.addLayout(grid)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self._recorded: set[str] = set()
        self._vocab = vocab

    def load(self) -> None:
        latest = {rec.purpose: rec for rec in consent_history(self.owner.db,
                                                              self.owner.review.case_id)}
        self._recorded = set(latest) & set(self.rows)
        for purpose, row in self.rows.items():
            rec = latest.get(purpose)
            if rec is None:
                continue
            row["status"].setCurrentIndex(row["status"].findData(rec.status.value))
            row["form"].setCurrentIndex(row["form"].findData(rec.form.value))
            row["given"].setText(fmt_date(rec.given_on))
            row["expires"].setText(fmt_date(rec.expires))

    def recorded_count(self) -> int:
        """Known since `load` and kept by `record`: asked on every keystroke, never the DB."""
        return len(self._recorded)

    def record(self, purpose: str) -> None:
        row = self.rows[purpose]
        status = row["status"].currentData()
        if status is None:
            self._say(self.tr("Vælg status (givet, afvist eller tilbagekaldt) først."),
                      error=True)
            return
        if not self.owner.begin_edit():
            return
        self.owner.note_other_change()
        try:
            given = parse_date(row["given"].text()) or dt.date.today()
            expires = parse_date(row["expires"].text())
            flagged = record_consent(self.owner.db, self.owner.review.case_id, purpose,
                                     ConsentStatus(status), given,
                                     ConsentForm(row["form"].currentData()),
                                     self.owner.profile.user_id, expires=expires,
                                     library=self.owner.library)
        except (ValueProblem, StoreError) as exc:
            self._say(error_text(exc), error=True)
            return
        self._recorded.add(purpose)
        message = self.tr("Samtykke registreret: %1 – %2.").replace(
            "%1", domain(self._vocab.consent_label(purpose))).replace(
            "%2", domain(ConsentStatus(status).label))
        if flagged:
            message += " " + self.tr("%n åbne næste skridt afhænger af det og er markeret.", "",
                                     len(flagged))
        self._say(message, error=bool(flagged))
        self.recorded.emit()

    def _say(self, text: str, *, error: bool) -> None:
        self.message.setStyleSheet(theme.error_style() if error else theme.ok_style())
        self.message.setText(text)

    def set_read_only(self, read_only: bool) -> None:
        for row in self.rows.values():
            for widget in row.values():
                widget.setEnabled(not read_only)


class NextStepsPage(QWidget):
    changed = Signal()

    def __init__(self, window: ReviewWindow, section: Section) -> None:
        super().__init__()
        self.owner = window
        self.section = section
        layout = QVBoxLayout(self)
        add_section_header(layout, section)
        self.table = QTableWidget(0, 6)
        self.table.setToolTip(self.tr("Sagens næste skridt; vælg et for at markere det udført "
                                      "eller annullere det"))
        self.table.setHorizontalHeaderLabels([self.tr("Type"), self.tr("Ansvarlig"),
                                              self.tr("Person"), self.tr("Frist"),
                                              self.tr("Status"), self.tr("Bemærkning")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAccessibleName(self.tr("Næste skridt"))
        self.table.verticalHeader().hide()
        layout.addWidget(self.table, 1)
        done = QPushButton(self.tr("Markér u&dført"))
        done.setToolTip(self.tr("Markér det valgte næste skridt som udført"))
        cancel = QPushButton(self.tr("&Annullér skridt"))
        cancel.setToolTip(self.tr("Annullér det valgte næste skridt"))
        edit = QPushButton(self.tr("R&et skridt"))
        edit.setToolTip(self.tr("Ret type, ansvarlig, person, frist eller bemærkning for det "
                                "valgte skridt"))
        done.clicked.connect(lambda: self.set_status(StepStatus.UDFOERT))
        cancel.clicked.connect(lambda: self.set_status(StepStatus.ANNULLERET))
        edit.clicked.connect(self.begin_edit)
        self.done_button, self.cancel_button, self.edit_button = done, cancel, edit
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self._read_only = False
        self.editing: int | None = None  # the id of the step being edited
        row = QHBoxLayout()
        row.addWidget(done)
        row.addWidget(cancel)
        row.addWidget(edit)
        row.addStretch(1)
        layout.addLayout(row)
        form = QFormLayout()
        self.type = QComboBox()
        # the step types of the review's template valid on the review's day
        for step in window.template.vocabulary.step_types_on(window.review.review_date):
            self.type.addItem(domain(step.full_label), step.id)
        self.org = QComboBox()
        for org in StepOrganisation:
            self.org.addItem(domain(org.label), org.value)
        self.person = QLineEdit()
        self.deadline = QLineEdit()
        self.deadline.setPlaceholderText(date_hint())
        self.note = QLineEdit()
        for widget, name in ((self.type, self.tr("Type")),
                             (self.org, self.tr("Ansvarlig organisation")),
                             (self.person, self.tr("Ansvarlig person")),
                             (self.deadline, self.tr("Frist")),
                             (self.note, self.tr("Bemærkning"))):
            widget.setAccessibleName(self.tr("Nyt skridt: %1").replace("%1", name))
            widget.setToolTip(name)
        form.addRow(self.tr("&Type"), self.type)
        form.addRow(self.tr("&Organisation"), self.org)
        form.addRow(self.tr("&Person"), self.person)
        form.addRow(self.tr("Fr&ist"), self.deadline)
        form.addRow(self.tr("&Bemærkning"), self.note)
        layout.addLayout(form)
        self.add = QPushButton(self.tr("Tilføj næste &skridt"))
        self.add.setToolTip(self.tr("Opret skridtet med type, ansvarlig, person og frist"))
        self.add.clicked.connect(self.add_step)
        self.stop_edit = QPushButton(self.tr("Fortr&yd rettelse"))
        self.stop_edit.setToolTip(self.tr("Ret ikke skridtet alligevel"))
        self.stop_edit.clicked.connect(self.end_edit)
        self.stop_edit.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add)
        buttons.addWidget(self.stop_edit)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(theme.error_style())
        layout.addWidget(self.message)
        self.steps: list[Any] = []

    def load(self) -> None:
        self.steps = next_steps_of_case(self.owner.db, self.owner.review.case_id)
        today = dt.date.today()
        self.table.setRowCount(len(self.steps))
        for r, step in enumerate(self.steps):
            status = domain(StepStatus(step.status).label)
            if step.overdue(today):
                status = self.tr("%1 (overskredet)").replace("%1", status)
            values = [domain(step.type_label), domain(StepOrganisation(step.organisation).label),
                      step.person or "", fmt_date(step.deadline), status,
                      localize(step.consent_flag) if step.consent_flag else step.note or ""]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c == 5 and step.consent_flag:
                    item.setForeground(theme.error_color())
                self.table.setItem(r, c, item)
        self._selection_changed()

    def selected_step(self) -> Any | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or not 0 <= rows[0].row() < len(self.steps):
            return None
        return self.steps[rows[0].row()]

    def _selection_changed(self) -> None:
        """The buttons that act on a step are enabled only while one is selected (and open,
        for cancelling and editing)."""
        step = self.selected_step()
        is_open = step is not None and step.status == StepStatus.AABEN.value
        writable = not self._read_only
        self.done_button.setEnabled(writable and is_open)
        self.cancel_button.setEnabled(writable and is_open)
        self.edit_button.setEnabled(writable and is_open and self.editing is None)

    def _form_values(self) -> tuple[str, StepOrganisation, dt.date | None] | None:
        try:
            deadline = parse_date(self.deadline.text())
        except ValueProblem as exc:
            self.message.setText(error_text(exc))
            self.deadline.setFocus()
            return None
        if deadline is not None and deadline < dt.date.today() and not confirm_past(
                self, self.tr("Næste skridt"),
                self.tr("Fristen %1 er allerede overskredet. Brug den alligevel?")
                .replace("%1", fmt_date(deadline))):
            self.deadline.setFocus()
            return None
        return (str(self.type.currentData()),
                StepOrganisation(self.org.currentData()), deadline)

    def add_step(self) -> None:
        if self.editing is not None:
            self.save_edit()
            return
        values = self._form_values()
        if values is None:
            return
        if not self.owner.begin_edit():  # the first change claims the case
            return
        self.owner.note_other_change()
        step_type, organisation, deadline = values
        try:
            add_next_step(self.owner.db, self.owner.review.case_id, step_type, organisation,
                          self.owner.profile.user_id, person=self.person.text(),
                          deadline=deadline, note=self.note.text(),
                          review_id=self.owner.review.id, library=self.owner.library)
        except (ValueProblem, StoreError) as exc:
            self.message.setText(error_text(exc))
            return
        self._clear_form()
        self.load()
        self.changed.emit()

    def _clear_form(self) -> None:
        self.message.clear()
        self.person.clear()
        self.deadline.clear()
        self.note.clear()

    def begin_edit(self) -> None:
        """Load the selected step into the form below; *Gem rettelse* stores the change."""
        step = self.selected_step()
        if step is None:
            return
        self.editing = step.id
        self.type.setCurrentIndex(max(0, self.type.findData(step.type)))
        self.org.setCurrentIndex(max(0, self.org.findData(step.organisation)))
        self.person.setText(step.person or "")
        self.deadline.setText(fmt_date(step.deadline))
        self.note.setText(step.note or "")
        self.add.setText(self.tr("&Gem rettelse"))
        self.add.setToolTip(self.tr("Gem ændringerne i det valgte skridt (ændringen logges)"))
        self.stop_edit.show()
        self.message.clear()
        self._selection_changed()
        self.type.setFocus()

    def end_edit(self) -> None:
        self.editing = None
        self.add.setText(self.tr("Tilføj næste &skridt"))
        self.add.setToolTip(self.tr("Opret skridtet med type, ansvarlig, person og frist"))
        self.stop_edit.hide()
        self._clear_form()
        self._selection_changed()

    def save_edit(self) -> None:
        assert self.editing is not None
        values = self._form_values()
        if values is None:
            return
        if not self.owner.begin_edit():  # the first change claims the case
            return
        self.owner.note_other_change()
        step_type, organisation, deadline = values
        try:
            update_next_step(self.owner.db, self.editing, self.owner.profile.user_id,
                             step_type=step_type, organisation=organisation,
                             person=self.person.text(), deadline=deadline,
                             note=self.note.text(), library=self.owner.library)
        except (ValueProblem, StoreError) as exc:
            self.message.setText(error_text(exc))
            return
        self.end_edit()
        self.load()
        self.changed.emit()

    def set_status(self, status: StepStatus) -> None:
        step = self.selected_step()
        if step is None:
            self.message.setText(self.tr("Vælg et skridt i tabellen først."))
            return
        if status is StepStatus.ANNULLERET and not ask(
                self, self.tr("Annullér skridt"),
                self.tr("Annullér skridtet »%1«? Det står derefter som annulleret og kan "
                        "ikke genåbnes.").replace("%1", domain(step.type_label))):
            return
        if not self.owner.begin_edit():  # the first change claims the case
            return
        self.owner.note_other_change()
        set_step_status(self.owner.db, step.id, status, self.owner.profile.user_id)
        self.load()
        self.changed.emit()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for widget in (self.type, self.org, self.person, self.deadline, self.note, self.add):
            widget.setEnabled(not read_only)
        self._selection_changed()


TEXT_SIZE_KEY = "review/text_size_step"
REVIEW_SHORTCUTS = ((QT_TRANSLATE_NOOP("ReviewWindow", "Næste afsnit"), "Ctrl+PgDown"),
                    (QT_TRANSLATE_NOOP("ReviewWindow", "Forrige afsnit"), "Ctrl+PgUp"),
                    (QT_TRANSLATE_NOOP("ReviewWindow", "Gem nu"), "Ctrl+S"),
                    (QT_TRANSLATE_NOOP("ReviewWindow", "Større tekst i formularen"), "Ctrl++"),
                    (QT_TRANSLATE_NOOP("ReviewWindow", "Mindre tekst i formularen"), "Ctrl+-"),
                    (QT_TRANSLATE_NOOP("ReviewWindow", "Normal tekststørrelse"), "Ctrl+0"))


def _text_size_step() -> int:
    try:
        return int(str(QSettings().value(TEXT_SIZE_KEY, 0) or 0))
    except ValueError:
        return 0


def _shortcut_slots(window: Any) -> list[tuple[str, str, Any]]:
    slots = {"Ctrl+PgDown": lambda: window.step_section(1),
             "Ctrl+PgUp": lambda: window.step_section(-1), "Ctrl+S": window.save_now,
             "Ctrl++": lambda: window.zoom(1), "Ctrl+-": lambda: window.zoom(-1),
             "Ctrl+0": lambda: window.zoom(0)}
    return [(translate("ReviewWindow", text), keys, slots[keys])
            for text, keys in REVIEW_SHORTCUTS]


class ReviewWindow(QMainWindow):
    status_changed = Signal()
    sign_requested = Signal()
    saved = Signal(float)  # seconds the save took
    first_edit = Signal()  # the first change in this window (the case is claimed then)
    correction_started = Signal(object)  # the new version's ReviewState, to be opened
    closing = Signal(bool)  # whether anything changed while the window was open

    def __init__(self, db: Database, profile: Profile, library: TemplateLibrary,
                 review: ReviewState, reviewer_names: dict[str, str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.profile, self.library, self.review = db, profile, library, review
        self.template: Template = library.get(review.template_id, review.template_version)
        self.runner = TaskRunner(self, own_pool=True)  # Ctrl+S waits for this review's writes only
        self.answers: dict[str, Any] = copy.deepcopy(review.answers)
        self._dirty = False
        self._saving = False
        self._show_all = False
        self._last_save_seconds = 0.0
        self._closed = False  # results of saves still queued after close are ignored
        self._edit_started = False  # first_edit emitted
        self._refused = False  # the claim was refused: look only
        self._other_changes = False  # consents or next steps recorded here
        case = get_case(db, review.case_id)
        self.case_key = case.case_key if case else "?"
        # The title names the case key only: window titles reach task bars and screen shares.
        self.setWindowTitle(self.tr("Gennemgang %1 – Udsat Desktop").replace("%1", self.case_key))

        header = QLabel()
        header.setStyleSheet("font-size: 13pt;")
        header.setText(self.tr("<b>%1</b> · %2 · %3 v%4 · version %5")
                       .replace("%1", html.escape(case.name if case else ""))
                       .replace("%2", self.case_key)
                       .replace("%3", html.escape(domain(self.template.title)))
                       .replace("%4", self.template.version)
                       .replace("%5", str(review.version)))
        if review.replaces_review_id is not None:  # a correction says what it corrects
            replaced = get_review(db, review.replaces_review_id)
            header.setText(header.text() + " · " + self.tr("retter version %1").replace(
                "%1", str(replaced.version)))
        header.setAccessibleName(self.tr("Sag og skabelon"))
        self.status_label = QLabel()
        self.status_label.setAccessibleName(self.tr("Gennemgangens status"))
        self.co_reviewer = QComboBox()
        self.co_reviewer.setAccessibleName(self.tr("Medgennemgåer"))
        self.co_reviewer.setToolTip(self.tr("Gennemgåer fra den anden forvaltning "
                                            "(tværfaglighed)"))
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

        self.sections = QListWidget()
        self.sections.setAccessibleName(self.tr("Afsnit"))
        self.sections.setToolTip(self.tr("Afsnit (Ctrl+PgDown/PgUp skifter)"))
        self.stack = QStackedWidget()
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
            self.pages.append(page)
            self.stack.addWidget(page)
            self.sections.addItem(QListWidgetItem(domain(section.title)))
        self.sections.currentRowChanged.connect(self._go)
        widest = max(self.sections.fontMetrics().horizontalAdvance(
                     f"✓ {domain(s.title)} (99/99)")
                     for s in self.template.sections)
        self.sections.setMinimumWidth(widest + 24)  # titles and markers never cut off

        self.prev_button = QPushButton(self.tr("◀ &Forrige"))
        self.next_button = QPushButton(self.tr("&Næste ▶"))
        self.ready_button = QPushButton(self.tr("Markér &klar til underskrift"))
        self.correction_button = QPushButton(self.tr("Opret &rettelse (ny version)"))
        self.sign_button = QPushButton(self.tr("&Underskriv…"))
        self.sign_button.setToolTip(self.tr("Underskriv sammenfatningen digitalt (PAdES)"))
        self.sign_button.clicked.connect(self.sign_requested)
        self.save_label = QLabel()
        self.save_label.setAccessibleName(self.tr("Gemt"))
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(theme.error_style())
        self.missing = QListWidget()  # what stops "klar til underskrift"; a choice jumps there
        self.missing.setAccessibleName(self.tr("Mangler før underskrift"))
        self.missing.setToolTip(self.tr("Vælg en linje (klik eller Enter) for at gå til feltet"))
        self.missing.setMaximumHeight(140)
        self.missing.hide()
        self.missing.itemActivated.connect(self._jump_to_missing)
        self.missing.itemClicked.connect(self._jump_to_missing)
        # a law change since the review was started: say so, and offer to move the answers
        self.newer_template = None if review.locked else library.newer_than(
            self.template, dt.date.today())
        self.newer_label = QLabel()
        self.newer_label.setWordWrap(True)
        self.move_button = QPushButton(self.tr("&Flyt svarene til den nye skabelon"))
        self.move_button.setToolTip(self.tr("Flyt svarene til den skabelon, der gælder i dag"))
        self.move_button.clicked.connect(self.move_to_newer_template)
        if self.newer_template is not None:
            self.newer_label.setText(self.tr(
                "Gennemgangen er startet på skabelon %1 version %2. Fra %3 gælder version %4 "
                "(lovændring). Underskriver du nu, sker det efter den gamle version.")
                .replace("%1", domain(self.template.title)).replace("%2", self.template.version)
                .replace("%3", fmt_date(self.newer_template.valid_from))
                .replace("%4", self.newer_template.version))
        self.newer_label.setVisible(self.newer_template is not None)
        self.move_button.setVisible(self.newer_template is not None)
        self.prev_button.clicked.connect(lambda: self.step_section(-1))
        self.next_button.clicked.connect(lambda: self.step_section(1))
        self.ready_button.clicked.connect(self.try_ready)
        self.correction_button.clicked.connect(self.make_correction)
        for button, tip in ((self.prev_button, self.tr("Forrige afsnit (Ctrl+PgUp)")),
                            (self.next_button, self.tr("Næste afsnit (Ctrl+PgDown)")),
                            (self.ready_button, self.tr("Tjek og markér klar til underskrift")),
                            (self.correction_button, self.tr("Ret en underskrevet gennemgang"))):
            button.setToolTip(tip)

        top = QHBoxLayout()
        top.addWidget(header, 1)
        top.addWidget(QLabel(self.tr("Medgennemgåer:")))
        top.addWidget(self.co_reviewer)
        top.addWidget(self.status_label)
        bottom = QHBoxLayout()
        bottom.addWidget(self.prev_button)
        bottom.addWidget(self.next_button)
        bottom.addStretch(1)
        bottom.addWidget(self.save_label)
        bottom.addWidget(self.correction_button)
        bottom.addWidget(self.sign_button)
        bottom.addWidget(self.ready_button)
        splitter = QSplitter()
        splitter.addWidget(self.sections)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 4)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(top)
        newer = QHBoxLayout()
        newer.addWidget(self.newer_label, 1)
        newer.addWidget(self.move_button)
        layout.addLayout(newer)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.missing)
        layout.addLayout(bottom)
        self.setCentralWidget(central)
        self.resize(1200, 820)

        for text, keys, slot in _shortcut_slots(self):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(slot)
            self.addAction(action)

        self._apply_text_size(_text_size_step())

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self._autosave)
        self._apply_status()
        self._refresh_markers()
        start = max(0, [s.id for s in self.template.sections].index(review.current_section)
                    if review.current_section in [s.id for s in self.template.sections] else 0)
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

    # ------------------------------------------------------------------ navigation

    def _go(self, row: int) -> None:
        if 0 <= row < len(self.pages):
            self.stack.setCurrentIndex(row)
            self.prev_button.setEnabled(row > 0)
            self.next_button.setEnabled(row < len(self.pages) - 1)
            self._changed("__section__")

    def zoom(self, step: int) -> int:
        """Enlarge (1) or shrink (-1) the form's text, or reset it (0); remembered."""
        current = _text_size_step()
        new = 0 if step == 0 else max(-2, min(8, current + step))
        QSettings().setValue(TEXT_SIZE_KEY, new)
        self._apply_text_size(new)
        return new

    def _apply_text_size(self, step: int) -> None:
        font = self.stack.font()
        base = QApplication.font().pointSizeF()
        font.setPointSizeF(max(6.0, base * (1 + 0.12 * step)))
        self.stack.setFont(font)

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
            if isinstance(page, FieldsPage) and field_id in page.editors:
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
        self.co_reviewer.setEnabled(False)
        self.ready_button.setEnabled(False)
        self.problems.setText(self.tr("Kun visning: sagen gennemgås af en anden."))

    def note_other_change(self) -> None:
        self._other_changes = True

    def changed_in_session(self) -> bool:
        if not self._edit_started:
            return False
        return (self._other_changes or self.collect() != self._opening_answers
                or (self.co_reviewer.currentData() or "") != self._opening_co)

    def _changed(self, field_id: str) -> None:
        if self.review.locked or self._refused:
            return
        if field_id == "__section__" and not self.review.id:
            return  # a review not yet stored: reading through it stores nothing
        if field_id != "__section__" and not self._edit_started:
            self._edit_started = True
            self.first_edit.emit()
            if self._refused:
                return
        self.answers = self.collect()
        self._refresh_markers()
        self._dirty = True
        if not self._timer.isActive():
            self._timer.start()  # not restarted by later edits: saves even during typing

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
            item.setToolTip(self.tr("%1 af %2 påkrævede felter udfyldt").replace("%1", str(done))
                            .replace("%2", str(total)))

    def _snapshot(self) -> tuple[dict[str, Any], str, str | None, str]:
        return (copy.deepcopy(self.answers), self.current_section().id, self.focused_field(),
                self.co_reviewer.currentData() or "")

    def _autosave(self) -> None:
        if not self._dirty or self.review.locked:
            return
        if self._saving:
            self._timer.start()  # a save is under way; the next one follows it
            return
        answers, section, field, co = self._snapshot()
        self._dirty = False
        self._saving = True
        started = time.perf_counter()
        self.runner.start(save_review, self.db, self.review.id, answers,
                          self.profile.user_id, template=self.template, section=section,
                          field=field, co_reviewer=co,
                          on_done=lambda state: self._saved(state, started),
                          on_error=self._save_failed)

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
        if isinstance(exc, StoreError):
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
        answers, section, field, co = self._snapshot()
        self.review = save_review(self.db, self.review.id, answers, self.profile.user_id,
                                  template=self.template, section=section, field=field,
                                  co_reviewer=co)
        self._dirty = self._saving = False
        self._show_saved()

    def _show_saved(self) -> None:
        self.save_label.setText(self.tr("Gemt %1").replace(
            "%1", fmt_time(dt.datetime.now(), seconds=True)))

    @property
    def pending(self) -> bool:
        return self._dirty or self._saving or self.runner.busy

    # ------------------------------------------------------------------ status

    def _apply_status(self) -> None:
        locked = self.review.locked
        self.status_label.setText(domain(REVIEW_STATUS_LABELS.get(self.review.status, "")))
        for page in self.pages:
            page.set_read_only(locked)  # type: ignore[attr-defined]
        self.co_reviewer.setEnabled(not locked)
        self.ready_button.setVisible(not locked)
        self.correction_button.setVisible(locked)
        self.sign_button.setVisible(self.review.status == "klar")
        if locked:
            self.problems.setText(self.tr("Underskrevet – skrivebeskyttet. En rettelse bliver "
                                          "en ny version, der henviser til denne."))

    def try_ready(self) -> None:
        self.save_now()
        self._show_all = True
        self._refresh_markers()
        problems = mark_ready(self.db, self.review.id, self.profile.user_id, self.template) \
            if self.review.id else readiness_problems(self.db, self.review, self.template)
        if problems:
            self.problems.setText(self.tr("Kan ikke markeres klar. Vælg en linje for at gå "
                                          "dertil:"))
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
            for fid, editor in page.editors.items():
                fld = editor.field
                found = core_field_problems(fld, self.answers.get(fid), self.answers)
                if editor.input_problem():
                    found = [editor.input_problem() or "", *found]
                if not found:
                    continue
                text = self.tr("%1 › %2: %3").replace("%1", domain(section.title)).replace(
                    "%2", domain(fld.label)).replace("%3", localize(found[0]))
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
            item.setData(Qt.ItemDataRole.UserRole, ("section", target))
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
            moved, dropped = move_to_template(self.db, self.review.id, self.profile.user_id,
                                              self.template, self.newer_template)
        except StoreError as exc:
            self.problems.setText(error_text(exc))
            return
        text = self.tr("Svarene er flyttet til version %1.").replace(
            "%1", self.newer_template.version)
        if dropped:
            text += " " + self.tr("Udfyld disse igen: %1").replace(
                "%1", ", ".join(domain(label) for label in dropped))
        QMessageBox.information(self, self.tr("Ny skabelon"), text)
        self.status_changed.emit()
        self.replacement = ReviewWindow(self.db, self.profile, self.library, moved,
                                        parent=self.parentWidget())
        self.replacement.show()
        self.close()

    def make_correction(self) -> None:
        """A new version of this signed review, opened by whoever opened this one (the same
        wiring: signing, co-reviewer names, the queue row, claims)."""
        if not self._edit_started:
            self._edit_started = True
            self.first_edit.emit()
            if self._refused:
                return
        new = start_correction(self.db, self.review.id, self.profile.user_id)
        self._other_changes = True
        QMessageBox.information(self, self.tr("Rettelse"), self.tr(
            "Version %1 er oprettet og åbnes nu. Den henviser til den underskrevne version.")
            .replace("%1", str(new.version)))
        self.status_changed.emit()
        self.correction_started.emit(new)
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        try:
            self.save_now()
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Udsat Desktop"), error_text(exc))
        self._closed = True
        settings = QSettings()
        settings.remove(OPEN_REVIEW_KEY)
        settings.sync()
        self.closing.emit(self.changed_in_session())
        super().closeEvent(event)
