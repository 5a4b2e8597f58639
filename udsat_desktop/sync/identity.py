"""Who I am and whom I trust on the share: my enrolment request in reviewers/, the roster
refresh, the team, the share id my roster holds me to, a coordinator's own certificates on
the roster, and the Sealer for the roster this app holds.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from udsat_desktop.core.text import Msg
from udsat_desktop.platform.paths import AppPaths
from udsat_desktop.store import audit_append as audit
from udsat_desktop.store import sync_state as state
from udsat_desktop.store.db import Database
from udsat_desktop.store.queue import Profile
from udsat_desktop.sync import roster
from udsat_desktop.sync.keys import Sealer, seal_seed
from udsat_desktop.sync.refusals import is_known
from udsat_desktop.sync.report import SyncReport, _refuse, _refused
from udsat_desktop.sync.roster import trust_dir
from udsat_desktop.sync.roster.enrolment import (
    absorb_new_certificates,
    add_own_certificates,
    editable,
    my_request,
    sign_share_id,
    start_roster,
)
from udsat_desktop.sync.roster.exchange import candidates, refresh, republish, roster_files
from udsat_desktop.sync.roster.model import CoordinatorChange, RosterError
from udsat_desktop.sync.roster.pins import pending, pinned
from udsat_desktop.sync.share.errors import HostileFile, ShareError, _share_error
from udsat_desktop.sync.share.marker import known_share_id, marker_id
from udsat_desktop.sync.share.publish import publish_replace
from udsat_desktop.sync.share.read import read_share_file
from udsat_desktop.sync.trust import my_fingerprint, short_code
from udsat_desktop.sync.trust import team_public as my_public


def sealer(db: Database, paths: AppPaths | Database | None = None) -> Sealer | None:
    """A Sealer for the roster this app holds; None before it holds one (nothing goes to
    the share plain: the files wait)."""
    held = roster.current(paths if paths is not None else db)
    if held is None or not held.coordinators():
        return None
    return Sealer(held, seal_seed(db))


def own_certificates(paths: AppPaths, profile: Profile) -> list[str]:
    """My signing certificate(s) as PEM, for my enrolment request and the roster."""
    own = trust_dir(paths) / f"{profile.user_id}.crt"
    try:
        return [own.read_text(encoding="ascii")]
    except (OSError, UnicodeDecodeError):
        return []


def publish_identity(
    db: Database, paths: AppPaths, profile: Profile, share: Path, report: SyncReport | None = None
) -> None:
    """reviewers/<user>.json: my enrolment request (name, organisation, role, my public
    encryption key and signing certificate), signed with my team key. It is only a request:
    nothing about it is trusted until a coordinator approves it on the roster. A hostile file
    in place of mine (a folder, a FIFO, a link) is reported, not followed."""
    data = my_request(db, profile, own_certificates(paths, profile))
    target = share / "reviewers" / f"{profile.user_id}.json"
    try:
        try:
            current: bytes | None = read_share_file(target, "reviewer", share=share)
        except FileNotFoundError:
            current = None
        if current != data:
            publish_replace(target, data, share=share)
    except HostileFile as exc:
        _refused(db, report, f"reviewers/{target.name}", str(exc))
    except OSError as exc:
        raise _share_error(exc) from None


def refresh_trust(
    db: Database,
    paths: AppPaths,
    share: Path,
    report: SyncReport | None = None,
    profile: Profile | None = None,
) -> int:
    """Take every newer roster from the share that a trusted coordinator signed, and learn
    the team's names from it. Nothing in reviewers/ is trusted for being there. Returns the
    version held afterwards (0: none)."""
    changes: list[CoordinatorChange] = []
    held, problems = refresh(paths, share, me=my_fingerprint(db), changes=changes)
    for name, reason in problems:
        if is_known(reason):  # refused before, unchanged: in the report, nothing written
            if report is not None:
                report.refused.append((f"team/{name}", reason))
            continue
        _refuse(db, report, f"team/{name}", reason, profile)
    for change in changes:  # who decides changed: every member is told, and it is audited
        audit.append_now(
            db,
            profile.user_id if profile else "system",
            "team.coordinators_changed",
            None,
            **change.to_json(),
        )
        if report is not None:
            report.coordinators_changed.append({**change.to_json(), "text": change.text()})
    waiting = pending(paths)
    if (
        report is not None
        and waiting is not None
        and (held is None or waiting.version > held.version)
    ):
        # a roster that takes my coordinator role away waits for me: said at every sync
        signer = waiting.member(waiting.issued_by)
        report.own_demotion = {
            "version": waiting.version,
            "signed_by": waiting.issued_by,
            "text": Msg(
                "holdliste version {version}, underskrevet af {signer}, fjerner dig som "
                "koordinator og er ikke taget i brug: er det aftalt, så bekræft med "
                "`udsat team confirm-roster {version}`; ellers tal med {signer} og teamet",
                version=waiting.version,
                signer=signer.name if signer else waiting.issued_by,
            ),
        }
    if profile is not None and profile.role.value == "coordinator":
        # a roster this coordinator made that did not reach the share (squatted name before
        # names were content-derived, a share that failed) goes there now
        with contextlib.suppress(ShareError, RosterError):
            republish(paths, share, db)
    if held is None:
        if report is not None and not pinned(paths):
            report.coordinator_candidates = [
                {"fingerprint": fp, "code": short_code(fp), "name": name, "version": version}
                for fp, name, version in candidates(share)
            ]
        return 0
    if report is not None:
        report.roster_version = held.version
        mine = [m for m in held.members if profile is not None and m.user_id == profile.user_id]
        report.removed_from_team = bool(mine) and not any(m.active for m in mine)
    state.learn_team(db, [m.to_json() for m in held.members if m.active])
    return held.version


def team(paths: AppPaths) -> list[dict[str, Any]]:
    """The active members of the roster this app holds (never the files in reviewers/)."""
    held = roster.current(paths)
    return [m.to_json() for m in held.members if m.active] if held else []


def signed_share_id(db: Database, paths: AppPaths) -> str | None:
    """The share id the roster this app holds was signed with, which the share's marker
    must match; None when there is none to hold to (no roster, a roster of before share ids,
    or I am a coordinator on it: the share I set up or moved to is what I sign next)."""
    held = roster.current(paths)
    if held is None or not held.share_id:
        return None
    me = held.by_team_key(my_public(db))
    if me is not None and me.is_coordinator:
        return None
    return held.share_id


def absorb_own_certificates(db: Database, paths: AppPaths, profile: Profile, share: Path) -> None:
    """A coordinator's roster takes new signing certificates of known members (their own
    included) that came with the team key it already holds for them, and names the share
    she syncs with (its id is part of what she signs)."""
    with contextlib.suppress(RosterError, ShareError):
        if roster.current(paths) is None and not pinned(paths) and not roster_files(share):
            # a coordinator who has trusted no one and finds no team on the share starts the
            # team: the first roster, with only them on it, is what their own summaries are
            # sealed to until others join (a coordinator joining a team pins its coordinator)
            first = editable(db, paths, profile, own_certificates(paths, profile))
            start_roster(db, paths, profile, first, share)
        add_own_certificates(db, paths, profile, share, own_certificates(paths, profile))
        absorb_new_certificates(db, paths, profile, share)
        known = known_share_id(paths.config)
        if known is not None and marker_id(share) == known:
            sign_share_id(db, paths, profile, share, known)
