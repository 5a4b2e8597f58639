"""Legal bases as data (issue 30, item 6): a refused consent is recorded with the outcome its
template names (and the note it requires), the summary PDF prints both, the legal bases include
rsl § 11 a, stk. 2 (financial information without consent) and the basis for the CPR number
(databeskyttelsesloven § 11), and the citizen's access log states it. Read with pdftotext."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest

from tests.reports.test_summary_content import pages_text
from udsat_desktop.core.consent import ConsentForm, ConsentStatus
from udsat_desktop.platform.checklists import bundled_library
from udsat_desktop.reports.pdf import render_summary
from udsat_desktop.store import audit
from udsat_desktop.store.errors import StoreError
from udsat_desktop.store.reviews import latest_consents
from udsat_desktop.store.reviews.consents import record_consent
from udsat_desktop.store.reviews.review_flow import open_review, start_review
from udsat_desktop.store.reviews.summaries import summary_of

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils missing")
LIB = bundled_library()
DAY = dt.date(2026, 12, 7)
NOTE = "Borgeren ønsker ikke, at lægen kontaktes."


def _review(db, profile):
    case_id = db.reader().execute('SELECT id FROM "case" ORDER BY id LIMIT 1').fetchone()[0]
    review = open_review(db, case_id, profile.user_id, LIB, today=DAY)
    template = LIB.find(review.template_id, review.template_version)
    assert template is not None and template.vocabulary.cpr_basis == "cpr_nummer"
    return case_id, start_review(db, review, profile.user_id).id, template


def test_a_refusal_without_its_note_is_refused_and_with_it_printed(demo_db, profile, tmp_path):
    case_id, review_id, template = _review(demo_db, profile)
    args = (demo_db, case_id, "helbredsoplysninger", ConsentStatus.REFUSED, DAY)
    with pytest.raises(StoreError, match="skal en note sige"):
        record_consent(*args, ConsentForm.ORAL, profile.user_id, template=template)
    assert latest_consents(demo_db, case_id) == {}
    record_consent(*args, ConsentForm.ORAL, profile.user_id, note=NOTE, template=template)
    # a refusal the template names no consequence for needs no note
    record_consent(
        demo_db,
        case_id,
        "helhedsorienteret_plan",
        ConsentStatus.WITHDRAWN,
        DAY,
        ConsentForm.WRITTEN,
        profile.user_id,
        template=template,
    )
    records = latest_consents(demo_db, case_id)
    assert records["helbredsoplysninger"].outcome.endswith("(retssikkerhedsloven § 11 b)")
    assert records["helhedsorienteret_plan"].outcome.startswith("Der udarbejdes ingen")
    (entry, *_) = audit.query(demo_db, action="consent.change")
    assert entry.details["template"] == template.key

    summary = summary_of(demo_db, review_id, template)
    assert summary.extra["consent_refusals"]["helbredsoplysninger"]["note"] == NOTE
    flat = " ".join("\n".join(pages_text(render_summary(summary), tmp_path)).split())
    consents = flat.split("Samtykke")[-1]
    assert "Afvist" in consents and "Tilbagekaldt" in consents
    assert (
        "Følge af afslaget: Oplysningerne indhentes ikke; sagen afgøres på de oplysninger, der "
        "foreligger (retssikkerhedsloven § 11 b). Note: " + NOTE
    ) in consents
    # the flows on a legal basis: financial information without consent, and the CPR number
    assert "Indhentning af økonomiske oplysninger fra andre myndigheder" in consents
    assert "retssikkerhedsloven § 11 a, stk. 2" in consents
    assert "CPR-nummer" in consents and "databeskyttelsesloven § 11" in consents


def test_the_access_log_states_the_basis_for_the_cpr_number(demo_db, profile, tmp_path):
    case_id, _review_id, template = _review(demo_db, profile)
    record_consent(
        demo_db,
        case_id,
        "helbredsoplysninger",
        ConsentStatus.GIVEN,
        DAY,
        ConsentForm.WRITTEN,
        profile.user_id,
        template=template,
    )
    from udsat_desktop.reports.access_log import render_access_log

    data = audit.access_log(demo_db, case_id, profile.user_id)
    assert "databeskyttelsesloven § 11" in data.cpr_basis
    flat = " ".join("\n".join(pages_text(render_access_log(data), tmp_path)).split())
    assert "CPR-nummer" in flat and "databeskyttelsesloven § 11" in flat
    # the consent is named in the words of the template it was recorded under
    assert "Indhentning af oplysninger fra læger, sygehuse og arbejdsgivere" in flat
