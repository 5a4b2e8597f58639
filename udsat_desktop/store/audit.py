"""The audit log: append-only and hash-chained (DOMAIN.md §4).

Each entry's hash is SHA-256 over the previous entry's hash and the entry's own content, so an
edited, deleted or reordered entry breaks the chain at a place `verify_chain` names. The new
entry's `prev_hash` is read inside the same INSERT statement, under SQLite's write lock, so two
writers can never fork the chain. Triggers in the schema refuse UPDATE and DELETE.
Details hold ids, field names and counts, never the text a user typed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from udsat_desktop.store.db import Database

GENESIS = "0" * 64

_APPEND = text(
    "INSERT INTO audit_log (at, user_id, action, case_id, details, prev_hash, hash) "
    "SELECT :at, :user_id, :action, :case_id, :details, prev, "
    "sha256_hex(prev || :content) "
    "FROM (SELECT coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), :genesis) "
    "AS prev)"
)


def _content(at: str, user_id: str, action: str, case_id: int | None, details: str) -> str:
    return json.dumps([at, user_id, action, case_id, details], ensure_ascii=False,
                      separators=(",", ":"))


def append(session: Session, user_id: str, action: str, case_id: int | None = None,
           **details: Any) -> None:
    """Add an entry in the caller's transaction (it commits or rolls back with the change)."""
    at = dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")
    detail_text = json.dumps(details, ensure_ascii=False, sort_keys=True, default=str)
    session.execute(_APPEND, {
        "at": at, "user_id": user_id, "action": action, "case_id": case_id,
        "details": detail_text, "content": _content(at, user_id, action, case_id, detail_text),
        "genesis": GENESIS,
    })


@dataclass(frozen=True)
class ChainBreak:
    entry_id: int
    reason: str


def verify_rows(rows: Iterable[tuple[Any, ...]]) -> ChainBreak | None:
    """rows: (id, at, user_id, action, case_id, details, prev_hash, hash) in id order."""
    prev = GENESIS
    for entry_id, at, user_id, action, case_id, details, prev_hash, digest in rows:
        if prev_hash != prev:
            return ChainBreak(entry_id, "kæden er brudt før denne post (slettet eller flyttet)")
        expected = hashlib.sha256(
            (prev + _content(at, user_id, action, case_id, details)).encode("utf-8")
        ).hexdigest()
        if digest != expected:
            return ChainBreak(entry_id, "posten er ændret efter den blev skrevet")
        prev = digest
    return None


def verify_chain(db: Database) -> ChainBreak | None:
    rows = db.reader().execute(
        "SELECT id, at, user_id, action, case_id, details, prev_hash, hash FROM audit_log "
        "ORDER BY id")
    return verify_rows(rows)


def entries(db: Database, case_id: int | None = None) -> list[tuple[Any, ...]]:
    sql = "SELECT id, at, user_id, action, case_id, details FROM audit_log"
    params: tuple[Any, ...] = ()
    if case_id is not None:
        sql += " WHERE case_id = ?"
        params = (case_id,)
    return list(db.reader().execute(sql + " ORDER BY id", params))
