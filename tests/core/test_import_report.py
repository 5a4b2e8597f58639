"""Import reports a person can act on (issue 14, item 7): values outside their domain are
rejected with the reason, a header-only file and a file that is not a spreadsheet are named
as such, and warnings come in groups."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import pytest

from udsat_desktop.core.cpr import parse_cpr
from udsat_desktop.core.import_report import duplicate_group, warning_groups
from udsat_desktop.core.target_file import read_table
from udsat_desktop.core.target_list import ImportFileError, RowIssue, detect_mapping, parse_rows

HEADER = "CPR-nr.;Navn;Ledighedsgrad 10 år (%);Startdato;Frist"
TODAY = dt.date(2026, 6, 1)


def parse_text(tmp_path, *rows: str):
    path = tmp_path / "liste.csv"
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    table = read_table(path)
    return parse_rows(table, detect_mapping(table.headers), today=TODAY)


def test_values_outside_their_domain_are_rejected_with_the_reason(tmp_path):
    result = parse_text(
        tmp_path,
        "070761-4285;Søren Ærbø;97;01.05.2025;01.09.2026",  # fine
        "1506820000;Jens Østergaard;120;01.05.2025;",  # percentage over 100
        "0101900000;Ida Berg;-3;01.05.2025;",  # percentage below 0
        "0202900000;Bo Lind;90;01.07.2026;",  # starts after today
        "0303900000;Eva Holm;90;01.05.2026;01.04.2026",  # deadline before the start
    )
    assert [row for row, _ in result.records] == [2]
    reasons = {issue.row: issue.reason for issue in result.rejected}
    assert reasons[3] == "Ledighedsgrad (%): procent skal ligge mellem 0 og 100, fandt 120,0"
    assert reasons[4].startswith("Ledighedsgrad (%): ")  # "-3" is not a percentage
    assert reasons[5] == "Startdato: startdatoen 01.07.2026 ligger i fremtiden"
    assert reasons[6] == "Frist: fristen 01.04.2026 ligger før startdatoen 01.05.2026"


def test_a_header_only_file_says_it_has_no_rows(tmp_path):
    path = tmp_path / "tom.csv"
    path.write_text(HEADER + "\n;;;;\n", encoding="utf-8")
    with pytest.raises(ImportFileError) as caught:
        read_table(path)
    assert str(caught.value) == ("Filen har kun overskrifter (række 1) og ingen rækker med borgere")


def _docx() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


@pytest.mark.parametrize(
    "name, data, kind",
    [
        ("liste.csv", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "en PDF-fil"),
        ("liste.xlsx", b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "et billede (PNG)"),
        ("liste.xlsx", _docx(), "et Word-dokument (.docx)"),
        ("liste.csv", b"<!DOCTYPE html><html><body>CPR;Navn</body></html>", "en webside (HTML)"),
    ],
)
def test_a_file_that_is_not_a_spreadsheet_says_so(tmp_path, name, data, kind):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ImportFileError) as caught:
        read_table(path)
    assert str(caught.value) == (
        f"Filen er ikke et regneark, men {kind}. Vælg målgruppelisten som Excel (.xlsx) eller CSV."
    )


def test_warnings_are_grouped_by_reason_with_their_rows(tmp_path):
    rows = []
    for day in range(1, 29):  # CPR numbers that fail modulus 11 (allowed since 2007)
        number = f"{day:02d}0190"
        for serial in range(1000, 1100):
            if not parse_cpr(f"{number}{serial}").modulus11_ok:
                rows.append(f"{number}-{serial};Person {day};80;01.05.2025;")
                break
    result = parse_text(tmp_path, *rows)
    assert len(result.warnings) == len(rows) == 28
    (group,) = warning_groups(result.warnings)
    assert group.title == "28 CPR-numre uden modulus 11-kontrol — tilladt siden 2007"
    assert [issue.row for issue in group.rows] == list(range(2, 30))

    mixed = warning_groups([*result.warnings[:3], RowIssue(40, "noget andet")])
    assert [g.title for g in mixed] == [
        "3 CPR-numre uden modulus 11-kontrol — tilladt siden 2007",
        "1 række: noget andet",
    ]


def test_duplicates_form_one_group():
    from udsat_desktop.core.target_list import DuplicateRow

    group = duplicate_group([DuplicateRow(9, 5, True), DuplicateRow(12, 5, False)])
    assert group is not None and group.title.startswith("2 dubletter sprunget over")
    assert [(i.row, i.reason) for i in group.rows] == [
        (9, "samme CPR-nummer som række 5 (identisk)"),
        (12, "samme CPR-nummer som række 5"),
    ]
    assert duplicate_group([]) is None


def test_every_control_and_direction_character_is_caught_in_names_and_only_direction_in_text():
    """The checks are regular expressions; here they meet Unicode's own categories for every
    character of the Basic Multilingual Plane."""
    import unicodedata

    from udsat_desktop.core.import_guard import name_problem, text_problem

    direction = {0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)}
    for code in range(0x10000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        ch = chr(code)
        control = unicodedata.category(ch) == "Cc" and ch != "\t"
        assert (name_problem(f"Anna{ch}Hansen") is not None) == (control or code in direction)
        assert (text_problem(f"Enhed{ch}Nord") is not None) == (code in direction)
    assert "U+202E" in str(name_problem("Anna\u202eHansen"))
