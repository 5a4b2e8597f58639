"""Sync through the shared folder: publish who I am, push the outbox, claim cases, pull and
make assignments, and (coordinators) ingest every reviewer's records.

Each step works on what is reachable and records what it could not do; nothing local is given
up until the share holds a verified copy. The layout is in docs/share-protocol.md.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import errno
import hashlib
import json
import logging
import os
import re
import secrets
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from udsat_desktop.core import bounded_json
from udsat_desktop.core.status import require_coordinator
from udsat_desktop.core.text import Msg, message_of, reason_of
from udsat_desktop.platform.paths import AppPaths
from udsat_desktop.store import sync_state as state
from udsat_desktop.store.db import Database
from udsat_desktop.store.outbox_absorb import absorb_outbox
from udsat_desktop.store.queue import Profile
from udsat_desktop.store.signed_pdfs import (
    ingested_without_pdf,
    keep_ingested_pdfs,
    queued_reviews,
    queued_summary,
    unqueue,
)
from udsat_desktop.sync import sealed
from udsat_desktop.sync import share as share_io
from udsat_desktop.sync.pending import pending_count
from udsat_desktop.sync.published import note_published
from udsat_desktop.sync.share import (
    HostileFile,
    ShareError,
    WriteOnceConflict,
    check_identity,
    check_share,
    claim_once,
    describe_os_error,
    ensure_layout,
    list_folder,
    publish_once,
    publish_replace,
    read_share_file,
    remove_stale_parts,
)
from udsat_desktop.sync.trust import RECORD_FORMAT, my_fingerprint, short_code
from udsat_desktop.sync.trust import team_public as my_public

log = logging.getLogger(__name__)

# what a sealed share file says it is (sealed.seal_for's kind, authenticated)
KIND_SUMMARY, KIND_RECORD, KIND_CLAIM = "summary", "record", "claim"
KIND_PACKET, KIND_ORIGINAL = "packet", "packet-original"
ASSIGNMENT_FORMAT = "udsat-assignment/1"


def _now_iso() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


# ----------------------------------------------------------------------------- identity


def encryption_key(db: Database) -> bytes:
    """This installation's X25519 private key, made on first use, kept in the database."""
    return state.secret(db, state.ENCRYPTION_SECRET, sealed.new_private_key)


SEAL_SEED_SECRET = "seal_seed"


def seal_seed(db: Database) -> bytes:
    """The secret that makes sealing a file deterministic for this sender (sealed.seal_for):
    a publish cut short and repeated writes the same bytes again."""
    return state.secret(db, SEAL_SEED_SECRET, lambda: os.urandom(32))


@dataclass(frozen=True)
class Sealer:
    """Seals what this installation writes to the share to its readers (sync/sealed.py)."""

    held: Any  # the signed roster this app holds
    seed: bytes

    def readers(self, user_ids: Iterable[str]) -> list[bytes]:
        return sealed.readers_of(self.held, [u for u in user_ids if u])

    def seal(self, user_ids: Iterable[str], data: bytes, *, kind: str, name: str) -> bytes:
        readers = self.readers(user_ids)
        if not readers:
            raise sealed.SealError(Msg("ingen på teamets holdliste kan læse filen"))
        return sealed.seal_for(readers, data, kind=kind, name=name, seed=self.seed)


def sealer(db: Database, paths: AppPaths | Database | None = None) -> Sealer | None:
    """A Sealer for the roster this app holds; None before it holds one (nothing goes to
    the share plain: the files wait)."""
    from udsat_desktop.sync import roster

    held = roster.current(paths if paths is not None else db)
    if held is None or not held.coordinators():
        return None
    return Sealer(held, seal_seed(db))


def own_certificates(paths: AppPaths, profile: Profile) -> list[str]:
    """My signing certificate(s) as PEM, for my enrolment request and the roster."""
    from udsat_desktop.sync.roster import trust_dir  # not sync.outbox: that loads the renderer

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
    from udsat_desktop.sync import roster

    data = roster.my_request(db, profile, own_certificates(paths, profile))
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
        raise share_io._share_error(exc) from None


def _refused(
    db: Database | None, report: SyncReport | None, rel: str, why: str, fingerprint: str = ""
) -> None:
    """A file on the share that is not read (a link, a FIFO, a folder named like a file, an
    oversized file): told to the user, kept in the sync log, and not read again unchanged."""
    # the folder only: a hostile file's name may hold anything (the sync log, inside the
    # encrypted database, keeps the whole path and the reason)
    log.warning("file on the share refused in %s/ (see the sync log)", rel.split("/")[0])
    if report is not None and all(r[0] != rel for r in report.refused):
        report.refused.append((rel, why))
    if db is not None:
        state.log_file(db, rel[-120:], rel[-200:], fingerprint[:64], "afvist", why)


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
    from udsat_desktop.sync import roster

    changes: list[roster.CoordinatorChange] = []
    held, problems = roster.refresh(paths, share, me=my_fingerprint(db), changes=changes)
    for name, reason in problems:
        _refuse(db, report, f"team/{name}", reason, profile)
    for change in changes:  # who decides changed: every member is told, and it is audited
        from udsat_desktop.store import audit

        audit.append_now(
            db,
            profile.user_id if profile else "system",
            "team.coordinators_changed",
            None,
            **change.to_json(),
        )
        if report is not None:
            report.coordinators_changed.append({**change.to_json(), "text": change.text()})
    waiting = roster.pending(paths)
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
        with contextlib.suppress(ShareError, roster.RosterError):
            roster.republish(paths, share, db)
    if held is None:
        if report is not None and not roster.pinned(paths):
            report.coordinator_candidates = [
                {"fingerprint": fp, "code": short_code(fp), "name": name, "version": version}
                for fp, name, version in roster.candidates(share)
            ]
        return 0
    if report is not None:
        report.roster_version = held.version
        mine = [m for m in held.members if profile is not None and m.user_id == profile.user_id]
        report.removed_from_team = bool(mine) and not any(m.active for m in mine)
    state.learn_team(db, [m.to_json() for m in held.members if m.active])
    return held.version


