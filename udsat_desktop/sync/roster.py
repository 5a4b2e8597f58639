"""The team roster: who is on the team, with which keys, signed by a coordinator.

The truth is in each app (`<data>/trust/roster.json`, the last roster it accepted); the copies
in `team/roster-<version>.json` on the share are only a way to pass it on. A member accepts a
roster when its signature checks, its signer is a coordinator it trusts (one whose team key it
pinned at set-up, or a coordinator of the roster it already holds) and its version is higher
than the one it holds. What a member publishes in `reviewers/<user-id>.json` is a request: it
joins the roster only when a coordinator compares its fingerprint and approves it.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import functools
import hashlib
import json
import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography import x509

from udsat_desktop.core import bounded_json
from udsat_desktop.core.errors import InputError
from udsat_desktop.core.text import Msg, message_of
from udsat_desktop.platform.fsutil import write_atomic
from udsat_desktop.platform.paths import AppPaths
from udsat_desktop.reports.verify import TrustSet, cert_sha256
from udsat_desktop.store.db import Database
from udsat_desktop.store.queue import Profile
from udsat_desktop.sync import trust
from udsat_desktop.sync.trust import TrustError, b64, fingerprint, unb64

log = logging.getLogger(__name__)

ROSTER_KIND = "udsat-roster/1"
REQUEST_KIND = "udsat-enrolment/1"
MAX_CERTS = 8
MAX_CERT_BYTES = 16 << 10
_USER_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")


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
                out.append(cert_sha256(x509.load_pem_x509_certificate(pem.encode("ascii"))))
        return out

    def x25519_bytes(self) -> bytes:
        return unb64(self.x25519)

    def to_json(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data["certificates"] = list(self.certificates)
        return data

    @classmethod
    def from_json(cls, data: Any) -> Member:
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
        _check_keys(member.user_id, member.team_key, member.x25519, member.certificates)
        return member


def _check_keys(user_id: str, team_key: str, x25519: str, certs: tuple[str, ...]) -> None:
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
            x509.load_pem_x509_certificate(pem.encode("ascii"))
        except (ValueError, UnicodeEncodeError):
            raise TrustError(Msg("ugyldigt certifikat")) from None


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

    def trust_set(self) -> TrustSet:
        base = TrustSet()
        revoked: dict[str, str] = {}
        for m in self.members:
            certs = []
            for pem in m.certificates:
                with contextlib.suppress(ValueError):
                    certs.append(x509.load_pem_x509_certificate(pem.encode("ascii")))
            if m.active:
                base = base.merged(certs, m.user_id)
            else:
                revoked.update({cert_sha256(c): m.user_id for c in certs})
        return TrustSet(
            base.known, {k: v for k, v in revoked.items() if k not in base.known}, base.roots
        )

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
    def from_payload(cls, payload: dict[str, Any], blob: bytes = b"") -> Roster:
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
                tuple(Member.from_json(m) for m in members),
                blob,
                share_id,
            )
        except KeyError:
            raise TrustError(Msg("holdlisten mangler felter")) from None
        ids = [m.user_id for m in roster.members]
        if len(set(ids)) != len(ids):
            raise TrustError(Msg("samme bruger to gange"))
        return roster


# ----------------------------------------------------------------------------- local truth


def trust_dir(where: AppPaths | Database) -> Path:
    """`<data>/trust`, from the app's paths or from its open database (which lives there)."""
    if isinstance(where, Database):
        return where.path.parent / "trust"
    return where.data / "trust"


def pinned(paths: AppPaths) -> set[str]:
    try:
        data = json.loads((trust_dir(paths) / "pinned.json").read_text(encoding="utf-8"))
        return {str(x) for x in data["coordinators"]}
    except (OSError, ValueError, KeyError, TypeError):
        return set()


def pin(paths: AppPaths, fp: str) -> None:
    """Trust this coordinator's team key (a full fingerprint, or the 20 or more leading hex
    digits of one, as the short code shows)."""
    fp = trust.normalise(fp)
    folder = trust_dir(paths)
    folder.mkdir(parents=True, exist_ok=True)
    keep = sorted(pinned(paths) | {fp})
    write_atomic(
        folder / "pinned.json",
        json.dumps({"coordinators": keep}, indent=1).encode("utf-8"),
        mode=0o600,
    )


