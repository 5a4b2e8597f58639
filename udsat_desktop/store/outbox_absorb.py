"""The plain outbox of an earlier version (issue 36) and its plain `outbox/sendt/`: taken
into the encrypted store at the first start, each pair removed only after the store
verifiably holds it; a ready review whose signed summary was left plain is locked with it."""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import re
from pathlib import Path

from udsat_desktop.core.literals import SENT_FOLDER
from udsat_desktop.core.status import ReviewStatus
from udsat_desktop.platform.paths import AppPaths
from udsat_desktop.store.db import Database
from udsat_desktop.store.errors import StoreError
from udsat_desktop.store.signed_pdfs import (
    MAX_SIGNED_PDF,
    OUTBOX_ABSORBED,
    add_notice,
    keep_signed_pdf,
    remove_file,
    signed_pdf,
    signed_record,
)

log = logging.getLogger(__name__)


def absorb_sent_folder(db: Database, paths: AppPaths) -> int:
    """Move what older versions kept in plain `outbox/sendt/` into the store and delete the
    files (and the folder once empty). Returns how many summaries were taken in."""
    sent = paths.outbox / SENT_FOLDER
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
    from udsat_desktop.store.reviews import signing  # lazy: start-up, ORM +2.1 s

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
            signing.lock_signed(
                db,
                review[0],
                str(facts.get("signed_by") or "system"),
                signing.SignedSummary(case_key, pdf, record),
            )
        else:
            with db.session() as s:
                try:
                    signing.queue_signed(s, case_key, review_key, pdf, record)
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
