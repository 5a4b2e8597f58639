"""A review that leads to a decision (issue 30, item 5) is not ready to sign until partshøring
(date, form, comments or "ingen bemærkninger"), begrundelse and klagevejledning are recorded;
the hearing lies between the review's start and the signing day. A review that leads to no
decision is ready without them."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from tests.store.test_reviews import TEMPLATE, TODAY, complete_answers, give_all_consents
from udsat_desktop.core.consent import StepOrganisation
from udsat_desktop.platform.checklists import bundled_library
from udsat_desktop.store.models import Review
from udsat_desktop.store.queue import CaseFilter, CaseQueue
from udsat_desktop.store.reviews import unsignable_decisions
from udsat_desktop.store.reviews.next_steps import add_next_step
from udsat_desktop.store.reviews.review_flow import (
    mark_ready,
    open_review,
    readiness_problems,
    save_review,
    start_correction,
)
from udsat_desktop.store.reviews.signing import lock_signed

LIB = bundled_library()
RECORDS = (
    "partshoering_dato",
    "partshoering_form",
    "partshoering_ingen_bemaerkninger",
    "afgoerelse_begrundelse",
    "klagevejledning",
)


@pytest.fixture
def case_id(demo_db):
    return CaseQueue(demo_db).page(CaseFilter(statuses=frozenset({"ny"})), limit=1)[0].id


def prepared(db, user, case_id, answers):
    """A review with every other requirement met (consents, a next step) and `answers`."""
    review = open_review(db, case_id, user, LIB, today=TODAY)
    give_all_consents(db, case_id, user)
    add_next_step(db, case_id, "mentor", StepOrganisation.BIF, user, today=TODAY)
    save_review(db, review.id, answers, user, template=TEMPLATE)
    return review


def without_records() -> dict:
    return {k: v for k, v in complete_answers().items() if k not in RECORDS}


def test_a_decision_is_not_ready_without_its_records(demo_db, profile, case_id):
    user = profile.user_id
    review = prepared(demo_db, user, case_id, without_records())
    (problem,) = mark_ready(demo_db, review.id, user, TEMPLATE, today=TODAY)
    assert problem == (
        "Afgørelse: udfyld før underskrift: Partshøring: dato, Partshøring: form, "
        "Partshøring: borgerens bemærkninger, Begrundelse for afgørelsen, Klagevejledning"
    )
    assert demo_db.reader().execute(
        "SELECT status FROM review WHERE id = ?", (review.id,)
    ).fetchone() == ("kladde",)
    save_review(demo_db, review.id, complete_answers(), user, template=TEMPLATE)
    assert mark_ready(demo_db, review.id, user, TEMPLATE, today=TODAY) == []


@pytest.mark.parametrize(
    ("hearing", "said"),
    [
        (TODAY + dt.timedelta(days=1), "ligger efter underskriftsdagen (02.03.2026)"),
        (TODAY - dt.timedelta(days=1), "ligger før gennemgangens start (02.03.2026)"),
    ],
)
def test_a_hearing_outside_the_review_is_refused(demo_db, profile, case_id, hearing, said):
    user = profile.user_id
    answers = dict(complete_answers(), partshoering_dato=hearing.isoformat())
    review = prepared(demo_db, user, case_id, answers)
    (problem,) = mark_ready(demo_db, review.id, user, TEMPLATE, today=TODAY)
    assert problem.startswith("Afgørelse › Partshøring: dato: ") and problem.endswith(said)
    # on a later day a hearing dated after the review's start is fine
    if hearing > TODAY:
        assert mark_ready(demo_db, review.id, user, TEMPLATE, today=hearing) == []


def test_no_decision_needs_no_records(demo_db, profile, case_id):
    user = profile.user_id
    answers = dict(without_records(), afklaringsretning="Anden indsats", anden_indsats="Bolig")
    review = prepared(demo_db, user, case_id, answers)
    assert mark_ready(demo_db, review.id, user, TEMPLATE, today=TODAY) == []


def test_a_correction_keeps_the_hearing_of_the_version_it_corrects(demo_db, profile, case_id):
    user = profile.user_id
    review = prepared(demo_db, user, case_id, complete_answers())
    assert mark_ready(demo_db, review.id, user, TEMPLATE, today=TODAY) == []
    lock_signed(demo_db, review.id, user)
    later = TODAY + dt.timedelta(days=20)
    correction = start_correction(demo_db, review.id, user, "ny lægeattest", today=later)
    assert correction.review_date == later
    # the hearing (TODAY) was held for the first version: it still counts
    assert readiness_problems(demo_db, correction, TEMPLATE, today=later) == []


def test_a_ready_decision_without_records_is_listed_as_unsignable(demo_db, profile, case_id):
    """A review made ready before its template asked for the records (or whose records were
    removed behind the store's back) is named with what it lacks."""
    user = profile.user_id
    review = prepared(demo_db, user, case_id, complete_answers())
    assert mark_ready(demo_db, review.id, user, TEMPLATE, today=TODAY) == []
    assert unsignable_decisions(demo_db, LIB, TODAY) == []
    with demo_db.session() as s:
        row = s.get(Review, review.id)
        row.answers = json.dumps(without_records(), ensure_ascii=False)
    (refused,) = unsignable_decisions(demo_db, LIB, TODAY)
    assert refused.startswith(f"gennemgang {review.review_key}: Afgørelse: udfyld før")
    assert "Klagevejledning" in refused
