"""Errata (issue 30): a corrected revision of a template version reaches an unsigned review on
its next opening, the reviewer is told what changed and which answer was removed, and the PDF
footer names the revision; a signed review keeps its revision and its signed bytes."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json

import pypdf
import pytest

from tests.queued import pdf_of
from udsat_desktop.core.checklist.library import TemplateLibrary
from udsat_desktop.core.checklist.model import DEFAULT_TEMPLATE
from udsat_desktop.core.consent import ConsentForm, ConsentStatus
from udsat_desktop.flows.signing import sign_review
from udsat_desktop.platform.checklists import bundled_library
from udsat_desktop.reports.errors import SigningError
from udsat_desktop.reports.pdf import render_summary
from udsat_desktop.store.demo_reviews import build_demo_reviews
from udsat_desktop.store.models import Review
from udsat_desktop.store.queue import CaseFilter, CaseQueue
from udsat_desktop.store.reviews.consents import record_consent
from udsat_desktop.store.reviews.errata import apply_errata
from udsat_desktop.store.reviews.review_flow import get_review, open_review, save_review
from udsat_desktop.store.reviews.state import DRAFT, READY, SIGNED
from udsat_desktop.store.reviews.summaries import summary_of

LIB = bundled_library()
# the library as installed before rettelse 2 shipped: every version as first issued
BEFORE = TemplateLibrary([t for t in LIB.templates if t.revision == 1])
DAY = dt.date(2026, 3, 2)
KEY_PASS = "nøgle-kode-1"


def text_of(pdf: bytes) -> str:
    return " ".join(
        " ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages).split()
    )


def audit_actions(db, case_id: int) -> list[str]:
    rows = db.reader().execute(
        "SELECT action FROM audit_log WHERE case_id = ? ORDER BY id", (case_id,)
    )
    return [r[0] for r in rows]


@pytest.fixture
def open_2026_review(demo_db, profile):
    """A 2026 review started before the correction, with an answer it removes and the consent
    whose reference it corrects."""
    case = CaseQueue(demo_db).page(CaseFilter(statuses=frozenset({"ny"})), limit=1)[0]
    draft = open_review(demo_db, case.id, profile.user_id, BEFORE, today=DAY)
    assert (draft.template_version, draft.template_revision) == ("2026", 1)
    first = BEFORE.get(DEFAULT_TEMPLATE, "2026")
    save_review(
        demo_db,
        draft.id,
        {"timer_pr_uge": 12.0, "afklaringsretning": "Nyt jobafklaringsforløb"},
        profile.user_id,
        template=first,
    )
    record_consent(
        demo_db,
        case.id,
        "helhedsorienteret_plan",
        ConsentStatus.GIVEN,
        DAY,
        ConsentForm.WRITTEN,
        profile.user_id,
        today=DAY,
    )
    return case, draft


def test_an_open_2026_review_gets_the_corrected_reference_and_is_told(
    demo_db, profile, open_2026_review
):
    case, draft = open_2026_review
    first = BEFORE.get(DEFAULT_TEMPLATE, "2026")
    before = text_of(render_summary(summary_of(demo_db, draft.id, first)))
    assert "Helhedsorienteret plan (LAB § 46)" in before and "rettelse" not in before

    reopened = open_review(demo_db, case.id, profile.user_id, LIB, today=dt.date(2026, 12, 7))
    assert (reopened.template_version, reopened.template_revision) == ("2026", 2)
    notice = reopened.errata_notice
    assert notice is not None and (notice.from_revision, notice.to_revision) == (1, 2)
    told = " ".join(notice.lines())
    assert "rettelse 2" in told and "LAB § 40, stk. 3" in told
    assert "Afklaringsretning: »Nyt jobafklaringsforløb«" in told  # the removed answer, named
    # the removed choice is gone, the rest of the answers stay
    assert reopened.answers == {"timer_pr_uge": 12.0}
    assert reopened.status == DRAFT
    assert "review.errata" in audit_actions(demo_db, case.id)

    corrected = LIB.get(DEFAULT_TEMPLATE, "2026", reopened.template_revision)
    pdf_text = text_of(render_summary(summary_of(demo_db, draft.id, corrected)))
    assert "Helhedsorienteret plan (LAB § 40, stk. 3)" in pdf_text
    assert "LAB § 46" not in pdf_text
    assert "skabelon 2026, rettelse 2" in pdf_text  # the footer names the revision

    # opened again: nothing is applied twice, and the reviewer is still told until signing
    again = open_review(demo_db, case.id, profile.user_id, LIB)
    assert again.template_revision == 2 and again.errata_notice == notice
    assert audit_actions(demo_db, case.id).count("review.errata") == 1


def test_a_signed_review_keeps_its_revision_and_its_bytes(demo_db, profile, paths):
    build_demo_reviews(demo_db, 2, profile.user_id, BEFORE, seed=5, all_ready=True)
    rid, case_id, key = (
        demo_db.reader()
        .execute("SELECT id, case_id, review_key FROM review WHERE status = ?", (READY,))
        .fetchone()
    )
    sign_review(demo_db, paths, profile, BEFORE, rid, KEY_PASS)
    signed = pdf_of(demo_db, key)
    assert "rettelse" not in text_of(signed)

    state = open_review(demo_db, case_id, profile.user_id, LIB)  # opened after the correction
    assert state.status == SIGNED and state.template_revision == 1
    assert state.errata_notice is None
    assert get_review(demo_db, rid).answers == state.answers
    assert pdf_of(demo_db, key) == signed  # the stored signed bytes, unchanged


def test_a_ready_review_is_not_signed_on_an_old_revision(demo_db, profile, paths):
    build_demo_reviews(demo_db, 2, profile.user_id, BEFORE, seed=5, all_ready=True)
    rid = demo_db.reader().execute("SELECT id FROM review WHERE status = ?", (READY,)).fetchone()
    with pytest.raises(SigningError, match="rettet"):
        sign_review(demo_db, paths, profile, LIB, rid[0], KEY_PASS)
    assert get_review(demo_db, rid[0]).status == READY  # nothing signed, nothing changed


def test_a_removed_answer_sends_a_ready_review_back_to_draft(demo_db, profile):
    build_demo_reviews(demo_db, 2, profile.user_id, BEFORE, seed=5, all_ready=True)
    rid = demo_db.reader().execute("SELECT id FROM review WHERE status = ?", (READY,)).fetchone()[0]
    review = get_review(demo_db, rid)
    first = BEFORE.get(review.template_id, review.template_version)
    # the ready review's recommendation is one the correction removes
    with demo_db.session() as s:
        row = s.get(Review, rid)
        answers = {**review.answers, "afklaringsretning": "Indsats under sygedagpenge"}
        row.answers = json.dumps(answers, ensure_ascii=False)
    assert first.revision == 1
    state = apply_errata(demo_db, rid, profile.user_id, LIB)
    assert state.status == DRAFT and state.template_revision == 2
    assert state.errata_notice is not None
    assert state.errata_notice.removed == ("Afklaringsretning: »Indsats under sygedagpenge«",)
    assert "afklaringsretning" not in state.answers


def test_a_review_without_a_newer_revision_is_left_alone(demo_db, profile):
    case = CaseQueue(demo_db).page(CaseFilter(statuses=frozenset({"ny"})), limit=1)[0]
    draft = open_review(demo_db, case.id, profile.user_id, LIB, today=dt.date(2026, 12, 5))
    assert (draft.template_version, draft.template_revision) == ("2026-12", 2)  # the newest
    again = open_review(demo_db, case.id, profile.user_id, LIB)
    assert again.errata_notice is None and dataclasses.replace(again, updated_at=None) == (
        dataclasses.replace(draft, updated_at=None)
    )