def pin_machine_coordinator(paths: AppPaths) -> str | None:
    """At a new user's first start: the coordinator's code IT pre-set machine-wide
    (`platform.settings.MachineSettings`), pinned as `udsat init --coordinator CODE` pins it.
    A pin only says whose rosters this user trusts; it grants no one a role. A code that is
    no code is logged and left out (the user then pins at the first sync, as without it)."""
    from udsat_desktop.platform.settings import load_machine_settings

    machine = load_machine_settings()
    if not machine.coordinator_code:
        return None
    try:
        fp = trust.normalise(machine.coordinator_code)
    except TrustError:
        log.warning("the machine-wide coordinator code is not a code; not pinned")
        return None
    pin(paths, fp)
    log.info("coordinator pinned from the machine-wide settings")
    return fp


def current(paths: AppPaths | Database) -> Roster | None:
    """The roster this app holds (re-checked: a damaged file is no roster)."""
    try:
        blob = (trust_dir(paths) / "roster.json").read_bytes()
        payload, _signer = trust.open_envelope(blob, ROSTER_KIND)
        return Roster.from_payload(payload, blob)
    except FileNotFoundError:
        return None
    except (OSError, TrustError):
        log.warning("the local roster is unreadable; ignored")
        return None


def _store(paths: AppPaths, roster: Roster) -> None:
    folder = trust_dir(paths)
    folder.mkdir(parents=True, exist_ok=True)
    write_atomic(folder / "roster.json", roster.blob, mode=0o600)


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


PENDING = "pending-roster.json"  # a roster that demotes this coordinator, until she confirms


def pending(paths: AppPaths) -> Roster | None:
    """The roster held aside because it takes this coordinator's role away."""
    try:
        blob = _read_local(trust_dir(paths) / PENDING)
        payload, _signer = trust.open_envelope(blob, ROSTER_KIND)
        return Roster.from_payload(payload, blob)
    except (OSError, TrustError):
        return None


def _read_local(path: Path) -> bytes:
    return path.read_bytes()


def confirm_pending(
    paths: AppPaths, version: int, me: str
) -> tuple[Roster, CoordinatorChange | None]:
    """The coordinator confirms the roster that takes her role away (`udsat team
    confirm-roster VERSION`): it is accepted now."""
    waiting = pending(paths)
    if waiting is None or waiting.version != version:
        raise RosterError(
            Msg(
                "Der er ingen holdliste version {version}, der venter på din bekræftelse",
                version=version,
            )
        )
    held = current(paths)
    accepted = accept(paths, waiting.blob, me=me, confirmed=True)
    (trust_dir(paths) / PENDING).unlink(missing_ok=True)
    return accepted or waiting, coordinator_change(held, waiting)


