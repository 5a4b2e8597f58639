"""Import files that cannot exhaust the machine (issue 16, item 5): every hostile or broken
XLSX/CSV ends in one Danish sentence (CLI: exit 2, no traceback; window: the error shown in
the dialog), and names with control or bidi-override characters are refused by row."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest

from tests.conftest import PASSPHRASE
from udsat_desktop.cli import main as cli
from udsat_desktop.core.import_guard import LIMITS
from udsat_desktop.core.target_file import read_table
from udsat_desktop.core.target_list import ImportFileError

HEADER = ["CPR-nummer", "Navn", "Ydelse"]


def small_xlsx(rows: list[list[object]] | None = None) -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(HEADER)
    for row in rows or [["010190-1234", "Jens Hansen", "kontanthjælp"]]:
        ws.append(row)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def rewrite(xlsx: bytes, member: str, change) -> bytes:
    """A copy of the workbook with one member's bytes changed."""
    src = zipfile.ZipFile(io.BytesIO(xlsx))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            dst.writestr(info.filename, change(data) if info.filename == member else data)
    return out.getvalue()


def add_member(xlsx: bytes, name: str, data: bytes) -> bytes:
    out = io.BytesIO(xlsx)
    with zipfile.ZipFile(out, "a", zipfile.ZIP_DEFLATED) as z:
        z.writestr(name, data)
    return out.getvalue()


SHEET = "xl/worksheets/sheet1.xml"


def huge_dimension(data: bytes) -> bytes:
    return re.sub(rb'<dimension ref="[^"]+"', b'<dimension ref="A1:XFD1048576"', data)


