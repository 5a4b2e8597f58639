"""`udsat-desktop --smoke` as packaging and benchmarks run it: a real child process."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from udsat_desktop.ui.queue.queue_model import CaseQueueModel


def test_smoke_start_on_a_demo_database(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("UDSAT_PASSPHRASE", None)
    cmd = [
        sys.executable,
        "-m",
        "udsat_desktop.app",
        "--demo",
        "--cases",
        "250",
        "--smoke",
        "--data-dir",
        str(tmp_path / "demo"),
    ]
    first = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
    assert first.returncode == 0, first.stderr
    assert re.search(r"^ready_ms=\d+$", first.stdout, re.M)
    # the first page of the queue, not every row
    assert f"cases=250 rows_loaded={CaseQueueModel.FIRST_PAGE}" in first.stdout
    again = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
    assert again.returncode == 0 and "cases=250" in again.stdout
    # launch speed depends on the queue not waiting for SQLAlchemy (see docs/architecture.md,
    # "Two read/write paths"); anything that drags it onto the start path fails here. (The first
    # run built the demo database, which uses the write path.)
    assert "sqlalchemy_loaded=0" in again.stdout
    # nor the checklist templates' parser (issue 34: jsonschema and yaml were ~0.2 s of it)
    assert "jsonschema_loaded=0" in again.stdout
    # nor the audit log's labels and vocabulary (issue 34: the first screen only appends)
    assert "audit_labels_loaded=0" in again.stdout
    # nor the sync and the five controllers built after the first paint (issue 34)
    assert "deferred_loaded=0" in again.stdout
    assert re.search(r"^cpu_ms=\d+$", again.stdout, re.M)


def test_smoke_without_a_database_fails_clearly(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("UDSAT_PASSPHRASE", None)
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "udsat_desktop.app",
            "--smoke",
            "--data-dir",
            str(tmp_path / "none"),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 2 and "Ingen database" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_smoke_with_wrong_passphrase_fails_clearly(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    data = str(tmp_path / "demo")
    env.pop("UDSAT_PASSPHRASE", None)
    subprocess.run(
        [sys.executable, "-m", "udsat_desktop.cli", "demo", "--cases", "20", "--data-dir", data],
        env=env,
        check=True,
        capture_output=True,
        timeout=120,
    )
    env["UDSAT_PASSPHRASE"] = "forkert-kode"
    proc = subprocess.run(
        [sys.executable, "-m", "udsat_desktop.app", "--smoke", "--data-dir", data],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 2 and "Forkert adgangskode" in proc.stderr
    assert "Traceback" not in proc.stderr


@pytest.mark.parametrize("scale", ["1.5", "2"])
def test_starts_at_150_and_200_percent_scaling(tmp_path, scale):
    """The queue and the review form at high DPI scaling (screenshots under Xvfb at 2.0 show
    them laid out the same, only larger)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR=scale)
    env.pop("UDSAT_PASSPHRASE", None)
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "udsat_desktop.app",
            "--demo",
            "--cases",
            "120",
            "--smoke",
            "--check-summary",
            "--data-dir",
            str(tmp_path / "d"),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    assert "cases=120" in out.stdout and "summary_verified=1" in out.stdout
    assert "translations=da,en" in out.stdout


def test_smoke_fails_when_a_check_raises(tmp_path):
    """--smoke --check-summary exits non-zero when the summary check raises (a missing font,
    a broken signing library in a package); it exited 0 before."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("UDSAT_PASSPHRASE", None)
    code = (
        "import sys\n"
        "import udsat_desktop.ui.smoke as support\n"
        "def broken(*args):\n"
        "    raise RuntimeError('no fonts in this build')\n"
        "support.check_summary = broken\n"
        "from udsat_desktop.app import main\n"
        f"sys.exit(main(['--demo', '--cases', '30', '--smoke', '--check-summary', "
        f"'--data-dir', {str(tmp_path / 'd')!r}]))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=180
    )
    assert proc.returncode == 1, proc.stdout + proc.stderr[-2000:]
    assert "ready_ms=" in proc.stdout  # the queue itself came up
    assert "kontrollen fejlede (RuntimeError)" in proc.stderr
