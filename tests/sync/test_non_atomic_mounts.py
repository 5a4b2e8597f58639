"""Non-atomic mounts detected (issue 31, item 5): on rclone's FUSE mount two reviewers on two
mounts can both win a claim (17 of 100 races); the mount is named at `config --share` and at
each sync (`claims_unsafe` in --json), and claims there are not made: they wait locally and
are listed as not settled, never reported as held by two. smbnetfs and a local folder pass
the probe.

The real-mount tests run as root where /dev/fuse is present (CI); under
`flock /tmp/udsat-samba.lock` on a shared machine."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from tests.sync import mounts
from tests.sync.test_real_mounts import (  # noqa: F401  (fixtures)
    PASS,
    ROOT,
    fresh_share,
    make_team,
    mount_of,
)
from tests.team_helpers import own_roster
from udsat_desktop.core.status import Role
from udsat_desktop.sync.claims import claim_case
from udsat_desktop.sync.share.atomicity import claims_unsafe
from udsat_desktop.sync.share.atomicity import mount_of as mount_entry

REAL = mounts.skip_reason()
needs_mounts = pytest.mark.skipif(REAL is not None, reason=REAL or "")

MOUNTINFO = (
    "22 1 0:21 / / rw,relatime shared:1 - ext4 /dev/sda1 rw\n"
    "98 22 0:52 / /mnt/team\\040drev rw,nosuid,nodev,relatime shared:50 - fuse.rclone "
    ":smb:share rw,user_id=0,group_id=0\n"
    "99 22 0:53 / /mnt/smb rw,relatime - fuse.smbnetfs smbnetfs rw\n"
)


def test_the_mount_table_names_the_mount_under_a_path():
    assert mount_entry(Path("/mnt/team drev/udsat"), MOUNTINFO).fstype == "fuse.rclone"
    assert mount_entry(Path("/mnt/smb/host/share"), MOUNTINFO).fstype == "fuse.smbnetfs"
    assert mount_entry(Path("/mnt/teamx"), MOUNTINFO).fstype == "ext4"  # not a prefix match


def test_a_local_folder_passes_the_probe_and_leaves_nothing(tmp_path):
    assert claims_unsafe(tmp_path, probe=True) is None
    assert list(tmp_path.iterdir()) == []


def _claim_at_once(members, share_of, case_key: str) -> dict[str, str]:
    barrier = threading.Barrier(len(members))
    states: dict[str, str] = {}

    def one(member) -> None:
        db, profile = member.open()
        try:
            barrier.wait()
            states[member.name] = claim_case(db, profile, case_key, share_of[member.name]).state
        finally:
            db.close()

    threads = [threading.Thread(target=one, args=(m,)) for m in members]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    return states


@needs_mounts
def test_rclone_is_named_and_no_claim_is_held_by_two(samba, mount_of, tmp_path, monkeypatch):  # noqa: F811
    one, two = mount_of("rclone", "a"), mount_of("rclone", "b")
    share, server = fresh_share(one, samba)
    team = make_team(tmp_path, share, monkeypatch)
    share_two = two.share / share.name
    # rclone uploads in the background: the marker shows on the second mount a moment later
    mounts.wait_for(lambda: (share_two / ".udsat-share").is_file(), 60, "the marker on mount b")
    # config --share names the mount (by its type), in --json and in the text
    code, out = team.bb.run("config", "--share", str(share_two))
    assert code == 0 and "rclone" in out["claims_unsafe"], out
    command = ["config", "--share", str(share_two)]
    text = subprocess.run(
        [sys.executable, "-m", "udsat_desktop.cli", "--data-dir", str(team.bb.data), *command],
        capture_output=True,
        text=True,
        env=dict(os.environ, UDSAT_PASSPHRASE=PASS, PYTHONPATH=str(ROOT)),
    )
    assert text.returncode == 0 and "OBS:" in text.stdout and "rclone-drev" in text.stdout
    db, profile = team.bb.open()  # Bo holds a roster too: both could seal a claim
    try:
        own_roster(db, team.bb.paths, dataclasses.replace(profile, role=Role.COORDINATOR))
    finally:
        db.close()
    # Anna and Bo claim the same case at the same moment from two rclone mounts
    states = _claim_at_once(
        [team.aa, team.bb], {team.aa.name: share, team.bb.name: share_two}, "K-RCLONE-1"
    )
    assert states == {team.aa.name: "queued", team.bb.name: "queued"}, states
    assert not (server / "claims").exists() or not list((server / "claims").rglob("claim.json"))
    # every sync names the mount and the claims not settled there
    for member in (team.aa, team.bb):
        code, report = member.run("sync")
        assert "rclone" in report["claims_unsafe"], report
        assert report["claims_unsafe_cases"] == ["K-RCLONE-1"], report
        assert report["claim_clashes"] == [] and report["claims_confirmed"] == 0


@needs_mounts
def test_smbnetfs_passes_the_probe(samba, mount_of, tmp_path, monkeypatch):  # noqa: F811
    m = mount_of("smbnetfs")
    share, server = fresh_share(m, samba)
    assert claims_unsafe(share, probe=True) is None
    assert not (server / ".udsat-probe").exists()  # the scratch folder is gone again
    team = make_team(tmp_path, share, monkeypatch)
    code, out = team.aa.run("config", "--share", str(share))
    assert code == 0 and out["claims_unsafe"] == "", out
    db, profile = team.aa.open()
    try:
        assert claim_case(db, profile, "K-SMB-1", share).state == "held"
    finally:
        db.close()
    code, report = team.aa.run("sync")
    assert report["claims_unsafe"] == "" and report["claims_unsafe_cases"] == [], report


@needs_mounts
def test_the_probe_on_rclone(samba, mount_of):  # noqa: F811
    """What the race in a scratch folder finds on one rclone mount (the type names it in any
    case); printed for the report, and the scratch folder is removed."""
    m = mount_of("rclone")
    share, server = fresh_share(m, samba)
    from udsat_desktop.sync.share import atomicity

    found = atomicity._probe(share)
    print(f"probe on one rclone mount: {'two winners' if found else 'one winner each race'}")
    mounts.wait_for(lambda: not (server / ".udsat-probe").exists(), 15, "the probe's cleanup")
