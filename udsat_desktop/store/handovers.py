"""Reading the cases a coordinator handed from one reviewer to another (issue 29), without the
ORM: `udsat cases` and the queue's case panel ask on every start, and plain SQL on the
thread's reader keeps SQLAlchemy out of their start (issue 34). Recording a handover is a
write: store/conflicts.py (`record_handover`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from udsat_desktop.store.db import Database

_CHUNK = 900  # SQLite's bound on host parameters in one statement, with room to spare


@dataclass(frozen=True)
class Handover:
    case_key: str
    from_user: str
    to_user: str
    by_user: str
    at: str


def handovers(db: Database, user_id: str) -> dict[str, Handover]:
    """Every case handed away from `user_id` and not given back: case key -> handover (the
    latest handover of each case counts)."""
    conn = db.reader()
    latest: dict[str, Handover] = {}
    for key, from_user, to_user, by_user, at in conn.execute(
        "SELECT case_key, from_user, to_user, by_user, at FROM case_handover ORDER BY at, id"
    ):
        latest[key] = Handover(key, from_user, to_user, by_user, at)
    mine = [key for key, h in latest.items() if h.from_user == user_id]
    assigned = _column_by_key(db, mine, "assigned_reviewer")
    return {k: latest[k] for k in mine if assigned.get(k) != user_id}


def handed_over_case_ids(db: Database, user_id: str) -> dict[int, Handover]:
    """Local case id -> handover, for the cases handed away from `user_id`."""
    handed = handovers(db, user_id)
    if not handed:
        return {}
    ids = _column_by_key(db, list(handed), "id")
    return {int(ids[k]): h for k, h in handed.items() if k in ids}


def _column_by_key(db: Database, keys: list[str], column: str) -> dict[str, Any]:
    """case key -> one column of its case, for the cases that exist here."""
    out: dict[str, Any] = {}
    for start in range(0, len(keys), _CHUNK):
        chunk = keys[start : start + _CHUNK]
        marks = ", ".join("?" for _ in chunk)
        out.update(
            db.reader().execute(
                f'SELECT case_key, {column} FROM "case" WHERE case_key IN ({marks})',
                chunk,
            )
        )
    return out
