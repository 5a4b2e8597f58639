"""Changing the passphrase re-encrypts the store, and an interrupted change loses nothing."""

from __future__ import annotations

import os

import pytest

from tests.conftest import PASSPHRASE
from udsat_desktop.store.db import Database, WrongPassphrase
from udsat_desktop.store.lifecycle import open_existing

NEW = "ny-og-længere-kode"


def count(db) -> int:
    return db.reader().execute('SELECT count(*) FROM "case"').fetchone()[0]


def test_rekey_then_only_the_new_passphrase_opens(demo_db, paths):
    before = count(demo_db)
    assert demo_db.matches(paths.keyinfo, PASSPHRASE)
    demo_db.rekey(paths.keyinfo, NEW)
    assert count(demo_db) == before  # still usable after the change
    assert demo_db.matches(paths.keyinfo, NEW) and not demo_db.matches(paths.keyinfo, PASSPHRASE)
    demo_db.close()
    with pytest.raises(WrongPassphrase):
        open_existing(paths, PASSPHRASE)
    db, _ = open_existing(paths, NEW)
    assert (
        count(db) == before and db.reader().execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    )
    db.close()
    # the file is not readable as plain SQLite
    assert not paths.database.read_bytes()[:16].startswith(b"SQLite format 3")


def test_too_short_new_passphrase_changes_nothing(demo_db, paths):
    from udsat_desktop.store.errors import StoreError

    with pytest.raises(StoreError, match="mindst 10 tegn"):
        demo_db.rekey(paths.keyinfo, "kort")
    assert demo_db.matches(paths.keyinfo, PASSPHRASE)


def test_interrupted_after_reencryption_opens_with_the_new_passphrase(demo_db, paths, monkeypatch):
    before = count(demo_db)
    real_replace = os.replace

    def crash(src, dst):
        if str(dst).endswith("keyinfo.json"):
            raise KeyboardInterrupt  # the process dies between re-key and promotion
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(KeyboardInterrupt):
        demo_db.rekey(paths.keyinfo, NEW)
    monkeypatch.setattr(os, "replace", real_replace)
    demo_db.close()
    db, _ = open_existing(paths, NEW)
    assert count(db) == before
    assert not (paths.keyinfo.parent / "keyinfo.json.new").exists()
    db.close()
    db, _ = open_existing(paths, NEW)  # promoted: opens directly now
    db.close()


def test_interrupted_before_reencryption_keeps_the_old_passphrase(demo_db, paths, monkeypatch):
    import udsat_desktop.store.db as dbmod

    def crash(*_a, **_k):
        raise KeyboardInterrupt

    monkeypatch.setattr(dbmod, "connect_raw", crash)
    with pytest.raises(KeyboardInterrupt):
        demo_db.rekey(paths.keyinfo, NEW)
    monkeypatch.undo()
    db = Database.open(paths.database, paths.keyinfo, PASSPHRASE)
    assert count(db) > 0
    assert not (paths.keyinfo.parent / "keyinfo.json.new").exists()
    db.close()
