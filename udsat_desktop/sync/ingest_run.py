"""How a first ingest of a big share goes (issue 31, item 7): how far it has got, told to
the window or the CLI as it goes (`Told`). Apart from sync/ingest.py, which reads, verifies and
keeps the records. (Remembered refusals of files gone from the share are forgotten by the
refusal run for every folder listed whole: sync/refusals.py.)"""

from __future__ import annotations

import time
from collections.abc import Callable

from udsat_desktop.core.estimate import Estimate

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
