"""Reviews, consents and next steps: the guided review's persistence and rules.

Every save and status change is written to the audit log in the same transaction. A signed
review is locked: saving it raises `ReviewLocked`; a correction is a new version.
"""

from __future__ import annotations

import datetime as dt
import json
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from udsat_desktop.core.checklist import (
    DEFAULT_TEMPLATE,
    Template,
    TemplateLibrary,
    clean_answers,
    merged_vocabulary,
    section_problems,
)
from udsat_desktop.core.consent import (
    ConsentForm,
    ConsentState,
    ConsentStatus,
    StepOrganisation,
    StepStatus,
    consent_problems,
    step_blocked_reason,
    step_overdue,
)
from udsat_desktop.core.status import (
    REVIEW_STATUS_LABELS,
    CaseStatus,
    ReviewStatus,
    can_transition,
)
from udsat_desktop.core.summary import Summary
from udsat_desktop.core.text import Msg, join
from udsat_desktop.core.vocabulary import STEP_ROLE_NEEDS_NOTE, MergedVocabulary, StepType
from udsat_desktop.store import audit
from udsat_desktop.store.cases import change_status
from udsat_desktop.store.db import Database, StoreError
from udsat_desktop.store.models import Case, Consent, NextStep, Review, utcnow


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
    if current is CaseStatus.SAT_PAA_PAUSE and target is CaseStatus.KLAR_TIL_UNDERSKRIFT:
        change_status(session, case_id, CaseStatus.UNDER_GENNEMGANG)
        current = CaseStatus.UNDER_GENNEMGANG
    if not can_transition(current, target) and target is CaseStatus.UNDER_GENNEMGANG:
        return  # e.g. a signed case reopened for viewing: the status stays
    change_status(session, case_id, target)
    audit.append(session, user_id, "case.status", case_id, old=current.value, new=target.value)


# ----------------------------------------------------------------------------- reviews


def get_review(db: Database, review_id: int) -> ReviewState:
    with db.read_session() as s:
        row = s.get(Review, review_id)
        if row is None:
            raise StoreError(Msg("Gennemgangen findes ikke"))
        return _state(row)


def reviews_of_case(db: Database, case_id: int) -> list[ReviewState]:
    with db.read_session() as s:
        rows = s.scalars(
            select(Review).where(Review.case_id == case_id).order_by(Review.version)
        ).all()
        return [_state(r) for r in rows]


def ready_reviews(db: Database) -> list[tuple[int, str, str, str]]:
    """(id, review key, template id, template version) of every review ready to be signed,
    oldest first."""
    return [
        (int(rid), key, template_id, version)
        for rid, key, template_id, version in db.reader().execute(
            "SELECT id, review_key, template_id, template_version FROM review "
            "WHERE status = ? ORDER BY id",
            (READY,),
        )
    ]


def open_review(
    db: Database, case_id: int, user_id: str, library: TemplateLibrary, today: dt.date | None = None
) -> ReviewState:
    """The case's unfinished review, or a new one on the template valid today."""
    today = today or dt.date.today()
    with db.session() as s:
        latest = s.scalars(
            select(Review).where(Review.case_id == case_id).order_by(Review.version.desc())
        ).first()
        if latest is not None:  # unfinished: go on with it; signed: look at it (a correction
            # is explicit)
            audit.append(s, user_id, "review.read", case_id, review=latest.review_key)
            return _state(latest)
        template = library.pick(DEFAULT_TEMPLATE, today)
        row = Review(
            review_key=_new_key(),
            case_id=case_id,
            version=1,
            template_id=template.id,
            template_version=template.version,
            review_date=today,
            status=DRAFT,
            answers="{}",
            primary_reviewer=user_id,
            current_section=template.sections[0].id,
        )
        s.add(row)
        s.flush()
        _move_case(s, case_id, CaseStatus.UNDER_GENNEMGANG, user_id)
        audit.append(
            s, user_id, "review.create", case_id, review=row.review_key, template=template.key
        )
        return _state(row)


NOT_STARTED = 0  # the id of a review shown for reading that is not yet in the database


