from __future__ import annotations

from collections import Counter

from udsat_desktop.core.cpr import parse_cpr
from udsat_desktop.store.case_facts import stats
from udsat_desktop.store.demo import build_demo, demo_team, generate_cases
from udsat_desktop.store.queue import CaseFilter, CaseQueue, reviewer_labels


def test_demo_cases_are_plausible():
    rows = list(generate_cases(3000, seed=5))
    cprs = [parse_cpr(r["cpr"]) for r in rows]  # every CPR has a real date
    assert len({c.number for c in cprs}) == 3000
    males = sum(c.is_male for c in cprs)
    assert 1350 < males < 1650  # gender parity
    close = sum(r["close_to_clarification"] for r in rows) / len(rows)
    assert 0.31 < close < 0.39  # ~35 % tæt på afklaring
    benefits = Counter(r["benefit_type"] for r in rows)
    assert benefits.most_common(1)[0][0] == "Kontanthjælp, aktivitetsparat"
    assert all(80 <= r["unemployment_pct"] <= 100 for r in rows)
    assert len({r["jobcenter_unit"] for r in rows}) == 6


def test_demo_is_deterministic_per_seed():
    a = [r["cpr"] for r in generate_cases(50, seed=9)]
    b = [r["cpr"] for r in generate_cases(50, seed=9)]
    assert a == b


def test_build_demo_fills_store_and_team(db):
    assert build_demo(db, 250) == 250
    assert stats(db)["cases"] == 250
    labels = reviewer_labels(db)
    assert {m.user_id for m in demo_team()} <= set(labels)
    assigned = {r.assigned_reviewer for r in CaseQueue(db).page(CaseFilter(), limit=250)}
    assert assigned - {None} <= set(labels)
