"""Claims of cases on the share: claims/<shard>/<case-key>/claim.json, sealed and signed;
claiming, releasing, checking the queued ones, and reading what others claimed.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import time
from dataclasses import dataclass
from pathlib import Path

from udsat_desktop.core import bounded_json
from udsat_desktop.core.text import Msg
from udsat_desktop.store import sync_work as work
from udsat_desktop.store.db import Database
from udsat_desktop.store.queue import Profile
from udsat_desktop.sync import sealed, trust
from udsat_desktop.sync.keys import encryption_key
from udsat_desktop.sync.layout import KIND_CLAIM, _now_iso, _safe_parts
from udsat_desktop.sync.report import SyncReport, _refuse, _rel
from udsat_desktop.sync.roster.pins import current
from udsat_desktop.sync.share.atomicity import claims_unsafe
from udsat_desktop.sync.share.bounded_calls import bounded
from udsat_desktop.sync.share.claims import CLAIM_FILE, claim_once
from udsat_desktop.sync.share.errors import HostileFile, NotAFolder, NotAShare, ShareError
from udsat_desktop.sync.share.marker import marker_id
from udsat_desktop.sync.share.read import read_share_file

log = logging.getLogger(__name__)


def claim_target(share: Path, case_key: str) -> Path:
    """claims/<two hex digits of the case key's SHA-256>/<case-key>/ (256 shards): a folder
    made with `mkdir` (atomic on every SMB server), holding claim.json."""
    _safe_parts(case_key)
    shard = hashlib.sha256(case_key.encode("utf-8")).hexdigest()[:2]
    return share / "claims" / shard / case_key


# ----------------------------------------------------------------------------- claims


@dataclass(frozen=True)
class ClaimResult:
    state: str  # held | queued | clash | second
    holder: str | None = None
    holder_claimed_at: str | None = None

    @property
    def taken_by_other(self) -> bool:
        return self.state == "clash"


CLAIM_KIND = "udsat-claim/1"


def _claim_blob(db: Database, case_key: str, user_id: str, at: str, name: str) -> bytes:
    """The claim signed by me, then sealed to every active member of the roster (who holds
    which case since when is the team's business, not the share's). SealError before this
    app holds a roster: the claim waits in the queue."""
    signed = trust.seal_envelope(
        db, CLAIM_KIND, {"case_key": case_key, "user_id": user_id, "claimed_at": at}
    )
    held = current(db)
    readers = [m.x25519_bytes() for m in held.members if m.active] if held else []
    if not readers:
        raise sealed.SealError(Msg("teamets holdliste er ikke modtaget endnu"))
    return sealed.seal_for(readers, signed, kind=KIND_CLAIM, name=name)


def _open_claim(db: Database, blob: bytes, path: Path, share: Path | None) -> bytes:
    """A claim's signed envelope: a sealed claim opened with my key, a plain one of before as
    it is (its signature is what counts)."""
    return sealed.unseal_share_file(
        encryption_key(db),
        blob,
        kind=KIND_CLAIM,
        name=_rel(share, path) if share is not None else None,
    )


def _load_claim(db: Database, path: Path, share: Path | None) -> bytes | str | None:
    """A claim file's signed envelope; or why what is there is no claim; or None when it
    cannot be read yet (its writer is still at it, or the share is failing)."""
    for attempt in range(2):
        try:
            blob = _open_claim(db, read_share_file(path, "claim", share=share), path, share)
            bounded_json.loads(blob)
            return blob
        except sealed.NotForMe as exc:  # sealed before I joined the team: counts for nothing
            return str(exc)
        except bounded_json.BadJson as exc:
            if exc.incomplete and attempt == 0:
                time.sleep(0.2)  # may be being written this moment: read once more
                continue
            # no claim at all (nested brackets, a number nobody writes): counts for nothing
            return str(exc)
        except FileNotFoundError:
            return None  # taken over by a new claim once abandoned (share._claim)
        except (ValueError, KeyError, TypeError, AttributeError, sealed.SealError):
            if attempt == 0:
                time.sleep(0.2)  # a copy being completed this very moment
        except (NotADirectoryError, NotAFolder):
            return Msg("en fil ligger, hvor kravets mappe skal være")
        except HostileFile as exc:
            return exc.why or str(exc)
        except (OSError, ShareError):
            return None
    return Msg("filen er ikke et krav")


def _read_claim(
    db: Database, path: Path, share: Path | None = None, report: SyncReport | None = None
) -> tuple[str | None, str | None]:
    """The holder of a claim (a claim folder, or a claim file of the flat layout) when it
    carries the signature of that roster member. ("", "") for anything else in its place (an
    unsigned or foreign claim, junk, a link, a folder, a file where the folder goes), which is
    reported and counts for nothing; (None, None) for one that cannot be read yet (being
    written this very moment, or the share failing: read again at the next sync)."""
    case_key = path.stem if path.suffix == ".json" else path.name.split("~")[0]
    shown = _rel(share, path) if share is not None else f"claims/{case_key}"
    loaded = _load_claim(db, path if path.suffix == ".json" else path / CLAIM_FILE, share)
    if loaded is None:
        return None, None
    try:
        if isinstance(loaded, str):
            raise trust.TrustError(loaded)
        payload, signer = trust.open_envelope(loaded, CLAIM_KIND)
        held = current(db)
        member = held.by_team_key(signer) if held else None
        if member is None or not member.active:
            raise trust.TrustError(Msg("kravet er ikke underskrevet af et medlem af teamet"))
        if payload.get("user_id") != member.user_id or payload.get("case_key") != case_key:
            raise trust.TrustError(Msg("kravet passer ikke til sagen eller underskriveren"))
    except trust.TrustError as exc:
        _refuse(db, report, shown, Msg("kravet ignoreres: {reason}", reason=str(exc)), None)
        return "", ""
    return member.user_id, str(payload.get("claimed_at") or "")


def _legacy_claim(share: Path, case_key: str) -> Path | None:
    """claims/<case-key>.json of the flat layout: a claim made before sharding still holds."""
    path = share / "claims" / f"{case_key}.json"
    try:
        read_share_file(path, "claim", share=share)
    except (OSError, ShareError):
        return None
    return path


def claim_case(
    db: Database, profile: Profile, case_key: str, share: Path | None, *, second: bool = False
) -> ClaimResult:
    """Claim a case before reviewing it. Online: an exclusive create in claims/; the first
    reviewer wins. Offline: queued and checked at the next sync. `second` records that the
    user goes on as an explicit second review of a case someone else holds."""
    row = work.get_or_queue_claim(db, case_key, profile.user_id, _now_iso())
    if row.state in ("held", "second"):
        return ClaimResult(row.state, row.holder, row.holder_claimed_at)
    if row.state == "clash" and second:
        work.set_claim(db, case_key, profile.user_id, "second", row.holder, row.holder_claimed_at)
        return ClaimResult("second", row.holder, row.holder_claimed_at)
    result = _try_claim(db, profile, case_key, share, second=second, row=row)
    return result


def _try_claim(
    db: Database,
    profile: Profile,
    case_key: str,
    share: Path | None,
    *,
    second: bool = False,
    row: work.ClaimRow | None = None,
    report: SyncReport | None = None,
) -> ClaimResult:
    row = row or work.get_or_queue_claim(db, case_key, profile.user_id, _now_iso())
    outcome, holder, holder_at = "queued", None, None
    if share is not None:
        try:
            if marker_id(share) is None:
                raise NotAShare("")  # never written outside a set-up share
            if claims_unsafe(share):  # two could both win here: not made, waits locally
                raise NotAShare("")
            holder, holder_at = _claim_on_share(
                db, profile, case_key, share, row.claimed_at, report
            )
            mine = holder == profile.user_id
            outcome = "held" if mine else ("second" if second else "clash")
            if holder is None:  # the winner has not said who it is yet: ask again later
                outcome, holder_at = "queued", None
        except (ShareError, OSError, ValueError, sealed.SealError):
            outcome = "queued"
    if (outcome, holder, holder_at) != (row.state, row.holder, row.holder_claimed_at):
        work.set_claim(db, case_key, profile.user_id, outcome, holder, holder_at)
    return ClaimResult(outcome, holder, holder_at)


CLAIM_SLOTS = 4  # claims/<shard>/<case-key>, then <case-key>~1 ... ~3


def claim_slots(share: Path, case_key: str) -> list[Path]:
    """Where a claim on a case may be: the case's own folder, and a few spare names used when
    a folder there holds no valid claim (anyone may write to the share: a folder squatted by
    an outsider must not make every reviewer think they hold the case)."""
    base = claim_target(share, case_key)
    return [base, *(base.with_name(f"{base.name}~{n}") for n in range(1, CLAIM_SLOTS))]


def _claim_on_share(
    db: Database,
    profile: Profile,
    case_key: str,
    share: Path,
    claimed_at: str,
    report: SyncReport | None = None,
) -> tuple[str | None, str | None]:
    """The case's holder after trying to claim it: the first valid claim wins; anything else
    in a slot (unsigned, foreign, junk, overwritten) counts for nothing and the next slot is
    tried. My own claim is read back once made (someone may have replaced it in between).
    Winning a slot while a valid claim by someone else sits in another (a squatter's folder
    removed in between) gives the claim back, so two reviewers are never both told they hold
    the case."""
    legacy = _legacy_claim(share, case_key)
    if legacy is not None:
        holder, holder_at = _read_claim(db, legacy, share, report)
        if holder != "":
            return holder, holder_at
    slots = claim_slots(share, case_key)
    for index, target in enumerate(slots):
        try:
            claim_once(
                target,
                _claim_blob(
                    db,
                    case_key,
                    profile.user_id,
                    claimed_at,
                    _rel(share, target / CLAIM_FILE),
                ),
                share=share,
            )
        except sealed.SealError:
            raise  # no roster yet: the claim waits in the queue
        except ShareError:  # someone's claim, or something else, holds the slot
            pass
        # read back what the slot holds now, mine or not, and check its signature
        holder, holder_at = _read_claim(db, target, share, report)
        if holder == "":
            continue
        if holder != profile.user_id:
            return holder, holder_at
        for other in slots[:index] + slots[index + 1 :]:
            if not _exists(other):
                continue
            holder, holder_at = _read_claim(db, other, share, report)
            if holder and holder != profile.user_id:
                _remove_own_claim(db, profile, target, share)
                return holder, holder_at
        return profile.user_id, holder_at or claimed_at
    # every slot holds something that is not a claim (each refused in the sync log and the
    # audit log): nobody can claim the case on the share; the user goes on as if offline and
    # is told at every sync until a coordinator clears the slots
    log.warning("every claim slot of a case is squatted on the share")
    if report is not None and case_key not in report.claims_blocked:
        report.claims_blocked.append(case_key)
    return profile.user_id, claimed_at


def _exists(path: Path) -> bool:
    try:
        return bool(bounded(os.path.lexists, path))
    except (OSError, ShareError):
        return False


def _remove_own_claim(db: Database, profile: Profile, target: Path, share: Path) -> bool:
    """Remove a claim folder's claim.json and the folder, only when this installation signed
    it for this user."""
    if not _exists(target):
        return False
    path = target / CLAIM_FILE
    try:
        blob = _open_claim(db, read_share_file(path, "claim", share=share), path, share)
        payload, signer = trust.open_envelope(blob, CLAIM_KIND)
    except (OSError, ShareError, ValueError, sealed.SealError):
        return False  # not a claim this installation signed (someone else's, or not one at all)
    if signer != trust.team_public(db) or payload.get("user_id") != profile.user_id:
        return False
    try:
        path.unlink()
        with contextlib.suppress(OSError):
            target.rmdir()  # a folder without claim.json is taken over once abandoned
    except OSError:
        log.warning("a claim could not be removed from the share")
        return False
    return True


def release_claim(db: Database, profile: Profile, case_key: str, share: Path | None) -> bool:
    """Give a claim back (the user closed the case without changing anything): the local
    claim is forgotten and audited; on the share, only a claim this installation signed for
    this user goes (its claim.json, then its folder, in whichever slot; or a claim file of the
    flat layout). Returns whether a claim on the share was removed."""
    work.drop_claim(db, case_key, profile.user_id)
    if share is None:
        return False
    try:
        legacy = _legacy_claim(share, case_key)
        if legacy is not None:
            blob = _open_claim(db, read_share_file(legacy, "claim", share=share), legacy, share)
            payload, signer = trust.open_envelope(blob, CLAIM_KIND)
            if signer == trust.team_public(db) and payload.get("user_id") == profile.user_id:
                legacy.unlink()
                return True
        removed = [
            _remove_own_claim(db, profile, slot, share) for slot in claim_slots(share, case_key)
        ]
    except (OSError, ShareError, ValueError, sealed.SealError):
        log.warning("a claim could not be removed from the share")
        return False
    return any(removed)


def check_queued_claims(db: Database, profile: Profile, share: Path, report: SyncReport) -> None:
    """Queued claims are tried on the share; the claims I hold on cases still being reviewed
    are read again (a claim overwritten or removed on the share is not mine any more: if
    someone else holds the case now, I am told; if nobody does, it is claimed again)."""
    queued = work.queued_claims(db)
    unsafe = claims_unsafe(share)
    if unsafe:
        # a mount where two reviewers could both win a claim (rclone): no claim is made or
        # trusted there; every claim of mine is named as not settled on the share
        report.claims_unsafe = unsafe
        report.claims_unsafe_cases = [*queued, *work.held_claims_in_progress(db)]
        return
    for case_key in [*queued, *work.held_claims_in_progress(db)]:
        # an assignment wins over a claim by anyone else: on a case assigned to me, a
        # colleague's claim makes mine a second review, never a clash to warn about
        assigned = work.assigned_reviewer(db, case_key) == profile.user_id
        result = _try_claim(db, profile, case_key, share, second=assigned, report=report)
        if result.state == "held" and case_key in queued:
            report.claims_confirmed += 1
        elif result.state == "clash":
            report.claim_clashes.append(case_key)
