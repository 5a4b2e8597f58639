"""What a sync with work writes and reads through the ORM: claims made and changed, assignments
made and pulled, records ingested, and the sync log as the window shows it. The plain-SQL part
every run needs (secrets, the team, the sync log's rows, refused files) is store/sync_state.py,
so that a command that only reads loads no SQLAlchemy (issue 34)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from udsat_desktop.core.danish import sort_key
from udsat_desktop.core.status import CaseStatus
from udsat_desktop.core.text import Msg
from udsat_desktop.store import audit_append as audit
from udsat_desktop.store.bulk import insert_cases
from udsat_desktop.store.cases import assign
from udsat_desktop.store.db import Database
from udsat_desktop.store.models import (
    Case,
    Claim,
    IngestedRecord,
    PulledAssignment,
    SyncFile,
    utcnow,
)
from udsat_desktop.store.published import transaction as published_transaction
from udsat_desktop.store.push_log import LogLine, log_pushed_on
from udsat_desktop.store.queue import Profile
from udsat_desktop.store.sync_waiting import DONE

CASE_FIELDS = (
    "case_key",
    "cpr",
    "name",
    "benefit_type",
    "unemployment_pct",
    "caseworker",
    "jobcenter_unit",
    "sof_contact",
    "homeless",
    "substance_abuse",
    "mental_illness",
    "close_to_clarification",
    "priority",
    "deadline",
    "start_date",
    "note",
)


def sync_log(db: Database) -> list[SyncFile]:
    with db.read_session() as s:
        return list(s.scalars(select(SyncFile).order_by(SyncFile.last_attempt.desc())))


def mark_case_synced(db: Database, case_key: str, review_id: str) -> None:
    with db.session() as s:
        _mark_case_synced(s, case_key, review_id)


def _mark_case_synced(s: Any, case_key: str, review_id: str) -> None:
    case = s.scalars(select(Case).where(Case.case_key == case_key)).first()
    if case is None:
        return
    if case.status == CaseStatus.SIGNED.value:
        case.status = CaseStatus.SYNCED.value
    # the case's files went to the share: an access the citizen's log shows
    audit.append(s, "system", "sync", case.id, review=review_id)


def log_pushed(db: Database, lines: list[LogLine], synced: list[tuple[str, str]]) -> None:
    """A group of pushed files' sync-log lines and their cases marked synced (with the audit
    entry each), in one transaction of plain SQL (store/push_log.py; the push runs it inside
    its group's transaction)."""
    with published_transaction(db) as con:
        log_pushed_on(con, lines, synced)


# ----------------------------------------------------------------------------- claims


@dataclass(frozen=True)
class ClaimRow:
    state: str
    claimed_at: str
    holder: str | None
    holder_claimed_at: str | None


def get_or_queue_claim(db: Database, case_key: str, user_id: str, now: str) -> ClaimRow:
    with db.session() as s:
        row = s.get(Claim, case_key)
        if row is None:
            row = Claim(case_key=case_key, user_id=user_id, claimed_at=now, state="queued")
            s.add(row)
            audit.append(s, user_id, "claim", _case_id(s, case_key), case_key=case_key)
        return ClaimRow(row.state, row.claimed_at, row.holder, row.holder_claimed_at)


def set_claim(
    db: Database,
    case_key: str,
    user_id: str,
    state: str,
    holder: str | None,
    holder_claimed_at: str | None,
) -> None:
    with db.session() as s:
        row = s.get(Claim, case_key)
        assert row is not None
        row.state, row.holder, row.holder_claimed_at = state, holder, holder_claimed_at
        if state != "queued":
            row.checked_at = utcnow()
            audit.append(s, user_id, f"claim_{state}", _case_id(s, case_key), case_key=case_key)


def drop_claim(db: Database, case_key: str, user_id: str) -> bool:
    """Forget this user's claim on a case (released); audited. False when there was none."""
    with db.session() as s:
        row = s.get(Claim, case_key)
        if row is None:
            return False
        s.delete(row)
        audit.append(s, user_id, "claim_release", _case_id(s, case_key), case_key=case_key)
        return True


def _case_id(session: Any, case_key: str) -> int | None:
    found = session.scalars(select(Case.id).where(Case.case_key == case_key)).first()
    return int(found) if found is not None else None


def assigned_reviewer(db: Database, case_key: str) -> str | None:
    """Whom the case is assigned to in the local queue (None: not assigned, or unknown here)."""
    with db.read_session() as s:
        found = s.scalars(select(Case.assigned_reviewer).where(Case.case_key == case_key)).first()
        return str(found) if found else None


def assigned_reviewers(db: Database, case_keys: list[str]) -> dict[str, str | None]:
    """Whom each case is assigned to in the local queue (before a reassignment)."""
    with db.read_session() as s:
        return dict(
            s.execute(
                select(Case.case_key, Case.assigned_reviewer).where(Case.case_key.in_(case_keys))
            ).all()
        )


def queued_claims(db: Database) -> list[str]:
    with db.read_session() as s:
        return list(s.scalars(select(Claim.case_key).where(Claim.state == "queued")))


def held_claims_in_progress(db: Database) -> list[str]:
    """The claims I hold on cases not yet signed: the ones whose holder still matters."""
    with db.read_session() as s:
        return list(
            s.scalars(
                select(Claim.case_key)
                .join(Case, Case.case_key == Claim.case_key)
                .where(Claim.state == "held", Case.status.not_in(DONE))
            )
        )


# ----------------------------------------------------------------------------- assignments


def cases_to_assign(db: Database, case_keys: list[str]) -> tuple[list[int], list[dict[str, Any]]]:
    """The ids and the personal data an assignment carries; ValueError names unknown keys."""
    with db.read_session() as s:
        rows = list(s.scalars(select(Case).where(Case.case_key.in_(case_keys))))
    missing = sorted(set(case_keys) - {r.case_key for r in rows})
    if missing:
        raise ValueError(Msg("Ukendte sagsnøgler: {missing}", missing=", ".join(missing)))
    plain = [{f: _plain(getattr(r, f)) for f in CASE_FIELDS} for r in rows]
    return [r.id for r in rows], plain


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


def record_assignment(
    db: Database, case_ids: list[int], to_user: str, batch: str, user_id: str
) -> None:

    assign(db, case_ids, to_user)
    with db.session() as s:
        for case_id in case_ids:
            audit.append(s, user_id, "assign", case_id, to=to_user, batch=batch)


def pulled_batches(db: Database) -> set[str]:
    with db.read_session() as s:
        return set(s.scalars(select(PulledAssignment.name)))


def take_assigned_cases(
    db: Database, profile: Profile, name: str, cases: list[dict[str, Any]], header: dict[str, Any]
) -> int:
    """Assigned cases into the local queue (new ones inserted, known ones assigned to me) and
    the batch noted as pulled, in one transaction."""

    def date(value: Any) -> dt.date | None:
        return dt.date.fromisoformat(value) if value else None

    with db.session() as s:
        known = {
            c.case_key: c
            for c in s.scalars(
                select(Case).where(Case.case_key.in_([c["case_key"] for c in cases]))
            )
        }
        new_rows = []
        for item in cases:
            values = {f: item.get(f) for f in CASE_FIELDS}
            values["deadline"], values["start_date"] = (
                date(values["deadline"]),
                date(values["start_date"]),
            )
            row = known.get(item["case_key"])
            if row is None:
                values.update(
                    name_sort=sort_key(values["name"]),
                    status=CaseStatus.ASSIGNED.value,
                    assigned_reviewer=profile.user_id,
                    created_at=utcnow(),
                    updated_at=utcnow(),
                )
                new_rows.append(values)
                continue
            row.assigned_reviewer = profile.user_id
            if row.status == CaseStatus.NEW.value:
                row.status = CaseStatus.ASSIGNED.value
        if new_rows:
            insert_cases(s, new_rows)
        s.add(PulledAssignment(name=name, cases=len(cases)))
        audit.append(
            s,
            profile.user_id,
            "pull_assignment",
            None,
            batch=header.get("batch"),
            cases=len(cases),
            by=header.get("from"),
        )
    return len(cases)


# ----------------------------------------------------------------------------- ingest


def ingested_stamps(db: Database) -> dict[str, tuple[str, int, int]]:
    """review key -> (PDF path on the share, combined size, latest mtime) as last ingested."""
    with db.read_session() as s:
        return {
            r.review_key: (r.pdf_path, r.source_size, r.source_mtime_ns)
            for r in s.execute(
                select(
                    IngestedRecord.review_key,
                    IngestedRecord.pdf_path,
                    IngestedRecord.source_size,
                    IngestedRecord.source_mtime_ns,
                )
            )
        }


RETAINED = "SLETTET"  # the verdict of a record whose case retention deleted: never re-read


def first_seen(db: Database, review_key: str) -> bytes | None:
    """The canonical facts of the record first ingested under this review id (without its
    signature), or None when the id is new."""
    with db.read_session() as s:
        text = s.scalar(
            select(IngestedRecord.record).where(IngestedRecord.review_key == review_key)
        )
    if text is None:
        return None
    stored = json.loads(text)
    facts = {k: v for k, v in stored.items() if k not in ("signature", "ltv")}  # as signed
    return json.dumps(facts, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode(
        "utf-8"
    )


FAILED = ("MODIFIED", "UNSIGNED", "UNCHECKED")


def store_ingested(
    db: Database,
    record: dict[str, Any],
    pdf_rel: str,
    stamp: tuple[int, int],
    verdict: str,
    user_id: str,
) -> bool:
    """Keep what the ingest found for a record. A review already ingested intact is not
    demoted by a later file that fails (anyone may write to the share: a swapped copy must not
    take an honest, verified review off a meeting); only the stamp is renewed so the file is
    not read again unchanged. Returns False when the earlier verdict was kept."""
    with db.session() as s:
        return _store_one(s, record, pdf_rel, stamp, verdict, user_id)


def _store_one(
    s: Any,
    record: dict[str, Any],
    pdf_rel: str,
    stamp: tuple[int, int],
    verdict: str,
    user_id: str,
) -> bool:
    row = s.get(IngestedRecord, record["review_id"]) or IngestedRecord(
        review_key=record["review_id"]
    )
    if row.verdict == RETAINED:  # deleted after the retention period: stays deleted
        return True
    if row.verdict == "TRUSTED" and verdict in FAILED:
        row.source_size, row.source_mtime_ns = stamp
        return False
    s.add(row)
    row.case_key = record["case_key"]
    row.reviewers = ",".join(str(r) for r in record["reviewers"])[:200]
    row.review_date = dt.date.fromisoformat(str(record["review_date"]))
    row.signed_at = record.get("signed_at")
    row.pdf_path, row.pdf_sha256 = pdf_rel, record["pdf_sha256"]
    row.verdict, row.conflict = verdict, False
    row.record = json.dumps(record, ensure_ascii=False)
    row.source_size, row.source_mtime_ns = stamp
    row.ingested_at = utcnow()
    case_id = s.scalars(select(Case.id).where(Case.case_key == record["case_key"])).first()
    audit.append(
        s,
        user_id,
        "ingest",
        case_id,
        review=record["review_id"],
        case_key=record["case_key"],
        verdict=verdict,
    )
    return True


def ingested_for_case(db: Database, case_key: str) -> list[IngestedRecord]:
    with db.read_session() as s:
        return list(
            s.scalars(
                select(IngestedRecord)
                .where(IngestedRecord.case_key == case_key)
                .order_by(IngestedRecord.review_date)
            )
        )