def accept(
    paths: AppPaths, blob: bytes, *, me: str | None = None, confirmed: bool = False
) -> Roster | None:
    """Take a roster from the share when it is signed by a trusted coordinator and newer than
    the one held. Returns it when it was new; None for the one already held; RosterError with
    the reason otherwise.

    Who decides is a signed fact: a roster that changes the set of coordinators is taken only
    when its signer is a coordinator this member pinned herself (not only one the roster held
    names) and stays a coordinator in it. `me`: this app's team-key fingerprint; a roster that
    takes my own coordinator role away raises OwnDemotion (and is kept aside) unless
    `confirmed`."""
    try:
        payload, signer = trust.open_envelope(blob, ROSTER_KIND)
        roster = Roster.from_payload(payload, blob)
    except TrustError as exc:
        raise RosterError(Msg("holdlisten er afvist: {reason}", reason=str(exc))) from None
    held = current(paths)
    if held is not None and roster.version <= held.version:
        if roster.version == held.version and roster.payload() == held.payload():
            return None
        raise RosterError(
            Msg(
                "holdlisten er afvist: version {version} er ikke nyere end "
                "den, programmet har (version {held})",
                version=roster.version,
                held=held.version,
            )
        )
    fp = fingerprint(signer)
    pins = pinned(paths)
    pinned_now = any(fp.startswith(p) for p in pins)
    if held is None:
        allowed = pinned_now
    else:
        revoked = {m.fingerprint for m in held.members if not m.active}
        allowed = fp in held.coordinator_fingerprints() or (pinned_now and fp not in revoked)
    if not allowed:
        raise RosterError(
            Msg("holdlisten er afvist: den er ikke underskrevet af en koordinator, du har godkendt")
        )
    signer_member = roster.by_team_key(signer)
    if signer_member is None or not signer_member.is_coordinator:
        raise RosterError(Msg("holdlisten er afvist: underskriveren er ikke koordinator i den"))
    if held is not None and roster.issued_by != signer_member.user_id:
        raise RosterError(Msg("holdlisten er afvist: den siger, at en anden har underskrevet den"))
    change = coordinator_change(held, roster)
    if change is not None and not pinned_now:
        raise RosterError(
            Msg(
                "holdlisten er afvist: den ændrer, hvem der er koordinator, men er underskrevet "
                "af {name}, som du ikke selv har godkendt som koordinator. Sammenlign koden med "
                "{name}s egen skærm, før du godkender med `udsat team trust-coordinator`",
                name=signer_member.name,
            )
        )
    if held is not None and me is not None and not confirmed:
        mine = next((m for m in held.coordinators() if m.fingerprint == me), None)
        after = next((m for m in roster.coordinators() if m.fingerprint == me), None)
        if mine is not None and after is None:
            folder = trust_dir(paths)
            folder.mkdir(parents=True, exist_ok=True)
            write_atomic(folder / PENDING, blob, mode=0o600)
            raise OwnDemotion(
                Msg(
                    "holdliste version {version}, underskrevet af {signer}, fjerner dig som "
                    "koordinator. Den er ikke taget i brug: er det aftalt, så bekræft med "
                    "`udsat team confirm-roster {version}`; ellers tal med {signer} og teamet",
                    version=roster.version,
                    signer=signer_member.name,
                ),
                roster.version,
                signer_member.name,
            )
    _store(paths, roster)
    return roster


def candidates(share: Path) -> list[tuple[str, str, int]]:
    """Coordinators offered by the rosters on the share, for a member who has pinned none yet:
    (fingerprint, name, version) of each roster's signer, whose signature checks. Trusted only
    when the user compares the code with the coordinator's screen and confirms."""
    out: dict[str, tuple[str, str, int]] = {}
    for path, _version in roster_files(share):
        with contextlib.suppress(OSError, TrustError):
            payload, signer = trust.open_envelope(_read(path), ROSTER_KIND)
            roster = Roster.from_payload(payload)
            member = roster.by_team_key(signer)
            if member is not None and member.is_coordinator:
                out[member.fingerprint] = (member.fingerprint, member.name, roster.version)
    return sorted(out.values(), key=lambda c: -c[2])


def _read(path: Path, limit: int = trust.MAX_ENVELOPE) -> bytes:
    """A regular file of the share within `limit` (no link, FIFO or device is followed)."""
    from udsat_desktop.sync.share import ShareError, read_share_file

    try:
        return read_share_file(path, "record", limit=limit)
    except FileNotFoundError:
        raise
    except ShareError as exc:
        raise TrustError(str(exc)) from None


# `roster-<version>-<first 16 hex of the file's SHA-256>.json`: a name nobody can take before
# the coordinator has signed the roster (anyone may write to the share, so a name that can be
# guessed could be squatted and block publishing). Plain `roster-<version>.json` still reads.
_ROSTER_NAME = re.compile(r"^roster-(\d{1,9})(?:-[0-9a-f]{16})?\.json$")


def roster_files(share: Path) -> list[tuple[Path, int]]:
    folder = share / "team"
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = _ROSTER_NAME.match(path.name)
        if match:
            found.append((path, int(match.group(1))))
    return sorted(found, key=lambda f: f[1])


