"""Opening the encrypted store: key derivation, SQLCipher connections, migrations.

The passphrase never reaches SQLCipher. It is stretched once with scrypt (salt and
parameters in `keyinfo.json` beside the database) into a raw 256-bit key, and every
connection is keyed with that raw key, so opening a connection costs no key derivation.

Two ways in, one key:
- `Database.reader()`: a plain SQLCipher DB-API connection per thread for the queue's short,
  indexed reads. It needs no SQLAlchemy, so the window can show the queue before SQLAlchemy
  (about 300 ms of imports) has loaded.
- `Database.session()` / `.engine`: SQLAlchemy, created on first use, for every write.

Errors the user can act on are `StoreError` (store.errors) subclasses with Danish messages.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import logging
import os
import shutil
import threading
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlcipher3

from udsat_desktop.core.danish import sort_key
from udsat_desktop.core.passphrase import passphrase_problem
from udsat_desktop.core.text import Msg
from udsat_desktop.platform.fsutil import write_atomic
from udsat_desktop.platform.kdf import KeyInfo, KeyInfoError, KeyInfoMissing
from udsat_desktop.store import errors
from udsat_desktop.store.sqlite_errors import raise_if_storage_error

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)

# The newest migration in db/versions. Checked against Alembic's head by a test, so opening an
# up-to-date database costs one query instead of loading Alembic's script directory.
SCHEMA_HEAD = "0015_h30e_retention_kle"
CACHE_KIB = 64 * 1024


class NotInitialised(errors.StoreError):
    pass


class WrongPassphrase(errors.StoreError):
    pass


class NewerSchema(errors.StoreError):
    pass


class CorruptStore(errors.StoreError):
    pass


def migrations_config() -> tuple[Config, contextlib.ExitStack]:
    from alembic.config import Config

    stack = contextlib.ExitStack()
    location = stack.enter_context(resources.as_file(resources.files("udsat_desktop.migrations")))
    cfg = Config()
    cfg.set_main_option("script_location", str(location))
    return cfg, stack


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    cfg, stack = migrations_config()
    with stack:
        head = ScriptDirectory.from_config(cfg).get_current_head()
    assert head is not None
    return head


def _quiet_sqlcipher() -> None:
    """SQLCipher logs decryption failures (a wrong passphrase) to stderr; we report those."""
    conn = sqlcipher3.connect(":memory:")
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
    finally:
        conn.close()


_quiet_sqlcipher()


def prepare_connection(conn: Any) -> None:
    """Settings every connection gets, whoever opened it (after PRAGMA key)."""
    cur = conn.cursor()
    cur.execute("SELECT count(*) FROM sqlite_master")  # fails here on a wrong key
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute("PRAGMA journal_mode = WAL")
    cur.execute("PRAGMA synchronous = FULL")
    cur.execute("PRAGMA busy_timeout = 15000")
    # Every page read from disk is decrypted; a larger cache keeps the queue's working set
    # (indexes and the search table) decrypted in memory. Pages are allocated on use only.
    cur.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    cur.close()
    conn.create_function("da_sort", 1, sort_key, deterministic=True)
    conn.create_function("sha256_hex", 1, _sha256_hex, deterministic=True)


def _sha256_hex(text: str | None) -> str:
    return hashlib.sha256((text or "").encode("utf-8")).hexdigest()


def _pending_keyinfo(keyinfo_path: Path) -> Path:
    return keyinfo_path.with_name(keyinfo_path.name + ".new")


def _key_pragma(key: bytes) -> str:
    return f"PRAGMA key = \"x'{key.hex()}'\""


def connect_raw(path: Path, key: bytes) -> sqlcipher3.Connection:
    conn = sqlcipher3.connect(str(path), check_same_thread=False, timeout=15, isolation_level=None)
    try:
        conn.execute(_key_pragma(key))
        prepare_connection(conn)
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        _raise_storage_error(exc, path)
        if "not a database" in str(exc) or "encrypted" in str(exc):
            raise WrongPassphrase(
                Msg("Forkert adgangskode, eller databasefilen er ikke en Udsat-database")
            ) from None
        raise CorruptStore(Msg("Databasen kan ikke åbnes: {exc}", exc=exc)) from None
    return conn


def _raise_storage_error(exc: BaseException, path: Path | None = None) -> None:

    raise_if_storage_error(exc, path)


def _make_engine(path: Path, key: bytes) -> Engine:
    from sqlalchemy import URL, create_engine, event
    from sqlalchemy.pool import QueuePool

    url = URL.create("sqlite+pysqlcipher", password=f"x'{key.hex()}'", database=str(path))
    engine = create_engine(
        url,
        module=sqlcipher3.dbapi2,
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=8,
        connect_args={"check_same_thread": False, "timeout": 15},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        prepare_connection(dbapi_conn)  # the dialect has already sent PRAGMA key

    return engine


UNSENT_MARKER = "unsent.ini"


def write_unsent_marker(folder: Path, files: int | None) -> None:
    """`<data>/unsent.ini`: how many files wait for the share, for the Windows uninstaller,
    which cannot open the encrypted store (issue 33). A number when the store was last closed;
    "?" while it is open, so an app still running or one that crashed never reads as "nothing
    waits". Only the count, nothing about a case. Never fails the caller."""
    count = "?" if files is None else str(files)
    text = (
        "; Udsat Desktop: files waiting to be sent to the share (read by the uninstaller)\n"
        f"[unsent]\ncount={count}\n"
    )
    # replaced whole but not fsynced (it would cost ~10 ms per open and close): after a power
    # loss the file may be empty, which the uninstaller reads as "unknown", never as 0
    target = folder / UNSENT_MARKER
    temp = folder / f".{UNSENT_MARKER}.{os.getpid()}.tmp"
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as out:
            out.write(text)
        os.replace(temp, target)
    except OSError:
        with contextlib.suppress(OSError):
            temp.unlink()


