"""`udsat team ...`: the team roster, enrolment requests, approving and revoking members,
and trusting the coordinator's key."""

from __future__ import annotations

import argparse
from typing import Any

from udsat_desktop.cli_common import (
    CliError,
    emit,
    open_store,
    share_of,
)
from udsat_desktop.cli_team_list import member_json as _member_json
from udsat_desktop.cli_team_list import show_list
from udsat_desktop.cli_team_share import join_share
from udsat_desktop.core.status import role_label
from udsat_desktop.platform.paths import AppPaths
from udsat_desktop.store import audit_append as audit
from udsat_desktop.store.db import Database
from udsat_desktop.store.queue import Profile
from udsat_desktop.store.sync_state import audit_refused
from udsat_desktop.sync import roster, trust
from udsat_desktop.sync.identity import (
    own_certificates,
    refresh_trust,
)
from udsat_desktop.sync.published_held import take_lists_now
from udsat_desktop.sync.roster import enrolment
from udsat_desktop.sync.share import ShareError, check_share


# Complexity (C901): one flat branch per `udsat team` subcommand.
def cmd_team(args: argparse.Namespace, paths: AppPaths) -> int:

    db, profile = open_store(paths)
    try:
        command = args.team_command
        if command == "trust-coordinator":
            try:
                roster.pin(paths, args.fingerprint)
            except trust.TrustError as exc:
                raise CliError(str(exc)) from None
            version = 0
            share_path = share_of(args, paths)
            if share_path is not None:
                try:
                    version = refresh_trust(db, paths, check_share(share_path))
                except ShareError:
                    version = 0
            pinned = trust.normalise(args.fingerprint)
            _audit(db, profile, "team.trust_coordinator", fingerprint=pinned)
            data = {"pinned": pinned, "code": trust.short_code(pinned), "roster_version": version}
            emit(
                args,
                data,
                lambda: (
                    f"Koordinatoren med koden {data['code']} er godkendt på "
                    "denne computer"
                    + (f"; holdliste version {version} modtaget" if version else "")
                ),
            )
            return 0
        share = join_share(
            db, paths, profile, share_of(args, paths), required=command in ("requests", "approve")
        )
        certs = own_certificates(paths, profile)
        mine_fp = trust.my_fingerprint(db)
        try:
            if command == "approve":
                assert share is not None
                before = roster.current(paths)
                new, member = enrolment.approve(
                    db, paths, profile, share, args.user_id, args.fingerprint, certs
                )
                _audit(
                    db,
                    profile,
                    "team.approve",
                    user=args.user_id,
                    role=member.role,
                    version=new.version,
                )
                change = roster.coordinator_change(before, new)
                data = {
                    "approved": member.user_id,
                    "code": member.short_code,
                    "role": member.role,
                    "roster_version": new.version,
                    "coordinators_changed": change.to_json() if change else None,
                }
                emit(
                    args,
                    data,
                    lambda: (
                        f"{member.name} ({member.user_id}, kode "
                        f"{member.short_code}) er godkendt som "
                        + ("koordinator" if member.role == "coordinator" else "gennemgår sager")
                        + f"; holdliste version {new.version}"
                    ),
                )
                return 0
            if command == "role":
                before = roster.current(paths)
                new, member = enrolment.set_role(
                    db, paths, profile, share, args.user_id, args.role, certs
                )
                change = roster.coordinator_change(before, new)
                _audit(
                    db,
                    profile,
                    "team.role",
                    user=args.user_id,
                    role=args.role,
                    version=new.version,
                )
                data = {
                    "user_id": member.user_id,
                    "role": member.role,
                    "roster_version": new.version,
                    "coordinators_changed": change.to_json() if change else None,
                }
                label = "koordinator" if member.role == "coordinator" else "gennemgår sager"
                emit(
                    args,
                    data,
                    lambda: (
                        f"{member.name} ({member.user_id}) har nu rollen {label}; holdliste "
                        f"version {new.version}. Teamets koordinatorer er ændret: hvert medlem "
                        "får det at vide ved næste synkronisering."
                    ),
                )
                return 0
            if command == "confirm-roster":
                new, change = roster.confirm_pending(paths, args.version, mine_fp)
                _audit(db, profile, "team.confirm_roster", version=new.version)
                data = {
                    "roster_version": new.version,
                    "coordinators_changed": change.to_json() if change else None,
                }
                emit(
                    args,
                    data,
                    lambda: (
                        f"Holdliste version {new.version} er taget i brug"
                        + (f". {change.text()}" if change else "")
                    ),
                )
                return 0
            if command == "revoke":
                # what the member published up to now is held first: their signatures from
                # before the revocation stay valid by the order of that list (issue 28)
                take_lists_now(db, paths, share)
                new = enrolment.revoke(db, paths, profile, share, args.user_id, certs)
                _audit(db, profile, "team.revoke", user=args.user_id, version=new.version)
                data = {"revoked": args.user_id, "roster_version": new.version}
                emit(
                    args,
                    data,
                    lambda: f"{args.user_id} er tilbagekaldt; holdliste version {new.version}",
                )
                return 0
        except roster.RosterError as exc:
            raise CliError(str(exc)) from None
        held = roster.current(paths)
        mine = trust.my_fingerprint(db)
        if command == "requests":
            assert share is not None
            found, problems = enrolment.requests(share, held)

            for name, reason in problems:
                audit_refused(db, profile.user_id, f"reviewers/{name}", reason)
            open_ = [r for r in found if r.kind != "approved" and r.fingerprint != mine]
            data = {
                "requests": [_request_json(r) for r in open_],
                "problems": [{"file": n, "reason": m} for n, m in problems],
            }
            kinds = {
                "new": "ny",
                "new_key": "ny nøgle",
                "new_certificates": "nyt certifikat",
                "changed_fields": "ændrede oplysninger (overtages ikke ved godkendelse)",
            }
            emit(
                args,
                data,
                lambda: (
                    "\n".join(
                        [
                            f"{r.member.user_id}: {r.member.name} ({r.member.initials}, "
                            f"{r.member.organisation}, {role_label(r.member.role)}) — "
                            f"{kinds[r.kind]}, kode "
                            f"{r.short_code}"
                            + (
                                f" — OBS: samme navn som {', '.join(r.same_name)}; "
                                "sammenlign koden med kollegaens skærm"
                                if r.same_name
                                else ""
                            )
                            + "".join(
                                f"\n    {field}: {old or '-'} → {new or '-'}"
                                for field, old, new in r.changes
                            )
                            for r in open_
                        ]
                        or ["Ingen anmodninger"]
                    )
                    + "".join(f"\n  ulæselig: {n}: {m}" for n, m in problems)
                ),
            )
            return 0
        return show_list(args, paths, held, mine)
    finally:
        db.close()


def _request_json(request: Any) -> dict[str, Any]:
    return {
        **_member_json(request.member),
        "kind": request.kind,
        "file": request.file,
        "same_name": list(request.same_name),
        # every field that differs from the member's roster entry (empty for a new member)
        "changes": [
            {"field": field, "roster": old, "request": new} for field, old, new in request.changes
        ],
    }


def _audit(db: Database, profile: Profile, action: str, **details: Any) -> None:
    audit.append_now(db, profile.user_id, action, None, **details)
