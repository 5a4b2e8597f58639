"""One editor widget per checklist field type; the review form is built from these.
It is over 400 lines because each field type's editor is small and they share one base.

Template texts (labels, help, options) are shown through `domain()`; answers keep the
template's own (Danish) option values whatever the UI language."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from udsat_desktop.core.checklist.model import Field
from udsat_desktop.core.danish import ValueProblem, parse_date
from udsat_desktop.core.text import message_of
from udsat_desktop.ui.common import theme, wheel_guard
from udsat_desktop.ui.common.i18n import (
    QT_TRANSLATE_NOOP,
    date_hint,
    domain,
    fill,
    fmt_date,
    fmt_number,
    localize,
    translate,
)

HELP_SCALE = 0.9  # help text relative to the form's text (it was a fixed 9 pt)
ITEM = QT_TRANSLATE_NOOP("Domain", "Punkt")  # a group's item when the template names none


class FieldEditor(QWidget):
    """Label, input, guiding help and an inline error line for one field."""

    changed = Signal(str)  # field id

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self._raw_problem: str | None = None
        self.touched = False
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.input = self.build_input()
        self.input.setObjectName(f"field_{field.id}")
        label, help_text = domain(field.label), domain(field.help)
        example = (
            fill(translate("FieldEditor", "Eksempel: %1"), domain(field.example))
            if field.example
            else ""
        )
        self.input.setAccessibleName(label)
        tip = "\n\n".join(t for t in (help_text or label, example) if t)
        self.input.setToolTip(tip)
        proxy = self.input.focusProxy()
        if proxy is not None:  # a compound input (number + unit): name the part that has focus
            proxy.setAccessibleName(label + (f" ({domain(field.unit)})" if field.unit else ""))
            proxy.setToolTip(tip)
        self.label.setBuddy(self.input)
        self.help = QLabel()
        self.help.setWordWrap(True)
        self.help.setObjectName("fieldHelp")
        self.help.setStyleSheet(theme.muted_style())  # its size follows the form's (zoom)
        self._fit_help()
        text = "\n".join(t for t in (help_text, example) if t)
        self.help.setText(text)
        self.help.setVisible(bool(text.strip()))
        self.error = QLabel()
        self.error.setStyleSheet(theme.error_style())
        self.error.setWordWrap(True)
        self.error.setAccessibleName(fill(translate("FieldEditor", "Fejl i %1"), label))
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.addWidget(self.label)
        layout.addWidget(self.input)
        layout.addWidget(self.help)
        layout.addWidget(self.error)
        self.set_required(field.required)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:  # Ctrl++ / Ctrl+- on the form
            self._fit_help()
        super().changeEvent(event)

    def _fit_help(self) -> None:
        """The help text a little smaller than the form's text, and zoomed with it."""
        font = QFont(self.font())
        font.setPointSizeF(max(6.0, self.font().pointSizeF() * HELP_SCALE))
        self.help.setFont(font)

    def set_required(self, required: bool) -> None:
        self.label.setText(domain(self.field.label) + (" *" if required else ""))

    def build_input(self) -> QWidget:
        raise NotImplementedError

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def input_problem(self) -> str | None:
        """A problem with what was typed that the answer dict cannot show (e.g. a bad date)."""
        return self._raw_problem

    def show_problems(self, problems: list[str]) -> None:
        if self._raw_problem:
            problems = [self._raw_problem, *problems]
        self.error.setText("\n".join(localize(p) for p in problems))
        self.error.setVisible(bool(problems))

    def _emit(self, *_: object) -> None:
        self.touched = True
        self.changed.emit(self.field.id)

    def set_read_only(self, read_only: bool) -> None:
        self.input.setEnabled(not read_only)


class ShortTextEditor(FieldEditor):
    def build_input(self) -> QWidget:
        edit = QLineEdit()
        edit.textEdited.connect(self._emit)
        return edit

    def value(self) -> Any:
        return self.input.text() or None  # type: ignore[attr-defined]

    def set_value(self, value: Any) -> None:
        self.input.setText(value or "")  # type: ignore[attr-defined]


