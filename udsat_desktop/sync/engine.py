"""One sync round through the shared folder: `sync()` runs the steps in order (publish
who I am, refresh trust, assignments, decisions, claims, push, keep what I published).

Each step works on what is reachable and records what it could not do; nothing local is given
up until the share holds a verified copy. The steps live in their own modules (identity.py,
assignments.py, decisions.py, claims.py, outbox.py, push.py; ingest.py for the coordinator's
intake). The four that write through the ORM (engine_work.py) run only when waiting.py finds
work for one of them: a sync with nothing to do loads no SQLAlchemy, nor does one whose only
work is the outbox (outbox.py writes its bookkeeping in plain SQL; issue 34). The layout is in
docs/share-protocol.md.
"""

from __future__ import annotations

import errno
import logging
from pathlib import Path

from udsat_desktop.core.text import Msg
from udsat_desktop.platform.paths import AppPaths
from udsat_desktop.store import sync_state as state
from udsat_desktop.store.db import Database
from udsat_desktop.store.queue import Profile
from udsat_desktop.sync.identity import (
    absorb_own_certificates,
    publish_identity,
    refresh_trust,
    signed_share_id,
)
from udsat_desktop.sync.lock import data_lock
from udsat_desktop.sync.pending import pending_count
from udsat_desktop.sync.push import (
    hold_audit_heads,
    keep_published,
    publish_audit_head,
    tidy_outbox,
)
from udsat_desktop.sync.refusals import RefusalRun, refusal_run
from udsat_desktop.sync.report import SyncReport
from udsat_desktop.sync.share.errors import ShareError, describe_os_error
from udsat_desktop.sync.share.handles import session
from udsat_desktop.sync.share.marker import (
    check_identity,
    check_share,
    ensure_layout,
    not_the_teams_share,
)
from udsat_desktop.sync.waiting import work_waiting

log = logging.getLogger(__name__)


def sync(
    db: Database, paths: AppPaths, profile: Profile, share: Path | None, *, lock_wait: float = 0.0
) -> SyncReport:
    """One round: publish identity, refresh trust, claims, assignments, outbox. Only one sync
    runs on a data folder at a time (a second one waits `lock_wait` seconds, then says a sync
    is running); every failure of the share ends in one Danish sentence in `problem`."""
    report = SyncReport()
    run: RefusalRun | None = None
    try:
        with data_lock(paths, wait=lock_wait), session():
            check_share(share)
            assert share is not None
            with refusal_run(db, share, profile.user_id) as run:
                _steps(db, paths, profile, share, report)
    except ShareError as exc:
        report.reachable = exc.errno in ANSWERED
        report.problem = str(exc)
    except OSError as exc:
        report.reachable = exc.errno in ANSWERED
        report.problem = Msg(
            "Fællesmappen kan ikke bruges: {reason}", reason=describe_os_error(exc)
        )
    if run is not None:
        report.known_refusals = len(run.known)
        report.left_unread = dict(run.left_unread)
    report.pending = pending_count(db)
    new_refusals = len(run.new) if run is not None else 0
    last = state.last_sync(db)
    if (
        _something_happened(report, new_refusals)
        or last is None
        or [last.get(k) for k in ("reachable", "failed", "ok")]
        != [report.reachable, len(report.failed), report.ok]
    ):
        # a sync with nothing new records nothing: the audit chain (and so the share's audit
        # heads) grows only with real events; the same failure again is not one (issue 31)
        state.audit_sync(
            db,
            profile.user_id,
            published=len(report.published),
            failed=len(report.failed),
            reachable=report.reachable,
            ok=report.ok,
            refused=new_refusals,
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


# the share answered, but would not take what was written (full, read-only, no rights)
ANSWERED = frozenset(
    {errno.ENOSPC, errno.EROFS, errno.EACCES, errno.EPERM, getattr(errno, "EDQUOT", errno.ENOSPC)}
)


def _something_happened(report: SyncReport, new_refusals: int) -> bool:
    return bool(
        report.published
        or report.conflicts
        or report.claim_clashes
        or report.claims_blocked
        or report.claims_confirmed
        or report.assignments
        or report.decisions
        or report.handovers
        or report.republished
        or report.restored
        or report.coordinators_changed
        or new_refusals
    )


def _steps(
    db: Database, paths: AppPaths, profile: Profile, share: Path, report: SyncReport
) -> None:
    """The round's steps, in order, inside the data lock and the share session."""
    marker = check_identity(share, paths.config, signed_share_id(db, paths))
    ensure_layout(share)
    publish_identity(db, paths, profile, share, report)
    refresh_trust(db, paths, share, report, profile)
    if signed_share_id(db, paths) not in (None, marker):
        # a roster taken just now names another share: nothing goes to this one
        raise not_the_teams_share(share)
    if profile.role.value == "coordinator":
        absorb_own_certificates(db, paths, profile, share)
    waiting = work_waiting(db, paths, profile, share, report)
    if not waiting:
        tidy_outbox(db, paths, share)  # what the push does first, with an empty queue
        waiting = ["push"] if pending_count(db) else []  # an earlier version's files taken in
    if waiting == ["push"]:
        # only the outbox: plain SQL, no SQLAlchemy (a push of 300 pairs is ~0.5 s less)
        from udsat_desktop.sync.outbox import push_outbox  # lazy: sealing, only with work

        push_outbox(db, paths, share, report)
    elif waiting:
        # assignments, decisions, claims, outbox: the steps that write through the ORM
        from udsat_desktop.sync.engine_work import steps_with_work  # lazy: no-op sync, no ORM

        steps_with_work(db, paths, profile, share, report)
    keep_published(db, paths, profile, share, report)
    publish_audit_head(db, profile, share, report)
    if profile.role.value == "coordinator":
        hold_audit_heads(db, paths, profile, share, report)
