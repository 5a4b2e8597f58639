"""Dashboard figures against figures computed independently from the test data, and the
management workbook round trip."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter

import openpyxl
import pytest

from udsat_desktop.core.progress import DashboardFilter
from udsat_desktop.flows.signing import sign_ready
from udsat_desktop.flows.workbook import write_workbook
from udsat_desktop.platform.checklists import bundled_library
from udsat_desktop.store.dashboard import figures
from udsat_desktop.store.demo_reviews import build_demo_reviews
from udsat_desktop.store.meetings import add_case, candidates, create_meeting, record_outcome

LIB = bundled_library()
TODAY = dt.date(2026, 11, 24)
# tilskud til selvstændigt erhvervsdrivende counts with fleksjob (LAB kap. 20; issue 17)
MAP = {
    "Førtidspension": "Førtidspension",
    "Fleksjob": "Fleksjob",
    "Tilskud til selvstændig": "Fleksjob",
    "Tilskud til selvstændigt erhvervsdrivende (LAB kap. 20)": "Fleksjob",
    "Job eller uddannelse": "Job eller uddannelse",
}


@pytest.fixture
def data(demo_db, profile, paths):
    build_demo_reviews(demo_db, 30, profile.user_id, LIB, seed=81)
    sign_ready(demo_db, paths, profile, LIB, "nøgle-kode-1", workers=1)
    meeting = dt.date(2026, 12, 1)
    create_meeting(demo_db, profile, meeting, "09:00", "Jobcenter", {})
    first = candidates(demo_db)[0]
    add_case(demo_db, profile, meeting, first)
    record_outcome(demo_db, profile, meeting, first.case_key, "Førtidspension", {}, False)
    return first.case_key


def independent(db, case_key_team: str, unit: str | None = None) -> dict:
    con = db.reader()
    cases = {
        cid: (key, status, u, close)
        for cid, key, status, u, close in con.execute(
            'SELECT id, case_key, status, jobcenter_unit, close_to_clarification FROM "case"'
        )
        if unit is None or u == unit
    }
    reviewed, latest = set(), {}
    for cid, version, answers in con.execute(
        "SELECT case_id, version, answers FROM review WHERE status = 'underskrevet'"
    ):
        if cid in cases:
            reviewed.add(cid)
            if version >= latest.get(cid, (0, None))[0]:
                latest[cid] = (version, json.loads(answers).get("afklaringsretning"))
    outcomes = Counter()
    for cid, (_v, direction) in latest.items():
        if cases[cid][0] == case_key_team:
            direction = "Førtidspension"
        outcomes[MAP.get(direction, "Fortsat indsats")] += 1
    overdue = sum(
        1
        for cid, status, deadline in con.execute("SELECT case_id, status, deadline FROM next_step")
        if cid in cases and status == "aaben" and deadline and deadline < TODAY.isoformat()
    )
    steps = sum(1 for (cid,) in con.execute("SELECT case_id FROM next_step") if cid in cases)
    by_org, overdue_by_org = Counter(), Counter()  # the labels as the dashboard shows them
    for cid, org, status, deadline in con.execute(
        "SELECT case_id, organisation, status, deadline FROM next_step"
    ):
        if cid in cases:
            label = "Borger" if org == "borger" else org
            by_org[label] += 1
            if status == "aaben" and deadline and deadline < TODAY.isoformat():
                overdue_by_org[label] += 1
    return {
        "cases": len(cases),
        "reviewed": len(reviewed),
        "outcomes": outcomes,
        "overdue": overdue,
        "steps": steps,
        "steps_by_org": dict(by_org),
        "overdue_by_org": dict(overdue_by_org),
        "close": sum(1 for c in cases.values() if c[3]),
        "status": Counter(c[1] for c in cases.values()),
    }


def test_figures_equal_an_independent_count(demo_db, data):
    expected = independent(demo_db, data)
    figs = figures(demo_db, today=TODAY)
    assert figs.cases == expected["cases"]
    assert figs.reviewed == expected["reviewed"] > 0
    assert sum(figs.by_status.values()) == expected["cases"]
    assert figs.overdue == expected["overdue"]
    assert sum(figs.steps_by_type.values()) == expected["steps"]
    assert figs.steps_by_org == expected["steps_by_org"] and len(figs.steps_by_org) > 1
    assert figs.overdue_by_org == expected["overdue_by_org"]
    for name in ("Førtidspension", "Fleksjob", "Job eller uddannelse", "Fortsat indsats"):
        assert figs.outcomes[name] == expected["outcomes"][name], name
    assert figs.outcomes["Tæt på afklaring ved start"] == expected["close"]
    assert figs.outcomes["Forelagt rehabiliteringsteamet"] == 1
    assert sum(figs.per_reviewer.values()) == expected["reviewed"]
    assert figs.progress and figs.progress[-1][1] == pytest.approx(
        expected["reviewed"] / expected["cases"]
    )
    shares = [share for _month, share in figs.progress]
    assert shares == sorted(shares)  # cumulative


def test_unit_filter(demo_db, data):
    unit = (
        demo_db.reader()
        .execute('SELECT jobcenter_unit FROM "case" WHERE jobcenter_unit IS NOT NULL LIMIT 1')
        .fetchone()[0]
    )
    expected = independent(demo_db, data, unit)
    figs = figures(demo_db, DashboardFilter(unit=unit), today=TODAY)
    assert (figs.cases, figs.reviewed, figs.overdue) == (
        expected["cases"],
        expected["reviewed"],
        expected["overdue"],
    )
    assert figs.steps_by_org == expected["steps_by_org"]  # steps of the unit's cases only
    assert figs.overdue_by_org == expected["overdue_by_org"]


def test_workbook_round_trips_without_personal_data(demo_db, data, tmp_path):
    # a hostile value in a field the workbook shows must stay text
    demo_db.reader().execute(
        'UPDATE "case" SET jobcenter_unit = \'=HYPERLINK("http://x")\' WHERE id = 1'
    )
    path = tmp_path / "rapport.xlsx"
    figs = write_workbook(demo_db, path, today=TODAY)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == [
        "Overblik",
        "Fremdrift",
        "Status",
        "Udfald",
        "Næste skridt",
        "Ansvarlig",
        "Medarbejdere",
        "Sager",
    ]
    overview = {r[0]: r[1] for r in wb["Overblik"].iter_rows(values_only=True)}
    assert overview["Sager i målgruppen"] == figs.cases
    assert overview["Gennemgået"] == figs.reviewed
    assert {
        r[0]: r[1] for r in wb["Udfald"].iter_rows(min_row=2, values_only=True)
    } == figs.outcomes
    cases = wb["Sager"]
    assert cases.max_row - 1 == figs.cases
    assert cases["G1"].value == "Seneste gennemgang"
    dated = [c for c in cases["G"][1:] if c.value is not None]
    assert dated and all(c.number_format == "dd.mm.yyyy" for c in dated)
    for row in cases.iter_rows(min_row=2):
        for cell in row:
            assert cell.data_type != "f", "no live formula in the export"
    hostile = [c for c in cases["C"] if c.value == '=HYPERLINK("http://x")']
    assert hostile and hostile[0].data_type == "s"
    text = "\n".join(str(c.value) for ws in wb for row in ws.iter_rows() for c in row)
    for cpr, name in demo_db.reader().execute('SELECT cpr, name FROM "case" LIMIT 200'):
        assert cpr not in text and name not in text
