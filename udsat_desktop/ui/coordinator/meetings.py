"""Rehabiliteringsteam meetings: plan, order the agenda, build and print the packet, and record
the team's recommendation per case afterwards."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from udsat_desktop.core.danish import one_or_many
from udsat_desktop.flows.packets import make_packet
from udsat_desktop.platform import checklists
from udsat_desktop.platform.settings import remembered_packet
from udsat_desktop.reports.packet import PacketError
from udsat_desktop.store import meetings as m
from udsat_desktop.ui.common.file_dialogs import choose_file, choose_folder
from udsat_desktop.ui.common.i18n import domain, error_text, fill, fmt_date, fmt_time
from udsat_desktop.ui.common.printing import print_pdf
from udsat_desktop.ui.coordinator.meeting_dialogs import NewMeetingDialog, OutcomeDialog


class MeetingsWindow(QWidget):
    changed = Signal()

    def __init__(
        self,
        db: Any,
        profile: Any,
        paths: Any,
        runner: Any,
        share: Any,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.db, self.profile, self.paths, self.runner = db, profile, paths, runner
        self.share = share
        # the forum's name is the template's (of today): a law change renames it, no code
        forum = checklists.forum_on(dt.date.today())
        forum_name = domain(forum.name) if forum is not None else ""
        self.setWindowTitle(
            fill(self.tr("Møder i %1"), forum_name) if forum_name else self.tr("Møder")
        )
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
        self.agenda.setToolTip(
            self.tr("Træk sagerne i den rækkefølge, de skal behandles (eller brug Op/Ned)")
        )
        self.agenda.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.agenda.model().rowsMoved.connect(self._dragged)
        self.agenda.itemDoubleClicked.connect(lambda _item: self.record_outcome())
        self.candidates = QListWidget()
        self.candidates.setAccessibleName(self.tr("Sager, der skal forelægges"))
        self.candidates.setToolTip(
            fill(
                self.tr(
                    "Sager, hvis underskrevne gennemgang anbefaler at forelægge dem for %1. "
                    "Dobbeltklik for at tilføje."
                ),
                forum_name,
            )
        )
        self.candidates.itemDoubleClicked.connect(lambda _item: self.add_selected())
        tips = {
            "add": self.tr("Sæt den valgte sag på dagsordenen"),
            "remove": self.tr("Tag den valgte sag af dagsordenen"),
            "up": self.tr("Flyt sagen et punkt op"),
            "down": self.tr("Flyt sagen et punkt ned"),
            "outcome": self.tr(
                "Forummets indstilling, hvad der blev vægtet, og om sagen skal ses igen"
            ),
            "packet": self.tr(
                "Dagsorden og underskrevne sammenfatninger i én PDF med "
                "sidetal; originalerne vedhæftet"
            ),
            "print": self.tr("Udskriv mødepakken med forhåndsvisning"),
        }
        buttons = {}
        for key, text, slot in (
            ("add", self.tr("&Tilføj ←"), self.add_selected),
            ("remove", self.tr("&Fjern"), self.remove_selected),
            ("up", self.tr("&Op"), lambda: self.move_selected(-1)),
            ("down", self.tr("N&ed"), lambda: self.move_selected(1)),
            ("outcome", self.tr("&Registrér indstilling…"), self.record_outcome),
            ("packet", self.tr("&Byg mødepakke…"), lambda: self.build_packet()),
            ("print", self.tr("&Udskriv mødepakke…"), self.print_packet),
        ):
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
        roles = checklists.participant_roles(day)
        people = ", ".join(f"{domain(roles.get(r, r))}: {n}" for r, n in info.participants.items())
        self.info.setText(
            fill(self.tr("%1 kl. %2 · %3"), fmt_date(day), _clock(info.start_time), info.place)
            + (f"\n{people}" if people else "")
        )
        for item in info.items:
            begin, end = info.slot(item.position)
            text = f"{_clock(begin)}–{_clock(end)}  {item.case_key}  ·  {item.caseworker}"
            if item.recommendation:
                text += "  ·  " + fill(self.tr("Indstilling: %1"), domain(item.recommendation))
                if item.see_again:
                    text += " " + self.tr("(ses igen)")
            if item.replaced_by is not None:  # the packet refuses it until it is replaced
                text += "  ·  " + fill(self.tr("Erstattet af version %1"), str(item.replaced_by[0]))
            widget_item = QListWidgetItem(text)
            widget_item.setData(Qt.ItemDataRole.UserRole, item.case_key)
            self.agenda.addItem(widget_item)
        for candidate in m.candidates(self.db):
            widget_item = QListWidgetItem(
                f"{candidate.case_key}  ·  {fmt_date(candidate.review_date)}  ·  "
                f"{domain(candidate.source)}"
            )
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
        if day and key and self._guard(lambda: m.move_case(self.db, self.profile, day, key, delta)):
            self.show_meeting()
            for row in range(self.agenda.count()):
                if self.agenda.item(row).data(Qt.ItemDataRole.UserRole) == key:
                    self.agenda.setCurrentRow(row)

    def _dragged(self, *_: Any) -> None:
        day = self.current_date()
        order = [
            str(self.agenda.item(r).data(Qt.ItemDataRole.UserRole))
            for r in range(self.agenda.count())
        ]
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
        ok = self._guard(
            lambda: m.record_outcome(
                self.db,
                self.profile,
                day,
                key,
                dialog.recommendation.currentData(),
                {a: e.toPlainText() for a, e in dialog.weighed.items()},
                dialog.see_again.isChecked(),
                dialog.note.text(),
            )
        )
        self.show_meeting()
        return ok

    def build_packet(self, folder: str | None = None) -> None:

        day = self.current_date()
        if day is None:
            return
        if folder is None:
            folder = choose_folder(self, self.tr("Gem mødepakken i"))
        if not folder:
            return

        def done(result: Any) -> None:
            self.last_packet = result.packet.packet
            text = fill(
                one_or_many(
                    result.packet.pages,
                    self.tr(
                        "Mødepakken er gemt: %1 (%2 side). Den er skrevet ukrypteret og "
                        "indeholder personoplysninger: opbevar den sikkert, og slet den efter "
                        "mødet."
                    ),
                    self.tr(
                        "Mødepakken er gemt: %1 (%2 sider). Den er skrevet ukrypteret og "
                        "indeholder personoplysninger: opbevar den sikkert, og slet den efter "
                        "mødet."
                    ),
                ),
                str(result.packet.packet),
                str(result.packet.pages),
            )
            if result.shared_to:
                text += "\n" + fill(self.tr("Lagt på fællesmappen: %1"), str(result.shared_to))
            elif result.share_problem:
                text += "\n" + fill(self.tr("Ikke lagt på fællesmappen: %1"), result.share_problem)
            QMessageBox.information(self, self.tr("Mødepakke"), text)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, PacketError | m.MeetingError):
                QMessageBox.warning(self, self.tr("Mødepakke"), error_text(exc))
            else:
                raise exc

        self.runner.start(
            make_packet,
            self.db,
            self.paths,
            self.profile,
            self.share,
            day,
            Path(folder) / day.isoformat(),
            on_done=done,
            on_error=failed,
            daemon=True,
        )

    def packet_for(self, day: dt.date) -> Path | None:
        """The meeting's latest packet built on this computer (in this window, or by
        `udsat packet`), while it is where it was written."""

        return remembered_packet(self.paths.config, day.isoformat())

    def print_packet(self) -> QWidget | None:

        day = self.current_date()
        if day is None:
            return None
        packet = self.packet_for(day)
        if packet is None:
            answer = QMessageBox.question(
                self,
                self.tr("Udskriv"),
                fill(
                    self.tr(
                        "Der er ikke bygget en mødepakke til mødet %1 på denne computer, eller "
                        "den er flyttet. Byg den med »Byg mødepakke…«, eller vælg filen, hvis "
                        "du har den."
                    ),
                    fmt_date(day),
                ),
                QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Open:
                return None
            name = choose_file(self, self.tr("Vælg mødepakken"), "PDF (*.pdf)")
            if not name:
                return None
            packet = Path(name)
        cases = m.meeting_case_ids(self.db, day)
        dialog = print_pdf(self, self.db, self.profile, packet, cases=cases)
        self.print_dialog = dialog
        return dialog


def _clock(hh_mm: str) -> str:
    """A meeting's "09:00" (or an agenda slot's "09.20") in the UI's time format."""
    try:
        return fmt_time(dt.time.fromisoformat(hh_mm.replace(".", ":")))
    except ValueError:
        return hh_mm
