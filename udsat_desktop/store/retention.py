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
archive). A coordinator records a rule per KLE group (`set_rule`: the group, bevaring or
kassation after so many years, and the decision's reference); one rule may be the default, for
cases without a group of their own. Each closed case is judged by the rule of its KLE group
(`core.kle.rule_for`: the most specific group covering it): the group the target list gave,
else its newest review's template's, else the default rule's. A case no rule covers is kept
and named. Only when no rule at all is recorded does the configured number of years apply,
and the output says so.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import delete, func, select, update

from udsat_desktop.core.kle import (
    KLE_FROM_CASE,
    KLE_FROM_DEFAULT,
    KLE_FROM_TEMPLATE,
    KLE_NONE,
    rule_for,
    valid_kle,
)
from udsat_desktop.core.literals import SENT_FOLDER
from udsat_desktop.core.status import CaseStatus, NotAllowed, require_coordinator
from udsat_desktop.core.text import Msg
from udsat_desktop.platform.checklists import default_library
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
# which rule judged a case (`udsat retention --json`: cases[].rule_source)
FROM_RULE, FROM_SETTING, NO_RULE = "kommune", "standard", "ingen"


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
class CaseVerdict:
    """One closed case: its KLE group (and where it came from), the rule that judged it and
    what the run does with it."""

    case_key: str
    kle: str | None
    kle_source: str  # KLE_FROM_CASE, KLE_FROM_TEMPLATE, KLE_FROM_DEFAULT or KLE_NONE
    rule: Rule | None
    rule_source: str  # FROM_RULE, FROM_SETTING or NO_RULE
    years: int | None  # None: kept (bevaring, or no rule covers the case)
    verdict: str  # "slettes", "tilbageholdt", "bevares", "ingen regel", "endnu ikke"

    def as_json(self) -> dict[str, object]:
        return {
            "case_key": self.case_key,
            "kle": self.kle,
            "kle_source": self.kle_source,
            "rule": self.rule.as_json() if self.rule is not None else None,
            "rule_source": self.rule_source,
            "years": self.years,
            "verdict": self.verdict,
        }


@dataclass(frozen=True)
class RetentionPlan:
    cutoff: dt.datetime | None  # None under a bevaring rule: nothing is deleted
    due: list[str]  # case keys whose data is deleted
    held: list[str]  # closed and past the period, but on hold
    # every closed case and the rule that judged it (issue 30, item 8)
    cases: list[CaseVerdict] = field(default_factory=list)
    # closed cases no rule covers: kept, and named so that nobody thinks they were judged
    unruled: list[str] = field(default_factory=list)


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
    is_default: bool = False  # its group is that of every case without one of its own

    def as_json(self) -> dict[str, object]:
        return {
            "kle": self.kle,
            "disposition": self.disposition,
            "years": self.years,
            "decision": self.decision,
            "set_by": self.set_by,
            "set_at": self.set_at.isoformat(),
            "default": self.is_default,
        }


@dataclass(frozen=True)
class Applied:
    """Which rule a retention run follows, and the Danish sentence that says so."""

    years: int | None  # None: bevaring, nothing is deleted
    rule: Rule | None  # None: no rule recorded, the configured default applied
    message: str


def _rule(row: RetentionRule) -> Rule:
    return Rule(
        row.kle,
        row.disposition,
        row.years,
        row.decision,
        row.set_by,
        row.set_at,
        bool(row.is_default),
    )


def rules_in_force(db: Database) -> list[Rule]:
    """Per KLE group the newest rule recorded, by group; the default is the group most recently
    recorded as the default (`set_rule(..., default=True)`), or, when none ever was, the only
    group recorded (as when one rule applied to all cases)."""
    with db.read_session() as s:
        rows = s.scalars(select(RetentionRule).order_by(RetentionRule.id)).all()
        newest = {row.kle: row for row in rows}
        marked = [row.kle for row in rows if row.is_default]
        default = marked[-1] if marked else (next(iter(newest)) if len(newest) == 1 else None)
        return [
            dataclasses.replace(_rule(row), is_default=kle == default)
            for kle, row in sorted(newest.items())
        ]


def current_rule(db: Database) -> Rule | None:
    """The default rule (the newest rule recorded as the default, or the rule of the only KLE
    group recorded), or None: what cases without a KLE group of their own follow."""
    return next((r for r in rules_in_force(db) if r.is_default), None)


def set_rule(
    db: Database,
    profile: Profile,
    kle: str,
    disposition: str,
    years: int | None,
    decision: str,
    *,
    default: bool = False,
) -> Rule:
    """Record the municipality's rule for a KLE group (coordinators; audited; the group's
    earlier rule stays as history). `default`: the group is also that of every case without
    one of its own."""
    _require(profile, "registrere kommunens regel for bevaring og kassation")
    kle, decision = kle.strip(), decision.strip()
    if not valid_kle(kle):
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
                is_default=default,
            )
        )
        # the decision's text is typed by a person: the log keeps the rule, not the text
        audit.append(
            s,
            profile.user_id,
            "retention.rule",
            None,
            kle=kle,
            rule=disposition,
            years=years,
            **({"default": True} if default else {}),
        )
    return next(r for r in rules_in_force(db) if r.kle == kle)


