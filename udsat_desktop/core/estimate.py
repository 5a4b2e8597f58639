"""How long a long run has left (a first ingest of a big share, issue 31 item 7): the rate of
the last stretch of work, not of the whole run, so a slow start (worker processes starting) or
a burst of load elsewhere does not decide the estimate for long. Pure: the caller gives the
clock."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field

from udsat_desktop.core.danish import format_number
from udsat_desktop.core.text import Msg

WINDOW_S = 30.0  # the stretch of work the rate is taken from
FIRST_AFTER = 3  # items done before any estimate is given


@dataclass
class Estimate:
    total: int
    marks: deque[tuple[float, int]] = field(default_factory=deque)

    def seconds_left(self, now: float, done: int) -> float | None:
        """Seconds left when `done` of `total` are done at `now`; None while too little is
        known to say."""
        self.marks.append((now, done))
        while len(self.marks) > 2 and now - self.marks[1][0] >= WINDOW_S:
            self.marks.popleft()
        then, done_then = self.marks[0]
        if done < FIRST_AFTER or done <= done_then or now <= then:
            return None
        rate = (done - done_then) / (now - then)
        return max(0, self.total - done) / rate


def progress_text(done: int, total: int, seconds_left: float | None) -> str:
    """ "1.200 af 20.000, ca. 4 min tilbage" (Danish): the CLI's progress line."""
    head = Msg("{done} af {total}", done=format_number(done), total=format_number(total))
    if seconds_left is None:
        return head
    return f"{head}, {time_left_text(seconds_left)}"


def time_left_text(seconds: float) -> str:
    if seconds < 60:
        return Msg("under 1 min tilbage")
    return Msg("ca. {minutes} min tilbage", minutes=round(seconds / 60))
