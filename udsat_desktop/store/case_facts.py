"""One truth for the coordinator (issue 29): which review counts for each case, its consents
and next steps, and the counts built from them, read in one place for the case panel,
`udsat stats`, the dashboard and the Excel workbook.

A case's review in force is store/versions.py's (the latest signed version no other replaces
and no decision overrules; none while the case is in conflict). Its next steps are this
store's own (`next_step`, from reviews made here) and those of colleagues' reviews in force
ingested from the share (`team_steps`). Its consents are the ones recorded here, or,
for a case reviewed by a colleague, those their review in force recorded.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from udsat_desktop.core.consent import StepStatus, step_overdue
from udsat_desktop.core.literals import SOURCE_LOCAL, SOURCE_TEAM
from udsat_desktop.core.status import CaseStatus, ReviewStatus
from udsat_desktop.store.db import Database
from udsat_desktop.store.queue import consent_summary
from udsat_desktop.store.versions import (
    SignedVersion,
    all_latest,
    latest_signed,
    not_counted_keys,
    open_conflict_keys,
)

_TEAM_STEPS = """
SELECT i.review_key, i.case_key, json_extract(j.value, '$.type'),
       json_extract(j.value, '$.organisation'),
       json_extract(j.value, '$.deadline'), json_extract(j.value, '$.status'),
       json_extract(i.record, '$.template.id'), json_extract(i.record, '$.template.version')
FROM ingested_record i, json_each(i.record, '$.next_steps') j
WHERE i.verdict = 'TRUSTED'
  AND i.review_key NOT IN (SELECT review_key FROM review)
  AND i.review_key NOT IN (
      SELECT json_extract(record, '$.replaces_review_id') FROM ingested_record
      WHERE json_extract(record, '$.replaces_review_id') IS NOT NULL)
