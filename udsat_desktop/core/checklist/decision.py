"""A review that leads to a decision (issue 30, item 5): what must be recorded before it is
signed. Which answers lead to a decision, what is recorded and what the law calls it are the
template's (a section with `decision:`); the code reads only the section's rule and the
field role `hearing_date` (the day the citizen was heard)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from udsat_desktop.core.checklist.answers import field_problems
from udsat_desktop.core.checklist.model import Section, Template
from udsat_desktop.core.danish import format_date
from udsat_desktop.core.text import Msg, join
from udsat_desktop.core.vocabulary import ROLE_HEARING_DATE


def decision_sections(template: Template, answers: Mapping[str, Any]) -> tuple[Section, ...]:
    """The template's decision sections that the answers lead to (none for most reviews)."""
    return tuple(s for s in template.sections if s.decision is not None and s.applies(answers))


def _day(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def decision_problems(
    template: Template,
    answers: Mapping[str, Any],
    *,
    start: dt.date,
    signing_day: dt.date,
) -> list[str]:
    """Danish sentences naming what stops a review that leads to a decision from being
    signed: each record the template requires that is missing or invalid (by its label), and
    a hearing dated after the signing day or before the review started (its message carries
    the field's id as `field_id`, so a window can go to the field)."""
    problems: list[str] = []
    for section in decision_sections(template, answers):
        missing = [
            Msg(fld.label)
            for fld in section.fields
            if field_problems(fld, answers.get(fld.id), answers)
        ]
        if missing:
            problems.append(
                Msg(
                    "{section}: udfyld før underskrift: {fields}",
                    section=Msg(section.title),
                    fields=join(missing, ", "),
                )
            )
        for fld in section.fields:
            if ROLE_HEARING_DATE not in fld.roles or not fld.visible(answers):
                continue
            day = _day(answers.get(fld.id))
            if day is not None and day > signing_day:
                problems.append(
                    Msg(
                        "{section} › {field}: {day} ligger efter underskriftsdagen ({signing})",
                        section=Msg(section.title),
                        field=Msg(fld.label),
                        day=format_date(day),
                        signing=format_date(signing_day),
                        field_id=fld.id,
                    )
                )
            elif day is not None and day < start:
                problems.append(
                    Msg(
                        "{section} › {field}: {day} ligger før gennemgangens start ({start})",
                        section=Msg(section.title),
                        field=Msg(fld.label),
                        day=format_date(day),
                        start=format_date(start),
                        field_id=fld.id,
                    )
                )
    return problems
