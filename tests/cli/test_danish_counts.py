"""Danish number agreement in what the CLI prints ("1 række", "2 rækker": one helper,
`core.danish.one_or_many`), and Danish role names; `--json` keeps its values (issue 26)."""

from __future__ import annotations

import json
from pathlib import Path

from udsat_desktop.cli import main

PASS = "korrekt-hest-batteri"
HEADER = (
    "CPR-nr.;Navn;Ydelse;Ledighedsgrad 10 år (%);Sagsbehandler;Jobcenter;Startdato;"
    "Tæt på afklaring;Bemærkning"
)
YASMIN = "071066-3830;Yasmin Mortensen;Kontanthjælp;97;Nanna Larsen;JC Amager;02-08-2025;Nej;"
BAD_DATE = "310290-1234;Ugyldig Dato;Kontanthjælp;90;X;JC Amager;01-06-2025;Nej;"


def one_of_each(folder: Path) -> Path:
    """One new case (whose CPR number fails modulus 11: one warning), one duplicate of it,
    one rejected row."""
    path = folder / "en-af-hver.csv"
    path.write_bytes("\n".join([HEADER, YASMIN, YASMIN, BAD_DATE, ""]).encode("cp1252"))
    return path


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def init(capsys, data: Path, *extra: str, role: str = "coordinator", initials: str = "KH"):
    argv = ["init", "--name", f"Test {initials}", "--initials", initials, "--org", "BIF"]
    code, _out, err = run(capsys, *argv, "--role", role, "--data-dir", str(data), *extra)
    assert code == 0, err


def test_import_counts_of_one_are_singular(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("UDSAT_PASSPHRASE", PASS)
    data = tmp_path / "data"
    init(capsys, data)
    code, out, _ = run(capsys, "import", str(one_of_each(tmp_path)), "--data-dir", str(data))
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("Importeret: 1 ny, 0 opdateret, 0 uændret (")
    assert "Afvist: 1 række" in lines
    assert "Dubletter: 1 række (kun den første er importeret)" in lines
    assert "  1 CPR-nummer uden modulus 11-kontrol — tilladt siden 2007: række 2" in lines


def test_everything_rejected_says_so_in_the_singular(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("UDSAT_PASSPHRASE", PASS)
    data = tmp_path / "data"
    init(capsys, data)
    only_bad = tmp_path / "kun-fejl.csv"
    only_bad.write_bytes("\n".join([HEADER, BAD_DATE, ""]).encode("cp1252"))
    code, _out, err = run(capsys, "import", str(only_bad), "--data-dir", str(data))
    assert code == 2
    assert "Intet er importeret: den ene række blev afvist" in err


def test_demo_counts(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("UDSAT_PASSPHRASE", raising=False)
    code, out, _ = run(capsys, "demo", "--cases", "1", "--data-dir", str(tmp_path / "d"))
    assert code == 0
    assert out.startswith("1 syntetisk sag og 0 gennemgange (0 klar til underskrift)")


def test_team_list_and_requests_name_the_roles_in_danish(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("UDSAT_PASSPHRASE", PASS)
    share, kk, aa = tmp_path / "share", tmp_path / "kk", tmp_path / "aa"
    share.mkdir()
    init(capsys, kk)
    assert run(capsys, "config", "--share", str(share), "--data-dir", str(kk))[0] == 0
    assert run(capsys, "sync", "--data-dir", str(kk))[0] == 0
    code, out, _ = run(capsys, "team", "list", "--json", "--data-dir", str(kk))
    code_kk = json.loads(out)["my_code"]
    init(capsys, aa, "--coordinator", code_kk, role="reviewer", initials="AA")
    assert run(capsys, "config", "--share", str(share), "--data-dir", str(aa))[0] == 0
    run(capsys, "sync", "--data-dir", str(aa))  # publishes the enrolment request

    code, out, _ = run(capsys, "team", "requests", "--data-dir", str(kk))
    assert code == 0 and "(AA, BIF, Gennemgår sager) — ny, kode" in out, out
    code, out, _ = run(capsys, "team", "requests", "--json", "--data-dir", str(kk))
    request = json.loads(out)["requests"][0]
    assert request["role"] == "reviewer"  # the JSON keeps the value (a contract)
    argv = ["team", "approve", request["user_id"], "--fingerprint", request["fingerprint"]]
    assert run(capsys, *argv, "--data-dir", str(kk))[0] == 0

    code, out, _ = run(capsys, "team", "list", "--data-dir", str(kk))
    assert "(KH, BIF, Koordinator) kode" in out and "(AA, BIF, Gennemgår sager) kode" in out
    assert "coordinator" not in out and "reviewer" not in out
    code, out, _ = run(capsys, "team", "list", "--json", "--data-dir", str(kk))
    assert sorted(m["role"] for m in json.loads(out)["members"]) == ["coordinator", "reviewer"]
