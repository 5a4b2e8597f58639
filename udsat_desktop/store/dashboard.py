"""The figures behind the progress dashboard and the management workbook, read from the store.

Plain SQL aggregates over the local store (the queue's reader connection): cheap enough to
refresh on every filter change at 100,000 cases. A case counts as *reviewed* from the day its
first review was signed here or ingested from a colleague.

Outcomes per case come from the rehabiliteringsteam's recommendation when one is recorded,
otherwise from the latest signed review's *afklaringsretning*:
Førtidspension → førtidspension; Fleksjob → fleksjob; Tilskud til selvstændig → job eller
uddannelse; every other direction → fortsat indsats. *Tæt på afklaring ved start* is the
target list's marker.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from typing import Any

from udsat_desktop.core.consent import NextStepType, StepOrganisation
from udsat_desktop.core.progress import (
    DIRECTION_OUTCOME,
    OUTCOMES,
    DashboardFilter,
    Figures,
    month_end,
)
from udsat_desktop.core.status import STATUS_LABELS, CaseStatus
from udsat_desktop.store.db import Database


def figures(db: Database, flt: DashboardFilter | None = None,
            today: dt.date | None = None) -> Figures:
    flt = flt or DashboardFilter()
    today = today or dt.date.today()
    con = db.reader()
    unit_sql, unit_args = ("AND c.jobcenter_unit = ?", [flt.unit]) if flt.unit else ("", [])
    cases = con.execute(f'SELECT count(*) FROM "case" c WHERE 1=1 {unit_sql}',
                        unit_args).fetchone()[0]
    by_status = {STATUS_LABELS[CaseStatus(s)]: n for s, n in con.execute(
        f'SELECT c.status, count(*) FROM "case" c WHERE 1=1 {unit_sql} GROUP BY c.status',
        unit_args)}
    orgs = dict(con.execute("SELECT user_id, organisation FROM reviewer").fetchall())
    names = dict(con.execute("SELECT user_id, name FROM reviewer").fetchall())

    def in_period(day: dt.date | None) -> bool:
        if day is None:
            return False
        return (flt.start is None or day >= flt.start) and (flt.end is None or day <= flt.end)

    def org_ok(user: str | None) -> bool:
        return flt.organisation is None or orgs.get(user or "") == flt.organisation

    # every signed review: local ones and those ingested from colleagues (by review key)
    signed: dict[str, tuple[str, dt.date, str, dict[str, Any]]] = {}
    # json_extract in SQL: parsing every review's answers in Python cost most of a refresh
    for key, case_key, day, reviewer, direction in con.execute(
            f"SELECT r.review_key, c.case_key, substr(r.signed_at, 1, 10), r.primary_reviewer,"
            f" json_extract(r.answers, '$.afklaringsretning') FROM review r "
            f"JOIN \"case\" c ON c.id = r.case_id "
            f"WHERE r.status = 'underskrevet' {unit_sql}", unit_args):
        signed[key] = (case_key, dt.date.fromisoformat(day), reviewer,
                       {"afklaringsretning": direction})
    for key, case_key, day, reviewers, direction in con.execute(
            "SELECT i.review_key, i.case_key, i.review_date, i.reviewers, "
            "json_extract(i.record, '$.recommendation.afklaringsretning') "
            "FROM ingested_record i LEFT JOIN \"case\" c ON c.case_key = i.case_key "
            f"WHERE i.verdict IN ('TRUSTED', 'UNKNOWN_SIGNER') {unit_sql}", unit_args):
        if key not in signed and day:
            signed[key] = (case_key, dt.date.fromisoformat(day), reviewers.split(",")[0],
                           {"afklaringsretning": direction})
    # a correction and the version it replaces are one case review: the replaced version
    # counts only for the day the case was first reviewed
    from udsat_desktop.store.versions import superseded_keys

    replaced = superseded_keys(db)
    chosen = [(key, v) for key, v in signed.items() if org_ok(v[2])
              and (in_period(v[1]) or (flt.start is None and flt.end is None))]
    first_day: dict[str, dt.date] = {}
    latest: dict[str, tuple[dt.date, dict[str, Any]]] = {}
    per_reviewer: Counter[str] = Counter()
    for key, (case_key, day, reviewer, facts) in chosen:
        first_day[case_key] = min(day, first_day.get(case_key, day))
        if key in replaced:
            continue
        if case_key not in latest or latest[case_key][0] <= day:
            latest[case_key] = (day, facts)
        per_reviewer[names.get(reviewer, reviewer)] += 1

    progress: list[tuple[dt.date, float]] = []
    if first_day and cases:
        month = month_end(min(first_day.values()))
        last = month_end(flt.end or max(today, max(first_day.values())))
        days = sorted(first_day.values())
        index = 0
        while month <= last:
            while index < len(days) and days[index] <= month:
                index += 1
            progress.append((month, index / cases))
            month = month_end(month + dt.timedelta(days=1))

    team = dict(con.execute(
        "SELECT mc.case_key, mc.recommendation FROM meeting_case mc JOIN meeting m "
        "ON m.id = mc.meeting_id WHERE mc.recommendation IS NOT NULL "
        "ORDER BY m.meeting_date").fetchall())
    outcomes: Counter[str] = Counter({name: 0 for name in OUTCOMES})
    for case_key, (_day, facts) in latest.items():
        direction = team.get(case_key) or facts.get("afklaringsretning")
        if direction:
            outcomes[DIRECTION_OUTCOME.get(direction, "Fortsat indsats")] += 1
    outcomes["Tæt på afklaring ved start"] = con.execute(
        f'SELECT count(*) FROM "case" c WHERE c.close_to_clarification = 1 {unit_sql}',
        unit_args).fetchone()[0]
    in_unit = {k for (k,) in con.execute(f'SELECT c.case_key FROM "case" c WHERE 1=1 {unit_sql}',
                                         unit_args)} if flt.unit else None
    outcomes["Forelagt rehabiliteringsteamet"] = sum(
        1 for k in team if in_unit is None or k in in_unit)

    step_sql = ("SELECT s.type, s.organisation, s.status, s.deadline FROM next_step s "
                f"JOIN \"case\" c ON c.id = s.case_id WHERE 1=1 {unit_sql}")
    steps_by_type: Counter[str] = Counter()
    steps_by_org: Counter[str] = Counter()
    overdue_by_org: Counter[str] = Counter()
    overdue = 0
    from udsat_desktop.store.reviews import team_steps

    # this store's steps and those in colleagues' ingested reviews, counted alike
    steps = [(kind, org, status, dt.date.fromisoformat(deadline) if deadline else None)
             for kind, org, status, deadline in con.execute(step_sql, unit_args)]
    steps += [(kind, org, status, deadline) for key, kind, org, deadline, status
              in team_steps(db) if in_unit is None or key in in_unit]
    for kind, org, status, deadline_day in steps:
        if flt.organisation and org != flt.organisation:
            continue
        if (flt.start or flt.end) and not in_period(deadline_day):
            continue
        steps_by_type[NextStepType(kind).label] += 1
        org_label = StepOrganisation(org).label
        steps_by_org[org_label] += 1
        if status == "aaben" and deadline_day and deadline_day < today:
            overdue += 1
            overdue_by_org[org_label] += 1
    return Figures(cases=cases, reviewed=len(first_day), progress=progress,
                   by_status=by_status, outcomes=dict(outcomes),
                   steps_by_type=dict(steps_by_type.most_common()),
                   steps_by_org=dict(steps_by_org.most_common()),
                   per_reviewer=dict(per_reviewer.most_common()), overdue=overdue,
                   overdue_by_org=dict(overdue_by_org))


def case_rows(db: Database) -> list[list[Any]]:
    """One row per case, pseudonymous: no CPR number, no name, no free text about the
    citizen."""
    con = db.reader()
    latest: dict[int, tuple[str, str | None, Any]] = {}
    for case_id, day, answers in con.execute(
            "SELECT case_id, review_date, answers FROM review WHERE status = 'underskrevet' "
            "ORDER BY version"):
        facts = json.loads(answers)
        latest[case_id] = (day, facts.get("afklaringsretning"), facts.get("forelaeg_rehab"))
    today = dt.date.today().isoformat()
    steps: dict[int, list[int]] = {}
    for case_id, status, deadline in con.execute(
            "SELECT case_id, status, deadline FROM next_step"):
        counts = steps.setdefault(case_id, [0, 0])
        if status == "aaben":
            counts[0] += 1
            if deadline and deadline < today:
                counts[1] += 1
    rows = []
    for case_id, case_key, status, unit, priority, reviewer, close in con.execute(
            'SELECT id, case_key, status, jobcenter_unit, priority, assigned_reviewer, '
            'close_to_clarification FROM "case" ORDER BY case_key'):
        day, direction, rehab = latest.get(case_id, (None, None, None))
        open_steps, overdue = steps.get(case_id, [0, 0])
        rows.append([case_key, STATUS_LABELS[CaseStatus(status)], unit or "",
                     {1: "Høj", 2: "Normal", 3: "Lav"}.get(priority, ""), reviewer or "",
                     "Ja" if close else "Nej",
                     dt.date.fromisoformat(day) if day else None, direction or "",
                     "Ja" if rehab is True else "Nej" if rehab is False else "",
                     open_steps, overdue])
    return rows