def refresh(
    paths: AppPaths,
    share: Path,
    *,
    me: str | None = None,
    changes: list[CoordinatorChange] | None = None,
) -> tuple[Roster | None, list[tuple[str, str]]]:
    """Accept every newer roster on the share in version order (of several files naming one
    version, the first that checks). Returns the roster held afterwards and the refused files
    with their reasons (older copies are not reported). Each change of the set of
    coordinators taken is added to `changes`; `me`: see `accept`."""
    problems: list[tuple[str, str]] = []
    held = current(paths)
    if held is None and not pinned(paths):
        return None, []  # nobody trusted yet: the rosters are only offered (`candidates`)
    for path, version in roster_files(share):
        if held is not None and version <= held.version:
            continue
        try:
            blob = _read(path)
            outer = bounded_json.loads(blob, max_bytes=trust.MAX_ENVELOPE)
            payload = outer.get("payload")
            if not isinstance(payload, dict) or payload.get("version") != version:
                raise RosterError(Msg("holdlisten er afvist: filnavnet passer ikke til versionen"))
            accepted = accept(paths, blob, me=me)
        except OwnDemotion as exc:
            problems.append((path.name, str(exc)))
            break  # nothing after it is taken before she decides
        except (OSError, TrustError, ValueError) as exc:
            problems.append(
                (
                    path.name,
                    str(exc)
                    if isinstance(exc, RosterError)
                    else Msg(
                        "holdlisten er afvist: {reason}",
                        reason=message_of(exc) or type(exc).__name__,
                    ),
                )
            )
            continue
        if accepted is not None and changes is not None:
            change = coordinator_change(held, accepted)
            if change is not None:
                changes.append(change)
        held = accepted or held
    return held, problems


def file_name(roster: Roster) -> str:
    digest = hashlib.sha256(roster.blob).hexdigest()[:16]
    return f"roster-{roster.version:06d}-{digest}.json"


def publish(share: Path, roster: Roster) -> Path:
    """Put the roster on the share under its content-derived name (write-once: a repeated
    publish of the same roster is a no-op)."""
    from udsat_desktop.sync.share import publish_once

    target = share / "team" / file_name(roster)
    publish_once(target, roster.blob, share=share)
    return target


def republish(paths: AppPaths, share: Path, db: Database) -> bool:
    """A coordinator's held roster that is not on the share yet (publishing failed when it was
    made, or the file was removed) is put there at the next sync. True when written now."""
    held = current(paths)
    if held is None or not held.blob:
        return False
    me = held.by_team_key(trust.team_public(db))
    if me is None or not me.is_coordinator:
        return False
    if (share / "team" / file_name(held)).is_file():
        return False
    publish(share, held)
    return True


_SHARE_COPY = re.compile(r"-[0-9a-f]{16}$")  # certificates earlier versions copied from the share


def local_trust(paths: AppPaths) -> TrustSet:
    """Whose signatures this app calls known: the active members of the roster it holds, and
    the user's own certificates (`trust/<user-id>.crt`). Certificates that earlier versions
    copied from the share (`<user>-<fingerprint>.crt`) count for nothing."""
    held = current(paths)
    base = held.trust_set() if held else TrustSet()
    folder = trust_dir(paths)
    own = []
    for path in sorted(folder.glob("*.crt")) if folder.is_dir() else []:
        if not _SHARE_COPY.search(path.stem):
            with contextlib.suppress(OSError, ValueError):
                own.append(x509.load_pem_x509_certificate(path.read_bytes()))
    return base.merged(own, local=True)  # an organisation CA may be configured here


# ----------------------------------------------------------------------------- requests


@dataclass(frozen=True)
class Request:
    """An enrolment request from `reviewers/`, its signature checked (not yet trusted)."""

    member: Member
    kind: str  # new | new_key | new_certificates | changed_fields | approved
    file: str
    # other people (user ids) on the roster or among the requests with the same name: an
    # impostor's request looks exactly like the colleague's, only the code tells them apart
    same_name: tuple[str, ...] = ()
    # every field that differs from the member's roster entry: (field, roster, request)
    changes: tuple[tuple[str, str, str], ...] = ()

    @property
    def fingerprint(self) -> str:
        return self.member.fingerprint

    @property
    def short_code(self) -> str:
        return self.member.short_code


# what a request may ask for but an approval never takes from it: a role or a name is the
# team's decision (`set_role`), never the member's own
IDENTITY_FIELDS = ("name", "initials", "organisation", "role")


def differences(known: Member, wanted: Member) -> tuple[tuple[str, str, str], ...]:
    """Every field of a request that differs from the roster entry: (field, roster, request);
    keys by fingerprint, certificates by the fingerprints the request adds."""
    out = [
        (f, str(getattr(known, f)), str(getattr(wanted, f)))
        for f in IDENTITY_FIELDS
        if getattr(known, f) != getattr(wanted, f)
    ]
    if known.team_key != wanted.team_key:
        out.append(("team_key", known.fingerprint, wanted.fingerprint))
    if known.x25519 != wanted.x25519:
        out.append(("x25519", known.x25519, wanted.x25519))
    new = sorted(set(wanted.cert_fingerprints()) - set(known.cert_fingerprints()))
    if new:
        out.append(("certificates", "", ", ".join(new)))
    if not known.active:
        out.append(("revoked_at", str(known.revoked_at), ""))
    return tuple(out)


