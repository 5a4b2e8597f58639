"""Passphrase -> database key (scrypt). Standard library only, so the GUI can start deriving
the key on a thread while the heavy imports run (hashlib.scrypt releases the GIL)."""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

KEYINFO_VERSION = 1
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1


class KeyInfoMissing(Exception):
    pass


class KeyInfoError(Exception):
    pass


@dataclass(frozen=True)
class KeyInfo:
    salt: bytes
    n: int = SCRYPT_N
    r: int = SCRYPT_R
    p: int = SCRYPT_P

    def derive(self, passphrase: str) -> bytes:
        return hashlib.scrypt(
            passphrase.encode("utf-8"),
            salt=self.salt,
            n=self.n,
            r=self.r,
            p=self.p,
            maxmem=256 * 1024 * 1024,
            dklen=32,
        )

    def to_json(self) -> str:
        return json.dumps(
            {
                "version": KEYINFO_VERSION,
                "kdf": "scrypt",
                "salt": self.salt.hex(),
                "n": self.n,
                "r": self.r,
                "p": self.p,
            },
            indent=2,
        )

    @classmethod
    def load(cls, path: Path) -> KeyInfo:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            return cls(
                salt=bytes.fromhex(raw["salt"]), n=int(raw["n"]), r=int(raw["r"]), p=int(raw["p"])
            )
        except FileNotFoundError:
            raise KeyInfoMissing(str(path)) from None
        except (ValueError, KeyError, TypeError) as exc:
            raise KeyInfoError(str(exc)) from None


class EarlyKey:
    """Derives the key in the background; `result()` waits for it (None if it failed).
    `passphrase` is the passphrase or what fetches it on the same thread (the OS keyring on a
    trusted computer: its import and lookup take 0.2-0.6 s); `passphrase()` then says what was
    fetched (None: nothing, and no key)."""

    def __init__(self, keyinfo_path: Path, passphrase: str | Callable[[], str | None]) -> None:
        self._key: bytes | None = None
        self._passphrase: str | None = passphrase if isinstance(passphrase, str) else None
        self._thread = threading.Thread(
            target=self._run, args=(keyinfo_path, passphrase), name="kdf", daemon=True
        )
        self._thread.start()

    def _run(self, keyinfo_path: Path, passphrase: str | Callable[[], str | None]) -> None:
        if not isinstance(passphrase, str):
            self._passphrase = passphrase()  # its own errors are its own (remember.remembered)
        if not self._passphrase:
            return
        try:
            self._key = KeyInfo.load(keyinfo_path).derive(self._passphrase)
        except (KeyInfoMissing, KeyInfoError, ValueError, MemoryError):
            self._key = None

    def result(self) -> bytes | None:
        self._thread.join()
        return self._key

    def passphrase(self) -> str | None:
        self._thread.join()
        return self._passphrase
