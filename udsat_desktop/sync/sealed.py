"""Encryption on the share: assignments to one reviewer, and every file with case content to
its readers (`seal_for`, below). X25519 + HKDF-SHA256 + AES-256-GCM.

Each reviewer publishes an X25519 public key beside their certificate; the private key stays in
their encrypted database. An assignment is sealed with a fresh ephemeral key, so only the
assigned reviewer can open it; the header (who to, who from, when) is authenticated as well.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import os
from collections.abc import Iterable
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from udsat_desktop.core import bounded_json
from udsat_desktop.core.errors import UserError
from udsat_desktop.core.text import Msg

FORMAT = "udsat-sealed/1"


class SealError(UserError):
    pass


def _raw(key: X25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def new_private_key() -> bytes:
    return X25519PrivateKey.generate().private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )


def public_of(private: bytes) -> bytes:
    return _raw(X25519PrivateKey.from_private_bytes(private).public_key())


def _key(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=None,
        info=b"udsat-assignment/1" + ephemeral + recipient,
    ).derive(shared)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def seal(recipient_public: bytes, plaintext: bytes, header: dict[str, Any]) -> bytes:
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = _raw(ephemeral.public_key())
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient_public))
    nonce = os.urandom(12)
    aad = json.dumps(header, sort_keys=True).encode("utf-8")
    ciphertext = AESGCM(_key(shared, ephemeral_public, recipient_public)).encrypt(
        nonce, plaintext, aad
    )
    return json.dumps(
        {
            "format": FORMAT,
            "header": header,
            "ephemeral": _b64(ephemeral_public),
            "nonce": _b64(nonce),
            "ciphertext": _b64(ciphertext),
        },
        indent=1,
    ).encode("utf-8")


def open_sealed(private: bytes, blob: bytes) -> tuple[dict[str, Any], bytes]:
    try:
        outer = bounded_json.loads(blob)
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
            nonce, ciphertext, aad
        )
    except InvalidTag:
        raise SealError(Msg("kan ikke åbnes med din nøgle (til en anden, eller ændret)")) from None
    except (ValueError, KeyError, TypeError) as exc:
        raise SealError(Msg("beskadiget fil ({error})", error=type(exc).__name__)) from None
    return header, plaintext


# ----------------------------------------------------------------------------- share files
#
# Every file with personal or case content on the share (summaries, records, meeting packets
# and their originals, claims) is sealed to its readers: the signing reviewer(s) and the
# roster's coordinators, each with their X25519 key from the signed roster. The inner object
# (a PAdES-signed PDF, a signed record or envelope) is sealed byte for byte, so signatures,
# a record's hash of its PDF and first-seen hashes work on the unsealed bytes as before.
#
# Layout: MAGIC, a 4-byte big-endian header length, the header (canonical JSON), then the
# AES-256-GCM ciphertext of the content. The header names the format, the kind, the file's
# path on the share, one ephemeral X25519 public key, the content nonce and one slot per
# recipient: the content key wrapped with AES-256-GCM under HKDF-SHA256(X25519(ephemeral,
# recipient)). The slots carry no key ids (a reader tries each: one key agreement, a few
# unwraps); the whole header is the content's associated data, so nothing in it can be
# changed, added or removed without the content failing to open.

SHARE_FORMAT = "udsat-sealed-many/1"
MAGIC = b"UDSAT-SEALED-2\n"
MAX_HEADER = 64 << 10
MAX_SLOTS = 256
_SLOT_NONCE = bytes(12)  # each slot key wraps exactly one content key, once


class NotForMe(SealError):
    """A sealed file whose recipients do not include this installation's key."""


def is_sealed(blob: bytes) -> bool:
    return blob.startswith(MAGIC)


def _slot_key(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=None,
        info=SHARE_FORMAT.encode("ascii") + ephemeral + recipient,
    ).derive(shared)


def _header_bytes(header: dict[str, Any]) -> bytes:
    return json.dumps(header, sort_keys=True, separators=(",", ":")).encode("utf-8")


