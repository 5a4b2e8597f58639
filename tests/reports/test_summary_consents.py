"""The summary PDF's consents: every registered consent with its expiry date, the information
flows that rest on a legal basis instead (BIF–SOF exchange, the sundhedskoordinator's advice),
and "–" in an empty table cell as in an empty field. Read back with poppler's `pdftotext`."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil

import pytest

from tests.reports.test_summary_content import pages_text
from udsat_desktop.core.consent import ConsentForm, ConsentStatus
from udsat_desktop.core.summary import sections_from_answers
from udsat_desktop.platform.checklists import bundled_library
from udsat_desktop.reports.pdf import render_summary
from udsat_desktop.store.reviews.consents import record_consent
from udsat_desktop.store.reviews.review_flow import open_review, start_review
from udsat_desktop.store.reviews.summaries import summary_of

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils missing")
LIB = bundled_library()
TEMPLATE = ("taskforce-gennemgang", "2026-12")


def test_consents_legal_bases_expiry_and_empty_cells_are_printed(demo_db, profile, tmp_path):
    case_id = demo_db.reader().execute('SELECT id FROM "case" ORDER BY id LIMIT 1').fetchone()[0]
    # a review on the template in force from December 2026, which names the flows
    review = open_review(demo_db, case_id, profile.user_id, LIB, today=dt.date(2026, 12, 7))
    assert (review.template_id, review.template_version) == TEMPLATE
    review_id = start_review(demo_db, review, profile.user_id).id
    record_consent(
        demo_db,
        case_id,
        "sundhedskoordinator_laege",
        ConsentStatus.GIVEN,
        dt.date(2026, 11, 2),
        ConsentForm.WRITTEN,
        profile.user_id,
        expires=dt.date(2027, 11, 1),
    )
    template = LIB.get(*TEMPLATE)
    summary = summary_of(demo_db, review_id, template)
    answers = {
        "ingen_observationer": False,
        "observationer": [
            {"kilde": "Mentor", "kilde_navn": "Ida Holm", "dato": "2026-10-01", "observation": "x"}
        ],
    }
    observed = sections_from_answers(template, answers)
    summary = dataclasses.replace(summary, sections=observed)
    flat = " ".join("\n".join(pages_text(render_summary(summary), tmp_path)).split())
    consents = flat.split("Samtykke")[-1]
    # the consent with its expiry date, under its own column
    assert "Udløber" in consents
    assert "Sundhedskoordinatorens kontakt til egen læge" in consents
    assert "01.11.2027" in consents and "02.11.2026" in consents
    # the flows that need no consent, each with its legal basis
    assert "Behandling med hjemmel i loven (kræver ikke samtykke)" in consents
    assert "Udveksling af oplysninger mellem BIF og SOF" in consents
    assert "Behandling som led i myndighedsudøvelse" in consents
    assert "Sundhedskoordinatorens sundhedsfaglige rådgivning" in consents
    assert "Lovpligtig sundhedsfaglig rådgivning" in consents
    # the observation's empty cells ("Hvilken anden kilde?", "Livsområder", "Støttebehov")
    rows = [s for s in observed for t in s.tables if t.title == "Observationer"]
    table = next(t for t in rows[0].tables if t.title == "Observationer")
    assert table.rows[0].count("–") >= 2 and "" not in table.rows[0]
    observations = flat.split("Observationer")[1]
    assert "Mentor – Ida Holm" in observations or "Mentor –" in observations


def test_legal_basis_rows_come_from_the_template(demo_db, profile):
    from udsat_desktop.core.summary import legal_basis_rows

    template = LIB.get(*TEMPLATE)
    rows = dict(legal_basis_rows(template))
    flows = [f for f in rows if "BIF og SOF" in f]
    assert flows and "art. 6" in rows[flows[0]]
    assert any("Sundhedskoordinator" in f for f in rows)
