"""SQLite's runtime failures as user errors (`core.errors`).

A full disk, a read-only database file, a database another program keeps locked, or a failing
disk are not bugs: the user (or IT) can act on them, and nothing was half-written — the
transaction was rolled back. `Database.session()` and the connections it opens turn them into
`StorageError`s with one Danish sentence; any other SQLite error stays what it was (a bug).

The codes are SQLite's primary result codes (the low byte of an extended code); the message
texts are SQLite's own, for a driver that does not report the code.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from udsat_desktop.core.text import Msg
from udsat_desktop.store.errors import StoreError

log = logging.getLogger(__name__)

SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_IOERR, SQLITE_FULL, SQLITE_CANTOPEN = (
    5,
    6,
    8,
    10,
    13,
    14,
)


class StorageError(StoreError):
    """The database could not be written (or read) right now; nothing was half-saved."""


class DiskFull(StorageError):
    pass


class ReadOnlyStore(StorageError):
    pass


class StoreBusy(StorageError):
    pass


class StoreIOError(StorageError):
    pass


def _code_and_text(exc: BaseException) -> tuple[int | None, str]:
    orig = getattr(exc, "orig", None)  # SQLAlchemy wraps the driver's exception
    source = orig if isinstance(orig, BaseException) else exc
    code = getattr(source, "sqlite_errorcode", None)
    return (code & 0xFF if isinstance(code, int) else None), str(source).lower()


def storage_error(exc: BaseException, path: Path | None = None) -> StorageError | None:
    """The user error for a SQLite runtime failure (raw driver or SQLAlchemy-wrapped), or None
    when `exc` is something else. `path`, the database file, tells a file that cannot be opened
    because it (or its folder: SQLite writes its journal beside it) is read-only."""
    if isinstance(exc, StorageError):
        return exc
    if not _is_sqlite_error(exc):
        return None
    code, text = _code_and_text(exc)
    if code == SQLITE_CANTOPEN and path is not None and not _writable(path):
        code = SQLITE_READONLY
    if code == SQLITE_FULL or "database or disk is full" in text:
        return DiskFull(
            Msg(
                "Der er ikke plads på disken til databasen; intet er gemt halvt. Frigør plads "
                "(eller bed IT om det), og prøv igen."
            )
        )
    if code == SQLITE_READONLY or "readonly database" in text:
        return ReadOnlyStore(
            Msg(
                "Databasen er skrivebeskyttet (filen eller datamappen), så intet kan gemmes. "
                "Kontrollér rettighederne til datamappen (eller bed IT om det), og prøv igen."
            )
        )
    if code in (SQLITE_BUSY, SQLITE_LOCKED) or "database is locked" in text:
        return StoreBusy(
            Msg(
                "Databasen er optaget af et andet program (fx en anden kopi af Udsat Desktop eller "
                "en sikkerhedskopiering); intet er gemt halvt. Prøv igen om lidt."
            )
        )
    if code in (SQLITE_IOERR, SQLITE_CANTOPEN) or "disk i/o error" in text:
        return StoreIOError(
            Msg(
                "Disken svarede med en fejl, da databasen skulle læses eller skrives; intet er "
                "gemt halvt. Prøv igen, og bed IT kontrollere disken, hvis det sker igen."
            )
        )
    return None


def raise_if_storage_error(exc: BaseException, path: Path | None = None) -> None:
    """Raise the user error for a SQLite runtime failure (from `exc`); return when `exc` is
    anything else, for the caller to re-raise as it is."""
    mapped = storage_error(exc, path)
    if mapped is not None and mapped is not exc:
        log.warning("database refused: %s", type(mapped).__name__)
        raise mapped from exc


def _writable(path: Path) -> bool:
    return all(os.access(p, os.W_OK) for p in (path, path.parent) if p.exists())


def _is_sqlite_error(exc: BaseException) -> bool:
    import sqlcipher3

    if isinstance(exc, sqlcipher3.Error):
        return True
    orig = getattr(exc, "orig", None)
    return isinstance(orig, sqlcipher3.Error)
