"""Retention per KLE group (issue 30, item 8): a case's KLE group comes from the target list,
else its newest review's template, else the default rule's group; each closed case is judged
by the most specific rule covering its group, a case no rule covers is kept and named, and
`udsat retention --json` says per case which rule applied."""

from __future__ import annotations

import datetime as dt
import json

import pytest
import yaml

from udsat_desktop.cli import main as cli
from udsat_desktop.core.kle import rule_for
from udsat_desktop.platform import checklists
from udsat_desktop.platform.checklists import bundled_folder, use_library
from udsat_desktop.store import audit, retention
from udsat_desktop.store.importer import import_table, prepare_import
from udsat_desktop.store.queue import get_case_by_key

OLD = dt.datetime(2019, 3, 1, 12, 0)
DECISION = "Stadsarkivets beslutning j.nr. 2026-000123 af 01.12.2026"
CSV = (
    "CPR-nr.;Navn;KLE-nummer\n"
    "071066-3830;Yasmin Mortensen;32.10.05\n"
    "091163-3530;Tage Mathiesen;15.02\n"
    "050170-0738;Yannick Bech;\n"
    "010203-1234;Dorte Holm;99.01\n"
)


@pytest.fixture
def restore_library():
    yield
    use_library(None)


def _import(db, paths, tmp_path, text=CSV):
    path = tmp_path / "maalgruppe.csv"
    path.write_text(text, encoding="utf-8")
    table, mapping = prepare_import(path, paths.config, None)
    return import_table(db, table, mapping, source_name=path.name, user_id="u1")


def _close_long_ago(db):
    db.reader().execute(
        "UPDATE \"case\" SET status = 'afklaret', updated_at = ?", (OLD.isoformat(sep=" "),)
    )


def _keys(db):
    return {
        name: key
        for key, name in db.reader().execute('SELECT case_key, name FROM "case"').fetchall()
    }


def test_the_target_list_gives_each_case_its_kle_group_and_a_bad_one_is_refused(
    db, paths, tmp_path
):
    summary = _import(db, paths, tmp_path, CSV + "020304-5678;Bo Bech;15.2\n")
    assert summary.imported == 4
    assert [(r.row, "KLE-gruppen" in r.reason) for r in summary.rejected] == [(6, True)]
    kle = dict(db.reader().execute('SELECT name, kle FROM "case"').fetchall())
    assert kle == {
        "Yasmin Mortensen": "32.10.05",
        "Tage Mathiesen": "15.02",
        "Yannick Bech": None,
        "Dorte Holm": "99.01",
    }


def test_each_case_follows_the_rule_of_its_own_kle_group(db, profile, paths, tmp_path):
    _import(db, paths, tmp_path)
    _close_long_ago(db)
    keys = _keys(db)
    retention.set_rule(db, profile, "32.10", "kassation", 2, DECISION)
    retention.set_rule(db, profile, "32", "bevaring", None, DECISION)
    retention.set_rule(db, profile, "15", "bevaring", None, DECISION, default=True)

    found = retention.plan(db, 1)  # the setting's 1 year is not used: rules are recorded
    by_key = {v.case_key: v for v in found.cases}
    yasmin = by_key[keys["Yasmin Mortensen"]]  # 32.10.05: the more specific 32.10 wins
    assert (yasmin.kle, yasmin.kle_source, yasmin.rule.kle, yasmin.years, yasmin.verdict) == (
        "32.10.05",
        "sag",
        "32.10",
        2,
        "slettes",
    )
    tage = by_key[keys["Tage Mathiesen"]]
    assert (tage.rule.kle, tage.verdict) == ("15", "bevares")
    yannick = by_key[keys["Yannick Bech"]]  # no group of its own: the default rule's
    assert (yannick.kle, yannick.kle_source, yannick.verdict) == ("15", "standard", "bevares")
    dorte = by_key[keys["Dorte Holm"]]  # 99.01: no rule covers it, kept and named
    assert (dorte.rule, dorte.rule_source, dorte.verdict) == (None, "ingen", "ingen regel")
    assert found.due == [keys["Yasmin Mortensen"]]
    assert found.unruled == [keys["Dorte Holm"]]

    done = retention.run(db, profile, None, dry_run=False)
    assert done.due == [keys["Yasmin Mortensen"]]
    assert set(_keys(db)) == {"Tage Mathiesen", "Yannick Bech", "Dorte Holm"}
    deleted = [e.details for e in audit.query(db, action="retention.delete")]
    assert deleted == [{"kle": "32.10.05", "rule": "kassation", "years": 2}]
    (run,) = [e.details for e in audit.query(db, action="retention.run")]
    assert run["unruled"] == 1 and run["kle"] == "15"


