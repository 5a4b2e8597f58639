"""The review's state as the store hands it out, the errors of the review store, and the
case status moves a review makes (audited in the caller's transaction)."""

from __future__ import annotations

import datetime as dt
import json
import secrets
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from udsat_desktop.core.checklist.errata import ErrataNotice
from udsat_desktop.core.checklist.library import TemplateLibrary
from udsat_desktop.core.checklist.model import Template
from udsat_desktop.core.status import (
    CaseStatus,
    ReviewStatus,
    can_transition,
)
from udsat_desktop.core.text import Msg
from udsat_desktop.core.vocabulary import MergedVocabulary
from udsat_desktop.platform.checklists import merged_vocabulary
from udsat_desktop.store import audit_append as audit
from udsat_desktop.store.cases import change_status
from udsat_desktop.store.errors import StoreError
from udsat_desktop.store.models import Case, Review


class ReviewLocked(StoreError):
    pass


class StepBlocked(StoreError):
    pass


DRAFT, READY, SIGNED = ReviewStatus.DRAFT, ReviewStatus.READY, ReviewStatus.SIGNED


@dataclass(frozen=True)
class ReviewState:
    id: int
    review_key: str
    case_id: int
    version: int
    replaces_review_id: int | None
    template_id: str
    template_version: str
    review_date: dt.date
    status: str
    answers: dict[str, Any]
    primary_reviewer: str
    co_reviewer: str | None
    current_section: str | None
    current_field: str | None
    updated_at: dt.datetime
    template_revision: int = 1
    errata_notice: ErrataNotice | None = None  # shown until the review is signed

    @property
    def locked(self) -> bool:
        return self.status == SIGNED


def _state(row: Review) -> ReviewState:
    return ReviewState(
        row.id,
        row.review_key,
        row.case_id,
        row.version,
        row.replaces_review_id,
        row.template_id,
        row.template_version,
        row.review_date,
        row.status,
        json.loads(row.answers or "{}"),
        row.primary_reviewer,
        row.co_reviewer,
        row.current_section,
        row.current_field,
        row.updated_at,
        row.template_revision or 1,
        ErrataNotice.from_json(json.loads(row.errata_notice)) if row.errata_notice else None,
    )


def _new_key() -> str:
    return "R-" + secrets.token_hex(6).upper()


def _move_case(session: Session, case_id: int, target: CaseStatus, user_id: str) -> None:
    case = session.get(Case, case_id)
    if case is None:
        raise StoreError(Msg("Sagen findes ikke"))
    current = CaseStatus(case.status)
    if current is target:
        return
    if current is CaseStatus.PAUSED and target is CaseStatus.READY_TO_SIGN:
        change_status(session, case_id, CaseStatus.IN_REVIEW)
        current = CaseStatus.IN_REVIEW
    if not can_transition(current, target) and target is CaseStatus.IN_REVIEW:
        return  # e.g. a signed case reopened for viewing: the status stays
    change_status(session, case_id, target)
    audit.append(session, user_id, "case.status", case_id, old=current.value, new=target.value)


def back_to_draft(session: Session, row: Review, user_id: str) -> None:
    """A ready review whose answers changed (an edit, a correction of its template, a move to
    another template) is a draft again, and its case goes back to "under gennemgang"."""
    row.status = DRAFT
    row.ready_at = None
    _move_case(session, row.case_id, CaseStatus.IN_REVIEW, user_id)


def _vocabulary_of(
    template: Template | None, library: TemplateLibrary | None = None
) -> MergedVocabulary:
    """The review's own template first, then every template of the library, newest first."""
    merged = merged_vocabulary(library)
    if template is None:
        return merged
    return MergedVocabulary([template.vocabulary, *merged.newest_first])
