"""The figures behind the progress dashboard and the management workbook, read from the store.

Plain SQL aggregates over the local store (the queue's reader connection): cheap enough to
refresh on every filter change at 100,000 cases. A case counts as *reviewed* from the day its
first review was signed here or ingested from a colleague.

Outcomes per case come from the forum's recommendation when one is recorded, otherwise from
the latest signed review's recommendation; which outcome group a value counts in is the
template's word (core/progress.py). Nothing here names a field id or a Danish label: the
fields are found by role in each review's own template.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from udsat_desktop.core.checklist.library import TemplateLibrary
from udsat_desktop.core.checklist.model import DEFAULT_TEMPLATE, Template, TemplateError
from udsat_desktop.core.consent import StepOrganisation, step_overdue
from udsat_desktop.core.progress import (
    CLOSE_AT_START,
    DashboardFilter,
    Figures,
    case_columns,
    month_end,
    outcome_names,
)
from udsat_desktop.core.status import PRIORITY_LABELS, STATUS_LABELS, CaseStatus, ReviewStatus
from udsat_desktop.core.vocabulary import (
    LEGACY_RECORD_KEYS,
    ROLE_PRESENT_TO_FORUM,
    ROLE_RECOMMENDATION,
)
from udsat_desktop.platform.checklists import default_library
from udsat_desktop.store.case_facts import all_steps, counted_reviews, steps_by_case
from udsat_desktop.store.db import Database
from udsat_desktop.store.versions import (
    SignedVersion,
    not_counted_keys,
    open_conflict_keys,
    superseded_keys,
)

SIGNED = ReviewStatus.SIGNED.value


def _role_paths(library: TemplateLibrary, role: str) -> dict[tuple[str, str], str]:
    """Per template (id, version): the JSON path of the field with `role` in a review's
    answers."""
    out = {}
    for template in library.templates:
        fld = template.field_with_role(role)
        if fld is not None:
            out[(template.id, template.version)] = f"$.{fld.id}"
    return out


def _signed_local(
    con: Any, library: TemplateLibrary, role: str, where: str, args: list[Any]
) -> list[tuple[Any, ...]]:
    """Signed local reviews with the answer of the field that has `role` in their template:
    (review key, case key, signed day, reviewer, template id, version, value). json_extract in
    SQL, one query per template version: parsing every review's answers in Python cost most
    of a refresh."""
    rows: list[tuple[Any, ...]] = []
    for (template_id, version), path in _role_paths(library, role).items():
        rows += con.execute(
            f"SELECT r.review_key, c.case_key, substr(r.signed_at, 1, 10), r.primary_reviewer,"
            f" r.template_id, r.template_version, json_extract(r.answers, ?) FROM review r "
            f'JOIN "case" c ON c.id = r.case_id WHERE r.status = ? '
            f"AND r.template_id = ? AND r.template_version = ? {where}",
            [path, SIGNED, template_id, version, *args],
        ).fetchall()
    return rows


# Complexity (C901): one block per figure of the dashboard, each independent.
def figures(  # noqa: C901
    db: Database,
    flt: DashboardFilter | None = None,
    today: dt.date | None = None,
    library: TemplateLibrary | None = None,
) -> Figures:
    flt = flt or DashboardFilter()
    today = today or dt.date.today()
    library = default_library(library)
    merged = library.merged()
    con = db.reader()
    unit_sql, unit_args = ("AND c.jobcenter_unit = ?", [flt.unit]) if flt.unit else ("", [])
    cases = con.execute(
        f'SELECT count(*) FROM "case" c WHERE 1=1 {unit_sql}', unit_args
    ).fetchone()[0]
    by_status = {
        STATUS_LABELS[CaseStatus(s)]: n
        for s, n in con.execute(
            f'SELECT c.status, count(*) FROM "case" c WHERE 1=1 {unit_sql} GROUP BY c.status',
            unit_args,
        )
    }
    orgs = dict(con.execute("SELECT user_id, organisation FROM reviewer").fetchall())
    names = dict(con.execute("SELECT user_id, name FROM reviewer").fetchall())

    def in_period(day: dt.date | None) -> bool:
        if day is None:
            return False
        return (flt.start is None or day >= flt.start) and (flt.end is None or day <= flt.end)

    def org_ok(user: str | None) -> bool:
        return flt.organisation is None or orgs.get(user or "") == flt.organisation

    groups: dict[tuple[Any, Any, Any], str | None] = {}  # few distinct values: ask once

    def outcome(template_id: str | None, version: str | None, value: Any) -> str | None:
        key = (template_id, version, value)
        if key not in groups:
            template = library.find(template_id, version)
            groups[key] = (
                template.outcome_of(value)
                if template is not None
                else (None if value in (None, "") else merged.default_outcome())
            )
        return groups[key]

    # every signed review: local ones and those ingested from colleagues (by review key),
    # each with the outcome group its recommendation counts in
    signed: dict[str, tuple[str, dt.date, str, dict[str, Any]]] = {}
    for key, case_key, day, reviewer, template_id, version, value in _signed_local(
        con, library, ROLE_RECOMMENDATION, unit_sql, unit_args
    ):
        signed[key] = (
            case_key,
            dt.date.fromisoformat(day),
            reviewer,
            {"outcome": outcome(template_id, version, value), "template": (template_id, version)},
        )
    legacy = f"$.recommendation.{LEGACY_RECORD_KEYS[ROLE_RECOMMENDATION]}"
    for key, case_key, day, reviewers, template_id, version, value, group, old in con.execute(
        "SELECT i.review_key, i.case_key, i.review_date, i.reviewers, "
        "json_extract(i.record, '$.template.id'), json_extract(i.record, '$.template.version'),"
        " json_extract(i.record, '$.recommendation.recommendation'), "
        "json_extract(i.record, '$.recommendation.outcome'), json_extract(i.record, ?) "
        'FROM ingested_record i LEFT JOIN "case" c ON c.case_key = i.case_key '
        f"WHERE i.verdict = 'TRUSTED' {unit_sql}",
        [legacy, *unit_args],
    ):
        if key not in signed and day:
            signed[key] = (
                case_key,
                dt.date.fromisoformat(day),
                reviewers.split(",")[0],
                {
                    "outcome": group or outcome(template_id, version, value or old),
                    "template": (template_id, version),
                },
            )
    # a correction and the version it replaces are one case review: the replaced version
    # counts only for the day the case was first reviewed

    replaced = superseded_keys(db)
    # either side of an undecided conflict, or a review a decision overrules: the case counts
    # as reviewed, but no such review adds an outcome or a reviewer's count (issue 29)
    not_counted = not_counted_keys(db)
    in_conflict = open_conflict_keys(db)
    chosen = [
        (key, v)
        for key, v in signed.items()
        if org_ok(v[2]) and (in_period(v[1]) or (flt.start is None and flt.end is None))
    ]
    first_day: dict[str, dt.date] = {}
    latest: dict[str, tuple[dt.date, dict[str, Any]]] = {}
    per_reviewer: Counter[str] = Counter()
    for key, (case_key, day, reviewer, facts) in chosen:
        first_day[case_key] = min(day, first_day.get(case_key, day))
        if key in replaced or key in not_counted:
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

    # the forum's recommendation counts in the group its template (on the meeting's day) says
    team: dict[str, tuple[Template, str | None]] = {}
    for case_key, value, meeting_day in con.execute(
        "SELECT mc.case_key, mc.recommendation, m.meeting_date FROM meeting_case mc "
        "JOIN meeting m ON m.id = mc.meeting_id WHERE mc.recommendation IS NOT NULL "
        "ORDER BY m.meeting_date"
    ):
        forum_template = library.forum_template(dt.date.fromisoformat(str(meeting_day)[:10]))
        team[case_key] = (forum_template, forum_template.outcome_of(value))
    # each review is read through its own template (issue 30): the lines are those of every
    # template that applies in the period or made a counted review, oldest first, so a period
    # spanning a law change shows both vocabularies' lines
    used = {facts["template"] for _day, facts in latest.values() if facts.get("template")}
    shown = library.valid_between(flt.start, flt.end or today)
    if not shown and library.templates:
        shown = [max(library.templates, key=lambda t: t.valid_from)]
    shown += [
        t
        for t in sorted(library.templates, key=lambda t: t.valid_from)
        if (t.id, t.version) in used and t not in shown
    ]
    shown.sort(key=lambda t: t.valid_from)
    newest_label = {
        g.id: g.label for vocab in reversed(merged.newest_first) for g in vocab.outcome_groups
    }
    outcomes: Counter[str] = Counter()
    for template in shown:
        for line in outcome_names(template):
            outcomes.setdefault(line, 0)

    def group_label(template: Template | None, group: str) -> str:
        own = template.vocabulary.outcome_group(group) if template is not None else None
        return own.label if own is not None else newest_label.get(group, group)

    for case_key, (_day, facts) in latest.items():
        decided = team.get(case_key)
        if decided is not None and decided[1]:
            outcomes[group_label(decided[0], decided[1])] += 1
        elif facts.get("outcome"):
            key = facts.get("template")
            own = library.find(*key) if key else None
            outcomes[group_label(own, facts["outcome"])] += 1
    outcomes[CLOSE_AT_START] = con.execute(
        f'SELECT count(*) FROM "case" c WHERE c.close_to_clarification = 1 {unit_sql}', unit_args
    ).fetchone()[0]
    in_unit = (
        {
            k
            for (k,) in con.execute(
                f'SELECT c.case_key FROM "case" c WHERE 1=1 {unit_sql}', unit_args
            )
        }
        if flt.unit
        else None
    )
    # cases presented to each forum, under the name of the forum of the meeting's day
    for case_key, (forum_template, _group) in team.items():
        forum = forum_template.vocabulary.forum
        if forum is not None and (in_unit is None or case_key in in_unit):
            outcomes[forum.presented_label] += 1

    steps_by_type: Counter[str] = Counter()
    # few distinct values, thousands of steps: ask once per (type, template)
    step_labels: dict[tuple[str, tuple[str, str] | None], str] = {}
    org_labels: dict[str, str] = {}
    steps_by_org: Counter[str] = Counter()
    overdue_by_org: Counter[str] = Counter()
    overdue = 0

    # this store's steps and those of colleagues' reviews in force, counted alike: the one
    # query path the case panel, `udsat stats` and the workbook use (store/case_facts.py)
    steps = [
        (s.type, s.organisation, s.status, s.deadline, s.template)
        for s in all_steps(db)
        if in_unit is None or s.case_key in in_unit
    ]
    by_period = bool(flt.start or flt.end)
    for kind, org, status, deadline_day, template_key in steps:
        if flt.organisation and org != flt.organisation:
            continue
        if by_period and not in_period(deadline_day):
            continue
        key = (kind, template_key)  # a step keeps the label of the template that made it
        if key not in step_labels:
            step_labels[key] = library.read_through(template_key).step_label(kind)
        steps_by_type[step_labels[key]] += 1
        org_label = org_labels.get(org)
        if org_label is None:
            org_label = org_labels[org] = StepOrganisation(org).label
        steps_by_org[org_label] += 1
        if step_overdue(status, deadline_day, today):
            overdue += 1
            overdue_by_org[org_label] += 1
    return Figures(
        cases=cases,
        reviewed=len(first_day),
        progress=progress,
        by_status=by_status,
        outcomes=dict(outcomes),
        steps_by_type=dict(steps_by_type.most_common()),
        steps_by_org=dict(steps_by_org.most_common()),
        per_reviewer=dict(per_reviewer.most_common()),
        overdue=overdue,
        overdue_by_org=dict(overdue_by_org),
        conflicts=sum(1 for k in in_conflict if k in first_day),
    )


def case_rows(db: Database, library: TemplateLibrary | None = None) -> list[list[Any]]:
    """One row per case, pseudonymous: no CPR number, no name, no free text about the
    citizen. The review in force and the next steps are store/case_facts.py's (made here or
    ingested from a colleague, counted once); a case in conflict says "konflikt". The
    recommendation and "present to the forum" are read by role from each review's
    template (a colleague's from their record's facts)."""

    con = db.reader()
    library = default_library(library)
    latest: dict[str, tuple[dt.date | None, Any, Any]] = {}
    for case_key, version in counted_reviews(db).items():
        if version.answers is not None and version.template is not None:
            template = library.find(*version.template)
            if template is None:
                latest[case_key] = (version.review_date, None, None)
                continue
            latest[case_key] = (
                version.review_date,
                template.answer_of(ROLE_RECOMMENDATION, version.answers),
                template.answer_of(ROLE_PRESENT_TO_FORUM, version.answers),
            )
        else:
            facts = (version.record or {}).get("recommendation")
            facts = facts if isinstance(facts, dict) else {}
            latest[case_key] = (
                version.review_date,
                facts.get("recommendation"),
                facts.get("present_to_forum"),
            )
    in_conflict = open_conflict_keys(db)
    steps = steps_by_case(db)
    rows = []
    for case_key, status, unit, priority, reviewer, close in con.execute(
        "SELECT case_key, status, jobcenter_unit, priority, assigned_reviewer, "
        'close_to_clarification FROM "case" ORDER BY case_key'
    ):
        day, direction, present = latest.get(case_key, (None, None, None))
        if case_key in in_conflict:
            direction, present = "konflikt", "konflikt"
        open_steps, overdue = steps.get(case_key, (0, 0))
        rows.append(
            [
                case_key,
                STATUS_LABELS[CaseStatus(status)],
                unit or "",
                PRIORITY_LABELS.get(priority, ""),
                reviewer or "",
                "Ja" if close else "Nej",
                day,
                direction or "",
                "Ja" if present is True else "Nej" if present is False else (present or ""),
                open_steps,
                overdue,
            ]
        )
    return rows


def _template_of(version: SignedVersion) -> tuple[str, str] | None:
    if version.template is not None:
        return version.template
    ref = (version.record or {}).get("template")
    if isinstance(ref, dict) and ref.get("id") and ref.get("version"):
        return (str(ref["id"]), str(ref["version"]))
    return None


def case_column_headings(
    db: Database, library: TemplateLibrary | None = None, today: dt.date | None = None
) -> tuple[str, str, str]:
    """The "Sager" sheet's close-to-clarification, recommendation and present-to-forum
    headings, in the words of the templates that made the reviews listed (issue 30): one
    template's label, or each distinct label oldest first ("a / b") when the list spans a
    law change; the template of `today` when no review is listed."""
    library = default_library(library)
    keys = {k for v in counted_reviews(db).values() if (k := _template_of(v)) is not None}
    used = sorted(
        (t for t in library.templates if (t.id, t.version) in keys), key=lambda t: t.valid_from
    )
    if not used:
        try:
            used = [library.pick(DEFAULT_TEMPLATE, today or dt.date.today())]
        except TemplateError:
            used = sorted(library.templates, key=lambda t: t.valid_from)[-1:]
    columns = [case_columns(t) for t in used]
    return tuple(  # type: ignore[return-value]
        " / ".join(dict.fromkeys(c[i] for c in columns if c[i])) for i in range(3)
    )