def rule_sentence(rule: Rule) -> Msg:
    """The rule in one Danish sentence, as `udsat retention` says it."""
    if rule.disposition == BEVARING:
        return Msg(
            "Kommunens regel gælder: KLE {kle}, bevaring: sagernes data slettes ikke "
            "(beslutning: {decision})",
            kle=rule.kle,
            decision=rule.decision,
        )
    return Msg(
        "Kommunens regel gælder: KLE {kle}, kassation {years} år efter sagens sidste "
        "ændring (beslutning: {decision})",
        kle=rule.kle,
        years=rule.years,
        decision=rule.decision,
    )


def decide(db: Database, default_years: int, years: int | None = None) -> Applied:
    """What a run follows, said once: with rules recorded, the default rule (each case is then
    judged by its own group's rule, `plan`; an explicit `years` that contradicts a rule is
    refused); with none, `years` or the configured default, for every case."""
    rules = rules_in_force(db)
    if not rules:
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
    rule = next((r for r in rules if r.is_default), None)
    if years is not None and (rule is None or len(rules) > 1 or years != rule.years):
        if rule is not None and len(rules) == 1:
            raise RetentionError(
                Msg(
                    "Kommunens regel for KLE {kle} gælder; et andet antal år end reglens kan "
                    "ikke vælges her",
                    kle=rule.kle,
                )
            )
        raise RetentionError(
            Msg(
                "Kommunens regler for {groups} gælder; et antal år kan ikke vælges her",
                groups=", ".join(f"KLE {r.kle}" for r in rules),
            )
        )
    if rule is None:
        return Applied(
            None,
            None,
            Msg(
                "Kommunens regler gælder pr. KLE-gruppe ({groups}); ingen regel er standard, så "
                "sager uden KLE-gruppe slettes ikke",
                groups=", ".join(r.kle for r in rules),
            ),
        )
    told = rule_sentence(rule)
    if len(rules) > 1:
        told = Msg(
            "{sentence}; sager i andre KLE-grupper følger deres egen regel",
            sentence=told,
        )
    return Applied(None if rule.disposition == BEVARING else rule.years, rule, told)


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


def _case_kle(
    own: str | None, template_kle: str | None, default: Rule | None
) -> tuple[str | None, str]:
    if own:
        return own, KLE_FROM_CASE
    if template_kle:
        return template_kle, KLE_FROM_TEMPLATE
    if default is not None:
        return default.kle, KLE_FROM_DEFAULT
    return None, KLE_NONE


