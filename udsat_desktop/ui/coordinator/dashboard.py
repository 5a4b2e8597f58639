"""The progress dashboard (QtCharts): readable on a projector, filterable, exportable."""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QHorizontalBarSeries,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtGui import QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from udsat_desktop.core.auditlog import EXPORT_MANAGEMENT
from udsat_desktop.core.danish import one_or_many
from udsat_desktop.core.progress import TARGETS, DashboardFilter, Figures
from udsat_desktop.flows.workbook import write_workbook
from udsat_desktop.store import audit
from udsat_desktop.store.dashboard import figures
from udsat_desktop.store.queue import distinct_units
from udsat_desktop.ui.common import theme
from udsat_desktop.ui.common.file_dialogs import choose_folder, choose_save_file
from udsat_desktop.ui.common.guards import refuse_unless_coordinator
from udsat_desktop.ui.common.i18n import (
    date_format,
    domain,
    fill,
    fmt_date,
    fmt_number,
    month_format,
)

TITLE_FONT = QFont()
TITLE_FONT.setPointSize(15)
TITLE_FONT.setBold(True)
LABEL_FONT = QFont()
LABEL_FONT.setPointSize(11)


CATEGORY_WIDTH = 230  # px: a bar's label wraps to lines no wider (QtCharts would elide it)
LEGEND_WIDTH = 320  # px: a legend entry wraps likewise


def wrap_label(text: str, font: QFont, width: int) -> str:
    """`text` as QtCharts rich text, broken at spaces into lines at most `width` pixels wide
    (a single longer word keeps its own line): shown whole instead of cut off with "…"."""
    metrics = QFontMetrics(font)
    lines: list[str] = []
    for word in text.split():
        if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= width:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return "<br>".join(html.escape(line, quote=False) for line in lines)


def _msecs(day: dt.date) -> float:
    return float(QDateTime(QDate(day.year, day.month, day.day), QTime(12, 0)).toMSecsSinceEpoch())


