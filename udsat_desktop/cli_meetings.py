"""`udsat meeting ...`: a coordinator plans a meeting of the forum the template names, headless.

udsat meeting new --date D --time T [--place P] [--minutes N]
udsat meeting candidates [--json]
udsat meeting add --date D CASE-KEY...
udsat meeting list [--json]
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import Any

from udsat_desktop.cli_common import CliError, emit, open_store
from udsat_desktop.core.danish import count, parse_date
from udsat_desktop.core.meetings import is_past
from udsat_desktop.platform.checklists import forum_on
from udsat_desktop.platform.paths import AppPaths
from udsat_desktop.store import meetings


def _forum_name(day: dt.date | None = None) -> str:
    """The forum's name in a sentence, as the template of the day (today) calls it."""
    forum = forum_on(day or dt.date.today())
    return forum.name if forum is not None else "et forum"


def parse_date_option(value: str, option: str = "--date") -> dt.date:
    """The date of a `--date`/`--meeting` option, written as 2026-12-03 or 03.12.2026 (as
    every date in the program); the one parser for every meeting date on the command line."""
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        pass
    try:
        parsed = parse_date(value)
    except ValueError:
        parsed = None
    if parsed is None:
        raise CliError(
            f"{option} skal være en dato som 2026-12-03 eller 03.12.2026, ikke »{value}«"
        )
    return parsed


def cmd_meeting(args: argparse.Namespace, paths: AppPaths) -> int:
    db, profile = open_store(paths)
    try:
        meetings.require_meeting_coordinator(profile)
        action = args.meeting_command
        if action == "new":
            day = parse_date_option(args.date)
            if args.minutes is not None and args.minutes <= 0:
                raise CliError("--minutes skal være et positivt antal minutter")
            meetings.create_meeting(
                db,
                profile,
                day,
                args.time.replace(".", ":"),
                args.place or "",
                {},
                minutes_per_case=args.minutes or 20,
            )
            info = meetings.get_meeting(db, day)
            if is_past(day):  # allowed (recorded afterwards), but never silently
                print(
                    f"udsat: Bemærk: mødedatoen {day:%d.%m.%Y} er overstået",
                    file=sys.stderr,
                )
            emit(
                args,
                _meeting_json(info),
                lambda: (
                    f"Møde oprettet {day:%d.%m.%Y} kl. {info.start_time.replace(':', '.')}, "
                    f"{count(info.minutes_per_case, 'minut', 'minutter')} pr. sag"
                    + (f", {info.place}" if info.place else "")
                ),
            )
            return 0
        if action == "candidates":
            found = meetings.candidates(db)
            data: dict[str, Any] = {
                "candidates": [
                    {
                        "case_key": c.case_key,
                        "review_id": c.review_key,
                        "review_date": c.review_date.isoformat(),
                        "source": c.source,
                    }
                    for c in found
                ]
            }
            emit(
                args,
                data,
                lambda: (
                    "\n".join(
                        f"{c.case_key}  {c.review_key}  {c.review_date:%d.%m.%Y}  {c.source}"
                        for c in found
                    )
                    or f"Ingen sager venter på {_forum_name()}"
                ),
            )
            return 0
        if action == "add":
            day = parse_date_option(args.date)
            meetings.get_meeting(db, day)  # a missing meeting is reported before anything
            by_key = {c.case_key: c for c in meetings.candidates(db)}
            unknown = [k for k in args.case_keys if k not in by_key]
            if unknown:
                raise CliError(
                    "Ikke blandt kandidaterne (seneste underskrevne gennemgang "
                    f"beder ikke om {_forum_name(day)}, eller sagen er allerede "
                    f"på et møde): {', '.join(unknown)}"
                )
            meetings.add_cases(db, profile, day, [by_key[k] for k in dict.fromkeys(args.case_keys)])
            info = meetings.get_meeting(db, day)
            emit(
                args,
                _meeting_json(info),
                lambda: (
                    f"Mødet {day:%d.%m.%Y} har nu {count(len(info.items), 'sag', 'sager')}: "
                    + ", ".join(i.case_key for i in info.items)
                ),
            )
            return 0
        infos = [meetings.get_meeting(db, d) for d in meetings.meeting_dates(db)]
        emit(
            args,
            {"meetings": [_meeting_json(i) for i in infos]},
            lambda: "\n".join(_meeting_text(i) for i in infos) or "Ingen møder",
        )
        return 0
    finally:
        db.close()


def _meeting_json(info: Any) -> dict[str, Any]:
    return {
        "date": info.meeting_date.isoformat(),
        "past": is_past(info.meeting_date),
        "time": info.start_time,
        "place": info.place,
        "minutes_per_case": info.minutes_per_case,
        "cases": [
            {
                "case_key": i.case_key,
                "review_id": i.review_key,
                "slot": "–".join(info.slot(i.position)),
                "recommendation": i.recommendation,
                "replaced_by": (
                    {"version": i.replaced_by[0], "review_id": i.replaced_by[1]}
                    if i.replaced_by
                    else None
                ),
            }
            for i in info.items
        ],
    }


def _meeting_text(info: Any) -> str:
    lines = [
        f"{info.meeting_date:%d.%m.%Y} kl. {info.start_time.replace(':', '.')}"
        + (f", {info.place}" if info.place else "")
        + f" ({count(len(info.items), 'sag', 'sager')})"
    ]
    for item in info.items:
        begin, end = info.slot(item.position)
        note = f"  Erstattet af version {item.replaced_by[0]}" if item.replaced_by else ""
        lines.append(f"  {begin}–{end}  {item.case_key}  {item.review_key}{note}")
    return "\n".join(lines)
