"""The summary separates description (part A, the forberedende del) from the taskforce's
assessment (part B); reviews started on the old templates still open, print and verify as
before (issue 17)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import random

import pypdf

from tests.queued import pdf_of
from udsat_desktop.core.consent import ConsentForm, ConsentStatus, StepOrganisation
from udsat_desktop.core.demo_content import CaseFacts, build_answers, filler
from udsat_desktop.flows.signing import sign_review
from udsat_desktop.platform.checklists import bundled_library
from udsat_desktop.reports.pdf import render_summary
from udsat_desktop.reports.signing import Verdict, trust_list, verify_pdf
from udsat_desktop.store.queue import CaseFilter, CaseQueue
from udsat_desktop.store.reviews.consents import record_consent
from udsat_desktop.store.reviews.next_steps import add_next_step
from udsat_desktop.store.reviews.review_flow import get_review, mark_ready, open_review, save_review
from udsat_desktop.store.reviews.summaries import summary_of
from udsat_desktop.sync.roster.pins import trust_dir

LIB = bundled_library()
# the parts' headings are the template's words (issue 30), not the code's
PART_A_TITLE = LIB.get("taskforce-gennemgang", "2026-12").vocabulary.summary_part("A").title
PART_B_TITLE = LIB.get("taskforce-gennemgang", "2026-12").vocabulary.summary_part("B").title
KEY_PASS = "nøgle-kode-1"


def text_of(pdf: bytes) -> str:
    return " ".join(
        " ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages).split()
    )


def ready_review(db, profile, day: dt.date, index: int = 0) -> int:
    case = CaseQueue(db).page(CaseFilter(statuses=frozenset({"ny"})), limit=index + 1)[index]
    review = open_review(db, case.id, profile.user_id, LIB, today=day)
    template = LIB.get(review.template_id, review.template_version)
    answers = build_answers(
        random.Random(index),
        template,
        day,
        ["Ida Holm"],
        CaseFacts("Sygedagpenge", 52, False, False),
    )
    answers[template.field_with_role("present_to_forum").id] = True
    for fld in template.all_fields():  # what "present to the forum" now requires
        if fld.is_required(answers) and fld.id not in answers:
            answers[fld.id] = filler(random.Random(1), fld, day)
    save_review(db, review.id, answers, profile.user_id, template=template)
    for section in template.sections:
        for purpose in section.consent_purposes:
            record_consent(
                db,
                case.id,
                purpose,
                ConsentStatus.GIVEN,
                day,
                ConsentForm.WRITTEN,
                profile.user_id,
                today=day,
            )
    add_next_step(
        db, case.id, "opfoelgningssamtale", StepOrganisation.BIF, profile.user_id, today=day
    )
    assert mark_ready(db, review.id, profile.user_id, template, today=day) == []
    return review.id


def test_part_a_describes_and_part_b_assesses(demo_db, profile):
    review_id = ready_review(demo_db, profile, dt.date(2026, 12, 1))
    review = get_review(demo_db, review_id)
    template = LIB.get(review.template_id, review.template_version)
    assert template.version == "2026-12"
    text = text_of(render_summary(summary_of(demo_db, review_id, template)))
    a, b = text.index(PART_A_TITLE), text.index(PART_B_TITLE)
    assert a < b
    part_a, part_b = text[a:b], text[b:]
    for section in template.sections:  # every section sits in its part, headed once
        if not section.applies(review.answers):  # a decision section, and no decision
            assert section.title not in text
            continue
        if section.part == "A":
            assert section.title in part_a and section.title not in part_b
        if section.part == "B":
            assert section.title in part_b and section.title not in part_a
    for label in (
        "Afklaringsretning",
        "Begrundelse",
        "Afvejet – helbred",
        "Anbefaling",
        "Sagen forelægges rehabiliteringsteamet",
    ):
        assert label in part_b and label not in part_a, label
    assert "ingen vurdering eller anbefaling" in part_a.lower()


def test_a_review_on_an_old_template_opens_prints_and_verifies_as_before(
    demo_db, profile, paths, monkeypatch, tmp_path
):
    review_id = ready_review(demo_db, profile, dt.date(2026, 3, 2), index=1)
    review = get_review(demo_db, review_id)
    assert review.template_version == "2026"  # kept, although 2026-12 applies today
    old = LIB.get("taskforce-gennemgang", "2026")
    summary = summary_of(demo_db, review_id, old)
    text = text_of(render_summary(summary))
    # no part headings on a template from before the split; its own words, in its own order
    assert PART_A_TITLE not in text and PART_B_TITLE not in text
    assert text.index("Samtykke") < text.index("Næste skridt") < text.index("Anbefaling")
    # the old template's own label, as its correction (rettelse 2, issue 30) has it
    assert "Helhedsorienteret plan (LAB § 40, stk. 3)" in text
    assert "skabelon 2026, rettelse 2" in text
    assert "Udveksling af oplysninger BIF ↔ SOF" in text
    item = sign_review(demo_db, paths, profile, LIB, review_id, KEY_PASS)
    (result,) = verify_pdf(pdf_of(demo_db, item), trust_list(trust_dir(paths)))
    assert result.verdict is Verdict.TRUSTED
    again = summary_of(demo_db, review_id, old)
    assert dataclasses.replace(again, status=summary.status).sections == summary.sections
    # taking a copy out with `udsat summary` is an access the citizen's log shows
    from tests.conftest import PASSPHRASE
    from udsat_desktop.cli import main
    from udsat_desktop.store import audit

    monkeypatch.setenv("UDSAT_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "kopi.pdf"
    assert (
        main(["summary", summary.case_key, "--out", str(out), "--data-dir", str(paths.data)]) == 0
    )
    assert out.read_bytes() == pdf_of(demo_db, item)
    case_id = review.case_id
    assert any(
        e.action == "export" and e.details.get("kind") == "summary"
        for e in audit.citizen_log(demo_db, case_id)
    )
