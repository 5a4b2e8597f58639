"""Three installations (a coordinator and two reviewers) and one shared folder in a temp dir."""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.sync import mounts
from udsat_desktop.cli import main as cli
from udsat_desktop.platform.paths import AppPaths, resolve
from udsat_desktop.store.lifecycle import open_existing
from udsat_desktop.sync import refusals

PASS = "team-kode-2026"
KEY_PASS = "nøgle-kode-77"


@dataclass
class Member:
    name: str
    data: Path
    user_id: str

    @property
    def paths(self) -> AppPaths:
        return resolve(self.data)

    def run(self, *args: str) -> tuple[int, dict | str]:
        """`udsat --data-dir DIR --json ARGS`; the parsed JSON (or the raw text)."""
        import contextlib
        import io

        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            code = cli(["--data-dir", str(self.data), "--json", *args])
        text = out.getvalue()
        try:
            return code, json.loads(text)
        except ValueError:
            return code, text

    def open(self):
        return open_existing(self.paths, PASS)


TEAM = (
    ("Koordinator Kim", "KK", "BIF", "coordinator"),
    ("Anna Ager", "AA", "BIF", "reviewer"),
    ("Bo Bæk", "BB", "SOF", "reviewer"),
)


@pytest.fixture(autouse=True)
def _counts_not_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """The tests here assert the files read per run exactly: the time bound on a sync's reads
    (2 s, sync/refusals.py) is lifted, so a loaded machine or a slow mount changes no count;
    test_junk_listing.py tests the bound itself."""
    monkeypatch.setattr(refusals, "MAX_READ_SECONDS_PER_RUN", float("inf"))


@pytest.fixture(scope="session")
def team_template(tmp_path_factory) -> tuple[Path, dict[str, str]]:
    """The three installations made once per session with `udsat init` (key derivation,
    migrations, identity keys); each test copies them. Their user ids by initials."""
    root = tmp_path_factory.mktemp("team-template")
    user_ids = {}
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("UDSAT_PASSPHRASE", PASS)
        mp.setenv("UDSAT_KEY_PASSPHRASE", KEY_PASS)
        for name, initials, org, role in TEAM:
            member = Member(name, root / initials, "")
            code, out = member.run(
                "init", "--name", name, "--initials", initials, "--org", org, "--role", role
            )
            assert code == 0 and isinstance(out, dict), out
            user_ids[initials] = out["user_id"]
    return root, user_ids


def team_copy(
    root: Path,
    monkeypatch: pytest.MonkeyPatch,
    template: tuple[Path, dict[str, str]],
    *,
    share: bool = True,
) -> tuple[Path, Member, Member, Member]:
    """Copies of the template's installations (KK, AA, BB) under `root`, each configured with
    `root / "share"` (made empty when `share`; otherwise already there)."""
    monkeypatch.setenv("UDSAT_PASSPHRASE", PASS)
    monkeypatch.setenv("UDSAT_KEY_PASSPHRASE", KEY_PASS)
    source, user_ids = template
    folder = root / "share"
    if share:
        folder.mkdir()
    members = {}
    for name, initials, _org, _role in TEAM:
        data = root / initials
        shutil.copytree(source / initials, data, ignore=shutil.ignore_patterns("logs"))
        member = Member(name, data, user_ids[initials])
        assert cli(["--data-dir", str(data), "config", "--share", str(folder)]) == 0
        members[initials] = member
    return folder, members["KK"], members["AA"], members["BB"]


@pytest.fixture
def team(tmp_path, monkeypatch, team_template):
    """A coordinator (KK) and two reviewers (AA, BB), each with the share configured: copies
    of the session's template installations."""
    return team_copy(tmp_path, monkeypatch, team_template)


def team_of(template_root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, user_ids):
    """A copy of a prepared team (its share and the three installations, as a session
    fixture left them under `template_root`), each member pointed at the copied share."""
    shutil.copytree(template_root / "share", tmp_path / "share")
    return team_copy(tmp_path, monkeypatch, (template_root, user_ids), share=False)


def synced(report: dict) -> int:
    """`udsat sync`'s exit status for a sync that went through: 3 when it refused files on the
    share (a squatter's, in the attack tests), else 0."""
    return 3 if report["refused"] else 0


def enrol(coordinator: Member, *members: Member) -> None:
    """The set-up a team does once: each member publishes a request (sync), the coordinator
    compares each member's code and approves it, each member pins the coordinator's code, and
    the members sync again to receive the signed roster."""
    for member in (*members, coordinator):
        code, report = member.run("sync")
        assert code == synced(report), report
    coordinator_code = coordinator.run("team", "list")[1]["my_code"]
    for member in members:
        code_on_their_screen = member.run("team", "list")[1]["my_code"]
        code, out = coordinator.run(
            "team", "approve", member.user_id, "--fingerprint", code_on_their_screen
        )
        assert code == 0, out
        code, out = member.run("team", "trust-coordinator", coordinator_code)
        assert code == 0, out
    for member in members:
        code, report = member.run("sync")
        assert code == synced(report) and report["roster_version"] >= 1, report


@pytest.fixture(scope="module")
def samba(tmp_path_factory):
    """A Samba server on the loopback for one test module (tests/sync/mounts.py); the module
    is skipped when it cannot start. Modules that need no server never start one."""
    server = mounts.Samba(tmp_path_factory.mktemp("samba"))
    try:
        server.start()
    except (RuntimeError, TimeoutError) as exc:
        pytest.skip(f"Samba could not start on the loopback: {exc}")
    yield server
    server.stop()