"""


def team_steps(db: Database) -> list[tuple[str, str, str, dt.date | None, str]]:
    """Next steps from colleagues' signed reviews ingested from the share (the latest version
    of each; reviews made here are counted from the local store instead): case key, type,
    organisation, deadline, status. A review not in force (either side of an undecided
    conflict, or one a coordinator's decision overrules) adds no steps: nothing is counted
    twice."""
    return [row[:5] for row in team_steps_with_template(db)]


def team_steps_with_template(
    db: Database,
) -> list[tuple[str, str, str, dt.date | None, str, tuple[str, str] | None]]:
    """`team_steps`, each with the (id, version) of the template its review was made with."""
    skip = not_counted_keys(db)
    rows = []
    for review_key, case_key, kind, org, deadline, status, t_id, t_version in db.reader().execute(
        _TEAM_STEPS
    ):
        if review_key in skip:
            continue
        if kind and org:
            rows.append(
                (
                    case_key,
                    kind,
                    org,
                    dt.date.fromisoformat(deadline) if deadline else None,
                    status,
                    (str(t_id), str(t_version)) if t_id and t_version else None,
                )
            )
    return rows


@dataclass(frozen=True)
class StepFact:
    case_key: str
    type: str
    organisation: str
    status: str
    deadline: dt.date | None
    source: str  # "lokal" or "teamet"
    # (id, version) of the template of the review that made the step: its label is that
    # template's (issue 30); None for a step of no known review
    template: tuple[str, str] | None = None


def all_steps(db: Database) -> list[StepFact]:
    """Every next step that counts: this store's and those of colleagues' reviews in force
    (never a step of a review not in force, never one twice)."""
    out = [
        StepFact(
            case_key,
            kind,
            org,
            status,
            dt.date.fromisoformat(deadline) if deadline else None,
            SOURCE_LOCAL,
            (t_id, t_version) if t_id and t_version else None,
        )
        for case_key, kind, org, status, deadline, t_id, t_version in db.reader().execute(
            "SELECT c.case_key, s.type, s.organisation, s.status, s.deadline, r.template_id, "
            'r.template_version FROM next_step s JOIN "case" c ON c.id = s.case_id '
            "LEFT JOIN review r ON r.id = s.review_id"
        )
    ]
    out += [
        StepFact(case_key, kind, org, status, deadline, SOURCE_TEAM, template)
        for case_key, kind, org, deadline, status, template in team_steps_with_template(db)
    ]
    return out


def step_counts(db: Database, today: dt.date | None = None) -> dict[str, int]:
    """Open and overdue next steps over `all_steps`: what stats, the dashboard and the
    workbook report."""
    today = today or dt.date.today()
    steps = all_steps(db)
    return {
        "open": sum(1 for s in steps if s.status == StepStatus.OPEN.value),
        "overdue": sum(1 for s in steps if step_overdue(s.status, s.deadline, today)),
    }


def steps_by_case(db: Database, today: dt.date | None = None) -> dict[str, tuple[int, int]]:
    """Per case key: (open steps, overdue steps)."""
    today = today or dt.date.today()
    out: dict[str, list[int]] = {}
    for step in all_steps(db):
        counts = out.setdefault(step.case_key, [0, 0])
        if step.status == StepStatus.OPEN.value:
            counts[0] += 1
        counts[1] += step_overdue(step.status, step.deadline, today)
    return {k: (v[0], v[1]) for k, v in out.items()}


def counted_reviews(db: Database) -> dict[str, SignedVersion]:
    """The review in force of every case that has one (cases in conflict have none)."""
    return all_latest(db)


def reviewed_case_count(db: Database) -> int:
    """Cases with at least one signed review (made here, or ingested intact from the share),
    as the dashboard counts *reviewed*; a case in conflict once. Plain SQL: no record read."""
    row = (
        db.reader()
        .execute(
            'SELECT count(*) FROM (SELECT c.case_key FROM review r JOIN "case" c '
            "ON c.id = r.case_id WHERE r.status = 'underskrevet' "
            "UNION SELECT case_key FROM ingested_record WHERE verdict = 'TRUSTED')"
        )
        .fetchone()
    )
    return int(row[0])


def signed_review_count(db: Database) -> int:
    """Signed reviews known here, each once: made here, or ingested intact from the share
    (a trusted signer), corrections and conflicting versions each one document."""
    row = (
        db.reader()
        .execute(
            "SELECT count(*) FROM (SELECT review_key FROM review WHERE status = 'underskrevet' "
            "UNION SELECT review_key FROM ingested_record WHERE verdict = 'TRUSTED')"
        )
        .fetchone()
    )
    return int(row[0])


def case_consents(db: Database, case_id: int, case_key: str) -> list[tuple[str, ...]]:
    """(purpose, status, form, date, template) of each consent of a case: the ones recorded
    here (template: "id@version" it was recorded under, or ""); for a
    case a colleague reviewed, those their review in force recorded (form unknown: "",
    the review's date)."""

    local = consent_summary(db, case_id)
    if local:
        return local
    latest = latest_signed(db, case_key)
    record = latest.record if latest is not None else None
    consents = record.get("consents") if record else None
    if not isinstance(consents, dict):
        return []
    day = latest.review_date.isoformat() if latest and latest.review_date else ""
    # the colleague's consents are named as the template of their review names them
    made = record.get("template") if record else None
    made_with = (
        f"{made.get('id')}@{made.get('version')}"
        if isinstance(made, dict) and made.get("id") and made.get("version")
        else ""
    )
    return [
        (str(purpose), str(status), "", day, made_with)
        for purpose, status in sorted(consents.items())
        if isinstance(status, str)
    ]


def stats(db: Database) -> dict[str, Any]:
    """`udsat stats`: the cases by status, the reviews by status and the coordinator's counts.
    Plain SQL on the thread's reader, no ORM: every `udsat stats` (and a script's polling)
    starts without loading SQLAlchemy (issue 34: 257 ms of a 427 ms start)."""
    conn = db.reader()
    counts = dict(conn.execute('SELECT status, count(*) FROM "case" GROUP BY status').fetchall())
    (close,) = conn.execute(
        'SELECT count(*) FROM "case" WHERE close_to_clarification = 1'
    ).fetchone()
    reviews = dict(conn.execute("SELECT status, count(*) FROM review GROUP BY status").fetchall())
    # signed reviews, next steps, reviewed cases and conflicts as the dashboard and the
    # workbook count them: this store's and the team's ingested ones
    by_status = {status.value: int(counts.get(status.value, 0)) for status in CaseStatus}
    review_counts = {k.value: int(reviews.get(k.value, 0)) for k in ReviewStatus}
    review_counts[ReviewStatus.SIGNED.value] = signed_review_count(db)
    return {
        "cases": sum(by_status.values()),
        "by_status": by_status,
        "close_to_clarification_at_start": int(close or 0),
        "reviews": review_counts,
        "reviewed_cases": reviewed_case_count(db),
        "conflicts": len(open_conflict_keys(db)),
        "next_steps": step_counts(db),
    }
