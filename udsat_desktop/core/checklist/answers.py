"""The rules for a review's answers: filled, valid, complete, cleaned; carried across to
a newer template."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from udsat_desktop.core.checklist.model import Answers, Field, Section, Template, is_filled
from udsat_desktop.core.danish import format_number
from udsat_desktop.core.text import Msg

# ------------------------------------------------------------------------------- answers


# Complexity (C901): one branch per field type and condition, as the template format lists them.
def field_problems(fld: Field, value: Any, answers: Mapping[str, Any]) -> list[str]:  # noqa: C901
    """Danish messages for one field; empty when it is fine."""
    if not fld.visible(answers):
        return []
    if not is_filled(value):
        return [Msg("Skal udfyldes")] if fld.is_required(answers) else []
    problems: list[str] = []
    if fld.type == "number":
        try:
            number = float(value)
        except (TypeError, ValueError):
            return [Msg("Skal være et tal")]
        if fld.min is not None and number < fld.min:
            problems.append(
                Msg("Mindst {number} {unit}", number=format_number(fld.min), unit=Msg(fld.unit))
                if fld.unit
                else Msg("Mindst {number}", number=format_number(fld.min))
            )
        if fld.max is not None and number > fld.max:
            problems.append(
                Msg("Højst {number} {unit}", number=format_number(fld.max), unit=Msg(fld.unit))
                if fld.unit
                else Msg("Højst {number}", number=format_number(fld.max))
            )
    elif fld.type == "date":
        try:
            dt.date.fromisoformat(str(value))
        except ValueError:
            problems.append(Msg("Ugyldig dato (brug dd.mm.åååå)"))
    elif fld.type == "single_choice" and value not in fld.options:
        problems.append(Msg("Vælg en af mulighederne"))
    elif fld.type == "multi_choice":
        if not isinstance(value, list) or any(v not in fld.options for v in value):
            problems.append(Msg("Ukendt valgmulighed"))
    elif fld.type == "yes_no" and not isinstance(value, bool):
        problems.append(Msg("Vælg ja eller nej"))
    elif fld.type == "group":
        if not isinstance(value, list):
            return [Msg("Ugyldig gruppe")]
        for i, item in enumerate(value, start=1):
            for sub in fld.fields:
                for problem in field_problems(sub, item.get(sub.id), item):
                    problems.append(
                        Msg(
                            "{item} {number}, {field}: {problem}",
                            item=Msg(fld.item_label or "Punkt"),
                            number=i,
                            field=Msg(sub.label),
                            problem=problem,
                        )
                    )
    return problems


def section_problems(section: Section, answers: Mapping[str, Any]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for fld in section.fields:
        problems = field_problems(fld, answers.get(fld.id), answers)
        if problems:
            out[fld.id] = problems
    return out


def completeness(section: Section, answers: Mapping[str, Any]) -> tuple[int, int]:
    """(required fields filled without problems, required fields) for a field section."""
    done = total = 0
    for fld in section.fields:
        if fld.is_required(answers):
            total += 1
            if not field_problems(fld, answers.get(fld.id), answers):
                done += 1
    return done, total


def _kept(value: Any) -> bool:
    return isinstance(value, bool) or is_filled(value)


def clean_answers(template: Template, answers: Mapping[str, Any]) -> Answers:
    """Only the template's own fields, and no empty values, so that the same answers always
    compare equal however they were entered. Hidden fields keep their values (a condition may
    show them again)."""
    fields = {f.id: f for f in template.all_fields()}
    out: Answers = {}
    for key, value in answers.items():
        fld = fields.get(key)
        if fld is None or not _kept(value):
            continue
        if fld.type == "group" and isinstance(value, list):
            subs = {f.id: f for f in fld.fields}
            value = [
                {k: _ordered(subs.get(k), v) for k, v in item.items() if _kept(v)}
                for item in value
                if isinstance(item, dict)
            ]
        out[key] = _ordered(fld, value)
    return out


def _ordered(fld: Field | None, value: Any) -> Any:
    """Multiple choices in the template's order, whatever order they were ticked in."""
    if fld is not None and fld.type == "multi_choice" and isinstance(value, list):
        rank = {option: i for i, option in enumerate(fld.options)}
        return sorted(value, key=lambda v: rank.get(v, len(rank)))
    return value


def answered_text(value: Any) -> str:
    """An answer as text for summaries and search."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Ja" if value else "Nej"
    if isinstance(value, list):
        return ", ".join(answered_text(v) for v in value)
    if isinstance(value, dict):
        return " – ".join(answered_text(v) for v in value.values() if v)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = str(value)
    if re.fullmatch(r"\d{4}-\d\d-\d\d", text):
        d = dt.date.fromisoformat(text)
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    return text


def move_answers(
    old: Template, new: Template, answers: Mapping[str, Any]
) -> tuple[Answers, list[str]]:
    """Carry a review's answers across to a newer template: every answer whose field id, type
    and (for choices) value still exist in the new template moves; the labels of the rest are
    returned so the user can be told what must be filled in again."""
    moved: Answers = {}
    dropped: list[str] = []
    new_fields = {f.id: f for f in new.all_fields()}
    for fld in old.all_fields():
        if fld.id not in answers or not _kept(answers[fld.id]):
            continue
        value = answers[fld.id]
        target = new_fields.get(fld.id)
        if target is None or target.type != fld.type:
            dropped.append(fld.label)
            continue
        if target.type == "single_choice" and value not in target.options:
            dropped.append(fld.label)
            continue
        if target.type == "multi_choice" and isinstance(value, list):
            kept = [v for v in value if v in target.options]
            if len(kept) != len(value):
                dropped.append(fld.label)
            value = kept
        moved[fld.id] = value
    return clean_answers(new, moved), dropped
