"""Passing the roster on through the share: the roster files in team/, taking every newer one
a trusted coordinator signed, publishing one's own, the coordinators a new member may pin,
and the share id a roster names.
"""

from __future__ import annotations

import contextlib
import errno
import re
from pathlib import Path

from udsat_desktop.core import bounded_json
from udsat_desktop.core.text import Msg, message_of
from udsat_desktop.platform.paths import AppPaths
from udsat_desktop.store.db import Database
from udsat_desktop.sync import refusals, trust
from udsat_desktop.sync.roster.model import (
    ROSTER_KIND,
    CoordinatorChange,
    OwnDemotion,
    Roster,
    RosterError,
    coordinator_change,
    file_name,
)
from udsat_desktop.sync.roster.pins import accept, current, pinned
from udsat_desktop.sync.share.errors import ShareError
from udsat_desktop.sync.share.marker import (
    NotTheTeamsShare,
    known_share_id,
    marker_id,
    remember_share_id,
    set_up_share,
)
from udsat_desktop.sync.share.publish import publish_once
from udsat_desktop.sync.share.read import Entry, list_folder, read_share_file
from udsat_desktop.sync.trust import TrustError, fingerprint


def candidates(share: Path) -> list[tuple[str, str, int]]:
    """Coordinators offered by the rosters on the share, for a member who has pinned none yet:
    (fingerprint, name, version) of each roster's signer, whose signature checks. Trusted only
    when the user compares the code with the coordinator's screen and confirms."""
    out: dict[str, tuple[str, str, int]] = {}
    for path, _version in roster_files(share):
        with contextlib.suppress(OSError, TrustError):
            payload, signer = trust.open_envelope(_read(path), ROSTER_KIND)
            roster = Roster.from_payload(payload)
            member = roster.by_team_key(signer)
            if member is not None and member.is_coordinator:
                out[member.fingerprint] = (member.fingerprint, member.name, roster.version)
    return sorted(out.values(), key=lambda c: -c[2])


def _read(path: Path, limit: int = trust.MAX_ENVELOPE) -> bytes:
    """A regular file of the share within `limit` (no link, FIFO or device is followed)."""
    try:
        return read_share_file(path, "record", limit=limit)
    except FileNotFoundError:
        raise
    except ShareError as exc:
        raise TrustError(str(exc)) from None


# `roster-<version>-<first 16 hex of the file's SHA-256>.json`: a name nobody can take before
# the coordinator has signed the roster (anyone may write to the share, so a name that can be
# guessed could be squatted and block publishing). Plain `roster-<version>.json` still reads.
_ROSTER_NAME = re.compile(r"^roster-(\d{1,9})(?:-[0-9a-f]{16})?\.json$")


def roster_entries(share: Path) -> tuple[list[tuple[Entry, int]], list[tuple[str, str]]]:
    """The files in team/ named like rosters, in version order, from the one bounded listing
    of the folder without a stat of each file (issue 31: through smbnetfs a stat is a round
    trip, 20,000 junk files were 20,000; `refresh` looks only at the rosters newer than the
    one held, within the run's budget), and the links, FIFOs and devices named like rosters
    that are not read (name, reason)."""
    try:
        entries, odd = list_folder(share / "team", share=share, stat_files=False)
    except ShareError as exc:
        if exc.errno == errno.ENOTDIR:  # a link or a file in team/'s place: no rosters
            return [], []
        raise
    run = refusals.current()
    if run is not None:  # listed whole: refusals of files gone from team/ are forgotten
        run.list_whole("team", [e.name for e in entries] + [Path(o).name for o, _ in odd])
    found = []
    refused: list[tuple[str, str]] = []
    for entry in entries:
        match = _ROSTER_NAME.match(entry.name)
        if match and entry.is_dir:  # named, never passed over in silence
            refused.append((entry.name, Msg("holdlisten er afvist: det er en mappe, ikke en fil")))
        elif match:
            found.append((entry, int(match.group(1))))
    found.sort(key=lambda f: f[1])
    refused += [
        (Path(where).name, why) for where, why in odd if _ROSTER_NAME.match(Path(where).name)
    ]
    return found, refused


def roster_files(share: Path) -> list[tuple[Path, int]]:
    return [(entry.path, version) for entry, version in roster_entries(share)[0]]


def _newer(found: list[tuple[Entry, int]], held: Roster | None) -> list[tuple[Entry, int]]:
    """The rosters newer than the one held; in a sync, which of those refused before this
    run may look at again is settled (sync/refusals.py: a bounded number, longest ago first)."""
    newer = [(e, v) for e, v in found if held is None or v > held.version]
    run = refusals.current()
    if run is not None:
        remembered = [f"team/{e.name}" for e, _ in newer if f"team/{e.name}" in run.remembered]
        run.recheck_first("team", remembered)
    return newer


def _to_read(run: refusals.RefusalRun, entry: Entry, problems: list[tuple[str, str]]) -> bool:
    """In a sync: whether to read this roster. Refused before and unchanged (or not looked
    at in this run) is named, not read again; past the budget the next run reads it."""
    what, got = run.gate(f"team/{entry.name}", entry)
    if what == "known":
        problems.append((entry.name, refusals.known_reason(str(got))))
    elif what == "unchecked":
        problems.append((entry.name, str(got)))
    return what == "read"


