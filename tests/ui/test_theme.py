"""Dark mode and high contrast: the colours the app adds itself stay readable (WCAG 4.5:1)
on the window the system gives it, the charts follow, and high contrast adds no colour."""

from __future__ import annotations

import pytest
from PySide6.QtCharts import QChart, QChartView
from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from udsat_desktop.ui.common import theme
from udsat_desktop.ui.queue.queue_model import Col


def dark_palette() -> QPalette:
    """What the system hands Qt in dark mode (Fusion's colours on a dark desktop)."""
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#202124"),
        (QPalette.ColorRole.WindowText, "#e8eaed"),
        (QPalette.ColorRole.Base, "#2b2c2f"),
        (QPalette.ColorRole.AlternateBase, "#323336"),
        (QPalette.ColorRole.Text, "#e8eaed"),
        (QPalette.ColorRole.Button, "#35363a"),
        (QPalette.ColorRole.ButtonText, "#e8eaed"),
        (QPalette.ColorRole.PlaceholderText, "#9aa0a6"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


@pytest.fixture(params=["light", "dark"])
def scheme(request, qapp):
    before = QApplication.palette()
    if request.param == "dark":
        qapp.setPalette(dark_palette())
    yield request.param
    qapp.setPalette(before)


def coloured_labels(root: QWidget) -> list[QLabel]:
    return [
        w
        for w in [root, *root.findChildren(QLabel)]
        if isinstance(w, QLabel) and "color" in w.styleSheet()
    ]


def open_screens(qtbot, main) -> list[QWidget]:
    review = main.open_review_for(main.model.row_object(0).id)
    qtbot.addWidget(review)
    review.try_ready()  # the red list of what is missing
    screens: list[QWidget] = [main, review]
    for index in range(review.sections.count()):
        review.sections.setCurrentRow(index)
        screens.append(review.stack.currentWidget())
    dashboard = main.meetings_ctrl.open_dashboard()
    qtbot.addWidget(dashboard)
    return [*screens, dashboard]


def test_own_colours_are_readable_in_light_and_dark(qtbot, demo_db, profile, make_window, scheme):
    main = make_window(demo_db, profile)
    screens = open_screens(qtbot, main)
    window_colour = QApplication.palette().color(QPalette.ColorRole.Window)
    checked, poor = 0, []
    for screen in screens:
        for label in coloured_labels(screen):
            label.ensurePolished()
            text = label.palette().color(label.foregroundRole())
            ratio = theme.contrast_ratio(text, window_colour)
            checked += 1
            if ratio < 4.5:
                poor.append(
                    f"{label.text()[:40]!r}: {text.name()} on {window_colour.name()} = {ratio:.1f}"
                )
    assert checked >= 20 and not poor, "\n".join(poor)
    # the queue's overdue deadlines, on the table's own background
    late = main.model._late
    base = QApplication.palette().color(QPalette.ColorRole.Base)
    assert theme.contrast_ratio(late, base) >= 4.5
    assert main.model.index(0, Col.DEADLINE, QModelIndex()).isValid()
    charts = [v.chart() for v in screens[-1].findChildren(QChartView)]
    expected = (
        QChart.ChartTheme.ChartThemeDark if scheme == "dark" else QChart.ChartTheme.ChartThemeLight
    )
    assert charts and all(c.theme() == expected for c in charts)


def test_high_contrast_adds_no_colour_of_its_own(qtbot, demo_db, profile, make_window, monkeypatch):
    monkeypatch.setattr(theme, "high_contrast", lambda: True)
    main = make_window(demo_db, profile)
    screens = open_screens(qtbot, main)
    assert not [label.text() for s in screens for label in coloured_labels(s)]
    problems = screens[1].problems
    assert problems.text() and "font-weight: 700" in problems.styleSheet()  # still set apart
    assert main.model._late == QApplication.palette().color(QPalette.ColorRole.WindowText)
    charts = [v.chart() for v in screens[-1].findChildren(QChartView)]
    assert charts and all(c.theme() == QChart.ChartTheme.ChartThemeHighContrast for c in charts)
