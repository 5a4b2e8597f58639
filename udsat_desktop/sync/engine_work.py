"""The steps of a sync that write through the ORM, in their order: my assignments pulled
(before claims: an assignment wins), conflict decisions exchanged, claims tried and checked, the
outbox pushed. `sync()` (sync/engine.py) runs them when sync/waiting.py finds work for one of
them; a sync with nothing to do loads none of this, nor SQLAlchemy (issue 34)."""

from __future__ import annotations

from pathlib import Path

from udsat_desktop.platform.paths import AppPaths
from udsat_desktop.store.db import Database
from udsat_desktop.store.queue import Profile
from udsat_desktop.sync.assignments import pull_assignments
from udsat_desktop.sync.claims import check_queued_claims
from udsat_desktop.sync.decisions import exchange_decisions
from udsat_desktop.sync.outbox import push_outbox
from udsat_desktop.sync.report import SyncReport


def steps_with_work(
    db: Database, paths: AppPaths, profile: Profile, share: Path, report: SyncReport
) -> None:
    pull_assignments(db, profile, share, report)  # before claims: an assignment wins
    exchange_decisions(db, paths, profile, share, report)
    check_queued_claims(db, profile, share, report)
    push_outbox(db, paths, share, report)
