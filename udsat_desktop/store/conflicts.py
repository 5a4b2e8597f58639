"""Conflicts between signed reviews of one case, and the coordinator's decisions on them
(issue 29). Which version counts is read in store/versions.py; what is written is here: a
decision (made here, or read signed from the share) and the handover of a case from one
reviewer to another.

Also the side-by-side view of a conflict: each version's signers, dates and fields, and
which fields differ."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from udsat_desktop.core.literals import SOURCE_LOCAL
from udsat_desktop.core.status import ReviewStatus
from udsat_desktop.core.summary import answer_texts, changes_between
from udsat_desktop.core.text import Msg
from udsat_desktop.platform.checklists import default_library
from udsat_desktop.store import audit_append as audit
from udsat_desktop.store.db import Database
from udsat_desktop.store.errors import StoreError
from udsat_desktop.store.handovers import Handover
from udsat_desktop.store.models import Case, CaseHandover, ConflictDecision, Reviewer
from udsat_desktop.store.versions import (
    CaseConflict,
    Decision,
    SignedVersion,
    conflicts,
    signed_versions,
)


class ConflictError(StoreError):
    """A decision that cannot be made (unknown case or review, no reason); said in Danish."""


# ----------------------------------------------------------------------------- decisions


def check_decision(db: Database, case_key: str, valid: str, reason: str) -> CaseConflict:
    """The conflict a decision is about, after checking the decision can be made; nothing is
    written. ConflictError says why not, in one Danish sentence."""
    if not reason.strip():
        raise ConflictError(
            Msg("Skriv en begrundelse for valget (--reason); den vises for hele teamet")
        )
    found = conflicts(db, case_key).get(case_key)
    if found is None:
        with db.read_session() as s:
            known = s.scalars(select(Case.id).where(Case.case_key == case_key)).first()
        if known is None:
            raise ConflictError(Msg("Ukendt sagsnøgle: {case_key}", case_key=case_key))
        raise ConflictError(
            Msg(
                "Sag {case_key} har ikke flere gældende gennemgange "  # not a count
                "at vælge imellem",
                case_key=case_key,
            )
        )
    keys = [v.review_key for v in found.versions]
    if valid not in keys:
        raise ConflictError(
            Msg(
                "Gennemgang {valid} er ikke en af sagens gennemgange "  # not a count
                "i konflikten (vælg en af: "
                "{keys})",
                valid=valid,
                keys=", ".join(keys),
            )
        )
    return found


def store_decision(
    db: Database,
    user_id: str,
    payload: dict[str, Any],
    signed: bytes | None,
    *,
    source: str,
) -> bool:
    """Keep a decision (made here, or read from the share) and audit it. A decision id seen
    before is kept as it was (first seen is kept). Returns whether it was new."""
    with db.session() as s:
        if s.get(ConflictDecision, payload["decision_id"]) is not None:
            return False
        s.add(
            ConflictDecision(
                decision_id=payload["decision_id"],
                case_key=payload["case_key"],
                valid_review_key=payload["valid"],
                overruled=json.dumps(sorted(payload["overruled"])),
                reason=payload["reason"],
                decided_by=payload["decided_by"],
                decided_at=payload["decided_at"],
                signed=signed,
                source=source,
            )
        )
        case_id = s.scalars(select(Case.id).where(Case.case_key == payload["case_key"])).first()
        audit.append(
            s,
            user_id,
            "conflict.decide" if source == SOURCE_LOCAL else "conflict.decision_received",
            case_id,
            case_key=payload["case_key"],
            decision=payload["decision_id"],
            valid=payload["valid"],
            overruled=sorted(payload["overruled"]),
            by=payload["decided_by"],
        )
    return True


def known_decisions(db: Database) -> set[str]:
    with db.read_session() as s:
        return set(s.scalars(select(ConflictDecision.decision_id)))


def unpublished_decisions(db: Database) -> list[tuple[str, bytes]]:
    """(decision id, signed envelope) of decisions made here and not yet on the share."""
    with db.read_session() as s:
        return [
            (row.decision_id, bytes(row.signed))
            for row in s.scalars(
                select(ConflictDecision).where(
                    ConflictDecision.source == SOURCE_LOCAL,
                    ConflictDecision.published_at.is_(None),
                    ConflictDecision.signed.is_not(None),
                )
            )
            if row.signed is not None
        ]


def mark_published(db: Database, decision_id: str) -> None:
    with db.session() as s:
        row = s.get(ConflictDecision, decision_id)
        if row is not None:
            row.published_at = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


# ----------------------------------------------------------------------------- handovers


def record_handover(
    db: Database, user_id: str, case_key: str, to_user: str, by_user: str, at: str, batch: str
) -> bool:
    """A coordinator handed a case of mine to someone else: the case leaves my queue's "mine"
    (assigned to them), the handover is kept and audited. My draft stays. Returns whether the
    case is known here."""
    with db.session() as s:
        case = s.scalars(select(Case).where(Case.case_key == case_key)).first()
        if case is None:
            return False
        known = s.scalars(
            select(CaseHandover).where(
                CaseHandover.case_key == case_key, CaseHandover.batch == batch
            )
        ).first()
        if known is not None:
            return True
        s.add(
            CaseHandover(
                case_key=case_key,
                from_user=user_id,
                to_user=to_user,
                by_user=by_user,
                at=at,
                batch=batch,
            )
        )
        case.assigned_reviewer = to_user
        audit.append(s, user_id, "handover", case.id, case_key=case_key, to=to_user, by=by_user)
    return True


def handover_of(db: Database, case_key: str, user_id: str) -> Handover | None:
    """The newest handover of a case away from `user_id`, unless the case was given back to
    them since (then None)."""
    with db.read_session() as s:
        row = s.scalars(
            select(CaseHandover)
            .where(CaseHandover.case_key == case_key)
            .order_by(CaseHandover.at.desc(), CaseHandover.id.desc())
        ).first()
        if row is None or row.from_user != user_id:
            return None
        assigned = s.scalars(
            select(Case.assigned_reviewer).where(Case.case_key == case_key)
        ).first()
        if assigned == user_id:
            return None
        return Handover(row.case_key, row.from_user, row.to_user, row.by_user, row.at)


# ----------------------------------------------------------------------------- side by side


@dataclass
class VersionView:
    """One version of a conflict as the coordinator compares it."""

    review_key: str
    version: int
    reviewers: list[str]  # names
    signed_by: str  # name
    review_date: str | None
    signed_at: str | None
    source: str
    fields: dict[str, str] = field(default_factory=dict)  # label -> value as text
    in_force: bool | None = None  # None: undecided

    def to_json(self) -> dict[str, Any]:
        return {
            "review_id": self.review_key,
            "version": self.version,
            "reviewers": self.reviewers,
            "signed_by": self.signed_by,
            "review_date": self.review_date,
            "signed_at": self.signed_at,
            "source": self.source,
            "in_force": self.in_force,
            "fields": self.fields,
        }


@dataclass
class ConflictView:
    case_key: str
    state: str  # "konflikt" or "afgjort"
    versions: list[VersionView]
    differences: list[str]  # the field labels whose values differ
    decision: Decision | None
    decided_by_name: str = ""

    def to_json(self) -> dict[str, Any]:
        decision = None
        if self.decision is not None:
            decision = {
                "decision_id": self.decision.decision_id,
                "valid": self.decision.valid,
                "overruled": sorted(self.decision.overruled),
                "reason": self.decision.reason,
                "decided_by": self.decision.decided_by,
                "decided_by_name": self.decided_by_name,
                "decided_at": self.decision.decided_at,
            }
        return {
            "case_key": self.case_key,
            "state": self.state,
            "reviews": [v.to_json() for v in self.versions],
            "differences": self.differences,
            "decision": decision,
        }


def _names(db: Database) -> dict[str, str]:
    with db.read_session() as s:
        return {r.user_id: r.name for r in s.scalars(select(Reviewer))}


def _text(value: Any) -> str:
    if value is None or value == "":
        return "–"
    if value is True:
        return "Ja"
    if value is False:
        return "Nej"
    if isinstance(value, list):
        return "; ".join(_text(v) for v in value) or "–"
    if isinstance(value, dict):
        return "; ".join(f"{k}: {_text(v)}" for k, v in value.items()) or "–"
    return str(value)


def version_fields(version: SignedVersion, library: Any) -> dict[str, str]:
    """A signed version's fields as (label → text), by its own template: the answers (a local
    review's, or those its record carries), then the facts every record has."""

    record: dict[str, Any] = dict(version.record or {})
    answers = version.answers if version.answers is not None else record.get("answers")
    ref = record.get("template")
    template_ref = version.template or (
        (str(ref.get("id")), str(ref.get("version"))) if isinstance(ref, dict) else None
    )
    template = library.find(*template_ref) if template_ref else None
    out: dict[str, str] = {}
    if isinstance(answers, dict):
        if template is not None:
            out.update(answer_texts(template, answers))
        else:
            out.update({k: _text(v) for k, v in answers.items()})
    facts = record.get("recommendation")
    forum = template.vocabulary.forum if template is not None else None
    forum_name = forum.name if forum is not None else "forummet"  # the template's word
    if isinstance(facts, dict):
        for key, label in (
            ("recommendation", "Anbefaling (registreret)"),
            ("present_to_forum", f"Forelægges {forum_name}"),
            ("outcome", "Udfaldsgruppe"),
        ):
            if key in facts:
                out.setdefault(label, _text(facts[key]))
    steps = record.get("next_steps")
    if isinstance(steps, list):
        out["Næste skridt"] = (
            "; ".join(
                f"{s.get('type')} ({s.get('organisation')}, {s.get('deadline') or 'ingen frist'})"
                for s in steps
                if isinstance(s, dict)
            )
            or "–"
        )
    consents = record.get("consents")
    if isinstance(consents, dict):
        out["Samtykker"] = _text(consents) if consents else "–"
    return out


