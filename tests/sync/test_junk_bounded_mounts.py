"""Issue 31, item 3 on the real mount (Samba on the loopback through smbnetfs): junk in every
folder of the share does not make a member's sync do more per-file work on the share as it
grows (through smbnetfs a stat or an open is a round trip each, ~1 ms, and 20,000 of them were
~10 s beyond the CLI's start); what a sync did not look at is told, every junk file is read
in turn, and a no-op sync with the junk there still writes nothing on the share. Run under
`flock /tmp/udsat-samba.lock`."""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

import pytest

from tests.sync import mounts
from tests.sync.test_real_mounts import (  # noqa: F401 (fixtures)
    fresh_share,
    make_team,
    mount_of,
)
from tests.sync.test_scale_mounts import files_on
from udsat_desktop.sync import refusals

REASON = mounts.skip_reason()
pytestmark = pytest.mark.skipif(REASON is not None, reason=REASON or "")

READS = 15  # files a sync may open per folder here (MAX_READS_PER_FOLDER), so runs are short
RECHECKS = 25  # remembered refusals looked at again per folder per sync (MAX_RECHECKS_...)


class _Entries:
    """os.scandir's iterator, counting each entry's own stat (a round trip through FUSE)."""

    def __init__(self, inner, ops: Counter[str]) -> None:
        self.inner, self.ops = inner, ops

    def __enter__(self):
        self.inner.__enter__()
        return self

    def __exit__(self, *exc):
        return self.inner.__exit__(*exc)

    def __iter__(self):
        for entry in self.inner:
            yield _Entry(entry, self.ops)

    def close(self) -> None:
        self.inner.close()


class _Entry:
    def __init__(self, inner, ops: Counter[str]) -> None:
        self._inner, self._ops = inner, ops

    def stat(self, *args, **kwargs):
        self._ops["stat"] += 1
        return self._inner.stat(*args, **kwargs)

    def __getattr__(self, name):
        return getattr(self._inner, name)


def counting(mp: pytest.MonkeyPatch, ops: Counter[str]) -> None:
    """Every per-file call (open, stat, lstat, and an entry's stat in a listing) counted from
    now on; a listing counts once however many names it holds."""

    def counted(name: str, real):
        def call(*args, **kwargs):
            ops[name] += 1
            return real(*args, **kwargs)

        return call

    for name in ("open", "stat", "lstat"):
        mp.setattr(os, name, counted(name, getattr(os, name)))
    real_scandir = os.scandir

    def scandir(*args, **kwargs):
        ops["listing"] += 1
        return _Entries(real_scandir(*args, **kwargs), ops)

    mp.setattr(os, "scandir", scandir)


def _junk(server: Path, aa_id: str, start: int, stop: int) -> None:
    """Junk in every folder, written on the server as another client would: named as the
    product names its files where only opening a file can refuse it (rosters newer than the
    one held, batches, decisions), and named as nothing of the product's elsewhere."""
    folders = {
        "team": lambda n: f"roster-{1_000_000 + n}.json",
        f"assignments/{aa_id}": lambda n: f"20261207T{n % 240000:06d}-{n:06x}.json",
        "decisions": lambda n: f"D-20261207T120000-{n:08x}.json",
        f"audit-heads/{aa_id}": lambda n: f"{n:08d}-junk.json",
        f"published/{aa_id}": lambda n: f"junk-{n}",
        "reviewers": lambda n: f"junk-{n}.json",
        "claims/00": lambda n: f"junk-{n}",
        "records/2026/12": lambda n: f"R-JUNK{n:06d}.json",
        "summaries/2026/12": lambda n: f"junk-{n}.pdf",
    }
    for folder, name in folders.items():
        where = server / folder
        where.mkdir(parents=True, exist_ok=True)
        for n in range(start, stop):
            (where / name(n)).write_bytes(b'{"payload": %d}' % n)
        if folder.startswith("assignments/"):  # and named as no batch is, too
            for n in range(start, stop):
                (where / f"junk-{n:06d}.json").write_bytes(b"not an assignment")


def _sync(member, ops: Counter[str]) -> tuple[dict, int]:
    """One sync; its per-file calls on the share (and the few of its own data folder)."""
    ops.clear()
    with pytest.MonkeyPatch.context() as mp:
        counting(mp, ops)
        code, report = member.run("sync")
    assert code == 3 and isinstance(report, dict), report  # refused files: exit 3
    return report, sum(n for kind, n in ops.items() if kind != "listing")


@pytest.mark.expected_log(r"file on the share refused in (team|assignments|decisions)/")
def test_junk_in_every_folder_does_not_grow_a_syncs_work_on_the_share(
    samba,
    mount_of,  # noqa: F811
    tmp_path,
    monkeypatch,
):
    monkeypatch.setattr(refusals, "MAX_READS_PER_FOLDER", READS)
    monkeypatch.setattr(refusals, "MAX_RECHECKS_PER_FOLDER", RECHECKS, raising=False)
    m = mount_of("smbnetfs")
    share, server = fresh_share(m, samba)
    team = make_team(tmp_path, share, monkeypatch)
    assert team.aa.run("sync")[0] == 0
    share_ops: Counter[str] = Counter()
    with pytest.MonkeyPatch.context() as mp:
        counting(mp, share_ops)
        assert team.aa.run("sync")[0] == 0
    noop = sum(n for kind, n in share_ops.items() if kind != "listing")

    small, large = 2 * READS, 30 * READS
    _junk(server, team.aa.user_id, 0, small)
    first, small_ops = _sync(team.aa, share_ops)
    # told: what was refused, and per folder what was not read (the next syncs read on)
    mine = f"assignments/{team.aa.user_id}"
    assert first["left_unread"] == {"team": READS, "decisions": READS, mine: READS}, first
    by_name = [n for n, _why in first["refused"] if n.startswith(f"{mine}/junk-")]
    assert len(by_name) == small, len(by_name)  # each named as no batch is, told unread
    second, _ = _sync(team.aa, share_ops)
    assert second["left_unread"] == {}, second["left_unread"]  # read on, in turn
    # all of it read and remembered: a sync with the junk there and nothing new writes
    # nothing on the share (its refusals are told as known); the audit head of the last
    # refusals' summary goes out with the sync after them (written after the head), once
    _sync(team.aa, share_ops)
    before = files_on(server)
    third, _ = _sync(team.aa, share_ops)
    added = files_on(server) - before
    assert not {f for f in added if not f.startswith(".udsat-probe-")}, sorted(added)
    assert third["known_refusals"] >= 3 * RECHECKS, third

    _junk(server, team.aa.user_id, small, large)  # fifteen times the junk
    _sync(team.aa, share_ops)
    fourth, large_ops = _sync(team.aa, share_ops)
    # the work per sync does not follow the junk: each sync opens READS new files a folder
    # and looks again at RECHECKS remembered ones; only the listings' names grew (a stat
    # each of the new junk files would be 3 x 1,400 more calls here)
    print("per-file calls: no-op", noop, "junk", small, small_ops, "junk", large, large_ops)
    assert large_ops - small_ops <= 3 * RECHECKS + 3 * READS, (noop, small_ops, large_ops)
    left = fourth["left_unread"]
    # nothing passed over in silence: each junk file of team/ is in the report (refused
    # now, known, or known and not looked at in this run) or counted as left to read
    team = {n: why for n, why in fourth["refused"] if n.startswith("team/")}
    unchecked = [n for n, why in team.items() if "ikke set efter" in why]
    assert len(unchecked) >= 2 * READS - RECHECKS, len(unchecked)
    assert len(team) + left["team"] - len(unchecked) == large, (len(team), left)
