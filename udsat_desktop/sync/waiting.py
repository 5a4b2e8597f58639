"""Whether this sync has work for the steps that write through the ORM (issue 34): new
assignment batches for me, decisions to publish or to take in, claims to try or check, reviews
in the outbox (or a mount where claims cannot be settled, which the claims step reports
every round). Plain SQL and one listing of each folder; when none has work, `sync()` runs
without loading SQLAlchemy (sync/engine.py), otherwise sync/engine_work.py runs the steps.

When unsure (a folder that cannot be listed, a refused entry, a file not yet known) it says
there is work: the steps then look, as they always did. A file refused before and still on
the share counts as work too (the steps skip it as known), so that sync takes the ORM path.
"""

from __future__ import annotations

from pathlib import Path

from udsat_desktop.platform.paths import AppPaths
from udsat_desktop.store import sync_waiting as waiting
from udsat_desktop.store.db import Database
from udsat_desktop.store.queue import Profile
from udsat_desktop.sync.layout import ASSIGNMENTS_FOLDER, DECISIONS_FOLDER
from udsat_desktop.sync.pending import pending_count
from udsat_desktop.sync.report import list_once
from udsat_desktop.sync.roster.pins import current
from udsat_desktop.sync.share.atomicity import claims_unsafe
from udsat_desktop.sync.share.errors import ShareError


def work_waiting(db: Database, paths: AppPaths, profile: Profile, share: Path) -> list[str]:
    """The steps with something to do ("assignments", "decisions", "claims", "push")."""
    steps = []
    pulled = waiting.pulled_batch_names(db)
    mine = f"{ASSIGNMENTS_FOLDER}/{profile.user_id}"
    if _new_on_share(share, share / mine, ".json", pulled, waiting.refused_in(db, mine)):
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
        )
    ):
        steps.append("decisions")
    # on a mount where claims cannot be settled the claims step says so every round
    if waiting.has_claims_to_check(db) or claims_unsafe(share):
        steps.append("claims")
    if pending_count(db):
        steps.append("push")
    return steps


def _new_on_share(
    share: Path, folder: Path, keep_suffix: str, known: set[str], refused_before: set[str]
) -> bool:
    """A `.json` entry in `folder` whose name (with `keep_suffix`, else its stem) is not
    `known`, anything refused there, a file remembered as refused there that is gone (its
    refusal is forgotten by the step that lists the folder), or a folder that cannot be
    listed."""
    try:
        entries, refused = list_once(folder, share)  # no stat of each file; the step reuses it
    except ShareError:
        return True
    if refused or refused_before - {entry.name for entry in entries}:
        return True
    for entry in entries:
        if not entry.name.endswith(".json"):
            continue
        name = entry.name if keep_suffix else entry.name.removesuffix(".json")
        if entry.is_dir or name not in known:
            return True
    return False
