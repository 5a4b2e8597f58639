"""Synthetic demo data: a realistic queue of invented people (Faker `da_DK`).

Never real people: names come from Faker, CPR numbers are synthesised with a real date part,
a correct century digit and sex digit, mostly modulus-11 valid.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from udsat_desktop.core.cpr import synthetic_cpr
from udsat_desktop.core.danish import sort_key
from udsat_desktop.core.demo_content import (
    ABUSE_WORDS,
    BENEFITS,
    HOMELESS_WORDS,
    MENTAL_WORDS,
    NOTES,
)
from udsat_desktop.core.status import TARGET_GROUP_SIZE, CaseStatus, Organisation, Priority
from udsat_desktop.store.bulk import insert_cases
from udsat_desktop.store.cases import new_case_key
from udsat_desktop.store.db import Database
from udsat_desktop.store.importer import paused_gc
from udsat_desktop.store.models import Case, ImportBatch, Reviewer, utcnow
from udsat_desktop.store.queue import CaseFilter, CaseQueue

DEFAULT_CASES = TARGET_GROUP_SIZE
# the statuses a demo review starts on (`store.demo_reviews.build_demo_reviews`)
REVIEWABLE = frozenset({CaseStatus.NEW, CaseStatus.ASSIGNED})
UNITS = ("JC Amager", "JC Bispebjerg", "JC GKL", "JC Nørrebro", "JC Valby", "JC Vesterbro")


@dataclass(frozen=True)
class DemoReviewer:
    user_id: str
    name: str
    initials: str
    organisation: Organisation


def demo_team(seed: int = 7) -> list[DemoReviewer]:
    """The taskforce as in DOMAIN.md §1: 5 BIF reviewers, 2 SOF reviewers, 1 from the Region."""
    from faker import Faker

    fake = Faker("da_DK")
    fake.seed_instance(seed)
    team = []
    for i, org in enumerate(
        [Organisation.BIF] * 5 + [Organisation.SOF] * 2 + [Organisation.REGION]
    ):
        first, last = fake.first_name_nonbinary(), fake.last_name()
        initials = (first[0] + last[:2]).upper()
        team.append(
            DemoReviewer(
                f"{org.value.lower()}-{initials.lower()}-{i:02d}", f"{first} {last}", initials, org
            )
        )
    return team


def _birth_date(rng: random.Random, today: dt.date) -> dt.date:
    age = rng.choices(range(25, 66), weights=[1 + (a > 35) + (a > 45) for a in range(25, 66)])[0]
    return today - dt.timedelta(days=age * 365 + rng.randrange(365))


def generate_cases(
    n: int, *, seed: int = 2737, today: dt.date | None = None, reviewable: bool = False
) -> Iterator[dict[str, Any]]:
    """Rows for the `case` table (without ids, keys and batch). With `reviewable` every case
    is one a review can start on (new or assigned; none paused or settled)."""
    today = today or dt.date(2025, 5, 1)
    from faker import Faker
    from faker.providers.person.da_DK import Provider as DanishNames

    rng = random.Random(seed)
    fake = Faker("da_DK")
    fake.seed_instance(seed)
    team = demo_team()
    reviewers = [r.user_id for r in team if r.organisation is not Organisation.REGION]
    # Faker's own name lists, drawn with our seeded generator: 100,000 names in a blink.
    males, females = list(DanishNames.first_names_male), list(DanishNames.first_names_female)
    lasts = list(DanishNames.last_names)

    def person() -> str:
        first = rng.choice(males if rng.random() < 0.3 else females)
        return f"{first} {rng.choice(lasts)}"

    caseworkers = [person() for _ in range(max(12, n // 60))]
    sof_contacts = [person() for _ in range(max(4, n // 200))]
    benefit_names = [b for b, _ in BENEFITS]
    benefit_weights = [w for _, w in BENEFITS]
    seen: set[str] = set()
    for _ in range(n):
        male = rng.random() < 0.5
        first = rng.choice(males if male else females)
        last = rng.choice(lasts)
        if rng.random() < 0.08:
            last = f"{rng.choice(lasts)}-{last}"
        name = f"{first} {last}"
        while True:
            cpr = synthetic_cpr(rng, _birth_date(rng, today), male=male)
            if cpr not in seen:
                seen.add(cpr)
                break
        note = rng.choice(NOTES)
        folded = (note or "").casefold()
        start = dt.date(2025, 5, 1) + dt.timedelta(days=rng.randrange(200))
        status_roll = rng.random()
        reviewer = rng.choice(reviewers) if status_roll < 0.45 else None
        if status_roll < 0.40:
            status = CaseStatus.ASSIGNED
        elif status_roll < 0.45:
            status = CaseStatus.PAUSED
        elif status_roll < 0.50:
            status = CaseStatus.RESOLVED
        else:
            status = CaseStatus.NEW
        if reviewable and status not in REVIEWABLE:
            status, reviewer = CaseStatus.NEW, None
        now = utcnow()
        yield {
            "cpr": cpr,
            "name": name,
            "name_sort": sort_key(name),
            "benefit_type": rng.choices(benefit_names, benefit_weights)[0],
            "unemployment_pct": float(min(100, 80 + int(rng.betavariate(2, 1.2) * 21))),
            "caseworker": rng.choice(caseworkers),
            "jobcenter_unit": rng.choice(UNITS),
            "sof_contact": rng.choice(sof_contacts) if rng.random() < 0.4 else None,
            "homeless": any(w in folded for w in HOMELESS_WORDS) or rng.random() < 0.05,
            "substance_abuse": any(w in folded for w in ABUSE_WORDS) or rng.random() < 0.12,
            "mental_illness": any(w in folded for w in MENTAL_WORDS) or rng.random() < 0.30,
            "close_to_clarification": rng.random() < 0.35,
            "priority": int(rng.choices(list(Priority), (20, 65, 15))[0]),
            "status": status.value,
            "assigned_reviewer": reviewer,
            "deadline": start + dt.timedelta(days=rng.choice((60, 90, 120))),
            "start_date": start,
            "note": note,
            "created_at": now,
            "updated_at": now,
        }


def build_demo(
    db: Database,
    n: int = DEFAULT_CASES,
    *,
    seed: int = 2737,
    progress: Callable[[int, int], None] | None = None,
    reviewable: bool = False,
) -> int:
    """Add `n` synthetic cases in one transaction (fewer when some of the seed's invented CPR
    numbers are in the store already); returns how many were added."""

    with paused_gc(), db.session() as s:
        batch = ImportBatch(
            source_name=f"demo:{n}",
            source_kind="demo",
            imported_by=None,
            rows_imported=0,
            rows_updated=0,
            rows_rejected=0,
            rows_duplicate=0,
        )
        s.add(batch)
        s.flush()
        for member in demo_team():
            s.merge(
                Reviewer(
                    user_id=member.user_id,
                    name=member.name,
                    initials=member.initials,
                    organisation=member.organisation.value,
                )
            )
        existing = set(s.scalars(select(Case.cpr)).all())
        taken = set(s.scalars(select(Case.case_key)).all())
        chunk: list[dict[str, Any]] = []
        added = 0
        keys = random.Random(f"udsat-demo-case-keys:{seed}")  # the same keys on every machine
        for row in generate_cases(n, seed=seed, reviewable=reviewable):
            if row["cpr"] in existing:
                continue
            row["case_key"] = new_case_key(taken, keys)
            row["import_batch_id"] = batch.id
            chunk.append(row)
            if len(chunk) >= 5000:
                insert_cases(s, chunk)
                added += len(chunk)
                chunk = []
                if progress:
                    progress(added, n)
        if chunk:
            insert_cases(s, chunk)
            added += len(chunk)
        batch.rows_imported = added
        if progress:
            progress(added, n)
    return added


def reviewable_cases(db: Database) -> int:
    """How many cases a demo review can start on (`REVIEWABLE`)."""

    return CaseQueue(db).count(CaseFilter(statuses=frozenset(s.value for s in REVIEWABLE)))


def add_cases_for_reviews(db: Database, reviews: int, *, seed: int = 2737) -> int:
    """Add the synthetic cases `reviews` demo reviews need beyond the reviewable cases there
    are (`udsat demo --reviews N` on a store with too few); returns how many were added."""
    added = 0
    for attempt in range(1, 11):
        missing = reviews - reviewable_cases(db)
        if missing <= 0:
            break
        # another seed than the store's own demo cases, whose CPR numbers are taken
        added += build_demo(db, missing, seed=seed + 7919 * attempt, reviewable=True)
    return added
