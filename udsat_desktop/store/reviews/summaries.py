"""The summary's data: everything the summary PDF and the review record show, read in
one place."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from udsat_desktop.core.checklist.model import Template
from udsat_desktop.core.consent import (
    ConsentState,
    ConsentStatus,
    StepOrganisation,
    StepStatus,
)
from udsat_desktop.core.danish import format_date
from udsat_desktop.core.status import (
    REVIEW_STATUS_LABELS,
)
from udsat_desktop.core.summary import (
    Summary,
    answer_texts,
    changes_between,
    legal_basis_rows,
    part_headings,
    recommendation_text,
    record_facts,
    sections_from_answers,
    shown_cpr,
)
from udsat_desktop.platform.checklists import default_library
from udsat_desktop.store.db import Database
from udsat_desktop.store.models import Case, Consent, NextStep, Review, Reviewer
from udsat_desktop.store.reviews.consents import ConsentRecord, _consent
from udsat_desktop.store.reviews.next_steps import StepRecord, _step
from udsat_desktop.store.reviews.review_flow import get_review
from udsat_desktop.store.reviews.state import ReviewState, _vocabulary_of

# ----------------------------------------------------------------------------- summaries


def summary_of(
    db: Database, review_id: int, template: Template, *, full_cpr: bool = False
) -> Summary:
    """Everything the summary PDF and the review record show, read in one place."""

    return summaries_of(db, [(get_review(db, review_id), template, full_cpr)])[0]


def summaries_of(
    db: Database, wanted: Sequence[tuple[ReviewState, Template, bool]]
) -> list[Summary]:
    """The summaries of several reviews (each with its template and whether the CPR number is
    shown in full), read together: one session and one query per table for the whole group
    (cases, reviewers, the cases' reviews, consents, next steps), not per review. A batch of
    signatures reads its summaries this way (issue 34); `summary_of` is the group of one."""

    case_ids = sorted({review.case_id for review, _template, _full in wanted})
    with db.read_session() as s:
        cases = {c.id: c for c in s.scalars(select(Case).where(Case.id.in_(case_ids)))}
        people = {r.user_id: (r.name, r.organisation) for r in s.scalars(select(Reviewer))}
        rows = {r.id: r for r in s.scalars(select(Review).where(Review.case_id.in_(case_ids)))}
        consents: dict[int, list[Consent]] = {case_id: [] for case_id in case_ids}
        for c in s.scalars(
            select(Consent).where(Consent.case_id.in_(case_ids)).order_by(Consent.id)
        ):
            consents[c.case_id].append(c)
        steps: dict[int, list[StepRecord]] = {case_id: [] for case_id in case_ids}
        for st in s.scalars(
            select(NextStep)
            .where(NextStep.case_id.in_(case_ids))
            .order_by(NextStep.deadline.is_(None), NextStep.deadline, NextStep.id)
        ):
            steps[st.case_id].append(_step(st))  # its review is in the session already
        facts = []
        for review, _template, _full in wanted:
            case = cases.get(review.case_id)
            assert case is not None
            replaced_id = review.replaces_review_id
            replaced = (
                (rows.get(replaced_id) or s.get(Review, replaced_id)) if replaced_id else None
            )
            this = rows.get(review.id)
            # each step is named by the template of the review that made it (issue 30)
            made_with = {
                r.id: (r.template_id, r.template_version)
                for r in rows.values()
                if r.case_id == review.case_id
            }
            records = [_consent(c) for c in consents[review.case_id]]
            facts.append(
                _CaseFacts(
                    name=case.name,
                    cpr=case.cpr,
                    case_key=case.case_key,
                    replaces=(
                        f"{replaced.review_key} (version {replaced.version})" if replaced else None
                    ),
                    replaces_key=replaced.review_key if replaced else None,
                    old_answers=json.loads(replaced.answers or "{}") if replaced else None,
                    old_template=(
                        (replaced.template_id, replaced.template_version) if replaced else None
                    ),
                    correction_reason=(this.correction_reason or "") if this is not None else "",
                    made_with=made_with,
                    consents={r.purpose: r.state for r in records},
                    records={r.purpose: r for r in records},
                    steps=steps[review.case_id],
                )
            )
    return [
        _summary(review, template, full_cpr, found, people)
        for (review, template, full_cpr), found in zip(wanted, facts, strict=True)
    ]


@dataclass(frozen=True)
class _CaseFacts:
    """What one summary reads from the store besides its review."""

    name: str
    cpr: str
    case_key: str
    replaces: str | None
    replaces_key: str | None
    old_answers: dict[str, Any] | None
    old_template: tuple[str, str] | None
    correction_reason: str
    made_with: dict[int, tuple[str, str]]
    consents: dict[str, ConsentState]
    records: dict[str, ConsentRecord]  # the newest per purpose, with a refusal's outcome
    steps: list[StepRecord]


def _summary(
    review: ReviewState,
    template: Template,
    full_cpr: bool,
    found: _CaseFacts,
    people: dict[str, tuple[str, str]],
) -> Summary:
    name, cpr, case_key = found.name, found.cpr, found.case_key
    replaces, replaces_key = found.replaces, found.replaces_key
    old_answers, old_template = found.old_answers, found.old_template
    correction_reason, made_with = found.correction_reason, found.made_with
    reviewers = tuple(
        people.get(u, (u, "")) for u in (review.primary_reviewer, review.co_reviewer) if u
    )
    answers = review.answers
    states = found.consents
    step_rows = found.steps
    records = found.records
    vocab = _vocabulary_of(template)
    own_key = (template.id, template.version)

    def step_label(st: StepRecord) -> str:
        key = made_with.get(st.review_id) if st.review_id is not None else None
        if key is None or key == own_key:
            return vocab.step_label(st.type)
        return default_library(None).read_through(key).step_label(st.type)

    consents = tuple(
        (
            vocab.consent_label(p),
            st.status.label,
            st.form.label,
            format_date(st.given_on),
            format_date(st.expires) if st.expires else "–",
        )
        for p, st in sorted(states.items(), key=lambda x: x[0])
    )
    # a refused or withdrawn consent: what follows, in the words of the template it was
    # recorded under, and the caseworker's note (issue 30, item 6)
    refusals = {
        p: {"outcome": rec.outcome, "note": rec.note}
        for p, rec in records.items()
        if rec.outcome and rec.status is not ConsentStatus.GIVEN
    }
    consent_remarks = tuple(
        _refusal_remark(refusals.get(p)) for p, _st in sorted(states.items(), key=lambda x: x[0])
    )
    # what was decided: the steps in force with their remarks; cancelled ones apart
    cancelled = StepStatus.CANCELLED.value
    steps = tuple(
        (
            step_label(st),
            StepOrganisation(st.organisation).label,
            st.person or "",
            format_date(st.deadline),
            StepStatus(st.status).label,
            st.note or "",
        )
        for st in step_rows
        if st.status != cancelled
    )
    cancelled_steps = tuple(
        (
            step_label(st),
            StepOrganisation(st.organisation).label,
            st.person or "",
            format_date(st.deadline),
            st.note or "",
        )
        for st in step_rows
        if st.status == cancelled
    )
    facts = record_facts(template, answers)
    changes: tuple[tuple[str, str, str], ...] = ()
    if old_answers is not None and old_template is not None:
        before = (
            template
            if old_template == (template.id, template.version)
            else _template_or(template, old_template)
        )
        changes = changes_between(
            answer_texts(before, old_answers), answer_texts(template, answers)
        )
    return Summary(
        case_key=case_key,
        review_key=review.review_key,
        name=name,
        cpr_shown=shown_cpr(cpr, full=full_cpr),
        review_date=review.review_date,
        reviewers=reviewers,
        template_id=review.template_id,
        template_version=review.template_version,
        template_edition=template.edition,
        version=review.version,
        replaces=replaces,
        status=REVIEW_STATUS_LABELS.get(review.status, review.status),
        sections=sections_from_answers(template, answers),
        consents=consents,
        consent_remarks=consent_remarks,
        next_steps=steps,
        cancelled_steps=cancelled_steps,
        legal_bases=legal_basis_rows(template.as_of(review.review_date)),
        parts=part_headings(template),
        recommendation=recommendation_text(template, answers),
        extra={
            "facts": facts,
            "replaces_review_key": replaces_key,
            # the same facts in machine form, for the review record
            "next_steps": [
                {
                    "type": st.type,
                    "organisation": st.organisation,
                    "deadline": st.deadline.isoformat() if st.deadline else None,
                    "status": st.status,
                }
                for st in step_rows
            ],
            "consents": {p: st.status.value for p, st in states.items()},
            "consent_refusals": refusals,
            "answers": answers,
            # a correction's reason and changed fields, as printed (issue 29)
            "correction": (
                {
                    "reason": correction_reason,
                    "changes": [{"field": f, "old": a, "new": b} for f, a, b in changes],
                }
                if replaces_key
                else None
            ),
        },
        correction_reason=correction_reason,
        changes=changes,
    )


def _refusal_remark(refusal: dict[str, str | None] | None) -> str:
    if not refusal:
        return ""
    text = f"Følge af afslaget: {refusal['outcome']}"
    return text + (f". Note: {refusal['note']}" if refusal.get("note") else "")


def _template_or(fallback: Template, ref: tuple[str, str]) -> Template:
    """The template a replaced version was made with (a correction may have moved to a newer
    one), else `fallback`."""

    found = default_library(None).find(*ref)
    return found if found is not None else fallback
