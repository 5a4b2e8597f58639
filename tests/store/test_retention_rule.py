"""Retention as the municipality's rule (issue 30, item 8): bevaring or kassation per KLE group,
recorded by a coordinator with the decision's reference, followed by `udsat retention`; the
configured default only when no rule is recorded, and the output says which applied."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest

from udsat_desktop.cli import main as cli
from udsat_desktop.core.status import Role
from udsat_desktop.store import audit, retention
from udsat_desktop.store.queue import CaseFilter, CaseQueue

OLD = dt.datetime(2019, 3, 1, 12, 0)
DECISION = "Stadsarkivets beslutning j.nr. 2026-000123 af 01.12.2026"


def close_long_ago(db, n):
    cases = CaseQueue(db).page(CaseFilter(), limit=n)
    for case in cases:
        db.reader().execute(
            "UPDATE \"case\" SET status = 'afklaret', updated_at = ? WHERE id = ?",
            (OLD.isoformat(sep=" "), case.id),
        )
    return sorted(c.case_key for c in cases)


def id_of(entry):
    return entry.id


def case_keys(db):
    return {k for (k,) in db.reader().execute('SELECT case_key FROM "case"')}


def test_a_bevaring_rule_keeps_every_case_and_a_kassation_rule_sets_the_period(demo_db, profile):
    keys = close_long_ago(demo_db, 2)
    assert retention.current_rule(demo_db) is None
    applied = retention.decide(demo_db, 20)
    assert applied.rule is None and applied.years == 20
    assert "Ingen kommunal regel" in applied.message and "standarden" in applied.message

    retention.set_rule(demo_db, profile, "15.02", "bevaring", None, DECISION)
    applied = retention.decide(demo_db, 1)  # the default would delete both cases
    assert applied.years is None and applied.rule is not None
    assert applied.message == (
        f"Kommunens regel gælder: KLE 15.02, bevaring: sagernes data slettes ikke "
        f"(beslutning: {DECISION})"
    )
    found = retention.run(demo_db, profile, applied.years, dry_run=False, rule=applied.rule)
    assert found.due == [] and set(keys) <= case_keys(demo_db)

    retention.set_rule(demo_db, profile, "15.02", "kassation", 5, DECISION)
    applied = retention.decide(demo_db, 30)  # the rule, not the default of 30 years
    assert applied.years == 5
    assert "KLE 15.02, kassation 5 år efter sagens sidste ændring" in applied.message
    found = retention.run(demo_db, profile, applied.years, dry_run=False, rule=applied.rule)
    assert found.due == keys and not set(keys) & case_keys(demo_db)
    runs = [e.details for e in sorted(audit.query(demo_db, action="retention.run"), key=id_of)]
    assert [(d.get("rule"), d.get("kle"), d["years"]) for d in runs] == [
        ("bevaring", "15.02", None),
        ("kassation", "15.02", 5),
    ]
    # the rule's history is kept and each change is in the log, without the decision's text
    rules = sorted(audit.query(demo_db, action="retention.rule"), key=id_of)
    assert [e.details["rule"] for e in rules] == ["bevaring", "kassation"]
    assert all(DECISION not in json.dumps(e.details) for e in rules)


def test_a_rule_is_the_coordinators_and_bad_rules_are_refused(demo_db, profile):
    reviewer = dataclasses.replace(profile, role=Role.REVIEWER)
    with pytest.raises(retention.RetentionNotAllowed):
        retention.set_rule(demo_db, reviewer, "15.02", "kassation", 5, DECISION)
    for kle, disposition, years, decision, says in [
        ("femten", "kassation", 5, DECISION, "KLE-gruppen"),
        ("15.02", "makulering", 5, DECISION, "bevaring eller kassation"),
        ("15.02", "kassation", None, DECISION, "antal år"),
        ("15.02", "kassation", 0, DECISION, "antal år"),
        ("15.02", "bevaring", 5, DECISION, "Bevaring har intet antal år"),
        ("15.02", "kassation", 5, "  ", "reference"),
    ]:
        with pytest.raises(retention.RetentionError, match=says):
            retention.set_rule(demo_db, profile, kle, disposition, years, decision)
    assert retention.current_rule(demo_db) is None
    # an explicit number of years cannot overrule a recorded rule
    retention.set_rule(demo_db, profile, "15.02", "kassation", 5, DECISION)
    with pytest.raises(retention.RetentionError, match=r"Kommunens regel for KLE 15\.02 gælder"):
        retention.decide(demo_db, 5, years=2)
    assert retention.decide(demo_db, 9, years=5).years == 5


def test_retention_follows_the_rule_from_the_command_line(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("UDSAT_PASSPHRASE", "en-lang-nok-kode")
    data = str(tmp_path / "d")
    init = ["init", "--data-dir", data, "--name", "Karen Holm", "--initials", "KH"]
    assert cli([*init, "--org", "BIF", "--role", "coordinator"]) == 0
    assert cli(["demo", "--data-dir", data, "--cases", "5"]) == 0
    capsys.readouterr()

    assert cli(["retention", "--data-dir", data, "--dry-run", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    # the keys of before, and the rule that applied
    assert {"dry_run", "years", "cutoff", "due", "held", "deleted"} <= set(result)
    assert result["years"] == 5 and result["rule"] is None
    assert result["rule_source"] == "standard"
    assert result["message"].startswith("Ingen kommunal regel for bevaring og kassation")

    assert cli(["retention-rule", "show", "--data-dir", data, "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"rule": None, "rules": []}
    rule = ["retention-rule", "set", "--data-dir", data, "--kle", "15.02"]
    assert cli([*rule, "--disposition", "kassation", "--decision", DECISION]) == 2
    assert "antal år" in capsys.readouterr().err
    assert cli([*rule, "--disposition", "kassation", "--years", "3", "--decision", DECISION]) == 0
    assert "KLE 15.02: kassation efter 3 år" in capsys.readouterr().out

    assert cli(["retention", "--data-dir", data, "--dry-run", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["years"] == 3 and result["rule_source"] == "kommune"
    assert result["rule"]["kle"] == "15.02" and result["rule"]["decision"] == DECISION
    assert cli(["retention", "--data-dir", data, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(
        f"Kommunens regel gælder: KLE 15.02, kassation 3 år efter sagens sidste "
        f"ændring (beslutning: {DECISION})"
    )
    # --years against the rule: one Danish sentence, exit 2, nothing run
    assert cli(["retention", "--data-dir", data, "--years", "1"]) == 2
    assert "Kommunens regel for KLE 15.02 gælder" in capsys.readouterr().err

    assert cli([*rule, "--disposition", "bevaring", "--decision", DECISION, "--json"]) == 0
    capsys.readouterr()
    assert cli(["retention", "--data-dir", data, "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["years"] is None and result["cutoff"] is None and result["deleted"] == 0
    assert result["rule"]["disposition"] == "bevaring"
