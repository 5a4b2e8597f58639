"""Creating and opening a user's store: the single entry point the CLI and the GUI share."""

from __future__ import annotations

import logging
from collections.abc import Callable

from udsat_desktop.core.profile import validate_profile
from udsat_desktop.core.status import TARGET_GROUP_SIZE, Organisation, Role
from udsat_desktop.core.text import Msg, join
from udsat_desktop.platform.paths import AppPaths
from udsat_desktop.platform.settings import load_machine_settings, preset_new_user
from udsat_desktop.store.db import Database
from udsat_desktop.store.errors import StoreError
from udsat_desktop.store.outbox_absorb import absorb_outbox
from udsat_desktop.store.queue import Profile, load_profile

log = logging.getLogger(__name__)

# Documented in the README: the demo database is synthetic, so its passphrase is public
# (and refused for any other database or key: core.passphrase).
DEMO_PASSPHRASE = "udsat-demo-2737"
DEMO_PROFILE = ("Demo Koordinator", "DK", Organisation.BIF, Role.COORDINATOR)


def is_initialised(paths: AppPaths) -> bool:
    return paths.keyinfo.exists()


def initialise(
    paths: AppPaths,
    passphrase: str,
    name: str,
    initials: str,
    organisation: Organisation,
    role: Role,
    *,
    demo: bool = False,
) -> tuple[Database, Profile]:

    problems = validate_profile(name, initials)
    if problems:
        raise StoreError(join(problems))
    paths.ensure()
    db = Database.create(paths.database, paths.keyinfo, passphrase, demo=demo)
    try:
        from udsat_desktop.store.cases import create_profile  # lazy: start-up, ORM +2.1 s

        profile = create_profile(db, name, initials, organisation, role)
    except BaseException:
        db.close()
        raise
    log.info("store initialised for a %s (%s)", role.value, organisation.value)
    if not demo:  # a new user's share path and timestamp server, as IT pre-set them (issue 33)
        preset_new_user(paths.config, load_machine_settings())
    return db, profile


def open_existing(
    paths: AppPaths, passphrase: str, key: bytes | None = None
) -> tuple[Database, Profile]:
    db = Database.open(paths.database, paths.keyinfo, passphrase, key)
    profile = load_profile(db)
    if profile is None:
        db.close()
        raise StoreError(
            Msg("Databasen har ingen brugerprofil. Kør `udsat init` igen i en ny mappe.")
        )

    # plain files an earlier version kept in outbox/ (and outbox/sendt): into the store
    absorb_outbox(db, paths)
    return db, profile


def ensure_demo(
    paths: AppPaths,
    cases: int = TARGET_GROUP_SIZE,
    passphrase: str = DEMO_PASSPHRASE,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[Database, Profile]:
    """Open the demo store, creating profile and synthetic cases on first use."""
    if is_initialised(paths):
        return open_existing(paths, passphrase)

    db, profile = initialise(paths, passphrase, *DEMO_PROFILE, demo=True)
    from udsat_desktop.store.demo import build_demo  # lazy: start-up, ORM + demo +1.4 s

    build_demo(db, cases, progress=progress)
    return db, profile
