"""Who is who on the team: each installation's Ed25519 team key, its fingerprint, and signed
envelopes (roster, enrolment requests, assignments, claims).

The team key is made on first use and kept inside the encrypted database, like the X25519 key
assignments are sealed to, so signing a claim or an assignment asks for no passphrase. Its
SHA-256 fingerprint is what people compare screen to screen (`short_code`) and what
`udsat init --coordinator` and `udsat team approve --fingerprint` take. The signing
certificate (PAdES) is listed in the roster under the member the coordinator approved.
"""

from __future__ import annotations

import base64
import hashlib
import json
from typing import TYPE_CHECKING, Any

from udsat_desktop.core import bounded_json
from udsat_desktop.core.errors import InputError
from udsat_desktop.core.records import RECORD_FORMAT as RECORD_FORMAT
from udsat_desktop.core.records import UNSIGNED_RECORD_KEYS as UNSIGNED_RECORD_KEYS
from udsat_desktop.core.records import canonical as canonical
from udsat_desktop.core.records import record_facts as record_facts
from udsat_desktop.core.text import Msg
from udsat_desktop.store import sync_state as state
from udsat_desktop.store.db import Database

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import (
        Ed25519PrivateKey,
        Ed25519PublicKey,
    )

TEAM_SECRET = "ed25519_team"
# the team key's public half, kept beside it when first derived: showing this installation's
# fingerprint (`udsat team list`) then needs no Ed25519 code (issue 34: ~50 ms of a start)
TEAM_PUBLIC = "ed25519_team_public"
ENVELOPE = "udsat-signed/1"
MAX_ENVELOPE = 4 << 20  # bytes; a roster of a few hundred members is well under this


class TrustError(InputError):
    """A signed file that is not what it claims; the message says why, in Danish."""


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise TrustError(Msg("forkert felttype"))
    try:
        return base64.b64decode(text, validate=True)
    except ValueError:
        raise TrustError(Msg("ugyldig base64")) from None


# `cryptography` is imported where a key is made, signs or verifies, not at the top: reading
# who is on the team and showing fingerprints needs only hashlib (issue 34)


def _raw_public(key: Ed25519PublicKey) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def team_private(db: Database) -> Ed25519PrivateKey:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    raw = state.secret(
        db,
        TEAM_SECRET,
        lambda: Ed25519PrivateKey.generate().private_bytes(
            serialization.Encoding.Raw,
            serialization.PrivateFormat.Raw,
            serialization.NoEncryption(),
        ),
    )
    return Ed25519PrivateKey.from_private_bytes(raw)


def team_public(db: Database) -> bytes:
    """This installation's team key's public half (raw 32 bytes), derived once and kept."""
    kept = state.stored_secret(db, TEAM_PUBLIC)
    if kept is not None:
        return kept
    public = _raw_public(team_private(db).public_key())
    return state.secret(db, TEAM_PUBLIC, lambda: public)


def fingerprint(public: bytes) -> str:
    return hashlib.sha256(b"udsat-team-key/1" + public).hexdigest()


def my_fingerprint(db: Database) -> str:
    return fingerprint(team_public(db))


def short_code(fp: str) -> str:
    """The first 80 bits of a fingerprint as five groups of four: read aloud and compared."""
    head = fp[:20].upper()
    return " ".join(head[i : i + 4] for i in range(0, 20, 4))


def normalise(fp: str) -> str:
    """What the user typed (any case, spaces, dashes, colons) as lower-case hex."""
    cleaned = "".join(ch for ch in fp.lower() if ch not in " -:")
    if len(cleaned) < 20 or any(ch not in "0123456789abcdef" for ch in cleaned):
        raise TrustError(
            Msg(
                "Fingeraftrykket skal være mindst 20 hexcifre (som koden på "
                "skærmen: fem grupper af fire)"
            )
        )
    return cleaned


def matches(fp: str, typed: str) -> bool:
    want = normalise(typed)
    return fp.startswith(want)


def seal_envelope(db: Database, kind: str, payload: dict[str, Any]) -> bytes:
    """`payload` signed with this installation's team key."""
    return seal_envelope_with(team_private(db), kind, payload)


def seal_envelope_with(key: Ed25519PrivateKey, kind: str, payload: dict[str, Any]) -> bytes:
    body = canonical({"kind": kind, "payload": payload})
    return json.dumps(
        {
            "format": ENVELOPE,
            "kind": kind,
            "payload": payload,
            "signer": b64(_raw_public(key.public_key())),
            "signature": b64(key.sign(body)),
        },
        ensure_ascii=False,
        indent=1,
    ).encode("utf-8")


def open_envelope(blob: bytes, kind: str) -> tuple[dict[str, Any], bytes]:
    """(payload, signer's public key) of a signed envelope whose signature checks; TrustError
    otherwise. Who the signer is allowed to be is the caller's question."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    if len(blob) > MAX_ENVELOPE:
        raise TrustError(Msg("filen er for stor"))
    try:
        outer = bounded_json.loads(blob, max_bytes=MAX_ENVELOPE)
    except bounded_json.BadJson as exc:
        raise TrustError(str(exc)) from None
    if outer.get("format") != ENVELOPE:
        raise TrustError(Msg("ikke underskrevet"))
    if outer.get("kind") != kind or not isinstance(outer.get("payload"), dict):
        raise TrustError(Msg("forkert filtype"))
    signer = unb64(outer.get("signer"))
    signature = unb64(outer.get("signature"))
    try:
        Ed25519PublicKey.from_public_bytes(signer).verify(
            signature, canonical({"kind": kind, "payload": outer["payload"]})
        )
    except (InvalidSignature, ValueError):
        raise TrustError(Msg("underskriften passer ikke (ændret eller forfalsket)")) from None
    return outer["payload"], signer
