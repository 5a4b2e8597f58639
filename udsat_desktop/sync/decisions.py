"""A coordinator's decision on a conflict, as a file on the share (issue 29).

`decisions/<decision-id>.json`: the decision (case key, the review in force, the reviews it
overrules, the reason, who decided and when, the share's id) signed with the coordinator's
team key, then sealed to every active member of the roster, like the other coordinator files
(assignments are signed the same way; sealing is sync/sealed.py). Every member's sync reads
the folder: a decision counts only when its signer is an active coordinator on the roster
this app holds and names themself as the decider; anything else is refused, reported, kept
in the sync log and audited, and the rest of the sync goes on. The store keeps what it
accepted (store/conflicts.py), so nothing on the share is read twice.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from udsat_desktop.core.literals import SOURCE_LOCAL, SOURCE_SHARE
from udsat_desktop.core.status import NotAllowed, require_coordinator
from udsat_desktop.core.text import Msg, message_of
from udsat_desktop.platform.paths import AppPaths
from udsat_desktop.store import sync_state as state
from udsat_desktop.store.conflicts import (
    check_decision,
    known_decisions,
    mark_published,
    store_decision,
    unpublished_decisions,
)
from udsat_desktop.store.db import Database
from udsat_desktop.store.queue import Profile
from udsat_desktop.sync import sealed, trust
from udsat_desktop.sync.keys import encryption_key, seal_seed
from udsat_desktop.sync.layout import CASE_KEY, DECISION_ID, DECISIONS_FOLDER, not_a_decision
from udsat_desktop.sync.report import (
    _fingerprint,
    _refuse,
    _refused,
    _rel,
    audit_outside_run,
    list_once,
    listed_whole,
    recheck_in_turn,
    refuse_by_name,
    to_open,
)
from udsat_desktop.sync.roster.pins import current
from udsat_desktop.sync.share.errors import ShareError, WriteOnceConflict
from udsat_desktop.sync.share.marker import marker_id
from udsat_desktop.sync.share.publish import publish_once
from udsat_desktop.sync.share.read import Entry, read_share_file
from udsat_desktop.sync.trust import TrustError

DECISION_KIND = "udsat-conflict-decision/1"
KIND_DECISION = "decision"  # the sealed file's kind
FOLDER = DECISIONS_FOLDER
MAX_REASON = 4000


@dataclass
class Decided:
    decision_id: str
    case_key: str
    valid: str
    overruled: list[str]
    published: bool
    problem: str = ""


def _me_as_coordinator(db: Database, paths: AppPaths | None) -> Any:
    """The roster's entry for this installation when it is an active coordinator there."""
    held = current(paths if paths is not None else db)
    me = held.by_team_key(trust.team_public(db)) if held else None
    if me is None or not me.active or not me.is_coordinator:
        raise NotAllowed(
            Msg(
                "Du er ikke koordinator på teamets holdliste og kan ikke afgøre en konflikt "
                "mellem gennemgange"
            )
        )
    return me


def decide(
    db: Database,
    paths: AppPaths,
    profile: Profile,
    share: Path | None,
    case_key: str,
    valid: str,
    reason: str,
) -> Decided:
    """Decide which review of a case in conflict counts: checked first (a coordinator on the
    roster, a case in conflict, one of its reviews, a reason), then signed, kept and audited
    here, planned meetings moved to the chosen review, and published to the share when it is
    reachable (otherwise by the next sync). Nothing is written when a check fails."""
    require_coordinator(profile.role, "afgøre en konflikt mellem gennemgange")
    reason = reason.strip()
    if len(reason) > MAX_REASON:
        raise NotAllowed(Msg("Begrundelsen er for lang (højst {n} tegn)", n=MAX_REASON))
    found = check_decision(db, case_key, valid, reason)
    me = _me_as_coordinator(db, paths)
    now = dt.datetime.now(dt.UTC)
    decision_id = f"D-{now:%Y%m%dT%H%M%S}-{secrets.token_hex(4)}"
    overruled = sorted(v.review_key for v in found.versions if v.review_key != valid)
    payload = {
        "decision_id": decision_id,
        "case_key": case_key,
        "valid": valid,
        "overruled": overruled,
        "reason": reason,
        "decided_by": me.user_id,
        "decided_at": now.isoformat(timespec="seconds"),
        "share": _share_id(share),
    }
    signed = trust.seal_envelope(db, DECISION_KIND, payload)
    store_decision(db, profile.user_id, payload, signed, source=SOURCE_LOCAL)
    from udsat_desktop.store.meetings import follow_latest  # lazy: templates +570 ms

    follow_latest(db, profile.user_id, [case_key])  # a planned meeting takes the chosen review
    problem = ""
    if share is not None:
        try:
            publish_pending(db, paths, share)
        except (ShareError, sealed.SealError, OSError) as exc:
            problem = message_of(exc)
    else:
        problem = Msg("der er ingen fællesmappe sat op")
    published = decision_id not in {d for d, _ in unpublished_decisions(db)}
    return Decided(decision_id, case_key, valid, overruled, published, problem)


def _share_id(share: Path | None) -> str | None:
    if share is None:
        return None
    try:
        return marker_id(share)
    except (OSError, ShareError):
        return None


def publish_pending(db: Database, paths: AppPaths, share: Path) -> int:
    """Every decision made here and not yet on the share, sealed to the team's active
    members. Returns how many were published."""
    pending = unpublished_decisions(db)
    if not pending:
        return 0
    held = current(paths)
    if held is None:
        return 0
    readers = [m.x25519_bytes() for m in held.members if m.active]
    done = 0
    for decision_id, signed in pending:
        name = f"{FOLDER}/{decision_id}.json"
        blob = sealed.seal_for(readers, signed, kind=KIND_DECISION, name=name, seed=seal_seed(db))
        # a squatted name: the decision stays here, and the squatter's file is refused there
        with contextlib.suppress(WriteOnceConflict):
            publish_once(share / name, blob, share=share)
        mark_published(db, decision_id)
        done += 1
    return done


