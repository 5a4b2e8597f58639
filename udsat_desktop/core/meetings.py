"""Rehabiliteringsteam meetings as domain data: participant roles, the recommendations the
team may give (DOMAIN.md §2; ressourceforløb only before 1 February 2026), and the agenda."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

PARTICIPANT_ROLES: dict[str, str] = {
    "beskaeftigelse": "Beskæftigelse", "sundhed": "Sundhed", "social": "Social",
    "sundhedskoordinator": "Sundhedskoordinator", "borger": "Borger",
    "sagsbehandler": "Sagsbehandler", "bisidder": "Bisidder",
}
RECOMMENDATIONS = ("Fleksjob", "Tilskud til selvstændig", "Førtidspension",
                   "Indsats under jobafklaringsforløb", "Nyt jobafklaringsforløb",
                   "Indsats under sygedagpenge", "Anden indsats", "Ressourceforløb")
RESSOURCEFORLOEB_UNTIL = dt.date(2026, 2, 1)  # abolished by lov 1750 of 29/12/2025
WEIGHED_AREAS: dict[str, str] = {"beskaeftigelse": "Beskæftigelse", "social": "Socialt",
                                 "helbred": "Helbred"}


def recommendations_for(meeting_date: dt.date) -> tuple[str, ...]:
    if meeting_date < RESSOURCEFORLOEB_UNTIL:
        return RECOMMENDATIONS
    return tuple(r for r in RECOMMENDATIONS if r != "Ressourceforløb")


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
