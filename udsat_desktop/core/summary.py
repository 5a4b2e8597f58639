"""What a review summary says, independent of how it is drawn: the PDF renderer and the JSON
record are both built from a `Summary`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from udsat_desktop.core.checklist.answers import answered_text
from udsat_desktop.core.checklist.model import Template
from udsat_desktop.core.cpr import mask_cpr
from udsat_desktop.core.vocabulary import (
    ROLE_CLOSE,
    ROLE_PRESENT_TO_FORUM,
    ROLE_REASON,
    ROLE_RECOMMENDATION,
    ROLE_RECOMMENDATION_DETAIL,
)

# The summary's parts (DOMAIN.md §2): part A describes and documents only, part B assesses
# and recommends. Their headings and notes are the template's (`vocabulary.summary_parts`):
# the law names them, so the code does not.


@dataclass(frozen=True)
class SummaryPartHeading:
    id: str  # "A" or "B"
    title: str
    note: str = ""


@dataclass(frozen=True)
class SummaryRow:
    label: str
    text: str


@dataclass(frozen=True)
class SummaryTable:
    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class SummarySection:
    title: str
    rows: tuple[SummaryRow, ...] = ()
    tables: tuple[SummaryTable, ...] = ()
    part: str = ""  # "A", "B" or "" (a template without the split)
    # the template's decision section (partshøring, begrundelse, klagevejledning): printed as
    # a part of its own after the recommendation, and only when the review leads to one
    decision: bool = False


@dataclass(frozen=True)
class Summary:
    case_key: str
    review_key: str
    name: str
    cpr_shown: str  # masked unless the output's setting says the recipient needs it
    review_date: dt.date
    reviewers: tuple[tuple[str, str], ...]  # (name, organisation)
    template_id: str
    template_version: str
    version: int
    replaces: str | None
    status: str
    sections: tuple[SummarySection, ...]
    consents: tuple[tuple[str, ...], ...]  # purpose, status, form, date, expiry date
    # the steps in force: type, org, person, deadline, status, remark
    next_steps: tuple[tuple[str, ...], ...]
    recommendation: str
    extra: dict[str, Any] = field(default_factory=dict)
    # cancelled steps, listed apart and marked: type, org, person, deadline, remark
    cancelled_steps: tuple[tuple[str, ...], ...] = ()
    # a correction: why it was made, and each changed field (label, old, new) against the
    # version it replaces ("ændret" for a long text) (issue 29)
    correction_reason: str = ""
    changes: tuple[tuple[str, str, str], ...] = ()
    # information flows that rest on a legal basis, not a consent: (flow (recipient), basis)
    legal_bases: tuple[tuple[str, str], ...] = ()
    # the headings of the parts A and B, from the review's own template (`part_headings`)
    parts: tuple[SummaryPartHeading, ...] = ()
    # per consent row: a refusal's outcome and note ("" for a consent given)
    consent_remarks: tuple[str, ...] = ()

    # the template as the footer names it, with its correction: "skabelon 2026, rettelse 2"
    template_edition: str = ""

    def part(self, part_id: str) -> SummaryPartHeading:
        """The heading of part A or B; a template that splits its sections without naming
        the parts gets the bare letter."""
        found = next((p for p in self.parts if p.id == part_id), None)
        return found or SummaryPartHeading(part_id, f"Del {part_id}")


def part_headings(template: Template) -> tuple[SummaryPartHeading, ...]:
    """The headings and notes of the summary's parts, in the words of the review's template."""
    return tuple(
        SummaryPartHeading(p.id, p.title, p.note) for p in template.vocabulary.summary_parts
    )


def sections_from_answers(
    template: Template, answers: dict[str, Any]
) -> tuple[SummarySection, ...]:
    """Every field section in template order; repeating groups become tables. A decision
    section is there only when the answers lead to a decision."""
    out: list[SummarySection] = []
    for section in template.sections:
        if section.kind != "fields" or not section.applies(answers):
            continue
        rows: list[SummaryRow] = []
        tables: list[SummaryTable] = []
        for fld in section.fields:
            if not fld.visible(answers):
                continue
            value = answers.get(fld.id)
            if fld.type == "group":
                items = value or []
                headers = tuple(sub.label for sub in fld.fields)
                table_rows = tuple(  # an empty cell says so, as an empty field does
                    tuple(answered_text(item.get(sub.id)) or "–" for sub in fld.fields)
                    for item in items
                )
                tables.append(SummaryTable(fld.label, headers, table_rows))
                continue
            text = answered_text(value)
            if fld.type == "number" and text and fld.unit:
                text = f"{text.replace('.', ',')} {fld.unit}"
            rows.append(SummaryRow(fld.printed_label, text or "–"))
        out.append(
            SummarySection(
                section.title,
                tuple(rows),
                tuple(tables),
                section.part,
                decision=section.decision is not None,
            )
        )
    return tuple(out)


def answer_texts(template: Template, answers: dict[str, Any]) -> dict[str, str]:
    """Each visible field as (label → text), in template order, as the summary prints it; a
    repeating group as its rows joined ("a / b; c / d"). A label used twice gets its section's
    title in front. What conflicts and corrections compare, field by field."""
    out: dict[str, str] = {}
    for section in sections_from_answers(template, answers):
        items = [(row.label, row.text) for row in section.rows] + [
            (table.title, "; ".join(" / ".join(r) for r in table.rows) or "–")
            for table in section.tables
        ]
        for label, text in items:
            out[f"{section.title} › {label}" if label in out else label] = text
    return out


LONG_TEXT = 80  # a value longer than this (or over several lines) is shown as "ændret"
CHANGED = "ændret"


def _short(text: str) -> bool:
    return len(text) <= LONG_TEXT and "\n" not in text


def changes_between(old: dict[str, str], new: dict[str, str]) -> tuple[tuple[str, str, str], ...]:
    """Each field whose text differs between two versions (`answer_texts` of each), in the
    new version's order then the old one's: (label, old, new). A long text on either side is
    ("ændret", "ændret") apart from its label: the summary names it, the versions show it."""
    out = []
    for label in [*new, *(k for k in old if k not in new)]:
        before, after = old.get(label, "–"), new.get(label, "–")
        if before == after:
            continue
        if _short(before) and _short(after):
            out.append((label, before, after))
        else:
            out.append((label, CHANGED, CHANGED))
    return tuple(out)


def legal_basis_rows(template: Template) -> tuple[tuple[str, str], ...]:
    """The information flows of the template's consent sections that rest on a legal basis
    (no consent needed): what the review window shows as "Hjemmel: …", for the summary."""
    vocab = template.vocabulary
    shown = {f for s in template.sections if s.kind == "consents" for f in s.information_flows}
    rows = []
    for flow in vocab.information_flows:
        if flow.id not in shown or not flow.needs.legal_basis:
            continue
        basis = vocab.legal_basis(flow.needs.legal_basis)
        text = basis.label if basis else flow.needs.legal_basis
        if basis is not None and basis.reference:
            text += f" ({basis.reference})"
        what = f"{flow.label} ({flow.recipient})" if flow.recipient else flow.label
        rows.append((what, text))
    cpr = vocab.cpr_legal_basis()
    if cpr is not None:  # why the summary carries the CPR number, as the template says
        rows.append(("CPR-nummer", cpr.full_label))
    return tuple(rows)


def recommendation_text(template: Template, answers: dict[str, Any]) -> str:
    """The recommendation in one paragraph, read through the template's field roles."""
    text = answered_text(template.answer_of(ROLE_RECOMMENDATION, answers)) or "–"
    detail = template.answer_of(ROLE_RECOMMENDATION_DETAIL, answers)
    if detail:
        text += f": {detail}"
    forum = template.vocabulary.forum
    present = template.answer_of(forum.candidate_role if forum else ROLE_PRESENT_TO_FORUM, answers)
    name = forum.name if forum is not None else ""
    reason = template.answer_of(ROLE_REASON, answers)
    if present is True and name:
        text += f". Sagen forelægges {name}"
        if reason:
            text += f": {reason}"
    elif present is False and name:
        text += f". Sagen forelægges ikke {name}"
        if reason:
            text += f": {reason}"
    return text


def record_facts(template: Template, answers: dict[str, Any]) -> dict[str, Any]:
    """The review's facts the coordinator counts and plans from, named by role: the
    recommendation, the outcome group it counts in, whether the case goes to the forum."""
    forum = template.vocabulary.forum
    value = template.answer_of(ROLE_RECOMMENDATION, answers)
    return {
        "recommendation": value,
        "outcome": template.outcome_of(value),
        "present_to_forum": template.is_forum_candidate(answers),
        "forum": forum.id if forum is not None else None,
        "close_to_clarification": template.answer_of(ROLE_CLOSE, answers),
    }


def shown_cpr(cpr: str, *, full: bool) -> str:
    return cpr if full else mask_cpr(cpr)
