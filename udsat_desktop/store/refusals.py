"""Refusals remembered (issue 31): the files on the share this installation refused, by path,
size and modification time, so an unchanged refused file is not read again. Over the thread's
plain connection: a sync reads the whole table once and writes what it refused in one
transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from udsat_desktop.store.db import Database

Remembered = dict[str, tuple[int, int, str]]  # path -> (size, mtime_ns, reason)


def remembered(db: Database) -> Remembered:
    rows = db.reader().execute("SELECT path, size, mtime_ns, reason FROM share_refusal")
    return {p: (s, m, r) for p, s, m, r in rows}  # TEXT, INTEGER, INTEGER, TEXT columns


def remember(db: Database, refused: Iterable[tuple[str, int, int, str]]) -> None:
    """(path, size, mtime_ns, reason) of each file refused now; one transaction."""
    rows = list(refused)
    if not rows:
        return
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    _in_one_transaction(
        db,
        "INSERT OR REPLACE INTO share_refusal (path, size, mtime_ns, reason, refused_at) "
        "VALUES (?, ?, ?, ?, ?)",
        [(p[:400], s, m, r[:2000], now) for p, s, m, r in rows],
    )


def ages(db: Database) -> dict[str, str]:
    """path -> when it was refused or last found unchanged (ISO time): the order in which a
    sync looks at remembered refusals again (sync/refusals.py)."""
    rows = db.reader().execute("SELECT path, refused_at FROM share_refusal")
    return {str(p): str(a or "") for p, a in rows}


def touch(db: Database, paths: Iterable[str]) -> None:
    """Remembered refusals looked at again and found unchanged: their time set to now."""
    # to the microsecond: two syncs in one second still take turns (32 characters, the column)
    now = dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")
    rows = [(now, p) for p in paths]
    if rows:
        _in_one_transaction(db, "UPDATE share_refusal SET refused_at = ? WHERE path = ?", rows)


def forget(db: Database, paths: Iterable[str]) -> None:
    """Paths no longer refused (gone, or read and taken since)."""
    gone = [(p,) for p in paths]
    if gone:
        _in_one_transaction(db, "DELETE FROM share_refusal WHERE path = ?", gone)


def _in_one_transaction(db: Database, sql: str, rows: Sequence[tuple[object, ...]]) -> None:
    conn = db.reader()  # autocommit: the transaction is explicit
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.executemany(sql, rows)
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