def conflict_view(db: Database, found: CaseConflict, library: Any = None) -> ConflictView:
    """The versions of a conflict side by side (signers, dates, each field), the fields that
    differ, and the decision if there is one."""

    library = default_library(library)
    names = _names(db)
    keep = found.in_force_key() if found.decision is not None else None
    views = []
    for version in found.versions:
        record: dict[str, Any] = dict(version.record or {})
        named = record.get("reviewers")
        reviewers = [str(r) for r in named] if isinstance(named, list) else []
        signed_by = str(record.get("signed_by") or (reviewers[0] if reviewers else ""))
        signed_at = record.get("signed_at")
        if version.source == SOURCE_LOCAL:
            reviewers, signed_by, signed_at = _local_signers(db, version.review_key)
        views.append(
            VersionView(
                version.review_key,
                version.version,
                [names.get(r, r) for r in reviewers],
                names.get(signed_by, signed_by),
                version.review_date.isoformat() if version.review_date else None,
                str(signed_at) if signed_at else None,
                version.source,
                version_fields(version, library),
                None if found.decision is None else version.review_key == keep,
            )
        )
    labels: list[str] = []
    for view in views:
        labels += [k for k in view.fields if k not in labels]
    differences = [
        label for label in labels if len({view.fields.get(label, "–") for view in views}) > 1
    ]
    return ConflictView(
        found.case_key,
        found.state,
        views,
        differences,
        found.decision,
        names.get(found.decision.decided_by, found.decision.decided_by) if found.decision else "",
    )


