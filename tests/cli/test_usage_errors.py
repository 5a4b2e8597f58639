"""A command line argparse refuses is one Danish sentence on stderr with exit status 2, like
every user error; a command refused for want of a database leaves no data folder behind; and
`udsat config --share` keeps an absolute path (a later sync may run from another folder)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from udsat_desktop import cli


def usage_error(capsys, *argv: str) -> str:
    with pytest.raises(SystemExit) as stop:
        cli.main(list(argv))
    out, err = capsys.readouterr()
    assert stop.value.code == 2 and out == ""
    assert len(err.splitlines()) == 1 and err.startswith("udsat: ")
    assert "error" not in err and "usage" not in err and "required" not in err
    return err


def test_a_value_of_the_wrong_type_names_the_option(capsys):
    err = usage_error(capsys, "--timeout", "abc", "sync")
    assert err == "udsat: --timeout: 'abc' er ikke et tal; se `udsat --help`.\n"


def test_missing_arguments_are_named(capsys):
    err = usage_error(capsys, "meeting", "add", "--date", "2026-12-10")
    assert err == "udsat: Der mangler CASE-KEY; se `udsat meeting add --help`.\n"
    err = usage_error(capsys, "assign", "--to", "X")
    assert err == "udsat: Der mangler CASE-KEY; se `udsat assign --help`.\n"


def test_unknown_arguments_and_choices(capsys):
    assert "Ukendt argument: --bogus" in usage_error(capsys, "sync", "--bogus")
    err = usage_error(capsys, "hold", "set", "K", "--reason", "nej")
    assert "--reason: 'nej' er ikke et af valgene ('klage', 'indsigt')" in err
    assert "--out: mangler sin værdi" in usage_error(capsys, "packet", "--out")


def test_help_is_unchanged(capsys):
    with pytest.raises(SystemExit) as stop:
        cli.main(["sync", "--help"])
    assert stop.value.code == 0
    assert capsys.readouterr().out.startswith("usage: udsat sync")


def test_a_command_without_a_database_makes_no_data_folder(tmp_path, capsys):
    folder = tmp_path / "nodata2"
    assert cli.main(["--data-dir", str(folder), "cases"]) == 2
    assert "Der er ingen database" in capsys.readouterr().err
    assert not folder.exists()
    folder.mkdir()  # an empty folder given on purpose stays empty
    assert cli.main(["--data-dir", str(folder), "stats"]) == 2
    assert list(folder.iterdir()) == []


def test_config_keeps_the_share_as_an_absolute_path(tmp_path, monkeypatch, capsys):
    data, share, elsewhere = tmp_path / "data", tmp_path / "share2", tmp_path / "elsewhere"
    share.mkdir()
    elsewhere.mkdir()
    monkeypatch.chdir(tmp_path)
    assert cli.main(["--data-dir", str(data), "--json", "config", "--share", "share2"]) == 0
    assert json.loads(capsys.readouterr().out)["share_path"] == str(share.resolve())
    monkeypatch.chdir(elsewhere)
    settings = json.loads((data / "config" / "settings.json").read_text(encoding="utf-8"))
    assert Path(settings["share_path"]) == share.resolve()
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("USERPROFILE", str(tmp_path))  # expanduser on Windows
    assert cli.main(["--data-dir", str(data), "--json", "config", "--share", "~/share2"]) == 0
    assert json.loads(capsys.readouterr().out)["share_path"] == str(share.resolve())
