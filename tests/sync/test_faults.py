"""Fault injection on the way to the share. After every fault the invariant holds: no corrupt or
partial file under its final name on the share, nothing lost from the outbox, and everything is
synced after recovery."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.team_helpers import reader_key, unsealed
from udsat_desktop.platform.checklists import bundled_library
from udsat_desktop.store.demo_reviews import build_demo_reviews
from udsat_desktop.sync import engine, sealed
from udsat_desktop.sync.engine import sync
from udsat_desktop.sync.pending import pending_count
from udsat_desktop.sync.share import publish as publish_mod
from udsat_desktop.sync.share import read as read_mod
from udsat_desktop.sync.share.cleanup import remove_stale_parts
from udsat_desktop.sync.share.errors import ShareError, WriteOnceConflict
from udsat_desktop.sync.share.handles import _Dir, session
from udsat_desktop.sync.share.marker import check_share
from udsat_desktop.sync.share.publish import publish_once
from udsat_desktop.sync.share.read import PART, names_in

from .conftest import enrol, team_copy, team_of

LIB = bundled_library()


@pytest.fixture(scope="session")
def signed_outbox_template(tmp_path_factory, team_template):
    """Anna with three signed reviews in her (encrypted) queue, made once per session."""
    root = tmp_path_factory.mktemp("signed-outbox-template")
    with pytest.MonkeyPatch.context() as mp:
        _share, kk, aa, _bb = team_copy(root, mp, team_template)
        kk.run("demo", "--cases", "5")
        aa.run("demo", "--cases", "5")
        enrol(kk, aa)  # what is sent is sealed to the roster's readers
        db, profile = aa.open()
        try:
            build_demo_reviews(db, 3, profile.user_id, LIB, seed=51, all_ready=True)
        finally:
            db.close()
        assert aa.run("sign", "--ready")[0] == 0
    return root


@pytest.fixture
def signed_outbox(tmp_path, monkeypatch, team_template, signed_outbox_template):
    """Anna with three signed reviews in her queue (six files to send) and the share set up: a copy
    of the session's."""
    share, _kk, aa, _bb = team_of(signed_outbox_template, tmp_path, monkeypatch, team_template[1])
    return share, aa


def local_files(aa) -> dict[str, str]:
    """Every signed file the laptop holds (in the encrypted store: waiting in its queue, or
    sent), by name, with its SHA-256; the data folder has no outbox of plain files."""
    assert not aa.paths.outbox.exists()
    files: dict[str, str] = {}
    db, _profile = aa.open()
    try:
        for case_key, review_key, pdf, record in db.reader().execute(
            "SELECT case_key, review_key, pdf, record FROM signed_pdf"
        ):
            files[f"{case_key}_{review_key}.pdf"] = hashlib.sha256(pdf).hexdigest()
            files[f"{case_key}_{review_key}.json"] = hashlib.sha256(
                record.encode("utf-8")
            ).hexdigest()
    finally:
        db.close()
    return files


def check_invariant(share: Path, aa, before: dict[str, str]) -> None:
    # nothing lost from the outbox
    assert local_files(aa) == before
    # every file under its final name on the share is complete: sealed, and opening to its
    # outbox original
    by_hash = set(before.values())
    key = reader_key(aa)
    for path in share.rglob("*"):
        if (
            path.is_file()
            and path.parent.name not in ("reviewers", "team")
            and path.parent.parent != share / "assignments"
            and "claims" not in path.parts
            and "audit-heads" not in path.parts
            and "published" not in path.parts  # signed lists of ids and hashes (issue 28)
            and not path.name.endswith(PART)
            and not path.name.startswith(".")
        ):
            assert sealed.is_sealed(path.read_bytes()), path
            assert hashlib.sha256(unsealed(path, key)).hexdigest() in by_hash, path


def run_sync(aa, share: Path):
    db, profile = aa.open()
    try:
        return sync(db, aa.paths, profile, share)
    finally:
        db.close()


def pending(aa) -> int:
    db, _profile = aa.open()
    try:
        return pending_count(db)
    finally:
        db.close()


def recover_and_check(share: Path, aa, before: dict[str, str]) -> None:
    report = run_sync(aa, share)
    assert report.ok, (report.failed, report.conflicts, report.problem)
    assert pending(aa) == 0
    check_invariant(share, aa, before)
    on_share = {p.name for p in (share / "summaries").rglob("*.pdf")}
    on_share |= {p.name for p in (share / "records").rglob("*.json")}
    assert len(on_share) == len(before)