def refresh(
    paths: AppPaths,
    share: Path,
    *,
    me: str | None = None,
    changes: list[CoordinatorChange] | None = None,
) -> tuple[Roster | None, list[tuple[str, str]]]:
    """Accept every newer roster on the share in version order (of several files naming one
    version, the first that checks). Returns the roster held afterwards and the refused files
    with their reasons (older copies are not reported). Each change of the set of
    coordinators taken is added to `changes`; `me`: see `accept`."""
    problems: list[tuple[str, str]] = []
    held = current(paths)
    if held is None and not pinned(paths):
        return None, []  # nobody trusted yet: the rosters are only offered (`candidates`)
    found, odd = roster_entries(share)
    problems.extend(odd)
    newer = _newer(found, held)
    run = refusals.current()
    for entry, version in newer:
        if held is not None and version <= held.version:
            continue
        if run is not None and not _to_read(run, entry, problems):
            continue
        path = entry.path
        try:
            blob = _read(path)
            outer = bounded_json.loads(blob, max_bytes=trust.MAX_ENVELOPE)
            payload = outer.get("payload")
            if not isinstance(payload, dict) or payload.get("version") != version:
                raise RosterError(Msg("holdlisten er afvist: filnavnet passer ikke til versionen"))
            accepted = accept(paths, blob, me=me)
        except OwnDemotion as exc:
            problems.append((path.name, str(exc)))
            break  # nothing after it is taken before she decides
        except (OSError, TrustError, ValueError) as exc:
            problems.append(
                (
                    path.name,
                    str(exc)
                    if isinstance(exc, RosterError)
                    else Msg(
                        "holdlisten er afvist: {reason}",
                        reason=message_of(exc) or type(exc).__name__,
                    ),
                )
            )
            continue
        if accepted is not None and changes is not None:
            change = coordinator_change(held, accepted)
            if change is not None:
                changes.append(change)
        held = accepted or held
    return held, problems


def publish(share: Path, roster: Roster) -> Path:
    """Put the roster on the share under its content-derived name (write-once: a repeated
    publish of the same roster is a no-op)."""
    target = share / "team" / file_name(roster)
    publish_once(target, roster.blob, share=share)
    return target


def republish(paths: AppPaths, share: Path, db: Database) -> bool:
    """A coordinator's held roster that is not on the share yet (publishing failed when it was
    made, or the file was removed) is put there at the next sync. True when written now."""
    held = current(paths)
    if held is None or not held.blob:
        return False
    me = held.by_team_key(trust.team_public(db))
    if me is None or not me.is_coordinator:
        return False
    if (share / "team" / file_name(held)).is_file():
        return False
    publish(share, held)
    return True


def signs_share(paths: AppPaths, share: Path, share_id: str) -> bool:
    """Whether a coordinator this app trusts has signed `share_id` as the team's share: the
    roster held names it, or a newer roster in `share` does whose signer is a coordinator of
    the held roster or one the user pinned (the team moved; the next sync takes that roster
    the ordinary way). Nothing is stored here."""
    held = current(paths)
    if held is not None and held.share_id == share_id:
        return True
    trusted = held.coordinator_fingerprints() if held is not None else set()
    pins = pinned(paths)
    for path, version in roster_files(share):
        if held is not None and version <= held.version:
            continue
        with contextlib.suppress(OSError, TrustError):
            payload, signer = trust.open_envelope(_read(path), ROSTER_KIND)
            fp = fingerprint(signer)
            if payload.get("share_id") == share_id and (
                fp in trusted or any(fp.startswith(p) for p in pins)
            ):
                return True
    return False


def adopt_share(paths: AppPaths, share: Path, *, new_share: bool = False) -> str:
    """`udsat config --share` and the settings' Gem: set the folder up as the share (the
    marker, made once) and remember its id. A folder marked as another share than the one
    this data folder syncs with is adopted only when a trusted coordinator signed its id in
    a roster (the team moved); a forged or copied marker is refused and never adopted."""
    known = known_share_id(paths.config)
    held = current(paths)
    fresh = new_share and marker_id(share) is None  # the team moves to a new, empty share
    found = set_up_share(share, known=known, new_share=new_share)
    signed = held.share_id if held is not None else ""
    other = (known is not None and found != known) or (signed and found != signed)
    # a share made just now with --new-share is the user's explicit act; a member's app
    # still sends nothing there until a coordinator signs its id (`signed_share_id`)
    if other and not fresh and not signs_share(paths, share, found):
        raise NotTheTeamsShare(
            Msg(
                "{path} er ikke teamets fællesmappe: mærkefilen er en anden end den, "
                "programmet synkroniserer med, og ingen koordinator, du har godkendt, har "
                "underskrevet den i holdlisten. Den er ikke taget i brug. Er teamets "
                "fællesmappe flyttet, så tal med koordinatoren.",
                path=share,
            )
        )
    remember_share_id(paths.config, found)
    return found
