"""How a first ingest of a big share goes (issue 31, item 7): how far it has got, told to
the window or the CLI as it goes (`Told`), and the remembered refusals of files gone from the
share forgotten after a full listing (`forget_gone_refusals`). Apart from sync/ingest.py, which
reads, verifies and keeps the records."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from udsat_desktop.core.estimate import Estimate
from udsat_desktop.store import refusals as remembered_refusals
from udsat_desktop.store.db import Database
from udsat_desktop.sync import refusals
from udsat_desktop.sync.report import _rel
from udsat_desktop.sync.share.read import Entry

Progress = Callable[[int, int, float | None], None]  # (done, total, seconds left or None)


class Told:
    """How far an ingest has got, told to `progress(done, total, seconds_left)`: records
    kept in the store and records refused, of the records read in this run."""

    def __init__(self, total: int, progress: Progress | None) -> None:
        self.total, self.progress = total, progress
        self.read = self.yielded = self.done = 0
        self.estimate = Estimate(total)

    def handled(self) -> int:
        return self.done + self.read - self.yielded

    def tell(self) -> None:
        if self.progress is None:
            return
        done = min(self.handled(), self.total)
        self.progress(done, self.total, self.estimate.seconds_left(time.monotonic(), done))


def forget_gone_refusals(
    db: Database, share: Path, entries: list[Entry], refused: list[tuple[str, str]]
) -> None:
    """After a full listing of records/: remembered refusals of files there that are gone
    from the share are forgotten (store/refusals.py), so the table does not grow with every
    file ever refused. Only records/: the other folders are listed by the sync."""
    run = refusals.current()
    if run is None:
        return
    present = {_rel(share, e.path) for e in entries} | {rel for rel, _why in refused}
    gone = [rel for rel in run.remembered if rel.startswith("records/") and rel not in present]
    if gone:
        remembered_refusals.forget(db, gone)
        for rel in gone:
            del run.remembered[rel]
