"""The audit chain's head as published to the share (issue 16): what a head pins and what
this app has published. See `sync.audit_heads` for the files and their signatures."""

from __future__ import annotations

import datetime as dt
from typing import Any

from udsat_desktop.store.db import Database

MAX_HASHES_PER_HEAD = 20_000  # keeps a head file under ~1.5 MB after a long time offline


def current_head(db: Database) -> tuple[int, int, str] | None:
    """(entry count, last entry id, last entry hash), or None for an empty log."""
    con = db.reader()
    last = con.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    if last is None:
        return None
    count = con.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    return int(count), int(last[0]), str(last[1])


def last_published(db: Database) -> tuple[int, int] | None:
    """(seq, last entry id) of the newest head this app published, or None."""
    row = (
        db.reader()
        .execute("SELECT seq, last_id FROM audit_head ORDER BY seq DESC LIMIT 1")
        .fetchone()
    )
    return (int(row[0]), int(row[1])) if row else None


def hashes_after(db: Database, after_id: int, up_to_id: int) -> list[tuple[int, str]]:
    """(id, hash) of the entries in (after_id, up_to_id], the newest MAX_HASHES_PER_HEAD."""
    rows = (
        db.reader()
        .execute(
            "SELECT id, hash FROM audit_log WHERE id > ? AND id <= ? ORDER BY id DESC LIMIT ?",
            (after_id, up_to_id, MAX_HASHES_PER_HEAD),
        )
        .fetchall()
    )
    return [(int(i), str(h)) for i, h in reversed(rows)]


def record_published(
    db: Database, seq: int, last_id: int, digest: str, blob: bytes | None = None
) -> None:
    db.reader().execute(
        "INSERT OR IGNORE INTO audit_head (seq, last_id, hash, published_at, blob) "
        "VALUES (?, ?, ?, ?, ?)",
        (seq, last_id, digest, dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), blob),
    )


def published_seqs(db: Database) -> set[int]:
    """The seq of every head this app published."""
    return {int(s) for (s,) in db.reader().execute("SELECT seq FROM audit_head")}


def published_blob(db: Database, seq: int) -> bytes | None:
    row = db.reader().execute("SELECT blob FROM audit_head WHERE seq = ?", (seq,)).fetchone()
    return bytes(row[0]) if row is not None and row[0] is not None else None


def published(db: Database) -> dict[int, bytes | None]:
    """seq -> the file's bytes (None for heads published before the bytes were kept) of every
    head this app published."""
    return {
        int(s): (bytes(b) if b is not None else None)
        for s, b in db.reader().execute("SELECT seq, blob FROM audit_head ORDER BY seq")
    }


def local_hashes(db: Database, ids: list[int]) -> dict[int, str]:
    """The stored hash of each entry id that still exists."""
    found: dict[int, str] = {}
    con = db.reader()
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for i, h in con.execute(f"SELECT id, hash FROM audit_log WHERE id IN ({marks})", chunk):
            found[int(i)] = str(h)
    return found


def purged_before(db: Database) -> int:
    """Entries below this id were removed by a logged retention purge (0: none)."""
    row: Any = (
        db.reader().execute("SELECT first_id FROM audit_anchor ORDER BY id DESC LIMIT 1").fetchone()
    )
    return int(row[0]) if row else 0