def _to_open(
    db: Database,
    report: Any,
    share: Path,
    listed: Entry,
    known: set[str],
    quarantined: dict[str, tuple[str, str]],
) -> Entry | None:
    """A listed file of decisions/ to open in this run, with its size and time, or None: a
    decision known here, a name no decision has (refused by its name: not read, not looked
    at), refused before (named as known), or past the run's budget (the next run)."""
    stem = listed.name.removesuffix(".json")
    if listed.is_dir or not listed.name.endswith(".json") or stem in known:
        return None
    if not DECISION_ID.match(stem):
        refuse_by_name(db, report, share, listed, not_a_decision)
        return None
    return to_open(listed, share, report, quarantined, quiet=True)


def pull_decisions(
    db: Database, paths: AppPaths, profile: Profile, share: Path, report: Any
) -> int:
    """Every decision on the share not yet known here whose signer is an active coordinator
    on the roster I hold. Anything else is refused (reported, sync log, audit). Returns how
    many were taken in."""
    held = current(paths)
    if held is None:
        return 0  # no roster yet: nobody to check a signer against; read once it arrives
    folder = share / FOLDER
    try:
        # one listing a run, shared with the check for work (sync/waiting.py), without a
        # stat of each file (issue 31)
        entries, refused = list_once(folder, share)
    except ShareError:
        return 0
    listed_whole(share, folder, entries, refused)
    for rel, why in refused:
        _refuse(db, report, _rel(share, rel), why, profile)
    known = known_decisions(db)

    quarantined = state.quarantined(db)
    recheck_in_turn(
        share,
        folder,
        [
            e
            for e in entries
            if not e.is_dir
            and DECISION_ID.match(e.name.removesuffix(".json"))
            and e.name.endswith(".json")
            and e.name.removesuffix(".json") not in known
        ],
    )
    taken = 0
    for listed in entries:
        entry = _to_open(db, report, share, listed, known, quarantined)
        if entry is None:
            continue
        stem = entry.name.removesuffix(".json")
        rel = _rel(share, entry.text)
        try:
            blob = read_share_file(entry.path, "decision", share=share)
            signed = sealed.unseal_share_file(
                encryption_key(db), blob, name=rel, kind=KIND_DECISION
            )
            payload, signer = trust.open_envelope(signed, DECISION_KIND)
            member = held.by_team_key(signer)
            if member is None or not member.active or not member.is_coordinator:
                raise trust.TrustError(
                    Msg("afgørelsen er ikke underskrevet af en koordinator på teamets holdliste")
                )
            _check_payload(payload, stem, member.user_id, _share_id(share))
        except sealed.NotForMe:
            continue  # sealed before I joined the team: not mine to read
        except (
            ShareError,
            sealed.SealError,
            trust.TrustError,
            ValueError,
            KeyError,
            TypeError,
            OSError,
        ) as exc:
            why = Msg("afgørelsen afvist: {problem}", problem=message_of(exc))
            _refused(db, report, rel, why, _fingerprint(entry))
            audit_outside_run(db, profile.user_id, rel, why)
            continue
        if store_decision(db, profile.user_id, payload, signed, source=SOURCE_SHARE):
            taken += 1
            if profile.role.value == "coordinator":
                from udsat_desktop.store.meetings import follow_latest  # lazy: templates +570 ms

                follow_latest(db, profile.user_id, [payload["case_key"]])
    return taken


def _check_payload(payload: dict[str, Any], stem: str, signer: str, share_id: str | None) -> None:

    if payload.get("decision_id") != stem or not DECISION_ID.match(stem):
        raise TrustError(Msg("filnavnet passer ikke til afgørelsen"))
    if payload.get("decided_by") != signer:
        raise TrustError(Msg("afgørelsen nævner en anden koordinator end den, der underskrev"))
    if payload.get("share") not in (None, share_id):
        raise TrustError(Msg("afgørelsen hører til en anden fællesmappe"))
    if not CASE_KEY.match(str(payload.get("case_key", ""))):
        raise TrustError(Msg("ugyldig sagsnøgle i afgørelsen"))
    overruled = payload.get("overruled")
    valid = payload.get("valid")
    reason = payload.get("reason")
    if not isinstance(valid, str) or not isinstance(overruled, list):
        raise TrustError(Msg("afgørelsen er ufuldstændig"))
    if not all(isinstance(k, str) for k in overruled) or valid in overruled:
        raise TrustError(Msg("afgørelsen er ufuldstændig"))
    if not isinstance(reason, str) or not reason.strip() or len(reason) > MAX_REASON:
        raise TrustError(Msg("afgørelsen har ingen begrundelse"))
    try:
        dt.datetime.fromisoformat(str(payload.get("decided_at")))
    except ValueError:
        raise TrustError(Msg("afgørelsen har ingen gyldig dato")) from None


def exchange_decisions(
    db: Database, paths: AppPaths, profile: Profile, share: Path, report: Any
) -> None:
    """Decisions on conflicts: mine not yet on the share go there (coordinators); every
    coordinator's on the share that this app does not hold yet comes in (sync/decisions.py)."""
    if profile.role.value == "coordinator":
        with contextlib.suppress(sealed.SealError, ShareError):
            publish_pending(db, paths, share)
    report.decisions += pull_decisions(db, paths, profile, share, report)
