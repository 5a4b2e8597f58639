"""Whether this sync has work for the steps that write through the ORM (issue 34): new
assignment batches for me, decisions to publish or to take in, claims to try or check, reviews
in the outbox (or a mount where claims cannot be settled, which the claims step reports
every round). Plain SQL and one listing of each folder; when none has work, `sync()` runs
without loading SQLAlchemy (sync/engine.py), otherwise sync/engine_work.py runs the steps.

When unsure (a folder that cannot be listed, a refused entry, a file not yet known) it says
there is work: the steps then look, as they always did. A file refused before and still on
the share counts as work too (the steps skip it as known), so that sync takes the ORM path.
A file named as no batch (in my assignments folder) or no decision (a `.json` file in
decisions/) is not work: it is refused by its name here, as the step would (told, remembered,
and known on later runs; `refuse_by_name` tells a file once however often it is called), so
20,000 such junk files do not load the ORM for every sync (~1 s of CPU; issue 31, item 3).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from udsat_desktop.platform.paths import AppPaths
from udsat_desktop.store import sync_waiting as waiting
from udsat_desktop.store.db import Database
from udsat_desktop.store.queue import Profile
from udsat_desktop.sync.layout import (
    ASSIGNMENTS_FOLDER,
    DECISIONS_FOLDER,
    is_batch_name,
    is_decision_name,
    not_a_batch,
    not_a_decision,
)
from udsat_desktop.sync.pending import pending_count
from udsat_desktop.sync.report import SyncReport, list_once, refuse_by_name
from udsat_desktop.sync.roster.pins import current
from udsat_desktop.sync.share.atomicity import claims_unsafe
from udsat_desktop.sync.share.errors import ShareError
from udsat_desktop.sync.share.read import Entry


def work_waiting(
    db: Database, paths: AppPaths, profile: Profile, share: Path, report: SyncReport | None = None
) -> list[str]:
    """The steps with something to do ("assignments", "decisions", "claims", "push")."""
    steps = []
    pulled = waiting.pulled_batch_names(db)
    mine = f"{ASSIGNMENTS_FOLDER}/{profile.user_id}"
    junk = _Junk(db, report, is_batch_name, not_a_batch, every_name=True)
    if _new_on_share(share, share / mine, ".json", pulled, waiting.refused_in(db, mine), junk):
        steps.append("assignments")
    if (
        profile.role.value == "coordinator" and waiting.has_unpublished_decisions(db)
    ) or (  # decisions are read once a roster is held (sync/decisions.py)
        current(paths) is not None
        and _new_on_share(
            share,
            share / DECISIONS_FOLDER,
            "",
            waiting.decision_ids(db),
            waiting.refused_in(db, DECISIONS_FOLDER),
            _Junk(db, report, is_decision_name, not_a_decision, every_name=False),
        )
    ):
        steps.append("decisions")
    # on a mount where claims cannot be settled the claims step says so every round
    if waiting.has_claims_to_check(db) or claims_unsafe(share):
        steps.append("claims")
    if pending_count(db):
        steps.append("push")
    return steps


@dataclass
class _Junk:
    """Names a folder's step refuses by name alone (`shape` false), and how (`why`); with
    `every_name` any regular file is judged, else only `.json` files (decisions/)."""

    db: Database
    report: SyncReport | None
    shape: Callable[[str], bool]
    why: Callable[[str], str]
    every_name: bool

    def refused(self, share: Path, entry: Entry) -> bool:
        """Whether `entry` is junk by its name: then refused by it, here, and no work."""
        if entry.is_dir or self.shape(entry.name):
            return False
        if not self.every_name and not entry.name.endswith(".json"):
            return False
        refuse_by_name(self.db, self.report, share, entry, self.why)
        return True


def _new_on_share(
    share: Path,
    folder: Path,
    keep_suffix: str,
    known: set[str],
    refused_before: set[str],
    junk: _Junk,
) -> bool:
    """A `.json` entry in `folder` whose name (with `keep_suffix`, else its stem) is not
    `known`, anything refused there, a file remembered as refused there that is gone (its
    refusal is forgotten by the step that lists the folder), or a folder that cannot be
    listed. Junk by its name is refused here (`junk`) and is no work."""
    try:
        entries, refused = list_once(folder, share)  # no stat of each file; the step reuses it
    except ShareError:
        return True
    if refused or refused_before - {entry.name for entry in entries}:
        return True
    work = False
    for entry in entries:
        if junk.refused(share, entry) or work or not entry.name.endswith(".json"):
            continue
        name = entry.name if keep_suffix else entry.name.removesuffix(".json")
        if entry.is_dir or name not in known:
            work = True  # the rest is still judged by name: told in this sync either way
    return work