class Database:
    """The open, decrypted store. One short-lived `Session` per unit of work."""

    def __init__(self, path: Path, key: bytes) -> None:
        self.path = path
        self._marks_unsent = False  # set once opened: close() then writes unsent.ini
        self._key = key
        self._engine: Engine | None = None
        self._sessions: sessionmaker[Session] | None = None
        self._lock = threading.Lock()
        self._local = threading.local()
        self._readers: list[sqlcipher3.Connection] = []

    # ------------------------------------------------------------------ access

    @property
    def engine(self) -> Engine:
        with self._lock:
            if self._engine is None:
                from sqlalchemy.orm import sessionmaker

                self._engine = _make_engine(self.path, self._key)
                self._sessions = sessionmaker(self._engine, expire_on_commit=False)
            return self._engine

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """A session whose transaction commits on success and rolls back on error."""
        self.engine  # noqa: B018 - creates the session factory on first use
        assert self._sessions is not None
        try:
            with self._sessions.begin() as session:
                yield session
        except Exception as exc:  # a full disk, a read-only file…: a user error (rolled back)
            _raise_storage_error(exc, self.path)
            raise

    def read_session(self) -> Session:
        self.engine  # noqa: B018
        assert self._sessions is not None
        return self._sessions()

    def reader(self) -> sqlcipher3.Connection:
        """This thread's plain connection for short reads (autocommit, no SQLAlchemy)."""
        conn: sqlcipher3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = connect_raw(self.path, self._key)
            self._local.conn = conn
            with self._lock:
                self._readers.append(conn)
        return conn

    def data_version(self) -> int | None:
        """SQLite's `PRAGMA data_version` on this thread's reader: it changes whenever another
        connection (another process, e.g. `udsat import`, or another of this program's
        connections) has committed since it was last asked. Cheap: no table is read. None
        when the store cannot be asked just now (being closed or re-keyed)."""
        try:
            row = self.reader().execute("PRAGMA data_version").fetchone()
        except sqlcipher3.Error:
            return None
        return int(row[0])

    def _unsent_files(self) -> int | None:
        """The files waiting for the share (two per queued review, as sync counts them)."""
        try:
            row = self.reader().execute("SELECT count(*) FROM outbox_queue").fetchone()
        except sqlcipher3.Error:
            return None
        return 2 * int(row[0])

    def close(self) -> None:
        if self._marks_unsent:
            self._marks_unsent = False
            write_unsent_marker(self.path.parent, self._unsent_files())
        with self._lock:
            for conn in self._readers:
                with contextlib.suppress(sqlcipher3.Error):
                    conn.close()
            self._readers.clear()
            if self._engine is not None:
                self._engine.dispose()
        self._local = threading.local()

    # ------------------------------------------------------------------ passphrase

    def matches(self, keyinfo_path: Path, passphrase: str) -> bool:
        """Whether the passphrase opens this store (to unlock a locked window)."""
        import hmac

        try:
            return hmac.compare_digest(KeyInfo.load(keyinfo_path).derive(passphrase), self._key)
        except (KeyInfoMissing, KeyInfoError, ValueError):
            return False

    def rekey(self, keyinfo_path: Path, new_passphrase: str) -> None:
        """Re-encrypt the store under a new passphrase (new salt). Crash-safe: the new key
        parameters are written to `keyinfo.json.new` first and promoted only after SQLCipher
        has re-encrypted; `open` finds either state. Every connection is closed and re-opened
        on next use."""
        import secrets

        problem = passphrase_problem(new_passphrase)
        if problem:
            raise errors.StoreError(problem)
        info = KeyInfo(salt=secrets.token_bytes(16))
        new_key = info.derive(new_passphrase)
        pending = _pending_keyinfo(keyinfo_path)
        write_atomic(pending, info.to_json().encode("utf-8"))
        self.close()
        conn = connect_raw(self.path, self._key)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.execute("PRAGMA journal_mode = DELETE")
            conn.execute(_key_pragma(new_key).replace("PRAGMA key", "PRAGMA rekey"))
            conn.execute("PRAGMA journal_mode = WAL")
        finally:
            conn.close()
        os.replace(pending, keyinfo_path)
        with self._lock:
            self._key = new_key
            self._engine, self._sessions = None, None  # the next use connects with the new key
        self._mark_open()

    def _mark_open(self) -> None:
        self._marks_unsent = True
        write_unsent_marker(self.path.parent, None)

    # ------------------------------------------------------------------ lifecycle

    @classmethod
    def create(
        cls, path: Path, keyinfo_path: Path, passphrase: str, *, demo: bool = False
    ) -> Database:
        """A new store. The passphrase must pass `core.passphrase`; `demo` allows the public
        demo passphrase (synthetic demo data only)."""
        import secrets

        problem = passphrase_problem(passphrase, demo=demo)
        if problem:
            raise errors.StoreError(problem)
        if path.exists() or keyinfo_path.exists():
            raise errors.StoreError(Msg("Der findes allerede en database i datamappen"))
        path.parent.mkdir(parents=True, exist_ok=True)
        info = KeyInfo(salt=secrets.token_bytes(16))
        write_atomic(keyinfo_path, info.to_json().encode("utf-8"))
        try:
            return cls.open(path, keyinfo_path, passphrase)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                keyinfo_path.unlink()
            for suffix in ("", "-wal", "-shm"):
                with contextlib.suppress(FileNotFoundError):
                    Path(f"{path}{suffix}").unlink()
            raise

    @classmethod
    def open(
        cls, path: Path, keyinfo_path: Path, passphrase: str, key: bytes | None = None
    ) -> Database:
        """Open with the passphrase, or with `key` when it was already derived from it."""
        try:
            info = KeyInfo.load(keyinfo_path)
        except KeyInfoMissing:
            raise NotInitialised(
                Msg(
                    "Der er ingen database i datamappen endnu. Opret en profil først (udsat init "
                    "eller første start af programmet)."
                )
            ) from None
        except KeyInfoError as exc:
            raise CorruptStore(
                Msg("Nøglefilen {name} er beskadiget: {exc}", name=keyinfo_path.name, exc=exc)
            ) from None
        db = cls(path, key if key is not None else info.derive(passphrase))
        pending = _pending_keyinfo(keyinfo_path)
        try:
            try:
                db.reader()  # checks the key
            except WrongPassphrase:
                if not pending.exists():
                    raise
                # a re-key was interrupted after SQLCipher re-encrypted: the new parameters
                db.close()
                db = cls(path, KeyInfo.load(pending).derive(passphrase))
                db.reader()
                os.replace(pending, keyinfo_path)
            else:
                with contextlib.suppress(FileNotFoundError):
                    pending.unlink()  # a re-key that never reached the database
            if os.name == "posix":
                for suffix in ("", "-wal", "-shm"):
                    # a read-only file (system) keeps its mode; writing is refused later
                    with contextlib.suppress(OSError):
                        Path(f"{path}{suffix}").chmod(0o600)
            db.migrate()
        except BaseException:
            db.close()
            raise
        db._mark_open()
        return db

    def current_revision(self) -> str | None:
        conn = self.reader()
        if not conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone():
            return None
        versions = [r[0] for r in conn.execute("SELECT version_num FROM alembic_version")]
        if len(versions) > 1:
            raise CorruptStore(Msg("Databasen har flere skemaversioner på én gang"))
        return versions[0] if versions else None

    def migrate(self) -> Path | None:
        """Bring the schema to head; back up first when an existing schema changes.

        Returns the backup path when one was written. Refuses a database whose revision this
        version of the program does not know (written by a newer version).
        """
        current = self.current_revision()
        if current == SCHEMA_HEAD:
            return None
        from alembic import command
        from alembic.script import ScriptDirectory

        cfg, stack = migrations_config()
        with stack:
            script = ScriptDirectory.from_config(cfg)
            head = script.get_current_head()
            if current == head:
                return None
            known = {rev.revision for rev in script.walk_revisions()}
            if current is not None and current not in known:
                raise NewerSchema(
                    Msg(
                        "Databasen er skrevet af en nyere version af Udsat Desktop (skemaversion "
                        "{current}). Opdatér programmet før du åbner den.",
                        current=current,
                    )
                )
            backup = self.backup(reason=f"før-migrering-{current}") if current else None
            with self.engine.begin() as conn:
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
            log.info("schema migrated from %s to %s", current, head)
            return backup

    def backup(self, reason: str) -> Path:
        """A consistent, still encrypted copy of the database in `backups/`."""
        folder = self.path.parent / "backups"
        folder.mkdir(mode=0o700, exist_ok=True)
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        target = folder / f"udsat-{stamp}-{reason}.db"
        conn = self.reader()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        shutil.copy2(self.path, target)
        if os.name == "posix":
            target.chmod(0o600)
        log.info("database backed up before %s", reason)
        return target
