"""`<data>/unsent.ini`: what the Windows uninstaller reads to tell whether work waits to be sent
(issue 33). It cannot open the encrypted store, so the app leaves the count there at every
close, and "?" while the store is open (a running or crashed app never reads as "nothing")."""

from __future__ import annotations

import configparser
import json
from pathlib import Path

import pytest

from udsat_desktop import cli
from udsat_desktop.platform.paths import resolve
from udsat_desktop.store.db import UNSENT_MARKER, Database, WrongPassphrase
from udsat_desktop.store.signed_pdfs import queued_count

PASS = "en-lang-nok-kode"


def marker(folder: Path) -> str:
    parser = configparser.ConfigParser()
    parser.read_string((folder / UNSENT_MARKER).read_text(encoding="ascii"))
    return parser["unsent"]["count"]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, object]:
    code = cli.main([*args, "--json"])
    out = capsys.readouterr().out
    assert code == 0, out
    parsed: dict[str, object] = json.loads(out) if out.strip() else {}
    return parsed


def test_the_count_of_unsent_files_is_left_at_close_and_unknown_while_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("UDSAT_PASSPHRASE", PASS)
    monkeypatch.setenv("UDSAT_KEY_PASSPHRASE", "en-anden-lang-kode")
    data = tmp_path / "data"
    where = ("--data-dir", str(data))
    run(capsys, "init", *where, "--name", "Karen Holm", "--initials", "KH", "--org", "SOF",
        "--role", "coordinator")  # fmt: skip
    assert marker(data) == "0"  # nothing signed yet
    run(capsys, "demo", *where, "--cases", "30", "--reviews", "4")
    run(capsys, "sign", *where, "--ready")

    paths = resolve(data)
    db = Database.open(paths.database, paths.keyinfo, PASS)
    try:
        waiting = queued_count(db)
        assert waiting > 0
        assert marker(data) == "?"  # open: the uninstaller must not think nothing waits
    finally:
        db.close()
    assert marker(data) == str(2 * waiting)  # two files per review, as `udsat sync` counts

    share = tmp_path / "share"
    share.mkdir()
    run(capsys, "config", *where, "--share", str(share))
    code = cli.main(["sync", *where, "--json"])
    report = json.loads(capsys.readouterr().out)
    assert code == 0 and report["pending"] == 0, report
    assert marker(data) == "0"


def test_a_wrong_passphrase_leaves_the_last_count_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("UDSAT_PASSPHRASE", PASS)
    data = tmp_path / "data"
    run(capsys, "init", "--data-dir", str(data), "--name", "Karen Holm", "--initials", "KH",
        "--org", "SOF", "--role", "reviewer")  # fmt: skip
    assert marker(data) == "0"
    paths = resolve(data)
    with pytest.raises(WrongPassphrase):
        Database.open(paths.database, paths.keyinfo, "forkert-men-lang-kode")
    assert marker(data) == "0"
