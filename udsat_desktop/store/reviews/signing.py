"""Locking a ready review as signed, and keeping the signed summary with the lock: the
signed bytes and record go into `signed_pdf` and the review joins `outbox_queue` in
the same transaction (issue 36)."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from udsat_desktop.core.status import (
    CaseStatus,
)
from udsat_desktop.core.text import Msg
from udsat_desktop.store import audit_append as audit
from udsat_desktop.store.db import Database
from udsat_desktop.store.errors import StoreError
from udsat_desktop.store.models import Case, OutboxQueue, Review, SignedPdf, utcnow
from udsat_desktop.store.reviews.state import READY, SIGNED, ReviewState, _move_case, _state


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

    with db.session() as s:
        return _lock(s, review_id, user_id, signed)


def lock_signed_many(
    db: Database, user_id: str, signed: Sequence[tuple[int, SignedSummary]]
) -> list[ReviewState]:
    """`lock_signed` for a group of reviews in one transaction (one commit, so one fsync of
    the journal for the group, not one per review: issue 34). A kill leaves the whole group
    ready with nothing queued, or the whole group signed and queued. A review no longer ready
    (changed elsewhere meanwhile) refuses the group: nothing of it is kept."""

    with db.session() as s:
        # the group's rows in four queries; each review's own lookups then find them in the
        # session (a signed summary or queue row not found here is known not to exist), and
        # the changes are written together at the commit, not before each audit entry (the
        # audit chain reads only its own table)
        ids = [review_id for review_id, _summary in signed]
        rows = list(s.scalars(select(Review).where(Review.id.in_(ids))))
        cases = list(s.scalars(select(Case).where(Case.id.in_({r.case_id for r in rows}))))
        keys = [r.review_key for r in rows]
        stored = (
            {k: sha for k, sha in s.execute(_STORED.where(SignedPdf.review_key.in_(keys)))},
            set(s.scalars(select(OutboxQueue.review_key).where(OutboxQueue.review_key.in_(keys)))),
        )
        with s.no_autoflush:
            locked = [
                _lock(s, review_id, user_id, summary, stored) for review_id, summary in signed
            ]
        del rows, cases  # held until here: the session keeps only weak references
        return locked


_STORED = select(SignedPdf.review_key, SignedPdf.sha256)


def _lock(
    s: Any,
    review_id: int,
    user_id: str,
    signed: SignedSummary | None,
    stored: tuple[dict[str, str], set[str]] | None = None,
) -> ReviewState:
    row = s.get(Review, review_id)
    if row is None or row.status != READY:
        raise StoreError(Msg("Kun en gennemgang, der er klar til underskrift, kan underskrives"))
    if signed is not None:
        queue_signed(s, signed.case_key, row.review_key, signed.pdf, signed.record, stored)
    row.status = SIGNED
    row.signed_at = utcnow()
    _move_case(s, row.case_id, CaseStatus.SIGNED, user_id)
    audit.append(s, user_id, "review.sign", row.case_id, review=row.review_key)
    return _state(row)


def queue_signed(
    session: Any,
    case_key: str,
    review_key: str,
    pdf: bytes,
    record: str,
    stored: tuple[dict[str, str], set[str]] | None = None,
) -> str:
    """In the caller's SQLAlchemy session (the one that locks the review): keep the signed
    bytes and record and queue the review for the share. Returns the SHA-256. `stored`: the
    SHA-256 of the summaries already kept and the reviews already queued, when the caller has
    read them for a whole group (`lock_signed_many`)."""

    digest = hashlib.sha256(pdf).hexdigest()
    if stored is None:
        known_row = session.get(SignedPdf, review_key)
        known = known_row.sha256 if known_row is not None else None
        is_queued = session.get(OutboxQueue, review_key) is not None
    else:
        known, is_queued = stored[0].get(review_key), review_key in stored[1]
    if known is not None and known != digest:
        raise StoreError(
            Msg(
                "En anden underskrevet PDF er allerede gemt for gennemgang {review_key}",
                review_key=review_key,
            )
        )
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    if known is None:
        session.add(
            SignedPdf(
                review_key=review_key,
                case_key=case_key,
                sha256=digest,
                pdf=pdf,
                record=record,
                stored_at=now,
            )
        )
    if not is_queued:
        session.add(OutboxQueue(review_key=review_key, case_key=case_key, queued_at=now))
    return digest
