"""The sync's rule for queued claims: an assignment wins over a claim by anyone else. A claim
queued offline on a case assigned to me becomes a second review when a colleague claimed the
case meanwhile, and is never reported as a clash; on a case not assigned to me it is."""

from __future__ import annotations

import pytest

from udsat_desktop.sync.claims import claim_case

from .conftest import enrol


def first_cases(member, n: int) -> list[str]:
    db, _ = member.open()
    try:
        return [
            r[0]
            for r in db.reader().execute(
                'SELECT case_key FROM "case" ORDER BY cpr, name LIMIT ?', (n,)
            )
        ]
    finally:
        db.close()


def claim_state(member, case_key: str) -> str | None:
    db, _ = member.open()
    try:
        row = (
            db.reader()
            .execute("SELECT state FROM claim WHERE case_key = ?", (case_key,))
            .fetchone()
        )
        return row[0] if row else None
    finally:
        db.close()


@pytest.mark.parametrize("assigned_to_me", [True, False])
def test_a_queued_claim_meets_a_colleagues_claim(team, sample_csv, assigned_to_me):
    share, kk, aa, bb = team
    assert kk.run("import", str(sample_csv))[0] == 0
    enrol(kk, aa, bb)
    (key,) = first_cases(kk, 1)
    assert kk.run("assign", "--to", aa.user_id if assigned_to_me else bb.user_id, key)[0] == 0
    # Anna starts work offline: her claim is queued
    db, profile = aa.open()
    try:
        assert claim_case(db, profile, key, None).state == "queued"
    finally:
        db.close()
    # meanwhile Bo claims the case on the share
    db, profile = bb.open()
    try:
        assert claim_case(db, profile, key, share).state == "held"
    finally:
        db.close()
    code, report = aa.run("sync")
    assert code == 0, report
    if assigned_to_me:
        assert report["claim_clashes"] == []
        assert claim_state(aa, key) == "second"
    else:
        assert report["claim_clashes"] == [key]
        assert claim_state(aa, key) == "clash"
