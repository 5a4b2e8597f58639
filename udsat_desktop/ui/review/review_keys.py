"""The review window's keys: Ctrl+PgDown / Ctrl+PgUp taken from inside any field
(`SectionKeys`) and the window's shortcuts with the slots they call (`shortcut_slots`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

from udsat_desktop.ui.common.i18n import translate
from udsat_desktop.ui.review.review_view import REVIEW_SHORTCUTS


class SectionKeys(QObject):
    """Ctrl+PgDown / Ctrl+PgUp change the section from inside any field of the window.

    A window shortcut alone is not enough: a text field may take the keys for itself, and a
    window shortcut fires only while Qt counts the window as active, which the keyboard focus
    does not guarantee (the keys still reach the field). So the keys are taken where they
    arrive: the filter sits on each widget of the window that gets the focus, claims the
    shortcut override (so no window shortcut fires as well) and changes the section on the
    key press itself."""

    KEYS: ClassVar[dict[Qt.Key, int]] = {Qt.Key.Key_PageDown: 1, Qt.Key.Key_PageUp: -1}

    def __init__(self, window: QWidget, step_section: Callable[[int], None]) -> None:
        super().__init__(window)
        self.window = window
        self.step_section = step_section

    def step_of(self, event: QEvent) -> int:
        if event.type() not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return 0
        key_event: QKeyEvent = event  # type: ignore[assignment]
        modifiers = key_event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers != Qt.KeyboardModifier.ControlModifier:
            return 0
        return self.KEYS.get(Qt.Key(key_event.key()), 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        step = self.step_of(event)
        if not step:
            return False
        event.accept()
        if event.type() == QEvent.Type.KeyPress:
            self.step_section(step)
        return True

    def watch(self, _old: QWidget | None, new: QWidget | None) -> None:
        """A widget of the window got the focus: it takes the keys from now on."""
        if new is not None and (new is self.window or self.window.isAncestorOf(new)):
            self._install(new)

    def guard(self, root: QWidget) -> None:
        """Every widget under `root` that can take the focus (a page as it is built)."""
        for widget in [root, *root.findChildren(QWidget)]:
            if widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
                self._install(widget)

    def _install(self, widget: QWidget) -> None:
        if not widget.property("sectionKeys"):
            widget.setProperty("sectionKeys", True)
            widget.installEventFilter(self)


def shortcut_slots(window: Any) -> list[tuple[str, str, Any]]:
    slots = {
        "Ctrl+PgDown": lambda: window.step_section(1),
        "Ctrl+PgUp": lambda: window.step_section(-1),
        "Ctrl+S": window.save_now,
        "Ctrl++": lambda: window.zoom(1),
        "Ctrl+-": lambda: window.zoom(-1),
        "Ctrl+0": lambda: window.zoom(0),
    }
    return [(translate("ReviewWindow", text), keys, slots[keys]) for text, keys in REVIEW_SHORTCUTS]
