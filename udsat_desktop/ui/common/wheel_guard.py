"""Wheel events change a field only when the field has focus.

Scrolling a long form with the pointer resting on a drop-down, a spin box or a date edit
would otherwise change its answer behind the user's back (and it would be saved and signed).
An event filter on each such field hands such a wheel event to the
form's scroll area instead unless the field has keyboard focus. The fields also stop taking
focus from the wheel, so scrolling over them never focuses them either.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QWidget,
)

_GUARDED = (QComboBox, QAbstractSpinBox)  # QDateEdit, QTimeEdit, QSpinBox are spin boxes


class WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Wheel
            and isinstance(watched, QWidget)
            and not watched.hasFocus()
        ):
            _scroll_form(watched, event)  # type: ignore[arg-type]
            return True  # the field never sees it
        return False


def _scroll_form(field: QWidget, event: QWheelEvent) -> None:
    """Hand the wheel to the nearest scroll area around the field. Explicitly, because Qt
    passes an ignored wheel event on to the parent only when it came from the window system."""
    area = field.parentWidget()
    while area is not None and not isinstance(area, QAbstractScrollArea):
        area = area.parentWidget()
    if area is None:
        return
    viewport = area.viewport()
    pos = QPointF(viewport.mapFromGlobal(event.globalPosition().toPoint()))
    copy = QWheelEvent(
        pos,
        event.globalPosition(),
        event.pixelDelta(),
        event.angleDelta(),
        event.buttons(),
        event.modifiers(),
        event.phase(),
        event.inverted(),
    )
    QApplication.sendEvent(viewport, copy)


_guard: WheelGuard | None = None


def guard(root: QWidget) -> None:
    """Guard every drop-down and spin box in `root` (and `root` itself). A filter per field
    rather than one on the application: a Python filter on the application would run for
    every event of the program."""
    global _guard
    if _guard is None:
        _guard = WheelGuard(QApplication.instance())
    widgets = [root] if isinstance(root, _GUARDED) else []
    for kind in _GUARDED:
        widgets += root.findChildren(kind)
    for widget in widgets:
        if widget.property("wheelGuarded"):
            continue
        widget.setProperty("wheelGuarded", True)
        widget.installEventFilter(_guard)
        if widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
