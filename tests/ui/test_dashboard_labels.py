"""Dashboard charts: every axis label and legend entry is shown whole (wrapped when long),
never cut off with "…"; the full text is also the chart's tooltip."""

from __future__ import annotations

import html

import pytest
from PySide6.QtCharts import QAbstractAxis, QBarCategoryAxis
from PySide6.QtGui import QFontMetrics

from udsat_desktop.flows.signing import sign_ready
from udsat_desktop.platform.checklists import bundled_library
from udsat_desktop.store.demo_reviews import build_demo_reviews

LIB = bundled_library()


@pytest.fixture
def signed(demo_db, profile, paths):
    build_demo_reviews(demo_db, 30, profile.user_id, LIB, seed=81, all_ready=True)
    sign_ready(demo_db, paths, profile, LIB, "nøgle-kode-1", workers=1)


def lines_fit(label: str, metrics: QFontMetrics, width: int) -> bool:
    """Each line no wider than `width`, unless it is one word (it cannot be broken)."""
    return all(
        metrics.horizontalAdvance(html.unescape(line)) <= width or " " not in line
        for line in label.split("<br>")
    )


def whole(label: str) -> str:
    return html.unescape(" ".join(label.split("<br>")))


def test_no_dashboard_label_or_legend_is_cut_off(qtbot, demo_db, profile, paths, signed):
    from udsat_desktop.ui.coordinator.dashboard import CATEGORY_WIDTH, LEGEND_WIDTH, DashboardWindow

    dash = DashboardWindow(demo_db, profile, paths)
    qtbot.addWidget(dash)
    dash.show()
    qtbot.waitExposed(dash)
    long_labels = 0
    for key, view in dash.views.items():
        chart = view.chart()
        tooltip = view.toolTip().splitlines()
        assert chart.title() in tooltip
        for axis in chart.axes():
            assert isinstance(axis, QAbstractAxis)
            assert not axis.truncateLabels(), (key, axis)  # QtCharts never elides with "…"
            if isinstance(axis, QBarCategoryAxis):
                metrics = QFontMetrics(axis.labelsFont())
                for label in axis.categories():
                    assert lines_fit(label, metrics, CATEGORY_WIDTH), (key, label)
                    assert whole(label) in tooltip, (key, label)  # the full text, one line
                    long_labels += "<br>" in label
        legend = chart.legend()
        assert legend.showToolTips()
        metrics = QFontMetrics(legend.font())
        for marker in legend.markers():
            assert lines_fit(marker.label(), metrics, LEGEND_WIDTH), (key, marker.label())
            if legend.isVisible() and "<br>" in marker.label():
                assert whole(marker.label()) in tooltip
        # the labels' lines have room: the view is tall enough for every wrapped line
        assert view.height() >= view.minimumHeight() >= 340
    assert long_labels >= 1  # e.g. "Forelagt rehabiliteringsteamet" is wrapped, not cut
    progress = dash.views["fremdrift"].chart()
    target = next(m.label() for m in progress.legend().markers() if "Mål" in m.label())
    assert "<br>" in target and whole(target).endswith("senest 30.06.2026)")  # not "30.0…"
    assert whole(target) in dash.views["fremdrift"].toolTip().splitlines()


def test_a_long_label_is_wrapped_at_spaces_and_kept_whole(qapp):
    from udsat_desktop.ui.coordinator.dashboard import LABEL_FONT, wrap_label

    text = "Forelagt rehabiliteringsteamet & sundhedskoordinatoren"
    wrapped = wrap_label(text, LABEL_FONT, 150)
    assert wrapped.count("<br>") >= 1 and "&amp;" in wrapped
    assert whole(wrapped) == text
    assert lines_fit(wrapped, QFontMetrics(LABEL_FONT), 150)
    assert wrap_label("Kort", LABEL_FONT, 150) == "Kort"
