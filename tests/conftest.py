"""Shared fixtures: temporary data folders, seeded encrypted stores, headless Qt; and the rule
that a Python log record at WARNING or above fails the test that caused it."""

from __future__ import annotations

import logging
import os
import re
import shutil
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("UDSAT_PASSPHRASE", None)
os.environ.pop("UDSAT_DATA_DIR", None)

from udsat_desktop.core.status import Organisation, Role
from udsat_desktop.platform.kdf import SCRYPT_P, SCRYPT_R, KeyInfo
from udsat_desktop.platform.paths import AppPaths, resolve
from udsat_desktop.store.db import Database
from udsat_desktop.store.lifecycle import initialise
from udsat_desktop.store.queue import Profile

PASSPHRASE = "korrekt-hest-batteri"
SAMPLE_CSV_NAME = "maalgruppe_eksempel.csv"
# the one copy of the sample target list, the file the README and the user guide point at
SAMPLE_CSV = Path(__file__).resolve().parents[1] / "docs" / "eksempler" / SAMPLE_CSV_NAME


@pytest.fixture
def sample_csv(tmp_path: Path) -> Path:
    """A copy of the sample target list (cp1252, `;`, 60 rows with known defects)."""
    target = tmp_path / SAMPLE_CSV_NAME
    shutil.copy(SAMPLE_CSV, target)
    return target


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return resolve(tmp_path / "data").ensure()


@dataclass(frozen=True)
class StoreTemplate:
    """A data folder initialised once per session (key derivation, every migration, the
    profile), copied into each test's own data folder instead of initialising it again."""

    data: Path
    key: bytes
    profile: Profile

    def copy_to(self, paths: AppPaths) -> tuple[Database, Profile]:
        for entry in self.data.iterdir():
            if entry.is_file():
                shutil.copy2(entry, paths.data / entry.name)
        return Database.open(paths.database, paths.keyinfo, PASSPHRASE, key=self.key), self.profile


def _make_template(root: Path, demo: bool) -> StoreTemplate:
    paths = resolve(root / "data").ensure()
    db, profile = initialise(
        paths, PASSPHRASE, "Karen Holm", "KH", Organisation.BIF, Role.COORDINATOR
    )
    try:
        if demo:
            from udsat_desktop.store.demo import build_demo

            build_demo(db, 400, seed=11)
    finally:
        db.close()  # the last connection closed: the WAL is checkpointed into udsat.db
    return StoreTemplate(paths.data, KeyInfo.load(paths.keyinfo).derive(PASSPHRASE), profile)


# Stores made by the tests derive their key with scrypt N = 2^10 instead of the product's 2^15:
# the tests open stores about 1,600 times, and each open at the full cost took 0.13 s of CPU (a
# third of the suite's). The parameters are stored in each store's keyinfo.json, so a store
# made here opens the same way in the subprocesses tests start. Signing-key files are wrapped
# with N = 2^14, the least the product accepts in one. `real_kdf` gives a test the product's
# costs back; tests/security/test_key_and_passphrases.py checks them.
TEST_SCRYPT_N = 2**10
TEST_KEY_FILE_SCRYPT_N = 2**14


@pytest.fixture(scope="session", autouse=True)
def _cheap_store_keys() -> Iterator[None]:
    from udsat_desktop.reports import keyfile

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(KeyInfo.__init__, "__defaults__", (TEST_SCRYPT_N, SCRYPT_R, SCRYPT_P))
        mp.setattr(keyfile, "SCRYPT_N", TEST_KEY_FILE_SCRYPT_N)
        yield


@pytest.fixture(scope="session", autouse=True)
def _no_machine_settings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """No test reads this computer's machine-wide settings (`/etc/udsat/settings.json` on a
    developer's machine would pre-set a share or a coordinator for every `init`); the tests of
    those settings point the variable at their own file."""
    missing = tmp_path_factory.mktemp("machine") / "settings.json"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("UDSAT_MACHINE_SETTINGS", str(missing))
        yield


@pytest.fixture
def real_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """New stores and signing-key files derive their keys at the product's cost."""
    from udsat_desktop.platform import kdf
    from udsat_desktop.reports import keyfile

    monkeypatch.setattr(KeyInfo.__init__, "__defaults__", (kdf.SCRYPT_N, SCRYPT_R, SCRYPT_P))
    monkeypatch.setattr(keyfile, "SCRYPT_N", kdf.SCRYPT_N)