def my_request(db: Database, profile: Profile, certificates: list[str]) -> bytes:
    from udsat_desktop.sync import sealed
    from udsat_desktop.sync.engine import encryption_key

    payload = {
        "user_id": profile.user_id,
        "name": profile.name,
        "initials": profile.initials,
        "organisation": profile.organisation.value,
        "role": profile.role.value,
        "x25519": b64(sealed.public_of(encryption_key(db))),
        "certificates": certificates,
    }
    return trust.seal_envelope(db, REQUEST_KIND, payload)


def read_request(path: Path) -> Member:
    payload, signer = trust.open_envelope(_read(path, 256 << 10), REQUEST_KIND)
    if payload.get("user_id") != path.stem:
        raise TrustError(Msg("filnavnet passer ikke til brugeren"))
    if payload.get("role") not in ("reviewer", "coordinator"):
        raise TrustError(Msg("ukendt rolle"))
    certs = payload.get("certificates")
    if not isinstance(certs, list):
        raise TrustError(Msg("mangler certifikater"))
    return Member.from_json(
        {**payload, "team_key": b64(signer), "valid_from": _now(), "certificates": certs}
    )


def requests(share: Path, roster: Roster | None) -> tuple[list[Request], list[tuple[str, str]]]:
    """Every readable request in reviewers/ and how it relates to the roster; the unreadable
    ones with the reason."""
    found, problems = [], []
    folder = share / "reviewers"
    if not folder.is_dir():
        return [], []
    for path in sorted(folder.glob("*.json")):
        if path.name.startswith("."):
            continue
        try:
            member = read_request(path)
        except (OSError, TrustError) as exc:
            problems.append((path.name, message_of(exc)))
            continue
        known = roster.member(member.user_id) if roster else None
        changes = differences(known, member) if known is not None else ()
        if known is None:
            kind = "new"
        elif known.team_key != member.team_key or not known.active:
            kind = "new_key"
        elif (
            set(member.cert_fingerprints()) - set(known.cert_fingerprints())
            or known.x25519 != member.x25519
        ):
            kind = "new_certificates"
        elif changes:
            kind = "changed_fields"  # a name or role asked for: shown, never taken
        else:
            kind = "approved"
        found.append(Request(member, kind, path.name, changes=changes))
    names: dict[str, set[str]] = {}
    for person in [*(roster.members if roster else ()), *(r.member for r in found)]:
        names.setdefault(" ".join(person.name.casefold().split()), set()).add(person.user_id)
    found = [
        dataclasses.replace(
            r,
            same_name=tuple(
                sorted(names[" ".join(r.member.name.casefold().split())] - {r.member.user_id})
            ),
        )
        for r in found
    ]
    return found, problems


# ----------------------------------------------------------------------------- coordinator


def _sign(db: Database, roster: Roster) -> Roster:
    blob = trust.seal_envelope(db, ROSTER_KIND, roster.payload())
    return dataclasses.replace(roster, blob=blob)


def _self_member(db: Database, profile: Profile, certificates: list[str]) -> Member:
    from udsat_desktop.sync import sealed
    from udsat_desktop.sync.engine import encryption_key

    return Member(
        profile.user_id,
        profile.name,
        profile.initials,
        profile.organisation.value,
        profile.role.value,
        b64(trust.team_public(db)),
        b64(sealed.public_of(encryption_key(db))),
        tuple(certificates),
        _now(),
    )


def editable(db: Database, paths: AppPaths, profile: Profile, certificates: list[str]) -> Roster:
    """The roster this coordinator may change: the one held, when they are a coordinator in
    it (the roster decides, not the profile); a first roster with only them when there is
    none and they have pinned nobody."""
    from udsat_desktop.core.status import require_coordinator

    held = current(paths)
    me = held.by_team_key(trust.team_public(db)) if held is not None else None
    if me is None or not me.is_coordinator:
        # the signed roster decides who is a coordinator (a colleague the team made one is,
        # whatever her own profile says); without one, only a coordinator's install starts it
        require_coordinator(profile.role, "ændre teamets holdliste")
    if held is None:
        mine = trust.my_fingerprint(db)
        if any(not mine.startswith(p) for p in pinned(paths)):
            raise RosterError(Msg("Programmet har endnu ikke teamets holdliste: synkronisér først"))
        return Roster(0, _now(), profile.user_id, (_self_member(db, profile, certificates),))
    me = held.by_team_key(trust.team_public(db))
    if me is None or not me.is_coordinator:
        raise RosterError(Msg("Du er ikke koordinator på teamets holdliste og kan ikke ændre den"))
    _not_while_pending(paths, held)
    return held


