"""The encrypted store: encryption at rest, passphrase errors, schema versions, backups."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from tests.conftest import PASSPHRASE
from udsat_desktop.store import db as dbmod
from udsat_desktop.store.db import (
    SCHEMA_HEAD,
    CorruptStore,
    Database,
    NewerSchema,
    NotInitialised,
    WrongPassphrase,
    head_revision,
)
from udsat_desktop.store.importer import import_table, prepare_import
from udsat_desktop.store.models import Base


def test_database_file_holds_no_readable_personal_data(db, paths, sample_csv):
    table, mapping = prepare_import(sample_csv, paths.config)
    import_table(db, table, mapping, source_name="x.csv", user_id=None)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    raw = b"".join(
        Path(f"{paths.database}{s}").read_bytes()
        for s in ("", "-wal")
        if Path(f"{paths.database}{s}").exists()
    )
    assert not raw.startswith(b"SQLite format 3")
    for needle in ("071066", "0710663830", "Yasmin", "Mortensen", "Sygedagpenge"):
        assert needle.encode("utf-8") not in raw
        assert needle.encode("cp1252") not in raw
    with pytest.raises(sqlite3.DatabaseError):  # plain SQLite cannot read it
        sqlite3.connect(paths.database).execute("SELECT * FROM sqlite_master").fetchall()


def test_wrong_passphrase_is_a_clear_error(db, paths):
    db.close()
    with pytest.raises(WrongPassphrase, match="Forkert adgangskode"):
        Database.open(paths.database, paths.keyinfo, "forkert-kode")
    reopened = Database.open(paths.database, paths.keyinfo, PASSPHRASE)
    reopened.close()


def test_missing_and_damaged_key_files(paths, db):
    db.close()
    paths.keyinfo.write_text("{not json", encoding="utf-8")
    with pytest.raises(CorruptStore, match="beskadiget"):
        Database.open(paths.database, paths.keyinfo, PASSPHRASE)
    paths.keyinfo.unlink()
    with pytest.raises(NotInitialised):
        Database.open(paths.database, paths.keyinfo, PASSPHRASE)


def test_store_files_are_private_to_the_user(db, paths):
    for path in (paths.data, paths.database, paths.keyinfo):
        assert path.stat().st_mode & 0o077 == 0, path


def test_pragmas_wal_and_foreign_keys(db):
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"


def test_models_match_the_migrations(db):
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    # the FTS5 search table and its shadow tables are created by hand in the migration
    diff = [d for d in diff if not (d[0] == "remove_table" and d[1].name.startswith("case_fts"))]
    assert diff == []


def test_schema_head_constant_matches_alembic():
    assert head_revision() == SCHEMA_HEAD


def test_database_from_a_newer_version_is_refused(db, paths):
    with db.session() as s:
        s.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    db.close()
    with pytest.raises(NewerSchema, match="nyere version"):
        Database.open(paths.database, paths.keyinfo, PASSPHRASE)


NEXT_MIGRATION = """
import sqlalchemy as sa
from alembic import op

revision = "0099_test_only"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("user_profile", sa.Column("test_column", sa.String(10), nullable=True))


def downgrade():
    op.drop_column("user_profile", "test_column")
"""


def test_migration_backs_up_the_database_first(db, paths, tmp_path, monkeypatch):
    """An existing database is copied to backups/ before a newer migration runs."""
    import contextlib

    from alembic.config import Config

    scripts = tmp_path / "migrations"
    source = Path(dbmod.__file__).resolve().parents[2] / "db"
    shutil.copytree(source, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "0099_test_only.py").write_text(
        NEXT_MIGRATION.format(head=SCHEMA_HEAD), encoding="utf-8"
    )

    def config():
        cfg = Config()
        cfg.set_main_option("script_location", str(scripts))
        return cfg, contextlib.ExitStack()

    db.close()
    monkeypatch.setattr(dbmod, "migrations_config", config)
    monkeypatch.setattr(dbmod, "SCHEMA_HEAD", "0099_test_only")
    upgraded = Database.open(paths.database, paths.keyinfo, PASSPHRASE)
    try:
        assert upgraded.current_revision() == "0099_test_only"
        backups = list(paths.backups.glob("*.db"))
        assert len(backups) == 1 and SCHEMA_HEAD in backups[0].name
    finally:
        upgraded.close()
    # the backup is the old schema, still encrypted with the same key
    monkeypatch.undo()
    old = Database(backups[0], dbmod.KeyInfo.load(paths.keyinfo).derive(PASSPHRASE))
    try:
        assert old.current_revision() == SCHEMA_HEAD
    finally:
        old.close()