def test_a_case_without_a_group_takes_its_templates_group(
    db, profile, paths, tmp_path, monkeypatch, restore_library
):
    raw = yaml.safe_load(
        (bundled_folder() / "taskforce-gennemgang-2026-12.yaml").read_text(encoding="utf-8")
    )
    raw.update(version="kle-test", valid_from="2020-01-01", valid_until="2020-12-31", kle="32.18")
    folder = tmp_path / "skabeloner"
    folder.mkdir()
    (folder / "kle.yaml").write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    monkeypatch.setenv(checklists.CHECKLIST_DIR_ENV, str(folder))
    use_library(None)
    _import(db, paths, tmp_path)
    keys = _keys(db)
    case = get_case_by_key(db, keys["Yannick Bech"])
    db.reader().execute(
        "INSERT INTO review (review_key, case_id, template_id, template_version, status, "
        "answers, version, review_date, primary_reviewer, created_at, updated_at) "
        "VALUES ('r-kle-1', ?, 'taskforce-gennemgang', 'kle-test', 'kladde', '{}', 1, "
        "'2020-03-01', ?, ?, ?)",
        (case.id, profile.user_id, OLD.isoformat(sep=" "), OLD.isoformat(sep=" ")),
    )
    _close_long_ago(db)
    retention.set_rule(db, profile, "32.18", "kassation", 3, DECISION)
    retention.set_rule(db, profile, "15", "bevaring", None, DECISION)
    found = retention.plan(db, 1)
    yannick = next(v for v in found.cases if v.case_key == keys["Yannick Bech"])
    assert (yannick.kle, yannick.kle_source, yannick.rule.kle) == ("32.18", "skabelon", "32.18")
    assert found.due == [keys["Yannick Bech"]]
    # two groups and no default: a case without a group is named, not judged
    assert keys["Dorte Holm"] in found.unruled


def test_rule_for_prefers_the_most_specific_group():
    rules = [retention.Rule(k, "bevaring", None, DECISION, "u", OLD) for k in ("32", "32.10")]
    assert rule_for("32.10.05", rules).kle == "32.10"
    assert rule_for("32.11", rules).kle == "32"
    assert rule_for("321", rules) is None and rule_for(None, rules) is None


def test_retention_reports_per_case_which_rule_applied(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("UDSAT_PASSPHRASE", "en-lang-nok-kode")
    data = str(tmp_path / "d")
    init = ["init", "--data-dir", data, "--name", "Karen Holm", "--initials", "KH"]
    assert cli([*init, "--org", "BIF", "--role", "coordinator"]) == 0
    path = tmp_path / "liste.csv"
    path.write_text(CSV, encoding="utf-8")
    assert cli(["import", "--data-dir", data, str(path)]) == 0
    capsys.readouterr()
    from udsat_desktop.platform.paths import resolve
    from udsat_desktop.store.db import Database

    paths = resolve(tmp_path / "d")
    db = Database.open(paths.database, paths.keyinfo, "en-lang-nok-kode")
    try:
        _close_long_ago(db)
    finally:
        db.close()
    rule = ["retention-rule", "set", "--data-dir", data, "--decision", DECISION]
    assert cli([*rule, "--kle", "32.10", "--disposition", "kassation", "--years", "2"]) == 0
    assert (
        capsys.readouterr().out.strip()
        == f"KLE 32.10: kassation efter 2 år (beslutning: {DECISION}); standard for sager uden "
        "KLE-gruppe"  # the only group so far: every case's, as when one rule applied to all
    )
    assert cli([*rule, "--kle", "15", "--disposition", "bevaring", "--default", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["rule"]["kle"] == "15" and shown["rule"]["default"] is True
    assert [r["kle"] for r in shown["rules"]] == ["15", "32.10"]

    assert cli(["retention", "--data-dir", data, "--dry-run", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    by_kle = {c["kle"]: c for c in result["cases"]}
    assert by_kle["32.10.05"]["rule"]["kle"] == "32.10"
    assert by_kle["32.10.05"]["verdict"] == "slettes" and by_kle["32.10.05"]["years"] == 2
    assert by_kle["15"]["kle_source"] == "standard" and by_kle["15"]["verdict"] == "bevares"
    assert by_kle["99.01"]["rule_source"] == "ingen"
    assert result["due"] == [by_kle["32.10.05"]["case_key"]]
    assert result["unruled"] == [by_kle["99.01"]["case_key"]]
    assert result["rule"]["kle"] == "15" and result["rule_source"] == "kommune"
    assert cli(["retention", "--data-dir", data, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "1 afsluttet sag ville blive slettet" in out
    assert "uden en regel for sin KLE-gruppe slettes ikke" in out
    # two groups: a number of years on the command line is refused, nothing run
    assert cli(["retention", "--data-dir", data, "--years", "2"]) == 2
    assert "et antal år kan ikke vælges her" in capsys.readouterr().err
