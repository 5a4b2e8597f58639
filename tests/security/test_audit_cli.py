"""`udsat audit verify` and `udsat audit export`: the chain check and the citizen's log."""

from __future__ import annotations

import io
import json

import pypdf
import pytest

from tests.conftest import PASSPHRASE
from udsat_desktop.cli import main as cli
from udsat_desktop.store import audit, audit_append
from udsat_desktop.store.queue import get_case


@pytest.fixture
def logged(demo_db, profile):
    case_a, case_b = [
        r[0] for r in demo_db.reader().execute('SELECT id FROM "case" ORDER BY id LIMIT 2')
    ]
    audit.append_now(demo_db, profile.user_id, "case.read", case_a)
    audit.append_now(demo_db, profile.user_id, "cpr.reveal", case_a)
    audit.append_now(demo_db, profile.user_id, "search", None, text="jens")
    audit.append_now(demo_db, profile.user_id, "case.read", case_b)
    return case_a, case_b


def run(capsys, paths, *args):
    code = cli(["--data-dir", str(paths.data), "--json", *args])
    out = capsys.readouterr().out
    return code, json.loads(out) if out.strip().startswith("{") else out


def test_verify_passes_then_names_the_first_tampered_entry(
    demo_db, paths, logged, capsys, monkeypatch
):
    monkeypatch.setenv("UDSAT_PASSPHRASE", PASSPHRASE)
    code, data = run(capsys, paths, "audit", "verify")
    assert code == 0 and data["ok"] and data["entries"] >= 4
    # someone with the key drops the protection and edits one entry
    con = demo_db.reader()
    con.execute("DROP TRIGGER audit_log_no_update")
    victim = con.execute("SELECT id FROM audit_log WHERE action = 'cpr.reveal'").fetchone()[0]
    con.execute("UPDATE audit_log SET user_id = 'nogen-andre' WHERE id = ?", (victim,))
    code, data = run(capsys, paths, "audit", "verify")
    assert code == 1 and data["first_broken_entry"] == victim
    assert "ændret" in data["reason"]


def test_export_is_the_citizens_log_only(demo_db, paths, logged, capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("UDSAT_PASSPHRASE", PASSPHRASE)
    case_a, _case_b = logged
    case = get_case(demo_db, case_a)
    out = tmp_path / "adgangslog.pdf"
    code, _data = run(capsys, paths, "audit", "export", "--case", case.case_key, "--out", str(out))
    assert code == 0
    text = "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(out.read_bytes())).pages)
    assert "Din sag blev vist" in text and "CPR-nummer blev vist" in text
    # a search that did not show this citizen is not their business (nor its criterion)
    assert "søgeresultat" not in text and "jens" not in text
    assert case.cpr not in text and case.cpr[:6] + "-xxxx" in text
    # unsigned, it says what the check found, not that it is unchanged (issue 32)
    flat = " ".join(text.split())
    assert "kontrol ingen ændrede eller slettede poster" in flat
    assert "ikke underskrevet digitalt" in flat and "Loggen er kontrolleret" not in flat
    # and handing it out is itself logged
    assert audit.query(demo_db, case_id=case_a, action="audit.export")
    code, _ = run(capsys, paths, "audit", "export", "--case", "FINDES-IKKE", "--out", str(out))
    assert code == 2


def _old_entry(db, user_id: str, action: str, at: str) -> None:
    params = audit_append.params(user_id, action, None, {})
    params["at"] = at
    params["content"] = audit._content(at, user_id, action, None, params["details"])
    db.reader().execute(audit._APPEND_SQL, params)


def test_retention_purge_keeps_the_chain_verifiable(demo_db, profile, paths, capsys, monkeypatch):
    monkeypatch.setenv("UDSAT_PASSPHRASE", PASSPHRASE)
    con = demo_db.reader()
    # a fresh store already has entries from now; put old ones in front of a new chain
    con.execute("DROP TRIGGER audit_log_no_delete")
    con.execute("DELETE FROM audit_log")
    con.execute(
        "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END"
    )
    for year in (2018, 2019, 2020):
        _old_entry(demo_db, profile.user_id, "case.read", f"{year}-03-01T10:00:00+00:00")
    audit.append_now(demo_db, profile.user_id, "case.read", 1)
    assert audit.verify_chain(demo_db) is None
    code, data = run(capsys, paths, "audit", "purge", "--years", "5")
    assert code == 0 and data["purged"] == 3
    assert audit.verify_chain(demo_db) is None
    assert [e.action for e in audit.query(demo_db)][:1] == ["audit.purge"]
    # a second purge with nothing old deletes nothing and still verifies
    assert run(capsys, paths, "audit", "purge")[1]["purged"] == 0
    assert audit.verify_chain(demo_db) is None
    # deleting the first kept entry behind the log's back is found
    con.execute("DROP TRIGGER audit_log_no_delete")
    first = con.execute("SELECT min(id) FROM audit_log").fetchone()[0]
    con.execute("DELETE FROM audit_log WHERE id = ?", (first,))
    assert audit.verify_chain(demo_db) is not None


def test_reviewers_cannot_purge(store, paths, capsys, monkeypatch):
    from udsat_desktop.core.status import Role
    from udsat_desktop.store.models import UserProfile

    db, _profile = store
    with db.session() as s:
        for row in s.query(UserProfile):
            row.role = Role.REVIEWER.value
    db.close()
    monkeypatch.setenv("UDSAT_PASSPHRASE", PASSPHRASE)
    code = cli(["--data-dir", str(paths.data), "audit", "purge"])
    assert code == 2 and "Kun en koordinator" in capsys.readouterr().err
