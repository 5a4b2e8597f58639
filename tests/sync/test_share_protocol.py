"""The share protocol on its own: every no-overwrite method, the marker, bounded waits, the
messages, stale temporary files by the share's clock, the sync lock and the outbox moved as
one unit."""

from __future__ import annotations

import errno
import json
import os
import threading
import time

import pytest

from tests.queued import member_queue
from udsat_desktop.sync import share as share_mod
from udsat_desktop.sync.share import cleanup, errors, handles, publish, read
from udsat_desktop.sync.share.cleanup import remove_stale_parts
from udsat_desktop.sync.share.errors import (
    InProgress,
    NotAShare,
    ShareError,
    WriteOnceConflict,
    describe_os_error,
)
from udsat_desktop.sync.share.marker import check_share, set_up_share
from udsat_desktop.sync.share.publish import (
    create_exclusive,
    publish_method,
    publish_once,
    remember_method,
)
from udsat_desktop.sync.share.read import PART


@pytest.fixture
def share(tmp_path):
    folder = tmp_path / "share"
    folder.mkdir()
    set_up_share(folder)
    remember_method(folder, None)
    yield folder
    remember_method(folder, None)


def refuse(code):
    def method(self, src, dst):
        raise OSError(code, os.strerror(code))

    return method


def force(monkeypatch, method: str, code: int) -> None:
    """Make every method before `method` answer `code` ("not supported")."""
    before = share_mod.METHODS[: share_mod.METHODS.index(method)]
    if "link" in before:
        monkeypatch.setattr(handles._Dir, "link", refuse(code))
    if "renameat2" in before:
        monkeypatch.setattr(handles._Dir, "rename_noreplace", refuse(code))


@pytest.mark.parametrize(
    "method,code",
    [
        ("renameat2", errno.EPERM),
        ("renameat2", errno.EIO),
        ("renameat2", errno.ENOSYS),
        ("renameat2", errno.EXDEV),
        ("exclusive", errno.EINVAL),
        ("exclusive", errno.EOPNOTSUPP),
        ("exclusive", errno.ENOTSUP),
        ("exclusive", errno.EIO),
    ],
)
def test_each_unsupported_errno_moves_to_the_next_method(share, monkeypatch, method, code):
    force(monkeypatch, method, code)
    target = share / "records" / "2026" / "03" / "R-1.json"
    assert publish_once(target, b"one", share=share) is True
    assert publish_method(share / "records") == method, "the method that worked is remembered"
    assert publish_once(target, b"one", share=share) is False
    with pytest.raises(WriteOnceConflict):
        publish_once(target, b"two", share=share)
    assert target.read_bytes() == b"one"
    assert not list(target.parent.glob(f"*{PART}"))


