"""Retention of case data (DOMAIN.md §4): a closed case's personal data is deleted once the
configured period has passed since its last change, unless a legal hold (a complaint, an
access request) stands. Coordinators only, dry-run first, every run and hold audited.

What is deleted: the case (name, CPR number, the FTS index row), its reviews, consents, next
steps, meeting agenda rows, claims and the local PDFs and records of its signed summaries;
records ingested from colleagues are emptied to a tombstone so a later ingest does not bring
them back (the sealed copies on the share are not deleted: the share is write-once). What
stays: the audit log (its own retention, which respects holds).

The period is the municipality's decision, not the program's (DOMAIN.md §6: bevaring og
kassation follows Rigsarkivet's order through KLE's marks, set by the municipality with its
archive). A coordinator records that rule (`set_rule`: the KLE group, bevaring or kassation
after so many years, and the decision's reference); `decide` applies it, and only when none
is recorded does the configured number of years apply, and says so.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, func, select, update

from udsat_desktop.core.literals import SENT_FOLDER
from udsat_desktop.core.status import CaseStatus, NotAllowed, require_coordinator
from udsat_desktop.core.text import Msg
from udsat_desktop.store import audit_append as audit
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
    RetentionRule,
    Review,
    SignedPdf,
    utcnow,
)
from udsat_desktop.store.queue import Profile
from udsat_desktop.store.sync_work import RETAINED

HOLD_REASONS = {"klage": "Klage", "indsigt": "Anmodning om indsigt"}
CLOSED = (CaseStatus.RESOLVED.value,)
BEVARING, KASSATION = "bevaring", "kassation"
DISPOSITIONS = (BEVARING, KASSATION)
# a KLE main group, group or topic: NN, NN.NN, NN.NN.NN
KLE_GROUP = re.compile(r"\d{2}(\.\d{2}){0,2}")


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
    cutoff: dt.datetime | None  # None under a bevaring rule: nothing is deleted
    due: list[str]  # case keys whose data is deleted
    held: list[str]  # closed and past the period, but on hold


@dataclass(frozen=True)
class Hold:
    case_key: str
    reason: str
    note: str | None
    set_by: str
    set_at: dt.datetime


@dataclass(frozen=True)
class Rule:
    """The municipality's rule for the case data, as the coordinator recorded it."""

    kle: str
    disposition: str  # BEVARING or KASSATION
    years: int | None  # kassation this many years after the case's last change
    decision: str  # the decision's reference (journal number, date, archive's letter)
    set_by: str
    set_at: dt.datetime

    def as_json(self) -> dict[str, object]:
        return {
            "kle": self.kle,
            "disposition": self.disposition,
            "years": self.years,
            "decision": self.decision,
            "set_by": self.set_by,
            "set_at": self.set_at.isoformat(),
        }


@dataclass(frozen=True)
class Applied:
    """Which rule a retention run follows, and the Danish sentence that says so."""

    years: int | None  # None: bevaring, nothing is deleted
    rule: Rule | None  # None: no rule recorded, the configured default applied
    message: str


def current_rule(db: Database) -> Rule | None:
    """The rule in force: the newest one recorded, or None."""
    with db.read_session() as s:
        row = s.scalars(select(RetentionRule).order_by(RetentionRule.id.desc())).first()
        if row is None:
            return None
        return Rule(row.kle, row.disposition, row.years, row.decision, row.set_by, row.set_at)


def set_rule(
    db: Database,
    profile: Profile,
    kle: str,
    disposition: str,
    years: int | None,
    decision: str,
) -> Rule:
    """Record the municipality's rule (coordinators; audited; the earlier rule stays as
    history)."""
    _require(profile, "registrere kommunens regel for bevaring og kassation")
    kle, decision = kle.strip(), decision.strip()
    if not KLE_GROUP.fullmatch(kle):
        raise RetentionError(
            Msg("KLE-gruppen skal skrives som NN, NN.NN eller NN.NN.NN (fik {kle})", kle=kle)
        )
    if disposition not in DISPOSITIONS:
        raise RetentionError(Msg("Reglen skal være bevaring eller kassation"))
    if disposition == KASSATION and (years is None or years < 1):
        raise RetentionError(Msg("Kassation kræver antal år (mindst 1) efter sagens afslutning"))
    if disposition == BEVARING and years is not None:
        raise RetentionError(Msg("Bevaring har intet antal år: sagens data slettes ikke"))
    if not decision:
        raise RetentionError(Msg("Angiv beslutningens reference (fx journalnummer og dato)"))
    with db.session() as s:
        s.add(
            RetentionRule(
                kle=kle,
                disposition=disposition,
                years=years,
                decision=decision,
                set_by=profile.user_id,
                set_at=utcnow(),
            )
        )
        # the decision's text is typed by a person: the log keeps the rule, not the text
        audit.append(
            s, profile.user_id, "retention.rule", None, kle=kle, rule=disposition, years=years
        )
    rule = current_rule(db)
    assert rule is not None
    return rule


def decide(db: Database, default_years: int, years: int | None = None) -> Applied:
    """The rule a run follows: the municipality's, when one is recorded (an explicit `years`
    that contradicts it is refused); otherwise `years` or the configured default."""
    rule = current_rule(db)
    if rule is None:
        chosen = years or default_years
        if years:
            told = Msg(
                "Ingen kommunal regel for bevaring og kassation er registreret; det angivne "
                "antal år gælder: afsluttede sager slettes {years} år efter sidste ændring",
                years=chosen,
            )
        else:
            told = Msg(
                "Ingen kommunal regel for bevaring og kassation er registreret; standarden i "
                "indstillingerne gælder: afsluttede sager slettes {years} år efter sidste ændring",
                years=chosen,
            )
        return Applied(chosen, None, told)
    if years is not None and years != rule.years:
        raise RetentionError(
            Msg(
                "Kommunens regel for KLE {kle} gælder; et andet antal år end reglens kan ikke "
                "vælges her",
                kle=rule.kle,
            )
        )
    if rule.disposition == BEVARING:
        return Applied(
            None,
            rule,
            Msg(
                "Kommunens regel gælder: KLE {kle}, bevaring: sagernes data slettes ikke "
                "(beslutning: {decision})",
                kle=rule.kle,
                decision=rule.decision,
            ),
        )
    return Applied(
        rule.years,
        rule,
        Msg(
            "Kommunens regel gælder: KLE {kle}, kassation {years} år efter sagens sidste "
            "ændring (beslutning: {decision})",
            kle=rule.kle,
            years=rule.years,
            decision=rule.decision,
        ),
    )


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
    years: int | None,
    *,
    dry_run: bool,
    outbox: Path | None = None,
    now: dt.datetime | None = None,
    rule: Rule | None = None,
) -> RetentionPlan:
    """Delete the personal data of every case due (or, with `dry_run`, only say which);
    audited either way. `years` None is bevaring: nothing is due. `rule`, the municipality's
    rule followed (its KLE group is logged)."""
    _require(profile, "slette sagsdata efter opbevaringsperioden")
    if years is not None and years < 1:
        raise RetentionError(Msg("Opbevaringsperioden skal være mindst 1 år"))
    found = plan(db, years, now) if years is not None else RetentionPlan(None, [], [])
    followed = {"kle": rule.kle, "rule": rule.disposition} if rule is not None else {}
    if dry_run:
        audit.append_now(
            db,
            profile.user_id,
            "retention.dry_run",
            None,
            years=years,
            due=len(found.due),
            held=len(found.held),
            **followed,
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
        **followed,
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
