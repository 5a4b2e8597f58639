"""Forum meetings: the agenda, the signed summary presented per case, and the forum's
recommendation afterwards (DOMAIN.md §2).

A case qualifies for a meeting when its latest signed review (made here, or ingested from the
share) answers the field with the forum's candidate role ("present_to_forum") with yes. The
forum, its participant roles and recommendations come from the template of the meeting's day.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from udsat_desktop.core.checklist.library import TemplateLibrary
from udsat_desktop.core.checklist.model import TemplateError
from udsat_desktop.core.consent import StepStatus
from udsat_desktop.core.cpr import mask_cpr
from udsat_desktop.core.danish import format_date
from udsat_desktop.core.meetings import (
    AgendaItem,
    MeetingDateError,
    MeetingInfo,
    check_meeting_date,
)
from udsat_desktop.core.status import CaseStatus, NotAllowed, require_coordinator
from udsat_desktop.core.text import Msg
from udsat_desktop.core.vocabulary import STEP_ROLE_FORUM, record_facts_of
from udsat_desktop.platform.checklists import default_library, require_forum
from udsat_desktop.platform.paths import AppPaths
from udsat_desktop.store import audit_append as audit
from udsat_desktop.store.db import Database
from udsat_desktop.store.errors import StoreError
from udsat_desktop.store.models import (
    Case,
    Meeting,
    MeetingCase,
    NextStep,
    utcnow,
)
from udsat_desktop.store.queue import Profile
from udsat_desktop.store.signed_pdfs import signed_pdf
from udsat_desktop.store.versions import all_latest, conflicts, latest_signed, superseded_by


class MeetingError(StoreError):
    """A meeting action that cannot be done; the message says why, in Danish."""


class MeetingNotAllowed(MeetingError, NotAllowed):
    """A reviewer tried a meeting action (caught as either kind)."""


def require_meeting_coordinator(
    profile: Profile, what: str = "planlægge møder og registrere forummets indstilling"
) -> None:
    try:
        require_coordinator(profile.role, what)
    except NotAllowed as exc:
        raise MeetingNotAllowed(str(exc)) from None


@dataclass(frozen=True)
class Candidate:
    case_key: str
    review_key: str
    review_date: dt.date
    source: str  # "lokal" or "fællesmappe"


def candidates(db: Database, library: TemplateLibrary | None = None) -> list[Candidate]:
    """Cases whose latest signed version (a correction replaces what it corrects; made here,
    or ingested from the share) says to present them to the forum, not yet on a meeting that
    has still to decide them."""

    library = default_library(library)
    found: dict[str, Candidate] = {}
    for case_key, latest in all_latest(db).items():
        if latest.answers is not None:
            template = library.find(*latest.template) if latest.template else None
            wants = template is not None and template.is_forum_candidate(latest.answers)
        else:
            wants = record_facts_of(latest.record or {}).get("present_to_forum") is True
        if wants and latest.review_date is not None:
            found[case_key] = Candidate(
                case_key, latest.review_key, latest.review_date, latest.source
            )
    with db.read_session() as s:
        # on a meeting still to decide it, or decided for this review without "see it again"
        on_agenda = s.execute(
            select(
                MeetingCase.case_key,
                MeetingCase.review_key,
                MeetingCase.recommendation,
                MeetingCase.see_again,
            )
        ).all()
    pending = {key for key, _review, recommendation, _again in on_agenda if recommendation is None}
    decided = {
        review
        for _key, review, recommendation, again in on_agenda
        if recommendation is not None and not again
    }
    return sorted(
        (c for k, c in found.items() if k not in pending and c.review_key not in decided),
        key=lambda c: (c.review_date, c.case_key),
    )


def create_meeting(
    db: Database,
    profile: Profile,
    meeting_date: dt.date,
    start_time: str,
    place: str,
    participants: dict[str, str],
    minutes_per_case: int = 20,
    library: TemplateLibrary | None = None,
) -> int:
    require_meeting_coordinator(profile)
    try:
        check_meeting_date(meeting_date)
    except MeetingDateError as exc:
        raise MeetingError(exc.args[0]) from None
    try:
        hours, minutes = (int(x) for x in start_time.split(":"))
        dt.time(hours, minutes)
    except ValueError:
        raise MeetingError(Msg("Mødets starttid skal skrives som TT:MM, fx 09:30")) from None
    try:
        forum = require_forum(meeting_date, library)
    except TemplateError as exc:
        raise MeetingError(Msg(str(exc))) from None
    unknown = set(participants) - set(forum.participant_labels())
    if unknown:
        raise MeetingError(
            Msg("Ukendte deltagerroller: {sorted}", sorted=", ".join(sorted(unknown)))
        )
    if not 5 <= minutes_per_case <= 120:
        raise MeetingError(Msg("Tid pr. sag skal være mellem 5 og 120 minutter"))
    planned = MeetingInfo(
        0, meeting_date, f"{hours:02d}:{minutes:02d}", minutes_per_case, "", {}, []
    )
    if not planned.fits_before_midnight(1):
        raise MeetingError(
            Msg(
                "Mødet ville vare over midnat: med start kl. {start} og {minutes} minutter pr. "
                "sag slutter allerede den første sag efter midnat",
                start=f"{hours:02d}.{minutes:02d}",
                minutes=minutes_per_case,
            )
        )
    with db.session() as s:
        if s.scalars(select(Meeting).where(Meeting.meeting_date == meeting_date)).first():
            raise MeetingError(
                Msg(
                    "Der er allerede et møde den {meeting_date}",
                    meeting_date=format(meeting_date, "%d.%m.%Y"),
                )
            )
        meeting = Meeting(
            meeting_date=meeting_date,
            start_time=f"{hours:02d}:{minutes:02d}",
            minutes_per_case=minutes_per_case,
            place=place.strip(),
            participants=json.dumps(participants, ensure_ascii=False),
            created_by=profile.user_id,
        )
        s.add(meeting)
        s.flush()
        audit.append(s, profile.user_id, "meeting.create", None, meeting=meeting_date.isoformat())
        return meeting.id


def meeting_dates(db: Database) -> list[dt.date]:
    with db.read_session() as s:
        return list(s.scalars(select(Meeting.meeting_date).order_by(Meeting.meeting_date)))


def get_meeting(db: Database, meeting_date: dt.date) -> MeetingInfo:
    with db.read_session() as s:
        meeting = s.scalars(select(Meeting).where(Meeting.meeting_date == meeting_date)).first()
        if meeting is None:
            raise MeetingError(
                Msg(
                    "Der er intet møde den {meeting_date}",
                    meeting_date=format(meeting_date, "%d.%m.%Y"),
                )
            )
        rows = s.execute(
            select(MeetingCase, Case.cpr, Case.caseworker, Case.jobcenter_unit, Case.name)
            .outerjoin(Case, Case.case_key == MeetingCase.case_key)
            .where(MeetingCase.meeting_id == meeting.id)
            .order_by(MeetingCase.position)
        ).all()
        items = [
            AgendaItem(
                mc.case_key,
                mc.review_key,
                mc.position,
                mask_cpr(cpr) if cpr else "–",
                caseworker or "–",
                unit or "–",
                mc.recommendation,
                mc.recommendation_note,
                json.loads(mc.weighed) if mc.weighed else {},
                mc.see_again,
                name=name or "",
            )
            for mc, cpr, caseworker, unit, name in rows
        ]
        for item in items:
            newer = superseded_by(db, item.case_key, item.review_key)
            if newer is not None:
                item.replaced_by = (newer.version, newer.review_key)
        return MeetingInfo(
            meeting.id,
            meeting.meeting_date,
            meeting.start_time,
            meeting.minutes_per_case,
            meeting.place,
            json.loads(meeting.participants),
            items,
        )


def add_case(db: Database, profile: Profile, meeting_date: dt.date, candidate: Candidate) -> None:
    add_cases(db, profile, meeting_date, [candidate])


def add_cases(
    db: Database, profile: Profile, meeting_date: dt.date, chosen: list[Candidate]
) -> None:
    """Put cases at the end of a meeting's agenda, all or none: each is checked first (its
    latest version, not on the meeting yet, reviewed by the meeting's day, a slot that ends
    by midnight)."""
    require_meeting_coordinator(profile)
    info = get_meeting(db, meeting_date)
    on_agenda = {i.case_key for i in info.items}
    for position, candidate in enumerate(chosen, start=len(info.items)):
        _check_candidate(db, candidate)
        if candidate.case_key in on_agenda:
            raise MeetingError(
                Msg("Sag {case_key} er allerede på mødet", case_key=candidate.case_key)
            )
        on_agenda.add(candidate.case_key)
        _check_fits(info, candidate, position)
    with db.session() as s:
        for position, candidate in enumerate(chosen, start=len(info.items)):
            s.add(
                MeetingCase(
                    meeting_id=info.id,
                    case_key=candidate.case_key,
                    review_key=candidate.review_key,
                    position=position,
                )
            )
            audit.append(
                s,
                profile.user_id,
                "meeting.add_case",
                _case_id(s, candidate.case_key),
                meeting=meeting_date.isoformat(),
                case_key=candidate.case_key,
            )


def _check_candidate(db: Database, candidate: Candidate) -> None:

    found = conflicts(db, candidate.case_key).get(candidate.case_key)
    if found is not None and found.open:
        raise MeetingError(
            Msg(
                "Sag {case_key} har flere gældende gennemgange (konflikt); en koordinator "
                "vælger den gældende, før sagen kan komme på et møde",
                case_key=candidate.case_key,
            )
        )
    if (
        found is not None
        and found.in_force_key() not in (None, candidate.review_key)
        and candidate.review_key in {v.review_key for v in found.versions}
    ):
        raise MeetingError(
            Msg(
                "Sag {case_key}: gennemgang {old} er ikke gældende (koordinatoren valgte {new})",
                case_key=candidate.case_key,
                old=candidate.review_key,
                new=found.in_force_key(),
            )
        )
    newer = superseded_by(db, candidate.case_key, candidate.review_key)
    if newer is not None:
        raise MeetingError(
            Msg(
                "Sag {case_key}: gennemgang {old} er erstattet af version {version} ({new}); "
                "brug den nyeste version",
                case_key=candidate.case_key,
                old=candidate.review_key,
                version=newer.version,
                new=newer.review_key,
            )
        )


def _check_fits(info: MeetingInfo, candidate: Candidate, position: int) -> None:
    """A review dated after the meeting cannot be on its agenda, and the agenda must end by
    midnight of the meeting's day."""
    if candidate.review_date > info.meeting_date:
        raise MeetingError(
            Msg(
                "Sag {case_key}: gennemgangen er dateret {review_date}, efter mødet den "
                "{meeting_date}, og kan kun komme på et møde samme dag eller senere",
                case_key=candidate.case_key,
                review_date=format_date(candidate.review_date),
                meeting_date=format_date(info.meeting_date),
            )
        )
    if not info.fits_before_midnight(position + 1):
        end = info.slot(position)[1]
        raise MeetingError(
            Msg(
                "Sag {case_key} kan ikke komme på mødet den {meeting_date}: mødet ville vare "
                "over midnat (sagens tid ville slutte kl. {end} næste dag)",
                case_key=candidate.case_key,
                meeting_date=format_date(info.meeting_date),
                end=end,
            )
        )