class LongTextEditor(FieldEditor):
    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.default_button: QPushButton | None = None
        if field.default:  # the template's standard wording, put in at the reviewer's word
            button = QPushButton(translate("FieldEditor", "Indsæt standardteksten"))
            button.setObjectName(f"default_{field.id}")
            button.setToolTip(domain(field.default))
            button.clicked.connect(self._use_default)
            layout = self.layout()
            assert isinstance(layout, QVBoxLayout)
            below_input = layout.indexOf(self.input) + 1
            layout.insertWidget(below_input, button, 0, Qt.AlignmentFlag.AlignLeft)
            self.default_button = button

    def _use_default(self) -> None:
        # the answer keeps the template's own (Danish) text, as an option value does: it is
        # printed in the Danish summary
        self.input.setPlainText(self.field.default)  # type: ignore[attr-defined]

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        if self.default_button is not None:
            self.default_button.setEnabled(not read_only)

    def build_input(self) -> QWidget:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)  # Tab moves on; paragraphs use Enter
        edit.setMinimumHeight(110)
        if self.field.example:
            edit.setPlaceholderText(
                fill(translate("FieldEditor", "Fx: %1"), domain(self.field.example))
            )
        edit.textChanged.connect(self._on_text)
        self._loading = False
        return edit

    def _on_text(self) -> None:
        if not self._loading:
            self._emit()

    def value(self) -> Any:
        return self.input.toPlainText() or None  # type: ignore[attr-defined]

    def set_value(self, value: Any) -> None:
        self._loading = True
        try:
            self.input.setPlainText(value or "")  # type: ignore[attr-defined]
        finally:
            self._loading = False


class NumberEditor(FieldEditor):
    def build_input(self) -> QWidget:
        box = QWidget()
        self.edit = QLineEdit()
        self.edit.setMaximumWidth(120)
        self.edit.textEdited.connect(self._emit)
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(QLabel(domain(self.field.unit)))
        layout.addStretch(1)
        box.setFocusProxy(self.edit)
        return box

    def value(self) -> Any:
        text = self.edit.text().strip()
        self._raw_problem = None
        if not text:
            return None
        number, ok = QLocale().toDouble(text)  # 37,5 in Danish, 37.5 in English
        if ok:
            return number
        try:
            return float(text.replace(".", "").replace(",", "."))  # Danish, whatever the UI
        except ValueError:
            self._raw_problem = translate("FieldEditor", "Skal være et tal")
            return None

    def set_value(self, value: Any) -> None:
        if value is None:
            self.edit.clear()
        else:
            number = float(value)
            self.edit.setText(fmt_number(number, 0 if number.is_integer() else 1))

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)


class DateEditor(FieldEditor):
    def build_input(self) -> QWidget:
        edit = QLineEdit()
        edit.setPlaceholderText(date_hint())
        edit.setMaximumWidth(140)
        edit.textEdited.connect(self._emit)
        return edit

    def value(self) -> Any:
        self._raw_problem = None
        try:
            parsed = parse_date(self.input.text())  # type: ignore[attr-defined]
        except ValueProblem as exc:
            message = message_of(exc)
            if getattr(message, "template", "").startswith("datoen findes ikke"):
                self._raw_problem = localize(message)  # 31.02: "datoen findes ikke: 31.02…"
            else:
                self._raw_problem = fill(
                    translate("FieldEditor", "Ugyldig dato (brug %1)"), date_hint()
                )
            return None
        return parsed.isoformat() if parsed else None

    def set_value(self, value: Any) -> None:
        text = fmt_date(dt.date.fromisoformat(value)) if value else ""
        self.input.setText(text)  # type: ignore[attr-defined]


class ChoiceEditor(FieldEditor):
    """Single choice and yes/no as a combo box with an empty first entry."""

    def build_input(self) -> QWidget:
        combo = QComboBox()
        combo.addItem(translate("FieldEditor", "— vælg —"), None)
        if self.field.type == "yes_no":
            combo.addItem(translate("FieldEditor", "Ja"), True)
            combo.addItem(translate("FieldEditor", "Nej"), False)
        else:
            for option in self.field.options:
                combo.addItem(domain(option), option)
        combo.activated.connect(self._emit)
        return combo

    def value(self) -> Any:
        return self.input.currentData()  # type: ignore[attr-defined]

    def set_value(self, value: Any) -> None:
        combo = self.input
        index = 0 if value is None else combo.findData(value)  # type: ignore[attr-defined]
        combo.setCurrentIndex(max(index, 0))  # type: ignore[attr-defined]


