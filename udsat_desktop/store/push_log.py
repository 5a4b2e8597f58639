"""What a group of pushed files leaves in the sync log and on their cases, in plain SQL inside
the caller's transaction on this thread's reader (issue 34): a sync whose only work is the
outbox loads no SQLAlchemy, and a group's log lines, cases marked synced, my list of what I
published and the queue letting go of the reviews commit together (sync/outbox.py).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from udsat_desktop.core.status import CaseStatus
from udsat_desktop.store.audit_append import append_on

# (name in the queue, share path, SHA-256, state, message): one line of the sync log
LogLine = tuple[str, str, str, str, str | None]

SYNCED = "synkroniseret"

_UPSERT = (
    "INSERT INTO sync_file "
    "(name, target, sha256, state, attempts, last_attempt, synced_at, message) "
    "VALUES (?, ?, ?, ?, 1, ?, ?, ?) "
    "ON CONFLICT (name) DO UPDATE SET target = excluded.target, sha256 = excluded.sha256, "
    "state = excluded.state, attempts = coalesce(sync_file.attempts, 0) + 1, "
    "last_attempt = excluded.last_attempt, "
    "synced_at = coalesce(excluded.synced_at, sync_file.synced_at), message = excluded.message"
)


def _now() -> str:
    """Now, naive UTC, as SQLAlchemy's DateTime stores it in SQLite (the ORM reads it back)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def log_pushed_on(con: Any, lines: list[LogLine], synced: list[tuple[str, str]]) -> None:
    """A group of pushed files' sync-log lines (a file tried before counts one more attempt
    and keeps when it was synced) and their cases marked synced, each with its audit entry,
    on `con` inside its transaction: one statement for the lines, one query for the cases."""
    now = _now()
    if lines:
        con.executemany(
            _UPSERT,
            [
                (name, target, digest, state, now, now if state == SYNCED else None, message)
                for name, target, digest, state, message in lines
            ],
        )
    if synced:
        _mark_cases_synced(con, synced, now)


def _mark_cases_synced(con: Any, synced: list[tuple[str, str]], now: str) -> None:
    keys = sorted({case_key for case_key, _review_id in synced})
    ids: dict[str, int] = {}
    for start in range(0, len(keys), 500):  # SQLite's bound-parameter limit, with room
        chunk = keys[start : start + 500]
        marks = ",".join("?" * len(chunk))
        ids.update(
            (str(key), int(case_id))
            for case_id, key in con.execute(
                f'SELECT id, case_key FROM "case" WHERE case_key IN ({marks})', chunk
            )
        )
        # a signed case is synced now (updated_at as the ORM's onupdate sets it)
        con.execute(
            f'UPDATE "case" SET status = ?, updated_at = ? '
            f"WHERE status = ? AND case_key IN ({marks})",
            (CaseStatus.SYNCED.value, now, CaseStatus.SIGNED.value, *chunk),
        )
    for case_key, review_id in synced:
        case_id = ids.get(case_key)
        if case_id is not None:
            # the case's files went to the share: an access the citizen's log shows
            append_on(con, "system", "sync", case_id, review=review_id)
