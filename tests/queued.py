"""Reading the encrypted queue of unsent work in tests (issue 36): signed summaries wait in
the store (`signed_pdf` + `outbox_queue`), not as files in the data folder."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from udsat_desktop.store.signed_pdfs import queued_reviews, signed_pdf, signed_record


def pdf_of(db: Any, item: Any) -> bytes:
    """The signed bytes of an OutboxItem (or a review key) as the store keeps them."""
    key = item if isinstance(item, str) else item.review_key
    data = signed_pdf(db, key)
    assert data is not None, f"no signed summary stored for {key}"
    return data


def record_text_of(db: Any, item: Any) -> str:
    key = item if isinstance(item, str) else item.review_key
    text = signed_record(db, key)
    assert text is not None, f"no record stored for {key}"
    return text


def record_of(db: Any, item: Any) -> dict[str, Any]:
    parsed: dict[str, Any] = json.loads(record_text_of(db, item))
    return parsed


def copy_out(db: Any, item: Any, folder: Path) -> Path:
    """A copy of the signed summary in a test's own folder (outside the data folder), for the
    tools that read a file (pdfsig, `udsat verify`, the verify dialog)."""
    key = item if isinstance(item, str) else item.review_key
    case_key = item.case_key if not isinstance(item, str) else "sag"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{case_key}_{key}.pdf"
    path.write_bytes(pdf_of(db, key))
    return path


def queued_names(db: Any) -> set[str]:
    """`<case-key>_<review-key>` of every review waiting for the share."""
    return {f"{c}_{r}" for c, r in queued_reviews(db)}


def member_queue(member: Any, *, start: bool = True) -> dict[str, tuple[bytes, str]]:
    """A team member's queue of unsent work: `<case-key>_<review-key>` -> (signed PDF, record
    text), read from the encrypted store. `start=False`: the database is opened without the
    program's start (which takes in an earlier version's plain outbox)."""
    if start:
        db, _profile = member.open()
    else:
        from tests.sync.conftest import PASS
        from udsat_desktop.store.db import Database

        db = Database.open(member.paths.database, member.paths.keyinfo, PASS)
    try:
        return {f"{c}_{r}": (pdf_of(db, r), record_text_of(db, r)) for c, r in queued_reviews(db)}
    finally:
        db.close()


def leave_plain_as_before(db: Any, paths: Any) -> dict[str, tuple[bytes, str]]:
    """Turn the queue into what an earlier version left on the laptop: each waiting summary
    and its record as plain files in `outbox/`, and nothing of them in the store (the reviews
    stay signed). Returns `<case-key>_<review-key>` -> (PDF, record text)."""
    left: dict[str, tuple[bytes, str]] = {}
    outbox = paths.outbox
    outbox.mkdir(mode=0o700, exist_ok=True)
    for case_key, review_key in queued_reviews(db):
        name = f"{case_key}_{review_key}"
        pdf, record = pdf_of(db, review_key), record_text_of(db, review_key)
        (outbox / f"{name}.pdf").write_bytes(pdf)
        (outbox / f"{name}.json").write_text(record, encoding="utf-8")
        left[name] = (pdf, record)
    con = db.reader()
    for name in left:
        review_key = name.split("_", 1)[1]
        con.execute("DELETE FROM outbox_queue WHERE review_key = ?", (review_key,))
        con.execute("DELETE FROM signed_pdf WHERE review_key = ?", (review_key,))
    return left