class MultiChoiceEditor(FieldEditor):
    def build_input(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: list[QCheckBox] = []  # one per option, in the template's order
        for option in self.field.options:
            check = QCheckBox(domain(option))
            check.setAccessibleName(f"{domain(self.field.label)}: {domain(option)}")
            check.setToolTip(domain(option))
            check.toggled.connect(self._emit)
            layout.addWidget(check)
            self.boxes.append(check)
        if self.boxes:
            box.setFocusProxy(self.boxes[0])
        return box

    def value(self) -> Any:
        chosen = [
            option
            for check, option in zip(self.boxes, self.field.options, strict=True)
            if check.isChecked()
        ]
        return chosen or None

    def set_value(self, value: Any) -> None:
        chosen = set(value or [])
        for check, option in zip(self.boxes, self.field.options, strict=True):
            check.blockSignals(True)
            check.setChecked(option in chosen)
            check.blockSignals(False)

    def set_read_only(self, read_only: bool) -> None:
        for check in self.boxes:
            check.setEnabled(not read_only)


class PersonEditor(FieldEditor):
    def build_input(self) -> QWidget:
        box = QWidget()
        self.name = QLineEdit()
        label = domain(self.field.label)
        self.name.setPlaceholderText(translate("FieldEditor", "Navn"))
        self.name.setAccessibleName(fill(translate("FieldEditor", "%1: navn"), label))
        self.name.textEdited.connect(self._emit)
        self.role = QComboBox()
        self.role.setAccessibleName(fill(translate("FieldEditor", "%1: rolle"), label))
        for role in self.field.roles or ("",):
            self.role.addItem(domain(role), role)
        self.role.activated.connect(self._emit)
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.name, 2)
        layout.addWidget(self.role, 1)
        box.setFocusProxy(self.name)
        return box

    def value(self) -> Any:
        if not self.name.text().strip():
            return None
        return {"name": self.name.text(), "role": self.role.currentData() or ""}

    def set_value(self, value: Any) -> None:
        value = value or {}
        self.name.setText(value.get("name", ""))
        self.role.setCurrentIndex(max(self.role.findData(value.get("role", "")), 0))


class GroupEditor(FieldEditor):
    """A repeating group: one framed sub-form per item, with add and remove buttons."""

    def build_input(self) -> QWidget:
        box = QWidget()
        self.items_layout = QVBoxLayout()
        self.items: list[tuple[QFrame, list[FieldEditor]]] = []
        label = domain(self.field.item_label or ITEM).lower()
        self.add_button = QPushButton(fill(translate("FieldEditor", "Tilføj %1"), label))
        self.add_button.setToolTip(fill(translate("FieldEditor", "Tilføj en ny %1"), label))
        self.add_button.clicked.connect(self._add_clicked)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.items_layout)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        box.setFocusProxy(self.add_button)
        return box

    def add_item(self, value: dict[str, Any] | None = None) -> list[FieldEditor]:
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(frame)
        title = QLabel(f"{domain(self.field.item_label or ITEM)} {len(self.items) + 1}")
        title.setStyleSheet("font-weight: 600;")
        remove = QPushButton(translate("FieldEditor", "Fjern"))
        remove.setToolTip(translate("FieldEditor", "Fjern dette punkt"))
        remove.setAccessibleName(fill(translate("FieldEditor", "Fjern %1"), title.text()))
        head = QHBoxLayout()
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(remove)
        layout.addLayout(head)
        editors = [make_editor(sub) for sub in self.field.fields]
        for editor in editors:
            editor.changed.connect(self._emit)
            layout.addWidget(editor)
            if value:
                editor.set_value(value.get(editor.field.id))
        wheel_guard.guard(frame)
        entry = (frame, editors)
        remove.clicked.connect(lambda: self._remove_clicked(entry))
        self.items.append(entry)
        self.items_layout.addWidget(frame)
        return editors

    def _add_clicked(self) -> None:
        editors = self.add_item()
        self._emit()
        if editors:
            editors[0].input.setFocus()

    def _remove_clicked(self, entry: tuple[QFrame, list[FieldEditor]]) -> None:
        self._remove(entry)
        self._emit()

    def _remove(self, entry: tuple[QFrame, list[FieldEditor]]) -> None:
        self.items.remove(entry)
        entry[0].setParent(None)
        entry[0].deleteLater()

    def value(self) -> Any:
        out = []
        for _frame, editors in self.items:
            item = {e.field.id: e.value() for e in editors}
            out.append({k: v for k, v in item.items() if v is not None})
        return out or None

    def set_value(self, value: Any) -> None:
        for entry in list(self.items):
            self._remove(entry)
        for item in value or []:
            self.add_item(item)

    def set_read_only(self, read_only: bool) -> None:
        self.add_button.setEnabled(not read_only)
        for frame, editors in self.items:
            for button in frame.findChildren(QPushButton):
                button.setEnabled(not read_only)
            for editor in editors:
                editor.set_read_only(read_only)


EDITORS: dict[str, type[FieldEditor]] = {
    "short_text": ShortTextEditor,
    "long_text": LongTextEditor,
    "number": NumberEditor,
    "date": DateEditor,
    "yes_no": ChoiceEditor,
    "single_choice": ChoiceEditor,
    "multi_choice": MultiChoiceEditor,
    "person": PersonEditor,
    "group": GroupEditor,
}


def make_editor(field: Field) -> FieldEditor:
    return EDITORS[field.type](field)
