"""Synthetic, plausible reviews for demo data: Danish text, observations, consents, steps.

Built through the same functions the review screen uses, so every rule (consent gating,
readiness, audit) holds for demo data too.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

from udsat_desktop.core.checklist.library import TemplateLibrary
from udsat_desktop.core.consent import ConsentForm, ConsentStatus, StepOrganisation
from udsat_desktop.core.cpr import birth_date
from udsat_desktop.core.demo_content import CaseFacts, build_answers, demo_steps
from udsat_desktop.store.db import Database
from udsat_desktop.store.queue import CaseFilter, CaseQueue
from udsat_desktop.store.reviews.consents import record_consent
from udsat_desktop.store.reviews.next_steps import add_next_step
from udsat_desktop.store.reviews.review_flow import mark_ready, open_review, save_review
from udsat_desktop.store.reviews.state import StepBlocked


def _age(cpr: str, on: dt.date) -> int:
    try:
        born = birth_date(cpr.replace("-", ""))
    except ValueError:
        return 40
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def build_demo_reviews(
    db: Database,
    count: int,
    user_id: str,
    library: TemplateLibrary,
    *,
    seed: int = 3,
    progress: Callable[[int, int], None] | None = None,
    all_ready: bool = False,
) -> tuple[int, int]:
    """Create `count` complete reviews (half of them, or with `all_ready` all of them, ready
    to sign); returns (made, ready)."""
    from faker import Faker

    rng = random.Random(seed)
    fake = Faker("da_DK")
    fake.seed_instance(seed)
    names = [f"{fake.first_name()} {fake.last_name()}" for _ in range(40)]
    queue = CaseQueue(db)
    candidates = queue.page(CaseFilter(statuses=frozenset({"ny", "tildelt"})), limit=count)
    made = ready = 0
    for i, row in enumerate(candidates):
        review_date = dt.date(2025, 6, 1) + dt.timedelta(days=rng.randrange(500))
        review = open_review(db, row.id, user_id, library, today=review_date)
        template = library.get(
            review.template_id, review.template_version, review.template_revision
        )
        case = CaseFacts(
            row.benefit_type, _age(row.cpr, review_date), row.substance_abuse, row.homeless
        )
        answers = build_answers(rng, template, review_date, names, case)
        save_review(
            db, review.id, answers, user_id, template=template, section=template.sections[-1].id
        )
        purposes = [p for section in template.sections for p in section.consent_purposes]
        for purpose_id in purposes:
            purpose = template.vocabulary.consent(purpose_id)
            written = (purpose is not None and purpose.written_required) or rng.random() < 0.5
            status = ConsentStatus.GIVEN if rng.random() < 0.9 else ConsentStatus.REFUSED
            record_consent(
                db,
                row.id,
                purpose_id,
                status,
                review_date,
                ConsentForm.WRITTEN if written else ConsentForm.ORAL,
                user_id,
                today=review_date,
                library=library,
            )
        for step, org in demo_steps(rng, template, answers, case, review_date):
            try:
                add_next_step(
                    db,
                    row.id,
                    step,
                    StepOrganisation(org),
                    user_id,
                    person=rng.choice(names),
                    deadline=review_date + dt.timedelta(days=rng.choice((14, 30, 60))),
                    review_id=review.id,
                    today=review_date,
                    library=library,
                )
            except StepBlocked:  # a refused consent blocks the step, as it would for a user
                continue
        made += 1
        if (all_ready or i % 2 == 0) and not mark_ready(
            db, review.id, user_id, template, today=review_date
        ):
            ready += 1
        if progress:
            progress(made, count)
    return made, ready