def _refuse(
    db: Database, report: SyncReport | None, name: str, reason: str, profile: Profile | None
) -> None:
    """A file on the share that is not what it claims (forged, unsigned, from someone not on
    the roster): one line in the report and the sync log, and an audit entry; the sync goes
    on."""
    _refused(db, report, name, reason)
    state.audit_refused(db, profile.user_id if profile else "system", name, reason)


def _rel(share: Path, path: Path | str) -> str:
    try:
        return Path(path).relative_to(share).as_posix()
    except ValueError:
        return Path(path).name


def _fingerprint(entry: share_io.Entry) -> str:
    return f"{entry.size}:{entry.mtime_ns}"


def _skip_quarantined(
    entry: share_io.Entry,
    share: Path,
    quarantined: dict[str, tuple[str, str]],
    report: SyncReport | None,
) -> bool:
    """A file refused before and unchanged since is not opened again (still reported)."""
    rel = _rel(share, entry.path)
    fingerprint, why = quarantined.get(rel[-120:], ("", ""))
    if fingerprint and fingerprint == _fingerprint(entry)[:64]:
        if report is not None and all(r[0] != rel for r in report.refused):
            report.refused.append((rel, why))
        return True
    return False


def team(paths: AppPaths) -> list[dict[str, Any]]:
    """The active members of the roster this app holds (never the files in reviewers/)."""
    from udsat_desktop.sync import roster

    held = roster.current(paths)
    return [m.to_json() for m in held.members if m.active] if held else []


# ----------------------------------------------------------------------------- outbox


@dataclass
class SyncReport:
    reachable: bool = True
    problem: str = ""
    published: list[str] = field(default_factory=list)
    already_there: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    conflicts: list[tuple[str, str]] = field(default_factory=list)
    claim_clashes: list[str] = field(default_factory=list)
    # cases whose every claim slot on the share is squatted: claimed locally only
    claims_blocked: list[str] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)  # hostile files, not read
    claims_confirmed: int = 0
    assignments: int = 0
    assigned_cases: int = 0
    pending: int = 0
    roster_version: int = 0
    removed_from_team: bool = False  # the roster I hold says a coordinator revoked me
    # each change of the set of coordinators this sync took (version, signed_by, added,
    # removed, text); and a roster that takes my own coordinator role away, waiting for me
    coordinators_changed: list[dict[str, Any]] = field(default_factory=list)
    own_demotion: dict[str, Any] | None = None
    decisions: int = 0  # coordinators' decisions on conflicts taken in (issue 29)
    handovers: list[dict[str, str]] = field(default_factory=list)  # my cases given to others
    coordinator_candidates: list[dict[str, Any]] = field(default_factory=list)
    # issue 28: what of mine was missing on the share and went there again (reviews, pieces
    # of my published list, audit heads), and (coordinators) colleagues' files put back
    republished: list[str] = field(default_factory=list)
    restored: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.reachable and not self.failed and not self.conflicts

    def to_json(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data["ok"] = self.ok
        return data


def _safe_parts(*parts: str) -> None:
    for part in parts:
        if not part or "/" in part or "\\" in part or part.startswith(".") or "\0" in part:
            raise ValueError(Msg("unsafe name in record"))


def targets_of(record: dict[str, Any]) -> tuple[str, str]:
    """Where a review's PDF and record go on the share (relative paths), sharded by the
    review's year and month so no folder grows past a few thousand entries."""
    date = str(record["review_date"])
    year, month = date[:4], date[5:7]
    review_id = record["review_id"]
    _safe_parts(year, month, review_id, record["case_key"])
    if not (year.isdigit() and month.isdigit()):
        raise ValueError(Msg("unsafe name in record"))
    return (f"summaries/{year}/{month}/{review_id}.pdf", f"records/{year}/{month}/{review_id}.json")


def legacy_targets_of(record: dict[str, Any]) -> tuple[str, str]:
    """The flat layout before sharding (still read): summaries/<yyyy>/<case>/, records/."""
    year = str(record["review_date"])[:4]
    case_key, review_id = record["case_key"], record["review_id"]
    _safe_parts(year, case_key, review_id)
    return f"summaries/{year}/{case_key}/{review_id}.pdf", f"records/{review_id}.json"


def claim_target(share: Path, case_key: str) -> Path:
    """claims/<two hex digits of the case key's SHA-256>/<case-key>/ (256 shards): a folder
    made with `mkdir` (atomic on every SMB server), holding claim.json."""
    _safe_parts(case_key)
    shard = hashlib.sha256(case_key.encode("utf-8")).hexdigest()[:2]
    return share / "claims" / shard / case_key


def push_outbox(db: Database, paths: AppPaths, share: Path, report: SyncReport) -> None:
    """Each queued summary (its bytes and record in the encrypted store since it was signed:
    store/signed_pdfs.py): PDF first, record after, each sealed to its readers, so a record on
    the share always has its complete PDF; only when both are verified does the review leave
    the queue (`unqueue`, after the loop: a kill before it means the next sync finds both
    already there). Nothing is written to the laptop's disk."""
    for folder in ("records", "summaries"):  # the flat folders of the old layout
        remove_stale_parts(share / folder, share=share)
    absorb_outbox(db, paths)  # plain files an earlier version left (normally taken at start)
    uploaded: list[str] = []  # verified: off the queue after the loop
    seal = sealer(db, paths)
    for case_key, review_key in queued_reviews(db):
        name = f"{case_key}_{review_key}"
        item = queued_summary(db, review_key)
        try:
            if item is None or item[1] is None:
                raise KeyError("record")
            pdf, record_text, stored_sha = item[0], str(item[1]), item[2]
            record = json.loads(record_text)
            pdf_target, record_target = targets_of(record)
        except (ValueError, KeyError, TypeError) as exc:
            report.failed.append(
                (
                    f"{name}.json",
                    Msg("ulæselig post i udbakken ({problem})", problem=message_of(exc)),
                )
            )
            continue
        if record.get("ltv") == "afventer":  # signed offline with an organisation key
            from udsat_desktop.sync.ltv import complete_ltv

            pdf, record_text = complete_ltv(db, paths, review_key, stored_sha, pdf, record)
        if seal is None:  # nothing is written to the share plain: it waits for the roster
            report.failed.append(
                (
                    f"{name}.json",
                    Msg(
                        "venter: teamets holdliste er ikke modtaget endnu, så der er ingen at "
                        "kryptere til"
                    ),
                )
            )
            continue
        readers = [
            str(record.get("signed_by") or ""),
            *(str(r) for r in record.get("reviewers") or []),
        ]
        ok = True
        for data, local, target, kind in (
            (pdf, f"{name}.pdf", pdf_target, KIND_SUMMARY),
            (record_text.encode("utf-8"), f"{name}.json", record_target, KIND_RECORD),
        ):
            ok = ok and _push_one(db, local, data, share, target, report, seal, readers, kind)
        if ok:
            uploaded.append(review_key)
            state.mark_case_synced(db, record.get("case_key", ""), record.get("review_id", ""))
            # on my list of what I published before the queue lets go of it (issue 28)
            note_published(db, record, record_text.encode("utf-8"), pdf_target, record_target)
    unqueue(db, uploaded)


def _push_one(
    db: Database,
    local: str,
    data: bytes,
    share: Path,
    target: str,
    report: SyncReport,
    seal: Sealer,
    readers: list[str],
    kind: str,
) -> bool:
    """One queued file to the share, sealed to its readers (never plain). `local` is its
    name in the queue (`<case-key>_<review-key>.pdf`/`.json`), as the sync log shows it."""
    digest = hashlib.sha256(data).hexdigest()
    outcome, message = "synkroniseret", None
    try:
        blob = seal.seal(readers, data, kind=kind, name=target)
        if publish_once(share / target, blob, share=share, sole_writer=True):
            report.published.append(target)
        else:
            report.already_there.append(target)
    except WriteOnceConflict as exc:
        outcome, message = "konflikt", str(exc)
        report.conflicts.append((local, str(exc)))
    except (ShareError, sealed.SealError) as exc:
        outcome, message = "venter", str(exc)
        report.failed.append((local, str(exc)))
    state.log_file(db, local, target, digest, outcome, message)
    return outcome == "synkroniseret"


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
    from udsat_desktop.sync import roster, trust

    signed = trust.seal_envelope(
        db, CLAIM_KIND, {"case_key": case_key, "user_id": user_id, "claimed_at": at}
    )
    held = roster.current(db)
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
        except (NotADirectoryError, share_io.NotAFolder):
            return Msg("en fil ligger, hvor kravets mappe skal være")
        except share_io.HostileFile as exc:
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
    from udsat_desktop.sync import roster, trust

    case_key = path.stem if path.suffix == ".json" else path.name.split("~")[0]
    shown = _rel(share, path) if share is not None else f"claims/{case_key}"
    loaded = _load_claim(db, path if path.suffix == ".json" else path / share_io.CLAIM_FILE, share)
    if loaded is None:
        return None, None
    try:
        if isinstance(loaded, str):
            raise trust.TrustError(loaded)
        payload, signer = trust.open_envelope(loaded, CLAIM_KIND)
        held = roster.current(db)
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
    row = state.get_or_queue_claim(db, case_key, profile.user_id, _now_iso())
    if row.state in ("held", "second"):
        return ClaimResult(row.state, row.holder, row.holder_claimed_at)
    if row.state == "clash" and second:
        state.set_claim(db, case_key, profile.user_id, "second", row.holder, row.holder_claimed_at)
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
    row: state.ClaimRow | None = None,
    report: SyncReport | None = None,
) -> ClaimResult:
    row = row or state.get_or_queue_claim(db, case_key, profile.user_id, _now_iso())
    outcome, holder, holder_at = "queued", None, None
    if share is not None:
        try:
            if share_io.marker_id(share) is None:
                raise share_io.NotAShare("")  # never written outside a set-up share
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
        state.set_claim(db, case_key, profile.user_id, outcome, holder, holder_at)
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
                    _rel(share, target / share_io.CLAIM_FILE),
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
        return bool(share_io.bounded(os.path.lexists, path))
    except (OSError, ShareError):
        return False