def test_share_vanishes_mid_copy(signed_outbox, monkeypatch):
    share, aa = signed_outbox
    before = local_files(aa)
    real_link = os.link
    calls = {"n": 0}

    def vanishing_link(src, dst, *a, **k):
        calls["n"] += 1
        if calls["n"] == 2:  # the share goes away while the second file is on its way
            raise OSError(errno.ENOENT, "No such file or directory")
        return real_link(src, dst, *a, **k)

    monkeypatch.setattr(os, "link", vanishing_link)
    report = run_sync(aa, share)
    assert not report.ok and report.failed
    assert "forsvandt" in report.failed[0][1]
    check_invariant(share, aa, before)
    assert pending(aa) == 2  # the pair that failed waits; the others went
    monkeypatch.setattr(os, "link", real_link)
    recover_and_check(share, aa, before)


def test_disk_full_on_write(signed_outbox, monkeypatch):
    share, aa = signed_outbox
    before = local_files(aa)
    real_fsync = os.fsync

    def full(fd):
        if str(share) in os.readlink(f"/proc/self/fd/{fd}"):
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_fsync(fd)

    monkeypatch.setattr(os, "fsync", full)
    report = run_sync(aa, share)
    assert not report.ok and all("fuld" in msg for _name, msg in report.failed)
    assert not list(share.rglob(f"*{PART}")), "a failed write leaves no temporary file"
    check_invariant(share, aa, before)
    monkeypatch.setattr(os, "fsync", real_fsync)
    recover_and_check(share, aa, before)


def test_permissions_dropped(signed_outbox, monkeypatch):
    share, aa = signed_outbox
    before = local_files(aa)
    real_open = os.open

    def refuse(path, flags, *a, **k):
        if str(share) in str(path) and flags & os.O_CREAT:
            raise PermissionError(errno.EACCES, "Permission denied")
        return real_open(path, flags, *a, **k)

    monkeypatch.setattr(os, "open", refuse)
    report = run_sync(aa, share)
    # the share answered (issue 31): reachable, and the sync did not go through
    assert report.reachable and not report.ok and "skriveadgang" in report.problem
    check_invariant(share, aa, before)
    monkeypatch.setattr(os, "open", real_open)
    recover_and_check(share, aa, before)


@contextlib.contextmanager
def read_only(share: Path) -> Iterator[str]:
    """The share made read-only for real; yields the word the sync's problem must contain.
    A user loses write access through the folder's mode; root ignores modes, so as root the
    folder is bind-mounted read-only onto itself (EROFS, as a share mounted read-only)."""
    if os.geteuid() != 0:
        share.chmod(0o555)
        try:
            yield "skriveadgang"
        finally:
            share.chmod(0o755)
        return
    bind = subprocess.run(
        ["mount", "--bind", str(share), str(share)], capture_output=True, text=True, check=False
    )
    if bind.returncode != 0:
        pytest.skip(
            "as root the share is made read-only with a read-only bind mount, which "
            f"this machine does not allow: {bind.stderr.strip()}"
        )
    try:
        subprocess.run(
            ["mount", "-o", "remount,bind,ro", str(share)], check=True, capture_output=True
        )
        with pytest.raises(OSError):
            (share / "probe").write_bytes(b"")
        yield "skrivebeskyttet"
    finally:
        subprocess.run(["umount", str(share)], check=True)


def test_read_only_share_for_real(signed_outbox):
    share, aa = signed_outbox
    before = local_files(aa)
    with read_only(share) as word:
        report = run_sync(aa, share)
        assert report.reachable and not report.ok  # it answered, read-only (issue 31)
        assert word in report.problem, report.problem
        check_invariant(share, aa, before)
    recover_and_check(share, aa, before)


def test_leftover_partial_files_are_ignored_and_cleaned(signed_outbox):
    share, aa = signed_outbox
    before = local_files(aa)
    (share / "records").mkdir(parents=True, exist_ok=True)
    stale = share / "records" / f".R-OLD.json.123.abcd{PART}"
    stale.write_bytes(b'{"half": ')
    old = time.time() - 2 * 3600
    os.utime(stale, (old, old))
    fresh = share / "records" / f".R-NEW.json.456.ef01{PART}"
    fresh.write_bytes(b"{")
    # a signature an earlier version's outbox had killed mid-write: removed at the next start
    aa.paths.outbox.mkdir()
    local_tmp = aa.paths.outbox / ".X_R-1.pdf.abcd1234.tmp"
    local_tmp.write_bytes(b"%PDF-1.4 half")
    os.utime(local_tmp, (old, old))
    recover_and_check(share, aa, before)
    assert not local_tmp.exists() and not aa.paths.outbox.exists()
    assert not stale.exists(), "a crash's leftover is removed once it is old"
    assert fresh.exists(), "a copy that may still be running is left alone"
    assert remove_stale_parts(share / "records", older_than=0) == 1


