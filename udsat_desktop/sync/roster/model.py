"""The roster's model: a member (user id, name, role, team key, encryption key, signing
certificates), the roster (version, members, who signed it, the share it names), and what a
new roster changes about who the coordinators are.

Reading the roster this app holds needs no X.509 code (issue 34: ~90 ms of `udsat team list`):
a certificate's fingerprint is the SHA-256 of its DER bytes, taken from the PEM with base64.
A roster or request read from the share has every certificate parsed by `cryptography`, and
one whose DER is not the PEM's own bytes is refused, so both ways give the same fingerprint.
Whose signatures count (the certificates as a TrustSet) is in `certs`.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import dataclasses
import datetime as dt
import functools
import hashlib
import re
from dataclasses import dataclass
from typing import Any

from udsat_desktop.core.errors import InputError
from udsat_desktop.core.text import Msg
from udsat_desktop.sync import trust
from udsat_desktop.sync.trust import TrustError, b64, fingerprint, unb64

ROSTER_KIND = "udsat-roster/1"
REQUEST_KIND = "udsat-enrolment/1"
MAX_CERTS = 8
MAX_CERT_BYTES = 16 << 10
_USER_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
_PEM_CERT = re.compile(
    r"-----BEGIN CERTIFICATE-----\s*([A-Za-z0-9+/=\s]+?)\s*-----END CERTIFICATE-----"
)


def cert_der(pem: str) -> bytes:
    """The DER bytes of the (first) certificate in `pem`; ValueError when there is none."""
    match = _PEM_CERT.search(pem)
    if match is None:
        raise ValueError("no certificate")
    try:
        return base64.b64decode("".join(match[1].split()), validate=True)
    except binascii.Error:
        raise ValueError("bad base64") from None


def cert_fingerprint(pem: str) -> str:
    """SHA-256 of the certificate's DER: what `cryptography`'s `fingerprint(SHA256())` gives
    (reports.verify.cert_sha256) for the certificate parsed from the same PEM. A PEM that the
    plain reading does not know (held from before this check) is parsed; ValueError if not."""
    try:
        der = cert_der(pem)
    except ValueError:
        der = _parsed_der(pem)
    return hashlib.sha256(der).hexdigest()


class RosterError(InputError):
    """Refused roster or team action; the message is one Danish sentence."""


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class Member:
    user_id: str
    name: str
    initials: str
    organisation: str
    role: str
    team_key: str  # base64 Ed25519 public key
    x25519: str  # base64 X25519 public key (what is sealed to this member)
    certificates: tuple[str, ...]  # PEM, oldest first: old signatures keep verifying
    valid_from: str
    revoked_at: str | None = None

    @property
    def active(self) -> bool:
        return self.revoked_at is None

    @property
    def is_coordinator(self) -> bool:
        return self.active and self.role == "coordinator"

    @property
    def fingerprint(self) -> str:
        return fingerprint(unb64(self.team_key))

    @property
    def short_code(self) -> str:
        return trust.short_code(self.fingerprint)

    def cert_fingerprints(self) -> list[str]:
        out = []
        for pem in self.certificates:
            with contextlib.suppress(ValueError):
                out.append(cert_fingerprint(pem))
        return out

    def x25519_bytes(self) -> bytes:
        return unb64(self.x25519)

    def to_json(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data["certificates"] = list(self.certificates)
        return data

    @classmethod
    def from_json(cls, data: Any, *, parse_certificates: bool = True) -> Member:
        """A member as written in a roster or request. `parse_certificates=False`: the roster
        this app holds, whose certificates were parsed when it was accepted (its signature is
        checked again on every read), so only their form and size are checked."""
        if not isinstance(data, dict):
            raise TrustError(Msg("medlem er ikke et objekt"))
        try:
            member = cls(
                str(data["user_id"]),
                str(data["name"]),
                str(data["initials"]),
                str(data["organisation"]),
                str(data["role"]),
                str(data["team_key"]),
                str(data["x25519"]),
                tuple(str(c) for c in data["certificates"]),
                str(data["valid_from"]),
                None if data.get("revoked_at") is None else str(data["revoked_at"]),
            )
        except (KeyError, TypeError):
            raise TrustError(Msg("medlem mangler felter")) from None
        _check_keys(
            member.user_id, member.team_key, member.x25519, member.certificates, parse_certificates
        )
        return member


def _check_keys(
    user_id: str, team_key: str, x25519: str, certs: tuple[str, ...], parse: bool
) -> None:
    if not _USER_ID.match(user_id):
        raise TrustError(Msg("ugyldigt bruger-id"))
    if len(unb64(team_key)) != 32 or len(unb64(x25519)) != 32:
        raise TrustError(Msg("ugyldig nøgle"))
    if len(certs) > MAX_CERTS:
        raise TrustError(Msg("for mange certifikater"))
    for pem in certs:
        if len(pem) > MAX_CERT_BYTES:
            raise TrustError(Msg("certifikatet er for stort"))
        try:
            if parse:  # from the share: the plain reading and the parser agree, or no
                if _parsed_der(pem) != cert_der(pem):
                    raise ValueError("the PEM holds more than its certificate")
            else:  # the held roster: as readable as when it was accepted
                cert_fingerprint(pem)
        except (ValueError, UnicodeEncodeError):
            raise TrustError(Msg("ugyldigt certifikat")) from None


def _parsed_der(pem: str) -> bytes:
    """The certificate as `cryptography` parses it, written back as DER (ValueError if it does
    not parse): a roster from the share is checked this far."""
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import Encoding

    return x509.load_pem_x509_certificate(pem.encode("ascii")).public_bytes(Encoding.DER)


@dataclass(frozen=True)
class Roster:
    version: int
    issued_at: str
    issued_by: str
    members: tuple[Member, ...]
    blob: bytes = b""  # the signed envelope it came in
    # the id in the share's marker that the coordinator signs: the team's share is the one
    # the roster names, not whichever folder carries a marker ("" in rosters of before)
    share_id: str = ""

    def member(self, user_id: str) -> Member | None:
        return next((m for m in self.members if m.user_id == user_id), None)

    def by_team_key(self, public: bytes) -> Member | None:
        key = b64(public)
        return next((m for m in self.members if m.team_key == key), None)

    def coordinators(self) -> list[Member]:
        return [m for m in self.members if m.is_coordinator]

    def coordinator_fingerprints(self) -> set[str]:
        return {m.fingerprint for m in self.coordinators()}

    def readers(self, user_id: str) -> list[bytes]:
        """The X25519 keys a file about `user_id`'s work is sealed to: every active coordinator
        and the member (for sealing share files to their readers)."""
        keys = [m.x25519_bytes() for m in self.coordinators()]
        member = self.member(user_id)
        if member is not None and member.active:
            keys.append(member.x25519_bytes())
        return list(dict.fromkeys(keys))

    def signer_of_certificate(self, cert_fp: str) -> Member | None:
        return self._by_certificate.get(cert_fp)

    @functools.cached_property
    def _by_certificate(self) -> dict[str, Member]:
        """Certificate fingerprint -> member, parsed once per roster (ingest asks per record)."""
        return {fp: m for m in self.members for fp in m.cert_fingerprints()}

    def payload(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "version": self.version,
            "issued_at": self.issued_at,
            "issued_by": self.issued_by,
            "members": [m.to_json() for m in self.members],
        }
        if self.share_id:
            data["share_id"] = self.share_id
        return data

    @classmethod
    def from_payload(
        cls, payload: dict[str, Any], blob: bytes = b"", *, held: bool = False
    ) -> Roster:
        """`held`: the roster this app accepted before (Member.from_json's `parse_certificates`)."""
        try:
            version = payload["version"]
            members = payload["members"]
            if not isinstance(version, int) or version < 1 or not isinstance(members, list):
                raise TrustError(Msg("ugyldig version"))
            share_id = payload.get("share_id", "")
            if not isinstance(share_id, str) or len(share_id) > 200:
                raise TrustError(Msg("ugyldigt id for fællesmappen"))
            roster = cls(
                version,
                str(payload["issued_at"]),
                str(payload["issued_by"]),
                tuple(Member.from_json(m, parse_certificates=not held) for m in members),
                blob,
                share_id,
            )
        except KeyError:
            raise TrustError(Msg("holdlisten mangler felter")) from None
        ids = [m.user_id for m in roster.members]
        if len(set(ids)) != len(ids):
            raise TrustError(Msg("samme bruger to gange"))
        return roster


class OwnDemotion(RosterError):
    """A roster, signed by a coordinator this coordinator trusts, that takes her coordinator
    role away (revoked, made a reviewer, left out): kept aside until she confirms it."""

    def __init__(self, message: str, version: int, signer: str) -> None:
        super().__init__(message)
        self.version = version
        self.signer = signer


@dataclass(frozen=True)
class CoordinatorChange:
    """The set of coordinators changed with this roster version (every member is told)."""

    version: int
    signed_by: str
    added: tuple[str, ...]  # "Name (user-id)"
    removed: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "signed_by": self.signed_by,
            "added": list(self.added),
            "removed": list(self.removed),
        }

    def text(self) -> str:
        parts = []
        if self.added:
            parts.append(Msg("ny: {names}", names=", ".join(self.added)))
        if self.removed:
            parts.append(Msg("ikke længere: {names}", names=", ".join(self.removed)))
        return Msg(
            "Teamets koordinatorer er ændret i holdliste version {version} (underskrevet af "
            "{signer}): {changes}",
            version=self.version,
            signer=self.signed_by,
            changes="; ".join(parts),
        )


def _coordinator_keys(roster: Roster) -> dict[str, str]:
    """fingerprint -> "Name (user-id)" of the active coordinators (a coordinator's new key
    is a change too: it may sign the next roster)."""
    return {m.fingerprint: f"{m.name} ({m.user_id})" for m in roster.coordinators()}


def coordinator_change(old: Roster | None, new: Roster) -> CoordinatorChange | None:
    if old is None:
        return None
    before, after = _coordinator_keys(old), _coordinator_keys(new)
    if set(before) == set(after):
        return None
    signer = new.member(new.issued_by)
    return CoordinatorChange(
        new.version,
        f"{signer.name} ({signer.user_id})" if signer else new.issued_by,
        tuple(sorted(after[fp] for fp in set(after) - set(before))),
        tuple(sorted(before[fp] for fp in set(before) - set(after))),
    )


def file_name(roster: Roster) -> str:
    digest = hashlib.sha256(roster.blob).hexdigest()[:16]
    return f"roster-{roster.version:06d}-{digest}.json"
