"""Signed summaries kept inside the encrypted store (issue 16): nothing plain stays on the
laptop once a summary has reached the share. The outbox holds a signed PDF only until its
upload is verified; then its bytes are kept here and the file is removed. Printing, meeting
packets and `udsat summary` read from here (or from the outbox while a PDF still waits).

Plain SQL over the reader connection: one row per review, written once."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import logging
import os
from pathlib import Path
from typing import Any

from udsat_desktop.core.text import Msg
from udsat_desktop.platform.paths import AppPaths
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


def absorb_sent_folder(db: Database, paths: AppPaths) -> int:
    """Move what older versions kept in plain `outbox/sendt/` into the store and delete the
    files (and the folder once empty). Returns how many summaries were taken in."""
    sent = paths.outbox / "sendt"
    if not sent.is_dir():
        return 0
    taken = 0
    for pdf_path in sorted(sent.glob("*.pdf")):
        case_key, sep, review_key = pdf_path.stem.partition("_")
        if not sep or not review_key:
            continue
        record_path = pdf_path.with_suffix(".json")
        try:
            if pdf_path.is_symlink() or pdf_path.stat().st_size > MAX_SIGNED_PDF:
                continue
            pdf = pdf_path.read_bytes()
            record = record_path.read_text(encoding="utf-8") if record_path.is_file() else None
            if record is not None:
                expected = json.loads(record).get("pdf_sha256")
                if expected and expected != hashlib.sha256(pdf).hexdigest():
                    log.warning("sent summary %s does not match its record; left", review_key)
                    continue
            keep_signed_pdf(db, case_key, review_key, pdf, record)
        except (OSError, ValueError) as exc:
            log.warning("sent summary %s not taken in: %s", review_key, type(exc).__name__)
            continue
        remove_file(pdf_path)
        remove_file(record_path)
        taken += 1
    for stray in sent.glob("*.json"):  # records whose PDF is already in the store
        if signed_pdf(db, stray.stem.partition("_")[2]) is not None:
            remove_file(stray)
    with contextlib.suppress(OSError):
        sent.rmdir()
    if taken:
        log.info("%d sent summaries moved from outbox/sendt into the store", taken)
    return taken


# ----------------------------------------------------------------------------- long-term
# validation added later (issue 19): a stored summary whose record says "ltv": "afventer"

LTV_WAITING = "afventer"


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
