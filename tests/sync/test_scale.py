"""The share at municipal scale (issue 31): files follow work (a sync with nothing new writes
nothing on the share), refusals are remembered (an unchanged refused file is not read again,
still reported, audited once per run as a summary), work per run is bounded (entries read per
folder per run are capped and what was left is reported), and reports tell the truth (a full
or read-only share answered; a missing marker is not a changed one)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.sync.conftest import enrol
from tests.sync.test_faults import signed_outbox, signed_outbox_template  # noqa: F401


def files_on(share: Path) -> set[str]:
    return {p.relative_to(share).as_posix() for p in share.rglob("*") if p.is_file()}


def audit_actions(member) -> list[tuple[str, dict]]:
    db, _ = member.open()
    try:
        return [
            (a, json.loads(d))
            for a, d in db.reader().execute("SELECT action, details FROM audit_log ORDER BY id")
        ]
    finally:
        db.close()


def test_a_hundred_syncs_with_nothing_new_add_at_most_one_file(team):
    share, kk, aa, _bb = team
    enrol(kk, aa)
    for member in (aa, kk):
        code, report = member.run("sync")
        assert code == 0, report
    for member, rounds in ((aa, 100), (kk, 20)):
        before = files_on(share)
        entries = len(audit_actions(member))
        for _ in range(rounds):
            code, report = member.run("sync")
            assert code == 0 and isinstance(report, dict) and report["reachable"], report
        added = files_on(share) - before
        assert len(added) <= 1, (member.name, sorted(added))
        # the audit chain grows only with real events: nothing for 100 no-op syncs (the one
        # head above may publish the entry of the last sync that did something)
        assert len(audit_actions(member)) - entries <= 1, member.name


def test_after_no_op_syncs_a_real_event_is_audited_and_its_head_published(team):
    share, kk, aa, _bb = team
    assert kk.run("demo", "--cases", "3", "--reviews", "0", "--seed", "5")[0] == 0
    enrol(kk, aa)
    for _ in range(3):
        assert aa.run("sync")[0] == 0
    heads_before = {f for f in files_on(share) if f.startswith(f"audit-heads/{aa.user_id}/")}
    from tests.sync.test_round import case_keys

    assert kk.run("assign", "--to", aa.user_id, *case_keys(kk, 1))[0] == 0
    code, report = aa.run("sync")
    assert code == 0 and report["assignments"] == 1, report
    assert audit_actions(aa)[-1][0] == "sync"
    code, report = aa.run("sync")  # the next sync publishes the head naming that entry
    heads = {f for f in files_on(share) if f.startswith(f"audit-heads/{aa.user_id}/")}
    assert len(heads - heads_before) >= 1
    code, verified = aa.run("audit", "verify")
    assert code == 0 and isinstance(verified, dict), verified
    assert verified.get("missing_heads") in ([], None), verified


def test_unreachable_syncs_are_audited_once_per_change(team, tmp_path):
    share, kk, aa, _bb = team
    enrol(kk, aa)
    gone = tmp_path / "share-away"
    share.rename(gone)
    for _ in range(5):
        code, report = aa.run("sync")
        assert report["reachable"] is False, report
    syncs = [d for a, d in audit_actions(aa) if a == "sync"]
    assert [d["reachable"] for d in syncs[-2:]] == [True, False]
    gone.rename(share)
    code, report = aa.run("sync")
    assert code == 0 and report["reachable"], report
    syncs = [d for a, d in audit_actions(aa) if a == "sync"]
    assert [d["reachable"] for d in syncs[-3:]] == [True, False, True]


def summaries(member) -> list[dict]:
    return [d for a, d in audit_actions(member) if a == "trust.refused_summary"]


def test_refused_records_are_remembered_not_read_again_and_audited_once(team):
    share, kk, _aa, _bb = team
    assert kk.run("sync")[0] == 0
    folder = share / "records" / "2026" / "12"
    folder.mkdir(parents=True)
    for n in range(30):
        (folder / f"R-FFFF{n:08X}.json").write_bytes(b"not a record %d" % n)
    code, first = kk.run("ingest")
    assert code != 0 and isinstance(first, dict), first
    assert len([p for p in first["problems"] if p[0].startswith("R-FFFF")]) == 30
    assert first["known_refusals"] == 0
    (summary,) = summaries(kk)
    assert summary["count"] == 30 and summary["folders"] == {"records": 30}
    entries = len(audit_actions(kk))

    code, again = kk.run("ingest")
    assert code != 0, again  # nothing silent: still named, marked as known
    known = [r for r in again["refused"] if r[0].startswith("records/2026/12/R-FFFF")]
    assert len(known) == 30 and all("kendt" in why for _name, why in known), known
    assert again["known_refusals"] == 30
    assert len(audit_actions(kk)) == entries  # no entry per file per run, no new summary

    changed = folder / "R-FFFF00000007.json"  # changed since: read again, refused anew
    changed.write_bytes(b"other junk, longer than before")
    code, third = kk.run("ingest")
    assert third["known_refusals"] == 29
    assert [p[0] for p in third["problems"] if p[0].startswith("R-FFFF")] == ["R-FFFF00000007.json"]
    assert summaries(kk)[-1]["count"] == 1


@pytest.mark.expected_log(r"file on the share refused in team/")
def test_junk_in_team_is_read_a_bounded_number_per_sync_and_left_over_is_reported(team):
    from udsat_desktop.sync.refusals import MAX_READS_PER_FOLDER

    share, kk, aa, _bb = team
    enrol(kk, aa)
    extra = 50
    for n in range(MAX_READS_PER_FOLDER + extra):
        (share / "team" / f"roster-{1000 + n}.json").write_bytes(b'{"payload": %d}' % n)
    code, first = aa.run("sync")
    assert code == 3, first  # synced; files on the share refused
    assert first["left_unread"] == {"team": extra}, first["left_unread"]
    assert len([r for r in first["refused"] if r[0].startswith("team/")]) == MAX_READS_PER_FOLDER
    code, second = aa.run("sync")
    assert second["left_unread"] == {}, second["left_unread"]
    team_refused = [r for r in second["refused"] if r[0].startswith("team/")]
    assert len(team_refused) == MAX_READS_PER_FOLDER + extra
    assert second["known_refusals"] == MAX_READS_PER_FOLDER
    assert [s["count"] for s in summaries(aa)] == [MAX_READS_PER_FOLDER, extra]
    before = files_on(share)
    entries = len(audit_actions(aa))
    for _ in range(3):
        code, report = aa.run("sync")
        assert code == 3 and report["known_refusals"] == MAX_READS_PER_FOLDER + extra
    assert len(audit_actions(aa)) == entries  # remembered junk is no event
    assert len(files_on(share) - before) <= 1


def test_the_left_over_is_told_in_danish(team):
    from udsat_desktop.sync.refusals import left_unread_text

    (one,) = left_unread_text({"team": 1})
    (many,) = left_unread_text({"assignments/x": 1234})
    assert one.startswith("1 fil i team/ er ikke læst")
    assert many.startswith("1234 filer i assignments/x/ er ikke læst")


def test_a_marker_left_empty_by_a_crash_is_not_called_changed(team):
    share, kk, aa, _bb = team
    enrol(kk, aa)
    marker = share / ".udsat-share"
    good = marker.read_bytes()
    for broken in (b"", good[:20]):
        marker.write_bytes(broken)
        code, report = aa.run("sync")
        assert code != 0 and not report["reachable"], report
        assert "tom eller ufuldstændig" in report["problem"], report["problem"]
        assert "Nogen har ændret" not in report["problem"]
    marker.write_bytes(b'{"format": "something-else"}')
    code, report = aa.run("sync")
    assert "Nogen har ændret eller erstattet den" in report["problem"], report["problem"]
    marker.write_bytes(good)
    assert aa.run("sync")[0] == 0


def test_the_same_failure_again_is_audited_once(signed_outbox, monkeypatch):  # noqa: F811
    import errno

    share, aa = signed_outbox
    real_fsync = os.fsync

    def full(fd):
        if str(share) in os.readlink(f"/proc/self/fd/{fd}"):
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_fsync(fd)

    monkeypatch.setattr(os, "fsync", full)
    syncs = len([a for a, _d in audit_actions(aa) if a == "sync"])
    for _ in range(5):
        code, report = aa.run("sync")
        assert code == 1 and report["reachable"], report  # the share answered: it is full
    assert len([a for a, _d in audit_actions(aa) if a == "sync"]) - syncs == 1


def test_a_write_probe_left_behind_by_a_mount_goes_after_ten_minutes(team):
    import time

    share, kk, aa, _bb = team
    enrol(kk, aa)
    old, fresh = share / ".udsat-probe-1-0000aaaa.part", share / ".udsat-probe-2-0000bbbb.part"
    for probe in (old, fresh):
        probe.write_bytes(b"udsat")
    then = time.time() - 3600
    os.utime(old, (then, then))
    assert aa.run("sync")[0] == 0
    assert not old.exists() and fresh.exists()
