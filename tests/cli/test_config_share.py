"""`udsat config --share PATH`: a folder that is missing or refused is never stored; exit 2, the
previous setting kept, one sentence saying what to do (issue 26)."""

from __future__ import annotations

import json
from pathlib import Path

from udsat_desktop.cli import main


def config(capsys, data: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data), "--json", "config", *args])
    out, err = capsys.readouterr()
    return code, out, err


def stored_share(data: Path) -> str:
    settings = json.loads((data / "config" / "settings.json").read_text(encoding="utf-8"))
    return str(settings["share_path"])


def refused(capsys, data: Path, folder: Path, *extra: str) -> str:
    code, out, err = config(capsys, data, "--share", str(folder), *extra)
    assert (code, out) == (2, ""), err
    assert err.startswith("udsat: Fællesmappen er ikke ændret: ") and err.count("\n") == 1
    assert err.rstrip().endswith("og kør så kommandoen igen.")
    assert "?." not in err and ".." not in err
    return err


def test_a_missing_or_refused_folder_keeps_the_previous_share(tmp_path, capsys):
    data, share = tmp_path / "data", tmp_path / "share"
    share.mkdir()
    code, out, _ = config(capsys, data, "--share", str(share))
    assert code == 0 and json.loads(out)["share_id"]

    missing = tmp_path / "S" / "Taskforce"
    err = refused(capsys, data, missing)
    assert f"Fællesmappen kan ikke nås: {missing}. Er netværksdrevet forbundet? Ret det" in err
    assert stored_share(data) == str(share)
    assert not missing.exists()

    a_file = tmp_path / "notes.txt"
    a_file.write_text("x", encoding="utf-8")
    err = refused(capsys, data, a_file)
    assert f"--share {a_file} kan ikke bruges: det er en fil, ikke en mappe. Vælg en" in err
    assert stored_share(data) == str(share)

    # an empty folder while this data folder knows the team's share: an unconnected drive
    # looks just like it, so it is not made a second share
    empty = tmp_path / "empty"
    empty.mkdir()
    err = refused(capsys, data, empty)
    assert "--new-share" in err
    assert stored_share(data) == str(share) and list(empty.iterdir()) == []

    # nothing else of the command is stored either
    refused(capsys, data, missing, "--lock-minutes", "3")
    code, out, _ = config(capsys, data)
    assert json.loads(out)["lock_minutes"] != 3


def test_a_missing_folder_on_a_new_computer_stores_nothing(tmp_path, capsys):
    data = tmp_path / "data"
    refused(capsys, data, tmp_path / "nowhere")
    code, out, _ = config(capsys, data)
    assert code == 0 and json.loads(out)["share_path"] in ("", None)