def _local_signers(db: Database, review_key: str) -> tuple[list[str], str, str | None]:
    row = (
        db.reader()
        .execute(
            "SELECT primary_reviewer, co_reviewer, signed_at FROM review WHERE review_key = ?",
            (review_key,),
        )
        .fetchone()
    )
    if row is None:
        return [], "", None
    reviewers = [r for r in (row[0], row[1]) if r]
    return reviewers, row[0], str(row[2]) if row[2] else None


def conflict_views(db: Database, library: Any = None) -> list[ConflictView]:
    """Every case in conflict, undecided first, then by case key."""
    found = conflicts(db)
    views = [conflict_view(db, c, library) for c in found.values()]
    return sorted(views, key=lambda v: (v.state != "konflikt", v.case_key))


# ----------------------------------------------------------------------------- corrections


def corrections_of(
    db: Database, case_key: str, library: Any = None
) -> dict[str, tuple[str, tuple[tuple[str, str, str], ...]]]:
    """Per correction of a case (review key): its reason and its changed fields (label, old,
    new) against the version it replaces, as its summary prints them. Reviews made here are
    compared from their answers; a colleague's from what their signed record says."""

    library = default_library(library)
    out: dict[str, tuple[str, tuple[tuple[str, str, str], ...]]] = {}
    rows = db.reader().execute(
        "SELECT r.review_key, r.correction_reason, r.answers, r.template_id, r.template_version,"
        " o.answers, o.template_id, o.template_version FROM review r "
        'JOIN "case" c ON c.id = r.case_id JOIN review o ON o.id = r.replaces_review_id '
        "WHERE c.case_key = ?",
        (case_key,),
    )
    for key, reason, answers, tid, tver, old_answers, old_tid, old_tver in rows:
        new_t, old_t = library.find(tid, tver), library.find(old_tid, old_tver) or None
        if new_t is None:
            continue
        changes = changes_between(
            answer_texts(old_t or new_t, json.loads(old_answers or "{}")),
            answer_texts(new_t, json.loads(answers or "{}")),
        )
        out[key] = (reason or "", changes)
    for version in signed_versions(db, case_key):
        correction = (version.record or {}).get("correction")
        if version.review_key in out or not isinstance(correction, dict):
            continue
        changes_json = correction.get("changes")
        out[version.review_key] = (
            str(correction.get("reason") or ""),
            tuple(
                (str(c.get("field")), str(c.get("old")), str(c.get("new")))
                for c in (changes_json if isinstance(changes_json, list) else [])
                if isinstance(c, dict)
            ),
        )
    return out


