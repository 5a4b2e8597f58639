"""Importing target lists into the store: one transaction, updates that keep case work."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from udsat_desktop.core.status import CaseStatus
from udsat_desktop.store import importer
from udsat_desktop.store.case_facts import stats
from udsat_desktop.store.cases import change_status
from udsat_desktop.store.importer import MappingNeeded, import_table, prepare_import
from udsat_desktop.store.models import Case, ImportBatch
from udsat_desktop.store.queue import CaseFilter, CaseQueue, get_case_by_key


def run_import(db, paths, path, named=None):
    table, mapping = prepare_import(path, paths.config, named)
    return import_table(db, table, mapping, source_name=path.name, user_id="u1")


def test_sample_import_summary(db, paths, sample_csv):
    summary = run_import(db, paths, sample_csv)
    data = summary.to_json()
    assert data["imported"] == 56 and data["updated"] == 0
    assert [r["row"] for r in data["rejected"]] == [58, 61]
    assert data["duplicates"] == [{"row": 59, "first_row": 5, "identical": True}]
    assert stats(db)["cases"] == 56
    assert stats(db)["by_status"]["ny"] == 56


def test_reimport_updates_cases_but_keeps_their_work(db, paths, sample_csv, tmp_path):
    run_import(db, paths, sample_csv)
    queue = CaseQueue(db)
    target = queue.page(CaseFilter(text="Yasmin Mortensen"))[0]
    with db.session() as s:
        change_status(s, target.id, CaseStatus.IN_REVIEW)
        s.get(Case, target.id).assigned_reviewer = "bif-kh-01"
    changed = sample_csv.read_bytes().replace(
        "Nanna Larsen".encode("cp1252"), "Nanna Lærke".encode("cp1252")
    )
    second = tmp_path / "igen.csv"
    second.write_bytes(changed)
    summary = run_import(db, paths, second)
    assert (summary.imported, summary.updated, summary.unchanged) == (0, 1, 55)
    case = get_case_by_key(db, target.case_key)
    assert case is not None
    assert case.caseworker == "Nanna Lærke"
    assert case.status == CaseStatus.IN_REVIEW.value
    assert case.assigned_reviewer == "bif-kh-01"


def test_columns_missing_from_a_later_file_are_left_alone(db, paths, sample_csv, tmp_path):
    run_import(db, paths, sample_csv)
    slim = tmp_path / "slim.csv"
    slim.write_text("CPR-nr.;Navn\n071066-3830;Yasmin Mortensen\n", encoding="utf-8")
    summary = run_import(db, paths, slim)
    assert (summary.imported, summary.updated, summary.unchanged) == (0, 0, 1)
    case = CaseQueue(db).page(CaseFilter(text="071066"))[0]
    assert case.caseworker == "Nanna Larsen" and case.benefit_type


def test_a_failing_import_writes_nothing(db, paths, sample_csv, monkeypatch):
    def boom(*_a, **_k):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(importer, "new_case_key", boom)
    with pytest.raises(RuntimeError):
        run_import(db, paths, sample_csv)
    with db.read_session() as s:
        assert s.scalar(select(func.count()).select_from(Case)) == 0
        assert s.scalar(select(func.count()).select_from(ImportBatch)) == 0


def test_mapping_needed_then_remembered(db, paths, tmp_path):
    odd = tmp_path / "odd.csv"
    odd.write_text("Id;Borger navn\n070761-4285;Søren Ærbø\n", encoding="utf-8")
    with pytest.raises(MappingNeeded) as caught:
        prepare_import(odd, paths.config)
    assert "CPR" in str(caught.value)
    summary = run_import(db, paths, odd, {"cpr": "Id", "name": "Borger navn"})
    assert summary.imported == 1
    # the same layout again: the mapping is remembered
    again = tmp_path / "odd2.csv"
    again.write_text("Id;Borger navn\n150682-0000;Jens Østergaard\n", encoding="utf-8")
    assert run_import(db, paths, again).imported == 1
