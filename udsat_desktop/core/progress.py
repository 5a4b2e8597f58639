"""Progress against the taskforce's targets: the filter, the figures and how a case's outcome
is read (see store/dashboard.py for where the numbers come from).

Outcomes per case come from the forum's recommendation when one is recorded, otherwise from
the latest signed review's recommendation (the field with the role "recommendation"); the
template says which outcome group each value counts in (`outcome:` per option), so a law
change moves a value between groups without code. *Tæt på afklaring ved start* is the target
list's marker.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from udsat_desktop.core.vocabulary import ROLE_PRESENT_TO_FORUM, ROLE_RECOMMENDATION

if TYPE_CHECKING:  # annotations only: a sync with nothing new reads no template
    from udsat_desktop.core.checklist.model import Template

TARGETS = ((dt.date(2025, 12, 31), 0.60), (dt.date(2026, 6, 30), 1.00))
CLOSE_AT_START = "Tæt på afklaring ved start"


def outcome_names(template: Template) -> tuple[str, ...]:
    """One template's outcome lines, in order: its outcome groups, the target list's marker,
    and the cases presented to its forum. The dashboard shows those of every template of the
    period (store/dashboard.py)."""
    vocab = template.vocabulary
    names = [g.label for g in vocab.outcome_groups] + [CLOSE_AT_START]
    if vocab.forum is not None:
        names.append(vocab.forum.presented_label)
    return tuple(names)


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
    progress: list[tuple[dt.date, float]]  # month end, share of cases reviewed
    by_status: dict[str, int]
    outcomes: dict[str, int]
    steps_by_type: dict[str, int]
    steps_by_org: dict[str, int]
    per_reviewer: dict[str, int]
    overdue: int
    overdue_by_org: dict[str, int] = field(default_factory=dict)
    # cases with two or more signed reviews a coordinator has not decided between (issue 29):
    # reviewed, but counted in no outcome, reviewer or step figure
    conflicts: int = 0

    @property
    def reviewed_share(self) -> float:
        return self.reviewed / self.cases if self.cases else 0.0


def case_columns(template: Template) -> tuple[str, str, str]:
    """Headings for the case list's close-to-clarification, recommendation and
    present-to-forum columns: the template's own field labels."""

    recommendation = template.field_with_role(ROLE_RECOMMENDATION)
    forum = template.field_with_role(ROLE_PRESENT_TO_FORUM)
    return (
        CLOSE_AT_START,
        recommendation.label if recommendation else "",
        forum.label if forum else "",
    )


def month_end(day: dt.date) -> dt.date:
    following = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return following - dt.timedelta(days=1)