def plan(db: Database, years: int | None, now: dt.datetime | None = None) -> RetentionPlan:
    """Every closed case judged by its rule: with rules recorded, its KLE group's (`years`
    is then not used); with none, `years` for all (None: nothing is due). Due: its last
    change (the case or any of its reviews) is older than its rule's period; held: due but on
    hold; a case no rule covers is kept and listed in `unruled`."""
    now = now or utcnow()
    rules = rules_in_force(db)
    default = next((r for r in rules if r.is_default), None)
    library = default_library(None)
    with db.read_session() as s:
        last_review = (
            select(
                Review.case_id,
                func.max(Review.updated_at).label("at"),
                func.max(Review.id).label("newest"),
            )
            .group_by(Review.case_id)
            .subquery()
        )
        rows = s.execute(
            select(
                Case.case_key,
                Case.kle,
                Case.updated_at,
                last_review.c.at,
                Review.template_id,
                Review.template_version,
            )
            .outerjoin(last_review, last_review.c.case_id == Case.id)
            .outerjoin(Review, Review.id == last_review.c.newest)
            .where(Case.status.in_(CLOSED))
            .order_by(Case.case_key)
        ).all()
    holds = {h.case_key for h in active_holds(db)}
    template_kle: dict[tuple[str, str], str] = {}
    verdicts: list[CaseVerdict] = []
    for key, own, case_at, review_at, template_id, template_version in rows:
        ref = (template_id, template_version)
        if template_id is not None and ref not in template_kle:
            found = library.find(template_id, template_version)
            template_kle[ref] = found.kle if found is not None else ""
        kle, kle_source = _case_kle(own, template_kle.get(ref), default)
        if rules:
            rule = rule_for(kle, rules)
            source = FROM_RULE if rule is not None else NO_RULE
            period = rule.years if rule is not None and rule.disposition == KASSATION else None
        else:
            rule, source, period = None, FROM_SETTING, years
        last = max(_naive(case_at), _naive(review_at))
        if source == NO_RULE:
            verdict = "ingen regel"
        elif period is None:
            verdict = "bevares"
        elif last >= _cutoff(now, period).replace(tzinfo=None):
            verdict = "endnu ikke"
        else:
            verdict = "tilbageholdt" if key in holds else "slettes"
        verdicts.append(CaseVerdict(key, kle, kle_source, rule, source, period, verdict))
    overall = years if not rules else (default.years if default is not None else None)
    return RetentionPlan(
        _cutoff(now, overall) if overall is not None else None,
        [v.case_key for v in verdicts if v.verdict == "slettes"],
        [v.case_key for v in verdicts if v.verdict == "tilbageholdt"],
        verdicts,
        [v.case_key for v in verdicts if v.verdict == "ingen regel"],
    )


def _cutoff(now: dt.datetime, years: int) -> dt.datetime:
    return now - dt.timedelta(days=round(365.25 * years))


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
    audited either way. Each case by its KLE group's rule (`plan`); `years`, only when no rule
    is recorded (None: nothing is due). `rule`, the default rule followed (its KLE group is
    logged); each deleted case's entry names its own group and rule."""
    _require(profile, "slette sagsdata efter opbevaringsperioden")
    if years is not None and years < 1:
        raise RetentionError(Msg("Opbevaringsperioden skal være mindst 1 år"))
    found = plan(db, years, now)
    rule = rule or current_rule(db)
    followed: dict[str, object] = (
        {"kle": rule.kle, "rule": rule.disposition} if rule is not None else {}
    )
    if found.unruled:
        followed["unruled"] = len(found.unruled)
    judged = {v.case_key: v for v in found.cases}
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
        _delete_case(db, profile.user_id, case_key, outbox, judged[case_key])
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


def _delete_case(
    db: Database, user_id: str, case_key: str, outbox: Path | None, verdict: CaseVerdict
) -> None:
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
        # which rule deleted it: its KLE group and the rule's (or the setting's) period
        audit.append(
            s,
            user_id,
            "retention.delete",
            case.id,
            kle=verdict.kle,
            rule=verdict.rule.disposition if verdict.rule is not None else verdict.rule_source,
            years=verdict.years,
        )
        s.delete(case)
    if outbox is not None:  # plain copies an earlier version may have left
        for folder in (outbox, outbox / SENT_FOLDER):
            for key in review_keys:
                for suffix in (".pdf", ".json"):
                    (folder / f"{case_key}_{key}{suffix}").unlink(missing_ok=True)
