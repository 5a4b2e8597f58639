"""The local truth: the coordinators' team keys this app pinned, the roster it accepted
(`<data>/trust/roster.json`), a roster that demotes this coordinator waiting for her to
confirm, and accepting a newer roster. The certificates trusted locally are in `certs`.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from udsat_desktop.core.text import Msg
from udsat_desktop.platform.fsutil import write_atomic
from udsat_desktop.platform.paths import AppPaths
from udsat_desktop.platform.settings import load_machine_settings
from udsat_desktop.store.db import Database
from udsat_desktop.sync import trust
from udsat_desktop.sync.roster.model import (
    ROSTER_KIND,
    CoordinatorChange,
    OwnDemotion,
    Roster,
    RosterError,
    coordinator_change,
)
from udsat_desktop.sync.trust import TrustError, fingerprint

log = logging.getLogger(__name__)


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


def pin_machine_coordinator(paths: AppPaths) -> str | None:
    """At a new user's first start: the coordinator's code IT pre-set machine-wide
    (`platform.settings.MachineSettings`), pinned as `udsat init --coordinator CODE` pins it.
    A pin only says whose rosters this user trusts; it grants no one a role. A code that is
    no code is logged and left out (the user then pins at the first sync, as without it)."""
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


def current(paths: AppPaths | Database) -> Roster | None:
    """The roster this app holds (re-checked: a damaged file is no roster)."""
    try:
        blob = (trust_dir(paths) / "roster.json").read_bytes()
        payload, _signer = trust.open_envelope(blob, ROSTER_KIND)
        return Roster.from_payload(payload, blob, held=True)
    except FileNotFoundError:
        return None
    except (OSError, TrustError):
        log.warning("the local roster is unreadable; ignored")
        return None


def _store(paths: AppPaths, roster: Roster) -> None:
    folder = trust_dir(paths)
    folder.mkdir(parents=True, exist_ok=True)
    write_atomic(folder / "roster.json", roster.blob, mode=0o600)


PENDING = "pending-roster.json"  # a roster that demotes this coordinator, until she confirms


def pending(paths: AppPaths) -> Roster | None:
    """The roster held aside because it takes this coordinator's role away."""
    try:
        blob = _read_local(trust_dir(paths) / PENDING)
        payload, _signer = trust.open_envelope(blob, ROSTER_KIND)
        return Roster.from_payload(payload, blob, held=True)  # kept aside by `accept`
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
