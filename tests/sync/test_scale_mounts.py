"""Issue 31 on the real mounts (Samba on the loopback through smbnetfs; an ext4 image
remounted read-only): no-op syncs add no files, junk in team/ is read a bounded number per
sync and remembered, a read-only share is reachable. Run under `flock /tmp/udsat-samba.lock`."""

from __future__ import annotations

import json
import subprocess

import pytest

from tests.sync import mounts
from tests.sync.test_real_mounts import (  # noqa: F401 (fixtures)
    fresh_share,
    make_team,
    mount_of,
    run_child,
    sign,
)
from udsat_desktop.sync import share as share_mod
from udsat_desktop.sync.refusals import MAX_READS_PER_FOLDER

REASON = mounts.skip_reason()
pytestmark = pytest.mark.skipif(REASON is not None, reason=REASON or "")


def files_on(folder) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}


@pytest.mark.expected_log(r"file on the share refused in team/")
def test_no_op_syncs_and_junk_in_team_through_smbnetfs(
    samba,
    mount_of,  # noqa: F811
    tmp_path,
    monkeypatch,
):
    m = mount_of("smbnetfs")
    share, server = fresh_share(m, samba)
    team = make_team(tmp_path, share, monkeypatch)
    for _ in range(2):
        code, report = team.aa.run("sync")
        assert code == 0 and report["reachable"], report
    before = files_on(server)
    for _ in range(20):
        assert team.aa.run("sync")[0] == 0
    added = files_on(server) - before
    # smbnetfs sometimes leaves the sync's write probe behind (removed after ten minutes by
    # a later sync: marker.py); no other file may appear
    assert len({f for f in added if not f.startswith(".udsat-probe-")}) <= 1, sorted(added)

    extra = 30
    (server / "team").mkdir(exist_ok=True)
    for n in range(MAX_READS_PER_FOLDER + extra):  # written on the server, as another client
        (server / "team" / f"roster-{1000 + n}.json").write_bytes(b'{"payload": %d}' % n)
    code, first = team.aa.run("sync")
    assert code == 3 and first["left_unread"] == {"team": extra}, first["left_unread"]
    code, second = team.aa.run("sync")
    assert code == 3 and second["left_unread"] == {}
    assert second["known_refusals"] == MAX_READS_PER_FOLDER
    code, third = team.aa.run("sync")
    assert code == 3 and third["known_refusals"] == MAX_READS_PER_FOLDER + extra
    assert all("kendt" in why for name, why in third["refused"] if name.startswith("team/"))


def test_a_read_only_ext4_share_is_reachable_and_says_so(tmp_path, monkeypatch):
    image, point = tmp_path / "share.img", tmp_path / "ext4"
    point.mkdir()
    with open(image, "wb") as fh:
        fh.truncate(16 << 20)
    subprocess.run(["mkfs.ext4", "-q", "-F", str(image)], check=True)
    subprocess.run(["mount", "-o", "loop", str(image), str(point)], check=True)
    try:
        share_mod.set_up_share(point)
        team = make_team(tmp_path, point, monkeypatch)
        team.aa.run("demo", "--cases", "3")
        sign(team.aa, 1, seed=96)
        subprocess.run(["mount", "-o", "remount,ro", str(point)], check=True)
        child = run_child(team.aa, "sync")
        assert child.returncode == 1 and "Traceback" not in child.stderr
        report = json.loads(child.stdout)
        assert report["reachable"] is True and report["ok"] is False, report
        assert "skrivebeskyttet" in report["problem"], report
    finally:
        subprocess.run(["umount", "-l", str(point)], check=False)


def test_junk_folders_under_records_are_refused_by_name_through_smbnetfs(
    samba,
    mount_of,  # noqa: F811
    tmp_path,
    monkeypatch,
):
    """Junk written on the server in folders the product never makes, and named as no review
    is: refused from the listing through smbnetfs (one line per folder with its file count,
    each file named once), remembered, and a folder that changed on the server is counted
    anew (its time through the mount changes)."""
    m = mount_of("smbnetfs")
    share, server = fresh_share(m, samba)
    team = make_team(tmp_path, share, monkeypatch)
    assert team.kk.run("sync")[0] == 0
    spam = server / "records" / "spam"
    spam.mkdir(parents=True)
    for n in range(60):
        (spam / f"R-{n:012X}.json").write_bytes(b"junk")
    month = server / "records" / "2025" / "07"
    month.mkdir(parents=True)
    for n in range(30):
        (month / f"R-OLD{n:07d}.json").write_text('{"format": "old"}')
    code, first = team.kk.run("ingest")
    assert code != 0, first
    told = dict(first["problems"])
    assert "60 filer i den er ikke læst" in told["records/spam"], told
    old = [n for n in told if n.startswith("records/2025/07/R-OLD")]
    assert len(old) == 30 and len(first["problems"]) == 31, first["problems"]
    code, again = team.kk.run("ingest")
    assert again["known_refusals"] == 31, again
    (spam / "R-0000000000FF.json").write_bytes(b"one more")
    code, third = team.kk.run("ingest")
    assert "61 filer i den er ikke læst" in dict(third["problems"])["records/spam"], third