CHILD = r"""
import os, signal, sys
from pathlib import Path
os.environ["UDSAT_PASSPHRASE"] = sys.argv[3]
real_link = os.link
count = {"n": 0}
def link_then_die(src, dst, *a, **k):
    count["n"] += 1
    if count["n"] == int(sys.argv[4]):
        os.kill(os.getpid(), signal.SIGKILL)  # killed between copy and rename
    return real_link(src, dst, *a, **k)
os.link = link_then_die
from udsat_desktop.cli import main
sys.exit(main(["--data-dir", sys.argv[1], "sync", "--share", sys.argv[2]]))
"""


@pytest.mark.parametrize("kill_at", [1, 2, 4])
def test_killed_between_copy_and_rename(signed_outbox, kill_at):
    share, aa = signed_outbox
    before = local_files(aa)
    from tests.sync.conftest import PASS

    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(aa.data), str(share), PASS, str(kill_at)],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ, PYTHONPATH=str(Path(__file__).parents[2])),
    )
    assert child.returncode == -9, child.stderr[-2000:]
    assert list(share.rglob(f"*{PART}")), "the kill left its temporary file behind"
    check_invariant(share, aa, before)
    recover_and_check(share, aa, before)


def test_two_reviewers_claiming_at_once_exactly_one_wins(tmp_path):
    target = tmp_path / "claims" / "K-ABC.json"
    barrier = threading.Barrier(8)
    results: list[str] = []

    def claim(user: int) -> None:
        barrier.wait()
        try:
            publish_once(target, json.dumps({"user_id": f"u{user}"}).encode())
            results.append("won")
        except WriteOnceConflict:
            results.append("lost")

    threads = [threading.Thread(target=claim, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results.count("won") == 1 and results.count("lost") == 7
    assert json.loads(target.read_text())["user_id"].startswith("u")


def test_two_processes_claiming_at_once_exactly_one_wins(team):
    from tests.sync.conftest import enrol

    share, kk, aa, bb = team
    kk.run("demo", "--cases", "3")
    enrol(kk, aa, bb)  # a claim counts only when its signer is on the roster
    code = r"""
import sys, os, time
os.environ["UDSAT_PASSPHRASE"] = sys.argv[3]
from udsat_desktop.store.lifecycle import open_existing
from udsat_desktop.platform.paths import resolve
from udsat_desktop.sync.claims import claim_case
from pathlib import Path
db, profile = open_existing(resolve(sys.argv[1]), sys.argv[3])
while time.time() < float(sys.argv[4]):
    pass
print(claim_case(db, profile, "K-RACE", Path(sys.argv[2])).state)
"""
    from tests.sync.conftest import PASS

    start = str(time.time() + 3)
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).parents[2]))
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", code, str(m.data), str(share), PASS, start],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        for m in (aa, bb)
    ]
    states = sorted(p.communicate(timeout=60)[0].strip() for p in procs)
    assert states == ["clash", "held"]


def test_missing_share_gives_a_clear_reason(tmp_path):
    with pytest.raises(ShareError, match="ikke valgt"):
        check_share(None)
    with pytest.raises(ShareError, match="kan ikke nås"):
        check_share(tmp_path / "Z-drev")
    (tmp_path / "fil").write_text("x")
    with pytest.raises(ShareError, match="ikke en mappe"):
        check_share(tmp_path / "fil")


def test_publish_never_overwrites(tmp_path):
    target = tmp_path / "records" / "R-1.json"
    assert publish_once(target, b"one") is True
    assert publish_once(target, b"one") is False  # the same again: nothing to do
    with pytest.raises(WriteOnceConflict):
        publish_once(target, b"two")
    assert target.read_bytes() == b"one"
    assert engine  # the module under test imports cleanly


def test_sealed_pairs_are_read_back_once_per_folder(signed_outbox, monkeypatch):
    """A sealed summary or record is read back for the first file of each folder in a sync,
    not for every file (issue 34): every reader checks them by hash anyway."""
    share, aa = signed_outbox
    before = local_files(aa)
    read_back: list[str] = []
    real = publish_mod._read_file
    monkeypatch.setattr(
        publish_mod,
        "_read_file",
        lambda path, *a, **k: (
            read_back.append(path.relative_to(share).as_posix()) or real(path, *a, **k)
        ),
    )
    report = run_sync(aa, share)
    assert report.ok and pending(aa) == 0, (report.failed, report.problem)
    pushed = [p for p in report.published if p.startswith(("summaries/", "records/"))]
    assert len(pushed) == len(before) == 6
    first_in_folder: dict[str, str] = {}
    for p in pushed:
        first_in_folder.setdefault(p.rpartition("/")[0], p)
    pushed_back = [p for p in read_back if p.startswith(("summaries/", "records/"))]
    assert pushed_back == list(first_in_folder.values())
    check_invariant(share, aa, before)


