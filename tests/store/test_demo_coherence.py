"""Demo data never contradicts itself or the law in force (issue 17, item 7)."""

from __future__ import annotations

import datetime as dt
import json

from udsat_desktop.core.cpr import parse_cpr
from udsat_desktop.core.demo_content import HISTORY
from udsat_desktop.platform.checklists import bundled_library
from udsat_desktop.store.demo import generate_cases
from udsat_desktop.store.demo_reviews import build_demo_reviews

LIB = bundled_library()


def test_no_uddannelseshjaelp_on_a_target_list_after_july_2025():
    rows = list(generate_cases(3000, seed=5))
    assert not [r for r in rows if "uddannelseshjælp" in r["benefit_type"].lower()]
    assert min(r["start_date"] for r in rows) >= dt.date(2025, 5, 1)


def test_demo_reviews_are_coherent(demo_db, profile):
    build_demo_reviews(demo_db, 60, profile.user_id, LIB, seed=17, all_ready=True)
    rows = (
        demo_db.reader()
        .execute(
            "SELECT r.template_id, r.template_version, r.review_date, r.answers, c.benefit_type, "
            'c.cpr, r.status FROM review r JOIN "case" c ON c.id = r.case_id'
        )
        .fetchall()
    )
    assert len(rows) == 60
    seen_directions = set()
    for template_id, version, day, answers, benefit, cpr, status in rows:
        assert status == "klar", (version, answers)  # every one passes the readiness rules
        template = LIB.get(template_id, version)
        a = json.loads(answers)
        direction = a.get("afklaringsretning")
        seen_directions.add(direction)
        assert direction not in ("Indsats under sygedagpenge", "Nyt jobafklaringsforløb")
        if direction == "Indsats under jobafklaringsforløb":
            assert benefit == "Jobafklaringsforløb"
        if direction == "Ressourceforløb":
            assert dt.date.fromisoformat(day) < dt.date(2026, 2, 1)
        if template.outcome_of(direction) == "foertidspension":
            born = parse_cpr(cpr).birth_date
            assert (dt.date.fromisoformat(day) - born).days >= 40 * 365
        # capacity, horizon and development agree
        no_growth = a["tidshorisont"] == "Ingen forventet udvikling"
        if no_growth:
            assert "kan øges" not in a["udviklingsmuligheder"]
        if a["udviklingsmuligheder"].startswith("Ingen forventet udvikling"):
            assert no_growth
        if a["tidshorisont"] in ("Under 6 måneder", "6–12 måneder", "1–2 år"):
            assert "Ingen forventet" not in a["udviklingsmuligheder"]
        # presented to the forum: a LÆ 265 in the case or a recorded reason
        if a.get("forelaeg_rehab"):
            assert any(d.startswith("LÆ 265") for d in a.get("dokumentation", [])) or a.get(
                "laege_265_begrundelse"
            )
        assert a["forsoergelseshistorik"] == HISTORY[benefit]
    assert len(seen_directions) >= 3