def remove_case(db: Database, profile: Profile, meeting_date: dt.date, case_key: str) -> None:
    require_meeting_coordinator(profile)
    info = get_meeting(db, meeting_date)
    order = [i.case_key for i in info.items if i.case_key != case_key]
    with db.session() as s:
        for row in s.scalars(
            select(MeetingCase).where(
                MeetingCase.meeting_id == info.id, MeetingCase.case_key == case_key
            )
        ):
            s.delete(row)
        audit.append(
            s,
            profile.user_id,
            "meeting.remove_case",
            _case_id(s, case_key),
            meeting=meeting_date.isoformat(),
            case_key=case_key,
        )
    set_order(db, profile, meeting_date, order)


def set_order(db: Database, profile: Profile, meeting_date: dt.date, case_keys: list[str]) -> None:
    require_meeting_coordinator(profile)
    info = get_meeting(db, meeting_date)
    if sorted(case_keys) != sorted(i.case_key for i in info.items):
        raise MeetingError(Msg("Rækkefølgen skal indeholde præcis mødets sager"))
    with db.session() as s:
        rows = {
            r.case_key: r
            for r in s.scalars(select(MeetingCase).where(MeetingCase.meeting_id == info.id))
        }
        for position, key in enumerate(case_keys):
            rows[key].position = position


