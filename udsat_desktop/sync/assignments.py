"""Assignments of cases: a coordinator's signed, sealed assignment files on the share, and
pulling those addressed to me (with the handovers of my cases to others).
"""

from __future__ import annotations

import datetime as dt
import errno
import json
import secrets
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from udsat_desktop.core import bounded_json
from udsat_desktop.core.status import require_coordinator
from udsat_desktop.core.text import Msg, message_of
from udsat_desktop.platform.paths import AppPaths
from udsat_desktop.store import sync_state as state
from udsat_desktop.store import sync_work as work
from udsat_desktop.store.conflicts import record_handover
from udsat_desktop.store.db import Database
from udsat_desktop.store.queue import Profile
from udsat_desktop.store.sync_work import CASE_FIELDS
from udsat_desktop.sync import sealed, trust
from udsat_desktop.sync.keys import encryption_key
from udsat_desktop.sync.layout import (
    ASSIGNMENT_FORMAT,
    CASE_KEY,
    _now_iso,
    _safe_parts,
    is_batch_name,
    not_a_batch,
)
from udsat_desktop.sync.report import (
    SyncReport,
    _fingerprint,
    _refuse,
    _refused,
    _rel,
    list_once,
    listed_whole,
    recheck_in_turn,
    refuse_by_name,
    to_open,
)
from udsat_desktop.sync.roster.pins import current
from udsat_desktop.sync.share.errors import HostileFile, ShareError
from udsat_desktop.sync.share.publish import publish_once
from udsat_desktop.sync.share.read import LIMITS, read_share_file

# ----------------------------------------------------------------------------- assignments

ASSIGNMENT_KIND = "udsat-assignment/1"
MAX_ASSIGNMENT = 32 << 20


def assign_cases(
    db: Database,
    profile: Profile,
    share: Path,
    to_user: str,
    case_keys: Iterable[str],
    paths: AppPaths | None = None,
) -> tuple[Path, int]:
    """Assign cases to a reviewer: locally, and as a file only that reviewer can open, sealed
    to the X25519 key the roster holds for them (never one read from the share) and signed
    with my team key (the reviewer accepts it only from a roster coordinator)."""
    require_coordinator(profile.role, "tildele sager")
    keys = list(dict.fromkeys(case_keys))
    held = current(paths if paths is not None else db)
    member = held.member(to_user) if held else None
    if held is None or member is None or not member.active:
        raise ShareError(
            Msg(
                "{to_user} er ikke godkendt på teamets holdliste (en koordinator godkender "
                "anmodningen under Team → Medlemmer)",
                to_user=to_user,
            )
        )
    me = held.by_team_key(trust.team_public(db))
    if me is None or not me.is_coordinator:
        raise ShareError(
            Msg("Du er ikke koordinator på teamets holdliste og kan ikke tildele sager")
        )
    case_ids, cases = work.cases_to_assign(db, keys)
    # whom each case is taken from: told in a batch of their own (below)
    previous = {
        key: user
        for key, user in work.assigned_reviewers(db, keys).items()
        if user and user != to_user
    }
    batch = f"{dt.datetime.now(dt.UTC):%Y%m%dT%H%M%S}-{secrets.token_hex(3)}"
    header = {
        "format": ASSIGNMENT_FORMAT,
        "batch": batch,
        "to": to_user,
        "from": me.user_id,
        "created": _now_iso(),
    }
    blob = sealed.seal(
        member.x25519_bytes(),
        json.dumps({"cases": cases}, ensure_ascii=False).encode("utf-8"),
        header,
    )
    signed = trust.seal_envelope(
        db, ASSIGNMENT_KIND, {"to": to_user, "batch": batch, "sealed": trust.b64(blob)}
    )
    _safe_parts(to_user)
    target = share / "assignments" / to_user / f"{batch}.json"
    publish_once(target, signed, share=share)
    work.record_assignment(db, case_ids, to_user, batch, profile.user_id)
    _tell_previous(db, held, me.user_id, share, to_user, previous)
    return target, len(case_ids)


def _tell_previous(
    db: Database, held: Any, sender: str, share: Path, to_user: str, previous: dict[str, str]
) -> None:
    """Each reviewer a case is taken from gets a batch of their own (sealed to them, signed
    like any assignment) saying which case went to whom, when: their app shows it, keeps
    their draft and asks before they sign it (issue 29). An older app reads it as a batch
    without cases."""
    by_user: dict[str, list[str]] = {}
    for key, user in previous.items():
        by_user.setdefault(user, []).append(key)
    for user, keys in sorted(by_user.items()):
        member = held.member(user)
        if member is None or not member.active:
            continue  # no longer on the team: nothing is sealed to them
        now = _now_iso()
        batch = f"{dt.datetime.now(dt.UTC):%Y%m%dT%H%M%S}-{secrets.token_hex(3)}"
        header = {
            "format": ASSIGNMENT_FORMAT,
            "batch": batch,
            "to": user,
            "from": sender,
            "created": now,
        }
        body = {
            "cases": [],
            "withdrawn": [{"case_key": k, "to": to_user, "at": now} for k in keys],
        }
        blob = sealed.seal(
            member.x25519_bytes(), json.dumps(body, ensure_ascii=False).encode("utf-8"), header
        )
        signed = trust.seal_envelope(
            db, ASSIGNMENT_KIND, {"to": user, "batch": batch, "sealed": trust.b64(blob)}
        )
        _safe_parts(user)
        publish_once(share / "assignments" / user / f"{batch}.json", signed, share=share)


