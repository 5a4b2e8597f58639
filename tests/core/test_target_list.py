"""Reading target lists: encodings, delimiters, title rows, synonyms, XLSX, and bad files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from udsat_desktop.core.target_file import read_table
from udsat_desktop.core.target_list import (
    ImportFileError,
    apply_named_mapping,
    detect_mapping,
    mapping_problems,
    parse_mapping_arg,
    parse_rows,
)

HEADER = (
    "CPR-nr.;Navn;Ydelse;Ledighedsgrad 10 år (%);Sagsbehandler;Jobcenter;Startdato;Tæt på afklaring"
)
ROWS = [
    "070761-4285;Søren Ærbø;Sygedagpenge;97;Åse Lund;JC Amager;01-05-2025;Ja",
    "1506820000;Jens Østergaard;Ressourceforløb;82,5;Bo Holm;JC Valby;01.06.2025;x",
]


def parse(path: Path):
    table = read_table(path)
    return table, parse_rows(table, detect_mapping(table.headers))


def test_the_shared_sample_has_exactly_its_known_defects(sample_csv):
    table, result = parse(sample_csv)
    assert table.encoding == "cp1252" and table.delimiter == ";"
    assert len(result.records) == 56
    assert [(r.row, r.reason) for r in result.rejected] == [
        (58, "CPR-nummerets fødselsdato findes ikke (31.02.90)"),
        (61, "Ledighedsgrad (%): procent er ikke et tal: 'halvfems'"),
    ]
    assert [(d.row, d.first_row, d.identical) for d in result.duplicates] == [(59, 5, True)]
    assert result.blank_rows == [60]
    first = dict(result.records)[2]
    assert first.name == "Yasmin Mortensen" and first.mental_illness is True
    assert first.start_date == dt.date(2025, 8, 2) and first.unemployment_pct == 97.0


@pytest.mark.parametrize(
    "encoding, bom", [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("cp1252", b"")]
)
@pytest.mark.parametrize("delimiter", [";", ","])
def test_encodings_and_delimiters(tmp_path, encoding, bom, delimiter):
    lines = [HEADER, *ROWS]
    if delimiter == ",":
        lines = [line.replace(",", ".").replace(";", ",") for line in lines]
    path = tmp_path / "liste.csv"
    path.write_bytes(bom + "\r\n".join(lines).encode(encoding))
    _table, result = parse(path)
    names = [r.name for _, r in result.records]
    assert names == ["Søren Ærbø", "Jens Østergaard"]
    assert result.records[1][1].close_to_clarification is True
    assert result.records[0][1].caseworker == "Åse Lund"


def test_title_row_above_header_keeps_excel_row_numbers(tmp_path):
    path = tmp_path / "liste.csv"
    path.write_text(
        "Målgruppe pr. 1. maj 2025;;;;;;;\n;;;;;;;\n"
        + HEADER
        + "\n"
        + ROWS[0]
        + "\n310290-1234;Fejl Dato;;80;;;;\n",
        encoding="utf-8",
    )
    table, result = parse(path)
    assert table.header_row == 3
    assert result.records[0][0] == 4
    assert result.rejected[0].row == 5


def test_header_synonyms_and_split_names(tmp_path):
    path = tmp_path / "liste.csv"
    path.write_text(
        "Personnummer;Fornavn;Efternavn;Forsørgelsestype;Rådgiver;Ekstra\n"
        "070761-4285;Søren;Ærbø;Sygedagpenge;Åse Lund;ignoreres\n",
        encoding="utf-8",
    )
    _table, result = parse(path)
    record = result.records[0][1]
    assert (record.name, record.benefit_type, record.caseworker) == (
        "Søren Ærbø",
        "Sygedagpenge",
        "Åse Lund",
    )


def test_xlsx_with_real_dates_numbers_and_title_row(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Taskforce – målgruppe"])
    ws.append(["CPR-nr.", "Navn", "Ledighedsgrad", "Startdato", "Tæt på afklaring"])
    ws.append(["070761-4285", "Søren Ærbø", 97, dt.datetime(2025, 5, 1), "Ja"])
    ws.append([1506820000, "Jens Østergaard", 0.85, "01.06.2025", None])
    path = tmp_path / "liste.xlsx"
    wb.save(path)
    table, result = parse(path)
    assert table.source_kind == "xlsx" and table.header_row == 2
    (r3, a), (r4, b) = result.records
    assert (r3, a.start_date, a.unemployment_pct, a.close_to_clarification) == (
        3,
        dt.date(2025, 5, 1),
        97.0,
        True,
    )
    assert (r4, b.cpr, b.unemployment_pct, b.start_date) == (
        4,
        "150682-0000",
        85.0,
        dt.date(2025, 6, 1),
    )


def test_unknown_columns_need_a_mapping(tmp_path):
    path = tmp_path / "liste.csv"
    path.write_text("Id;Borger navn;Noget\n070761-4285;Søren Ærbø;x\n", encoding="utf-8")
    table = read_table(path)
    mapping = detect_mapping(table.headers)
    assert mapping_problems(mapping)
    with pytest.raises(ImportFileError, match="CPR"):
        parse_rows(table, mapping)
    named = parse_mapping_arg("cpr=Id,name=Borger navn")
    mapping = apply_named_mapping(table.headers, named)
    assert not mapping_problems(mapping)
    assert parse_rows(table, mapping).records[0][1].name == "Søren Ærbø"


def test_mapping_to_a_missing_column_is_a_clear_error(tmp_path):
    with pytest.raises(ImportFileError, match="»Findes ikke« findes ikke"):
        apply_named_mapping(["CPR"], {"name": "Findes ikke"})


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "tom"),
        (b"\x00\x01\x02\x03binary\x00junk", "binære"),
        (b"PK\x03\x04 truncated zip", "kan ikke åbnes"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1old", "gamle Excel"),
    ],
)
def test_broken_files_give_a_clear_error(tmp_path, content, message):
    path = tmp_path / "liste.xlsx" if content.startswith(b"PK") else tmp_path / "liste.csv"
    path.write_bytes(content)
    with pytest.raises(ImportFileError, match=message):
        read_table(path)


def test_missing_file(tmp_path):
    with pytest.raises(ImportFileError, match="findes ikke"):
        read_table(tmp_path / "nope.csv")


def test_formula_text_is_kept_as_text(tmp_path):
    path = tmp_path / "liste.csv"
    path.write_text(
        HEADER + ";Bemærkning\n" + ROWS[0] + ';=HYPERLINK("http://x")\n', encoding="utf-8"
    )
    _table, result = parse(path)
    assert result.records[0][1].note == '=HYPERLINK("http://x")'
