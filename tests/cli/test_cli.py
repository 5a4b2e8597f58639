"""The `udsat` command line: a contract that scripts outside the test suite rely on."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from udsat_desktop.app import main as gui_main
from udsat_desktop.cli import main
from udsat_desktop.store.lifecycle import DEMO_PASSPHRASE

PASS = "en-lang-nok-kode"


@pytest.fixture
def data_dir(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("UDSAT_PASSPHRASE", PASS)
    return tmp_path / "cli-data"


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def init(capsys, data_dir: Path) -> None:
    code, _out, _err = run(
        capsys,
        "init",
        "--data-dir",
        str(data_dir),
        "--name",
        "Karen Holm",
        "--initials",
        "KH",
        "--org",
        "SOF",
        "--role",
        "reviewer",
    )
    assert code == 0


def test_init_import_stats_json(capsys, data_dir, sample_csv):
    init(capsys, data_dir)
    code, out, _ = run(capsys, "import", str(sample_csv), "--data-dir", str(data_dir), "--json")
    assert code == 0
    result = json.loads(out)
    assert result["imported"] == 56 and result["updated"] == 0
    assert result["rejected"] == [
        {"row": 58, "reason": "CPR-nummerets fødselsdato findes ikke (31.02.90)"},
        {"row": 61, "reason": "Ledighedsgrad (%): procent er ikke et tal: 'halvfems'"},
    ]
    assert [d["row"] for d in result["duplicates"]] == [59]
    code, out, _ = run(capsys, "stats", "--data-dir", str(data_dir), "--json")
    figures = json.loads(out)
    assert figures["cases"] == 56 and figures["by_status"]["ny"] == 56


def test_import_text_output_names_rows_and_reasons(capsys, data_dir, sample_csv):
    init(capsys, data_dir)
    code, out, _ = run(capsys, "import", str(sample_csv), "--data-dir", str(data_dir))
    assert code == 0
    assert "56 nye" in out
    assert "række 58: CPR-nummerets fødselsdato findes ikke" in out
    assert "række 59: samme CPR-nummer som række 5" in out


def test_wrong_passphrase_is_a_message_not_a_traceback(capsys, data_dir, monkeypatch):
    init(capsys, data_dir)
    monkeypatch.setenv("UDSAT_PASSPHRASE", "forkert-kode")
    code, _out, err = run(capsys, "stats", "--data-dir", str(data_dir))
    assert code == 2
    assert "Forkert adgangskode" in err and "Traceback" not in err


def test_commands_before_init_say_what_to_do(capsys, data_dir):
    code, _, err = run(capsys, "stats", "--data-dir", str(data_dir))
    assert code == 2 and "udsat init" in err


def test_unmappable_file_explains_map(capsys, data_dir, tmp_path):
    init(capsys, data_dir)
    odd = tmp_path / "odd.csv"
    odd.write_text("Id;Borger\n070761-4285;Søren Ærbø\n", encoding="utf-8")
    code, _, err = run(capsys, "import", str(odd), "--data-dir", str(data_dir))
    assert code == 2 and "--map" in err and "»Id«" in err
    code, out, _ = run(
        capsys,
        "import",
        str(odd),
        "--data-dir",
        str(data_dir),
        "--json",
        "--map",
        "cpr=Id,name=Borger",
    )
    assert code == 0 and json.loads(out)["imported"] == 1


def test_map_from_a_json_file(capsys, data_dir, tmp_path):
    init(capsys, data_dir)
    odd = tmp_path / "odd.csv"
    odd.write_text("Id;Borger\n070761-4285;Søren Ærbø\n", encoding="utf-8")
    mapping = tmp_path / "map.json"
    mapping.write_text(json.dumps({"cpr": "Id", "name": "Borger"}), encoding="utf-8")
    code, out, _ = run(
        capsys, "import", str(odd), "--data-dir", str(data_dir), "--json", "--map", str(mapping)
    )
    assert code == 0 and json.loads(out)["imported"] == 1


def test_broken_file_is_rejected_and_nothing_written(capsys, data_dir, tmp_path):
    init(capsys, data_dir)
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"PK\x03\x04garbage")
    code, _, err = run(capsys, "import", str(bad), "--data-dir", str(data_dir))
    assert code == 2 and "kan ikke åbnes" in err
    _, out, _ = run(capsys, "stats", "--data-dir", str(data_dir), "--json")
    assert json.loads(out)["cases"] == 0


def test_demo_creates_a_store_with_the_demo_passphrase(capsys, tmp_path, monkeypatch):
    monkeypatch.delenv("UDSAT_PASSPHRASE", raising=False)
    target = tmp_path / "demo"
    code, out, _ = run(capsys, "demo", "--cases", "120", "--data-dir", str(target), "--json")
    assert code == 0 and json.loads(out)["added"] == 120
    monkeypatch.setenv("UDSAT_PASSPHRASE", DEMO_PASSPHRASE)
    _, out, _ = run(capsys, "stats", "--data-dir", str(target), "--json")
    assert json.loads(out)["cases"] == 120


def test_gui_knows_the_demo_passphrase():
    source = Path(sys.modules[gui_main.__module__].__file__).read_text(encoding="utf-8")
    assert f'"{DEMO_PASSPHRASE}"' in source


def test_logs_hold_no_cpr_or_names(capsys, data_dir, sample_csv):
    init(capsys, data_dir)
    run(capsys, "import", str(sample_csv), "--data-dir", str(data_dir))
    run(capsys, "stats", "--data-dir", str(data_dir))
    log_text = "\n".join(p.read_text(encoding="utf-8") for p in (data_dir / "logs").glob("*"))
    assert "import batch" in log_text
    sample = sample_csv.read_text(encoding="cp1252").splitlines()[1:]
    for line in sample:
        cells = line.split(";")
        if cells[0]:
            assert cells[0] not in log_text and cells[0].replace("-", "") not in log_text
        if len(cells) > 1 and cells[1]:
            assert cells[1] not in log_text


def test_installed_entry_point_runs_as_a_subprocess(tmp_path):
    exe = Path(sys.executable).with_name("udsat")
    env = dict(os.environ, UDSAT_PASSPHRASE=PASS)
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "udsat_desktop.cli"]
    proc = subprocess.run(
        [*cmd, "stats", "--data-dir", str(tmp_path / "x")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 2 and "udsat init" in proc.stderr


def test_demo_reviews_half_ready(capsys, tmp_path, monkeypatch):
    monkeypatch.delenv("UDSAT_PASSPHRASE", raising=False)
    target = tmp_path / "demo"
    code, out, _ = run(
        capsys, "demo", "--cases", "80", "--reviews", "10", "--data-dir", str(target), "--json"
    )
    assert code == 0
    result = json.loads(out)
    assert (result["reviews"], result["ready_to_sign"]) == (10, 5)
    monkeypatch.setenv("UDSAT_PASSPHRASE", DEMO_PASSPHRASE)
    _, out, _ = run(capsys, "stats", "--data-dir", str(target), "--json")
    figures = json.loads(out)
    assert figures["reviews"] == {"kladde": 5, "klar": 5, "underskrevet": 0}
    assert figures["by_status"]["klar_til_underskrift"] == 5
    assert figures["next_steps"]["open"] >= 10


def test_global_options_before_the_command_are_kept(capsys, data_dir):
    """`udsat --data-dir DIR --json stats` must mean the same as options after the command."""
    init(capsys, data_dir)
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "--json", "demo", "--cases", "12")
    assert code == 0
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "--json", "stats")
    assert code == 0 and json.loads(out)["cases"] == 12


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are a POSIX thing")
def test_verify_refuses_a_fifo_and_a_link_to_a_device_at_once(capsys, data_dir, tmp_path):
    """`udsat verify share/summaries/*/*/*.pdf` meets whatever an outsider left there: a FIFO
    (a plain read would wait for ever) and a link to /dev/zero (would fill the memory)."""
    init(capsys, data_dir)
    fifo = tmp_path / "R-FIFOFIFOFIFO.pdf"
    os.mkfifo(fifo)
    zero = tmp_path / "R-ZEROZEROZERO.pdf"
    zero.symlink_to("/dev/zero")
    huge = tmp_path / "R-HUGEHUGEHUGE.pdf"
    with huge.open("wb") as fh:
        fh.truncate((64 << 20) + 1)  # sparse: costs no disk
    code, out, err = run(
        capsys, "verify", str(fifo), str(zero), str(huge), "--data-dir", str(data_dir), "--json"
    )
    assert code == 1 and "Traceback" not in err
    errors = {Path(r["file"]).name: r["error"] for r in json.loads(out)["files"]}
    assert "ikke en almindelig fil" in errors[fifo.name]
    assert "ikke en almindelig fil" in errors[zero.name]
    assert "for stor" in errors[huge.name]


def test_cases_lists_keys_without_names_or_cpr(capsys, data_dir):
    """A coordinator working headless finds the case keys `assign`, `meeting add` and `hold`
    need; nothing printed names a citizen."""
    code, _out, _err = run(capsys, "demo", "--cases", "15", "--data-dir", str(data_dir))
    assert code == 0
    code, out, _err = run(capsys, "cases", "--data-dir", str(data_dir), "--json", "--limit", "0")
    assert code == 0
    listed = json.loads(out)
    assert listed["total"] == 15 and len(listed["cases"]) == 15
    keys = [c["case_key"] for c in listed["cases"]]
    assert keys == sorted(keys)
    code, text, _err = run(capsys, "cases", "--data-dir", str(data_dir), "--limit", "3")
    assert code == 0 and keys[0] in text and "(3 af 15" in text
    assert not re.search(r"\d{6}-?\d{4}", text)
    code, _out, err = run(capsys, "cases", "--data-dir", str(data_dir), "--status", "nej")
    assert code == 2 and "Ukendt status: nej" in err
