"""Fewer round trips to the share per pushed file (issue 34, item 4), with write-once intact: a
name only I write is not looked up before it is placed when the session's listing of its folder
does not name it, the share's clock is asked once per folder (for its clean-up), and a round's
share operations run on one waiting worker thread, not a thread started per operation; a
worker given up on (a hung drive) takes no further operation."""

from __future__ import annotations

import os
import threading
import time

import pytest

from tests.waiting import wait_until
from udsat_desktop.sync.share import bounded_calls, handles, set_op_timeout
from udsat_desktop.sync.share.errors import ShareError, WriteOnceConflict
from udsat_desktop.sync.share.handles import session
from udsat_desktop.sync.share.marker import set_up_share
from udsat_desktop.sync.share.publish import publish_method, publish_once, remember_method
from udsat_desktop.sync.share.read import PART


@pytest.fixture
def share(tmp_path):
    folder = tmp_path / "share"
    folder.mkdir()
    set_up_share(folder)
    remember_method(folder, None)
    yield folder
    remember_method(folder, None)
    set_op_timeout(None)


def _counting(monkeypatch, owner, name: str) -> list[object]:
    calls: list[object] = []
    real = getattr(owner, name)

    def counted(*args, **kwargs):
        calls.append(args[1] if len(args) > 1 else args[0])
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, counted)
    return calls


def test_names_only_i_write_are_placed_without_a_lookup_each(share, monkeypatch):
    folder = share / "records" / "2026" / "01"
    lookups = _counting(monkeypatch, handles._Dir, "stat")
    stats_of_open_files = _counting(monkeypatch, os, "fstat")
    with session():
        for i in range(6):
            assert publish_once(
                folder / f"R-{i}.json",
                b"sealed %d" % i,
                share=share,
                sole_writer=True,
                verify=False,
            )
    if publish_method(folder) not in ("link", "renameat2"):
        pytest.skip(f"this file system places by {publish_method(folder)}")
    # the first file's name is looked up (no listing yet); the others are not
    assert lookups == ["R-0.json"], lookups
    # once each for the session, not per file: the folder's file system, the share's clock (a
    # fresh file's mtime) for the folder's clean-up, the size of the one file read back (the
    # first, `verify=False`)
    assert len(stats_of_open_files) == 3, stats_of_open_files
    assert sorted(os.listdir(folder)) == [f"R-{i}.json" for i in range(6)]
    # and a name not only mine is still looked up every time
    with session():
        publish_once(folder / "shared-a.json", b"a", share=share)
        publish_once(folder / "shared-b.json", b"b", share=share)
    assert lookups[-2:] == ["shared-a.json", "shared-b.json"]


def test_a_name_placed_after_the_listing_is_still_never_replaced(share):
    """Without the lookup, the no-overwrite placement itself finds a file put there after
    the folder was listed: the same bytes are "already there", others a conflict; no
    temporary copy is left."""
    folder = share / "summaries" / "2026" / "02"
    with session():
        assert publish_once(folder / "R-A.pdf", b"first", share=share, sole_writer=True)
        (folder / "R-B.pdf").write_bytes(b"same bytes")  # after the session listed the folder
        (folder / "R-C.pdf").write_bytes(b"someone else's")
        assert not publish_once(
            folder / "R-B.pdf", b"same bytes", share=share, sole_writer=True, verify=False
        )
        with pytest.raises(WriteOnceConflict):
            publish_once(folder / "R-C.pdf", b"mine", share=share, sole_writer=True, verify=False)
    assert (folder / "R-C.pdf").read_bytes() == b"someone else's"
    assert not [name for name in os.listdir(folder) if name.endswith(PART)]


def test_a_rounds_operations_run_on_one_worker(share):
    set_op_timeout(5)
    seen = {bounded_calls.bounded(threading.current_thread) for _ in range(20)}
    assert len(seen) == 1, seen
    (worker,) = seen
    assert worker is not threading.current_thread() and worker.name == "udsat-share-op"
    # another calling thread has its own worker (one thread's hung drive never holds another)
    other: list[threading.Thread] = []
    caller = threading.Thread(
        target=lambda: other.append(bounded_calls.bounded(threading.current_thread))
    )
    caller.start()
    caller.join()
    assert other and other[0] is not worker and other[0] is not caller


def test_a_worker_given_up_on_takes_no_further_operation(share):
    set_op_timeout(0.3)
    first = bounded_calls.bounded(threading.current_thread)
    release = threading.Event()
    with pytest.raises(ShareError):
        bounded_calls.bounded(release.wait)  # the drive hangs: given up after 0.3 s
    assert bounded_calls.still_waiting() == 1
    with pytest.raises(ShareError):  # the round's later operations fail at once
        bounded_calls.bounded(threading.get_ident)
    release.set()  # the drive answers at last: the worker ends

    wait_until(lambda: bounded_calls.still_waiting() == 0, 10, "the worker given up on to end")
    set_op_timeout(0.3)  # a new round asks the share again: on a new worker
    again = bounded_calls.bounded(threading.current_thread)
    assert again is not first and again is not threading.current_thread()
    assert not first.is_alive()


def test_an_operation_handed_over_is_waited_for_within_the_timeout_from_then(share):
    """`start` (the push seals its next file meanwhile): an answer that came while the caller
    was busy is there however long that took; one that did not come within the timeout
    from the hand-over is given up on, and its worker takes nothing more."""
    set_op_timeout(0.5)
    done = bounded_calls.start(threading.current_thread)
    wait_until(lambda: done._future is not None and done._future.done(), 5, "the answer")
    # the caller busy past the timeout (its deadline passed): the answer is there already
    wait_until(lambda: time.monotonic() > done._deadline + 0.1, 5, "the deadline to pass")
    worker = done.result()
    assert worker.name == "udsat-share-op"
    release = threading.Event()
    hung = bounded_calls.start(release.wait)
    with pytest.raises(ShareError):  # while the drive still hangs: given up on
        hung.result()
    assert not release.is_set()
    assert bounded_calls.still_waiting() == 1
    release.set()
    wait_until(lambda: not worker.is_alive(), 10, "the worker given up on to end")
