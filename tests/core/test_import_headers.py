"""Import headers as municipal data-warehouse exports write them: the header row found below
a title row and merged group headers (or named), the variants of a header recognised, and
every column either used or listed as not imported."""

from __future__ import annotations

import pytest

from tests.import_helpers import HEADERS, UNKNOWN, warehouse_xlsx
from udsat_desktop.core.target_file import read_table
from udsat_desktop.core.target_list import (
    ImportFileError,
    column_letter,
    detect_mapping,
    field_of_header,
    ignored_columns,
    parse_rows,
)


@pytest.mark.parametrize(
    ("header", "key"),
    [
        ("Målgruppe-andel (%)", "unemployment_pct"),
        ("Andel ledighed, pct.", "unemployment_pct"),
        ("Ledighedsgrad i procent", "unemployment_pct"),
        ("Ledighedsgrad (pct.)", "unemployment_pct"),
        ("LEDIGHEDSGRAD 10 ÅR, %", "unemployment_pct"),
        ("Ledighedsgrad 10 år (%)", "unemployment_pct"),
        ("CPR-nr.", "cpr"),
        ("CPR nummer", "cpr"),
        ("Borgers navn", "name"),
        ("Sagsbeh.", "caseworker"),
        ("Jobcenter (enhed)", "jobcenter_unit"),
        ("Startdato (dd-mm-åååå)", "start_date"),
        ("Målgruppe", "benefit_type"),  # without a unit it is the group, not a share
        ("Antal samtaler", None),
        ("Alder (år)", None),
    ],
)
def test_header_variants_are_recognised(header, key):
    assert field_of_header(header) == key


def test_the_header_row_is_found_below_a_title_and_merged_group_headers(tmp_path):
    path = tmp_path / "udtræk.xlsx"
    citizens = warehouse_xlsx(path)
    table = read_table(path)
    assert table.header_row == 3
    assert table.headers == HEADERS
    mapping = detect_mapping(table.headers)
    assert mapping["cpr"] == 0 and mapping["name"] == 1 and mapping["unemployment_pct"] == 3
    parsed = parse_rows(table, mapping)
    assert [(n, r.name, r.unemployment_pct) for n, r in parsed.records] == [
        (4 + i, name, pct) for i, (_cpr, name, pct) in enumerate(citizens)
    ]
    assert not parsed.rejected
    assert [c.to_json() for c in ignored_columns(table, mapping)] == [
        {"column": UNKNOWN[0], "header": UNKNOWN[1]}
    ]


def test_a_named_header_row_is_used(tmp_path):
    path = tmp_path / "udtræk.xlsx"
    warehouse_xlsx(path)
    assert read_table(path, header_row=2).headers[:3] == ["Borger", "", "Forsørgelse"]
    with pytest.raises(ImportFileError, match="Række 40 er tom"):
        read_table(path, header_row=40)


def test_an_unnamed_column_with_data_is_listed_too(tmp_path):
    path = tmp_path / "liste.csv"
    path.write_text("CPR-nr.;Navn;\n070761-4285;Søren Ærbø;noget\n", encoding="utf-8")
    table = read_table(path)
    assert [c.to_json() for c in ignored_columns(table, detect_mapping(table.headers))] == [
        {"column": "C", "header": ""}
    ]


def test_column_letters():
    assert [column_letter(i) for i in (0, 25, 26, 701, 702)] == ["A", "Z", "AA", "ZZ", "AAA"]
