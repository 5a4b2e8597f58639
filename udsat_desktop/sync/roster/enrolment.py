"""Enrolment and the coordinator's roster work: a member's signed request in reviewers/, the
requests waiting, and approving, changing roles, revoking, signing the share id and adding
certificates, each a new signed roster version.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from udsat_desktop.core.status import require_coordinator
from udsat_desktop.core.text import Msg, message_of
from udsat_desktop.platform.paths import AppPaths
from udsat_desktop.store.db import Database
from udsat_desktop.store.queue import Profile
from udsat_desktop.sync import sealed, trust
from udsat_desktop.sync.keys import encryption_key
from udsat_desktop.sync.roster.exchange import _read, publish
from udsat_desktop.sync.roster.model import (
    _USER_ID,
    MAX_CERTS,
    REQUEST_KIND,
    ROSTER_KIND,
    Member,
    Roster,
    RosterError,
    _now,
)
from udsat_desktop.sync.roster.pins import _store, current, pending, pin, pinned
from udsat_desktop.sync.share.errors import ShareError
from udsat_desktop.sync.share.marker import (
    known_share_id,
)
from udsat_desktop.sync.trust import TrustError, b64

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