@pytest.fixture(scope="session")
def store_template(tmp_path_factory: pytest.TempPathFactory) -> StoreTemplate:
    return _make_template(tmp_path_factory.mktemp("store-template"), demo=False)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> StoreTemplate:
    return _make_template(tmp_path_factory.mktemp("demo-template"), demo=True)


@pytest.fixture
def store(request: pytest.FixtureRequest, paths: AppPaths) -> Iterator[tuple[Database, Profile]]:
    """A fresh encrypted store with a coordinator's profile (with 400 demo cases when the test
    asks for `demo_db` too): a copy of the session's template."""
    template_name = "demo_template" if "demo_db" in request.fixturenames else "store_template"
    template: StoreTemplate = request.getfixturevalue(template_name)
    db, profile = template.copy_to(paths)
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
    """`db` with 400 demo cases (seed 11), copied from the session's demo template."""
    return db


@pytest.fixture(autouse=True)
def _fresh_template_library() -> Iterator[None]:
    """The active template library is read again after every test: a test that pointed
    UDSAT_CHECKLIST_DIR at its own templates (monkeypatch, undone before this runs, as
    this autouse fixture is set up first) leaves no library behind for the next test."""
    yield
    from udsat_desktop.platform.checklists import use_library

    use_library(None)


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
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings")
    )
    QLocale.setDefault(QLocale("da_DK"))  # the app's default language, whatever the machine's
    yield


# ------------------------------------------------------------------ log records as failures


class _Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def _expected_patterns(item: pytest.Item) -> list[re.Pattern[str]]:
    return [
        re.compile(pattern)
        for marker in item.iter_markers("expected_log")
        for pattern in marker.args
    ]


def _describe(record: logging.LogRecord) -> str:
    return f"{record.levelname} {record.name}: {record.getMessage()}"


def _fail_on_log_records(item: pytest.Item) -> Generator[None, object, object]:
    """A Python log record at WARNING or above while the test runs (set-up and tear-down
    included, any thread) fails it, unless the test expects it:
    `@pytest.mark.expected_log(r"regex", ...)`, matched against "LEVEL logger: message"."""
    handler = _Records()
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        result = yield
    finally:
        root.removeHandler(handler)
    expected = _expected_patterns(item)
    unexpected = [
        _describe(r) for r in handler.records if not any(p.search(_describe(r)) for p in expected)
    ]
    if unexpected:
        pytest.fail(
            "log records at WARNING or above (expected ones: "
            "@pytest.mark.expected_log(regex)):\n  " + "\n  ".join(unexpected),
            pytrace=False,
        )
    return result


@pytest.hookimpl(wrapper=True)
def pytest_runtest_setup(item: pytest.Item) -> Generator[None, object, object]:
    return (yield from _fail_on_log_records(item))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Generator[None, object, object]:
    return (yield from _fail_on_log_records(item))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item) -> Generator[None, object, object]:
    return (yield from _fail_on_log_records(item))


# ------------------------------------------------------------------ order on several workers

# `make test` runs the suite on several workers (pytest-xdist, `--dist loadfile`: each file on
# one worker, so a file's module fixtures, such as the Samba server on the loopback's port 445,
# exist once). Files are handed out in collection order; these, the longest (tens of seconds
# each), go first so that no worker is left with one of them while the others stand idle.
LONGEST_FIRST = (
    "tests/sync/test_real_mounts.py",
    "tests/crash/",
    "tests/sync/test_sealed_share.py",
    "tests/sync/test_round.py",
    "tests/sync/test_attacks.py",
    "tests/sync/test_faults.py",
    "tests/reports/test_ltv.py",
    "tests/sync/test_hostile_files.py",
    "tests/ui/test_smoke.py",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    def rank(item: pytest.Item) -> int:
        path = item.nodeid.split("::", 1)[0]
        return next(
            (i for i, prefix in enumerate(LONGEST_FIRST) if path.startswith(prefix)),
            len(LONGEST_FIRST),
        )

    items.sort(key=rank)  # stable: each file's own order is kept