def seal_for(
    recipients: list[bytes], plaintext: bytes, *, kind: str, name: str, seed: bytes | None = None
) -> bytes:
    """`plaintext` sealed to every X25519 public key in `recipients` (at least one). With a
    `seed` (a secret of the sender), the same plaintext under the same name to the same
    recipients seals to the same bytes, so a publish cut short and repeated finds its own
    file; without one everything is fresh randomness."""
    keys = sorted(dict.fromkeys(recipients))
    if not keys:
        raise SealError(Msg("ingen modtagere at kryptere til"))
    if len(keys) > MAX_SLOTS:
        raise SealError(Msg("for mange modtagere"))
    if seed is None:
        material = os.urandom(32 + 32 + 12)
    else:
        info = b"".join(
            [
                SHARE_FORMAT.encode("ascii"),
                kind.encode("utf-8"),
                b"\0",
                name.encode("utf-8"),
                b"\0",
                hashlib.sha256(plaintext).digest(),
                *keys,
            ]
        )
        material = HKDF(
            algorithm=hashes.SHA256(), length=76, salt=b"udsat-seal-seed", info=info
        ).derive(seed)
    ephemeral = X25519PrivateKey.from_private_bytes(material[:32])
    ephemeral_public = _raw(ephemeral.public_key())
    content_key, nonce = material[32:64], material[64:76]
    slots = []
    for recipient in keys:
        shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient))
        slots.append(
            AESGCM(_slot_key(shared, ephemeral_public, recipient)).encrypt(
                _SLOT_NONCE, content_key, None
            )
        )
    header = _header_bytes(
        {
            "format": SHARE_FORMAT,
            "kind": kind,
            "name": name,
            "ephemeral": _b64(ephemeral_public),
            "nonce": _b64(nonce),
            "slots": sorted(_b64(s) for s in slots),
        }
    )
    prefix = MAGIC + len(header).to_bytes(4, "big") + header
    return prefix + AESGCM(content_key).encrypt(nonce, plaintext, prefix)


def sealed_header(blob: bytes) -> dict[str, Any]:
    """The authenticated-on-opening header of a sealed share file (format, kind, name,
    slots); SealError when it is not one."""
    return _parse(blob)[0]


def _parse(blob: bytes) -> tuple[dict[str, Any], bytes, bytes]:
    if not blob.startswith(MAGIC):
        raise SealError(Msg("ikke en krypteret fil"))
    start = len(MAGIC) + 4
    length = int.from_bytes(blob[len(MAGIC) : start], "big")
    if length > MAX_HEADER or len(blob) < start + length + 16:
        raise SealError(Msg("beskadiget fil (hovedet)"))
    try:
        header = bounded_json.loads(blob[start : start + length], max_bytes=MAX_HEADER)
    except ValueError:
        raise SealError(Msg("beskadiget fil (hovedet)")) from None
    if not isinstance(header, dict) or header.get("format") != SHARE_FORMAT:
        raise SealError(Msg("ukendt format"))
    return header, blob[: start + length], blob[start + length :]


def open_for(
    private: bytes, blob: bytes, *, name: str | None = None, kind: str | None = None
) -> bytes:
    """The plaintext of a sealed share file; NotForMe when none of its slots is for my key,
    SealError when it is damaged, altered, or sealed for another name or kind."""
    header, prefix, ciphertext = _parse(blob)
    try:
        slots = header["slots"]
        if not isinstance(slots, list) or not 0 < len(slots) <= MAX_SLOTS:
            raise ValueError("slots")
        ephemeral = base64.b64decode(header["ephemeral"], validate=True)
        nonce = base64.b64decode(header["nonce"], validate=True)
        me = X25519PrivateKey.from_private_bytes(private)
        mine = _raw(me.public_key())
        slot_key = AESGCM(
            _slot_key(me.exchange(X25519PublicKey.from_public_bytes(ephemeral)), ephemeral, mine)
        )
        content_key = None
        for slot in slots:
            with contextlib.suppress(InvalidTag):
                content_key = slot_key.decrypt(
                    _SLOT_NONCE, base64.b64decode(slot, validate=True), None
                )
                break
    except (ValueError, KeyError, TypeError) as exc:
        raise SealError(Msg("beskadiget fil ({error})", error=type(exc).__name__)) from None
    if content_key is None:
        raise NotForMe(Msg("filen er ikke krypteret til dig (din nøgle er ikke blandt modtagerne)"))
    try:
        plaintext = AESGCM(content_key).decrypt(nonce, ciphertext, prefix)
    except (InvalidTag, ValueError):
        raise SealError(
            Msg("filen er ændret eller beskadiget (krypteringen passer ikke)")
        ) from None
    if name is not None and header.get("name") != name:
        raise SealError(Msg("filen er krypteret til et andet sted på fællesmappen"))
    if kind is not None and header.get("kind") != kind:
        raise SealError(Msg("filen er krypteret som en anden slags fil"))
    return plaintext


def unseal_share_file(private: bytes, blob: bytes, *, name: str | None, kind: str) -> bytes:
    """What a reader works on: a sealed file opened (see `open_for`); a plain file of before
    the share was sealed as it is (trust comes from the signatures inside, never from the
    sealing)."""
    if not is_sealed(blob):
        return blob
    return open_for(private, blob, name=name, kind=kind)


def readers_of(held: Any, user_ids: Iterable[str]) -> list[bytes]:
    """The X25519 keys a file about these members' work is sealed to, from the signed roster
    `held` (never from the share): every active coordinator and each of the members still
    active on it. A member removed from the roster gets nothing sealed to them."""
    keys = [m.x25519_bytes() for m in held.coordinators()]
    for user_id in dict.fromkeys(user_ids):
        keys.extend(held.readers(user_id))
    return list(dict.fromkeys(keys))
