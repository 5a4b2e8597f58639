"""A review's life in the store: open, look, start, save, readiness, mark ready, start a
correction, move to another template. Every save and status change is written to the
audit log in the same transaction; a signed review is locked (`ReviewLocked`), a
correction is a new version."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy import func, select

from udsat_desktop.core.checklist.answers import clean_answers, move_answers, section_problems
from udsat_desktop.core.checklist.decision import decision_problems
from udsat_desktop.core.checklist.library import TemplateLibrary
from udsat_desktop.core.checklist.model import DEFAULT_TEMPLATE, Template
from udsat_desktop.core.consent import (
    StepStatus,
    consent_problems,
    step_blocked_reason,
)
from udsat_desktop.core.status import (
    CaseStatus,
    can_transition,
)
from udsat_desktop.core.text import Msg
from udsat_desktop.platform.checklists import merged_vocabulary
from udsat_desktop.store import audit_append as audit
from udsat_desktop.store.db import Database
from udsat_desktop.store.errors import StoreError
from udsat_desktop.store.models import Case, Review, utcnow
from udsat_desktop.store.reviews.consents import consent_states
from udsat_desktop.store.reviews.errata import apply_errata_to
from udsat_desktop.store.reviews.next_steps import next_steps_of_case
from udsat_desktop.store.reviews.state import (
    DRAFT,
    READY,
    SIGNED,
    ReviewLocked,
    ReviewState,
    _move_case,
    _new_key,
    _state,
    _vocabulary_of,
    back_to_draft,
)

# ----------------------------------------------------------------------------- reviews


def get_review(db: Database, review_id: int) -> ReviewState:
    with db.read_session() as s:
        row = s.get(Review, review_id)
        if row is None:
            raise StoreError(Msg("Gennemgangen findes ikke"))
        return _state(row)


def get_reviews(db: Database, review_ids: list[int]) -> list[ReviewState]:
    """Several reviews in one query, in the order asked (a batch's group, issue 34)."""
    with db.read_session() as s:
        rows = {r.id: r for r in s.scalars(select(Review).where(Review.id.in_(review_ids)))}
        missing = [review_id for review_id in review_ids if review_id not in rows]
        if missing:
            raise StoreError(Msg("Gennemgangen findes ikke"))
        return [_state(rows[review_id]) for review_id in review_ids]


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
            apply_errata_to(s, latest, library, user_id)  # a corrected template reaches it
            return _state(latest)
        template = library.pick(DEFAULT_TEMPLATE, today)
        row = Review(
            review_key=_new_key(),
            case_id=case_id,
            version=1,
            template_id=template.id,
            template_version=template.version,
            template_revision=template.revision,
            review_date=today,
            status=DRAFT,
            answers="{}",
            primary_reviewer=user_id,
            current_section=template.sections[0].id,
        )
        s.add(row)
        s.flush()
        _move_case(s, case_id, CaseStatus.IN_REVIEW, user_id)
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
    today. Reading changes nothing: no draft, no status change; only the read is logged —
    except that a correction of its template (errata) reaches an unsigned review here, with a
    notice the window shows (`store/reviews/errata.py`).
    `start_review` stores the not-started one at the first edit."""
    today = today or dt.date.today()
    with db.session() as s:
        latest = s.scalars(
            select(Review).where(Review.case_id == case_id).order_by(Review.version.desc())
        ).first()
        if latest is not None:
            audit.append(s, user_id, "review.read", case_id, review=latest.review_key)
            # a corrected template (errata) reaches an unsigned review when it is opened
            apply_errata_to(s, latest, library, user_id)
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
        template.revision,
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
            template_revision=review.template_revision,
            review_date=review.review_date,
            status=DRAFT,
            answers="{}",
            primary_reviewer=user_id,
            current_section=review.current_section,
        )
        s.add(row)
        s.flush()
        _move_case(s, review.case_id, CaseStatus.IN_REVIEW, user_id)
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
            back_to_draft(s, row, user_id)
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
        if section.kind == "fields" and section.decision is not None:
            continue  # said below, naming each missing record
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
            open_steps = [st for st in steps if st.status == StepStatus.OPEN.value]
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
    problems += decision_problems(
        template, review.answers, start=review_started(db, review), signing_day=today
    )
    return problems


def unsignable_decisions(
    db: Database,
    library: TemplateLibrary,
    today: dt.date | None = None,
    only: int | None = None,
) -> list[str]:
    """For each review ready to sign (or only review `only`) whose answers lead to a
    decision, what stops it from being signed today, in Danish ("gennemgang X: ..."): a review
    marked ready before its template asked for the decision's records, or whose hearing lies
    after today."""
    today = today or dt.date.today()
    out: list[str] = []
    for review_id, key, template_id, version in ready_reviews(db):
        if only is not None and review_id != only:
            continue
        review = get_review(db, review_id)
        template = library.find(template_id, version, review.template_revision)
        if template is None:
            continue  # signing says so for a template it does not have
        problems = decision_problems(
            template.as_of(review.review_date),
            review.answers,
            start=review_started(db, review),
            signing_day=today,
        )
        out += [Msg("gennemgang {key}: {problem}", key=key, problem=p) for p in problems]
    return out


def review_started(db: Database, review: ReviewState) -> dt.date:
    """The day the review began: a correction (a new version) began with the first version
    it corrects, so a hearing held for that one still counts."""
    start = review.review_date
    seen = {review.id}
    replaces = review.replaces_review_id
    with db.read_session() as s:
        while replaces is not None and replaces not in seen:
            seen.add(replaces)
            row = s.get(Review, replaces)
            if row is None:
                break
            start = min(start, row.review_date)
            replaces = row.replaces_review_id
    return start


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
        _move_case(s, row.case_id, CaseStatus.READY_TO_SIGN, user_id)
        audit.append(s, user_id, "review.ready", row.case_id, review=row.review_key)
    return []


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
            template_revision=old.template_revision,
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
        if can_transition(CaseStatus(case.status), CaseStatus.IN_REVIEW):
            _move_case(s, old.case_id, CaseStatus.IN_REVIEW, user_id)
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
        row.template_revision, row.errata_notice = new.revision, None
        row.answers = json.dumps(moved, ensure_ascii=False, sort_keys=True)
        row.current_section = new.sections[0].id
        row.current_field = None
        row.updated_at = utcnow()
        if row.status == READY:
            back_to_draft(s, row, user_id)
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
