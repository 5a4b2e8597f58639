"""The meetings window's two dialogs: a new meeting of the forum (date, time, place,
slot length), and the team's recommendation for one case after the meeting."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from udsat_desktop.core import meetings as cm
from udsat_desktop.core.danish import ValueProblem, parse_date
from udsat_desktop.platform import checklists
from udsat_desktop.ui.common import theme, wheel_guard
from udsat_desktop.ui.common.confirm import confirm_past
from udsat_desktop.ui.common.i18n import date_hint, domain, error_text, fill, fmt_date


class NewMeetingDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        forum = checklists.forum_on(dt.date.today())  # its name is the template's
        self.setWindowTitle(
            fill(self.tr("Nyt møde i %1"), domain(forum.name))
            if forum is not None
            else self.tr("Nyt møde")
        )
        # typed like every other date in the program (03.12.2026, 3/12-26, 2026-12-03)
        self.date = QLineEdit(fmt_date(dt.date.today() + dt.timedelta(days=7)))
        self.date.setPlaceholderText(date_hint())
        self.date.setAccessibleName(self.tr("Mødedato"))
        self.date.setToolTip(fill(self.tr("Mødedato, fx %1"), date_hint()))
        self.date_error = QLabel()
        self.date_error.setStyleSheet(theme.error_style())
        self.date_error.setWordWrap(True)
        self.date_error.hide()
        self.time = QTimeEdit(QTime(9, 0))
        self.time.setDisplayFormat("HH:mm")
        self.time.setAccessibleName(self.tr("Starttid"))
        self.minutes = QSpinBox()
        self.minutes.setRange(5, 120)
        self.minutes.setValue(20)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Tid pr. sag"))
        self.place = QLineEdit(self.tr("Jobcenter København, Gammel Køge Landevej"))
        self.place.setMinimumWidth(  # the whole default place is readable, not cut off
            self.place.fontMetrics().horizontalAdvance(self.place.text()) + 24
        )
        self.place.setCursorPosition(0)
        self.place.setAccessibleName(self.tr("Sted"))
        form = QFormLayout()
        form.addRow(self.tr("&Dato:"), self.date)
        form.addRow("", self.date_error)
        form.addRow(self.tr("&Starttid:"), self.time)
        form.addRow(self.tr("&Tid pr. sag:"), self.minutes)
        form.addRow(self.tr("St&ed:"), self.place)
        self.people: dict[str, QLineEdit] = {}
        box = QGroupBox(self.tr("Deltagere"))
        people = QFormLayout(box)
        for role, source in checklists.participant_roles(dt.date.today()).items():
            label = domain(source)
            edit = QLineEdit()
            edit.setAccessibleName(label)
            edit.setToolTip(fill(self.tr("Navn på deltageren (%1)"), label))
            self.people[role] = edit
            people.addRow(label + ":", edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(box)
        layout.addWidget(buttons)
        wheel_guard.guard(self)

    def meeting_date(self) -> dt.date | None:
        """The typed date, or None with the reason shown under the field."""
        try:
            day = parse_date(self.date.text())
            if day is not None:
                cm.check_meeting_date(day)  # the store's rule, shown before anything is asked
        except (ValueProblem, cm.MeetingDateError) as exc:
            self.date_error.setText(error_text(exc))
        else:
            if day is not None:
                self.date_error.hide()
                return day
            self.date_error.setText(self.tr("Skriv mødets dato."))
        self.date_error.show()
        self.date.setFocus()
        return None

    def accept(self) -> None:
        day = self.meeting_date()
        if day is None:
            return
        if cm.is_past(day) and not confirm_past(
            self,
            self.tr("Nyt møde"),
            fill(self.tr("Mødedatoen %1 er overskredet. Opret mødet alligevel?"), fmt_date(day)),
        ):
            self.date.setFocus()
            return
        super().accept()

    def values(self) -> dict[str, Any]:
        day = self.meeting_date()
        assert day is not None, "values() after a date was accepted"
        return {
            "meeting_date": day,
            "start_time": self.time.time().toString("HH:mm"),
            "minutes_per_case": self.minutes.value(),
            "place": self.place.text(),
            "participants": {
                r: e.text().strip() for r, e in self.people.items() if e.text().strip()
            },
        }


class OutcomeDialog(QDialog):
    """The forum's recommendation for one case (DOMAIN.md §2)."""

    def __init__(
        self, meeting_date: dt.date, item: cm.AgendaItem, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        forum = checklists.forum_on(meeting_date)  # its name is the template's
        self.setWindowTitle(
            fill(self.tr("Indstilling fra %1 – sag %2"), domain(forum.name), item.case_key)
            if forum is not None
            else fill(self.tr("Indstilling – sag %1"), item.case_key)
        )
        self.recommendation = QComboBox()
        for recommendation in checklists.recommendations_for(meeting_date):
            self.recommendation.addItem(domain(recommendation), recommendation)
        if item.recommendation:
            self.recommendation.setCurrentIndex(
                max(0, self.recommendation.findData(item.recommendation))
            )
        self.recommendation.setAccessibleName(self.tr("Indstilling"))
        self.recommendation.setToolTip(
            self.tr("Kun de indstillinger, skabelonen tillader på mødets dag")
        )
        self.note = QLineEdit(item.recommendation_note or "")
        self.note.setAccessibleName(self.tr("Hvilken anden indsats / bemærkning"))
        self.weighed: dict[str, QPlainTextEdit] = {}
        form = QFormLayout()
        form.addRow(self.tr("&Indstilling:"), self.recommendation)
        form.addRow(self.tr("&Bemærkning:"), self.note)
        for area, source in checklists.weighed_areas(meeting_date).items():
            label = domain(source)
            edit = QPlainTextEdit(item.weighed.get(area, ""))
            edit.setFixedHeight(60)
            edit.setTabChangesFocus(True)
            edit.setAccessibleName(fill(self.tr("Vægtet: %1"), label))
            edit.setToolTip(fill(self.tr("Hvad der blev lagt vægt på (%1)"), label))
            self.weighed[area] = edit
            form.addRow(fill(self.tr("Vægtet (%1):"), label), edit)
        self.see_again = QCheckBox(self.tr("Sagen skal &ses igen på et senere møde"))
        self.see_again.setChecked(bool(item.see_again))
        form.addRow("", self.see_again)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(560, 0)
        wheel_guard.guard(self)