def move_case(
    db: Database, profile: Profile, meeting_date: dt.date, case_key: str, delta: int
) -> None:
    order = [i.case_key for i in get_meeting(db, meeting_date).items]
    index = order.index(case_key)
    target = max(0, min(len(order) - 1, index + delta))
    order.insert(target, order.pop(index))
    set_order(db, profile, meeting_date, order)


def record_outcome(
    db: Database,
    profile: Profile,
    meeting_date: dt.date,
    case_key: str,
    recommendation: str,
    weighed: dict[str, str],
    see_again: bool,
    note: str = "",
    library: TemplateLibrary | None = None,
) -> None:
    """The forum's recommendation for one case. It updates the case: the step with the role
    "present_to_forum" is done, and the case is *Afklaret* unless the forum wants to see it
    again."""
    require_meeting_coordinator(profile)
    library = default_library(library)
    try:
        forum = require_forum(meeting_date, library)
    except TemplateError as exc:
        raise MeetingError(Msg(str(exc))) from None
    choice = forum.recommendation(recommendation)
    if choice is None:  # a value of another template's forum: say when it applied
        choice = next(
            (
                c
                for vocab in library.merged().newest_first
                if vocab.forum
                for c in vocab.forum.recommendations
                if c.value == recommendation and not c.validity.valid_on(meeting_date)
            ),
            None,
        )
    if choice is None:
        raise MeetingError(
            Msg("Ukendt indstilling: {recommendation}", recommendation=recommendation)
        )
    if not choice.validity.valid_on(meeting_date):
        raise MeetingError(
            Msg(
                "»{recommendation}« kan ikke indstilles til et møde den {date}; den gælder kun "
                "{period}",
                recommendation=Msg(recommendation),
                date=format_date(meeting_date),
                period=_period(choice.validity),
            )
        )
    if choice.needs_text and not note.strip():
        raise MeetingError(
            Msg("Skriv hvad »{recommendation}« dækker over", recommendation=Msg(recommendation))
        )
    unknown = set(weighed) - set(forum.weighed_labels())
    if unknown:
        raise MeetingError(Msg("Ukendte områder: {sorted}", sorted=", ".join(sorted(unknown))))
    info = get_meeting(db, meeting_date)
    with db.session() as s:
        row = s.scalars(
            select(MeetingCase).where(
                MeetingCase.meeting_id == info.id, MeetingCase.case_key == case_key
            )
        ).first()
        if row is None:
            raise MeetingError(Msg("Sag {case_key} er ikke på mødet", case_key=case_key))
        row.recommendation, row.recommendation_note = recommendation, note.strip() or None
        row.weighed = json.dumps(
            {k: v.strip() for k, v in weighed.items() if v.strip()}, ensure_ascii=False
        )
        row.see_again, row.recorded_by, row.recorded_at = see_again, profile.user_id, utcnow()
        case = s.scalars(select(Case).where(Case.case_key == case_key)).first()
        if case is not None:
            for step in s.scalars(
                select(NextStep).where(
                    NextStep.case_id == case.id,
                    NextStep.type.in_(sorted(library.merged().step_ids_with_role(STEP_ROLE_FORUM))),
                    NextStep.status == StepStatus.OPEN.value,
                )
            ):
                step.status = StepStatus.DONE.value
            if not see_again and case.status != CaseStatus.RESOLVED.value:
                case.status = CaseStatus.RESOLVED.value
        audit.append(
            s,
            profile.user_id,
            "meeting.recommendation",
            case.id if case is not None else None,
            meeting=meeting_date.isoformat(),
            case_key=case_key,
            recommendation=recommendation,
            see_again=see_again,
        )


