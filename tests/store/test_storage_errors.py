"""SQLite's runtime failures are user errors with one Danish sentence, and nothing is lost:
a full disk (simulated with `max_page_count`, and a real full tmpfs as root), a read-only
database (`query_only`, and a read-only mount or file), a locked database; a programming error
in SQL stays a bug."""

from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlcipher3
from sqlalchemy import event, text

from tests.conftest import PASSPHRASE
from udsat_desktop.core.errors import UserError
from udsat_desktop.core.status import Organisation, Role
from udsat_desktop.platform.checklists import bundled_library
from udsat_desktop.platform.paths import resolve
from udsat_desktop.store import audit
from udsat_desktop.store.demo import build_demo
from udsat_desktop.store.demo_reviews import build_demo_reviews
from udsat_desktop.store.lifecycle import initialise, open_existing
from udsat_desktop.store.reviews.review_flow import get_review, save_review
from udsat_desktop.store.sqlite_errors import (
    DiskFull,
    ReadOnlyStore,
    StorageError,
    StoreBusy,
    storage_error,
)

LIB = bundled_library()
LONG = "Borgeren fortæller om sit forløb. " * 400  # ~14 KB: needs new pages

# each refusal is logged (a full disk or a read-only store is worth a line in the log)
pytestmark = pytest.mark.expected_log(r"database refused")


def _limit_connections(db, pragma: str):
    """Every new connection of the write path gets `pragma` (the pool is emptied first)."""
    db.engine.dispose()

    @event.listens_for(db.engine, "connect")
    def _limit(dbapi_conn, _record):
        if "max_page_count" in pragma:
            count = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
            dbapi_conn.execute(f"PRAGMA max_page_count = {count}")
        else:
            dbapi_conn.execute(pragma)

    return _limit


def _a_review(db, profile):
    build_demo_reviews(db, 1, profile.user_id, LIB, seed=3)
    rid = db.reader().execute("SELECT id FROM review LIMIT 1").fetchone()[0]
    review = get_review(db, rid)
    return review, LIB.get(review.template_id, review.template_version)


def _text_field(template) -> str:
    return next(f.id for s in template.sections for f in s.fields if f.type == "long_text")


def test_a_full_database_is_a_user_error_and_the_save_is_rolled_back(demo_db, profile):
    review, template = _a_review(demo_db, profile)
    field = _text_field(template)
    limit = _limit_connections(demo_db, "max_page_count")
    answers = dict(review.answers, **{field: LONG})
    with pytest.raises(DiskFull) as caught:
        save_review(demo_db, review.id, answers, profile.user_id, template=template)
    assert isinstance(caught.value, UserError)
    assert "ikke plads på disken" in str(caught.value)
    assert get_review(demo_db, review.id).answers.get(field) != LONG  # nothing half-saved
    demo_db.engine.dispose()
    event.remove(demo_db.engine, "connect", limit)
    saved = save_review(demo_db, review.id, answers, profile.user_id, template=template)
    assert saved.answers[field] == LONG  # the same answers save once there is room


def test_a_read_only_database_while_open_is_a_user_error(db, profile):
    _limit_connections(db, "PRAGMA query_only = ON")
    secret = text("INSERT INTO secret (name, value, created_at) VALUES (:n, :v, CURRENT_TIMESTAMP)")
    with pytest.raises(ReadOnlyStore) as caught, db.session() as s:
        s.execute(secret, {"n": "x", "v": b"y"})
    assert "skrivebeskyttet" in str(caught.value)


def test_the_audit_entry_of_a_read_is_mapped_too(db, profile):
    db.reader().execute("PRAGMA query_only = ON")
    try:
        with pytest.raises(ReadOnlyStore):
            audit.append_now(db, profile.user_id, "case.view", None)
    finally:
        db.reader().execute("PRAGMA query_only = OFF")


def test_a_locked_database_and_the_driver_without_codes():
    assert isinstance(storage_error(sqlcipher3.OperationalError("database is locked")), StoreBusy)
    assert isinstance(
        storage_error(sqlcipher3.OperationalError("database or disk is full")), DiskFull
    )


def test_a_programming_error_in_sql_stays_a_bug(db):
    assert storage_error(sqlcipher3.OperationalError("no such table: nothing")) is None
    assert storage_error(ValueError("database is locked")) is None  # not from SQLite
    with pytest.raises(Exception) as caught, db.session() as s:
        s.execute(text("SELECT * FROM nothing"))
    assert not isinstance(caught.value, UserError)


# ------------------------------------------------------------------ real file systems


def _mount(*args: str) -> bool:
    if os.geteuid() != 0:
        return False
    return subprocess.run(["mount", *args], capture_output=True).returncode == 0


@contextlib.contextmanager
def _tmpfs(where: Path, size: str) -> Iterator[Path]:
    where.mkdir()
    if not _mount("-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(where)):
        pytest.skip("a tmpfs needs root and mount")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def _fill_up(folder: Path) -> Path:
    filler = folder / "fyld"
    with open(filler, "wb") as out:
        chunk = b"\0" * 65536
        with contextlib.suppress(OSError):
            while True:
                out.write(chunk)
                out.flush()
    return filler


def test_a_really_full_disk_refuses_the_save_and_the_answers_save_once_there_is_room(tmp_path):
    with _tmpfs(tmp_path / "lille", "8m") as disk:
        paths = resolve(disk / "data").ensure()
        db, profile = initialise(
            paths, PASSPHRASE, "Karen Holm", "KH", Organisation.BIF, Role.COORDINATOR
        )
        try:
            build_demo(db, 20, seed=11)
            review, template = _a_review(db, profile)
            field = _text_field(template)
            answers = dict(review.answers, **{field: LONG * 8})
            filler = _fill_up(disk)
            with pytest.raises(StorageError) as caught:
                save_review(db, review.id, answers, profile.user_id, template=template)
            assert isinstance(caught.value, DiskFull), type(caught.value)
            filler.unlink()
            saved = save_review(db, review.id, answers, profile.user_id, template=template)
            assert saved.answers[field] == LONG * 8
        finally:
            db.close()


@contextlib.contextmanager
def _read_only(file: Path) -> Iterator[None]:
    """The database file read-only: a read-only bind mount of the file as root (root ignores
    file modes), else its mode."""
    if os.geteuid() == 0:
        if not _mount("--bind", str(file), str(file)):
            pytest.skip("no bind mount here")
        if not _mount("-o", "remount,ro,bind", str(file)):
            subprocess.run(["umount", str(file)], check=False)
            pytest.skip("no read-only bind mount here")
        try:
            yield
        finally:
            subprocess.run(["umount", str(file)], check=True)
    else:
        file.chmod(0o400)
        try:
            yield
        finally:
            file.chmod(0o600)


def test_a_read_only_database_file_is_a_user_error_in_the_store_and_the_cli(
    paths, store, sample_csv, capsys, monkeypatch
):
    from udsat_desktop.cli import main

    db, _profile = store
    db.close()
    with _read_only(paths.database):
        opened, _profile = open_existing(paths, PASSPHRASE)  # reading works
        try:
            with pytest.raises(ReadOnlyStore):
                audit.append_now(opened, _profile.user_id, "case.view", None)
        finally:
            opened.close()
        monkeypatch.setenv("UDSAT_PASSPHRASE", PASSPHRASE)
        code = main(["import", str(sample_csv), "--data-dir", str(paths.data)])
    err = capsys.readouterr().err
    assert code == 2
    assert "skrivebeskyttet" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
