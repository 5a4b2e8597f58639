"""The review form's next-steps page: the case's next steps in a table, a form to add or
edit one, and marking one done or cancelled (each change logged in the store)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from udsat_desktop.core.checklist.model import Section
from udsat_desktop.core.consent import (
    StepOrganisation,
    StepStatus,
)
from udsat_desktop.core.danish import ValueProblem, parse_date
from udsat_desktop.store.errors import StoreError
from udsat_desktop.store.reviews.next_steps import (
    add_next_step,
    next_steps_of_case,
    set_step_status,
    update_next_step,
)
from udsat_desktop.ui.common import theme
from udsat_desktop.ui.common.confirm import ask, confirm_past
from udsat_desktop.ui.common.i18n import date_hint, domain, error_text, fill, fmt_date, localize
from udsat_desktop.ui.review.review_host import ReviewHost
from udsat_desktop.ui.review.review_pages import add_section_header


class NextStepsPage(QWidget):
    changed = Signal()

    def __init__(self, window: ReviewHost, section: Section) -> None:
        super().__init__()
        self.owner = window
        self.section = section
        layout = QVBoxLayout(self)
        add_section_header(layout, section)
        self.table = QTableWidget(0, 6)
        self.table.setToolTip(
            self.tr("Sagens næste skridt; vælg et for at markere det udført eller annullere det")
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Type"),
                self.tr("Ansvarlig"),
                self.tr("Person"),
                self.tr("Frist"),
                self.tr("Status"),
                self.tr("Bemærkning"),
            ]
        )
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
        edit.setToolTip(
            self.tr("Ret type, ansvarlig, person, frist eller bemærkning for det valgte skridt")
        )
        done.clicked.connect(lambda: self.set_status(StepStatus.DONE))
        cancel.clicked.connect(lambda: self.set_status(StepStatus.CANCELLED))
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
        for widget, name in (
            (self.type, self.tr("Type")),
            (self.org, self.tr("Ansvarlig organisation")),
            (self.person, self.tr("Ansvarlig person")),
            (self.deadline, self.tr("Frist")),
            (self.note, self.tr("Bemærkning")),
        ):
            widget.setAccessibleName(fill(self.tr("Nyt skridt: %1"), name))
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
                status = fill(self.tr("%1 (overskredet)"), status)
            values = [
                domain(step.type_label),
                domain(StepOrganisation(step.organisation).label),
                step.person or "",
                fmt_date(step.deadline),
                status,
                localize(step.consent_flag) if step.consent_flag else step.note or "",
            ]
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
        is_open = step is not None and step.status == StepStatus.OPEN.value
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
        if (
            deadline is not None
            and deadline < dt.date.today()
            and not confirm_past(
                self,
                self.tr("Næste skridt"),
                fill(
                    self.tr("Fristen %1 er allerede overskredet. Brug den alligevel?"),
                    fmt_date(deadline),
                ),
            )
        ):
            self.deadline.setFocus()
            return None
        return (str(self.type.currentData()), StepOrganisation(self.org.currentData()), deadline)

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
            add_next_step(
                self.owner.db,
                self.owner.review.case_id,
                step_type,
                organisation,
                self.owner.profile.user_id,
                person=self.person.text(),
                deadline=deadline,
                note=self.note.text(),
                review_id=self.owner.review.id,
                library=self.owner.library,
            )
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
            update_next_step(
                self.owner.db,
                self.editing,
                self.owner.profile.user_id,
                step_type=step_type,
                organisation=organisation,
                person=self.person.text(),
                deadline=deadline,
                note=self.note.text(),
                library=self.owner.library,
            )
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
        if status is StepStatus.CANCELLED and not ask(
            self,
            self.tr("Annullér skridt"),
            fill(
                self.tr(
                    "Annullér skridtet »%1«? Det står derefter som annulleret og kan ikke genåbnes."
                ),
                domain(step.type_label),
            ),
        ):
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
