"""The share at municipal scale (issue 31): files follow work (a sync with nothing new writes
nothing on the share), refusals are remembered (an unchanged refused file is not read again,
still reported, audited once per run as a summary), work per run is bounded (entries read per
folder per run are capped and what was left is reported), and reports tell the truth (a full
or read-only share answered; a missing marker is not a changed one)."""

from __future__ import annotations

import json
import os
from pathlib import Path

from tests.sync.conftest import enrol


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
