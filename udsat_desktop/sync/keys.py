"""This installation's keys for the share (its X25519 encryption key and the seed that makes
sealing deterministic, both kept in the encrypted database) and the Sealer that seals what
it writes to the share to its readers.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from udsat_desktop.core.text import Msg
from udsat_desktop.store import sync_state as state
from udsat_desktop.store.db import Database
from udsat_desktop.sync import sealed

# ----------------------------------------------------------------------------- identity


def encryption_key(db: Database) -> bytes:
    """This installation's X25519 private key, made on first use, kept in the database."""
    return state.secret(db, state.ENCRYPTION_SECRET, sealed.new_private_key)


SEAL_SEED_SECRET = "seal_seed"


def seal_seed(db: Database) -> bytes:
    """The secret that makes sealing a file deterministic for this sender (sealed.seal_for):
    a publish cut short and repeated writes the same bytes again."""
    return state.secret(db, SEAL_SEED_SECRET, lambda: os.urandom(32))


@dataclass(frozen=True)
class Sealer:
    """Seals what this installation writes to the share to its readers (sync/sealed.py)."""

    held: Any  # the signed roster this app holds
    seed: bytes

    def readers(self, user_ids: Iterable[str]) -> list[bytes]:
        return sealed.readers_of(self.held, [u for u in user_ids if u])

    def seal(self, user_ids: Iterable[str], data: bytes, *, kind: str, name: str) -> bytes:
        readers = self.readers(user_ids)
        if not readers:
            raise sealed.SealError(Msg("ingen på teamets holdliste kan læse filen"))
        return sealed.seal_for(readers, data, kind=kind, name=name, seed=self.seed)
