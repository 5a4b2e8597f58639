"""The management workbook (Excel): the dashboard's figures and the case list from the store,
laid out by `reports.excel`. A workflow that joins store and reports, used by the dashboard
window; no Qt."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from udsat_desktop.core.progress import DashboardFilter, Figures
from udsat_desktop.reports.excel import export_workbook
from udsat_desktop.store.dashboard import case_column_headings, case_rows, figures
from udsat_desktop.store.db import Database


def write_workbook(
    db: Database, path: Path, flt: DashboardFilter | None = None, today: dt.date | None = None
) -> Figures:
    """The management workbook: figures and case list from the store, laid out by reports."""
    figs = figures(db, flt, today)
    # the case list's headings in the words of the templates that made its reviews
    export_workbook(path, figs, case_rows(db), flt, case_column_headings(db, today=today))
    return figs