def _open_assignment(
    db: Database, profile: Profile, path: Path, blob: bytes
) -> tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, str]]]:
    """The header and cases of a batch whose signature is a roster coordinator's and which
    is sealed to me; TrustError or SealError saying why not."""
    payload, signer = trust.open_envelope(blob, ASSIGNMENT_KIND)
    held = current(db)
    sender = held.by_team_key(signer) if held else None
    if sender is None or not sender.is_coordinator:
        raise trust.TrustError(Msg("afsenderen er ikke koordinator på teamets holdliste"))
    if payload.get("to") != profile.user_id or f"{payload.get('batch')}.json" != path.name:
        raise trust.TrustError(Msg("tildelt en anden bruger"))
    header, plain = sealed.open_sealed(encryption_key(db), trust.unb64(payload.get("sealed")))
    if (header.get("to"), header.get("from"), header.get("batch")) != (
        profile.user_id,
        sender.user_id,
        payload.get("batch"),
    ):
        raise trust.TrustError(Msg("afsender eller modtager passer ikke til underskriften"))
    try:
        body = bounded_json.loads(plain, max_bytes=LIMITS["assignment"])
        cases = body["cases"]
        withdrawn = body.get("withdrawn", [])
    except (ValueError, KeyError, TypeError, AttributeError):
        raise trust.TrustError(Msg("indholdet er beskadiget")) from None
    if not isinstance(cases, list) or not all(_valid_case(c) for c in cases):
        raise trust.TrustError(Msg("ugyldig sag i tildelingen (sagsnøgle eller felter)"))
    if not isinstance(withdrawn, list) or not all(_valid_handover(w) for w in withdrawn):
        raise trust.TrustError(Msg("ugyldig overdragelse i tildelingen"))
    return header, cases, withdrawn


def _valid_handover(item: Any) -> bool:
    if not isinstance(item, dict) or not CASE_KEY.match(str(item.get("case_key", ""))):
        return False
    if not isinstance(item.get("to"), str) or not item["to"]:
        return False
    try:
        dt.datetime.fromisoformat(str(item.get("at")))
    except ValueError:
        return False
    return True


def _valid_case(item: Any) -> bool:

    if not isinstance(item, dict) or not CASE_KEY.match(str(item.get("case_key", ""))):
        return False
    if not isinstance(item.get("cpr"), str) or not isinstance(item.get("name"), str):
        return False
    for key in ("deadline", "start_date"):
        value = item.get(key)
        if value is not None:
            try:
                dt.date.fromisoformat(value)
            except (TypeError, ValueError):
                return False
    return all(isinstance(item.get(f), str | int | float | bool | None) for f in CASE_FIELDS)


def pull_assignments(db: Database, profile: Profile, share: Path, report: SyncReport) -> None:
    """Bring my assignments into the local queue ("Hent mine sager"); each batch once. A file
    that is not a coordinator's signed batch for me is one line in the report; the rest of the
    sync goes on."""
    folder = share / "assignments" / profile.user_id
    try:
        # one listing a run, shared with the check for work (sync/waiting.py), without a
        # stat of each file: those named as no batch is are refused by name, the others
        # looked at only when they are to be opened (issue 31)
        entries, refused = list_once(folder, share)
    except ShareError as exc:
        if exc.errno != errno.ENOTDIR:
            raise
        _refused(db, report, _rel(share, folder), str(exc))  # a link or a file, not a folder
        return
    listed_whole(share, folder, entries, refused)
    for rel, why in refused:
        _refused(db, report, _rel(share, rel), why)
    done = work.pulled_batches(db)
    quarantined = state.quarantined(db)
    recheck_in_turn(
        share,
        folder,
        [e for e in entries if not e.is_dir and is_batch_name(e.name) and e.name not in done],
    )
    for listed in entries:
        if not listed.is_dir and not is_batch_name(listed.name):  # not read, not looked at
            refuse_by_name(db, report, share, listed, not_a_batch)
            continue
        if not listed.name.endswith(".json") or listed.name in done:
            continue
        if listed.is_dir:
            _refused(
                db,
                report,
                _rel(share, listed.text),
                Msg("{name} på fællesmappen er afvist: en mappe med et filnavn", name=listed.name),
            )
            continue
        entry = to_open(listed, share, report, quarantined)
        if entry is None:
            continue  # refused before (named as known), or past this run's budget: next time
        path = entry.path
        try:
            blob = read_share_file(path, "assignment", share=share)
        except HostileFile as exc:
            _refused(db, report, _rel(share, path), str(exc), _fingerprint(entry))
            continue
        try:
            header, cases, withdrawn = _open_assignment(db, profile, path, blob)
            count = work.take_assigned_cases(db, profile, path.name, cases, header)
            _take_handovers(db, profile, header, withdrawn, report)
        except (OSError, sealed.SealError, trust.TrustError, ValueError, TypeError) as exc:
            _refuse(
                db,
                report,
                _rel(share, path),
                Msg("tildelingen afvist: {problem}", problem=message_of(exc)),
                profile,
            )
            continue
        report.assignments += 1
        report.assigned_cases += count


def _take_handovers(
    db: Database,
    profile: Profile,
    header: dict[str, Any],
    withdrawn: list[dict[str, str]],
    report: SyncReport,
) -> None:
    """Cases a coordinator took from me and gave to someone else: kept (store/conflicts.py),
    audited and told in the report. My draft stays; signing it asks first."""
    for item in withdrawn:
        if record_handover(
            db,
            profile.user_id,
            item["case_key"],
            item["to"],
            str(header.get("from")),
            item["at"],
            str(header.get("batch")),
        ):
            report.handovers.append(
                {
                    "case_key": item["case_key"],
                    "to": item["to"],
                    "by": str(header.get("from")),
                    "at": item["at"],
                }
            )
