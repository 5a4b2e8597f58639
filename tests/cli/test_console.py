"""The console on Windows: UTF-8 output when redirected, and no passphrase prompt without a
console. (The same under Wine: packaging/windows/wine_smoke.sh.)"""

from __future__ import annotations

import getpass
import io
import os
import subprocess
import sys

import pytest

from udsat_desktop import cli
from udsat_desktop.platform import console


def test_redirected_output_is_utf8_even_for_a_path_outside_the_code_page(tmp_path):
    """Windows writes a redirected stdout in cp1252, where Ω does not exist: print() of the
    data folder raised UnicodeEncodeError (a traceback, exit 1) before."""
    data = tmp_path / "data-Ω-ł"
    env = dict(os.environ, PYTHONIOENCODING="cp1252", UDSAT_PASSPHRASE="smoke-kode-12")
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "udsat_desktop.cli",
            "init",
            "--data-dir",
            str(data),
            "--name",
            "Test Person",
            "--initials",
            "TP",
            "--org",
            "BIF",
            "--role",
            "reviewer",
        ],
        env=env,
        capture_output=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")[-2000:]
    assert "data-Ω-ł" in proc.stdout.decode("utf-8")
    assert b"Traceback" not in proc.stderr


def test_use_utf8_output_replaces_what_it_cannot_write():
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="cp1252")
    console.use_utf8_output(stream)
    stream.write("C:\\data-Ω \udcff\n")  # a lone surrogate cannot be encoded at all
    stream.flush()
    assert raw.getvalue() == "C:\\data-Ω ?\n".encode()


class NulOnWindows:
    """Standard input redirected from NUL, as Windows describes it: a character device, so
    isatty() is true, but there is no console to type at and reading gives nothing."""

    def __init__(self, nul: io.TextIOWrapper) -> None:
        self.nul = nul

    def isatty(self) -> bool:
        return True

    def fileno(self) -> int:
        return self.nul.fileno()

    def readline(self) -> str:
        return self.nul.readline()


def test_no_console_means_no_prompt_but_a_danish_sentence(monkeypatch):
    """Windows says isatty() for NUL (a character device); only GetConsoleMode tells a real
    console. Without one the CLI must not wait for a keyboard."""
    monkeypatch.delenv(cli.PASSPHRASE_ENV, raising=False)
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(console, "_windows_console", lambda fd: False)  # GetConsoleMode fails

    def prompt(*args, **kwargs):
        raise AssertionError("prompted without a console")

    monkeypatch.setattr(getpass, "getpass", prompt)
    with open(os.devnull) as nul:
        monkeypatch.setattr(sys, "stdin", NulOnWindows(nul))
        with pytest.raises(cli.CliError, match="UDSAT_PASSPHRASE"):
            cli.read_passphrase()
        with pytest.raises(cli.CliError, match="UDSAT_KEY_PASSPHRASE"):
            cli.read_key_passphrase()


def test_a_real_console_is_asked(monkeypatch):
    monkeypatch.delenv(cli.PASSPHRASE_ENV, raising=False)
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(console, "_windows_console", lambda fd: True)
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": "fra-tastaturet")
    with open(os.devnull) as stdin:
        monkeypatch.setattr(sys, "stdin", stdin)
        assert cli.read_passphrase() == "fra-tastaturet"


def test_stdin_from_nothing_exits_2_without_waiting(tmp_path):
    env = dict(os.environ)
    env.pop("UDSAT_PASSPHRASE", None)
    data = tmp_path / "d"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "udsat_desktop.cli",
            "demo",
            "--cases",
            "5",
            "--data-dir",
            str(data),
        ],
        env=env,
        check=True,
        capture_output=True,
        timeout=120,
    )
    proc = subprocess.run(
        [sys.executable, "-m", "udsat_desktop.cli", "stats", "--data-dir", str(data)],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 2 and "sæt UDSAT_PASSPHRASE" in proc.stderr
    assert "Traceback" not in proc.stderr
