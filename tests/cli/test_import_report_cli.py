"""`udsat import` on a file that is not a spreadsheet, a header-only file, and grouped
warnings (issue 14, item 7)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from udsat_desktop.cli import main


@pytest.fixture
def data_dir(reviewer_data_dir: Path) -> Path:
    return reviewer_data_dir


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_pdf_is_refused_in_one_danish_sentence(capsys, data_dir, tmp_path):
    capsys.readouterr()
    pdf = tmp_path / "liste.xlsx"
    pdf.write_bytes(b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n")
    code, out, err = run(capsys, "import", str(pdf), "--data-dir", str(data_dir))
    assert code == 2 and out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err
    assert "ikke et regneark, men en PDF-fil" in lines[0]


def test_a_header_only_file_says_it_has_no_rows(capsys, data_dir, tmp_path):
    capsys.readouterr()
    empty = tmp_path / "liste.csv"
    empty.write_text("CPR-nr.;Navn;Ydelse\n", encoding="utf-8")
    code, _out, err = run(capsys, "import", str(empty), "--data-dir", str(data_dir))
    assert code == 2
    assert "ingen rækker med borgere" in err and len(err.strip().splitlines()) == 1


def test_warnings_are_grouped_in_text_and_json(capsys, data_dir, tmp_path):
    from udsat_desktop.core.cpr import parse_cpr

    rows = ["CPR-nr.;Navn"]
    for day in range(1, 26):
        serial = next(
            s for s in range(1000, 1100) if not parse_cpr(f"{day:02d}0190{s}").modulus11_ok
        )
        rows.append(f"{day:02d}0190-{serial};Person {day}")
    listed = tmp_path / "liste.csv"
    listed.write_text("\n".join(rows) + "\n", encoding="utf-8")
    capsys.readouterr()
    code, out, _ = run(capsys, "import", str(listed), "--data-dir", str(data_dir), "--json")
    assert code == 0
    data = json.loads(out)
    assert data["imported"] == 25 and len(data["warnings"]) == 25
    assert data["warning_groups"] == [
        {
            "reason": "25 CPR-numre uden modulus 11-kontrol — tilladt siden 2007",
            "count": 25,
            "rows": list(range(2, 27)),
        }
    ]
    code, out, _ = run(capsys, "import", str(listed), "--data-dir", str(data_dir))
    assert code == 0
    assert "25 CPR-numre uden modulus 11-kontrol — tilladt siden 2007: rækker 2, 3," in out
    assert "… og 5 mere" in out


def test_a_file_whose_every_row_is_refused_exits_2_with_the_report(capsys, data_dir, tmp_path):
    listed = tmp_path / "liste.csv"
    listed.write_text("CPR-nr.;Navn\n3213990000;Person 1\nabc;Person 2\n", encoding="utf-8")
    capsys.readouterr()
    code, out, err = run(capsys, "import", str(listed), "--data-dir", str(data_dir), "--json")
    assert code == 2 and "Traceback" not in err
    data = json.loads(out)  # the report is still printed, for the reasons
    assert data["imported"] == 0 and [r["row"] for r in data["rejected"]] == [2, 3]
    assert "Intet er importeret: alle 2 rækker blev afvist" in err
    listed.write_text("CPR-nr.;Navn\n0101901234;Person 1\nabc;Person 2\n", encoding="utf-8")
    code, out, _ = run(capsys, "import", str(listed), "--data-dir", str(data_dir), "--json")
    assert code == 0 and json.loads(out)["imported"] == 1  # some rows taken: a normal import


def test_a_warehouse_export_is_imported_and_its_unknown_column_listed(capsys, data_dir, tmp_path):
    """A title row and merged group headers above the real header; a percentage under the
    warehouse's wording; a column no case field matches is listed, never dropped silently."""
    from tests.import_helpers import UNKNOWN, warehouse_xlsx
    from udsat_desktop.cli_common import open_store
    from udsat_desktop.platform.paths import resolve

    path = tmp_path / "udtræk.xlsx"
    citizens = warehouse_xlsx(path)
    capsys.readouterr()
    code, out, _ = run(capsys, "import", str(path), "--data-dir", str(data_dir), "--json")
    assert code == 0
    data = json.loads(out)
    assert data["imported"] == len(citizens) and data["rejected"] == []
    assert data["header_row"] == 3
    assert data["ignored_columns"] == [{"column": UNKNOWN[0], "header": UNKNOWN[1]}]
    db, _profile = open_store(resolve(data_dir))
    try:
        stored = sorted(db.reader().execute('SELECT name, unemployment_pct FROM "case"'))
    finally:
        db.close()
    assert stored == sorted((name, pct) for _cpr, name, pct in citizens)  # the share came in
    # the text report says it too
    code, out, _ = run(capsys, "import", str(path), "--data-dir", str(data_dir))
    assert code == 0
    assert "Ikke importeret: 1 kolonner" in out and f"kolonne G: »{UNKNOWN[1]}«" in out


def test_header_row_option(capsys, data_dir, tmp_path):
    """--header-row N reads the headers from row N; a wrong row is told in Danish (exit 2)."""
    from tests.import_helpers import warehouse_xlsx

    path = tmp_path / "udtræk.xlsx"
    warehouse_xlsx(path)
    capsys.readouterr()
    code, out, _ = run(
        capsys, "import", str(path), "--header-row", "3", "--data-dir", str(data_dir), "--json"
    )
    assert code == 0 and json.loads(out)["header_row"] == 3
    code, out, err = run(
        capsys, "import", str(path), "--header-row", "2", "--data-dir", str(data_dir)
    )
    assert code == 2 and "Traceback" not in err
    assert "række 2" in err and "--header-row" in err and len(err.strip().splitlines()) == 1
    with pytest.raises(SystemExit) as stop:
        run(capsys, "import", str(path), "--header-row", "0", "--data-dir", str(data_dir))
    err = capsys.readouterr().err
    assert stop.value.code == 2 and "rækkenummer" in err and "Traceback" not in err
