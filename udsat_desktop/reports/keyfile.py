"""The signing key on disk: a PKCS#12 archive wrapped with scrypt and AES-256-GCM.

A PKCS#12 file as `cryptography` writes it stretches the passphrase with 2,048 PBKDF2
iterations (about 0.3 ms a guess); the database's scrypt costs about 500 times as much. So the
key file is wrapped with the database's own scrypt parameters (`kdf.KeyInfo`): a header line
(`UDSAT-KEY/1`), a JSON header with the KDF parameters and nonce, then the AES-GCM ciphertext of
an unencrypted PKCS#12 archive, with the header as associated data. An organisation-issued
`.p12` is taken in by re-wrapping what it holds. A key file in the old format (plain PKCS#12)
opens as before and is re-wrapped in place on that first unlock.
"""

from __future__ import annotations

import json
import secrets
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.serialization import pkcs12

from udsat_desktop.core.text import Msg
from udsat_desktop.platform.fsutil import write_atomic
from udsat_desktop.platform.kdf import SCRYPT_N, SCRYPT_P, SCRYPT_R, KeyInfo
from udsat_desktop.reports.errors import SigningError

MAGIC = b"UDSAT-KEY/1\n"
MAX_KEY_FILE = 1_000_000  # a key file is a few KB; anything larger is not ours


class WrongKeyPassphrase(SigningError):
    pass


def is_wrapped(blob: bytes) -> bool:
    return blob.startswith(MAGIC)


def wrap(
    key: Any,
    cert: x509.Certificate,
    chain: list[x509.Certificate],
    passphrase: str,
    name: bytes | None = None,
) -> bytes:
    inner = pkcs12.serialize_key_and_certificates(
        name, key, cert, chain or None, serialization.NoEncryption()
    )
    info = KeyInfo(salt=secrets.token_bytes(16), n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P)
    nonce = secrets.token_bytes(12)
    header = json.dumps(
        {
            "kdf": "scrypt",
            "salt": info.salt.hex(),
            "n": info.n,
            "r": info.r,
            "p": info.p,
            "cipher": "AES-256-GCM",
            "nonce": nonce.hex(),
        },
        sort_keys=True,
    ).encode("ascii")
    sealed = AESGCM(info.derive(passphrase)).encrypt(nonce, inner, MAGIC + header)
    return MAGIC + header + b"\n" + sealed


def header_of(blob: bytes) -> dict[str, Any]:
    """The KDF parameters of a wrapped key file (for tests and `udsat key show`)."""
    line, _sep, _rest = blob[len(MAGIC) :].partition(b"\n")
    header = json.loads(line)
    if not isinstance(header, dict):
        raise ValueError("bad header")
    return header


def unwrap(blob: bytes, passphrase: str) -> bytes:
    """The unencrypted PKCS#12 archive inside a wrapped key file."""
    try:
        line, _sep, sealed = blob[len(MAGIC) :].partition(b"\n")
        header = json.loads(line)
        info = KeyInfo(
            salt=bytes.fromhex(header["salt"]),
            n=int(header["n"]),
            r=int(header["r"]),
            p=int(header["p"]),
        )
        if (
            header.get("kdf") != "scrypt"
            or info.n < 2**14
            or info.n > 2**20
            or info.r > 32
            or info.p > 16
        ):
            raise ValueError("unsupported parameters")
        nonce = bytes.fromhex(header["nonce"])
        key = info.derive(passphrase)
    except (ValueError, KeyError, TypeError, MemoryError):
        raise SigningError(Msg("Nøglefilen er beskadiget")) from None
    try:
        return AESGCM(key).decrypt(nonce, sealed, MAGIC + line)
    except (InvalidTag, ValueError):
        raise WrongKeyPassphrase(Msg("Forkert adgangskode til signeringsnøglen")) from None


def read_key_file(path: Path) -> bytes:
    try:
        with path.open("rb") as fh:
            blob = fh.read(MAX_KEY_FILE + 1)
    except FileNotFoundError:
        raise SigningError(Msg("Der er ingen signeringsnøgle endnu")) from None
    except OSError as exc:
        raise SigningError(
            Msg("Nøglefilen kan ikke læses: {strerror}", strerror=exc.strerror)
        ) from None
    if len(blob) > MAX_KEY_FILE:
        raise SigningError(Msg("Nøglefilen er beskadiget"))
    return blob


def _is_pkcs12(blob: bytes) -> bool:
    """The file parses as a PKCS#12 archive (whatever its passphrase)."""
    from asn1crypto.pkcs12 import Pfx

    try:
        Pfx.load(blob, strict=True)["auth_safe"]["content"].parsed  # noqa: B018
    except Exception:  # asn1crypto raises several kinds for bytes that are not DER
        return False
    return True


def open_key(path: Path, passphrase: str, *, migrate: bool = True) -> bytes:
    """The key file's PKCS#12 archive, unencrypted (in memory only). A key file in the old
    format is opened with its own passphrase and, with `migrate`, re-wrapped in place."""
    blob = read_key_file(path)
    if is_wrapped(blob):
        return unwrap(blob, passphrase)
    try:
        key, cert, chain = pkcs12.load_key_and_certificates(blob, passphrase.encode("utf-8"))
    except ValueError:
        if not _is_pkcs12(blob):  # not a key file at all: the passphrase is not to blame
            raise SigningError(Msg("Nøglefilen er beskadiget")) from None
        raise WrongKeyPassphrase(Msg("Forkert adgangskode til signeringsnøglen")) from None
    if key is None or cert is None:
        raise SigningError(Msg("Nøglefilen skal indeholde både en privat nøgle og et certifikat"))
    if migrate:
        write_atomic(path, wrap(key, cert, list(chain), passphrase))
    return pkcs12.serialize_key_and_certificates(
        None,
        key,  # type: ignore[arg-type]
        cert,
        list(chain) or None,
        serialization.NoEncryption(),
    )


def save_key(
    path: Path,
    key: Any,
    cert: x509.Certificate,
    chain: list[x509.Certificate],
    passphrase: str,
    name: bytes | None = None,
) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, wrap(key, cert, chain, passphrase, name))
