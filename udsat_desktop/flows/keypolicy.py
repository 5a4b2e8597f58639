"""Rules for the signing key's passphrase beyond `core.passphrase`: it should not be the
database's. (Both are scrypt-hard; one shared secret would still open both the cases and the
right to sign in the user's name.)"""

from __future__ import annotations

from udsat_desktop.core.text import Msg
from udsat_desktop.platform.paths import AppPaths
from udsat_desktop.store.db import Database


def same_as_database(db: Database, paths: AppPaths, key_passphrase: str) -> Msg | None:
    """A warning (Danish) when the key passphrase also opens the database, else None."""
    if db.matches(paths.keyinfo, key_passphrase):
        return Msg(
            "Advarsel: adgangskoden til signeringsnøglen er den samme som til "
            "databasen. Den, der kender den ene, kan så både læse sagerne og "
            "underskrive i dit navn. Vælg helst en anden."
        )
    return None
