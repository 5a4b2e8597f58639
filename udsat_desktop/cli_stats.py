"""`udsat stats`: the cases by status and the coordinator's counts. Apart from `cli_setup` so
that the command loads no SQLAlchemy: the counts are plain SQL (store.case_facts), and
`udsat stats` is the CLI's start-up figure (benchmarks/cli_floor.py, issue 34)."""

from __future__ import annotations

import argparse

from udsat_desktop.cli_common import emit, open_store
from udsat_desktop.core.status import STATUS_LABELS, CaseStatus
from udsat_desktop.platform.paths import AppPaths
from udsat_desktop.store.case_facts import stats


def cmd_stats(args: argparse.Namespace, paths: AppPaths) -> int:
    db, _profile = open_store(paths)
    try:
        figures = stats(db)
    finally:
        db.close()

    def text() -> str:
        lines = [f"Sager i alt: {figures['cases']}"]
        for status in CaseStatus:
            lines.append(f"  {STATUS_LABELS[status]:<22}{figures['by_status'][status.value]:>8}")
        lines.append(f"Gennemgåede sager: {figures['reviewed_cases']}")
        lines.append(f"Underskrevne gennemgange: {figures['reviews']['underskrevet']}")
        if figures["conflicts"]:
            lines.append(f"Sager i konflikt (flere gældende gennemgange): {figures['conflicts']}")
        steps = figures["next_steps"]
        lines.append(f"Åbne næste skridt: {steps['open']} (overskredne: {steps['overdue']})")
        return "\n".join(lines)

    emit(args, figures, text)
    return 0
