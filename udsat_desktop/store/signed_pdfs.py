"""Signed summaries kept inside the encrypted store (issues 16 and 36): nothing plain is kept
on the laptop, not even while a summary waits for the share. A summary's exact signed bytes and
its record go into `signed_pdf` in the transaction that locks its review; `outbox_queue` lists
those still to be pushed (the queue of unsent work). Push reads them from here and writes them
to the share already sealed; once the share holds a verified copy the queue row goes and the
bytes stay. Printing, meeting packets and `udsat summary` read from here.

Plain SQL over the reader connection, except where a write belongs to a caller's session."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import logging
import os
from pathlib import Path
from typing import Any

from udsat_desktop.core.literals import LTV_WAITING
from udsat_desktop.core.text import Msg
from udsat_desktop.store.db import Database

log = logging.getLogger(__name__)

MAX_SIGNED_PDF = 64 * 1024 * 1024
# the rows of the partial index ix_signed_pdf_ltv (models.SignedPdf imports this; migration 0007
# keeps its own frozen copy): the same expression, or SQLite finds no plan for the query that
# names the index
SIGNED_PDF_LTV_MENTIONED = "instr(record, '\"ltv\"') > 0"
STORED_WAITING_SQL = (
    "SELECT review_key, sha256, pdf, record FROM signed_pdf INDEXED BY ix_signed_pdf_ltv "
    f"WHERE {SIGNED_PDF_LTV_MENTIONED}"
)


def keep_signed_pdf(
    db: Database, case_key: str, review_key: str, pdf: bytes, record: str | None = None
) -> str:
    """Store a signed summary's bytes (idempotent: a review's row is written once and a
    second copy must be the same bytes). Returns the SHA-256."""
    digest = hashlib.sha256(pdf).hexdigest()
    con = db.reader()
    known = con.execute(
        "SELECT sha256 FROM signed_pdf WHERE review_key = ?", (review_key,)
    ).fetchone()
    if known is not None:
        if known[0] != digest:
            raise ValueError(
                Msg(
                    "En anden underskrevet PDF er allerede gemt for gennemgang {review_key}",
                    review_key=review_key,
                )
            )
        return digest
    con.execute(
        "INSERT INTO signed_pdf (review_key, case_key, sha256, pdf, record, stored_at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (
            review_key,
            case_key,
            digest,
            pdf,
            record,
            dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        ),
    )
    return digest


def keep_signed_pdfs(db: Database, items: list[tuple[str, str, bytes, str | None]]) -> None:
    """Several (case key, review key, pdf, record) in one transaction: one commit (one fsync)
    for a whole batch of uploads instead of one per summary."""
    con = db.reader()
    con.execute("BEGIN IMMEDIATE")
    try:
        for case_key, review_key, pdf, record in items:
            keep_signed_pdf(db, case_key, review_key, pdf, record)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


def signed_pdf(db: Database, review_key: str) -> bytes | None:
    row = (
        db.reader()
        .execute("SELECT pdf FROM signed_pdf WHERE review_key = ?", (review_key,))
        .fetchone()
    )
    return bytes(row[0]) if row is not None else None


def remove_file(path: Path) -> None:
    """Unlink and make the removal durable (fsync the folder)."""
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
    if os.name == "posix":
        fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def signed_record(db: Database, review_key: str) -> str | None:
    row = (
        db.reader()
        .execute("SELECT record FROM signed_pdf WHERE review_key = ?", (review_key,))
        .fetchone()
    )
    return str(row[0]) if row is not None and row[0] is not None else None


# ----------------------------------------------------------------------------- the queue
# of unsent work (issue 36): rows of `outbox_queue`, bytes and record in `signed_pdf`


def queued_reviews(db: Database) -> list[tuple[str, str]]:
    """(case key, review key) of every signed summary still waiting for the share, in the
    order the outbox's file names used to sort in."""
    return [
        (str(c), str(r))
        for c, r in db.reader().execute(
            "SELECT case_key, review_key FROM outbox_queue ORDER BY case_key, review_key"
        )
    ]


def queued_count(db: Database) -> int:
    return int(db.reader().execute("SELECT count(*) FROM outbox_queue").fetchone()[0])


def queued_summary(db: Database, review_key: str) -> tuple[bytes, str | None, str] | None:
    """(PDF, record, SHA-256 as stored) of a queued review; None when its bytes are missing."""
    row = (
        db.reader()
        .execute("SELECT pdf, record, sha256 FROM signed_pdf WHERE review_key = ?", (review_key,))
        .fetchone()
    )
    return (bytes(row[0]), row[1], str(row[2])) if row is not None else None


def unqueue(db: Database, review_keys: list[str], *, in_transaction: bool = False) -> None:
    """The share holds verified, sealed copies of these: off the queue (one transaction per
    batch; the signed bytes stay in `signed_pdf`). `in_transaction`: inside the caller's
    transaction on this thread's reader (it commits with what goes with it)."""
    con = db.reader()
    for start in range(0, len(review_keys), 500):
        batch = review_keys[start : start + 500]
        delete = f"DELETE FROM outbox_queue WHERE review_key IN ({','.join('?' * len(batch))})"
        if in_transaction:
            con.execute(delete, batch)
            continue
        con.execute("BEGIN IMMEDIATE")
        try:
            con.execute(delete, batch)
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise


# ----------------------------------------------------------------------------- notices told
# once (the CLI's stderr line, the window's message at start)

OUTBOX_ABSORBED = "outbox_absorbed"


