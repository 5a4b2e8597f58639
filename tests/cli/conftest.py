"""Shared CLI fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

from udsat_desktop import cli

PASS = "en-lang-nok-kode"


@pytest.fixture
def reviewer_data_dir(tmp_path, monkeypatch, capsys) -> Path:
    """A data folder set up with `udsat init` for a SOF reviewer (passphrase in the
    environment, as a script would give it); what init printed is discarded."""
    monkeypatch.setenv("UDSAT_PASSPHRASE", PASS)
    folder = tmp_path / "cli-data"
    args = ["init", "--data-dir", str(folder), "--name", "Karen Holm", "--initials", "KH"]
    assert cli.main([*args, "--org", "SOF", "--role", "reviewer"]) == 0
    capsys.readouterr()
    return folder
