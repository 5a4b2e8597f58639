"""Meetings of the forum a case is presented to (the rehabiliteringsteam today) as domain
data: its participant roles, the recommendations it may give on a day (DOMAIN.md §2;
ressourceforløb only before 1 February 2026) and the agenda. Who the forum is and what it
may say is template data (`vocabulary.forum`), so a law change is a template file."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from udsat_desktop.core.errors import InputError
from udsat_desktop.core.text import Msg

EARLIEST_MEETING_YEAR = 2000  # a meeting before it is a typo (0001-01-01, 26-12-03 read wrong)
MEETING_YEARS_AHEAD = 5  # nobody plans a team meeting further ahead than this


class MeetingDateError(InputError):
    """A meeting date that cannot be meant; the message says why, in Danish."""


def _day(value: dt.date) -> str:
    return f"{value.day:02d}.{value.month:02d}.{value.year:04d}"


def latest_meeting_date(today: dt.date) -> dt.date:
    """The last day a meeting may be planned for: `MEETING_YEARS_AHEAD` years after today."""
    year = min(today.year + MEETING_YEARS_AHEAD, dt.MAXYEAR)
    try:
        return today.replace(year=year)
    except ValueError:  # 29 February in a year that has none
        return today.replace(year=year, day=28)


def check_meeting_date(day: dt.date, today: dt.date | None = None) -> None:
    """Refuse an implausible meeting date (the one rule for the CLI, the GUI and the store):
    a year before 2000, or more than five years after today. A past date is allowed (the
    GUI asks first, the CLI warns): a meeting may be recorded afterwards."""
    today = today or dt.date.today()
    if day.year < EARLIEST_MEETING_YEAR:
        raise MeetingDateError(
            Msg(
                "Mødedatoen {date} kan ikke være rigtig: et møde skal ligge i år {year} "
                "eller senere",
                date=_day(day),
                year=EARLIEST_MEETING_YEAR,
            )
        )
    latest = latest_meeting_date(today)
    if day > latest:
        raise MeetingDateError(
            Msg(
                "Mødedatoen {date} ligger mere end {years} år ude i fremtiden; et møde kan "
                "planlægges til senest {latest}",
                date=_day(day),
                years=MEETING_YEARS_AHEAD,
                latest=_day(latest),
            )
        )


def is_past(day: dt.date, today: dt.date | None = None) -> bool:
    """A meeting day that is over (before today)."""
    return day < (today or dt.date.today())


@dataclass
class AgendaItem:
    case_key: str
    review_key: str
    position: int
    cpr_masked: str
    caseworker: str
    unit: str
    recommendation: str | None = None
    recommendation_note: str | None = None
    weighed: dict[str, str] = field(default_factory=dict)
    see_again: bool | None = None
    replaced_by: tuple[int, str] | None = None  # (version, review key) of a newer version
    name: str = ""  # the citizen's name (the packet's agenda)


@dataclass
class MeetingInfo:
    id: int
    meeting_date: dt.date
    start_time: str
    minutes_per_case: int
    place: str
    participants: dict[str, str]
    items: list[AgendaItem]

    def slot_end(self, position: int) -> dt.datetime:
        """When the case at `position` (0-based) ends, as a moment (it may be the next day)."""
        hours, minutes = (int(x) for x in self.start_time.split(":"))
        start = dt.datetime.combine(self.meeting_date, dt.time(hours, minutes))
        return start + dt.timedelta(minutes=self.minutes_per_case * (position + 1))

    def fits_before_midnight(self, count: int) -> bool:
        """Whether `count` cases end by midnight of the meeting's day (a slot "23.40–00.00"
        does; one ending at 00.20 the next day does not)."""
        midnight = dt.datetime.combine(self.meeting_date + dt.timedelta(days=1), dt.time())
        return count <= 0 or self.slot_end(count - 1) <= midnight

    def slot(self, position: int) -> tuple[str, str]:
        """The agenda time of the case at `position` (0-based), e.g. ("09.30", "09.50")."""
        hours, minutes = (int(x) for x in self.start_time.split(":"))
        start = dt.datetime.combine(self.meeting_date, dt.time(hours, minutes))
        begin = start + dt.timedelta(minutes=self.minutes_per_case * position)
        end = begin + dt.timedelta(minutes=self.minutes_per_case)
        return begin.strftime("%H.%M"), end.strftime("%H.%M")
