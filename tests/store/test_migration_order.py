"""Migration files are named in the order they apply, and a store left at any older head
still upgrades to the newest (stores record revision ids, never file names)."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory

from tests.conftest import PASSPHRASE
from udsat_desktop.store.db import SCHEMA_HEAD, Database, migrations_config

VERSIONS = Path(__file__).resolve().parents[2] / "db" / "versions"


def _apply_order() -> list[str]:
    cfg, stack = migrations_config()
    with stack:
        script = ScriptDirectory.from_config(cfg)
        newest_first = list(script.walk_revisions("base", "heads"))
    return [rev.revision for rev in reversed(newest_first)]


def _revision_of(path: Path) -> str:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("revision"):
            return line.split("=", 1)[1].strip().strip('"')
    raise AssertionError(f"{path.name} names no revision")


def test_file_names_sort_in_the_order_the_migrations_apply():
    files = sorted(p for p in VERSIONS.glob("0*.py"))
    assert [_revision_of(p) for p in files] == _apply_order()
    assert _apply_order()[-1] == SCHEMA_HEAD


@pytest.mark.parametrize("older", _apply_order()[:-1])
def test_a_store_at_an_older_head_upgrades_to_the_newest(db, paths, older):
    cfg, stack = migrations_config()
    with stack, db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, older)
    assert db.current_revision() == older
    db.close()
    upgraded = Database.open(paths.database, paths.keyinfo, PASSPHRASE)
    try:
        assert upgraded.current_revision() == SCHEMA_HEAD
    finally:
        upgraded.close()
