"""Next steps of a review: adding, status, updates, history; the rules that block a step
(consents, notes) are core's."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import object_session

from udsat_desktop.core.checklist.library import TemplateLibrary
from udsat_desktop.core.consent import (
    StepOrganisation,
    StepStatus,
    step_blocked_reason,
    step_overdue,
)
from udsat_desktop.core.text import Msg
from udsat_desktop.core.vocabulary import STEP_ROLE_NEEDS_NOTE, MergedVocabulary, StepType
from udsat_desktop.platform.checklists import default_library
from udsat_desktop.store import audit_append as audit
from udsat_desktop.store.db import Database
from udsat_desktop.store.errors import StoreError
from udsat_desktop.store.models import NextStep, Review, utcnow
from udsat_desktop.store.reviews.consents import consent_states
from udsat_desktop.store.reviews.state import StepBlocked, _vocabulary_of

# ----------------------------------------------------------------------------- next steps


@dataclass(frozen=True)
class StepRecord:
    id: int
    case_id: int
    review_id: int | None
    type: str
    organisation: str
    person: str | None
    deadline: dt.date | None
    status: str
    note: str | None
    consent_flag: str | None
    # (id, version) of the template of the review that made the step (issue 30)
    template: tuple[str, str] | None = None

    @property
    def type_label(self) -> str:
        """The label the template of the review that made the step gives it."""
        return default_library().read_through(self.template).step_label(self.type)

    def overdue(self, today: dt.date) -> bool:
        return step_overdue(self.status, self.deadline, today)


def _step(r: NextStep) -> StepRecord:
    session = object_session(r)
    review = session.get(Review, r.review_id) if session and r.review_id is not None else None
    return StepRecord(
        r.id,
        r.case_id,
        r.review_id,
        r.type,
        r.organisation,
        r.person,
        r.deadline,
        r.status,
        r.note,
        r.consent_flag,
        (review.template_id, review.template_version) if review is not None else None,
    )


def _step_kind(vocab: MergedVocabulary, step_type: str) -> StepType:
    kind = vocab.step_type(step_type)
    if kind is None:
        raise StoreError(Msg("Ukendt type af næste skridt: {type}", type=step_type))
    return kind


def _check_consents(
    db: Database, vocab: MergedVocabulary, kind: StepType, case_id: int, today: dt.date | None
) -> None:
    """A step of this type may be planned: the consent it rests on holds (StepBlocked)."""
    reason = step_blocked_reason(
        kind, consent_states(db, case_id).values(), today or dt.date.today(), vocab
    )
    if reason:
        raise StepBlocked(reason)


def _check_note(kind: StepType, note: str | None) -> None:
    """A step of a catch-all type says in its note what it covers."""
    if STEP_ROLE_NEEDS_NOTE in kind.roles and not (note or "").strip():
        raise StoreError(
            Msg("Beskriv hvad »{step}« dækker over i noten", step=Msg(kind.full_label))
        )


def add_next_step(
    db: Database,
    case_id: int,
    step_type: str,
    organisation: StepOrganisation,
    user_id: str,
    *,
    person: str | None = None,
    deadline: dt.date | None = None,
    note: str | None = None,
    review_id: int | None = None,
    today: dt.date | None = None,
    library: TemplateLibrary | None = None,
) -> StepRecord:
    """A next step of a type the templates define (`step_type`: its id)."""
    vocab = _vocabulary_of(None, library)
    kind = _step_kind(vocab, step_type)
    _check_consents(db, vocab, kind, case_id, today)
    _check_note(kind, note)
    with db.session() as s:
        row = NextStep(
            case_id=case_id,
            review_id=review_id,
            type=kind.id,
            organisation=organisation.value,
            person=(person or "").strip() or None,
            deadline=deadline,
            status=StepStatus.OPEN.value,
            note=(note or "").strip() or None,
        )
        s.add(row)
        s.flush()
        audit.append(s, user_id, "next_step.create", case_id, step=row.id, type=kind.id)
        return _step(row)


def set_step_status(db: Database, step_id: int, status: StepStatus, user_id: str) -> StepRecord:
    with db.session() as s:
        row = s.get(NextStep, step_id)
        if row is None:
            raise StoreError(Msg("Næste skridt findes ikke"))
        old = row.status
        row.status = status.value
        row.updated_at = utcnow()
        audit.append(
            s, user_id, "next_step.status", row.case_id, step=row.id, old=old, new=status.value
        )
        return _step(row)


def update_next_step(
    db: Database,
    step_id: int,
    user_id: str,
    *,
    step_type: str,
    organisation: StepOrganisation,
    person: str | None,
    deadline: dt.date | None,
    note: str | None,
    today: dt.date | None = None,
    library: TemplateLibrary | None = None,
) -> StepRecord:
    """Change an open step's type, organisation, person, deadline or remark. The change is
    appended to the audit log in the same transaction: which fields changed, with the old and
    new type, organisation and deadline (person and remark are free text: named, not copied),
    so the step's history can be read back from the log."""
    vocab = _vocabulary_of(None, library)
    kind = _step_kind(vocab, step_type)
    with db.read_session() as s:
        current = s.get(NextStep, step_id)
        if current is None:
            raise StoreError(Msg("Næste skridt findes ikke"))
        case_id, old_type = current.case_id, current.type
    if kind.id != old_type:
        _check_consents(db, vocab, kind, case_id, today)
    _check_note(kind, note)
    with db.session() as s:
        row = s.get(NextStep, step_id)
        if row is None:
            raise StoreError(Msg("Næste skridt findes ikke"))
        if row.status != StepStatus.OPEN.value:
            raise StoreError(Msg("Kun et åbent næste skridt kan rettes"))
        new = {
            "type": kind.id,
            "organisation": organisation.value,
            "person": (person or "").strip() or None,
            "deadline": deadline,
            "note": (note or "").strip() or None,
        }
        changed = [key for key, value in new.items() if getattr(row, key) != value]
        if not changed:
            return _step(row)
        details: dict[str, object] = {"step": row.id, "fields": ",".join(changed)}
        for key in ("type", "organisation", "deadline"):
            if key in changed:
                old_value, new_value = getattr(row, key), new[key]
                details[f"old_{key}"] = (
                    old_value.isoformat() if isinstance(old_value, dt.date) else old_value
                )
                details[f"new_{key}"] = (
                    new_value.isoformat() if isinstance(new_value, dt.date) else new_value
                )
        for key, value in new.items():
            setattr(row, key, value)
        row.updated_at = utcnow()
        audit.append(s, user_id, "next_step.edit", row.case_id, **details)
        return _step(row)


def step_history(db: Database, step_id: int) -> list[tuple[str, dict[str, object]]]:
    """The step's changes from the audit log, oldest first: (action, details)."""
    rows = (
        db.reader()
        .execute(
            "SELECT action, details FROM audit_log WHERE action LIKE 'next_step.%' "
            "AND json_extract(details, '$.step') = ? ORDER BY id",
            (step_id,),
        )
        .fetchall()
    )
    return [(action, json.loads(details)) for action, details in rows]


def next_steps_of_case(db: Database, case_id: int) -> list[StepRecord]:
    with db.read_session() as s:
        rows = s.scalars(
            select(NextStep)
            .where(NextStep.case_id == case_id)
            .order_by(NextStep.deadline.is_(None), NextStep.deadline, NextStep.id)
        ).all()
        return [_step(r) for r in rows]
