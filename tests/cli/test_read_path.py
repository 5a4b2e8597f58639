"""`udsat stats`, `udsat cases` and `udsat team list` read without the ORM (issue 34): SQLAlchemy
and the models were 60 % of every such command's start (and most of `team list`'s). A real
child process, as a script runs the CLI; the figures are still the store's (the same counts
the ORM path gave, checked beside)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from udsat_desktop import cli

PROBE = (
    "import sys\n"
    "from udsat_desktop import cli\n"
    "code = cli.main(sys.argv[1:])\n"
    "print('sqlalchemy_loaded=%d' % ('sqlalchemy' in sys.modules))\n"
    "raise SystemExit(code)\n"
)


@pytest.fixture
def data_dir(reviewer_data_dir: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """The reviewer's store with a few cases imported (the import is a write: ORM)."""
    source = reviewer_data_dir / "liste.csv"
    source.write_text(
        "CPR-nr.;Navn;Jobcenter\n"
        "010203-1235;Anna Ravn;Nord\n"
        "020304-2346;Bo Lund;Syd\n"
        "030405-3457;Cai Dam;Nord\n",
        encoding="utf-8",
    )
    assert cli.main(["import", str(source), "--data-dir", str(reviewer_data_dir)]) == 0
    capsys.readouterr()
    return reviewer_data_dir


def run(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", PROBE, *args, "--data-dir", str(data_dir)],
        env=dict(os.environ),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize(
    "command", [["stats", "--json"], ["cases", "--json"], ["team", "list", "--json"]]
)
def test_a_read_only_command_loads_no_sqlalchemy(data_dir: Path, command: list[str]) -> None:
    proc = run(data_dir, *command)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.rstrip().endswith("sqlalchemy_loaded=0")
    figures = json.loads(proc.stdout.rsplit("sqlalchemy_loaded", 1)[0])
    if command[0] == "stats":
        assert figures["cases"] == 3 and figures["by_status"]["ny"] == 3
    elif command[0] == "team":  # the team key, made at init, read back in plain SQL
        assert len(figures["my_fingerprint"]) == 64 and figures["version"] == 0
    else:
        assert figures["total"] == 3 and len(figures["cases"]) == 3


def test_a_writing_command_still_loads_it(data_dir: Path) -> None:
    """The probe can tell: a command that writes (an import) goes through the ORM."""
    proc = run(data_dir, "import", str(data_dir / "liste.csv"))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.rstrip().endswith("sqlalchemy_loaded=1"), proc.stdout


def test_the_team_key_read_in_plain_sql_is_the_one_kept(data_dir: Path) -> None:
    """The team key is made once (on its first use, in plain SQL when that use only reads) and
    every later command, a writing one through the ORM too, reads the same key back."""
    first = run(data_dir, "team", "list", "--json")
    assert first.returncode == 0, first.stderr
    mine = json.loads(first.stdout.rsplit("sqlalchemy_loaded", 1)[0])["my_fingerprint"]
    assert run(data_dir, "import", str(data_dir / "liste.csv")).returncode == 0  # the ORM's turn
    again = run(data_dir, "team", "list", "--json")
    assert json.loads(again.stdout.rsplit("sqlalchemy_loaded", 1)[0])["my_fingerprint"] == mine
