"""A hard time bound (issue 31, item 4), on the real mounts: with the SMB server hung behind
smbnetfs, `sync` and `pull` return within the share timeout plus one second of the command's
start (as the command's own log line dates it; the interpreter's start is not the share's);
no share operation starts after one has timed out; Ctrl-C ends a command stuck on the hung
drive within one second, also with `--timeout 0` (no bound at all).

Runs as root where /dev/fuse is present (CI); skipped with the reason elsewhere. Under
`flock /tmp/udsat-samba.lock` on a shared machine."""

from __future__ import annotations

import datetime
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.sync import mounts
from tests.sync.test_real_mounts import (  # noqa: F401  (fixtures)
    PASS,
    ROOT,
    fresh_share,
    make_team,
    mount_of,
    sign,
)
from tests.waiting import holds_flock, wait_until

REASON = mounts.skip_reason()
pytestmark = pytest.mark.skipif(REASON is not None, reason=REASON or "")
TIMEOUT = 3


def child(member, *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "udsat_desktop.cli", "--data-dir", str(member.data), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=dict(os.environ, UDSAT_PASSPHRASE=PASS, PYTHONPATH=str(ROOT)),
    )


def logged_at(member, what: str) -> datetime.datetime:
    """When the child's own log last says `what`."""
    lines = [
        line
        for log in sorted(member.paths.logs.glob("*.log"))
        for line in log.read_text(encoding="utf-8").splitlines()
        if what in line
    ]
    assert lines, f"no {what!r} in the log"
    return datetime.datetime.strptime(lines[-1][:23], "%Y-%m-%d %H:%M:%S,%f")


def run_timed(member, command: str, *args: str) -> tuple[subprocess.CompletedProcess, float]:
    """The command as a child process; and the seconds from its first look at the share (its
    share session opening: the interpreter's start and the imports are not the share's) to
    its end."""
    started = datetime.datetime.now()
    proc = child(member, "--json", "--timeout", str(TIMEOUT), command, *args)
    out, err = proc.communicate(timeout=120)
    ended = datetime.datetime.now()
    took = (ended - logged_at(member, "share session opened")).total_seconds()
    print(f"{command}: {(ended - started).total_seconds():.2f} s with the interpreter's start")
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err), took


@pytest.fixture
def hung_team(samba, mount_of, tmp_path, monkeypatch):  # noqa: F811
    m = mount_of("smbnetfs")
    share, _server = fresh_share(m, samba)
    team = make_team(tmp_path, share, monkeypatch)
    team.aa.run("demo", "--cases", "4")
    sign(team.aa, 2, seed=131)
    assert team.aa.run("sync")[0] == 0  # the share's folders are known and open once
    sign(team.aa, 1, seed=132)
    samba.pause()
    try:
        yield team
    finally:
        samba.resume()


@pytest.mark.parametrize("command", ["sync", "pull"])
def test_hung_server_the_command_returns_within_the_timeout_plus_one_second(hung_team, command):
    done, took = run_timed(hung_team.aa, command)
    print(f"{command} with the server hung: {took:.2f} s against --timeout {TIMEOUT}")
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr[-2000:]
    assert took <= TIMEOUT + 1, f"{command} took {took:.2f} s"
    if command == "sync":
        report = json.loads(done.stdout)
        assert f"inden for {TIMEOUT} sekunder" in report["problem"], report
        assert report["pending"] >= 2  # nothing given up: the outbox still holds it
    else:
        assert f"inden for {TIMEOUT} sekunder" in done.stderr + done.stdout


@pytest.mark.parametrize("timeout", ["0", "60"])
def test_ctrl_c_on_a_hung_server_ends_the_command_within_one_second(hung_team, timeout):
    """--timeout 0: every share call on the main thread, blocked in the kernel; Ctrl-C still
    ends the command (the stuck thread is abandoned; the process exits)."""
    proc = child(hung_team.aa, "--timeout", timeout, "sync")
    lock = hung_team.aa.data / "sync.lock"
    wait_until(lambda: holds_flock(proc.pid, lock), 60, "the child's sync to start")
    # the child is at the share (its first operation waits for the hung server)
    sent = datetime.datetime.now()
    proc.send_signal(signal.SIGINT)
    try:
        _out, err = proc.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        pytest.fail("Ctrl-C did not end the command within 30 s")
    took = (datetime.datetime.now() - sent).total_seconds()
    print(f"Ctrl-C with --timeout {timeout}: ended after {took:.2f} s")
    assert proc.returncode == 130 and "afbrudt" in err and "Traceback" not in err, err
    assert took <= 1.0, f"Ctrl-C took {took:.2f} s"


def test_nothing_lost_after_a_hung_round(hung_team, samba):
    """After a timed-out round the outbox is whole and the next sync (server back) sends it."""
    done, _took = run_timed(hung_team.aa, "sync")
    assert done.returncode == 1
    samba.resume()
    wait_until(lambda: _answers(hung_team.share), 60, "the share to answer again")
    code, report = hung_team.aa.run("sync")
    assert code == 0 and report["pending"] == 0, report


def _answers(share: Path) -> bool:
    try:
        return (share / ".udsat-share").is_file()
    except OSError:
        return False
