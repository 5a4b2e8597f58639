"""Encryption of assignments to one reviewer: X25519 + HKDF-SHA256 + AES-256-GCM.

Each reviewer publishes an X25519 public key beside their certificate; the private key stays in
their encrypted database. An assignment is sealed with a fresh ephemeral key, so only the
assigned reviewer can open it; the header (who to, who from, when) is authenticated as well.
"""

from __future__ import annotations

import base64
import json
import os
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from udsat_desktop.core.errors import UserError
from udsat_desktop.core.text import Msg

FORMAT = "udsat-sealed/1"


class SealError(UserError):
    pass


def _raw(key: X25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def new_private_key() -> bytes:
    return X25519PrivateKey.generate().private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
        serialization.NoEncryption())


def public_of(private: bytes) -> bytes:
    return _raw(X25519PrivateKey.from_private_bytes(private).public_key())


def _key(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                info=b"udsat-assignment/1" + ephemeral + recipient).derive(shared)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def seal(recipient_public: bytes, plaintext: bytes, header: dict[str, Any]) -> bytes:
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = _raw(ephemeral.public_key())
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient_public))
    nonce = os.urandom(12)
    aad = json.dumps(header, sort_keys=True).encode("utf-8")
    ciphertext = AESGCM(_key(shared, ephemeral_public, recipient_public)).encrypt(
        nonce, plaintext, aad)
    return json.dumps({"format": FORMAT, "header": header, "ephemeral": _b64(ephemeral_public),
                       "nonce": _b64(nonce), "ciphertext": _b64(ciphertext)},
                      indent=1).encode("utf-8")


def open_sealed(private: bytes, blob: bytes) -> tuple[dict[str, Any], bytes]:
    try:
        outer = json.loads(blob)
        if outer.get("format") != FORMAT:
            raise SealError(Msg("ukendt format"))
        header = outer["header"]
        ephemeral = base64.b64decode(outer["ephemeral"], validate=True)
        nonce = base64.b64decode(outer["nonce"], validate=True)
        ciphertext = base64.b64decode(outer["ciphertext"], validate=True)
        me = X25519PrivateKey.from_private_bytes(private)
        shared = me.exchange(X25519PublicKey.from_public_bytes(ephemeral))
        aad = json.dumps(header, sort_keys=True).encode("utf-8")
        plaintext = AESGCM(_key(shared, ephemeral, _raw(me.public_key()))).decrypt(
            nonce, ciphertext, aad)
    except InvalidTag:
        raise SealError(Msg("kan ikke åbnes med din nøgle (til en anden, eller ændret)")) from None
    except (ValueError, KeyError, TypeError) as exc:
        raise SealError(Msg(
                "beskadiget fil ({error})",
                error=type(exc).__name__)) from None
    return header, plaintext