def look_at_case(
    db: Database, case_id: int, user_id: str, library: TemplateLibrary, today: dt.date | None = None
) -> ReviewState:
    """The case's review for reading: its unfinished or latest signed one, or, for a case
    that has none, a review that is not yet stored (id NOT_STARTED) on the template valid
    today. Reading changes nothing: no draft, no status change; only the read is logged.
    `start_review` stores the not-started one at the first edit."""
    today = today or dt.date.today()
    with db.session() as s:
        latest = s.scalars(
            select(Review).where(Review.case_id == case_id).order_by(Review.version.desc())
        ).first()
        if latest is not None:
            audit.append(s, user_id, "review.read", case_id, review=latest.review_key)
            return _state(latest)
        audit.append(s, user_id, "case.read", case_id)
    template = library.pick(DEFAULT_TEMPLATE, today)
    return ReviewState(
        NOT_STARTED,
        "",
        case_id,
        1,
        None,
        template.id,
        template.version,
        today,
        DRAFT,
        {},
        user_id,
        None,
        template.sections[0].id,
        None,
        utcnow(),
    )


def start_review(db: Database, review: ReviewState, user_id: str) -> ReviewState:
    """Store a review that `look_at_case` showed before its first edit: the draft is created
    (on the template it was shown on) and the case moves to *under gennemgang*, audited. A
    review that is already stored, or one another window stored meanwhile, is returned as
    it is."""
    if review.id != NOT_STARTED:
        return review
    with db.session() as s:
        latest = s.scalars(
            select(Review).where(Review.case_id == review.case_id).order_by(Review.version.desc())
        ).first()
        if latest is not None:
            return _state(latest)
        row = Review(
            review_key=_new_key(),
            case_id=review.case_id,
            version=1,
            template_id=review.template_id,
            template_version=review.template_version,
            review_date=review.review_date,
            status=DRAFT,
            answers="{}",
            primary_reviewer=user_id,
            current_section=review.current_section,
        )
        s.add(row)
        s.flush()
        _move_case(s, review.case_id, CaseStatus.UNDER_GENNEMGANG, user_id)
        audit.append(
            s,
            user_id,
            "review.create",
            review.case_id,
            review=row.review_key,
            template=f"{review.template_id}@{review.template_version}",
        )
        return _state(row)


def save_review(
    db: Database,
    review_id: int,
    answers: Mapping[str, Any],
    user_id: str,
    *,
    template: Template,
    section: str | None = None,
    field: str | None = None,
    co_reviewer: str | None = None,
) -> ReviewState:
    """Persist the answers (autosave). A ready review that changes goes back to draft."""
    with db.session() as s:
        row = s.get(Review, review_id)
        if row is None:
            raise StoreError(Msg("Gennemgangen findes ikke"))
        if row.status == SIGNED:
            raise ReviewLocked(
                Msg(
                    "Gennemgangen er underskrevet og kan ikke ændres. Opret en rettelse (ny "
                    "version) i stedet."
                )
            )
        cleaned = clean_answers(template, answers)
        before = clean_answers(template, json.loads(row.answers or "{}"))
        changed = sorted(k for k in set(before) | set(cleaned) if before.get(k) != cleaned.get(k))
        row.answers = json.dumps(cleaned, ensure_ascii=False, sort_keys=True)
        row.current_section, row.current_field = section, field
        if co_reviewer is not None:
            row.co_reviewer = co_reviewer or None
        row.updated_at = utcnow()
        if changed and row.status == READY:
            row.status = DRAFT
            row.ready_at = None
            _move_case(s, row.case_id, CaseStatus.UNDER_GENNEMGANG, user_id)
        if changed or co_reviewer is not None:
            audit.append(
                s, user_id, "review.save", row.case_id, review=row.review_key, fields=changed
            )
        return _state(row)


