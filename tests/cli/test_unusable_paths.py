"""A path the user gives (`--data-dir`, `--share`, `--out`) that cannot be used — a symlink
loop, a path longer than the system takes, a file where a folder must be — is one Danish
sentence and exit 2, never a traceback, and nothing is made (issue 26)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from udsat_desktop import cli
from udsat_desktop.app import main as gui_main

LOOP = "stien går i ring gennem symbolske links"
TOO_LONG = "stien er for lang til styresystemet; vælg en kortere"


@pytest.fixture
def loop(tmp_path: Path) -> Path:
    """Two links pointing at each other."""
    a, b = tmp_path / "a", tmp_path / "b"
    a.symlink_to(b)
    b.symlink_to(a)
    return a


@pytest.fixture
def overlong(tmp_path: Path) -> Path:
    path = tmp_path.joinpath(*["x" * 200] * 22)
    assert len(str(path)) > 4096  # Linux's PATH_MAX
    return path


def refused(capsys, *argv: str) -> str:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    assert code == 2, err
    assert out == "" and len(err.splitlines()) == 1 and "Traceback" not in err, err
    return err


def test_a_data_folder_that_cannot_be_used(capsys, tmp_path, loop, overlong, monkeypatch):
    monkeypatch.setenv("UDSAT_PASSPHRASE", "en-lang-nok-kode")
    a_file = tmp_path / "notes.txt"
    a_file.write_text("x", encoding="utf-8")
    for folder, reason in (
        (loop, LOOP),
        (loop / "sub", LOOP),
        (overlong, TOO_LONG),
        (a_file, "det er en fil, ikke en mappe"),
        (a_file / "sub", f"{a_file} er en fil, ikke en mappe"),
    ):
        for command in (["stats"], ["demo", "--cases", "1"]):
            err = refused(capsys, "--data-dir", str(folder), *command)
            assert err.startswith("udsat: --data-dir ") and f"kan ikke bruges: {reason}" in err
    assert "(4" in refused(capsys, "--data-dir", str(overlong), "stats")  # "(4xxx tegn)"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a", "b", "notes.txt"]


def test_the_window_program_says_it_too(capsys, loop, overlong):
    for folder, reason in ((loop, LOOP), (overlong, TOO_LONG)):
        assert gui_main(["--data-dir", str(folder), "--smoke"]) == 2
        err = capsys.readouterr().err
        assert err == f"udsat-desktop: --data-dir {_shown(folder)} kan ikke bruges: {reason}\n"


def _shown(path: Path) -> str:
    from udsat_desktop.platform.paths import shown

    return shown(path)


def test_no_traceback_in_a_real_process(tmp_path, loop):
    env = dict(os.environ, UDSAT_PASSPHRASE="en-lang-nok-kode")
    done = subprocess.run(
        [sys.executable, "-m", "udsat_desktop.cli", "--data-dir", str(loop), "stats"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 2
    assert done.stderr == f"udsat: --data-dir {loop} kan ikke bruges: {LOOP}\n"


def test_a_share_or_out_path_that_cannot_be_used(
    capsys, reviewer_data_dir, tmp_path, loop, overlong
):
    data = str(reviewer_data_dir)
    for path, reason in ((loop, LOOP), (overlong, TOO_LONG)):
        err = refused(capsys, "--data-dir", data, "sync", "--share", str(path))
        assert err.startswith("udsat: --share ") and f"kan ikke bruges: {reason}" in err
        err = refused(capsys, "--data-dir", data, "config", "--share", str(path))
        assert err.startswith("udsat: Fællesmappen er ikke ændret: --share ") and reason in err
        for argv in (
            ("summary", "ABCD-EFGH", "--out", str(path / "s.pdf")),
            ("journal", "export", "--out", str(path / "journal")),
        ):
            err = refused(capsys, "--data-dir", data, *argv)
            assert err.startswith("udsat: --out ") and f"kan ikke bruges: {reason}" in err
