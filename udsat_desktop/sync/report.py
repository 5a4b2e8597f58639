"""The sync report (what one round published, failed, refused, took in), the ingest report
(what a coordinator's intake found: the `udsat ingest --json` keys), and how a refused file on
the share is told: in the report, the sync log and (forged files) the audit log.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from udsat_desktop.store import sync_state as state
from udsat_desktop.store.db import Database
from udsat_desktop.store.queue import Profile
from udsat_desktop.sync.refusals import (
    current,
    known_reason,
)
from udsat_desktop.sync.share.read import Entry, list_folder, look

log = logging.getLogger(__name__)


def _refused(
    db: Database | None,
    report: SyncReport | None,
    rel: str,
    why: str,
    fingerprint: str = "",
    stamp: tuple[int, int] | None = None,
) -> None:
    """A file on the share that is not read (a link, a FIFO, a folder named like a file, an
    oversized file): told to the user, kept in the sync log, and not read again unchanged."""
    # the folder only: a hostile file's name may hold anything (the sync log, inside the
    # encrypted database, keeps the whole path and the reason); in a run once per folder
    # (20,000 junk files were 20,000 lines in the log file)
    run = current()
    top = rel.split("/")[0]
    if run is None or top not in run.warned:
        log.warning("file on the share refused in %s/ (see the sync log)", top)
        if run is not None:
            run.warned.add(top)
    if report is not None and not _told(report, rel):
        report.refused.append((rel, why))
    if run is not None:  # remembered and logged at the end of the run (one transaction),
        run.note(rel, why, stamp)  # audited in its summary
        if db is not None:
            run.log_file(rel[-120:], rel[-200:], fingerprint[:64], why)
    elif db is not None:
        state.log_file(db, rel[-120:], rel[-200:], fingerprint[:64], "afvist", why)


def _told(report: SyncReport | IngestReport, rel: str) -> bool:
    """Whether `report.refused` names `rel` already: an index kept beside the list (which is
    only ever appended to), so 20,000 refused files cost no scan of the list each."""
    index: tuple[int, set[str]] | None = report.__dict__.get("_told_index")
    if index is None or index[0] > len(report.refused):
        index = (0, set())
    seen, names = index
    names.update(r[0] for r in report.refused[seen:])
    report.__dict__["_told_index"] = (len(report.refused), names)
    return rel in names


def _refuse(
    db: Database, report: SyncReport | None, name: str, reason: str, profile: Profile | None
) -> None:
    """A file on the share that is not what it claims (forged, unsigned, from someone not on
    the roster): one line in the report and the sync log, and an audit entry; the sync goes
    on."""
    _refused(db, report, name, reason)
    audit_outside_run(db, profile.user_id if profile else "system", name, reason)


def audit_outside_run(db: Database, user_id: str, name: str, reason: str) -> None:
    """A refusal's own audit entry, outside a sync or an ingest; inside one, the run's
    summary says it (sync/refusals.py)."""
    if current() is None:
        state.audit_refused(db, user_id, name, reason)


def skip_known(entry: Entry, share: Path, report: SyncReport | IngestReport | None) -> bool:
    """A file refused before and unchanged since (path, size, time) is not opened again; it
    is still named in the report, marked as known."""
    run = current()
    if run is None:
        return False
    rel = _rel(share, entry.text)
    told = rel in run.known  # named in this run's report already (no scan of the list)
    why = run.unchanged(rel, entry.size, entry.mtime_ns)
    if why is None:
        return False
    if report is not None and not told:
        report.refused.append((rel, known_reason(why)))
    return True


def list_once(folder: Path, share: Path) -> tuple[list[Entry], list[tuple[str, str]]]:
    """`folder`'s entries without a stat of each file (share/read.py's `stat_files=False`),
    listed once per run: the check for work (sync/waiting.py) and the step that does it share
    one listing (through smbnetfs 20,000 names cost ~0.9 s a listing). Not to be changed."""
    run = current()
    key = str(folder)
    if run is not None and key in run.listings:
        return run.listings[key]
    got = list_folder(folder, share=share, stat_files=False)
    if run is not None:
        run.listings[key] = got
    return got


def recheck_in_turn(share: Path, folder: Path, entries: list[Entry]) -> None:
    """Of `entries` (files of `folder` a step may open), those refused before are looked at
    again in turn, a bounded number per run (sync/refusals.py `recheck_first`)."""
    run = current()
    if run is not None:
        rels = [rel for e in entries if (rel := _rel(share, e.text)) in run.remembered]
        run.recheck_first(_rel(share, folder), rels)


def to_open(
    entry: Entry,
    share: Path,
    report: SyncReport | None,
    quarantined: dict[str, tuple[str, str]] | None = None,
    *,
    quiet: bool = False,
) -> Entry | None:
    """A step is about to open `entry` (listed without its stat): the entry with its size and
    time, or None when it is not opened in this run. A file refused before is looked at again
    within the run's budget (sync/refusals.py `gate`) and, unchanged or not looked at, named in
    the report as known; a new file is opened within the run's reading budget (the rest is
    counted in `left_unread`); a file quarantined by the sync log and unchanged is named, or
    with `quiet` (decisions/, as before) passed over as the sync log already holds it."""
    run = current()
    rel = _rel(share, entry.text)
    if run is None:
        return look(entry)
    what, got = run.gate(rel, entry)
    held = quarantined.get(rel[-120:]) if quarantined else None
    if what == "known" and quiet and held is not None:
        return None  # unchanged since the sync log quarantined it
    if what in ("known", "unchecked"):
        why = known_reason(str(got)) if what == "known" else str(got)
        if report is not None and not _told(report, rel):
            report.refused.append((rel, why))
        return None
    if not isinstance(got, Entry):
        return None  # gone since its listing, or past this run's budget
    if held is not None and quiet:
        return None if held[0] and held[0] == _fingerprint(got)[:64] else got
    if quarantined and _skip_quarantined(got, share, quarantined, report):
        return None
    return got


def refuse_by_name(
    db: Database,
    report: SyncReport | None,
    share: Path,
    entry: Entry,
    why: str | Callable[[str], str],
) -> None:
    """A file refused by its name alone (listed without a look at its size or time:
    share/read.py's `wanted`): told, and remembered by its path, as the name is all it was
    judged by; while remembered it is told as known and not audited again. `why`: the reason,
    or a function of the name that makes it (called only for a new refusal). Telling the
    same file again in a run changes nothing."""
    run = current()
    rel = _rel(share, entry.text)
    found = run.remembered.get(rel) if run is not None else None
    if run is not None and found is not None:
        told = rel in run.known
        run.known.add(rel)
        if report is not None and not told:
            report.refused.append((rel, known_reason(found[2])))
        return
    if run is not None and rel in run.new:
        return  # told in this run already
    reason = why if isinstance(why, str) else why(entry.name)
    _refused(db, report, rel, reason, stamp=(entry.size, entry.mtime_ns))


def may_read(
    entry: Entry,
    share: Path,
    cap: int | None = None,
    pool: str = "share",
    pool_cap: int | None = None,
) -> bool:
    """Whether this run may open one more file of the entry's folder, within the folder's cap
    and the run's cap across the folders of `pool` (the rest: next run)."""
    run = current()
    folder = _rel(share, entry.text).rpartition("/")[0]
    return run is None or run.may_read(folder, cap, pool, pool_cap)


def listed_whole(
    share: Path, folder: Path, entries: list[Entry], odd: list[tuple[str, str]]
) -> None:
    """In a run: `folder` was listed whole (its files and the links etc. refused there), so
    remembered refusals of files gone from it are forgotten at the run's end."""
    run = current()
    if run is not None:
        run.list_whole(
            _rel(share, folder), [e.name for e in entries] + [Path(o).name for o, _ in odd]
        )


def _rel(share: Path, path: Path | str) -> str:
    text, root = str(path), str(share)
    if text.startswith(root) and text[len(root) : len(root) + 1] == "/":
        return text[len(root) + 1 :]  # the usual case, without pathlib's parsing (hot: 20,000)
    try:
        return Path(path).relative_to(share).as_posix()
    except ValueError:
        return Path(path).name


def _fingerprint(entry: Entry) -> str:
    return f"{entry.size}:{entry.mtime_ns}"


def _skip_quarantined(
    entry: Entry,
    share: Path,
    quarantined: dict[str, tuple[str, str]],
    report: SyncReport | None,
) -> bool:
    """A file refused before and unchanged since is not opened again (still reported)."""
    rel = _rel(share, entry.text)
    fingerprint, why = quarantined.get(rel[-120:], ("", ""))
    if fingerprint and fingerprint == _fingerprint(entry)[:64]:
        if report is not None and not _told(report, rel):
            report.refused.append((rel, why))
        return True
    return False


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
    # issue 31: the share is on a mount where claims cannot be atomic (rclone): why, naming
    # the mount (empty when they can), and my claims that are therefore not made on the share
    claims_unsafe: str = ""
    claims_unsafe_cases: list[str] = field(default_factory=list)
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
    # issue 31: refused files remembered and unchanged (not read again; still in `refused`),
    # and per folder the files not read in this run (the cap per folder per run)
    known_refusals: int = 0
    left_unread: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.reachable and not self.problem and not self.failed and not self.conflicts

    def to_json(self) -> dict[str, Any]:
        # one level of copies, not dataclasses.asdict's deep copy of each item: 20,000
        # refused files (junk) were a second of it (issue 31); the items are plain values
        data = {f.name: _shallow(getattr(self, f.name)) for f in dataclasses.fields(self)}
        data["ok"] = self.ok
        return data


def _shallow(value: Any) -> Any:
    if isinstance(value, list):
        return [list(v) if isinstance(v, tuple) else v for v in value]
    if isinstance(value, dict):
        return dict(value)
    return value


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
    known_refusals: int = 0  # issue 31: as in SyncReport
    left_unread: dict[str, int] = field(default_factory=dict)
    # issue 31, item 7: the user cancelled; what was verified before is kept, and the next
    # ingest goes on from there. `to_read`: records to read in this run, `handled`: of those,
    # kept or refused when it ended (neither in --json)
    cancelled: bool = False
    to_read: int = 0
    handled: int = 0

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
        data.pop("to_read")
        data.pop("handled")
        data["ok"] = self.ok
        return data
