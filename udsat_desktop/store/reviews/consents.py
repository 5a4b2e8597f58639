"""Consents of a case: their history, current state per form, and recording a new one."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from udsat_desktop.core.checklist.library import TemplateLibrary
from udsat_desktop.core.consent import (
    ConsentForm,
    ConsentState,
    ConsentStatus,
    StepStatus,
    consent_problems,
    step_blocked_reason,
)
from udsat_desktop.core.text import Msg, join
from udsat_desktop.platform.checklists import merged_vocabulary
from udsat_desktop.store import audit
from udsat_desktop.store.db import Database
from udsat_desktop.store.errors import StoreError
from udsat_desktop.store.models import Consent, NextStep, utcnow
from udsat_desktop.store.reviews.state import _vocabulary_of

# ----------------------------------------------------------------------------- consents


@dataclass(frozen=True)
class ConsentRecord:
    id: int
    purpose: str  # the consent's id in the template vocabulary
    status: ConsentStatus
    given_on: dt.date
    form: ConsentForm
    recorded_by: str
    expires: dt.date | None
    note: str | None
    recorded_at: dt.datetime

    @property
    def state(self) -> ConsentState:
        purpose = merged_vocabulary().consent(self.purpose)
        return ConsentState(
            self.purpose,
            self.status,
            self.given_on,
            self.form,
            self.expires,
            purpose.written_required if purpose is not None else False,
        )


def consent_history(db: Database, case_id: int) -> list[ConsentRecord]:
    with db.read_session() as s:
        rows = s.scalars(
            select(Consent).where(Consent.case_id == case_id).order_by(Consent.id)
        ).all()
        return [_consent(r) for r in rows]


def _consent(r: Consent) -> ConsentRecord:
    return ConsentRecord(
        r.id,
        r.purpose,
        ConsentStatus(r.status),
        r.given_on,
        ConsentForm(r.form),
        r.recorded_by,
        r.expires,
        r.note,
        r.recorded_at,
    )


def consent_states(db: Database, case_id: int) -> dict[str, ConsentState]:
    out: dict[str, ConsentState] = {}
    for record in consent_history(db, case_id):
        out[record.purpose] = record.state
    return out


def record_consent(
    db: Database,
    case_id: int,
    purpose: str,
    status: ConsentStatus,
    given_on: dt.date,
    form: ConsentForm,
    user_id: str,
    expires: dt.date | None = None,
    note: str | None = None,
    today: dt.date | None = None,
    library: TemplateLibrary | None = None,
) -> list[int]:
    """Record a consent change (`purpose`: a consent id the templates define); returns the
    ids of open next steps it now blocks."""
    vocab = _vocabulary_of(None, library)
    defined = vocab.consent(purpose)
    if defined is None:
        raise StoreError(Msg("Ukendt samtykke: {purpose}", purpose=purpose))
    written = defined.written_required
    state = ConsentState(purpose, status, given_on, form, expires, written)
    problems = consent_problems(state)
    if problems and not (written and status is ConsentStatus.GIVEN):
        raise StoreError(join(problems))
    today = today or dt.date.today()
    flagged: list[int] = []
    with db.session() as s:
        s.add(
            Consent(
                case_id=case_id,
                purpose=purpose,
                status=status.value,
                given_on=given_on,
                form=form.value,
                recorded_by=user_id,
                expires=expires,
                note=note,
            )
        )
        audit.append(
            s,
            user_id,
            "consent.change",
            case_id,
            purpose=purpose,
            status=status.value,
            form=form.value,
        )
        holds = state.holds(today)
        needing = sorted(vocab.step_ids_needing(purpose))
        steps = s.scalars(
            select(NextStep).where(
                NextStep.case_id == case_id,
                NextStep.status == StepStatus.OPEN.value,
                NextStep.type.in_(needing),
            )
        ).all()
        for step in steps:
            if holds:
                step.consent_flag = None
            else:
                kind = vocab.step_type(step.type)
                step.consent_flag = (
                    step_blocked_reason(kind, [state], today, vocab) if kind is not None else None
                )
                flagged.append(step.id)
            step.updated_at = utcnow()
    return flagged