def _remove_own_claim(db: Database, profile: Profile, target: Path, share: Path) -> bool:
    """Remove a claim folder's claim.json and the folder, only when this installation signed
    it for this user."""
    from udsat_desktop.sync import trust

    if not _exists(target):
        return False
    path = target / share_io.CLAIM_FILE
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
    from udsat_desktop.sync import trust

    state.drop_claim(db, case_key, profile.user_id)
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
    queued = state.queued_claims(db)
    for case_key in [*queued, *state.held_claims_in_progress(db)]:
        # an assignment wins over a claim by anyone else: on a case assigned to me, a
        # colleague's claim makes mine a second review, never a clash to warn about
        assigned = state.assigned_reviewer(db, case_key) == profile.user_id
        result = _try_claim(db, profile, case_key, share, second=assigned, report=report)
        if result.state == "held" and case_key in queued:
            report.claims_confirmed += 1
        elif result.state == "clash":
            report.claim_clashes.append(case_key)


# ----------------------------------------------------------------------------- assignments

ASSIGNMENT_KIND = "udsat-assignment/1"
CASE_KEY = re.compile(r"^[0-9A-Z]{4}-[0-9A-Z]{4}$")
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
    from udsat_desktop.sync import roster, trust

    require_coordinator(profile.role, "tildele sager")
    keys = list(dict.fromkeys(case_keys))
    held = roster.current(paths if paths is not None else db)
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
    case_ids, cases = state.cases_to_assign(db, keys)
    # whom each case is taken from: told in a batch of their own (below)
    previous = {
        key: user
        for key, user in state.assigned_reviewers(db, keys).items()
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
    state.record_assignment(db, case_ids, to_user, batch, profile.user_id)
    _tell_previous(db, held, me.user_id, share, to_user, previous)
    return target, len(case_ids)


def _tell_previous(
    db: Database, held: Any, sender: str, share: Path, to_user: str, previous: dict[str, str]
) -> None:
    """Each reviewer a case is taken from gets a batch of their own (sealed to them, signed
    like any assignment) saying which case went to whom, when: their app shows it, keeps
    their draft and asks before they sign it (issue 29). An older app reads it as a batch
    without cases."""
    from udsat_desktop.sync import trust

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
    from udsat_desktop.sync import roster, trust

    payload, signer = trust.open_envelope(blob, ASSIGNMENT_KIND)
    held = roster.current(db)
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
        body = bounded_json.loads(plain, max_bytes=share_io.LIMITS["assignment"])
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
    from udsat_desktop.store.sync_state import CASE_FIELDS

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
    from udsat_desktop.sync import trust

    folder = share / "assignments" / profile.user_id
    try:
        entries, refused = list_folder(folder, share=share)
    except ShareError as exc:
        if exc.errno != errno.ENOTDIR:
            raise
        _refused(db, report, _rel(share, folder), str(exc))  # a link or a file, not a folder
        return
    for rel, why in refused:
        _refused(db, report, _rel(share, rel), why)
    done = state.pulled_batches(db)
    quarantined = state.quarantined(db)
    for entry in entries:
        path = entry.path
        if path.suffix != ".json" or path.name in done:
            continue
        if entry.is_dir:
            _refused(
                db,
                report,
                _rel(share, path),
                Msg("{name} på fællesmappen er afvist: en mappe med et filnavn", name=entry.name),
            )
            continue
        if _skip_quarantined(entry, share, quarantined, report):
            continue
        try:
            blob = read_share_file(path, "assignment", share=share)
        except HostileFile as exc:
            _refused(db, report, _rel(share, path), str(exc), _fingerprint(entry))
            continue
        try:
            header, cases, withdrawn = _open_assignment(db, profile, path, blob)
            count = state.take_assigned_cases(db, profile, path.name, cases, header)
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
    from udsat_desktop.store.conflicts import record_handover

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


# ----------------------------------------------------------------------------- full sync


def publish_audit_head(
    db: Database, profile: Profile, share: Path, report: SyncReport | None = None
) -> None:
    """The audit chain's head, signed, write-once on the share (sync/audit_heads.py); my heads
    that went missing there are put back (their bytes are in my store)."""
    from udsat_desktop.sync.audit_heads import publish_head, republish_own_heads

    with contextlib.suppress(WriteOnceConflict):  # a squatted name: the next sync moves on
        publish_head(db, profile, share)
    back = republish_own_heads(db, profile, share)
    if report is not None:
        report.republished.extend(back)


def keep_published(
    db: Database, paths: AppPaths, profile: Profile, share: Path, report: SyncReport
) -> None:
    """My list of what I published goes to the share, and what is on it but missing there is
    put back (sync/published.py)."""
    from udsat_desktop.sync.published import keep_complete

    back, failed = keep_complete(db, paths, profile, share)
    report.republished.extend(back)
    report.failed.extend(failed)


def hold_audit_heads(
    db: Database, paths: AppPaths, profile: Profile, share: Path, report: SyncReport
) -> None:
    """A coordinator keeps every member's audit heads and puts back those that disappear from
    the share (sync/audit_heads.py)."""
    from udsat_desktop.sync import roster
    from udsat_desktop.sync.audit_heads import hold_member_heads

    report.restored.extend(hold_member_heads(db, roster.current(paths), profile, share))


def signed_share_id(db: Database, paths: AppPaths) -> str | None:
    """The share id the roster this app holds was signed with, which the share's marker
    must match; None when there is none to hold to (no roster, a roster of before share ids,
    or I am a coordinator on it: the share I set up or moved to is what I sign next)."""
    from udsat_desktop.sync import roster

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
    from udsat_desktop.sync import roster

    with contextlib.suppress(roster.RosterError, ShareError):
        if (
            roster.current(paths) is None
            and not roster.pinned(paths)
            and not roster.roster_files(share)
        ):
            # a coordinator who has trusted no one and finds no team on the share starts the
            # team: the first roster, with only them on it, is what their own summaries are
            # sealed to until others join (a coordinator joining a team pins its coordinator)
            first = roster.editable(db, paths, profile, own_certificates(paths, profile))
            roster.start_roster(db, paths, profile, first, share)
        roster.add_own_certificates(db, paths, profile, share, own_certificates(paths, profile))
        roster.absorb_new_certificates(db, paths, profile, share)
        known = share_io.known_share_id(paths.config)
        if known is not None and share_io.marker_id(share) == known:
            roster.sign_share_id(db, paths, profile, share, known)


def sync(
    db: Database, paths: AppPaths, profile: Profile, share: Path | None, *, lock_wait: float = 0.0
) -> SyncReport:
    """One round: publish identity, refresh trust, claims, assignments, outbox. Only one sync
    runs on a data folder at a time (a second one waits `lock_wait` seconds, then says a sync
    is running); every failure of the share ends in one Danish sentence in `problem`."""
    from udsat_desktop.sync.lock import data_lock

    report = SyncReport()
    try:
        with data_lock(paths, wait=lock_wait), share_io.session():
            check_share(share)
            assert share is not None
            marker = check_identity(share, paths.config, signed_share_id(db, paths))
            ensure_layout(share)
            publish_identity(db, paths, profile, share, report)
            refresh_trust(db, paths, share, report, profile)
            if signed_share_id(db, paths) not in (None, marker):
                # a roster taken just now names another share: nothing goes to this one
                raise share_io.not_the_teams_share(share)
            if profile.role.value == "coordinator":
                absorb_own_certificates(db, paths, profile, share)
            pull_assignments(db, profile, share, report)  # before claims: an assignment wins
            _exchange_decisions(db, paths, profile, share, report)
            check_queued_claims(db, profile, share, report)
            push_outbox(db, paths, share, report)
            keep_published(db, paths, profile, share, report)
            publish_audit_head(db, profile, share, report)
            if profile.role.value == "coordinator":
                hold_audit_heads(db, paths, profile, share, report)
    except ShareError as exc:
        report.reachable = False
        report.problem = str(exc)
    except OSError as exc:
        report.reachable = False
        report.problem = Msg(
            "Fællesmappen kan ikke bruges: {reason}", reason=describe_os_error(exc)
        )
    report.pending = pending_count(db)
    state.audit_sync(
        db,
        profile.user_id,
        published=len(report.published),
        failed=len(report.failed),
        reachable=report.reachable,
    )
    log.info(
        "sync: %d published, %d failed, %d conflicts, %d refused, reachable=%s",
        len(report.published),
        len(report.failed),
        len(report.conflicts),
        len(report.refused),
        report.reachable,
    )
    return report


def _exchange_decisions(
    db: Database, paths: AppPaths, profile: Profile, share: Path, report: Any
) -> None:
    """Decisions on conflicts: mine not yet on the share go there (coordinators); every
    coordinator's on the share that this app does not hold yet comes in (sync/decisions.py)."""
    from udsat_desktop.sync.decisions import publish_pending, pull_decisions

    if profile.role.value == "coordinator":
        with contextlib.suppress(sealed.SealError, ShareError):
            publish_pending(db, paths, share)
    report.decisions += pull_decisions(db, paths, profile, share, report)


# ----------------------------------------------------------------------------- ingest


@dataclass
class IngestReport:
    new: int = 0
    unchanged: int = 0
    modified: list[str] = field(default_factory=list)
    unknown_signer: list[str] = field(default_factory=list)
    unsigned: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)
    cases_updated: int = 0
    seconds: float = 0.0
    revoked_signer: list[str] = field(default_factory=list)
    unchecked: list[str] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)  # not bound to a signature
    content_conflicts: list[str] = field(default_factory=list)  # known id, other content
    decisions: int = 0  # coordinators' decisions on conflicts taken in from the share
    ltv_added: list[str] = field(default_factory=list)  # stored copies made B-LT/B-LTA
    ltv_waiting: list[str] = field(default_factory=list)  # still B-B/B-T: tried next ingest
    reasons: dict[str, str] = field(default_factory=dict)  # review id -> why it is refused
    # issue 28: what members' published lists name and this store does not hold (each with
    # user_id, review_id, file, reason), and list pieces put back on the share
    missing: list[dict[str, Any]] = field(default_factory=list)
    restored: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (
            self.modified
            or self.unsigned
            or self.problems
            or self.refused
            or self.unchecked
            or self.missing
        )

    def to_json(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data["ok"] = self.ok
        return data


_REQUIRED = ("review_id", "case_key", "review_date", "pdf_sha256", "reviewers", "template")


INGEST_PARALLEL_FROM = 150  # below this, starting worker processes costs more than it saves


# Complexity (C901): the ingest pipeline (select, read, verify, store); each refusal is one early
# `continue`.
def ingest(  # noqa: C901
    db: Database,
    paths: AppPaths,
    profile: Profile,
    share: Path | None,
    *,
    full: bool = False,
    workers: int | None = None,
) -> IngestReport:
    """Read every record on the share into the local store, verify its PDF completely, bind
    the record to it, flag conflicting reviews of one case, and update case statuses.

    A record's facts count only as its signer's word: the record carries a signature by the
    key that signed its PDF, that key is the roster's for the member the record names as
    signer, every co-signature is by a reviewer the record names, and the PDF says (in the
    signed revision's keywords) which case and review it is. The first content seen under a
    review id is kept: different content later is a conflict, never an update. A summary by
    an unknown or revoked signer is kept and shown as such but does not count as reviewed.

    Incremental: a record whose file sizes and times (record and PDF) are unchanged since the
    last ingest is not read again, unless `full` asks for every PDF to be verified anew.
    Signature validation (pyHanko, ~20 ms a PDF) runs in worker processes when there are many
    records to read; records are stored in the order of the share."""
    import time

    from udsat_desktop.reports.detached import verify_detached
    from udsat_desktop.sync import roster
    from udsat_desktop.sync.trust import canonical, record_facts

    require_coordinator(profile.role, "indlæse gennemgange fra fællesmappen")
    started = time.perf_counter()
    check_share(share)
    assert share is not None
    check_identity(share, paths.config, signed_share_id(db, paths))
    report = IngestReport()
    with contextlib.suppress(ShareError):
        refresh_trust(db, paths, share, None, profile)
        absorb_own_certificates(db, paths, profile, share)
    held = roster.current(paths)
    trust_set = held.trust_set() if held else None
    from udsat_desktop.sync import published

    with share_io.session():
        published.absorb_lists(db, held, share, report)  # whose each id is, before reading
    seen = state.ingested_stamps(db)
    private = encryption_key(db)  # sealed records and summaries are opened with it
    without_pdf = ingested_without_pdf(db)  # ingested before the store kept the PDFs
    touched_cases: set[str] = set()
    todo: list[Path] = []  # records new or changed since the last ingest
    again: set[str] = set()  # unchanged records that `full` verifies anew: not new
    with share_io.session():
        for entry in record_entries(share, report.problems):
            path = entry.path
            known = seen.get(path.stem)
            try:
                stamp = _stamp(path, share / known[0] if known else None)
            except (OSError, ShareError):
                stamp = None
            if (
                known is not None
                and stamp is not None
                and known[1:] == stamp
                and path.stem not in without_pdf
            ):
                if not full:
                    report.unchanged += 1
                    continue
                again.add(path.stem)
            todo.append(path)

    def refuse(path: Path, reason: str) -> None:
        report.refused.append((path.name, reason))
        _refuse(db, None, _rel(share, path), reason, profile)

    def not_for_me(path: Path, why: str) -> None:
        """Sealed, but not to me (sealed before I joined the roster, or to another team):
        said in the report and the sync log, and the rest of the ingest goes on."""
        report.problems.append((path.name, why))
        _refused(db, None, _rel(share, path), why)

    # Complexity (C901): one early `continue` per reason a record is refused, in the order they are
    # checked.
    def readable() -> Iterator[tuple[dict[str, Any], str, bytes, tuple[int, int]]]:  # noqa: C901
        for path in todo:
            try:
                blob = read_share_file(path, "record", share=share)
                record = bounded_json.loads(
                    sealed.unseal_share_file(
                        private, blob, name=_rel(share, path), kind=KIND_RECORD
                    )
                )
                if not isinstance(record, dict) or record.get("format") != RECORD_FORMAT:
                    raise ValueError(Msg("ikke en gennemgangspost"))
                missing = [k for k in _REQUIRED if k not in record]
                if missing:
                    raise ValueError(Msg("mangler {missing}", missing=", ".join(missing)))
                if record["review_id"] != path.stem:
                    raise ValueError(Msg("filnavnet passer ikke til posten"))
                if not isinstance(record["reviewers"], list):
                    raise ValueError(Msg("ugyldige gennemgåere"))
                sharded = path.parent != share / "records"
                pdf_rel = (targets_of if sharded else legacy_targets_of)(record)[0]
            except HostileFile as exc:
                report.problems.append((path.name, str(exc)))
                continue
            except sealed.NotForMe as exc:
                not_for_me(path, Msg("posten kan ikke læses: {reason}", reason=str(exc)))
                continue
            except (
                OSError,
                ValueError,
                KeyError,
                TypeError,
                AttributeError,
                sealed.SealError,
            ) as exc:
                report.problems.append(
                    (path.name, Msg("ulæselig post: {problem}", problem=message_of(exc)))
                )
                continue
            facts = record_facts(record)
            try:
                cert_fp, _cert = verify_detached(record.get("signature"), canonical(facts))
            except ValueError as exc:
                refuse(path, Msg("posten er afvist: {reason}", reason=str(exc)))
                continue
            member = held.signer_of_certificate(cert_fp) if held else None
            if member is not None and (
                record.get("signed_by") != member.user_id
                or member.user_id not in record["reviewers"]
            ):
                refuse(
                    path,
                    Msg(
                        "posten er afvist: den nævner ikke {user_id}, som underskrev den",
                        user_id=member.user_id,
                    ),
                )
                continue
            record["_signer_cert"] = cert_fp
            record["_signer_member"] = member.user_id if member else ""
            record["_revoked"] = bool(member and not member.active)
            record["_revoked_at"] = member.revoked_at if member else None
            # a revoked member's review their published list named before the revocation
            record["_listed_before"] = bool(
                member
                and member.revoked_at
                and published.listed_before(
                    db, member.user_id, record["review_id"], record["pdf_sha256"], member.revoked_at
                )
            )
            try:
                pdf = sealed.unseal_share_file(
                    private,
                    read_share_file(share / pdf_rel, "pdf", share=share),
                    name=pdf_rel,
                    kind=KIND_SUMMARY,
                )
                stamp = _stamp(path, share / pdf_rel)
            except FileNotFoundError:
                report.problems.append((path.name, Msg("PDF'en mangler på fællesmappen")))
                continue
            except HostileFile as exc:
                report.problems.append((Path(pdf_rel).name, str(exc)))
                continue
            except sealed.NotForMe as exc:
                not_for_me(share / pdf_rel, Msg("PDF'en kan ikke læses: {reason}", reason=str(exc)))
                continue
            except (OSError, ShareError, sealed.SealError) as exc:
                # the record was read and its signature checked: what failed is its PDF
                report.problems.append(
                    (
                        Path(pdf_rel).name,
                        Msg(
                            "PDF'en (resuméet) er beskadiget eller ulæselig: {problem}",
                            problem=reason_of(exc),
                        ),
                    )
                )
                continue
            # only an id ingested before can conflict: no query for a new one
            first = (
                state.first_seen(db, record["review_id"]) if record["review_id"] in seen else None
            )
            if first is not None and first != canonical(facts):
                displaced = _displaces(db, record, member)
                if displaced is not None:
                    # what was under the id does not hold it (an unknown signer, or not the
                    # member whose published list names the id): the trusted content does
                    record["_displaces"] = displaced
                    yield record, pdf_rel, pdf, stamp
                    continue
                report.content_conflicts.append(record["review_id"])
                reason = Msg(
                    "en anden post med samme gennemgangs-id er set før; den første beholdes"
                )
                state.log_file(db, path.name, f"records/{path.name}", "", "konflikt", reason)
                state.audit_refused(db, profile.user_id, f"records/{path.name}", reason)
                continue
            yield record, pdf_rel, pdf, stamp

    if workers is None:
        workers = min(os.cpu_count() or 1, 4) if len(todo) >= INGEST_PARALLEL_FROM else 1
    lists = {
        "MODIFIED": report.modified,
        "UNSIGNED": report.unsigned,
        "UNKNOWN_SIGNER": report.unknown_signer,
        "REVOKED_SIGNER": report.revoked_signer,
        "UNCHECKED": report.unchecked,
    }
    keep: list[tuple[str, str, bytes, str | None]] = []  # intact summaries for the store
    for (record, pdf_rel, pdf, stamp), found in _verdicts(trust_set, readable(), workers):
        verdict, reason = _bind(record, found, held)
        if reason:
            log.info("record %s: %s", record["review_id"], verdict)
            _refuse(db, None, f"records/{record['review_id']}.json", reason, profile)
        clean = {k: v for k, v in record.items() if not k.startswith("_")}
        if "_displaces" in record and verdict not in ("MODIFIED", "UNSIGNED", "UNCHECKED"):
            from udsat_desktop.store.published import forget_stored_pdf

            forget_stored_pdf(db, record["review_id"])  # the summary kept before was not it
            if record["_displaces"]:
                touched_cases.add(record["_displaces"])
        if not state.store_ingested(db, clean, pdf_rel, stamp, verdict, profile.user_id):
            # an honest review ingested intact before: the new file is refused, not believed
            report.problems.append(
                (
                    record["review_id"],
                    Msg(
                        "filen på fællesmappen er en anden end den, der blev indlæst og "
                        "kontrolleret før; den kontrollerede udgave beholdes ({reason})",
                        reason=reason or verdict,
                    ),
                )
            )
            continue
        lists.get(verdict, []).append(record["review_id"])
        if reason:
            report.reasons[record["review_id"]] = reason
        if verdict not in ("MODIFIED", "UNSIGNED", "UNCHECKED"):
            # the plain summary lives only in the encrypted store: printing and packets
            # read it from here, never from the share
            keep.append(
                (
                    record["case_key"],
                    record["review_id"],
                    pdf,
                    json.dumps(clean, ensure_ascii=False),
                )
            )
            if len(keep) >= 64:
                keep_ingested_pdfs(db, keep)
                keep.clear()
        if record["review_id"] in again:
            report.unchanged += 1
        else:
            report.new += 1
        touched_cases.add(record["case_key"])
    if keep:
        keep_ingested_pdfs(db, keep)
    if touched_cases:
        report.cases_updated, _conflicts = state.apply_ingest(db, profile.user_id, touched_cases)
        from udsat_desktop.store.meetings import follow_latest

        follow_latest(db, profile.user_id, touched_cases)  # planned meetings take corrections
    with contextlib.suppress(ShareError, OSError):
        _exchange_decisions(db, paths, profile, share, report)
    from udsat_desktop.store.versions import open_conflict_keys

    # a conflict stays one until a coordinator decides it: every ingest says so
    report.conflicts = sorted(open_conflict_keys(db))
    from udsat_desktop.sync.ingest_ltv import add_ltv_after_ingest

    add_ltv_after_ingest(db, paths, share, report)  # the one call: validation data added later
    with share_io.session():
        published.compare_with_store(db, share, report)  # what members published, not here
    report.seconds = round(time.perf_counter() - started, 3)
    return report


SIGNED_AHEAD = dt.timedelta(days=1)  # a signature "from the future": clocks and time zones
# A review is dated the day it is opened and signed later, so an honest date never lies after
# its signature; a quarter's leeway keeps rehearsals with a coming template's date working
# and still refuses a review dated years ahead (2099), which would count as reviewed for good.
REVIEW_AHEAD = dt.timedelta(days=92)


def implausible_dates(review_date: object, signed_at: str, now: dt.datetime | None = None) -> str:
    """Why a review's date cannot be right, judged by its signature's time (a review is not
    dated months after it was signed, nor signed in the future); "" when it can. A review
    dated 2099 must not count as reviewed for decades."""
    try:
        day = dt.date.fromisoformat(str(review_date))
    except ValueError:
        return Msg("gennemgangens dato kan ikke læses")
    if not signed_at:
        return Msg("underskriften har intet tidspunkt at holde gennemgangens dato op mod")
    signed = dt.datetime.fromisoformat(signed_at)
    if signed.tzinfo is None:
        signed = signed.replace(tzinfo=dt.UTC)
    now = now or dt.datetime.now(dt.UTC)
    if signed - now > SIGNED_AHEAD:
        return Msg(
            "underskriften siger, at den er lavet {signed}, som ligger i fremtiden",
            signed=signed.date(),
        )
    if day > (signed + REVIEW_AHEAD).date():
        return Msg(
            "gennemgangen er dateret {day}, efter den blev underskrevet {signed}",
            day=day,
            signed=signed.date(),
        )
    return ""


def _bind(
    record: dict[str, Any], found: tuple[str, list[str], str, str, str, str], held: Any
) -> tuple[str, str]:
    """The verdict stored for a record, from its PDF's check and the record's binding to it;
    and the reason when the record does not hold together (audited)."""
    verdict, signers, keywords, reason, stamped, signed_at = found
    if verdict in ("MODIFIED", "UNSIGNED", "UNCHECKED"):
        return verdict, reason
    if signers[:1] != [record["_signer_cert"]]:
        return "MODIFIED", Msg("PDF'en er ikke underskrevet med den nøgle, der underskrev posten")
    if keywords != f"{record['case_key']},{record['review_id']}":
        return "MODIFIED", Msg("PDF'en hører til en anden sag eller gennemgang end posten")
    for fp in signers[1:]:
        member = held.signer_of_certificate(fp) if held else None
        if member is None or member.user_id not in record["reviewers"]:
            return "MODIFIED", Msg("en medunderskrift er ikke fra en af gennemgangens gennemgåere")
    if not record["_signer_member"]:
        return "UNKNOWN_SIGNER", Msg(
            "underskriveren er ikke på teamets holdliste; gennemgangen tælles ikke"
        )
    if record["_revoked"] or verdict == "REVOKED_SIGNER":
        if not _before_revocation(record, stamped):
            return "REVOKED_SIGNER", Msg(
                "underskriveren er tilbagekaldt, og underskriften er ikke vist at være fra før "
                "tilbagekaldelsen; gennemgangen tælles ikke"
            )
        verdict = "TRUSTED"  # signed while the signer was on the team: it stays valid
    wrong = implausible_dates(record["review_date"], signed_at)
    if wrong:  # signed by a member, but not believable: flagged, never counted as reviewed
        return "UNCHECKED", Msg("{wrong}; gennemgangen tælles ikke", wrong=wrong)
    return verdict, ""


def _before_revocation(record: dict[str, Any], stamped: str) -> bool:
    """A revoked member's signature counts when it was made before `revoked_at`: by a trusted
    time (an intact RFC 3161 timestamp on the signature) where there is one, otherwise by the
    member's published list as this coordinator received it (the order, never the member's own
    clock: sync/published.py)."""
    revoked_at = record.get("_revoked_at")
    if not revoked_at:
        return False
    if stamped:
        try:
            return dt.datetime.fromisoformat(stamped) < dt.datetime.fromisoformat(revoked_at)
        except ValueError:
            return False
    return bool(record.get("_listed_before"))


def _displaces(db: Database, record: dict[str, Any], member: Any) -> str | None:
    """Whether this record, signed by a roster member, takes an id whose stored content does
    not hold it: content from an unknown signer (or one that failed) never pins an id, and a
    member's published list says whose an id is. Returns the case key of what is displaced
    ("" when unknown), or None when the first content stays (a conflict)."""
    from udsat_desktop.store.published import ingested_as, owners

    if member is None:
        return None
    stored = ingested_as(db, record["review_id"])
    if stored is None:
        return None
    verdict, stored_pdf, stored_text = stored
    try:
        old = json.loads(stored_text)
    except ValueError:
        old = {}
    old_case = str(old.get("case_key") or "") if isinstance(old, dict) else ""
    if verdict not in ("TRUSTED", "REVOKED_SIGNER"):
        return None if verdict == state.RETAINED else old_case
    # when the coordinator first held each member's claim to the id (the first list wins;
    # two lists naming it at once are a conflict for her to decide)
    first: dict[tuple[str, str], str] = {}
    for user, digest, received in sorted(owners(db, record["review_id"]), key=lambda o: o[2]):
        first.setdefault((user, digest), received)
    mine = first.get((member.user_id, record["pdf_sha256"]))
    theirs = first.get(
        (str(old.get("signed_by") or "") if isinstance(old, dict) else "", stored_pdf)
    )
    if mine is not None and (theirs is None or mine < theirs):
        return old_case
    return None


def _verdicts(
    trust_set: Any, items: Iterable[tuple[dict[str, Any], str, bytes, Any]], workers: int
) -> Iterator[tuple[Any, Any]]:
    """(item, check) for each (record, PDF path, PDF, stamp), in order. With workers, a
    bounded number of PDFs is in flight, so memory stays flat however many there are."""
    from collections import deque

    from udsat_desktop.reports.verify import TrustSet

    # plain dicts and tuples: what a worker process receives is pickled
    trust = (
        TrustSet(
            dict(trust_set.known),
            dict(trust_set.revoked),
            tuple(trust_set.roots),
            tuple(trust_set.org_cas),
        )
        if trust_set
        else TrustSet()
    )
    if workers <= 1:
        _verdict_init(trust)
        yield from ((item, _verdict((item[2], item[0]["pdf_sha256"]))) for item in items)
        return
    import multiprocessing
    from concurrent.futures import Future, ProcessPoolExecutor

    # spawn, not fork: the GUI process has threads, and a forked Qt process is not safe
    with ProcessPoolExecutor(
        workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_verdict_init,
        initargs=(trust,),
    ) as pool:
        pending: deque[tuple[Any, Future[Any]]] = deque()
        source = iter(items)
        while True:
            while len(pending) < 8 * workers:
                item = next(source, None)
                if item is None:
                    break
                pending.append((item, pool.submit(_verdict, (item[2], item[0]["pdf_sha256"]))))
            if not pending:
                return
            item, future = pending.popleft()
            yield item, future.result()


_TRUSTED: list[Any] = []


def _verdict_init(trust: Any) -> None:
    _TRUSTED[:] = [trust]


def _verdict(item: tuple[bytes, str]) -> tuple[str, list[str], str, str, str, str]:
    """(verdict name, signing certificates in order, keywords, reason, the first signature's
    trusted time as ISO text or "", its signing time as ISO text or "": a timestamp server's
    time, else the signer's own clock) of one PDF."""
    from udsat_desktop.reports.ltv import signed_revision_digests
    from udsat_desktop.reports.verdicts import Verdict  # not .signing: no renderer
    from udsat_desktop.reports.verify import check_pdf

    pdf, sha256 = item
    # the record names the signed revision: validation data or a document timestamp added
    # later (B-LT/B-LTA) leave it, and so the identity, as it was
    if hashlib.sha256(pdf).hexdigest() != sha256 and sha256 not in signed_revision_digests(pdf):
        return Verdict.MODIFIED.name, [], "", Msg("PDF'en passer ikke til postens hash"), "", ""
    result = check_pdf(pdf, _TRUSTED[0])
    reason = next((r.reason for r in result.reports if r.reason), "")
    first = result.reports[0] if result.reports else None
    stamped = first.timestamp.isoformat() if first is not None and first.timestamp else ""
    # when it was signed: a timestamp server's time, else the signer's own clock
    when = (first.timestamp or first.signed_at) if first is not None else None
    return (
        result.verdict.name,
        [r.cert_sha256 for r in result.reports],
        result.keywords,
        reason,
        stamped,
        when.isoformat() if isinstance(when, dt.datetime) else "",
    )


def _stamp(record: Path, pdf: Path | None) -> tuple[int, int]:
    """What tells a re-ingest that a record or its PDF changed without reading either: their
    sizes and modification times together (of the names themselves: links are not followed)."""
    a = os.lstat(record)
    if pdf is None:
        return a.st_size, a.st_mtime_ns
    b = os.lstat(pdf)
    return a.st_size + b.st_size, max(a.st_mtime_ns, b.st_mtime_ns)


def record_entries(
    share: Path, problems: list[tuple[str, str]] | None = None
) -> list[share_io.Entry]:
    """Every record file on the share: records/<yyyy>/<mm>/ and the flat records/ of the old
    layout. Links, FIFOs and folders named like records are listed in `problems`."""
    out: list[share_io.Entry] = []
    bad: list[tuple[str, str]] = []

    def walk(folder: Path, depth: int) -> None:
        try:
            entries, refused = list_folder(folder, share=share)
        except ShareError as exc:
            if exc.errno != errno.ENOTDIR:
                raise
            bad.append((_rel(share, folder), str(exc)))
            return
        bad.extend((_rel(share, rel), why) for rel, why in refused)
        for entry in entries:
            if entry.is_dir:
                if depth < 2 and entry.name.isdigit():
                    walk(entry.path, depth + 1)
                elif entry.name.endswith(".json"):
                    bad.append(
                        (
                            _rel(share, entry.path),
                            Msg(
                                "{name} på fællesmappen er afvist: en mappe med et filnavn",
                                name=entry.name,
                            ),
                        )
                    )
            elif entry.name.endswith(".json") and depth in (0, 2):
                out.append(entry)

    walk(share / "records", 0)
    if problems is not None:
        problems.extend(bad)
    return out