def follow_latest(db: Database, user_id: str, case_keys: set[str] | list[str]) -> list[str]:
    """Agenda items not yet decided move to their case's latest signed version (after a
    correction is signed here or ingested). Returns the case keys that moved; audited."""
    moved = []
    with db.session() as s:
        rows = s.scalars(
            select(MeetingCase).where(
                MeetingCase.case_key.in_(list(case_keys)), MeetingCase.recommendation.is_(None)
            )
        ).all()
        for row in rows:
            latest = latest_signed(db, row.case_key)
            if latest is None or latest.review_key == row.review_key:
                continue
            if superseded_by(db, row.case_key, row.review_key) is None:
                continue  # not a version of this case we know of: leave it to the packet check
            audit.append(
                s,
                user_id,
                "meeting.follow_version",
                _case_id(s, row.case_key),
                case_key=row.case_key,
                old=row.review_key,
                new=latest.review_key,
            )
            row.review_key = latest.review_key
            moved.append(row.case_key)
    return moved


def meeting_case_ids(db: Database, meeting_date: dt.date) -> list[int]:
    """The local case ids on a meeting's agenda (for the access log of a packet or print)."""
    keys = [i.case_key for i in get_meeting(db, meeting_date).items]
    with db.read_session() as s:
        return sorted(s.scalars(select(Case.id).where(Case.case_key.in_(keys))))


def _period(validity: Any) -> str:
    if validity.valid_from and validity.valid_until:
        return Msg(
            "fra {start} til {end}",
            start=format_date(validity.valid_from),
            end=format_date(validity.valid_until),
        )
    if validity.valid_until:
        return Msg("til og med {end}", end=format_date(validity.valid_until))
    return Msg("fra {start}", start=format_date(validity.valid_from))


def _case_id(session: Any, case_key: str) -> int | None:
    found = session.scalars(select(Case.id).where(Case.case_key == case_key)).first()
    return int(found) if found is not None else None


def summary_pdf(
    db: Database, paths: AppPaths, share: Path | None, case_key: str, review_key: str
) -> bytes | None:
    """The signed summary of a review, from the encrypted store (mine from the moment it is
    signed, waiting for the share or sent; a colleague's once ingested, unsealed). The share
    is never read here: what is on it is sealed, and only ingest (sync/) opens it. `paths`,
    `share` and `case_key` are accepted for the callers' sake and not used."""

    del paths, share, case_key
    return signed_pdf(db, review_key)