def readiness_problems(
    db: Database, review: ReviewState, template: Template, today: dt.date | None = None
) -> list[str]:
    """Everything that stops the review from being ready to sign, in Danish."""
    today = today or dt.date.today()
    problems: list[str] = []
    consents = consent_states(db, review.case_id)
    steps = next_steps_of_case(db, review.case_id)
    vocab = _vocabulary_of(template)
    template = template.as_of(review.review_date)
    for section in template.sections:
        if section.kind == "fields":
            bad = section_problems(section, review.answers)
            if bad:
                problems.append(
                    Msg(
                        "{section}: {count} felt(er) mangler eller er ugyldige",
                        section=Msg(section.title),
                        count=len(bad),
                    )
                )
        elif section.kind == "consents":
            for purpose in section.consent_purposes:
                state = consents.get(purpose)
                if state is None:
                    problems.append(
                        Msg(
                            "Samtykke: »{purpose}« er ikke registreret",
                            purpose=Msg(vocab.consent_label(purpose)),
                        )
                    )
                else:
                    problems += [
                        Msg("Samtykke: {problem}", problem=p) for p in consent_problems(state)
                    ]
        elif section.kind == "next_steps":
            open_steps = [st for st in steps if st.status == StepStatus.AABEN.value]
            if not steps:
                problems.append(Msg("Næste skridt: mindst ét næste skridt skal aftales"))
            # a step is the case's, not the review's: what it needs is today's rule (the
            # newest template that defines it), as when it was added
            rules = merged_vocabulary()
            for st in open_steps:
                kind = rules.step_type(st.type)
                reason = (
                    step_blocked_reason(kind, consents.values(), today, rules)
                    if kind is not None
                    else None
                )
                if reason:
                    problems.append(Msg("Næste skridt: {problem}", problem=reason))
    return problems


def _vocabulary_of(
    template: Template | None, library: TemplateLibrary | None = None
) -> MergedVocabulary:
    """The review's own template first, then every template of the library, newest first."""
    merged = merged_vocabulary(library)
    if template is None:
        return merged
    return MergedVocabulary([template.vocabulary, *merged.newest_first])


def mark_ready(
    db: Database, review_id: int, user_id: str, template: Template, today: dt.date | None = None
) -> list[str]:
    """Mark ready to sign when nothing stops it; returns the problems otherwise."""
    review = get_review(db, review_id)
    if review.locked:
        raise ReviewLocked(Msg("Gennemgangen er allerede underskrevet"))
    problems = readiness_problems(db, review, template, today)
    if problems:
        return problems
    with db.session() as s:
        row = s.get(Review, review_id)
        assert row is not None
        row.status = READY
        row.ready_at = utcnow()
        _move_case(s, row.case_id, CaseStatus.KLAR_TIL_UNDERSKRIFT, user_id)
        audit.append(s, user_id, "review.ready", row.case_id, review=row.review_key)
    return []


@dataclass(frozen=True)
class SignedSummary:
    """What signing produced, kept in the encrypted store with the lock (issue 36)."""

    case_key: str
    pdf: bytes
    record: str  # the signed record, as JSON text


def lock_signed(
    db: Database, review_id: int, user_id: str, signed: SignedSummary | None = None
) -> ReviewState:
    """Lock a ready review as signed (the signing itself is done by `reports`). With `signed`,
    in the same transaction: its bytes and record go into `signed_pdf` and the review joins
    the queue for the share (`outbox_queue`), so a kill leaves either a ready review and
    nothing queued, or a signed review whose summary waits in the store; never a plain file."""
    from udsat_desktop.store.signed_pdfs import queue_signed

    with db.session() as s:
        row = s.get(Review, review_id)
        if row is None or row.status != READY:
            raise StoreError(
                Msg("Kun en gennemgang, der er klar til underskrift, kan underskrives")
            )
        if signed is not None:
            queue_signed(s, signed.case_key, row.review_key, signed.pdf, signed.record)
        row.status = SIGNED
        row.signed_at = utcnow()
        _move_case(s, row.case_id, CaseStatus.UNDERSKREVET, user_id)
        audit.append(s, user_id, "review.sign", row.case_id, review=row.review_key)
        return _state(row)


def start_correction(
    db: Database,
    review_id: int,
    user_id: str,
    reason: str,
    today: dt.date | None = None,
) -> ReviewState:
    """A new version of a signed review, with its answers, that says which one it replaces
    and why (`reason`, required: printed in its summary and shown to the coordinator)."""
    reason = reason.strip()
    if not reason:
        raise StoreError(Msg("Skriv hvorfor gennemgangen rettes; begrundelsen står i rettelsen"))
    with db.session() as s:
        old = s.get(Review, review_id)
        if old is None or old.status != SIGNED:
            raise StoreError(Msg("Kun en underskrevet gennemgang kan rettes med en ny version"))
        top = s.scalar(select(func.max(Review.version)).where(Review.case_id == old.case_id))
        row = Review(
            review_key=_new_key(),
            case_id=old.case_id,
            version=int(top or 0) + 1,
            replaces_review_id=old.id,
            template_id=old.template_id,
            template_version=old.template_version,
            review_date=today or dt.date.today(),
            status=DRAFT,
            answers=old.answers,
            primary_reviewer=user_id,
            co_reviewer=old.co_reviewer,
            current_section=old.current_section,
            correction_reason=reason,
        )
        s.add(row)
        s.flush()
        case = s.get(Case, old.case_id)
        assert case is not None
        if can_transition(CaseStatus(case.status), CaseStatus.UNDER_GENNEMGANG):
            _move_case(s, old.case_id, CaseStatus.UNDER_GENNEMGANG, user_id)
        audit.append(
            s,
            user_id,
            "review.correction",
            old.case_id,
            review=row.review_key,
            replaces=old.review_key,
            reason=reason,
        )
        return _state(row)