def _not_while_pending(paths: AppPaths, held: Roster) -> None:
    """A coordinator whose removal waits for her decision signs no roster of her own (it
    would fork the team's roster)."""
    waiting = pending(paths)
    if waiting is not None and waiting.version > held.version:
        raise RosterError(
            Msg(
                "Holdliste version {version} fjerner dig som koordinator og venter på din "
                "beslutning: bekræft den med `udsat team confirm-roster {version}`, eller tal "
                "med teamet, før du ændrer holdlisten",
                version=waiting.version,
            )
        )


def _commit(
    db: Database,
    paths: AppPaths,
    profile: Profile,
    roster: Roster,
    members: list[Member],
    share: Path | None,
) -> Roster:
    from udsat_desktop.sync.share import known_share_id

    if roster.version:
        _not_while_pending(paths, roster)
    # the share this coordinator syncs with is the team's: its id is part of what she signs
    share_id = known_share_id(paths.config) or roster.share_id
    new = _sign(
        db,
        Roster(roster.version + 1, _now(), profile.user_id, tuple(members), share_id=share_id),
    )
    pin(paths, trust.my_fingerprint(db))
    _store(paths, new)
    if share is not None:
        from udsat_desktop.sync.share import ShareError

        try:
            publish(share, new)
        except ShareError as exc:
            # kept here and put on the share by the next sync (`republish`)
            raise RosterError(
                Msg(
                    "Holdlisten (version {version}) er gemt, men kunne ikke "
                    "lægges på fællesmappen: {reason}. Den lægges der ved næste "
                    "synkronisering.",
                    version=new.version,
                    reason=str(exc),
                )
            ) from None
    return new


def start_roster(
    db: Database, paths: AppPaths, profile: Profile, first: Roster, share: Path | None
) -> Roster:
    """Sign and keep the team's first roster (a coordinator alone on it) and publish it."""
    return _commit(db, paths, profile, first, list(first.members), share)


def approve(
    db: Database,
    paths: AppPaths,
    profile: Profile,
    share: Path,
    user_id: str,
    typed_fingerprint: str,
    certificates: list[str],
) -> tuple[Roster, Member]:
    """Add (or update) a member from their request after the coordinator compared the
    fingerprint. A new key for a known member (a new laptop) replaces the keys; the old
    certificates stay, so what they signed before still verifies."""
    roster = editable(db, paths, profile, certificates)
    path = share / "reviewers" / f"{user_id}.json"
    if not _USER_ID.match(user_id) or not path.exists():
        raise RosterError(
            Msg("Der er ingen anmodning fra {user_id} på fællesmappen", user_id=user_id)
        )
    try:
        wanted = read_request(path)
    except (OSError, TrustError) as exc:
        raise RosterError(
            Msg(
                "Anmodningen fra {user_id} kan ikke bruges: {reason}",
                user_id=user_id,
                reason=message_of(exc),
            )
        ) from None
    try:
        same = trust.matches(wanted.fingerprint, typed_fingerprint)
    except TrustError as exc:
        raise RosterError(str(exc)) from None
    if not same:
        # the request's own code is not repeated here: it would invite pasting it instead of
        # comparing it with the colleague's screen
        raise RosterError(
            Msg(
                "Koden passer ikke til anmodningen fra {user_id}: anmodningen "
                "er ikke godkendt. Bed kollegaen læse koden op fra sin egen "
                "skærm.",
                user_id=user_id,
            )
        )
    others = {
        fp: m.user_id
        for m in roster.members
        if m.user_id != user_id
        for fp in m.cert_fingerprints()
    }
    if any(fp in others for fp in wanted.cert_fingerprints()) or any(
        m.team_key == wanted.team_key for m in roster.members if m.user_id != user_id
    ):
        raise RosterError(
            Msg("Anmodningen fra {user_id} bruger en anden medarbejders nøgle", user_id=user_id)
        )
    old = roster.member(user_id)
    if old is not None and not [
        f for f, _a, _b in differences(old, wanted) if f not in IDENTITY_FIELDS
    ]:
        # only a name or a role differs: an approval never takes those from a request
        raise RosterError(
            Msg(
                "Anmodningen fra {user_id} har ingen nye nøgler at godkende; "  # not a count
                "navn og rolle "
                "overtages aldrig fra en anmodning (en koordinator ændrer en rolle med "
                "`udsat team role`)",
                user_id=user_id,
            )
        )
    certs = list(old.certificates) if old else []
    certs += [c for c in wanted.certificates if c not in certs]
    member = dataclasses.replace(
        wanted,
        certificates=tuple(certs[-MAX_CERTS:]),
        valid_from=old.valid_from if old and old.team_key == wanted.team_key else _now(),
        revoked_at=None,
    )
    if old is not None:
        # a known member's request brings keys (a new laptop, a new certificate); who they
        # are and their role stay what the team decided
        member = dataclasses.replace(
            member, **{f: getattr(old, f) for f in ("user_id", *IDENTITY_FIELDS)}
        )
    members = [m for m in roster.members if m.user_id != user_id] + [member]
    return _commit(db, paths, profile, roster, members, share), member


