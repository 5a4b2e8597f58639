"""Progress against the taskforce's targets: the filter, the figures and how a case's outcome
is read (see store/dashboard.py for where the numbers come from).

Outcomes per case come from the rehabiliteringsteam's recommendation when one is recorded,
otherwise from the latest signed review's *afklaringsretning*:
Førtidspension → førtidspension; Fleksjob → fleksjob; Tilskud til selvstændig → job eller
uddannelse; every other direction → fortsat indsats. *Tæt på afklaring ved start* is the
target list's marker.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

TARGETS = ((dt.date(2025, 12, 31), 0.60), (dt.date(2026, 6, 30), 1.00))
OUTCOMES = ("Førtidspension", "Fleksjob", "Job eller uddannelse", "Fortsat indsats",
            "Tæt på afklaring ved start", "Forelagt rehabiliteringsteamet")
DIRECTION_OUTCOME = {"Førtidspension": "Førtidspension", "Fleksjob": "Fleksjob",
                     "Tilskud til selvstændig": "Job eller uddannelse"}


@dataclass(frozen=True)
class DashboardFilter:
    start: dt.date | None = None
    end: dt.date | None = None
    unit: str | None = None
    organisation: str | None = None  # BIF / SOF / Region: the reviewer's organisation


@dataclass
class Figures:
    cases: int
    reviewed: int
    progress: list[tuple[dt.date, float]]          # month end, share of cases reviewed
    by_status: dict[str, int]
    outcomes: dict[str, int]
    steps_by_type: dict[str, int]
    steps_by_org: dict[str, int]
    per_reviewer: dict[str, int]
    overdue: int
    overdue_by_org: dict[str, int] = field(default_factory=dict)

    @property
    def reviewed_share(self) -> float:
        return self.reviewed / self.cases if self.cases else 0.0


def month_end(day: dt.date) -> dt.date:
    following = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return following - dt.timedelta(days=1)