def corrections_by_version(
    db: Database, case_key: str, library: Any = None
) -> dict[int, tuple[str, tuple[tuple[str, str, str], ...]]]:
    """`corrections_of` by version number (the case panel lists versions)."""
    found = corrections_of(db, case_key, library)
    if not found:
        return {}
    numbers = {
        key: int(version)
        for key, version in db.reader().execute(
            'SELECT r.review_key, r.version FROM review r JOIN "case" c ON c.id = r.case_id '
            "WHERE c.case_key = ?",
            (case_key,),
        )
    }
    numbers.update({v.review_key: v.version for v in signed_versions(db, case_key)})
    return {numbers[k]: v for k, v in found.items() if k in numbers}


def compare_versions(
    db: Database, case_key: str, first: str, second: str, library: Any = None
) -> list[tuple[str, str, str]]:
    """Any two signed versions of a case field by field: (label, first's text, second's)."""

    library = default_library(library)
    versions = {v.review_key: v for v in signed_versions(db, case_key)}
    unknown = [k for k in (first, second) if k not in versions]
    if unknown:
        raise ConflictError(
            Msg(
                "Sag {case_key} har ingen underskreven version {keys}",
                case_key=case_key,
                keys=", ".join(unknown),
            )
        )
    a = version_fields(versions[first], library)
    b = version_fields(versions[second], library)
    labels = [*a, *(k for k in b if k not in a)]
    return [(label, a.get(label, "–"), b.get(label, "–")) for label in labels]


def ready_case_keys(db: Database) -> set[str]:
    """The case keys of the reviews ready to sign in this store."""
    rows = db.reader().execute(
        'SELECT c.case_key FROM review r JOIN "case" c ON c.id = r.case_id WHERE r.status = ?',
        (ReviewStatus.READY.value,),
    )
    return {row[0] for row in rows}
