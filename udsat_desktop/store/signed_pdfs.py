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
import re
from pathlib import Path
from typing import Any

from udsat_desktop.core.status import ReviewStatus
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


def signed_record(db: Database, review_key: str) -> str | None:
    row = (
        db.reader()
        .execute("SELECT record FROM signed_pdf WHERE review_key = ?", (review_key,))
        .fetchone()
    )
    return str(row[0]) if row is not None and row[0] is not None else None


# ----------------------------------------------------------------------------- the queue
# of unsent work (issue 36): rows of `outbox_queue`, bytes and record in `signed_pdf`


def queue_signed(session: Any, case_key: str, review_key: str, pdf: bytes, record: str) -> str:
    """In the caller's SQLAlchemy session (the one that locks the review): keep the signed
    bytes and record and queue the review for the share. Returns the SHA-256."""
    from udsat_desktop.store.db import StoreError
    from udsat_desktop.store.models import OutboxQueue, SignedPdf

    digest = hashlib.sha256(pdf).hexdigest()
    known = session.get(SignedPdf, review_key)
    if known is not None and known.sha256 != digest:
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
    if session.get(OutboxQueue, review_key) is None:
        session.add(OutboxQueue(review_key=review_key, case_key=case_key, queued_at=now))
    return digest


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


def unqueue(db: Database, review_keys: list[str]) -> None:
    """The share holds verified, sealed copies of these: off the queue (one transaction per
    batch; the signed bytes stay in `signed_pdf`)."""
    con = db.reader()
    for start in range(0, len(review_keys), 500):
        batch = review_keys[start : start + 500]
        con.execute("BEGIN IMMEDIATE")
        try:
            con.execute(
                f"DELETE FROM outbox_queue WHERE review_key IN ({','.join('?' * len(batch))})",
                batch,
            )
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


# ----------------------------------------------------------------------------- the plain
# outbox of an earlier version (issue 36): taken into the store at the first start


def _names_pdf(pdf: bytes, expected: object) -> bool:
    """Whether the record's `pdf_sha256` names this PDF: the whole file, or the signed
    revision it starts with (ending at one of its `%%EOF` markers) followed by validation
    data (a `/DSS`), as an earlier version's sync appended in the outbox. Anything else
    appended is not the signed document."""
    if not isinstance(expected, str):
        return False
    if hashlib.sha256(pdf).hexdigest() == expected:
        return True
    for match in re.finditer(rb"%%EOF(\r\n|\r|\n)?", pdf):
        for end in {match.start() + 5, match.end()}:
            if hashlib.sha256(pdf[:end]).hexdigest() == expected:
                return b"/DSS" in pdf[end:]
    return False


def _review_state(db: Database, review_key: str) -> tuple[int, str] | None:
    row = (
        db.reader()
        .execute("SELECT id, status FROM review WHERE review_key = ?", (review_key,))
        .fetchone()
    )
    return (int(row[0]), str(row[1])) if row is not None else None


def _take_pair(db: Database, case_key: str, review_key: str, pdf: bytes, record: str) -> bool:
    """One plain pair into the store and the queue; True once the store verifiably holds
    exactly these bytes and this record (then the files may go)."""
    stored = signed_pdf(db, review_key)
    if stored is None:
        facts = json.loads(record)
        if not isinstance(facts, dict) or facts.get("review_id") != review_key:
            raise ValueError("record names another review")
        if facts.get("case_key") != case_key or not _names_pdf(pdf, facts.get("pdf_sha256")):
            raise ValueError("record does not match its PDF")
        review = _review_state(db, review_key)
        if review is not None and review[1] == ReviewStatus.READY.value:
            # signed by an earlier version that was stopped before it locked the review:
            # the signed summary is the signature; the review is locked with it
            from udsat_desktop.store.reviews import SignedSummary, lock_signed

            lock_signed(
                db,
                review[0],
                str(facts.get("signed_by") or "system"),
                SignedSummary(case_key, pdf, record),
            )
        else:
            from udsat_desktop.store.db import StoreError

            with db.session() as s:
                try:
                    queue_signed(s, case_key, review_key, pdf, record)
                except StoreError as exc:
                    raise ValueError(str(exc)) from None
        stored = signed_pdf(db, review_key)
    # already in the store (sent, or taken in by a start cut short): the files may go only
    # when the store holds the same signed bytes (the record may have been updated since)
    return stored == pdf or (stored is not None and _same_signed(stored, pdf, db, review_key))