def set_role(
    db: Database,
    paths: AppPaths,
    profile: Profile,
    share: Path | None,
    user_id: str,
    role: str,
    certificates: list[str],
) -> tuple[Roster, Member]:
    """A coordinator's explicit act: `user_id` becomes a coordinator or a reviewer. The only
    way a role changes (a request never changes one); a change of the set of coordinators
    reaches a member only when she has pinned the coordinator who signed it."""
    if role not in ("reviewer", "coordinator"):
        raise RosterError(Msg("Ukendt rolle: {role} (reviewer eller coordinator)", role=role))
    roster = editable(db, paths, profile, certificates)
    member = roster.member(user_id)
    if member is None:
        raise RosterError(Msg("{user_id} er ikke på teamets holdliste", user_id=user_id))
    if not member.active:
        raise RosterError(Msg("{user_id} er tilbagekaldt", user_id=user_id))
    if member.team_key == b64(trust.team_public(db)):
        raise RosterError(Msg("Du kan ikke ændre din egen rolle"))
    if member.role == role:
        raise RosterError(Msg("{user_id} har allerede rollen {role}", user_id=user_id, role=role))
    changed = dataclasses.replace(member, role=role)
    members = [changed if m.user_id == user_id else m for m in roster.members]
    return _commit(db, paths, profile, roster, members, share), changed


def revoke(
    db: Database,
    paths: AppPaths,
    profile: Profile,
    share: Path | None,
    user_id: str,
    certificates: list[str],
) -> Roster:
    roster = editable(db, paths, profile, certificates)
    member = roster.member(user_id)
    if member is None:
        raise RosterError(Msg("{user_id} er ikke på teamets holdliste", user_id=user_id))
    if not member.active:
        raise RosterError(Msg("{user_id} er allerede tilbagekaldt", user_id=user_id))
    if member.team_key == b64(trust.team_public(db)):
        raise RosterError(Msg("Du kan ikke tilbagekalde dig selv"))
    members = [
        # to the microsecond: what the coordinator's app received of the member's published
        # list just before this (sync/published.py) must come before it, within one second too
        dataclasses.replace(
            m, revoked_at=dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")
        )
        if m.user_id == user_id
        else m
        for m in roster.members
    ]
    return _commit(db, paths, profile, roster, members, share)


def signs_share(paths: AppPaths, share: Path, share_id: str) -> bool:
    """Whether a coordinator this app trusts has signed `share_id` as the team's share: the
    roster held names it, or a newer roster in `share` does whose signer is a coordinator of
    the held roster or one the user pinned (the team moved; the next sync takes that roster
    the ordinary way). Nothing is stored here."""
    held = current(paths)
    if held is not None and held.share_id == share_id:
        return True
    trusted = held.coordinator_fingerprints() if held is not None else set()
    pins = pinned(paths)
    for path, version in roster_files(share):
        if held is not None and version <= held.version:
            continue
        with contextlib.suppress(OSError, TrustError):
            payload, signer = trust.open_envelope(_read(path), ROSTER_KIND)
            fp = fingerprint(signer)
            if payload.get("share_id") == share_id and (
                fp in trusted or any(fp.startswith(p) for p in pins)
            ):
                return True
    return False


