"""What a meeting may be: a plausible date (warned on the command line when it has passed),
an agenda of reviews made by the meeting's day, slots that end by midnight, and the same
date parsing for every meeting date on the command line."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from tests.conftest import PASSPHRASE
from udsat_desktop.cli import main as cli
from udsat_desktop.core.meetings import MeetingDateError, check_meeting_date, latest_meeting_date
from udsat_desktop.flows.signing import sign_ready
from udsat_desktop.platform.checklists import bundled_library
from udsat_desktop.store.demo_reviews import build_demo_reviews
from udsat_desktop.store.meetings import (
    MeetingError,
    add_case,
    candidates,
    create_meeting,
    get_meeting,
)

LIB = bundled_library()
MEETING = dt.date(2026, 12, 3)  # after every demo review (2025-06-01 + at most 500 days)


@pytest.fixture
def signed(demo_db, profile, paths):
    build_demo_reviews(demo_db, 12, profile.user_id, LIB, seed=71, all_ready=True)
    sign_ready(demo_db, paths, profile, LIB, "nøgle-kode-1", workers=1)
    found = candidates(demo_db)
    assert len(found) >= 3, "the seeded demo reviews should recommend the team for 3+ cases"
    return found


@pytest.fixture
def udsat(paths, monkeypatch, capsys):
    """`udsat --data-dir … --json ARGS` -> (exit code, stdout, stderr)."""
    monkeypatch.setenv("UDSAT_PASSPHRASE", PASSPHRASE)

    def run(*args: str) -> tuple[int, str, str]:
        code = cli(["--data-dir", str(paths.data), "--json", *args])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


def test_a_meeting_date_must_be_plausible(demo_db, profile):
    today = dt.date.today()
    latest = latest_meeting_date(today)
    assert latest.year == today.year + 5
    for day in (dt.date(1, 1, 1), dt.date(1999, 12, 31), latest + dt.timedelta(days=1)):
        with pytest.raises(MeetingError, match="Mødedatoen"):
            create_meeting(demo_db, profile, day, "09:00", "Jobcenter", {})
    for day in (dt.date(2000, 1, 1), latest):
        create_meeting(demo_db, profile, day, "09:00", "Jobcenter", {})
    assert get_meeting(demo_db, latest).meeting_date == latest
    with pytest.raises(MeetingDateError, match=r"01\.01\.0001 .* år 2000 eller senere"):
        check_meeting_date(dt.date(1, 1, 1))
    # five years after a 29 February is 28 February
    leap = dt.date(2028, 2, 29)
    assert latest_meeting_date(leap) == dt.date(2033, 2, 28)
    with pytest.raises(MeetingDateError, match=r"senest 28\.02\.2033"):
        check_meeting_date(dt.date(2033, 3, 1), today=leap)


def test_cli_refuses_an_implausible_date_and_warns_about_a_past_one(demo_db, udsat):
    demo_db.close()
    code, out, err = udsat("meeting", "new", "--date", "0001-01-01", "--time", "09:00")
    assert code == 2 and not out and "Mødedatoen 01.01.0001" in err
    too_far = latest_meeting_date(dt.date.today()) + dt.timedelta(days=1)
    code, _out, err = udsat("meeting", "new", "--date", too_far.isoformat(), "--time", "09:00")
    assert code == 2 and "mere end 5 år ude i fremtiden" in err
    # a past meeting is accepted (recorded afterwards), with one warning line and "past"
    past = dt.date.today() - dt.timedelta(days=7)
    code, out, err = udsat("meeting", "new", "--date", f"{past:%d.%m.%Y}", "--time", "09:00")
    assert code == 0 and json.loads(out)["past"] is True
    assert err == f"udsat: Bemærk: mødedatoen {past:%d.%m.%Y} er overstået\n"
    soon = dt.date.today() + dt.timedelta(days=7)
    code, out, err = udsat("meeting", "new", "--date", soon.isoformat(), "--time", "09:00")
    assert code == 0 and json.loads(out)["past"] is False and err == ""
    code, out, _err = udsat("meeting", "list")
    assert [m["past"] for m in json.loads(out)["meetings"]] == [True, False]


def test_a_review_dated_after_the_meeting_is_refused(demo_db, profile, signed, udsat):
    newest = max(signed, key=lambda c: c.review_date)
    before = newest.review_date - dt.timedelta(days=1)
    earlier = next(c for c in signed if c.review_date <= before)
    create_meeting(demo_db, profile, before, "09:00", "Jobcenter", {})
    expected = (
        f"Sag {newest.case_key}: gennemgangen er dateret {newest.review_date:%d.%m.%Y}, "
        f"efter mødet den {before:%d.%m.%Y}"
    )
    with pytest.raises(MeetingError, match=expected):
        add_case(demo_db, profile, before, newest)
    assert get_meeting(demo_db, before).items == []
    demo_db.close()
    # the command line refuses it too, and adds none of the cases named with it
    code, out, err = udsat(
        "meeting", "add", "--date", before.isoformat(), earlier.case_key, newest.case_key
    )
    assert code == 2 and not out and expected in err
    code, out, _err = udsat("meeting", "list")
    assert json.loads(out)["meetings"][0]["cases"] == []
    # a review of the meeting's own day may go on it
    same_day = newest.review_date.isoformat()
    assert udsat("meeting", "new", "--date", same_day, "--time", "09:00")[0] == 0
    code, out, _err = udsat("meeting", "add", "--date", same_day, newest.case_key)
    assert code == 0 and json.loads(out)["cases"][0]["case_key"] == newest.case_key


def test_the_agenda_ends_by_midnight(demo_db, profile, signed):
    with pytest.raises(MeetingError, match="over midnat"):
        create_meeting(demo_db, profile, MEETING, "23:59", "Jobcenter", {}, minutes_per_case=120)
    create_meeting(demo_db, profile, MEETING, "23:00", "Jobcenter", {}, minutes_per_case=30)
    add_case(demo_db, profile, MEETING, signed[0])
    add_case(demo_db, profile, MEETING, signed[1])  # 23.30–00.00 ends at midnight
    assert get_meeting(demo_db, MEETING).slot(1) == ("23.30", "00.00")
    with pytest.raises(MeetingError, match=r"ville vare over midnat .* kl\. 00\.30 næste dag"):
        add_case(demo_db, profile, MEETING, signed[2])
    assert len(get_meeting(demo_db, MEETING).items) == 2


def test_cli_adds_all_cases_or_none(demo_db, profile, signed, udsat):
    create_meeting(demo_db, profile, MEETING, "23:00", "Jobcenter", {}, minutes_per_case=30)
    demo_db.close()
    keys = [c.case_key for c in signed[:3]]
    code, out, err = udsat("meeting", "add", "--date", MEETING.isoformat(), *keys)
    assert code == 2 and not out and f"Sag {keys[2]} kan ikke komme på mødet" in err
    assert "over midnat" in err
    code, out, _err = udsat("meeting", "list")
    assert json.loads(out)["meetings"][0]["cases"] == []
    code, out, _err = udsat("meeting", "add", "--date", "03.12.2026", *keys[:2])
    assert code == 0 and [c["slot"] for c in json.loads(out)["cases"]] == [
        "23.00–23.30",
        "23.30–00.00",
    ]


def test_cli_checks_the_meeting_before_the_cases(demo_db, profile, signed, udsat):
    create_meeting(demo_db, profile, MEETING, "09:00", "Jobcenter", {})
    add_case(demo_db, profile, MEETING, signed[0])
    demo_db.close()
    code, _out, err = udsat("meeting", "add", "--date", "2026-12-20", signed[0].case_key)
    assert code == 2 and "Der er intet møde den 20.12.2026" in err


def test_packet_takes_the_meeting_date_as_meeting_add_does(
    demo_db, profile, signed, udsat, tmp_path
):
    create_meeting(demo_db, profile, MEETING, "09:00", "Jobcenter", {})
    add_case(demo_db, profile, MEETING, signed[0])
    demo_db.close()
    code, out, _err = udsat("packet", "--meeting", "03.12.2026", "--out", str(tmp_path / "p"))
    assert code == 0 and len(json.loads(out)["summaries"]) == 1
    code, _out, err = udsat("packet", "--meeting", "10.12.2026", "--out", str(tmp_path / "q"))
    assert code == 2 and "Der er intet møde den 10.12.2026" in err
    code, _out, err = udsat("packet", "--meeting", "2026-13-45", "--out", str(tmp_path / "q"))
    assert code == 2 and "--meeting skal være en dato som 2026-12-03 eller 03.12.2026" in err