def _same_signed(stored: bytes, pdf: bytes, db: Database, review_key: str) -> bool:
    """The store holds the same signed document with validation data added since."""
    record = signed_record(db, review_key)
    try:
        expected = json.loads(record).get("pdf_sha256") if record else None
    except (ValueError, AttributeError):
        return False
    return _names_pdf(stored, expected) and _names_pdf(pdf, expected)


def absorb_outbox(db: Database, paths: AppPaths) -> int:
    """Take what an earlier version left plain in `outbox/` into the store (and its queue for
    the share), then delete the files: each pair only after the store verifiably holds it
    (a kill in between leaves the files, which the next start finds already stored and
    removes). A partial file of a write cut short is removed (its review was not locked and
    is signed again); a pair that does not match itself is left where it is and logged.
    Returns how many summaries were taken in; the user is told once (`OUTBOX_ABSORBED`)."""
    outbox = paths.outbox
    if not outbox.is_dir():
        return 0
    absorb_sent_folder(db, paths)
    files = sorted(p for p in outbox.iterdir() if p.is_file() or p.is_symlink())
    for path in files:
        if path.name.startswith(".") and path.name.endswith(".tmp"):
            remove_file(path)  # a signature (or validation data) cut short mid-write
    taken = 0
    for pdf_path in [p for p in files if p.suffix == ".pdf" and not p.name.startswith(".")]:
        taken += _absorb_one(db, pdf_path)
    for stray in outbox.glob("*.json"):  # a record whose PDF is already in the store
        review_key = stray.stem.partition("_")[2]
        if stray.with_suffix(".pdf").exists():
            continue
        if signed_pdf(db, review_key) is not None:
            remove_file(stray)
        else:
            log.warning("outbox record %s has no summary; left", review_key)
    with contextlib.suppress(OSError):
        outbox.rmdir()
    if taken:
        add_notice(db, OUTBOX_ABSORBED, taken)
        log.info("%d waiting summaries moved from the plain outbox into the store", taken)
    return taken


def _absorb_one(db: Database, pdf_path: Path) -> int:
    """One plain PDF of the old outbox (and its record): 1 when taken in and removed."""
    case_key, sep, review_key = pdf_path.stem.partition("_")
    record_path = pdf_path.with_suffix(".json")
    if not sep or not review_key or pdf_path.is_symlink():
        return 0
    try:
        if pdf_path.stat().st_size > MAX_SIGNED_PDF:
            return 0
        pdf = pdf_path.read_bytes()
        if not record_path.is_file():
            state = _review_state(db, review_key)
            # the record never written: a signing an earlier version was stopped in (its
            # review is still ready and is signed again), or a copy the store already holds
            ready = state is not None and state[1] == ReviewStatus.READY.value
            if ready or signed_pdf(db, review_key) == pdf:
                remove_file(pdf_path)
            else:
                log.warning("outbox summary %s has no record; left", review_key)
            return 0
        if not _take_pair(db, case_key, review_key, pdf, record_path.read_text("utf-8")):
            log.warning("outbox summary %s differs from the stored one; left", review_key)
            return 0
    except (OSError, ValueError) as exc:
        log.warning("outbox summary %s not taken in: %s", review_key, type(exc).__name__)
        return 0
    remove_file(pdf_path)
    remove_file(record_path)
    return 1


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