def move_to_template(
    db: Database, review_id: int, user_id: str, old: Template, new: Template
) -> tuple[ReviewState, list[str]]:
    """Move an unsigned review's answers to a newer template version (a law change since it
    was started). Answers whose field, type and value still exist move; the labels of the
    others are returned so the user knows what to fill in again. A signed review keeps its
    template for good."""
    from udsat_desktop.core.checklist import move_answers

    with db.session() as s:
        row = s.get(Review, review_id)
        if row is None:
            raise StoreError(Msg("Gennemgangen findes ikke"))
        if row.status == SIGNED:
            raise ReviewLocked(Msg("En underskrevet gennemgang beholder sin skabelon"))
        if (row.template_id, row.template_version) != (old.id, old.version):
            raise StoreError(Msg("Gennemgangen bruger ikke skabelonen {key}", key=old.key))
        moved, dropped = move_answers(old, new, json.loads(row.answers or "{}"))
        row.template_id, row.template_version = new.id, new.version
        row.answers = json.dumps(moved, ensure_ascii=False, sort_keys=True)
        row.current_section = new.sections[0].id
        row.current_field = None
        row.updated_at = utcnow()
        if row.status == READY:
            row.status = DRAFT
            row.ready_at = None
            _move_case(s, row.case_id, CaseStatus.UNDER_GENNEMGANG, user_id)
        audit.append(
            s,
            user_id,
            "review.template",
            row.case_id,
            review=row.review_key,
            old=old.key,
            new=new.key,
        )
        return _state(row), dropped


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
        return [
            ConsentRecord(
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
            for r in rows
        ]


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
    if problems and not (written and status is ConsentStatus.GIVET):
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
                NextStep.status == StepStatus.AABEN.value,
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

    @property
    def type_label(self) -> str:
        return merged_vocabulary().step_label(self.type)

    def overdue(self, today: dt.date) -> bool:
        return step_overdue(self.status, self.deadline, today)


def _step(r: NextStep) -> StepRecord:
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
            status=StepStatus.AABEN.value,
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
        if row.status != StepStatus.AABEN.value:
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


@dataclass(frozen=True)
class FollowUpRow:
    step: StepRecord
    case_key: str
    source: str = "lokal"  # or "teamet": from a colleague's signed review on the share


_TEAM_STEPS = """
SELECT i.review_key, i.case_key, json_extract(j.value, '$.type'),
       json_extract(j.value, '$.organisation'),
       json_extract(j.value, '$.deadline'), json_extract(j.value, '$.status')
FROM ingested_record i, json_each(i.record, '$.next_steps') j
WHERE i.verdict = 'TRUSTED'
  AND i.review_key NOT IN (SELECT review_key FROM review)
  AND i.review_key NOT IN (
      SELECT json_extract(record, '$.replaces_review_id') FROM ingested_record
      WHERE json_extract(record, '$.replaces_review_id') IS NOT NULL)
"""


def team_steps(db: Database) -> list[tuple[str, str, str, dt.date | None, str]]:
    """Next steps from colleagues' signed reviews ingested from the share (the latest version
    of each; reviews made here are counted from the local store instead): case key, type,
    organisation, deadline, status. A review not in force (either side of an undecided
    conflict, or one a coordinator's decision overrules) adds no steps: nothing is counted
    twice."""
    from udsat_desktop.store.versions import not_counted_keys

    skip = not_counted_keys(db)
    rows = []
    for review_key, case_key, kind, org, deadline, status in db.reader().execute(_TEAM_STEPS):
        if review_key in skip:
            continue
        if kind and org:
            rows.append(
                (case_key, kind, org, dt.date.fromisoformat(deadline) if deadline else None, status)
            )
    return rows


def first_review_id(db: Database) -> int | None:
    """The id of some review in the store (the smoke test signs one), or None if none."""
    found = db.reader().execute("SELECT id FROM review LIMIT 1").fetchone()
    return int(found[0]) if found else None


def follow_up(
    db: Database,
    *,
    organisation: str | None = None,
    person: str | None = None,
    overdue_only: bool = False,
    today: dt.date | None = None,
) -> list[FollowUpRow]:
    """Open next steps across cases and across the team (steps in colleagues' ingested
    reviews), soonest deadline first (overdue ones first of all)."""
    today = today or dt.date.today()
    with db.read_session() as s:
        stmt = (
            select(NextStep, Case.case_key)
            .join(Case, Case.id == NextStep.case_id)
            .where(NextStep.status == StepStatus.AABEN.value)
        )
        if organisation:
            stmt = stmt.where(NextStep.organisation == organisation)
        if person:
            stmt = stmt.where(NextStep.person == person)
        stmt = stmt.order_by(NextStep.deadline.is_(None), NextStep.deadline, NextStep.id)
        rows = [
            FollowUpRow(_step(step), key)
            for step, key in s.execute(stmt).all()
            if not overdue_only or step_overdue(step.status, step.deadline, today)
        ]
    if not person:  # the team's steps carry no person
        for case_key, kind, org, deadline, status in team_steps(db):
            if status != StepStatus.AABEN.value or (organisation and org != organisation):
                continue
            if overdue_only and not step_overdue(status, deadline, today):
                continue
            rows.append(
                FollowUpRow(
                    StepRecord(0, 0, None, kind, org, None, deadline, status, None, None),
                    case_key,
                    "teamet",
                )
            )
        rows.sort(key=lambda r: (r.step.deadline is None, r.step.deadline or today))
    return rows


# ----------------------------------------------------------------------------- summaries


def summary_of(
    db: Database, review_id: int, template: Template, *, full_cpr: bool = False
) -> Summary:
    """Everything the summary PDF and the review record show, read in one place."""
    from udsat_desktop.core.danish import format_date
    from udsat_desktop.core.summary import (
        legal_basis_rows,
        recommendation_text,
        record_facts,
        sections_from_answers,
        shown_cpr,
    )
    from udsat_desktop.store.models import Reviewer

    review = get_review(db, review_id)
    with db.read_session() as s:
        case = s.get(Case, review.case_id)
        assert case is not None
        people = {r.user_id: (r.name, r.organisation) for r in s.scalars(select(Reviewer))}
        replaced = s.get(Review, review.replaces_review_id) if review.replaces_review_id else None
        replaces = f"{replaced.review_key} (version {replaced.version})" if replaced else None
        replaces_key = replaced.review_key if replaced else None
        old_answers = json.loads(replaced.answers or "{}") if replaced else None
        old_template = (replaced.template_id, replaced.template_version) if replaced else None
        this = s.get(Review, review_id)
        correction_reason = (this.correction_reason or "") if this is not None else ""
        name, cpr, case_key = case.name, case.cpr, case.case_key
    reviewers = tuple(
        people.get(u, (u, "")) for u in (review.primary_reviewer, review.co_reviewer) if u
    )
    answers = review.answers
    states = consent_states(db, review.case_id)
    step_rows = next_steps_of_case(db, review.case_id)
    vocab = _vocabulary_of(template)
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
    # what was decided: the steps in force with their remarks; cancelled ones apart
    cancelled = StepStatus.ANNULLERET.value
    steps = tuple(
        (
            vocab.step_label(st.type),
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
            vocab.step_label(st.type),
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
        from udsat_desktop.core.summary import answer_texts, changes_between

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
        version=review.version,
        replaces=replaces,
        status=REVIEW_STATUS_LABELS.get(review.status, review.status),
        sections=sections_from_answers(template, answers),
        consents=consents,
        next_steps=steps,
        cancelled_steps=cancelled_steps,
        legal_bases=legal_basis_rows(template.as_of(review.review_date)),
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


def _template_or(fallback: Template, ref: tuple[str, str]) -> Template:
    """The template a replaced version was made with (a correction may have moved to a newer
    one), else `fallback`."""
    from udsat_desktop.core.checklist import default_library

    found = default_library(None).find(*ref)
    return found if found is not None else fallback
