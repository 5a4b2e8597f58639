"""`udsat team list`: the roster this app holds, this installation's code, the coordinators it
pinned. Without a share it only reads (the held roster, plain SQL for the team key's public
half): no SQLAlchemy, no share, enrolment, sealing or X.509 code (issue 34). With a share (given
or in the settings) it first publishes this member's request and takes a newer roster
(`cli_team_share`), as every `udsat team` command does."""

from __future__ import annotations

import argparse
from typing import Any

from udsat_desktop.cli_common import emit, open_store, share_of
from udsat_desktop.core.status import role_label
from udsat_desktop.platform.paths import AppPaths
from udsat_desktop.sync import roster, trust
from udsat_desktop.sync.roster import Member, Roster


def cmd_team_list(args: argparse.Namespace, paths: AppPaths) -> int:
    share_path = share_of(args, paths)
    db, profile = open_store(paths)
    try:
        if share_path is not None:
            # the share's modules (identity, enrolment, sealing, X.509): only with a share
            from udsat_desktop.cli_team_share import join_share  # lazy: team list start ~110 ms

            join_share(db, paths, profile, share_path, required=False)
        return show_list(args, paths, roster.current(paths), trust.my_fingerprint(db))
    finally:
        db.close()


def show_list(args: argparse.Namespace, paths: AppPaths, held: Roster | None, mine: str) -> int:
    members = [member_json(m) for m in held.members] if held else []
    data = {
        "version": held.version if held else 0,
        "members": members,
        "my_fingerprint": mine,
        "my_code": trust.short_code(mine),
        "pinned": sorted(roster.pinned(paths)),
        "share_id": held.share_id if held else "",
        # a roster that removes me as coordinator, waiting for `team confirm-roster`
        "pending_roster": waiting.version
        if (waiting := roster.pending(paths)) is not None
        and (held is None or waiting.version > held.version)
        else None,
    }
    emit(
        args,
        data,
        lambda: "\n".join(
            [f"Holdliste version {data['version']}; din kode: {data['my_code']}"]
            + (
                [
                    f"OBS: holdliste version {data['pending_roster']} fjerner dig som "
                    "koordinator og venter på din bekræftelse (`udsat team confirm-roster "
                    f"{data['pending_roster']}`)"
                ]
                if data["pending_roster"]
                else []
            )
            + [
                f"  {m['user_id']}: {m['name']} ({m['initials']}, {m['organisation']}, "
                f"{role_label(m['role'])}) kode {m['code']}"
                + (" — tilbagekaldt" if m["revoked_at"] else "")
                for m in members
            ]
        ),
    )
    return 0


def member_json(member: Member) -> dict[str, Any]:
    return {
        "user_id": member.user_id,
        "name": member.name,
        "initials": member.initials,
        "organisation": member.organisation,
        "role": member.role,
        "fingerprint": member.fingerprint,
        "code": member.short_code,
        "certificates": member.cert_fingerprints(),
        "valid_from": member.valid_from,
        "revoked_at": member.revoked_at,
    }