def add_notice(db: Database, name: str, count: int) -> None:
    db.reader().execute(
        "INSERT INTO notice (name, count, created_at) VALUES (?, ?, ?) "
        "ON CONFLICT(name) DO UPDATE SET count = count + excluded.count",
        (name, count, dt.datetime.now(dt.UTC).isoformat(timespec="seconds")),
    )


def take_notice(db: Database, name: str) -> int:
    """The count a notice waits with (0: none), removed as it is read: told once. Nothing is
    written when none waits (a read-only store opens as before)."""
    con = db.reader()
    if con.execute("SELECT 1 FROM notice WHERE name = ?", (name,)).fetchone() is None:
        return 0
    con.execute("BEGIN IMMEDIATE")
    try:
        row = con.execute("SELECT count FROM notice WHERE name = ?", (name,)).fetchone()
        con.execute("DELETE FROM notice WHERE name = ?", (name,))
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return int(row[0]) if row is not None else 0


# ----------------------------------------------------------------------------- long-term
# validation added later (issue 19): a stored summary whose record says "ltv": "afventer"


def ingested_waiting_for_ltv(db: Database) -> list[tuple[str, str, str, str, str]]:
    """(review key, case key, PDF path on the share, the record's hash, record) of ingested
    reviews whose signatures verified (trusted, or by a signer not on the roster), whose
    record says validation data is still to be added and whose PDF is not in the store yet."""
    rows = (
        db.reader()
        .execute(
            "SELECT r.review_key, r.case_key, r.pdf_path, r.pdf_sha256, r.record "
            "FROM ingested_record r LEFT JOIN signed_pdf p ON p.review_key = r.review_key "
            "WHERE r.verdict IN ('TRUSTED', 'UNKNOWN_SIGNER') AND p.review_key IS NULL "
            "AND instr(r.record, '\"ltv\"') > 0"
        )
        .fetchall()
    )
    out = []
    for review_key, case_key, pdf_path, sha256, record in rows:
        try:
            waiting = json.loads(record).get("ltv") == LTV_WAITING
        except (ValueError, AttributeError):
            waiting = False
        if waiting:
            out.append((review_key, case_key, pdf_path, sha256, record))
    return out


def stored_waiting_for_ltv(db: Database) -> list[tuple[str, str, bytes, dict[str, Any]]]:
    """(review key, identity hash, PDF, record) of stored summaries still waiting for their
    validation data. Every ingest asks, so only the rows in the partial index are read: a
    scan would read every stored PDF to reach the record after it (0.7 s at 2,700 reviews)."""
    rows = db.reader().execute(STORED_WAITING_SQL).fetchall()
    out = []
    for review_key, sha256, pdf, record in rows:
        try:
            parsed = json.loads(record)
        except ValueError:
            continue
        if isinstance(parsed, dict) and parsed.get("ltv") == LTV_WAITING:
            out.append((review_key, sha256, bytes(pdf), parsed))
    return out


def replace_with_augmented(
    db: Database, review_key: str, identity: str, pdf: bytes, record: dict[str, Any]
) -> bool:
    """The stored copy becomes `pdf` (the same signed document with validation data added):
    its identity (the signed revision's hash) stays; the record no longer waits. False (and
    nothing changed) when the stored copy has another identity."""
    done = {k: v for k, v in record.items() if k != "ltv"}
    con = db.reader()
    cur = con.execute(
        "UPDATE signed_pdf SET pdf = ?, record = ? WHERE review_key = ? AND sha256 = ?",
        (pdf, json.dumps(done, ensure_ascii=False, indent=2), review_key, identity),
    )
    return bool(cur.rowcount == 1)  # False: the stored copy is not this signed document


def keep_ingested_pdfs(db: Database, items: list[tuple[str, str, bytes, str | None]]) -> int:
    """Colleagues' signed summaries read (and unsealed) at ingest, kept in one transaction so
    printing and packets read them from here, never from the share. A review whose row is
    already here keeps its first bytes (first seen is kept). Returns how many were new."""
    con = db.reader()
    con.execute("BEGIN IMMEDIATE")
    new = 0
    try:
        for case_key, review_key, pdf, record in items:
            with contextlib.suppress(ValueError):
                known = con.execute(
                    "SELECT 1 FROM signed_pdf WHERE review_key = ?", (review_key,)
                ).fetchone()
                if known is None:
                    keep_signed_pdf(db, case_key, review_key, pdf, record)
                    new += 1
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return new


def ingested_without_pdf(db: Database) -> set[str]:
    """Reviews ingested intact (before the store kept colleagues' summaries) whose PDF is not
    in the store: the next ingest reads them once more to take their PDF in."""
    return {
        row[0]
        for row in db.reader().execute(
            "SELECT review_key FROM ingested_record WHERE verdict IN (?, ?, ?) AND review_key "
            "NOT IN (SELECT review_key FROM signed_pdf)",
            ("TRUSTED", "UNKNOWN_SIGNER", "REVOKED_SIGNER"),
        )
    }


def signed_reviewers(db: Database, review_key: str) -> list[str]:
    """The reviewers the stored record of a signed summary names (who may read it on the
    share besides the coordinators); [] when unknown."""
    row = (
        db.reader()
        .execute("SELECT record FROM signed_pdf WHERE review_key = ?", (review_key,))
        .fetchone()
    )
    try:
        reviewers = json.loads(row[0]).get("reviewers") if row and row[0] else []
    except (ValueError, AttributeError):
        return []
    return [str(r) for r in reviewers] if isinstance(reviewers, list) else []
