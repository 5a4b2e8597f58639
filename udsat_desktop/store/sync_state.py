"""What the sync engine keeps in the store on every run, in plain SQL over this thread's reader
connection (no SQLAlchemy): the installation's secrets (the encryption and team keys), the
team as the roster names it, the sync log, refused files and the sync's audit entries.

Commands that only read (`udsat team list`, a sync that finds nothing new) start without the
ORM (issue 34); what a sync with work writes through the ORM (claims, assignments, ingested
records) is store/sync_work.py's. The files on the share are the engine's (sync/engine.py)."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from udsat_desktop.store import audit_append as audit
from udsat_desktop.store.db import Database
from udsat_desktop.store.sqlite_errors import raise_if_storage_error

ENCRYPTION_SECRET = "x25519_private"
REFUSED = "afvist"
SYNCED = "synkroniseret"


def _now() -> str:
    """Now, naive UTC, as SQLAlchemy's DateTime stores it in SQLite (the ORM reads it back)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


@contextlib.contextmanager
def _transaction(db: Database) -> Iterator[Any]:
    """One transaction on the reader connection (autocommit: it is explicit here); a full disk
    or a read-only file is the user's error, rolled back."""
    con = db.reader()
    try:
        con.execute("BEGIN IMMEDIATE")
        try:
            yield con
        except BaseException:
            con.execute("ROLLBACK")
            raise
        con.execute("COMMIT")
    except Exception as exc:
        raise_if_storage_error(exc, db.path)
        raise


def stored_secret(db: Database, name: str) -> bytes | None:
    """A secret already kept (`secret`), or None: reading it makes nothing."""
    row = db.reader().execute("SELECT value FROM secret WHERE name = ?", (name,)).fetchone()
    return None if row is None else bytes(row[0])


def secret(db: Database, name: str, make: Callable[[], bytes]) -> bytes:
    """A secret of this installation, made by `make()` on first use; kept in the (encrypted)
    database, never in a file of its own. Two first uses at once keep the first one stored."""
    row = db.reader().execute("SELECT value FROM secret WHERE name = ?", (name,)).fetchone()
    if row is not None:
        return bytes(row[0])
    with _transaction(db) as con:
        con.execute(
            "INSERT OR IGNORE INTO secret (name, value, created_at) VALUES (?, ?, ?)",
            (name, make(), _now()),
        )
        (value,) = con.execute("SELECT value FROM secret WHERE name = ?", (name,)).fetchone()
    return bytes(value)


def learn_team(db: Database, members: Iterable[dict[str, Any]]) -> None:
    """The roster's members as reviewers this installation knows (name, initials, office)."""
    rows: Sequence[tuple[Any, ...]] = [
        (m["user_id"], m["name"], m["initials"], m["organisation"]) for m in members
    ]
    if not rows:
        return
    with _transaction(db) as con:
        con.executemany(
            "INSERT INTO reviewer (user_id, name, initials, organisation) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (user_id) DO UPDATE SET name = excluded.name, "
            "initials = excluded.initials, organisation = excluded.organisation",
            rows,
        )


# ----------------------------------------------------------------------------- sync log


def log_file(
    db: Database, name: str, target: str, digest: str, state: str, message: str | None
) -> None:
    """A file's state on the share in the sync log (one row per file; attempts counted)."""
    now = _now()
    with _transaction(db) as con:
        con.execute(
            "INSERT INTO sync_file "
            "(name, target, sha256, state, attempts, last_attempt, synced_at, message) "
            "VALUES (:name, :target, :sha256, :state, 1, :now, "
            "CASE WHEN :state = :synced THEN :now END, :message) "
            "ON CONFLICT (name) DO UPDATE SET target = excluded.target, "
            "sha256 = excluded.sha256, state = excluded.state, message = excluded.message, "
            "attempts = coalesce(sync_file.attempts, 0) + 1, last_attempt = excluded.last_attempt, "
            "synced_at = coalesce(excluded.synced_at, sync_file.synced_at)",
            {
                "name": name,
                "target": target,
                "sha256": digest,
                "state": state,
                "now": now,
                "synced": SYNCED,
                "message": message,
            },
        )


def log_refused(db: Database, rows: Sequence[tuple[str, str, str, str]], state: str) -> None:
    """`log_file` for many files at once, in one transaction of plain SQL (a sync that
    refuses 400 files writes one transaction, not 400): (name, target, digest, message)."""
    if not rows:
        return
    now = _now()
    with _transaction(db) as con:
        con.executemany(
            "INSERT INTO sync_file (name, target, sha256, state, attempts, last_attempt, message) "
            "VALUES (?, ?, ?, ?, 1, ?, ?) ON CONFLICT (name) DO UPDATE SET "
            "target = excluded.target, sha256 = excluded.sha256, state = excluded.state, "
            "attempts = coalesce(sync_file.attempts, 0) + 1, "
            "last_attempt = excluded.last_attempt, message = excluded.message",
            [(n, t, d, state, now, m) for n, t, d, m in rows],
        )


def quarantined(db: Database) -> dict[str, tuple[str, str]]:
    """Files on the share refused before: name -> (size:mtime when refused, the reason). Not
    read again while unchanged."""
    rows = db.reader().execute(  # plain rows: thousands of refused files cost no ORM objects
        "SELECT name, sha256, message FROM sync_file WHERE state = ?", (REFUSED,)
    )
    return {str(name): (str(digest or ""), str(message or "")) for name, digest, message in rows}


def audit_sync(db: Database, user_id: str, **details: Any) -> None:
    audit.append_now(db, user_id, "sync", None, **details)


def last_sync(db: Database) -> dict[str, Any] | None:
    """The details of the last sync the audit log holds (None: none, or unreadable)."""
    row = (
        db.reader()
        .execute("SELECT details FROM audit_log WHERE action = 'sync' ORDER BY id DESC LIMIT 1")
        .fetchone()
    )
    if row is None:
        return None
    try:
        details = json.loads(row[0] or "{}")
    except ValueError:
        return None
    return details if isinstance(details, dict) else None


def audit_refused(db: Database, user_id: str, name: str, reason: str) -> None:
    """A refused file from the share (forged, unsigned, malformed) in the audit log."""
    audit.append_now(db, user_id, "trust.refused", None, file=name[:200], reason=reason[:300])
