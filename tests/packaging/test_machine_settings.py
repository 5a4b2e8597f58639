"""Machine-wide settings (issue 33): what IT pre-sets for every user of a computer reaches a new
user's first start: the share path becomes theirs, the coordinator's code is pinned (a pin, not
a role: the user stays what they chose to be). A user who has settings keeps them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from udsat_desktop import cli
from udsat_desktop.core.status import Role
from udsat_desktop.platform.paths import resolve
from udsat_desktop.platform.settings import (
    MACHINE_SETTINGS_ENV,
    load_machine_settings,
    load_settings,
    update_settings,
)
from udsat_desktop.store.lifecycle import open_existing
from udsat_desktop.sync import roster

PASS = "en-lang-nok-kode"
CODE = "1a2b 3c4d 5e6f 7a8b 9c0d"  # as the coordinator reads it out: five groups of four


def machine_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, data: object) -> Path:
    path = tmp_path / "etc-udsat" / "settings.json"
    path.parent.mkdir()
    path.write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setenv(MACHINE_SETTINGS_ENV, str(path))
    return path


def init(data: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> dict[str, object]:
    args = ["init", "--data-dir", str(data), "--name", "Karen Holm", "--initials", "KH"]
    code = cli.main([*args, "--org", "SOF", "--role", "reviewer", *extra, "--json"])
    out = capsys.readouterr().out
    assert code == 0, out
    parsed: dict[str, object] = json.loads(out)
    return parsed


def test_a_new_user_starts_with_its_share_path_and_coordinator_pinned(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("UDSAT_PASSPHRASE", PASS)
    share = tmp_path / "teamshare"
    machine_file(
        tmp_path,
        monkeypatch,
        {"share_path": str(share), "coordinator_code": CODE, "timestamp_url": "http://tsa.test/"},
    )
    data = tmp_path / "new-user"
    result = init(data, capsys)

    paths = resolve(data)
    settings = load_settings(paths.config)
    assert settings.share_path == str(share)
    assert settings.timestamp_url == "http://tsa.test/"
    assert roster.pinned(paths) == {"1a2b3c4d5e6f7a8b9c0d"}
    assert result["coordinator"] == "1a2b3c4d5e6f7a8b9c0d"
    # a pin, not a role: the user is the reviewer she said she is
    db, profile = open_existing(paths, PASS)
    db.close()
    assert profile.role is Role.REVIEWER


def test_the_users_own_choices_win(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("UDSAT_PASSPHRASE", PASS)
    machine_file(tmp_path, monkeypatch, {"share_path": "/mnt/it", "coordinator_code": CODE})
    data = tmp_path / "user"
    paths = resolve(data)
    update_settings(paths.config, share_path="/mnt/mine")  # settings from before the profile
    own = "ffff eeee dddd cccc bbbb"
    result = init(data, capsys, "--coordinator", own)
    assert load_settings(paths.config).share_path == "/mnt/mine"
    assert roster.pinned(paths) == {"ffffeeeeddddccccbbbb"}
    assert result["coordinator"] == "ffffeeeeddddccccbbbb"


@pytest.mark.expected_log("machine-wide coordinator code is not a code")
def test_a_broken_or_missing_machine_file_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("UDSAT_PASSPHRASE", PASS)
    monkeypatch.setenv(MACHINE_SETTINGS_ENV, str(tmp_path / "missing.json"))
    assert load_machine_settings().share_path == ""
    machine_file(tmp_path, monkeypatch, {"share_path": 7, "coordinator_code": "not hex at all"})
    assert load_machine_settings().share_path == ""  # a wrong type is no setting
    data = tmp_path / "user"
    result = init(data, capsys)
    assert result["coordinator"] is None
    paths = resolve(data)
    assert roster.pinned(paths) == set()
    assert load_settings(paths.config).share_path == ""


def test_the_windows_first_start_takes_the_machine_wide_settings(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same through the window's first start (FirstRunDialog), typed as a user would."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox

    from udsat_desktop.ui.start_dialogs import FirstRunDialog

    share = tmp_path / "teamshare"
    machine_file(tmp_path, monkeypatch, {"share_path": str(share), "coordinator_code": CODE})
    paths = resolve(tmp_path / "new").ensure()
    dialog = FirstRunDialog(paths)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, "Mette Ørum")
    qtbot.keyClicks(dialog.initials, "MØ")
    qtbot.keyClicks(dialog.passphrase, "hemmelig-kode")
    qtbot.keyClicks(dialog.repeat, "hemmelig-kode")
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.db is not None
    dialog.db.close()
    assert load_settings(paths.config).share_path == str(share)
    assert roster.pinned(paths) == {"1a2b3c4d5e6f7a8b9c0d"}
