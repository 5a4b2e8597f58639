"""Adding to the audit log (store/audit.py is the log: its chain, its checks and its readers).
Apart so that what only appends (a search that shows cases, a case read, a refused file from
the share) loads neither the log's labels nor the access log's vocabulary (issue 34: the
window's first screen and `udsat team list`). Each entry's hash covers the previous entry's,
read inside the same INSERT under SQLite's write lock, so two writers can never fork the chain.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from typing import TYPE_CHECKING, Any

from udsat_desktop.store.db import Database
from udsat_desktop.store.sqlite_errors import raise_if_storage_error

if TYPE_CHECKING:  # the window logs reads before the write path (SQLAlchemy) has loaded
    from sqlalchemy.orm import Session

GENESIS = "0" * 64

_APPEND_SQL = (
    "INSERT INTO audit_log (at, user_id, action, case_id, details, prev_hash, hash) "
    "SELECT :at, :user_id, :action, :case_id, :details, prev, "
    "sha256_hex(prev || :content) "
    "FROM (SELECT coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), :genesis) "
    "AS prev)"
)


_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def _content(at: str, user_id: str, action: str, case_id: int | None, details: str) -> str:
    return _ENCODER.encode([at, user_id, action, case_id, details])


def params(
    user_id: str, action: str, case_id: int | None, details: dict[str, Any]
) -> dict[str, Any]:
    at = dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")
    detail_text = json.dumps(details, ensure_ascii=False, sort_keys=True, default=str)
    return {
        "at": at,
        "user_id": user_id,
        "action": action,
        "case_id": case_id,
        "details": detail_text,
        "content": _content(at, user_id, action, case_id, detail_text),
        "genesis": GENESIS,
    }


def append(
    session: Session, user_id: str, action: str, case_id: int | None = None, **details: Any
) -> None:
    """Add an entry in the caller's transaction (it commits or rolls back with the change)."""
    session.execute(statement(), params(user_id, action, case_id, details))


def append_on(
    con: Any, user_id: str, action: str, case_id: int | None = None, **details: Any
) -> None:
    """`append` on a plain connection inside the caller's transaction (store/push_log.py)."""
    con.execute(_APPEND_SQL, params(user_id, action, case_id, details))


@functools.cache
def statement() -> Any:
    """The append as a statement: with a list of `params` (executemany), one entry each, in
    order, each chained to the one before (a batch of entries in one transaction)."""
    from sqlalchemy import text

    return text(_APPEND_SQL)


def append_now(
    db: Database, user_id: str, action: str, case_id: int | None = None, **details: Any
) -> None:
    """Add an entry on its own, over this thread's plain connection: for reads and searches,
    which change nothing else and must not wait for the write path (SQLAlchemy) to load. One
    autocommit statement, chained under SQLite's write lock like `append`."""
    try:
        db.reader().execute(_APPEND_SQL, params(user_id, action, case_id, details))
    except Exception as exc:  # a full disk, a read-only file…: a user error
        raise_if_storage_error(exc, db.path)
        raise


SHOWN_CASES_MAX = 1000  # a search records at most this many of the cases it showed


def case_ids(ids: Any) -> list[int]:
    """The `cases` detail of an entry that touched several cases (a search that showed them,
    a print, a meeting packet): sorted, unique, at most SHOWN_CASES_MAX."""
    return sorted({int(i) for i in ids})[:SHOWN_CASES_MAX]
