"""Consents of a case: their history, current state per form, and recording a new one."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from udsat_desktop.core.checklist.library import TemplateLibrary
from udsat_desktop.core.checklist.model import DEFAULT_TEMPLATE, Template, TemplateError
from udsat_desktop.core.consent import (
    ConsentForm,
    ConsentState,
    ConsentStatus,
    StepStatus,
    consent_problems,
    step_blocked_reason,
)
from udsat_desktop.core.text import Msg, join
from udsat_desktop.platform.checklists import default_library
from udsat_desktop.store import audit_append as audit
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
    # a refusal's outcome as the template said it; the template it was recorded under
    outcome: str | None = None
    template: tuple[str, str] | None = None

    @property
    def state(self) -> ConsentState:
        # read through the template it was recorded under (issue 30), not the newest one
        purpose = default_library(None).read_through(self.template).consent(self.purpose)
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
        r.outcome,
        (r.template_id, r.template_version or "") if r.template_id else None,
    )


def consent_states(db: Database, case_id: int) -> dict[str, ConsentState]:
    out: dict[str, ConsentState] = {}
    for record in consent_history(db, case_id):
        out[record.purpose] = record.state
    return out


def latest_consents(db: Database, case_id: int) -> dict[str, ConsentRecord]:
    """The record in force per purpose (the newest), with its note and a refusal's outcome."""
    return {record.purpose: record for record in consent_history(db, case_id)}


def refusal_problem(
    template: Template | None,
    purpose: str,
    status: ConsentStatus,
    note: str | None,
    library: TemplateLibrary | None = None,
) -> tuple[str | None, Msg | None]:
    """A refusal's (or withdrawal's) outcome in the template's words, and what is missing to
    record it (a note the template requires), or (None, None) for a consent given."""
    if status is ConsentStatus.GIVEN:
        return None, None
    defined = _vocabulary_of(template, library).consent(purpose)
    on_refusal = defined.on_refusal if defined is not None else None
    if on_refusal is None:
        return None, None
    if on_refusal.note_required and not (note or "").strip():
        return on_refusal.full_outcome, Msg(
            "Når samtykket »{purpose}« er {status}, skal en note sige, hvad det betyder for "
            "sagen: {outcome}",
            purpose=Msg(defined.label if defined else purpose),
            status=Msg(status.label.lower()),
            outcome=Msg(on_refusal.full_outcome),
        )
    return on_refusal.full_outcome, None


def _template_on(day: dt.date, library: TemplateLibrary | None) -> Template | None:
    try:
        return default_library(library).pick(DEFAULT_TEMPLATE, day)
    except TemplateError:
        return None


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
    template: Template | None = None,
) -> list[int]:
    """Record a consent change (`purpose`: a consent id the templates define) under the
    review's `template` (its words name the consent and say what a refusal means); returns
    the ids of open next steps it now blocks. A refusal or withdrawal is recorded with its
    outcome, and with the note the template requires (else refused, nothing recorded)."""
    if template is None:  # no review's template given: the one in force on the consent's day
        template = _template_on(given_on, library)
    vocab = _vocabulary_of(template, library)
    defined = vocab.consent(purpose)
    if defined is None:
        raise StoreError(Msg("Ukendt samtykke: {purpose}", purpose=purpose))
    written = defined.written_required
    state = ConsentState(purpose, status, given_on, form, expires, written)
    problems = consent_problems(state)
    if problems and not (written and status is ConsentStatus.GIVEN):
        raise StoreError(join(problems))
    outcome, missing = refusal_problem(template, purpose, status, note, library)
    if missing is not None:
        raise StoreError(missing)
    note = (note or "").strip() or None
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
                outcome=outcome,
                template_id=template.id if template is not None else None,
                template_version=template.version if template is not None else None,
            )
        )
        # the template it was recorded under names it in the citizen's access log
        audit.append(
            s,
            user_id,
            "consent.change",
            case_id,
            purpose=purpose,
            status=status.value,
            form=form.value,
            **({"template": template.key} if template is not None else {}),
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