@pytest.mark.parametrize("method", ["link", "renameat2", "exclusive"])
def test_racing_publishers_exactly_one_wins_with_every_method(share, monkeypatch, method):
    force(monkeypatch, method, errno.EPERM)
    for trial in range(20):
        target = share / "claims" / "ab" / f"K-{trial}.json"
        barrier = threading.Barrier(6)
        results: list[str] = []

        def claim(user: int, target=target, barrier=barrier, results=results) -> None:
            barrier.wait()
            try:
                placed = publish_once(
                    target, json.dumps({"user_id": f"u{user}"}).encode(), share=share
                )
                results.append(f"u{user}" if placed else "same")
            except (WriteOnceConflict, InProgress):
                results.append("lost")

        threads = [threading.Thread(target=claim, args=(i,)) for i in range(6)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        winners = [r for r in results if r != "lost"]
        assert "same" not in results
        assert len(winners) == 1, results
        assert json.loads(target.read_text())["user_id"] == winners[0]


def test_a_plain_rename_after_a_check_is_never_used(share, monkeypatch):
    """The old fallback (exists? then rename) replaced a colleague's file on SMB mounts."""
    force(monkeypatch, "exclusive", errno.EPERM)
    renamed = []
    monkeypatch.setattr(os, "rename", lambda *a, **k: renamed.append(a))
    publish_once(share / "records" / "R-2.json", b"x", share=share)
    assert not renamed


def test_an_exclusive_copy_cut_short_is_completed_by_the_next_publish(share):
    data = json.dumps({"user_id": "u1", "pad": "x" * 5000}).encode()
    target = share / "claims" / "cd" / "K-CUT.json"
    target.parent.mkdir(parents=True)
    target.write_bytes(data[:1234])  # killed mid-write
    with pytest.raises(InProgress):  # young: may be a colleague's copy in progress
        create_exclusive(target, data, share=share)
    old = time.time() - 600
    os.utime(target, (old, old))
    assert create_exclusive(target, data, share=share) is False
    assert target.read_bytes() == data
    other = share / "claims" / "cd" / "K-OTHER.json"
    other.write_bytes(b'{"user_id": "u2"')
    with pytest.raises(WriteOnceConflict):
        create_exclusive(other, data, share=share)
    assert other.read_bytes() == b'{"user_id": "u2"'


def test_the_marker_is_written_once_and_required(tmp_path):
    empty_mount_point = tmp_path / "mnt"
    empty_mount_point.mkdir()
    with pytest.raises(NotAShare, match="er ikke fællesmappen"):
        check_share(empty_mount_point)
    assert check_share(empty_mount_point, marker=False) == empty_mount_point
    first = set_up_share(empty_mount_point)
    assert set_up_share(empty_mount_point) == first  # written once, kept
    assert check_share(empty_mount_point) == empty_mount_point
    assert {p.name for p in empty_mount_point.iterdir()} >= set(share_mod.SUBFOLDERS)


def test_sync_into_an_unmarked_folder_writes_nothing(team):
    share, _kk, aa, _bb = team
    aa.run("demo", "--cases", "3")
    empty = share.parent / "empty-mount-point"
    empty.mkdir()
    code, report = aa.run("sync", "--share", str(empty))
    assert code == 1 and not report["reachable"]
    assert "er ikke fællesmappen" in report["problem"]
    assert list(empty.iterdir()) == [], "no folder tree is created under an empty mount point"


def test_config_share_sets_the_share_up(team):
    share, _kk, aa, _bb = team
    other = share.parent / "new-share"
    other.mkdir()
    # this data folder knows the team's share: an empty folder is not made a second one,
    # and the setting stays the team's share (exit 2, issue 26)...
    code, before = aa.run("config")
    code, data = aa.run("config", "--share", str(other))
    assert code == 2 and data == ""
    assert not (other / ".udsat-share").exists()
    assert aa.run("config")[1]["share_path"] == before["share_path"] == str(share)
    # ...unless the team really moves to a new share
    code, data = aa.run("config", "--share", str(other), "--new-share")
    assert code == 0 and data["share_id"]
    assert json.loads((other / ".udsat-share").read_text())["share_id"] == data["share_id"]
    code, again = aa.run("config", "--share", str(other))
    assert again["share_id"] == data["share_id"]


def test_a_second_share_on_an_empty_mount_point_gets_nothing(team):
    """The drive is not connected; the mount point is an empty folder. Following the missing
    marker's advice must not create a second share that the reviewer's signed reviews go to
    while the coordinator never sees them; a folder marked as another share is refused."""
    share, _kk, aa, _bb = team
    assert aa.run("sync")[0] == 0  # the share this data folder syncs with
    real = share.parent / "share.away"
    share.rename(real)
    share.mkdir()  # the unconnected mount point
    code, report = aa.run("sync")
    assert code == 1 and "er ikke fællesmappen" in report["problem"]
    assert "udsat config --share" not in report["problem"]
    code, _data = aa.run("config", "--share", str(share))
    assert code == 2 and not (share / ".udsat-share").exists()
    # someone else set a share up in that folder: it is not ours, nothing is written there
    set_up_share(share)
    code, report = aa.run("sync")
    assert code == 1 and "en anden fællesmappe" in report["problem"]
    assert sorted(p.name for p in (share / "records").rglob("*")) == []
    share.rename(share.parent / "share.fake")
    real.rename(share)
    assert aa.run("sync")[0] == 0


def test_each_failure_has_its_own_danish_sentence():
    codes = [
        errno.ENOTCONN,
        errno.ECONNABORTED,
        errno.ETIMEDOUT,
        errno.EIO,
        errno.EROFS,
        errno.ENOSPC,
        errno.EACCES,
    ]
    sentences = [describe_os_error(OSError(c, os.strerror(c))) for c in codes]
    assert len(set(sentences)) == len(codes)
    for sentence in sentences:
        assert "fællesmappen" in sentence and not any(
            word in sentence for word in ("error", "Transport", "Input/output")
        )


@pytest.mark.parametrize(
    "code,word",
    [
        (errno.ENOTCONN, "ikke forbundet"),
        (errno.EIO, "læse- eller skrivefejl"),
        (errno.EROFS, "skrivebeskyttet"),
    ],
)
def test_an_early_sync_step_failing_ends_in_that_sentence(team, monkeypatch, code, word):
    """Publishing the identity is the first write: the share failing there is one sentence,
    exit 1, never a traceback."""
    _share, _kk, aa, _bb = team
    aa.run("demo", "--cases", "3")

    def broken(*a, **k):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(publish, "_replace", broken)
    code_, report = aa.run("sync")
    assert code_ == 1 and word in report["problem"]


def test_a_hung_share_operation_is_given_up(team, monkeypatch):
    _share, _kk, aa, _bb = team
    aa.run("demo", "--cases", "3")
    release = threading.Event()
    real = read._list

    answered = threading.Event()

    def hung(folder, share_, *more, **named):
        release.wait(20)
        answered.set()
        return real(folder, share_, *more, **named)

    monkeypatch.setattr(read, "_list", hung)
    code, report = aa.run("--timeout", "0.5", "sync")
    assert not answered.is_set()  # the sync gave up while the drive still hung
    release.set()
    assert code == 1 and "svarede ikke inden for 0.5 sekunder" in report["problem"]
    assert share_mod.op_timeout() is None, "the CLI hands the default back"


def test_stale_parts_are_judged_by_the_share_clock(share, monkeypatch):
    folder = share / "records"
    stale = folder / f".R-OLD.json.1.aa{PART}"
    stale.write_bytes(b"{")
    old = time.time() - 2 * 3600
    os.utime(stale, (old, old))
    fresh = folder / f".R-NEW.json.2.bb{PART}"
    fresh.write_bytes(b"{")
    # the laptop's clock is ten hours ahead: by it, the fresh copy would look abandoned
    real_time = time.time
    monkeypatch.setattr(time, "time", lambda: real_time() + 10 * 3600)
    assert remove_stale_parts(folder, share=share) == 1
    assert fresh.exists() and not stale.exists()


def test_clean_up_writes_no_clock_probe_where_there_is_nothing_to_judge(share, monkeypatch):
    """A sync with nothing new must stay cheap on SMB: the share's clock (a file written and
    removed) is asked only when a temporary file is there."""
    folder = share / "records"
    (folder / "R-1.json").write_bytes(b"{}")
    asked: list[object] = []
    real_clock = cleanup.share_clock
    monkeypatch.setattr(
        cleanup, "share_clock", lambda f, **kw: asked.append(f) or real_clock(f, **kw)
    )
    assert remove_stale_parts(folder, share=share) == 0
    assert asked == []
    stale = folder / f".R-OLD.json.1.aa{PART}"
    stale.write_bytes(b"{")
    old = time.time() - 2 * 3600
    os.utime(stale, (old, old))
    assert remove_stale_parts(folder, share=share) == 1
    assert asked == [folder] and not stale.exists()


def test_publishing_cleans_stale_parts_in_the_folder_it_writes(share):
    folder = share / "summaries" / "2026" / "04"
    folder.mkdir(parents=True)
    stale = folder / f".R-9.pdf.1.cc{PART}"
    stale.write_bytes(b"%PDF complete copy of a signed summary")
    old = time.time() - 3 * 3600
    os.utime(stale, (old, old))
    with share_mod.session():
        publish_once(folder / "R-10.pdf", b"%PDF new", share=share)
    assert not stale.exists()


def test_a_second_sync_on_one_data_folder_says_a_sync_is_running(team):
    from udsat_desktop.sync.lock import data_lock

    _share, _kk, aa, _bb = team
    aa.run("demo", "--cases", "3")
    with data_lock(aa.paths):
        code, report = aa.run("sync", "--wait", "0.3")
    assert code == 1 and "kører allerede" in report["problem"]
    code, report = aa.run("sync", "--wait", "0")
    assert code == 0, report


def test_a_push_cut_short_before_the_queue_is_updated_is_finished_by_the_next_sync(team):
    """After a verified upload the review leaves the encrypted queue; a kill after the upload
    but before that leaves it queued, and the next sync finds both files already there."""
    from tests.sync.conftest import enrol
    from udsat_desktop.platform.checklists import bundled_library
    from udsat_desktop.store.demo_reviews import build_demo_reviews
    from udsat_desktop.store.signed_pdfs import signed_pdf

    _share, kk, aa, _bb = team
    aa.run("demo", "--cases", "3")
    enrol(kk, aa)  # what is sent is sealed to the roster's readers
    db, profile = aa.open()
    try:
        build_demo_reviews(db, 1, profile.user_id, bundled_library(), seed=7, all_ready=True)
    finally:
        db.close()
    assert aa.run("sign", "--ready")[0] == 0
    ((name, (pdf, _record)),) = member_queue(aa).items()
    case_key, review_key = name.split("_")
    assert aa.run("sync")[0] == 0
    assert not member_queue(aa)
    db, _profile = aa.open()
    try:  # as a kill between the upload and the queue's update would have left it
        db.reader().execute(
            "INSERT INTO outbox_queue (review_key, case_key, queued_at) VALUES (?, ?, 'x')",
            (review_key, case_key),
        )
    finally:
        db.close()
    code, report = aa.run("sync")
    assert code == 0 and report["pending"] == 0, report
    assert not report["published"] and len(report["already_there"]) == 2
    assert not member_queue(aa) and not aa.paths.outbox.exists()
    db, _profile = aa.open()
    try:
        assert signed_pdf(db, review_key) == pdf
    finally:
        db.close()


def test_a_share_error_keeps_its_errno():
    exc = errors._share_error(OSError(errno.ENOSPC, "full"))
    assert isinstance(exc, ShareError) and exc.errno == errno.ENOSPC


def test_a_copy_cut_short_beside_its_temporary_copy_is_completed_at_once(share, monkeypatch):
    """Killed while writing the final name (exclusive-create method): the complete temporary
    copy left beside it proves whose bytes these are, so the next sync finishes it now."""
    force(monkeypatch, "exclusive", errno.EINVAL)
    data = b"%PDF-1.7 " + bytes(range(256)) * 40
    folder = share / "summaries" / "2026" / "05"
    folder.mkdir(parents=True)
    (folder / f".R-7.pdf.999.dead{PART}").write_bytes(data)
    (folder / "R-7.pdf").write_bytes(data[:100])
    assert publish_once(folder / "R-7.pdf", data, share=share) is False
    assert (folder / "R-7.pdf").read_bytes() == data
    (folder / "R-8.pdf").write_bytes(data[:100])  # no copy beside it, and young: wait
    with pytest.raises(InProgress):
        publish_once(folder / "R-8.pdf", data, share=share)
    assert (folder / "R-8.pdf").read_bytes() == data[:100]


def test_claims_are_folders_made_with_mkdir_exactly_one_wins(share):
    from udsat_desktop.sync.share.claims import claim_once

    for trial in range(20):
        target = share / "claims" / "ef" / f"K-{trial}"
        barrier = threading.Barrier(6)
        results: list[str] = []

        def claim(user: int, target=target, barrier=barrier, results=results) -> None:
            barrier.wait()
            try:
                results.append(
                    f"u{user}"
                    if claim_once(target, json.dumps({"user_id": f"u{user}"}).encode(), share=share)
                    else "same"
                )
            except (WriteOnceConflict, InProgress):
                results.append("lost")

        threads = [threading.Thread(target=claim, args=(i,)) for i in range(6)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        winners = [r for r in results if r.startswith("u")]
        assert len(winners) == 1 and "same" not in results, results
        assert json.loads((target / "claim.json").read_text())["user_id"] == winners[0]


def test_an_abandoned_empty_claim_folder_is_taken_over(share):
    from udsat_desktop.sync.share.claims import claim_once

    target = share / "claims" / "01" / "K-EMPTY"
    target.mkdir(parents=True)  # its winner was killed before writing who it is
    with pytest.raises(InProgress):
        claim_once(target, b'{"user_id": "u1"}', share=share)
    old = time.time() - 600
    os.utime(target, (old, old))
    assert claim_once(target, b'{"user_id": "u1"}', share=share) is True
    assert claim_once(target, b'{"user_id": "u1"}', share=share) is False
    with pytest.raises(WriteOnceConflict):
        claim_once(target, b'{"user_id": "u2"}', share=share)


def test_the_last_method_failing_is_the_shares_own_error(share, monkeypatch):
    """smbd killed: the exclusive create answers EIO too. That is the share failing (one
    sentence), not one more unsupported method."""
    force(monkeypatch, "exclusive", errno.EIO)
    real = handles._Dir.open_file

    def broken(self, name, flags, mode=0o640):
        if flags & os.O_EXCL and not name.startswith("."):
            raise OSError(errno.EIO, "Input/output error")
        return real(self, name, flags, mode)

    monkeypatch.setattr(handles._Dir, "open_file", broken)
    with pytest.raises(ShareError) as caught:
        publish_once(share / "records" / "R-EIO.json", b"x", share=share)
    assert "læse- eller skrivefejl" in str(caught.value)


def test_the_share_module_loads_nothing_it_needs_only_for_some_calls():
    """The window imports the share module as it starts (the share timeout): ctypes (for
    renameat2), uuid (a new share's id) and concurrent.futures (bounded waits) are loaded
    when first used, not on every start (13 ms of a ~450 ms start on the CI machine)."""
    import subprocess
    import sys

    # what the import adds (a child measured by coverage has loaded uuid before it starts)
    probe = (
        "import sys; before = set(sys.modules); import udsat_desktop.sync.share; "
        "print(sorted(m for m in ('ctypes', 'uuid', 'concurrent.futures') "
        "if m in sys.modules and m not in before))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_a_rename_through_renameat2_never_replaces(tmp_path):
    """renameat2 (loaded on first use) with NOREPLACE: the file already there is kept."""
    handles._renameat2.cache_clear()
    if handles._renameat2() is None:
        pytest.skip("no renameat2 in this C library")
    (tmp_path / "a").write_bytes(b"1")
    (tmp_path / "b").write_bytes(b"2")
    with handles._Dir.open(tmp_path, tmp_path) as folder:
        if folder.fd is None:
            pytest.skip("no directory descriptors here")
        with pytest.raises(FileExistsError):
            folder.rename_noreplace("a", "b")
        folder.rename_noreplace("a", "c")
    assert (tmp_path / "b").read_bytes() == b"2"
    assert (tmp_path / "c").read_bytes() == b"1"
