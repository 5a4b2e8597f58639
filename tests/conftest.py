"""Shared fixtures: temporary data folders, seeded encrypted stores, headless Qt."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("UDSAT_PASSPHRASE", None)
os.environ.pop("UDSAT_DATA_DIR", None)

from udsat_desktop.core.status import Organisation, Role
from udsat_desktop.platform.paths import AppPaths, resolve
from udsat_desktop.store.db import Database
from udsat_desktop.store.lifecycle import initialise
from udsat_desktop.store.queue import Profile

PASSPHRASE = "korrekt-hest-batteri"
SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
SAMPLE_CSV_NAME = "maalgruppe_eksempel.csv"


@pytest.fixture
def sample_csv(tmp_path: Path) -> Path:
    """The shared sample target list (cp1252, `;`, 60 rows with known defects)."""
    local = Path(__file__).parent / "data" / SAMPLE_CSV_NAME
    for candidate in (SHARED_DATA / SAMPLE_CSV_NAME, local):
        if candidate.exists():
            target = tmp_path / SAMPLE_CSV_NAME
            shutil.copy(candidate, target)
            return target
    pytest.fail("the sample target list is missing from ../shared/data and tests/data")


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return resolve(tmp_path / "data").ensure()


@pytest.fixture
def store(paths: AppPaths) -> Iterator[tuple[Database, Profile]]:
    db, profile = initialise(paths, PASSPHRASE, "Karen Holm", "KH", Organisation.BIF,
                             Role.COORDINATOR)
    yield db, profile
    db.close()


@pytest.fixture
def db(store: tuple[Database, Profile]) -> Database:
    return store[0]


@pytest.fixture
def profile(store: tuple[Database, Profile]) -> Profile:
    return store[1]


@pytest.fixture
def demo_db(db: Database) -> Database:
    from udsat_desktop.store.demo import build_demo

    build_demo(db, 400, seed=11)
    return db


@pytest.fixture(autouse=True)
def _isolated_qsettings(tmp_path: Path) -> Iterator[None]:
    """UI state (QSettings) goes to the test's own folder, never the developer's profile."""
    try:
        from PySide6.QtCore import QSettings
    except ImportError:  # pragma: no cover
        yield
        return
    from PySide6.QtCore import QLocale

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "qsettings"))
    QLocale.setDefault(QLocale("da_DK"))  # the app's default language, whatever the machine's
    yield