def hostile_files() -> dict[str, bytes]:
    base = small_xlsx()
    no_dimension = rewrite(base, SHEET, lambda d: re.sub(rb"<dimension[^>]*/>", b"", d))
    return {
        "huge_dimension.xlsx": rewrite(base, SHEET, huge_dimension),
        "huge_rows_only.xlsx": rewrite(
            base,
            SHEET,
            lambda d: re.sub(rb'<dimension ref="[^"]+"', b'<dimension ref="A1:C1048576"', d),
        ),
        "far_row_no_dimension.xlsx": rewrite(
            no_dimension,
            SHEET,
            lambda d: d.replace(
                b"</sheetData>",
                b'<row r="1000000"><c r="A1000000" t="inlineStr"><is><t>x</t>'
                b"</is></c></row></sheetData>",
            ),
        ),
        "xml_error.xlsx": rewrite(base, SHEET, lambda d: d.replace(b"</row>", b"</rw>", 1)),
        "xml_truncated.xlsx": rewrite(base, SHEET, lambda d: d[: len(d) // 2]),
        "workbook_xml_error.xlsx": rewrite(base, "xl/workbook.xml", lambda d: d[:-40]),
        "bad_styles.xlsx": rewrite(base, "xl/styles.xml", lambda d: d[: len(d) // 3]),
        "billion_laughs.xlsx": rewrite(
            base,
            SHEET,
            lambda d: d.replace(
                b"<worksheet",
                b'<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;'
                b'&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><worksheet',
                1,
            ),
        ),
        "zip_bomb.xlsx": add_member(base, "xl/media/padding.bin", b"\0" * (40 * 1024 * 1024)),
        "not_a_zip.xlsx": b"PK\x03\x04" + os.urandom(3000),
        "crc_broken.xlsx": _corrupt_crc(base),
    }


def _corrupt_crc(xlsx: bytes) -> bytes:
    blob = bytearray(xlsx)
    info = zipfile.ZipFile(io.BytesIO(xlsx)).getinfo(SHEET)
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    blob[start + 10] ^= 0xFF  # one byte of the compressed sheet
    return bytes(blob)


@pytest.mark.parametrize("name", sorted(hostile_files()))
def test_hostile_xlsx_ends_in_one_danish_sentence(tmp_path, name):
    data = hostile_files()[name]
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ImportFileError) as caught:
        read_table(path)
    text = str(caught.value)
    assert name in text or "CSV" in text or "Excel" in text
    assert "\n" not in text and "Traceback" not in text


def test_the_declared_huge_sheet_is_a_small_file_refused_before_loading(tmp_path):
    data = hostile_files()["huge_dimension.xlsx"]
    assert len(data) < 10_000  # a few KB on disk, a million rows and 16,384 columns declared
    path = tmp_path / "stor.xlsx"
    path.write_bytes(data)
    with pytest.raises(ImportFileError, match="1048576 rækker og 16384 kolonner"):
        read_table(path)


def test_a_sheet_that_understates_its_rows_is_counted_from_the_stream(tmp_path):
    """`<dimension ref="A1:C4">` but 250,100 rows: refused from the row count, before openpyxl
    reads a cell (reading them took minutes)."""
    rows = b"".join(
        b'<row r="%d"><c r="A%d" t="inlineStr"><is><t>x</t></is></c></row>' % (n, n)
        for n in range(1, LIMITS.max_rows + 100)
    )

    def lie(data: bytes) -> bytes:
        data = re.sub(rb'<dimension ref="[^"]+"', b'<dimension ref="A1:C4"', data)
        return re.sub(
            rb"<sheetData>.*</sheetData>|<sheetData/>",
            lambda _m: b"<sheetData>" + rows + b"</sheetData>",
            data,
            flags=re.S,
        )

    path = tmp_path / "mange.xlsx"
    path.write_bytes(rewrite(small_xlsx(), SHEET, lie))
    import openpyxl.reader.excel as excel

    loaded = []
    real = excel.load_workbook
    excel.load_workbook = lambda *a, **k: loaded.append(1) or real(*a, **k)
    try:
        with pytest.raises(ImportFileError, match="mere end 250000 rækker"):
            read_table(path)
    finally:
        excel.load_workbook = real
    assert not loaded


def test_a_row_split_between_two_stream_pieces_is_counted_once():
    from udsat_desktop.core.import_guard import count_rows

    body = b"x" * ((1 << 20) - 3) + b'<row r="1"/>' + b'<x:row r="2"></x:row>'
    assert count_rows(io.BytesIO(body), "t.xlsx") == 2


def test_an_honest_workbook_still_reads(tmp_path):
    path = tmp_path / "ok.xlsx"
    path.write_bytes(
        small_xlsx(
            [
                ["010190-1234", "Jens Hansen", "kontanthjælp"],
                [None] * 3,
                ["020290-1234", "Åse Ørum", "sygedagpenge"],
            ]
        )
    )
    table = read_table(path)
    assert table.headers == HEADER and len(table.rows) == 3
    assert table.rows[1][1] == []  # a blank row is kept as blank (with its row number)


@pytest.mark.parametrize(
    "content,match",
    [
        ("cpr;navn\n010190-1234;" + "x" * (LIMITS.max_cell_chars + 10) + "\n", "kan ikke læses"),
        ("cpr;navn\n" + ";".join(["a"] * (LIMITS.max_columns + 5)) + "\n", "kolonner"),
    ],
)
def test_hostile_csv_is_refused(tmp_path, content, match):
    path = tmp_path / "liste.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ImportFileError, match=match):
        read_table(path)


def test_too_many_csv_rows_are_refused(tmp_path):
    path = tmp_path / "mange.csv"
    path.write_text("cpr;navn\n" + "1;a\n" * (LIMITS.max_rows + 30), encoding="utf-8")
    with pytest.raises(ImportFileError, match="mere end"):
        read_table(path)


def test_names_with_control_or_bidi_characters_are_refused_by_row(
    store, tmp_path, capsys, monkeypatch
):
    path = tmp_path / "navne.csv"
    path.write_text(
        "CPR-nummer;Navn\n010190-1234;Jens Hansen\n020290-1234;Hans\u202eneS\n"
        "030390-1234;Bo\x07 Bæk\n040490-1234;Ida\u2066Holm\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("UDSAT_PASSPHRASE", PASSPHRASE)
    db, _profile = store
    db.close()
    import json

    data_dir = str(Path(db.path).parent)
    code = cli(["--data-dir", data_dir, "--json", "import", str(path)])
    out = capsys.readouterr().out
    assert code == 0
    result = json.loads(out)
    assert result["imported"] == 1
    rejected = {r["row"]: r["reason"] for r in result["rejected"]}
    assert set(rejected) == {3, 4, 5}
    assert "U+202E" in rejected[3] and "U+0007" in rejected[4] and "U+2066" in rejected[5]
    assert all("Navn" in r for r in rejected.values())


def test_other_text_columns_with_bidi_characters_are_refused_by_row(tmp_path):
    from udsat_desktop.core.target_list import detect_mapping, parse_rows

    path = tmp_path / "tekst.csv"
    path.write_text(
        "CPR-nummer;Navn;Sagsbehandler;Note\n"
        "010190-1234;Jens Hansen;Bo Holm;en note\n"
        "020290-1234;Lise Berg;Bo \u202eneslaH;\n"
        "030390-1234;Åse Ørum;Ida Holm;note \u2067 ond\n",
        encoding="utf-8",
    )
    table = read_table(path)
    result = parse_rows(table, detect_mapping(table.headers))
    rejected = {r.row: str(r.reason) for r in result.rejected}
    assert set(rejected) == {3, 4}
    assert "Sagsbehandler" in rejected[3] and "U+202E" in rejected[3]
    assert "Bemærkning" in rejected[4] and "U+2067" in rejected[4]


def test_cli_import_of_a_hostile_file_exits_2_without_traceback(
    store, tmp_path, capsys, monkeypatch
):
    db, _profile = store
    db.close()
    monkeypatch.setenv("UDSAT_PASSPHRASE", PASSPHRASE)
    data_dir = str(Path(db.path).parent)
    for name, data in hostile_files().items():
        path = tmp_path / name
        path.write_bytes(data)
        code = cli(["--data-dir", data_dir, "import", str(path)])
        err = capsys.readouterr().err
        assert code == 2, name
        assert err.startswith("udsat: ") and err.count("\n") == 1, err
        assert "Traceback" not in err


def test_a_broken_pipe_prints_no_traceback(tmp_path):
    env = dict(os.environ, UDSAT_PASSPHRASE="udsat-demo-2737", QT_QPA_PLATFORM="offscreen")
    data = tmp_path / "demo"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "udsat_desktop.cli",
            "--data-dir",
            str(data),
            "demo",
            "--cases",
            "50",
        ],
        env=env,
        check=True,
        capture_output=True,
    )
    result = subprocess.run(
        f"'{sys.executable}' -m udsat_desktop.cli --data-dir '{data}' stats --json | head -c1",
        shell=True,
        env=env,
        capture_output=True,
        text=True,
        executable="/bin/bash",
    )
    assert result.stdout == "{"
    assert result.stderr == "", result.stderr


@pytest.mark.expected_log(r"command \w+ crashed")
def test_an_unexpected_error_is_one_line_and_the_trace_goes_to_the_log(
    tmp_path, capsys, monkeypatch
):
    import udsat_desktop.cli as cli_module

    secret = "".join(["010190-1234 ", "Jens ", "Hansen"])  # not in any source line

    def boom(args, paths):
        raise KeyError(secret)

    parser = cli_module.build_parser
    monkeypatch.setattr(cli_module, "build_parser", lambda: _with_func(parser(), boom))
    code = cli(["--data-dir", str(tmp_path / "d"), "stats"])
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1 and "Traceback" not in err
    assert "KeyError" in err and "010190" not in err
    log = (tmp_path / "d" / "logs" / "udsat.log").read_text(encoding="utf-8")
    assert "Traceback" in log and "Jens Hansen" not in log and "010190-1234" not in log


def _with_func(parser, func):
    original = parser.parse_args

    def parse_args(argv=None):
        args = original(argv)
        args.func = func
        return args

    parser.parse_args = parse_args
    return parser


def test_the_import_dialog_shows_the_sentence(qtbot, store, tmp_path):
    from PySide6.QtCore import Qt

    from udsat_desktop.ui.common.tasks import TaskRunner
    from udsat_desktop.ui.queue.import_dialog import ImportDialog

    db, profile = store
    path = tmp_path / "bombe.xlsx"
    path.write_bytes(hostile_files()["huge_dimension.xlsx"])
    from udsat_desktop.platform.paths import resolve

    TaskRunner.synchronous = True
    try:
        dialog = ImportDialog(db, resolve(Path(db.path).parent), profile, TaskRunner())
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.keyClicks(dialog.path, str(path))
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.error.isVisible() and bool(dialog.error.text()))
        assert "16384 kolonner" in dialog.error.text()
    finally:
        TaskRunner.synchronous = False
