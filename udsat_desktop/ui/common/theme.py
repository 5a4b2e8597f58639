"""Colours that follow the system: light or dark, and high contrast.

Qt takes the window colours from the system (dark mode, a Windows high-contrast theme); the
few colours the app adds itself — error red, confirmation green, the muted help text, the
charts — are chosen here from the palette in use, so they stay readable on a dark window.
In high contrast the app adds no colour of its own: the system's text colour is used, and
errors are set apart by weight instead.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6 import QtCore
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

ERROR = {"light": "#b00020", "dark": "#ff8a80"}
OK = {"light": "#1b5e20", "dark": "#a5d6a7"}


def _palette() -> QPalette:
    return QGuiApplication.palette()


def is_dark() -> bool:
    """The window background is dark (system dark mode or a dark high-contrast theme)."""
    return _palette().color(QPalette.ColorRole.Window).lightness() < 128


def high_contrast() -> bool:
    """The user asked the system for high contrast (Qt 6.10+ reports it)."""
    hints = QGuiApplication.styleHints()
    accessibility = getattr(hints, "accessibility", None)
    if accessibility is None:
        return False
    preference = getattr(accessibility(), "contrastPreference", None)
    return preference is not None and preference() == QtCore.Qt.ContrastPreference.HighContrast


def style_when_shown(widget: QWidget, style: Callable[[], str]) -> None:
    """Set `widget`'s style sheet from `style()` when it is first shown, not now: for a line
    hidden until needed (an error, Caps Lock, the forgotten-passphrase help). Asking the system
    for high contrast makes PySide6 create all its `Qt` enums (~45 ms CPU), which the unlock
    dialog is painted without (issue 34)."""
    _StyleOnShow(widget, style)


class _StyleOnShow(QObject):
    def __init__(self, widget: QWidget, style: Callable[[], str]) -> None:
        super().__init__(widget)
        self._style = style
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            watched.removeEventFilter(self)
            watched.setStyleSheet(self._style())
        return False


def _tone() -> str:
    return "dark" if is_dark() else "light"


def error_color() -> QColor:
    if high_contrast():
        return _palette().color(QPalette.ColorRole.WindowText)
    return QColor(ERROR[_tone()])


def error_style() -> str:
    """Style sheet for an error line."""
    if high_contrast():
        return "font-weight: 700;"
    return f"color: {ERROR[_tone()]};"


def ok_style() -> str:
    if high_contrast():
        return ""
    return f"color: {OK[_tone()]};"


def muted_style(size_pt: int | None = None) -> str:
    """Help text: between the text and the background, still at 4.5:1 contrast or more."""
    size = f" font-size: {size_pt}pt;" if size_pt else ""
    if high_contrast():
        return size.strip()
    palette = _palette()
    text = palette.color(QPalette.ColorRole.WindowText)
    window = palette.color(QPalette.ColorRole.Window)
    mix = QColor(
        round(text.red() * 0.7 + window.red() * 0.3),
        round(text.green() * 0.7 + window.green() * 0.3),
        round(text.blue() * 0.7 + window.blue() * 0.3),
    )
    return f"color: {mix.name()};{size}"


def read_only_palette(base: QPalette | None = None) -> QPalette:
    """For a read-only form (a signed review): its disabled fields drawn in the normal text
    colour on the window colour, so they read as read-only and still reach WCAG AA (4.5:1);
    the system's disabled grey on grey does not (about 1.6:1 in Fusion)."""
    base = QPalette(base or _palette())
    active, disabled = QPalette.ColorGroup.Active, QPalette.ColorGroup.Disabled
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        base.setColor(disabled, role, base.color(active, role))
    base.setColor(disabled, QPalette.ColorRole.Base, base.color(active, QPalette.ColorRole.Window))
    return base


def chart_theme() -> object:
    """The QtCharts theme matching the window: light, dark or high contrast."""
    from PySide6.QtCharts import QChart

    if high_contrast():
        return QChart.ChartTheme.ChartThemeHighContrast
    return QChart.ChartTheme.ChartThemeDark if is_dark() else QChart.ChartTheme.ChartThemeLight


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio of two colours (1 to 21)."""

    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
        )

    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)
