"""The management workbook: the figures behind every dashboard chart and a pseudonymous case
list (case key, never CPR or name). Dates are real dates shown dd.mm.yyyy and numbers real
numbers, so Danish Excel shows 24.11.2026 and 1.234,5. Text that Excel would take for a
formula (=, +, -, @: `core.spreadsheet`) is stored as text, never as a live formula."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

from udsat_desktop.core.checklist.model import DEFAULT_TEMPLATE
from udsat_desktop.core.progress import TARGETS, DashboardFilter, Figures, case_columns
from udsat_desktop.core.spreadsheet import looks_like_formula
from udsat_desktop.platform.checklists import default_library
from udsat_desktop.platform.fsutil import write_atomic

DATE_FORMAT = "dd.mm.yyyy"


def _put(ws: Any, row: int, col: int, value: Any) -> None:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    cell = ws.cell(row=row, column=col)
    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)  # control characters Excel refuses
        cell.value = value
        if looks_like_formula(value):
            cell.data_type = "s"  # text, not a formula
    else:
        cell.value = value
    if isinstance(value, dt.date):
        cell.number_format = DATE_FORMAT
    elif isinstance(value, float):
        cell.number_format = "0.0%" if 0 <= value <= 1 else "#,##0.0"
    elif isinstance(value, int) and not isinstance(value, bool):
        cell.number_format = "#,##0"


def _sheet(wb: Any, title: str, headers: list[str], rows: list[list[Any]]) -> None:
    from openpyxl.styles import Font

    ws = wb.create_sheet(title)
    for c, h in enumerate(headers, start=1):
        _put(ws, 1, c, h)
        ws.cell(row=1, column=c).font = Font(bold=True)
    for r, values in enumerate(rows, start=2):
        for c, value in enumerate(values, start=1):
            _put(ws, r, c, value)
    for c, h in enumerate(headers, start=1):
        width = max([len(str(h))] + [len(str(row[c - 1])) for row in rows[:500]]) + 2
        ws.column_dimensions[ws.cell(row=1, column=c).column_letter].width = min(width, 60)
    ws.freeze_panes = "A2"


def case_columns_default() -> tuple[str, str, str]:
    """The case list's role-column headings from the template that applies today."""
    return case_columns(default_library().pick(DEFAULT_TEMPLATE, dt.date.today()))


def export_workbook(
    path: Path,
    figs: Figures,
    cases: list[list[Any]],
    flt: DashboardFilter | None = None,
    case_columns: tuple[str, str, str] | None = None,
) -> None:
    """The workbook from figures and the pseudonymous case list (store.dashboard reads both).
    `case_columns`: the headings of the close-to-clarification, recommendation and
    present-to-forum columns, from the template (core.progress.case_columns)."""
    from openpyxl import Workbook

    wb = Workbook()
    overview = wb.active
    overview.title = "Overblik"
    flt = flt or DashboardFilter()
    lines: list[list[Any]] = [
        ["Udtræk lavet", dt.date.today()],
        ["Periode fra", flt.start or "–"],
        ["Periode til", flt.end or "–"],
        ["Enhed", flt.unit or "alle"],
        ["Organisation", flt.organisation or "alle"],
        ["Sager i målgruppen", figs.cases],
        ["Gennemgået", figs.reviewed],
        ["Andel gennemgået", figs.reviewed_share],
        ["Overskredne næste skridt", figs.overdue],
        ["Sager i konflikt", figs.conflicts],
    ]
    lines += [[f"Mål {day:%d.%m.%Y}", share] for day, share in TARGETS]
    for r, (label, value) in enumerate(lines, start=1):
        _put(overview, r, 1, label)
        _put(overview, r, 2, value)
    overview.column_dimensions["A"].width = 28
    overview.column_dimensions["B"].width = 16
    _sheet(
        wb,
        "Fremdrift",
        ["Måned (slut)", "Andel gennemgået"],
        [[day, share] for day, share in figs.progress],
    )
    _sheet(wb, "Status", ["Status", "Sager"], [[k, v] for k, v in figs.by_status.items()])
    _sheet(wb, "Udfald", ["Udfald", "Sager"], [[k, v] for k, v in figs.outcomes.items()])
    _sheet(wb, "Næste skridt", ["Type", "Antal"], [[k, v] for k, v in figs.steps_by_type.items()])
    _sheet(
        wb,
        "Ansvarlig",
        ["Organisation", "Næste skridt", "Overskredne"],
        [[k, v, figs.overdue_by_org.get(k, 0)] for k, v in figs.steps_by_org.items()],
    )
    _sheet(
        wb,
        "Medarbejdere",
        ["Medarbejder", "Underskrevne gennemgange"],
        [[k, v] for k, v in figs.per_reviewer.items()],
    )
    close, recommendation, forum = case_columns or case_columns_default()
    _sheet(
        wb,
        "Sager",
        [
            "Sagsnøgle",
            "Status",
            "Enhed",
            "Prioritet",
            "Tildelt",
            close,
            "Seneste gennemgang",
            recommendation,
            forum,
            "Åbne næste skridt",
            "Heraf overskredne",
        ],
        cases,
    )
    buf = io.BytesIO()
    wb.save(buf)
    write_atomic(path, buf.getvalue(), mode=0o600)
