"""The CLI's two kinds of failure (`core.errors`): a user error from any layer is its Danish
sentence and exit status 2; a bug is one Danish sentence pointing at the log, exit status 1,
no traceback on the terminal and no message (which may hold a CPR number) in the log."""

from __future__ import annotations

from pathlib import Path

import pytest

from udsat_desktop import cli, cli_stats
from udsat_desktop.store.sqlite_errors import DiskFull


@pytest.fixture
def data_dir(reviewer_data_dir: Path) -> Path:
    return reviewer_data_dir


def test_a_user_error_from_the_store_is_exit_2(data_dir, capsys, monkeypatch):
    def full(*_a, **_k):
        raise DiskFull("Der er ikke plads på disken til databasen; intet er gemt halvt.")

    monkeypatch.setattr(cli_stats, "open_store", full)
    assert cli.main(["stats", "--data-dir", str(data_dir)]) == 2
    err = capsys.readouterr().err
    assert err == "udsat: Der er ikke plads på disken til databasen; intet er gemt halvt.\n"


@pytest.mark.expected_log(r"command stats crashed")
def test_a_bug_is_exit_1_with_one_sentence_and_the_stack_in_the_log(data_dir, capsys, monkeypatch):
    def bug(*_a, **_k):
        raise KeyError("010203-1234")

    monkeypatch.setattr(cli_stats, "open_store", bug)
    assert cli.main(["stats", "--data-dir", str(data_dir)]) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert "uventet fejl (KeyError)" in err and "logfilen" in err
    logged = "".join(p.read_text(encoding="utf-8") for p in (data_dir / "logs").glob("*.log*"))
    assert "Traceback" in logged and "KeyError" in logged and "010203-1234" not in logged
