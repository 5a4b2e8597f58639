"""A sync with nothing to do loads no SQLAlchemy (issue 34): nothing new on the share, nothing
in the outbox, no claim to check. The steps that write through the ORM (assignments, decisions,
claims, the outbox) run only when sync/waiting.py finds work for one of them; a sync with work
still does it. A real child process, as a script runs `udsat sync`."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.sync.conftest import enrol

PROBE = """
import json, sys
from udsat_desktop.cli import main
code = main(sys.argv[1:])
print(json.dumps({"code": code, "sqlalchemy": "sqlalchemy" in sys.modules,
                  "orm_steps": "udsat_desktop.sync.engine_work" in sys.modules}))
"""


def _sync(data: Path) -> tuple[dict[str, object], dict[str, object]]:
    """(the sync's --json report, what the probe saw) of `udsat sync` in a new process."""
    out = subprocess.run(
        [sys.executable, "-c", PROBE, "--data-dir", str(data), "--json", "sync"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    report, _, probe = out.stdout.strip().rpartition("\n")
    return json.loads(report), json.loads(probe)


def test_a_sync_with_nothing_to_do_loads_no_sqlalchemy(team):
    _share, kk, aa, _bb = team
    enrol(kk, aa)
    for member in (aa, kk):
        assert member.run("sync")[0] == 0  # whatever the first round had to do
        report, probe = _sync(member.data)
        assert probe == {"code": 0, "sqlalchemy": False, "orm_steps": False}, member.name
        assert report["ok"] and report["reachable"] and report["pending"] == 0


def test_a_sync_with_an_assignment_still_takes_it(team):
    from tests.sync.test_round import case_keys

    _share, kk, aa, _bb = team
    assert kk.run("demo", "--cases", "3", "--reviews", "0", "--seed", "5")[0] == 0
    enrol(kk, aa)
    assert aa.run("sync")[0] == 0
    assert _sync(aa.data)[1]["sqlalchemy"] is False
    code, out = kk.run("assign", "--to", aa.user_id, *case_keys(kk, 2))
    assert code == 0, out
    report, probe = _sync(aa.data)
    assert probe == {"code": 0, "sqlalchemy": True, "orm_steps": True}
    assert report["assignments"] == 1 and report["assigned_cases"] == 2
    # taken once: the next round has nothing to do again (the two cases' claims are made
    # when the reviewer opens them, not by the assignment)
    report, probe = _sync(aa.data)
    assert report["assignments"] == 0
    assert probe["sqlalchemy"] is False, report


def test_a_sync_that_only_pushes_loads_no_sqlalchemy_and_keeps_its_books(team):
    """Only the outbox has work: it is pushed without the ORM, and its bookkeeping is the
    ORM path's (sync log lines synced once each, the cases synced with one audit entry each,
    my list naming both reviews, the queue empty)."""
    from tests.sync.test_round import case_keys
    from udsat_desktop.core.status import CaseStatus
    from udsat_desktop.platform.checklists import bundled_library
    from udsat_desktop.store import audit
    from udsat_desktop.store.demo_reviews import build_demo_reviews
    from udsat_desktop.store.published import item_count
    from udsat_desktop.store.signed_pdfs import queued_count
    from udsat_desktop.store.sync_work import sync_log

    _share, kk, aa, _bb = team
    assert kk.run("demo", "--cases", "3", "--reviews", "0", "--seed", "5")[0] == 0
    enrol(kk, aa)
    assert kk.run("assign", "--to", aa.user_id, *case_keys(kk, 2))[0] == 0
    assert aa.run("sync")[0] == 0
    db, profile = aa.open()
    try:
        build_demo_reviews(db, 2, profile.user_id, bundled_library(), seed=11, all_ready=True)
        listed_before = item_count(db)
    finally:
        db.close()
    assert aa.run("sync")[0] == 0  # the claims opening the reviews made, settled
    code, out = aa.run("sign", "--ready")
    assert code == 0, out
    db, _profile = aa.open()
    try:
        assert queued_count(db) == 2, out
        audit_before = audit.entry_count(db)
    finally:
        db.close()

    report, probe = _sync(aa.data)

    assert probe == {"code": 0, "sqlalchemy": False, "orm_steps": False}, report
    assert report["ok"] and report["pending"] == 0 and len(report["published"]) == 4, report
    db, _profile = aa.open()
    try:
        assert queued_count(db) == 0
        assert item_count(db) == listed_before + 2
        log = sync_log(db)  # read back through the ORM: the plain rows are what it expects
        assert sorted(row.target for row in log if row.state == "synkroniseret") == sorted(
            report["published"]
        )
        assert all(row.attempts == 1 and row.synced_at is not None for row in log)
        synced = db.reader().execute(
            'SELECT count(*) FROM "case" WHERE status = ?', (CaseStatus.SYNCED.value,)
        )
        assert synced.fetchone()[0] == 2
        # one entry per case pushed (the system's), then the round's own (the user's)
        new = [(e[2], e[3], e[4] is not None) for e in audit.entries(db)[audit_before:]]
        assert new == [("system", "sync", True)] * 2 + [(aa.user_id, "sync", False)], new
        assert audit.verify_chain(db) is None
    finally:
        db.close()
