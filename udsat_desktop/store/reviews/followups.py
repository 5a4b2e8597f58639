"""Follow-up: the team's open next steps, local and from colleagues' signed reviews
ingested from the share."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from udsat_desktop.core.consent import (
    StepStatus,
    step_overdue,
)
from udsat_desktop.core.literals import SOURCE_LOCAL, SOURCE_TEAM
from udsat_desktop.store.case_facts import team_steps_with_template
from udsat_desktop.store.db import Database
from udsat_desktop.store.models import Case, NextStep
from udsat_desktop.store.reviews.next_steps import StepRecord, _step


@dataclass(frozen=True)
class FollowUpRow:
    step: StepRecord
    case_key: str
    source: str = SOURCE_LOCAL  # or "teamet": from a colleague's signed review on the share


def first_review_id(db: Database) -> int | None:
    """The id of some review in the store (the smoke test signs one), or None if none."""
    found = db.reader().execute("SELECT id FROM review LIMIT 1").fetchone()
    return int(found[0]) if found else None


def follow_up(
    db: Database,
    *,
    organisation: str | None = None,
    person: str | None = None,
    overdue_only: bool = False,
    today: dt.date | None = None,
) -> list[FollowUpRow]:
    """Open next steps across cases and across the team (steps in colleagues' ingested
    reviews), soonest deadline first (overdue ones first of all)."""
    today = today or dt.date.today()
    with db.read_session() as s:
        stmt = (
            select(NextStep, Case.case_key)
            .join(Case, Case.id == NextStep.case_id)
            .where(NextStep.status == StepStatus.OPEN.value)
        )
        if organisation:
            stmt = stmt.where(NextStep.organisation == organisation)
        if person:
            stmt = stmt.where(NextStep.person == person)
        stmt = stmt.order_by(NextStep.deadline.is_(None), NextStep.deadline, NextStep.id)
        rows = [
            FollowUpRow(_step(step), key)
            for step, key in s.execute(stmt).all()
            if not overdue_only or step_overdue(step.status, step.deadline, today)
        ]
    if not person:  # the team's steps carry no person
        for case_key, kind, org, deadline, status, template in team_steps_with_template(db):
            if status != StepStatus.OPEN.value or (organisation and org != organisation):
                continue
            if overdue_only and not step_overdue(status, deadline, today):
                continue
            rows.append(
                FollowUpRow(
                    StepRecord(0, 0, None, kind, org, None, deadline, status, None, None, template),
                    case_key,
                    SOURCE_TEAM,
                )
            )
        rows.sort(key=lambda r: (r.step.deadline is None, r.step.deadline or today))
    return rows