def _date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class DashboardWindow(QWidget):
    CHARTS = ("fremdrift", "status", "udfald", "naeste_skridt", "ansvarlig", "medarbejdere")

    def __init__(
        self,
        db: Any,
        profile: Any,
        paths: Any,
        parent: QWidget | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.db, self.profile, self.paths = db, profile, paths
        self.today = today or dt.date.today()
        self.setWindowTitle(self.tr("Fremdrift – Udsat Desktop"))
        self.use_period = QCheckBox(self.tr("&Periode:"))
        self.use_period.setToolTip(self.tr("Begræns til gennemgange og næste skridt i perioden"))
        self.start = QDateEdit(QDate(2025, 1, 1))
        self.end = QDateEdit(QDate.currentDate())
        for edit, name in ((self.start, self.tr("Fra dato")), (self.end, self.tr("Til dato"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_format())
            edit.setAccessibleName(name)
            edit.setToolTip(name)
        self.unit = QComboBox()
        self.unit.addItem(self.tr("Alle enheder"), None)
        for unit in distinct_units(db):
            self.unit.addItem(unit, unit)
        self.unit.setAccessibleName(self.tr("Enhed"))
        self.unit.setToolTip(self.tr("Jobcenterenhed"))
        self.organisation = QComboBox()
        self.organisation.addItem(self.tr("Alle organisationer"), None)
        for org in ("BIF", "SOF", "Region"):
            self.organisation.addItem(domain(org), org)
        self.organisation.setAccessibleName(self.tr("Organisation"))
        self.organisation.setToolTip(
            self.tr("Medarbejderens organisation / ansvarlig for næste skridt")
        )
        refresh = QPushButton(self.tr("&Opdatér"))
        refresh.setToolTip(self.tr("Beregn tallene igen"))
        refresh.clicked.connect(self.refresh)
        excel = QPushButton(self.tr("Eksportér til &Excel…"))
        excel.setToolTip(self.tr("Tallene bag hvert diagram og en pseudonym sagsliste"))
        excel.clicked.connect(lambda: self.export_excel())
        png = QPushButton(self.tr("Gem &diagrammer som PNG…"))
        png.setToolTip(self.tr("Gem hvert diagram som et billede, fx til en præsentation"))
        png.clicked.connect(lambda: self.export_png())
        self.use_period.toggled.connect(self.refresh)
        self.start.dateChanged.connect(self.refresh)
        self.end.dateChanged.connect(self.refresh)
        self.unit.currentIndexChanged.connect(self.refresh)
        self.organisation.currentIndexChanged.connect(self.refresh)
        top = QHBoxLayout()
        widgets: list[QWidget] = [
            self.use_period,
            self.start,
            QLabel("–"),
            self.end,
            self.unit,
            self.organisation,
            refresh,
        ]
        for w in widgets:
            top.addWidget(w)
        top.addStretch(1)
        top.addWidget(excel)
        top.addWidget(png)
        self.headline = QLabel()
        self.headline.setAccessibleName(self.tr("Nøgletal"))
        font = QFont()
        font.setPointSize(16)
        self.headline.setFont(font)
        self.views: dict[str, QChartView] = {}
        grid = QGridLayout()
        titles = {
            "fremdrift": self.tr("Andel af målgruppen gennemgået"),
            "status": self.tr("Sager efter status"),
            "udfald": self.tr("Udfald"),
            "naeste_skridt": self.tr("Næste skridt efter type"),
            "ansvarlig": self.tr("Næste skridt efter ansvarlig (heraf overskredne)"),
            "medarbejdere": self.tr("Gennemgange pr. medarbejder"),
        }
        for i, key in enumerate(self.CHARTS):
            view = QChartView()
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumSize(560, 340)
            view.setAccessibleName(titles[key])
            view.setToolTip(titles[key])
            self.views[key] = view
            grid.addWidget(view, i // 2, i % 2)
        body = QWidget()
        body.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.headline)
        layout.addWidget(scroll, 1)
        self.resize(1280, 900)
        self.figures: Figures | None = None
        self._full_texts: dict[int, list[str]] = {}  # per chart being built: texts in full
        self._wrapped: dict[int, list[str]] = {}  # per chart: its wrapped category labels
        self.refresh()

    def current_filter(self) -> DashboardFilter:
        start = end = None
        if self.use_period.isChecked():
            start = _date(self.start.date())
            end = _date(self.end.date())
        return DashboardFilter(
            start=start,
            end=end,
            unit=self.unit.currentData(),
            organisation=self.organisation.currentData(),
        )

    def refresh(self) -> None:
        figs = figures(self.db, self.current_filter(), self.today)
        self.figures = figs
        self.headline.setText(
            fill(
                one_or_many(
                    figs.cases,
                    self.tr("%1 af %2 sag gennemgået (%3 %) · %4 næste skridt overskredet"),
                    self.tr("%1 af %2 sager gennemgået (%3 %) · %4 næste skridt overskredet"),
                ),
                fmt_number(figs.reviewed),
                fmt_number(figs.cases),
                fmt_number(100 * figs.reviewed_share, 1),
                fmt_number(figs.overdue),
            )
            + (
                fill(
                    one_or_many(
                        figs.conflicts,
                        self.tr(" · %1 sag i konflikt"),
                        self.tr(" · %1 sager i konflikt"),
                    ),
                    fmt_number(figs.conflicts),
                )
                if figs.conflicts
                else ""
            )
        )
        self._show("fremdrift", self._progress_chart(figs))
        self._show("status", self._bars(self.tr("Sager efter status"), figs.by_status))
        self._show("udfald", self._bars(self.tr("Udfald"), figs.outcomes))
        self._show(
            "naeste_skridt", self._bars(self.tr("Næste skridt efter type"), figs.steps_by_type)
        )
        org = {k: v for k, v in figs.steps_by_org.items()}
        self._show(
            "ansvarlig",
            self._bars(
                self.tr("Næste skridt efter ansvarlig (heraf overskredne)"),
                org,
                figs.overdue_by_org,
            ),
        )
        self._show(
            "medarbejdere", self._bars(self.tr("Gennemgange pr. medarbejder"), figs.per_reviewer)
        )

    def _show(self, key: str, chart: QChart) -> None:
        """The chart in its view; the view's tooltip holds every label and legend entry in
        full, one a line (what the chart wraps, the tooltip says in one piece)."""
        view = self.views[key]
        view.setChart(chart)
        texts = [chart.title(), *self._full_texts.pop(id(chart), [])]
        view.setToolTip("\n".join(t for t in texts if t))
        rows = sum(max(1, t.count("<br>") + 1) for t in self._wrapped.pop(id(chart), []))
        line = QFontMetrics(LABEL_FONT).lineSpacing()
        view.setMinimumHeight(max(340, 160 + rows * (line + 6)))

    def _chart(self, title: str) -> QChart:
        chart = QChart()
        chart.setTheme(theme.chart_theme())  # type: ignore[arg-type]  # before fonts: resets them
        chart.setTitle(title)
        chart.setTitleFont(TITLE_FONT)
        chart.legend().setFont(LABEL_FONT)
        chart.legend().setShowToolTips(True)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self._full_texts[id(chart)] = []
        self._wrapped[id(chart)] = []
        return chart

    def _progress_chart(self, figs: Figures) -> QChart:
        chart = self._chart(self.tr("Andel af målgruppen gennemgået"))
        actual = QLineSeries()
        actual.setName(self.tr("Gennemgået"))
        actual.setPointsVisible(True)
        if figs.progress:  # start from zero the month before the first review
            start = figs.progress[0][0].replace(day=1) - dt.timedelta(days=1)
            actual.append(_msecs(start), 0.0)
        for day, share in figs.progress:
            actual.append(_msecs(day), 100 * share)
        targets = QScatterSeries()
        name = fill(
            self.tr("Mål (%1)"),
            ", ".join(
                fill(self.tr("%1 % senest %2"), fmt_number(100 * share), fmt_date(day))
                for day, share in TARGETS
            ),
        )
        targets.setName(wrap_label(name, LABEL_FONT, LEGEND_WIDTH))  # whole, never "30.0…"
        self._full_texts[id(chart)] += [actual.name(), name]
        targets.setMarkerSize(14)
        targets.setColor(theme.error_color())
        for day, share in TARGETS:
            targets.append(_msecs(day), 100 * share)
        chart.addSeries(actual)
        chart.addSeries(targets)
        pen = actual.pen()  # the theme's colour (set when added), drawn thicker
        pen.setWidth(3)
        actual.setPen(pen)
        x = QDateTimeAxis()
        x.setFormat(month_format())
        x.setLabelsFont(LABEL_FONT)
        x.setTruncateLabels(False)
        days = [d - dt.timedelta(days=31) for d, _ in figs.progress[:1]]
        days += [d for d, _ in figs.progress] + [d for d, _ in TARGETS]
        x.setRange(
            QDateTime(QDate(min(days).year, min(days).month, 1), QTime(0, 0)),
            QDateTime(QDate(max(days).year, max(days).month, 28), QTime(0, 0)),
        )
        y = QValueAxis()
        y.setRange(0, 100)
        y.setLabelFormat(self.tr("%d %%"))  # printf: Danish "50 %", English "50%"
        y.setLabelsFont(LABEL_FONT)
        y.setTruncateLabels(False)
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        for series in (actual, targets):
            series.attachAxis(x)
            series.attachAxis(y)
        return chart

    def _bars(
        self, title: str, values: dict[str, int], second: dict[str, int] | None = None
    ) -> QChart:
        chart = self._chart(title)
        labels = list(values)[:12]
        series = QHorizontalBarSeries()
        main = QBarSet(self.tr("Antal"))
        main.append([float(values[k]) for k in labels])
        series.append(main)
        if second is not None:
            extra = QBarSet(self.tr("Overskredne"))
            extra.setColor(theme.error_color())
            extra.append([float(second.get(k, 0)) for k in labels])
            series.append(extra)
        series.setLabelsVisible(True)
        chart.addSeries(series)
        y = QBarCategoryAxis()
        full = [domain(k) for k in labels] or [self.tr("Ingen")]
        wrapped = [wrap_label(text, LABEL_FONT, CATEGORY_WIDTH) for text in full]
        y.append(wrapped)
        y.setLabelsFont(LABEL_FONT)
        y.setTruncateLabels(False)  # wrapped to fit instead ("Forelagt rehabiliteringstea…")
        self._full_texts[id(chart)] += full
        self._wrapped[id(chart)] += wrapped
        x = QValueAxis()
        x.setRange(0, max([1, *values.values(), *(second or {}).values()]) * 1.1)
        x.applyNiceNumbers()
        x.setLabelFormat("%d")
        x.setLabelsFont(LABEL_FONT)
        x.setTruncateLabels(False)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(x)
        series.attachAxis(y)
        chart.legend().setVisible(second is not None)
        return chart

    def export_png(self, folder: str | None = None) -> list[Path]:
        folder = folder or choose_folder(self, self.tr("Gem diagrammer i"))
        if not folder:
            return []
        saved = []
        for key, view in self.views.items():
            path = Path(folder) / f"{key}.png"
            view.grab().save(str(path))
            saved.append(path)
        return saved

    def export_excel(self, name: str | None = None) -> Path | None:

        if refuse_unless_coordinator(self, self.profile, self.tr("eksportere sagslister")):
            return None
        if name is None:
            name = choose_save_file(
                self,
                self.tr("Eksportér til Excel"),
                f"udsat-fremdrift-{dt.date.today().isoformat()}.xlsx",
                "Excel (*.xlsx)",
            )
        if not name:
            return None
        write_workbook(self.db, Path(name), self.current_filter(), self.today)
        # the case list holds every case (pseudonymously): an access to each of them
        audit.append_now(
            self.db,
            self.profile.user_id,
            "export",
            None,
            kind=EXPORT_MANAGEMENT,
            file=Path(name).name,
            cases=audit.ALL_CASES,
        )
        return Path(name)