def adopt_share(paths: AppPaths, share: Path, *, new_share: bool = False) -> str:
    """`udsat config --share` and the settings' Gem: set the folder up as the share (the
    marker, made once) and remember its id. A folder marked as another share than the one
    this data folder syncs with is adopted only when a trusted coordinator signed its id in
    a roster (the team moved); a forged or copied marker is refused and never adopted."""
    from udsat_desktop.sync.share import (
        NotTheTeamsShare,
        known_share_id,
        marker_id,
        remember_share_id,
        set_up_share,
    )

    known = known_share_id(paths.config)
    held = current(paths)
    fresh = new_share and marker_id(share) is None  # the team moves to a new, empty share
    found = set_up_share(share, known=known, new_share=new_share)
    signed = held.share_id if held is not None else ""
    other = (known is not None and found != known) or (signed and found != signed)
    # a share made just now with --new-share is the user's explicit act; a member's app
    # still sends nothing there until a coordinator signs its id (`signed_share_id`)
    if other and not fresh and not signs_share(paths, share, found):
        raise NotTheTeamsShare(
            Msg(
                "{path} er ikke teamets fællesmappe: mærkefilen er en anden end den, "
                "programmet synkroniserer med, og ingen koordinator, du har godkendt, har "
                "underskrevet den i holdlisten. Den er ikke taget i brug. Er teamets "
                "fællesmappe flyttet, så tal med koordinatoren.",
                path=share,
            )
        )
    remember_share_id(paths.config, found)
    return found


def sign_share_id(
    db: Database, paths: AppPaths, profile: Profile, share: Path, share_id: str
) -> Roster | None:
    """A coordinator's roster that does not name the share she syncs with (a roster of
    before share ids were signed, or the team moved with `--new-share`) is signed again with
    it, so every member can tell the team's share from a look-alike."""
    held = current(paths)
    if held is None or held.share_id == share_id:
        return None
    mine = held.by_team_key(trust.team_public(db))
    if mine is None or not mine.is_coordinator:
        return None
    return _commit(db, paths, profile, held, list(held.members), share)


def add_own_certificates(
    db: Database, paths: AppPaths, profile: Profile, share: Path | None, certificates: list[str]
) -> Roster | None:
    """A coordinator's own new signing certificate goes on the roster they keep."""
    held = current(paths)
    if held is None or profile.role.value != "coordinator":
        return None
    mine = held.by_team_key(trust.team_public(db))
    if mine is None or not mine.is_coordinator:
        return None
    missing = [c for c in certificates if c not in mine.certificates]
    if not missing:
        return None
    updated = dataclasses.replace(mine, certificates=(*mine.certificates, *missing)[-MAX_CERTS:])
    members = [updated if m.user_id == mine.user_id else m for m in held.members]
    return _commit(db, paths, profile, held, members, share)


def absorb_new_certificates(
    db: Database, paths: AppPaths, profile: Profile, share: Path
) -> Roster | None:
    """A member's new signing certificate (their first key, or one from the organisation),
    requested with the team key the roster already holds for them, joins their entry: the
    approved team key vouches for it. A new team key (a new laptop) still needs approval."""
    held = current(paths)
    if held is None or profile.role.value != "coordinator":
        return None
    mine = held.by_team_key(trust.team_public(db))
    if mine is None or not mine.is_coordinator:
        return None
    found, _problems = requests(share, held)
    changed = {}
    taken = {fp: m.user_id for m in held.members for fp in m.cert_fingerprints()}
    for request in found:
        known = held.member(request.member.user_id)
        if (
            request.kind != "new_certificates"
            or known is None
            or known.x25519 != request.member.x25519
        ):
            continue
        new = [
            pem
            for pem, fp in zip(
                request.member.certificates, request.member.cert_fingerprints(), strict=False
            )
            if fp not in taken
        ]
        if new:
            changed[known.user_id] = dataclasses.replace(
                known, certificates=(*known.certificates, *new)[-MAX_CERTS:]
            )
    if not changed:
        return None
    members = [changed.get(m.user_id, m) for m in held.members]
    return _commit(db, paths, profile, held, members, share)
