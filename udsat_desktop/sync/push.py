"""What every sync puts on the share, work or not: my list of what I published, my audit
heads, and (coordinators) the members' audit heads kept; and the outbox's tidying. Pushing the
queued summaries and records themselves (an ORM write) is sync/outbox.py (issue 34).
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from udsat_desktop.platform.paths import AppPaths
from udsat_desktop.store.db import Database
from udsat_desktop.store.outbox_absorb import absorb_outbox
from udsat_desktop.store.queue import Profile
from udsat_desktop.sync.audit_heads import hold_member_heads, publish_head, republish_own_heads
from udsat_desktop.sync.published import keep_complete
from udsat_desktop.sync.report import SyncReport
from udsat_desktop.sync.roster.pins import current
from udsat_desktop.sync.share.cleanup import remove_stale_parts
from udsat_desktop.sync.share.errors import WriteOnceConflict


def tidy_outbox(db: Database, paths: AppPaths, share: Path) -> None:
    """What a push does before its queue, also when the queue is empty: the parts a write cut
    short left in the old layout's flat folders removed, and plain files an earlier version
    left taken into the queue (normally taken at start)."""
    for folder in ("records", "summaries"):  # the flat folders of the old layout
        remove_stale_parts(share / folder, share=share)
    absorb_outbox(db, paths)


# ----------------------------------------------------------------------------- full sync


def publish_audit_head(
    db: Database, profile: Profile, share: Path, report: SyncReport | None = None
) -> None:
    """The audit chain's head, signed, write-once on the share (sync/audit_heads.py); my heads
    that went missing there are put back (their bytes are in my store)."""
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
    back, failed = keep_complete(db, paths, profile, share)
    report.republished.extend(back)
    report.failed.extend(failed)


def hold_audit_heads(
    db: Database, paths: AppPaths, profile: Profile, share: Path, report: SyncReport
) -> None:
    """A coordinator keeps every member's audit heads and puts back those that disappear from
    the share (sync/audit_heads.py)."""
    report.restored.extend(hold_member_heads(db, current(paths), profile, share))
