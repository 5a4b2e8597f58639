"""Rehabiliteringsteam meetings: plan, order the agenda, build and print the packet, and record
the team's recommendation per case afterwards."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from udsat_desktop.core import meetings as cm
from udsat_desktop.core.danish import ValueProblem, parse_date
from udsat_desktop.store import meetings as m
from udsat_desktop.ui import theme, wheel_guard
from udsat_desktop.ui.confirm import confirm_past
from udsat_desktop.ui.i18n import date_hint, domain, error_text, fmt_date, fmt_time


class NewMeetingDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nyt møde i rehabiliteringsteamet"))
        # typed like every other date in the program (03.12.2026, 3/12-26, 2026-12-03)
        self.date = QLineEdit(fmt_date(dt.date.today() + dt.timedelta(days=7)))
        self.date.setPlaceholderText(date_hint())
        self.date.setAccessibleName(self.tr("Mødedato"))
        self.date.setToolTip(self.tr("Mødedato, fx %1").replace("%1", date_hint()))
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
        self.place.setAccessibleName(self.tr("Sted"))
        self.place.setMinimumWidth(  # the whole default place is readable, not cut off
            self.place.fontMetrics().horizontalAdvance(self.place.text()) + 24)
        self.place.setCursorPosition(0)
        form = QFormLayout()
        form.addRow(self.tr("&Dato:"), self.date)
        form.addRow("", self.date_error)
        form.addRow(self.tr("&Starttid:"), self.time)
        form.addRow(self.tr("&Tid pr. sag:"), self.minutes)
        form.addRow(self.tr("St&ed:"), self.place)
        self.people: dict[str, QLineEdit] = {}
        box = QGroupBox(self.tr("Deltagere"))
        people = QFormLayout(box)
        for role, source in cm.participant_roles(dt.date.today()).items():
            label = domain(source)
            edit = QLineEdit()
            edit.setAccessibleName(label)
            edit.setToolTip(self.tr("Navn på deltageren (%1)").replace("%1", label))
            self.people[role] = edit
            people.addRow(label + ":", edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
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
        except ValueProblem as exc:
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
        if day < dt.date.today() and not confirm_past(
                self, self.tr("Nyt møde"),
                self.tr("Mødedatoen %1 er overskredet. Opret mødet alligevel?")
                .replace("%1", fmt_date(day))):
            self.date.setFocus()
            return
        super().accept()

    def values(self) -> dict[str, Any]:
        day = self.meeting_date()
        assert day is not None, "values() after a date was accepted"
        return {"meeting_date": day,
                "start_time": self.time.time().toString("HH:mm"),
                "minutes_per_case": self.minutes.value(), "place": self.place.text(),
                "participants": {r: e.text().strip() for r, e in self.people.items()
                                 if e.text().strip()}}


class OutcomeDialog(QDialog):
    """The team's recommendation for one case (DOMAIN.md §2)."""

    def __init__(self, meeting_date: dt.date, item: cm.AgendaItem,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Teamets indstilling – sag %1").replace("%1", item.case_key))
        self.recommendation = QComboBox()
        for recommendation in cm.recommendations_for(meeting_date):
            self.recommendation.addItem(domain(recommendation), recommendation)
        if item.recommendation:
            self.recommendation.setCurrentIndex(
                max(0, self.recommendation.findData(item.recommendation)))
        self.recommendation.setAccessibleName(self.tr("Indstilling"))
        self.recommendation.setToolTip(self.tr("Ressourceforløb kun for møder før %1")
                                       .replace("%1", fmt_date(dt.date(2026, 2, 1))))
        self.note = QLineEdit(item.recommendation_note or "")
        self.note.setAccessibleName(self.tr("Hvilken anden indsats / bemærkning"))
        self.weighed: dict[str, QPlainTextEdit] = {}
        form = QFormLayout()
        form.addRow(self.tr("&Indstilling:"), self.recommendation)
        form.addRow(self.tr("&Bemærkning:"), self.note)
        for area, source in cm.weighed_areas(meeting_date).items():
            label = domain(source)
            edit = QPlainTextEdit(item.weighed.get(area, ""))
            edit.setFixedHeight(60)
            edit.setTabChangesFocus(True)
            edit.setAccessibleName(self.tr("Vægtet: %1").replace("%1", label))
            edit.setToolTip(self.tr("Hvad teamet lagde vægt på (%1)").replace("%1", label))
            self.weighed[area] = edit
            form.addRow(self.tr("Vægtet (%1):").replace("%1", label), edit)
        self.see_again = QCheckBox(self.tr("Teamet vil &se sagen igen"))
        self.see_again.setChecked(bool(item.see_again))
        form.addRow("", self.see_again)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(560, 0)
        wheel_guard.guard(self)


class MeetingsWindow(QWidget):
    changed = Signal()

    def __init__(self, db: Any, profile: Any, paths: Any, runner: Any, share: Any,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.db, self.profile, self.paths, self.runner = db, profile, paths, runner
        self.share = share
        self.setWindowTitle(self.tr("Møder i rehabiliteringsteamet"))
        self.meeting = QComboBox()
        self.meeting.setAccessibleName(self.tr("Møde"))
        self.meeting.setToolTip(self.tr("Vælg mødet"))
        self.meeting.currentIndexChanged.connect(self.show_meeting)
        new = QPushButton(self.tr("&Nyt møde…"))
        new.setToolTip(self.tr("Planlæg et nyt møde: dato, tid, sted og deltagere"))
        new.clicked.connect(self.new_meeting)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.info.setAccessibleName(self.tr("Mødeoplysninger"))
        self.agenda = QListWidget()
        self.agenda.setAccessibleName(self.tr("Dagsorden"))
        self.agenda.setToolTip(self.tr("Træk sagerne i den rækkefølge, de skal behandles "
                                       "(eller brug Op/Ned)"))
        self.agenda.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.agenda.model().rowsMoved.connect(self._dragged)
        self.agenda.itemDoubleClicked.connect(lambda _item: self.record_outcome())
        self.candidates = QListWidget()
        self.candidates.setAccessibleName(self.tr("Sager, der skal forelægges"))
        self.candidates.setToolTip(self.tr("Sager, hvis underskrevne gennemgang anbefaler "
                                           "rehabiliteringsteamet. Dobbeltklik for at tilføje."))
        self.candidates.itemDoubleClicked.connect(lambda _item: self.add_selected())
        tips = {"add": self.tr("Sæt den valgte sag på dagsordenen"),
                "remove": self.tr("Tag den valgte sag af dagsordenen"),
                "up": self.tr("Flyt sagen et punkt op"), "down": self.tr("Flyt sagen et punkt ned"),
                "outcome": self.tr("Teamets indstilling, hvad det vægtede, og om det vil se "
                                   "sagen igen"),
                "packet": self.tr("Dagsorden og underskrevne sammenfatninger i én PDF med "
                                  "sidetal; originalerne vedhæftet"),
                "print": self.tr("Udskriv mødepakken med forhåndsvisning")}
        buttons = {}
        for key, text, slot in (
                ("add", self.tr("&Tilføj ←"), self.add_selected),
                ("remove", self.tr("&Fjern"), self.remove_selected),
                ("up", self.tr("&Op"), lambda: self.move_selected(-1)),
                ("down", self.tr("N&ed"), lambda: self.move_selected(1)),
                ("outcome", self.tr("&Registrér indstilling…"), self.record_outcome),
                ("packet", self.tr("&Byg mødepakke…"), lambda: self.build_packet()),
                ("print", self.tr("&Udskriv mødepakke…"), self.print_packet)):
            button = QPushButton(text)
            button.setToolTip(tips[key])
            button.clicked.connect(slot)
            buttons[key] = button
        self.buttons = buttons
        self.agenda.itemSelectionChanged.connect(self._update_buttons)
        self.candidates.itemSelectionChanged.connect(self._update_buttons)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("&Møde:")))
        top.itemAt(0).widget().setBuddy(self.meeting)  # type: ignore[union-attr]
        top.addWidget(self.meeting, 1)
        top.addWidget(new)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Dagsorden")))
        left.addWidget(self.agenda, 1)
        row = QHBoxLayout()
        for key in ("up", "down", "remove", "outcome"):
            row.addWidget(buttons[key])
        left.addLayout(row)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Kan forelægges")))
        right.addWidget(self.candidates, 1)
        right.addWidget(buttons["add"])
        middle = QHBoxLayout()
        middle.addLayout(left, 3)
        middle.addLayout(right, 2)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(buttons["packet"])
        bottom.addWidget(buttons["print"])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.info)
        layout.addLayout(middle, 1)
        layout.addLayout(bottom)
        self.resize(980, 620)
        self.last_packet: Path | None = None
        self.reload()

    # ------------------------------------------------------------------ data

    def _update_buttons(self) -> None:
        """A button that acts on a case is enabled only while one is selected."""
        day = self.current_date() is not None
        on_agenda = day and bool(self.agenda.selectedItems())
        for key in ("remove", "up", "down", "outcome"):
            self.buttons[key].setEnabled(on_agenda)
        self.buttons["add"].setEnabled(day and bool(self.candidates.selectedItems()))
        self.buttons["packet"].setEnabled(day)
        self.buttons["print"].setEnabled(day)

    def current_date(self) -> dt.date | None:
        value = self.meeting.currentData()
        return value if isinstance(value, dt.date) else None

    def reload(self, select: dt.date | None = None) -> None:
        select = select or self.current_date()
        self.meeting.blockSignals(True)
        self.meeting.clear()
        for day in m.meeting_dates(self.db):
            self.meeting.addItem(fmt_date(day), day)
        if select is not None:
            self.meeting.setCurrentIndex(max(0, self.meeting.findData(select)))
        self.meeting.blockSignals(False)
        self.show_meeting()

    def show_meeting(self) -> None:
        day = self.current_date()
        self.agenda.clear()
        self.candidates.clear()
        self._update_buttons()
        if day is None:
            self.info.setText(self.tr("Intet møde endnu. Opret et med »Nyt møde…«."))
            return
        info = m.get_meeting(self.db, day)
        roles = cm.participant_roles(day)
        people = ", ".join(f"{domain(roles.get(r, r))}: {n}"
                           for r, n in info.participants.items())
        self.info.setText(self.tr("%1 kl. %2 · %3").replace("%1", fmt_date(day))
                          .replace("%2", _clock(info.start_time)).replace("%3", info.place)
                          + (f"\n{people}" if people else ""))
        for item in info.items:
            begin, end = info.slot(item.position)
            text = f"{_clock(begin)}–{_clock(end)}  {item.case_key}  ·  {item.caseworker}"
            if item.recommendation:
                text += "  ·  " + self.tr("Indstilling: %1").replace(
                    "%1", domain(item.recommendation))
                if item.see_again:
                    text += " " + self.tr("(ses igen)")
            if item.replaced_by is not None:  # the packet refuses it until it is replaced
                text += "  ·  " + self.tr("Erstattet af version %1").replace(
                    "%1", str(item.replaced_by[0]))
            widget_item = QListWidgetItem(text)
            widget_item.setData(Qt.ItemDataRole.UserRole, item.case_key)
            self.agenda.addItem(widget_item)
        for candidate in m.candidates(self.db):
            widget_item = QListWidgetItem(
                f"{candidate.case_key}  ·  {fmt_date(candidate.review_date)}  ·  "
                f"{domain(candidate.source)}")
            widget_item.setData(Qt.ItemDataRole.UserRole, candidate)
            self.candidates.addItem(widget_item)

    def _selected_agenda_key(self) -> str | None:
        item = self.agenda.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def _guard(self, action: Any) -> bool:
        try:
            action()
        except m.MeetingError as exc:
            QMessageBox.warning(self, self.tr("Møder"), error_text(exc))
            return False
        self.changed.emit()
        return True

    # ------------------------------------------------------------------ actions

    def new_meeting(self) -> dt.date | None:
        dialog = NewMeetingDialog(self)
        self.new_dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        values = dialog.values()
        day: dt.date = values["meeting_date"]
        if self._guard(lambda: m.create_meeting(self.db, self.profile, **values)):
            self.reload(day)
            return day
        return None

    def add_selected(self) -> None:
        day, item = self.current_date(), self.candidates.currentItem()
        if day is None or item is None:
            return
        candidate = item.data(Qt.ItemDataRole.UserRole)
        if self._guard(lambda: m.add_case(self.db, self.profile, day, candidate)):
            self.show_meeting()

    def remove_selected(self) -> None:
        day, key = self.current_date(), self._selected_agenda_key()
        if day and key and self._guard(lambda: m.remove_case(self.db, self.profile, day, key)):
            self.show_meeting()

    def move_selected(self, delta: int) -> None:
        day, key = self.current_date(), self._selected_agenda_key()
        if day and key and self._guard(lambda: m.move_case(self.db, self.profile, day, key,
                                                           delta)):
            self.show_meeting()
            for row in range(self.agenda.count()):
                if self.agenda.item(row).data(Qt.ItemDataRole.UserRole) == key:
                    self.agenda.setCurrentRow(row)

    def _dragged(self, *_: Any) -> None:
        day = self.current_date()
        order = [str(self.agenda.item(r).data(Qt.ItemDataRole.UserRole))
                 for r in range(self.agenda.count())]
        if day and self._guard(lambda: m.set_order(self.db, self.profile, day, order)):
            self.show_meeting()

    def record_outcome(self) -> bool:
        day, key = self.current_date(), self._selected_agenda_key()
        if day is None or key is None:
            return False
        item = next(i for i in m.get_meeting(self.db, day).items if i.case_key == key)
        dialog = OutcomeDialog(day, item, self)
        self.outcome_dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        ok = self._guard(lambda: m.record_outcome(
            self.db, self.profile, day, key, dialog.recommendation.currentData(),
            {a: e.toPlainText() for a, e in dialog.weighed.items()},
            dialog.see_again.isChecked(), dialog.note.text()))
        self.show_meeting()
        return ok

    def build_packet(self, folder: str | None = None) -> None:
        from udsat_desktop.reports.packet import PacketError
        from udsat_desktop.sync.packets import make_packet

        day = self.current_date()
        if day is None:
            return
        if folder is None:
            folder = QFileDialog.getExistingDirectory(self, self.tr("Gem mødepakken i"),
                                                      str(self.paths.data / "moeder"))
        if not folder:
            return

        def done(result: Any) -> None:
            self.last_packet = result.packet.packet
            text = self.tr("Mødepakken er gemt: %1 (%2 sider).").replace(
                "%1", str(result.packet.packet)).replace("%2", str(result.packet.pages))
            if result.shared_to:
                text += "\n" + self.tr("Lagt på fællesmappen: %1").replace(
                    "%1", str(result.shared_to))
            elif result.share_problem:
                text += "\n" + self.tr("Ikke lagt på fællesmappen: %1").replace(
                    "%1", result.share_problem)
            QMessageBox.information(self, self.tr("Mødepakke"), text)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, PacketError | m.MeetingError):
                QMessageBox.warning(self, self.tr("Mødepakke"), error_text(exc))
            else:
                raise exc

        self.runner.start(make_packet, self.db, self.paths, self.profile, self.share, day,
                          Path(folder) / day.isoformat(), on_done=done, on_error=failed,
                          daemon=True)

    def print_packet(self) -> QWidget | None:
        from udsat_desktop.ui.printing import print_pdf

        if self.last_packet is None or not self.last_packet.exists():
            QMessageBox.information(self, self.tr("Udskriv"),
                                    self.tr("Byg mødepakken først."))
            return None
        day = self.current_date()
        cases = m.meeting_case_ids(self.db, day) if day is not None else []
        dialog = print_pdf(self, self.db, self.profile, self.last_packet, cases=cases)
        self.print_dialog = dialog
        return dialog


def _clock(hh_mm: str) -> str:
    """A meeting's "09:00" (or an agenda slot's "09.20") in the UI's time format."""
    try:
        return fmt_time(dt.time.fromisoformat(hh_mm.replace(".", ":")))
    except ValueError:
        return hh_mm
