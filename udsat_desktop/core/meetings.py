"""Meetings of the forum a case is presented to (the rehabiliteringsteam today) as domain
data: its participant roles, the recommendations it may give on a day (DOMAIN.md §2;
ressourceforløb only before 1 February 2026) and the agenda. Who the forum is and what it
may say is template data (`vocabulary.forum`), so a law change is a template file."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from udsat_desktop.core.checklist import TemplateError, TemplateLibrary, default_library
from udsat_desktop.core.vocabulary import Forum


def forum_on(day: dt.date, library: TemplateLibrary | None = None) -> Forum:
    """The forum that applies on a meeting's day, as the template of that day defines it."""
    forum = default_library(library).forum_template(day).vocabulary.forum
    if forum is None:
        raise TemplateError("Skabelonen beskriver ikke, hvem sagen forelægges")
    return forum


def participant_roles(day: dt.date, library: TemplateLibrary | None = None) -> dict[str, str]:
    return forum_on(day, library).participant_labels()


def weighed_areas(day: dt.date, library: TemplateLibrary | None = None) -> dict[str, str]:
    return forum_on(day, library).weighed_labels()


def recommendations_for(
    meeting_date: dt.date, library: TemplateLibrary | None = None
) -> tuple[str, ...]:
    """What the forum may recommend at a meeting on this day (each value's validity)."""
    return forum_on(meeting_date, library).recommendations_on(meeting_date)


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


@dataclass
class MeetingInfo:
    id: int
    meeting_date: dt.date
    start_time: str
    minutes_per_case: int
    place: str
    participants: dict[str, str]
    items: list[AgendaItem]

    def slot(self, position: int) -> tuple[str, str]:
        """The agenda time of the case at `position` (0-based), e.g. ("09.30", "09.50")."""
        hours, minutes = (int(x) for x in self.start_time.split(":"))
        start = dt.datetime.combine(self.meeting_date, dt.time(hours, minutes))
        begin = start + dt.timedelta(minutes=self.minutes_per_case * position)
        end = begin + dt.timedelta(minutes=self.minutes_per_case)
        return begin.strftime("%H.%M"), end.strftime("%H.%M")
