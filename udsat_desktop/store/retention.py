"""Retention of case data (DOMAIN.md §4): a closed case's personal data is deleted once the
configured period has passed since its last change, unless a legal hold (a complaint, an
access request) stands. Coordinators only, dry-run first, every run and hold audited.

What is deleted: the case (name, CPR number, the FTS index row), its reviews, consents, next
steps, meeting agenda rows, claims and the local PDFs and records of its signed summaries;
records ingested from colleagues are emptied to a tombstone so a later ingest does not bring
them back (the sealed copies on the share are not deleted: the share is write-once). What
stays: the audit log (its own retention, which respects holds).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, func, select, update

from udsat_desktop.core.literals import SENT_FOLDER
from udsat_desktop.core.status import CaseStatus, NotAllowed, require_coordinator
from udsat_desktop.core.text import Msg
from udsat_desktop.store import audit
from udsat_desktop.store.db import Database
from udsat_desktop.store.errors import StoreError
from udsat_desktop.store.models import (
    Case,
    CaseHandover,
    Claim,
    ConflictDecision,
    Consent,
    IngestedRecord,
    LegalHold,
    MeetingCase,
    NextStep,
    OutboxQueue,
    Review,
    SignedPdf,
    utcnow,
)
from udsat_desktop.store.queue import Profile
from udsat_desktop.store.sync_state import RETAINED

HOLD_REASONS = {"klage": "Klage", "indsigt": "Anmodning om indsigt"}
CLOSED = (CaseStatus.RESOLVED.value,)


class RetentionError(StoreError):
    """A retention or hold action that cannot be done; the message says why, in Danish."""


class RetentionNotAllowed(RetentionError, NotAllowed):
    pass


def _require(profile: Profile, what: str) -> None:
    try:
        require_coordinator(profile.role, what)
    except NotAllowed as exc:
        raise RetentionNotAllowed(str(exc)) from None


@dataclass(frozen=True)
class RetentionPlan:
    cutoff: dt.datetime
    due: list[str]  # case keys whose data is deleted
    held: list[str]  # closed and past the period, but on hold


@dataclass(frozen=True)
class Hold:
    case_key: str
    reason: str
    note: str | None
    set_by: str
    set_at: dt.datetime


def active_holds(db: Database) -> list[Hold]:
    with db.read_session() as s:
        rows = s.scalars(
            select(LegalHold).where(LegalHold.lifted_at.is_(None)).order_by(LegalHold.case_key)
        ).all()
        return [Hold(r.case_key, r.reason, r.note, r.set_by, r.set_at) for r in rows]


def _case_id(db: Database, case_key: str) -> int | None:
    with db.read_session() as s:
        found = s.scalars(select(Case.id).where(Case.case_key == case_key)).first()
        return int(found) if found is not None else None


def set_hold(
    db: Database, profile: Profile, case_key: str, reason: str, note: str | None = None
) -> None:
    _require(profile, "sætte sager i bero (retlig tilbageholdelse)")
    if reason not in HOLD_REASONS:
        raise RetentionError(
            Msg("Grunden skal være en af: {reasons}", reasons=", ".join(HOLD_REASONS))
        )
    case_id = _case_id(db, case_key)
    if case_id is None:
        raise RetentionError(Msg("Sagen {case_key} findes ikke", case_key=case_key))
    with db.session() as s:
        if s.scalars(
            select(LegalHold).where(LegalHold.case_key == case_key, LegalHold.lifted_at.is_(None))
        ).first():
            raise RetentionError(Msg("Sag {case_key} er allerede tilbageholdt", case_key=case_key))
        s.add(
            LegalHold(
                case_key=case_key,
                reason=reason,
                note=(note or "").strip() or None,
                set_by=profile.user_id,
                set_at=utcnow(),
            )
        )
        audit.append(s, profile.user_id, "hold.set", case_id, reason=reason)


def lift_hold(db: Database, profile: Profile, case_key: str) -> None:
    _require(profile, "ophæve en tilbageholdelse")
    with db.session() as s:
        rows = s.scalars(
            select(LegalHold).where(LegalHold.case_key == case_key, LegalHold.lifted_at.is_(None))
        ).all()
        if not rows:
            raise RetentionError(Msg("Sag {case_key} er ikke tilbageholdt", case_key=case_key))
        for row in rows:
            row.lifted_by, row.lifted_at = profile.user_id, utcnow()
        case_id = s.scalars(select(Case.id).where(Case.case_key == case_key)).first()
        audit.append(s, profile.user_id, "hold.lift", case_id)


def plan(db: Database, years: int, now: dt.datetime | None = None) -> RetentionPlan:
    """The closed cases whose last change (the case or any of its reviews) is older than the
    period, split into those to delete and those on hold."""
    now = now or utcnow()
    cutoff = now - dt.timedelta(days=round(365.25 * years))
    with db.read_session() as s:
        last_review = (
            select(Review.case_id, func.max(Review.updated_at).label("at"))
            .group_by(Review.case_id)
            .subquery()
        )
        rows = s.execute(
            select(Case.case_key, Case.updated_at, last_review.c.at)
            .outerjoin(last_review, last_review.c.case_id == Case.id)
            .where(Case.status.in_(CLOSED))
        ).all()
    naive = cutoff.replace(tzinfo=None)
    old = sorted(
        key for key, case_at, review_at in rows if max(_naive(case_at), _naive(review_at)) < naive
    )
    holds = {h.case_key for h in active_holds(db)}
    return RetentionPlan(cutoff, [k for k in old if k not in holds], [k for k in old if k in holds])


def _naive(value: dt.datetime | None) -> dt.datetime:
    if value is None:
        return dt.datetime.min
    return value.astimezone(dt.UTC).replace(tzinfo=None) if value.tzinfo else value


def run(
    db: Database,
    profile: Profile,
    years: int,
    *,
    dry_run: bool,
    outbox: Path | None = None,
    now: dt.datetime | None = None,
) -> RetentionPlan:
    """Delete the personal data of every case due (or, with `dry_run`, only say which);
    audited either way."""
    _require(profile, "slette sagsdata efter opbevaringsperioden")
    if years < 1:
        raise RetentionError(Msg("Opbevaringsperioden skal være mindst 1 år"))
    found = plan(db, years, now)
    if dry_run:
        audit.append_now(
            db,
            profile.user_id,
            "retention.dry_run",
            None,
            years=years,
            due=len(found.due),
            held=len(found.held),
        )
        return found
    for case_key in found.due:
        _delete_case(db, profile.user_id, case_key, outbox)
    audit.append_now(
        db,
        profile.user_id,
        "retention.run",
        None,
        years=years,
        deleted=len(found.due),
        held=len(found.held),
    )
    return found


def _delete_case(db: Database, user_id: str, case_key: str, outbox: Path | None) -> None:
    with db.session() as s:
        case = s.scalars(select(Case).where(Case.case_key == case_key)).first()
        if case is None:
            return
        review_keys = list(s.scalars(select(Review.review_key).where(Review.case_id == case.id)))
        review_keys += list(
            s.scalars(select(IngestedRecord.review_key).where(IngestedRecord.case_key == case_key))
        )
        s.execute(delete(NextStep).where(NextStep.case_id == case.id))
        s.execute(delete(Consent).where(Consent.case_id == case.id))
        s.execute(update(Review).where(Review.case_id == case.id).values(replaces_review_id=None))
        s.execute(delete(Review).where(Review.case_id == case.id))
        s.execute(delete(MeetingCase).where(MeetingCase.case_key == case_key))
        # colleagues' records stay on the share (a write-once mailbox): keep a tombstone with
        # no content, so the next ingest does not bring the case back
        s.execute(
            update(IngestedRecord)
            .where(IngestedRecord.case_key == case_key)
            .values(verdict=RETAINED, record="{}", reviewers="", conflict=False)
        )
        s.execute(delete(Claim).where(Claim.case_key == case_key))
        s.execute(delete(SignedPdf).where(SignedPdf.case_key == case_key))
        s.execute(delete(OutboxQueue).where(OutboxQueue.case_key == case_key))
        # a coordinator's decisions on the case: the reason goes, a tombstone stays (the
        # decision file stays on the share and must not be read in again); handovers go
        s.execute(
            update(ConflictDecision)
            .where(ConflictDecision.case_key == case_key)
            .values(reason="", signed=None, overruled="[]")
        )
        s.execute(delete(CaseHandover).where(CaseHandover.case_key == case_key))
        audit.append(s, user_id, "retention.delete", case.id)
        s.delete(case)
    if outbox is not None:  # plain copies an earlier version may have left
        for folder in (outbox, outbox / SENT_FOLDER):
            for key in review_keys:
                for suffix in (".pdf", ".json"):
                    (folder / f"{case_key}_{key}{suffix}").unlink(missing_ok=True)
