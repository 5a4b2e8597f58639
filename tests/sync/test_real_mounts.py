"""The share as it really is: Samba on the loopback, mounted through FUSE (smbnetfs and rclone's
SMB backend), and real faults (a full tmpfs, an ext4 image remounted read-only, smbd killed,
the FUSE daemon stopped, a lazy unmount, SIGKILL injected with strace at every link and
rename). After each: nothing corrupt under a final name (an exclusive-create copy cut short is
a prefix of its original, which the next sync finishes), nothing lost from the outbox, the
next sync completes, nothing written outside the share.

Runs as root where /dev/fuse is present (CI); skipped with the reason elsewhere."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.sync import mounts
from tests.sync.conftest import KEY_PASS, PASS, Member, enrol
from tests.team_helpers import own_roster, reader_key, unsealed
from tests.waiting import holds_flock, poll, wait_until
from udsat_desktop.cli import main as cli
from udsat_desktop.core.status import Role
from udsat_desktop.platform.checklists import bundled_library
from udsat_desktop.store.demo_reviews import build_demo_reviews
from udsat_desktop.sync import share as share_mod

REASON = mounts.skip_reason()
pytestmark = pytest.mark.skipif(REASON is not None, reason=REASON or "")
LIB = bundled_library()
ROOT = Path(__file__).parents[2]


@pytest.fixture
def mount_of(samba, tmp_path):
    made: list[mounts.Mount] = []

    def make(kind: str, name: str = "m") -> mounts.Mount:
        m = mounts.mount(samba, kind, tmp_path / f"{name}-{kind}", tmp_path / f"w-{name}-{kind}")
        made.append(m)
        return m

    yield make
    for m in made:
        m.unmount()


_COUNTER = [0]


def fresh_share(m: mounts.Mount, samba: mounts.Samba) -> tuple[Path, Path]:
    """A new folder on the mount, set up as a share; and the same folder on the server."""
    _COUNTER[0] += 1
    name = f"team-{os.getpid()}-{_COUNTER[0]}"
    (m.share / name).mkdir()
    share_mod.set_up_share(m.share / name)
    return m.share / name, samba.root / name


@dataclass
class Team:
    share: Path
    kk: Member
    aa: Member
    bb: Member


def make_team(tmp_path: Path, share: Path, monkeypatch, *, rosters: bool = True) -> Team:
    """The three installations on `share`. With `rosters` (the fault tests), Anna holds a
    roster of her own to seal to, made locally (what is sent is sealed; enrolling over the
    mount would cost each test a dozen syncs); the full round enrols instead."""
    monkeypatch.setenv("UDSAT_PASSPHRASE", PASS)
    monkeypatch.setenv("UDSAT_KEY_PASSPHRASE", KEY_PASS)
    members = []
    for name, initials, org, role in (
        ("Koordinator Kim", "KK", "BIF", "coordinator"),
        ("Anna Ager", "AA", "BIF", "reviewer"),
        ("Bo Bæk", "BB", "SOF", "reviewer"),
    ):
        data = tmp_path / initials
        assert (
            cli(
                [
                    "--data-dir",
                    str(data),
                    "--json",
                    "init",
                    "--name",
                    name,
                    "--initials",
                    initials,
                    "--org",
                    org,
                    "--role",
                    role,
                ]
            )
            == 0
        )
        member = Member(name, data, "")
        db, profile = member.open()
        member.user_id = profile.user_id
        db.close()
        assert cli(["--data-dir", str(data), "config", "--share", str(share)]) == 0
        members.append(member)
    if rosters:
        db, profile = members[1].open()
        try:
            own_roster(db, members[1].paths, dataclasses.replace(profile, role=Role.COORDINATOR))
        finally:
            db.close()
    return Team(share, *members)


def sign(member: Member, count: int, seed: int) -> None:
    db, profile = member.open()
    try:
        build_demo_reviews(db, count, profile.user_id, LIB, seed=seed, all_ready=True)
    finally:
        db.close()
    assert member.run("sign", "--ready")[0] == 0


def stored_files(member: Member) -> dict[str, bytes]:
    """What the outbox gave up after a verified upload: kept in the encrypted store."""
    db, _profile = member.open()
    try:
        files = {}
        for case_key, review_key, pdf, record in db.reader().execute(
            "SELECT case_key, review_key, pdf, record FROM signed_pdf"
        ):
            files[f"{case_key}_{review_key}.pdf"] = bytes(pdf)
            files[f"{case_key}_{review_key}.json"] = record.encode("utf-8")
        return files
    finally:
        db.close()


def outbox_files(member: Member) -> dict[str, str]:
    out = member.paths.outbox
    files = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in out.glob("*.*")}
    files.update(
        {name: hashlib.sha256(data).hexdigest() for name, data in stored_files(member).items()}
    )
    return files


def sealed_as_sent(
    member: Member, server_share: Path, path: Path, original: bytes, originals: dict[str, bytes]
) -> bytes:
    """What the member's sync writes for `original` under `path`: sealing is deterministic
    for its sender, so the same bytes again."""
    from udsat_desktop.sync.identity import sealer
    from udsat_desktop.sync.layout import KIND_RECORD, KIND_SUMMARY

    record = json.loads(originals[path.stem + ".json"])
    db, _profile = member.open()
    try:
        seal = sealer(db, member.paths)
        assert seal is not None
        return seal.seal(
            [record.get("signed_by") or "", *record["reviewers"]],
            original,
            kind=KIND_RECORD if path.suffix == ".json" else KIND_SUMMARY,
            name=path.relative_to(server_share).as_posix(),
        )
    finally:
        db.close()


def check_invariants(server_share: Path, member: Member, before: dict[str, str]) -> None:
    """On the server: every summary and record under its final name is its outbox original
    as sealed, or a prefix of it (an exclusive-create copy cut short, finished by the next
    sync); every whole record has its whole PDF. In the outbox: nothing lost."""
    assert outbox_files(member) == before, "nothing lost from the outbox"
    originals = {p.name.split("_", 1)[1]: p.read_bytes() for p in member.paths.outbox.glob("*.*")}
    originals.update({name.split("_", 1)[1]: data for name, data in stored_files(member).items()})
    for path in list((server_share / "summaries").rglob("*.pdf")) + list(
        (server_share / "records").rglob("*.json")
    ):
        data = path.read_bytes()
        original = originals.get(path.name)
        if original is None:
            continue  # a colleague's
        expected = sealed_as_sent(member, server_share, path, original, originals)
        assert expected.startswith(data), f"{path} is neither its original nor a prefix of it"
        if data == expected and path.suffix == ".json":
            record = json.loads(original)
            pdf = (
                server_share / f"summaries/{record['review_date'][:4]}/"
                f"{record['review_date'][5:7]}/{record['review_id']}.pdf"
            )
            assert (
                hashlib.sha256(unsealed(pdf, reader_key(member))).hexdigest()
                == record["pdf_sha256"]
            )


def run_child(
    member: Member, *args: str, timeout: float = 120, prefix: tuple[str, ...] = ()
) -> subprocess.CompletedProcess:
    return subprocess.run(
        [
            *prefix,
            sys.executable,
            "-m",
            "udsat_desktop.cli",
            "--data-dir",
            str(member.data),
            "--json",
            *args,
        ],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=dict(os.environ, UDSAT_PASSPHRASE=PASS, PYTHONPATH=str(ROOT)),
    )


def reachable(path: Path) -> bool:
    try:
        return (path / ".udsat-share").is_file()
    except OSError:
        return False


def recover(member: Member, server_share: Path, before: dict[str, str]) -> None:
    code, report = member.run("sync")
    assert code == 0 and report["pending"] == 0, report
    check_invariants(server_share, member, before)
    names = {p.name for p in (server_share / "summaries").rglob("*.pdf")} | {
        p.name for p in (server_share / "records").rglob("*.json")
    }
    assert {n.split("_", 1)[1] for n in before} <= names


# ----------------------------------------------------------------------------- the round


@pytest.mark.parametrize("kind", ["smbnetfs", "rclone"])
def test_full_round_on_a_real_mount(samba, mount_of, tmp_path, monkeypatch, kind):
    m = mount_of(kind)
    share, server = fresh_share(m, samba)
    team = make_team(tmp_path, share, monkeypatch, rosters=False)
    team.kk.run("demo", "--cases", "6")
    # requests, the coordinator's approval after comparing codes, the pinned coordinator
    enrol(team.kk, team.aa, team.bb)
    db, _profile = team.kk.open()
    try:
        keys = [r[0] for r in db.reader().execute('SELECT case_key FROM "case" LIMIT 2')]
    finally:
        db.close()
    code, out = team.kk.run("assign", "--to", team.aa.user_id, *keys)
    assert code == 0, out
    code, report = team.aa.run("pull")
    assert code == 0 and report["assigned_cases"] == 2, report
    team.aa.run("demo", "--cases", "4")
    team.bb.run("demo", "--cases", "4")
    sign(team.aa, 2, seed=91)
    sign(team.bb, 1, seed=92)
    for member in (team.aa, team.bb):
        code, report = member.run("sync")
        assert code == 0 and report["pending"] == 0, report
        assert len(report["published"]) >= 2
    code, report = team.kk.run("ingest")
    assert code == 0 and report["new"] == 3, report
    check_invariants(server, team.aa, outbox_files(team.aa))
    method = share_mod.publish_method(share / "records")
    assert method == "exclusive", f"{kind}: no link and no renameat2, so exclusive ({method})"


def test_a_link_refused_with_eio_means_no_hard_links(samba, mount_of):
    """rclone answers `link` with EIO: that is "not supported", not a dropped network."""
    m = mount_of("rclone")
    share, server = fresh_share(m, samba)
    share_mod.remember_method(share, None)
    target = share / "records" / "2026" / "01" / "R-EIO.json"
    with pytest.raises(OSError) as caught:
        os.link(share / ".udsat-share", share / "x-link")
    assert caught.value.errno == 5
    assert share_mod.publish_once(target, b'{"ok": 1}', share=share) is True
    mounts.wait_for(
        lambda: (server / "records/2026/01/R-EIO.json").exists(), 15, "rclone did not upload"
    )
    assert (server / "records/2026/01/R-EIO.json").read_bytes() == b'{"ok": 1}'


# ----------------------------------------------------------------------------- the claim race


def test_two_mounts_claiming_at_once_exactly_one_wins(samba, mount_of):
    """Two reviewers on two smbnetfs mounts claim the same case at the same moment, 100
    times: the server's exclusive create picks exactly one, and the claim is the winner's."""
    one, two = mount_of("smbnetfs", "a"), mount_of("smbnetfs", "b")
    share_one, server = fresh_share(one, samba)
    share_two = two.share / share_one.name
    for trial in range(100):
        results: dict[str, str] = {}
        barrier = threading.Barrier(2)

        def claim(share: Path, user: str, trial=trial, barrier=barrier, results=results) -> None:
            target = share / "claims" / f"{trial % 256:02x}" / f"K-RACE-{trial}"
            blob = json.dumps({"format": "udsat-claim/1", "user_id": user}).encode()
            barrier.wait()
            try:
                results[user] = "won" if share_mod.claim_once(target, blob, share=share) else "same"
            except share_mod.ShareError:
                results[user] = "lost"

        threads = [
            threading.Thread(target=claim, args=(s, u))
            for s, u in ((share_one, "aa"), (share_two, "bb"))
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        winners = [u for u, r in results.items() if r == "won"]
        assert len(winners) == 1, (trial, results)
        on_server = server / "claims" / f"{trial % 256:02x}" / f"K-RACE-{trial}" / "claim.json"
        mounts.wait_for(lambda p=on_server: p.exists() and p.stat().st_size > 0, 10, "claim")
        assert json.loads(on_server.read_text())["user_id"] == winners[0]


# ----------------------------------------------------------------------------- faults


def test_disk_full_on_a_small_tmpfs(tmp_path, monkeypatch):
    point = tmp_path / "small"
    point.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(point)], check=True)
    try:
        share_mod.set_up_share(point)
        team = make_team(tmp_path, point, monkeypatch)
        team.aa.run("demo", "--cases", "6")
        sign(team.aa, 4, seed=93)
        before = outbox_files(team.aa)
        free = shutil.disk_usage(point).free
        (point / "filler").write_bytes(b"\0" * max(free - 60_000, 0))
        code, report = team.aa.run("sync")
        assert code == 1 and report["pending"] > 0
        assert any("fuld" in msg for _n, msg in report["failed"]) or "fuld" in report["problem"]
        check_invariants(point, team.aa, before)
        (point / "filler").unlink()
        recover(team.aa, point, before)
    finally:
        subprocess.run(["umount", "-l", str(point)], check=False)


def test_ext4_remounted_read_only(tmp_path, monkeypatch):
    image, point = tmp_path / "share.img", tmp_path / "ext4"
    point.mkdir()
    with open(image, "wb") as fh:
        fh.truncate(16 << 20)
    subprocess.run(["mkfs.ext4", "-q", "-F", str(image)], check=True)
    subprocess.run(["mount", "-o", "loop", str(image), str(point)], check=True)
    try:
        share_mod.set_up_share(point)
        team = make_team(tmp_path, point, monkeypatch)
        team.aa.run("demo", "--cases", "6")
        sign(team.aa, 1, seed=94)
        assert team.aa.run("sync")[0] == 0
        sign(team.aa, 2, seed=95)
        before = outbox_files(team.aa)
        subprocess.run(["mount", "-o", "remount,ro", str(point)], check=True)
        child = run_child(team.aa, "sync")
        assert child.returncode == 1 and "Traceback" not in child.stderr
        report = json.loads(child.stdout)
        assert "skrivebeskyttet" in report["problem"], report
        assert report["pending"] == 4
        check_invariants(point, team.aa, before)
        subprocess.run(["mount", "-o", "remount,rw", str(point)], check=True)
        recover(team.aa, point, before)
    finally:
        subprocess.run(["umount", "-l", str(point)], check=False)


def test_smbd_killed_mid_sync(samba, mount_of, tmp_path, monkeypatch):
    m = mount_of("smbnetfs")
    share, server = fresh_share(m, samba)
    team = make_team(tmp_path, share, monkeypatch)
    team.aa.run("demo", "--cases", "10")
    sign(team.aa, 8, seed=96)
    before = outbox_files(team.aa)
    child = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "udsat_desktop.cli",
            "--data-dir",
            str(team.aa.data),
            "--json",
            "--timeout",
            "5",
            "sync",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=dict(os.environ, UDSAT_PASSPHRASE=PASS, PYTHONPATH=str(ROOT)),
    )
    poll(lambda: list(server.rglob("R-*.pdf")), 60)  # the first summary is on the share
    samba.kill()
    try:
        out, err = child.communicate(timeout=120)
        assert "Traceback" not in err and child.returncode in (0, 1), err[-2000:]
        if child.returncode == 1:
            report = json.loads(out)
            assert report["problem"] or report["failed"]
            assert all(msg for _n, msg in report["failed"])
        check_invariants(server, team.aa, before)
    finally:
        samba.start()
    mounts.wait_for(lambda: reachable(share), 60, "the share did not come back")
    # smbnetfs reconnects; the next sync finishes every copy cut short
    recover(team.aa, server, before)


def test_fuse_daemon_stopped_bounded_wait_and_ctrl_c(samba, mount_of, tmp_path, monkeypatch):
    m = mount_of("smbnetfs")
    share, server = fresh_share(m, samba)
    team = make_team(tmp_path, share, monkeypatch)
    team.aa.run("demo", "--cases", "4")
    sign(team.aa, 2, seed=97)
    before = outbox_files(team.aa)
    m.stop_daemon()
    try:
        child = run_child(team.aa, "--timeout", "2", "sync", timeout=60)
        assert child.returncode == 1 and "Traceback" not in child.stderr
        assert "svarede ikke inden for 2 sekunder" in json.loads(child.stdout)["problem"]
        # Ctrl-C while it waits for the hung drive: stops at once, no traceback
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "udsat_desktop.cli",
                "--data-dir",
                str(team.aa.data),
                "--timeout",
                "60",
                "sync",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=dict(os.environ, UDSAT_PASSPHRASE=PASS, PYTHONPATH=str(ROOT)),
        )
        # Ctrl-C once the child is in its sync (it holds the data folder's sync lock)
        lock = team.aa.data / "sync.lock"
        wait_until(lambda: holds_flock(proc.pid, lock), 60, "the child's sync to start")
        proc.send_signal(signal.SIGINT)
        _out, err = proc.communicate(timeout=20)
        assert proc.returncode == 130 and "afbrudt" in err and "Traceback" not in err, err
    finally:
        m.resume_daemon()
    check_invariants(server, team.aa, before)
    recover(team.aa, server, before)


def test_lazy_unmount_mid_sync_writes_nothing_outside_the_share(
    samba, mount_of, tmp_path, monkeypatch
):
    m = mount_of("smbnetfs")
    share, server = fresh_share(m, samba)
    team = make_team(tmp_path, share, monkeypatch)
    team.aa.run("demo", "--cases", "10")
    sign(team.aa, 8, seed=98)
    before = outbox_files(team.aa)
    child = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "udsat_desktop.cli",
            "--data-dir",
            str(team.aa.data),
            "--json",
            "--timeout",
            "5",
            "sync",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=dict(os.environ, UDSAT_PASSPHRASE=PASS, PYTHONPATH=str(ROOT)),
    )
    poll(lambda: list(server.rglob("R-*.pdf")), 60)  # the first summary is on the share
    subprocess.run(["umount", "-l", str(m.point)], check=True)
    _out, err = child.communicate(timeout=120)
    assert "Traceback" not in err and child.returncode in (0, 1), err[-2000:]
    # the mount point is an empty local folder now: nothing may have been written into it
    assert list(m.point.iterdir()) == [], "written outside the share"
    check_invariants(server, team.aa, before)
    code, _report = team.aa.run("sync")  # the share is gone: refused, not written locally
    assert code == 1 and list(m.point.iterdir()) == []
    m.unmount()
    m2 = mount_of("smbnetfs", "again")
    for member in (team.aa,):
        assert (
            cli(["--data-dir", str(member.data), "config", "--share", str(m2.share / share.name)])
            == 0
        )
    recover(team.aa, server, before)


@pytest.mark.parametrize("where", ["local", pytest.param("smbnetfs", marks=pytest.mark.slow)])
def test_sigkill_at_every_link_and_rename(samba, mount_of, tmp_path, monkeypatch, where):
    """strace kills the sync at its 1st, 2nd, ... link, then at its 1st, 2nd, ... rename (on
    the share or in the local outbox and trust list), each time from the same start, until a
    sync runs through; after every kill the invariants hold and the next sync completes. (On
    smbnetfs the share itself has neither: the exclusive-create method; `make test-long`.)"""
    if shutil.which("strace") is None:
        pytest.skip("strace is not installed")
    m = mount_of("smbnetfs") if where == "smbnetfs" else None

    def new_share() -> tuple[Path, Path]:
        if m is not None:
            return fresh_share(m, samba)
        _COUNTER[0] += 1
        folder = tmp_path / f"local-share-{_COUNTER[0]}"
        folder.mkdir()
        share_mod.set_up_share(folder)
        return folder, folder

    first, first_server = new_share()
    team = make_team(tmp_path, first, monkeypatch)
    # each sweep starts from a fresh copy of the team's share: the same marker (the id the
    # coordinator signed into the roster), so the member's app takes it as the team's
    marker = (first_server / share_mod.MARKER).read_bytes()

    def team_share() -> tuple[Path, Path]:
        share, server = new_share()
        (server / share_mod.MARKER).unlink()
        (server / share_mod.MARKER).write_bytes(marker)
        for folder in ("team", "reviewers"):  # the roster and requests, as on the team's share
            if (first_server / folder).is_dir():
                shutil.copytree(first_server / folder, server / folder, dirs_exist_ok=True)
        return share, server

    team.aa.run("demo", "--cases", "4")
    sign(team.aa, 1, seed=99)  # one review: its PDF and record, the certificate, the moves
    before = outbox_files(team.aa)
    snapshot = tmp_path / "aa-before"
    shutil.copytree(team.aa.data, snapshot)
    kills = {}
    for call in ("linkat", "renameat", "rename", "renameat2"):
        kills[call] = sweep(team, snapshot, team_share, before, call)
    # renames: the local atomic writes (certificates are no longer copied from the share into
    # a trust list, issue 13; an uploaded pair is no longer renamed into outbox/sendt but kept
    # in the encrypted store and removed, issue 16)
    # on smbnetfs the share has no hard links: only the local data folder's links are hit
    links = 3 if where == "local" else 1
    assert kills["linkat"] >= links and kills["renameat"] + kills["rename"] >= 1, kills


def sweep(team: Team, snapshot: Path, new_share, before: dict[str, str], call: str) -> int:
    kills = 0
    for n in range(1, 60):
        shutil.rmtree(team.aa.data)
        shutil.copytree(snapshot, team.aa.data)
        share, server = new_share()
        assert cli(["--data-dir", str(team.aa.data), "config", "--share", str(share)]) == 0
        # --timeout 0: every share call on the main thread, so strace's count per thread
        # is the count per sync
        child = run_child(
            team.aa,
            "--timeout",
            "0",
            "sync",
            prefix=(
                "strace",
                "-f",
                "-qq",
                "-o",
                "/dev/null",
                "-e",
                f"trace={call}",
                "-e",
                f"inject={call}:signal=KILL:when={n}",
            ),
        )
        check_invariants(server, team.aa, before)
        if child.returncode not in (-signal.SIGKILL, 128 + signal.SIGKILL):
            assert child.returncode == 0 and "Traceback" not in child.stderr, child.stderr
            break
        kills += 1
        recover(team.aa, server, before)
    return kills
