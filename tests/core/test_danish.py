import datetime as dt

import pytest

from udsat_desktop.core.danish import (
    ValueProblem,
    format_date,
    format_number,
    parse_bool,
    parse_date,
    parse_percent,
    sort_key,
)


def test_danish_alphabetical_order_puts_ae_oe_aa_after_z():
    names = ["Åge", "Zacho", "Ørsted", "Ærø", "Aagaard", "Andersen", "André", "bo", "Bøje"]
    assert sorted(names, key=sort_key) == [
        "Andersen",
        "André",
        "bo",
        "Bøje",
        "Zacho",
        "Ærø",
        "Ørsted",
        "Åge",
        "Aagaard",
    ]


def test_numbers_and_dates_in_danish_format():
    assert format_number(1234.5, 2) == "1.234,50"
    assert format_number(2737) == "2.737"
    assert format_date(dt.date(2026, 11, 24)) == "24.11.2026"
    assert format_date(dt.date(2026, 11, 24), long=True) == "24. november 2026"


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("01-05-2025", dt.date(2025, 5, 1)),
        ("01.05.2025", dt.date(2025, 5, 1)),
        ("1/5/2025", dt.date(2025, 5, 1)),
        ("2025-05-01", dt.date(2025, 5, 1)),
        (45778, dt.date(2025, 5, 1)),
        (dt.datetime(2025, 5, 1, 0, 0), dt.date(2025, 5, 1)),
        ("", None),
        (None, None),
    ],
)
def test_dates_as_people_and_excel_write_them(raw, expected):
    assert parse_date(raw) == expected


@pytest.mark.parametrize("raw", ["31-02-2025", "i morgen", "2025/13/45"])
def test_bad_dates_are_problems(raw):
    with pytest.raises(ValueProblem):
        parse_date(raw)


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("Ja", True),
        ("nej", False),
        ("x", True),
        ("", False),
        (None, False),
        ("X", True),
    ],
)
def test_yes_no_values(raw, expected):
    assert parse_bool(raw) is expected


def test_unknown_yes_no_value_is_a_problem():
    with pytest.raises(ValueProblem, match="ja/nej"):
        parse_bool("måske")


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("97", 97.0),
        ("97 %", 97.0),
        ("97,5", 97.5),
        (0.97, 97.0),
        (85, 85.0),
        ("", None),
    ],
)
def test_percentages(raw, expected):
    assert parse_percent(raw) == expected


@pytest.mark.parametrize("raw", ["halvfems", "120", "-3"])
def test_bad_percentages(raw):
    with pytest.raises(ValueProblem):
        parse_percent(raw)


def test_one_rule_for_number_agreement():
    from udsat_desktop.core.danish import count, one_or_many
    from udsat_desktop.core.text import Msg

    assert [count(n, "sag", "sager") for n in (0, 1, 2, -1, 1000)] == [
        "0 sager",
        "1 sag",
        "2 sager",
        "-1 sag",
        "1000 sager",
    ]
    chosen = one_or_many(1, Msg("{n} ny sag", n=1), Msg("{n} nye sager", n=1))
    assert chosen == "1 ny sag" and chosen.template == "{n} ny sag"  # a Msg stays a Msg
