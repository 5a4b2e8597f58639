"""The queue query: search, filters, Danish sorting and paging."""

from __future__ import annotations

import pytest

from udsat_desktop.core.danish import sort_key
from udsat_desktop.core.status import CaseStatus
from udsat_desktop.store import queue as queue_mod
from udsat_desktop.store.cases import assign, change_status
from udsat_desktop.store.demo import build_demo
from udsat_desktop.store.models import Case
from udsat_desktop.store.queue import UNASSIGNED, CaseFilter, CaseQueue, QueueColumn, fts_query


def all_rows(queue, f, sort=QueueColumn.NAME, descending=False, page=37):
    rows, offset = [], 0
    while True:
        chunk = queue.page(f, sort, descending, offset, page)
        if not chunk:
            return rows
        rows += chunk
        offset += page


def test_search_by_name_prefix_cpr_and_case_key(demo_db):
    queue = CaseQueue(demo_db)
    someone = queue.page(CaseFilter(), limit=1, offset=123)[0]
    first, last = someone.name.split(" ", 1)[0], someone.name.rsplit(" ", 1)[1]
    by_name = queue.page(CaseFilter(text=f"{first[:3]} {last[:3]}"), limit=1000)
    assert someone.id in {r.id for r in by_name}
    assert all(first[:3].casefold() in r.name.casefold() for r in by_name)
    for text in (
        someone.cpr,
        someone.cpr.replace("-", ""),
        someone.cpr[:6],
        someone.case_key,
        someone.case_key[:4],
    ):
        assert someone.id in {r.id for r in queue.page(CaseFilter(text=text), limit=1000)}, text
    assert queue.count(CaseFilter(text="zzqx")) == 0


def test_search_ignores_fts_syntax(demo_db):
    queue = CaseQueue(demo_db)
    for text in ['"', "AND", "a OR b", "*", "-", "NEAR(", "'); DROP TABLE case; --"]:
        queue.count(CaseFilter(text=text))
        queue.page(CaseFilter(text=text))
    assert fts_query("  ") is None


def test_filters_combine(demo_db):
    queue = CaseQueue(demo_db)
    f = CaseFilter(statuses=frozenset({CaseStatus.ASSIGNED.value}), flags=frozenset({"homeless"}))
    rows = all_rows(queue, f)
    assert rows and len(rows) == queue.count(f)
    assert all(r.status == "tildelt" and r.homeless for r in rows)
    unassigned = all_rows(queue, CaseFilter(reviewer=UNASSIGNED))
    assert all(r.assigned_reviewer is None for r in unassigned)
    unit = queue.distinct_units()[0]
    assert all(r.jobcenter_unit == unit for r in all_rows(queue, CaseFilter(unit=unit)))
    assert all(r.priority == 1 for r in all_rows(queue, CaseFilter(priority=1)))


@pytest.mark.parametrize("column", list(QueueColumn))
def test_paging_covers_every_row_once_in_every_sort(demo_db, column):
    queue = CaseQueue(demo_db)
    for descending in (False, True):
        rows = all_rows(queue, CaseFilter(), column, descending)
        assert len(rows) == queue.count() == 400
        assert len({r.id for r in rows}) == 400


def test_names_sort_in_danish_order(db):
    with db.session() as s:
        for i, name in enumerate(
            ["Åse Berg", "Zenia Holm", "Ørn Lund", "Ærbø Kaj", "Aage Ny", "Anders And"]
        ):
            s.add(
                Case(
                    case_key=f"K{i}",
                    cpr=f"01018{i}-1234",
                    name=name,
                    name_sort=sort_key(name),
                    homeless=False,
                    substance_abuse=False,
                    mental_illness=False,
                    close_to_clarification=False,
                    priority=2,
                    status="ny",
                )
            )
    names = [r.name for r in CaseQueue(db).page(CaseFilter())]
    assert names == ["Anders And", "Zenia Holm", "Ærbø Kaj", "Ørn Lund", "Aage Ny", "Åse Berg"]


def test_broad_and_narrow_search_plans_agree(db, monkeypatch):
    build_demo(db, 600, seed=3)
    queue = CaseQueue(db)
    for text in ("a", "m", "jens", "an"):
        monkeypatch.setattr(queue_mod, "_INDEX_WALK_THRESHOLD", 10**9)
        sorted_plan = [r.id for r in all_rows(queue, CaseFilter(text=text))]
        monkeypatch.setattr(queue_mod, "_INDEX_WALK_THRESHOLD", 0)
        walk_plan = [r.id for r in all_rows(queue, CaseFilter(text=text))]
        assert sorted_plan == walk_plan and len(sorted_plan) == queue.count(CaseFilter(text=text))


def test_assignment_moves_new_cases_to_tildelt(demo_db):
    queue = CaseQueue(demo_db)
    new = queue.page(CaseFilter(statuses=frozenset({"ny"})), limit=3)
    assert assign(demo_db, [r.id for r in new], "sof-ab-05") == 3
    for row in new:
        again = queue.page(CaseFilter(text=row.case_key))[0]
        assert (again.status, again.assigned_reviewer) == ("tildelt", "sof-ab-05")


def test_status_change_enforces_the_flow(demo_db):
    from udsat_desktop.core.status import InvalidTransition

    row = CaseQueue(demo_db).page(CaseFilter(statuses=frozenset({"ny"})), limit=1)[0]
    with demo_db.session() as s, pytest.raises(InvalidTransition):
        change_status(s, row.id, CaseStatus.SIGNED)