def test_publish_reads_back_every_file_unless_told_once_per_folder(tmp_path, monkeypatch):
    read_back: list[str] = []
    real = publish_mod._read_file
    monkeypatch.setattr(
        publish_mod,
        "_read_file",
        lambda path, *a, **k: read_back.append(path.name) or real(path, *a, **k),
    )
    with session():
        for n in range(3):
            assert publish_once(tmp_path / "a" / f"v{n}", b"verified %d" % n, share=tmp_path)
        for n in range(3):
            assert publish_once(
                tmp_path / "b" / f"s{n}", b"sealed %d" % n, share=tmp_path, verify=False
            )
    assert read_back == ["v0", "v1", "v2", "s0"]
    with session():  # a new sync reads back the first again
        publish_once(tmp_path / "b" / "s3", b"sealed 3", share=tmp_path, verify=False)
    assert read_back[-1] == "s3"
    # outside a sync's session every file is read back
    publish_once(tmp_path / "b" / "s4", b"sealed 4", share=tmp_path, verify=False)
    assert read_back[-1] == "s4"


def test_a_mount_that_changes_what_it_is_given_keeps_the_review_queued(signed_outbox, monkeypatch):
    """The first file of a folder read back differs from what was written: the file is
    removed, the review stays in the queue, and the next sync sends it whole."""
    share, aa = signed_outbox
    before = local_files(aa)
    real = publish_mod._read_file

    def mangled(path: Path, *a, **k) -> bytes:
        landed = real(path, *a, **k)
        return b"x" + landed[1:] if path.parts[-4] in ("summaries", "records") else landed

    monkeypatch.setattr(publish_mod, "_read_file", mangled)
    report = run_sync(aa, share)
    assert not report.ok and pending(aa) == len(before)
    assert any("beskadiget" in why for _name, why in report.failed), report.failed
    monkeypatch.setattr(publish_mod, "_read_file", real)
    recover_and_check(share, aa, before)


def test_presence_check_reuses_the_listing_of_a_folder_written_to_in_the_same_sync(
    tmp_path, monkeypatch
):
    """A folder the sync wrote to was listed once by its clean-up; my list's presence check
    (`names_in(..., reuse_session=True)`) takes that listing with what the sync put there since,
    and lists only the folders not seen yet (issue 34: one listing of a big folder per sync)."""
    listed: list[str] = []
    real = read_mod._names_in
    monkeypatch.setattr(
        read_mod,
        "_names_in",
        lambda folders, share: listed.extend(f.name for f in folders) or real(folders, share),
    )
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "old.json").write_bytes(b"someone else's")
    (tmp_path / "b" / ".old.json.1.ab.part").write_bytes(b"cut short")
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "other.json").write_bytes(b"not written to in this sync")
    b, c = tmp_path / "b", tmp_path / "c"
    with session():
        for n in range(3):
            publish_once(b / f"s{n}", b"sealed %d" % n, share=tmp_path, verify=False)
        got = names_in([b, c], share=tmp_path, reuse_session=True)
        assert got == {b: {"old.json", "s0", "s1", "s2"}, c: {"other.json"}}
        assert listed == ["c"]  # b was not listed again
        # without asking for it, a folder is listed as it is now
        (b / "s1").unlink()
        assert names_in([b], share=tmp_path) == {b: {"old.json", "s0", "s2"}}
        assert listed == ["c", "b"]
    with session():  # a new sync lists again: what went missing is seen
        assert names_in([b], share=tmp_path, reuse_session=True) == {b: {"old.json", "s0", "s2"}}


def test_a_new_month_folder_is_walked_from_its_year_folder_held_open(tmp_path, monkeypatch):
    """Within a sync, the folders on the way stay open: the next month's folder is one open
    from its year's folder, not a walk from the share's root (issue 34); a symbolic link in
    its place is still refused."""
    share = tmp_path / "share"
    for month in ("01", "02"):
        (share / "summaries" / "2026" / month).mkdir(parents=True)
    (tmp_path / "elsewhere").mkdir()
    (share / "summaries" / "2026" / "03").symlink_to(tmp_path / "elsewhere")
    opened: list[str] = []
    real_open = os.open
    with session():
        with _Dir.open(share / "summaries" / "2026" / "01", share):
            pass
        monkeypatch.setattr(
            os, "open", lambda path, *a, **k: opened.append(str(path)) or real_open(path, *a, **k)
        )
        with _Dir.open(share / "summaries" / "2026" / "02", share) as folder:
            assert folder.fd is not None and os.path.samestat(
                os.fstat(folder.fd), os.stat(share / "summaries" / "2026" / "02")
            )
        assert opened == ["02"]
        with pytest.raises(ShareError), _Dir.open(share / "summaries" / "2026" / "03", share):
            pass
