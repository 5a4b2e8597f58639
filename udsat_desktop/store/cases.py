"""Writing cases and profiles through the ORM: profile creation, status changes, assignment,
bulk updates. Reads for the queue window live in `store.queue`; `udsat stats`'s counts, without
the ORM, in `store.case_facts`."""

from __future__ import annotations

import random
import re
import secrets
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from udsat_desktop.core.profile import validate_profile
from udsat_desktop.core.status import (
    CaseStatus,
    Organisation,
    Role,
    ensure_transition,
)
from udsat_desktop.core.text import Msg, join
from udsat_desktop.store.db import Database
from udsat_desktop.store.errors import StoreError
from udsat_desktop.store.models import Case, Reviewer, UserProfile, utcnow
from udsat_desktop.store.queue import Profile

# ------------------------------------------------------------------------- case keys

_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def new_case_key(taken: set[str], rng: random.Random | None = None) -> str:
    """A pseudonymous, printable case id like `7KQ4-M2XD`; no CPR or name in it. Random from
    the system's secure source; the synthetic demo passes its own seeded `rng`, so its keys
    are the same on every machine (the README's walk-through quotes one)."""
    while True:
        raw_bits = rng.randbytes(5) if rng is not None else secrets.token_bytes(5)
        bits = int.from_bytes(raw_bits, "big")  # 40 bits -> 8 base-32 digits
        raw = "".join(_CROCKFORD[(bits >> shift) & 31] for shift in range(35, -1, -5))
        key = f"{raw[:4]}-{raw[4:]}"
        if key not in taken:
            taken.add(key)
            return key


# ------------------------------------------------------------------------- profile


def make_user_id(initials: str, organisation: Organisation) -> str:
    slug = (
        re.sub(
            r"[^a-z0-9]",
            "",
            initials.casefold().replace("æ", "ae").replace("ø", "oe").replace("å", "aa"),
        )
        or "user"
    )
    return f"{organisation.value.lower()}-{slug}-{secrets.token_hex(2)}"


def create_profile(
    db: Database, name: str, initials: str, organisation: Organisation, role: Role
) -> Profile:
    problems = validate_profile(name, initials)
    if problems:
        raise StoreError(join(problems))
    with db.session() as s:
        if s.scalar(select(func.count()).select_from(UserProfile)):
            raise StoreError(Msg("Der findes allerede en brugerprofil i denne database"))
        row = UserProfile(
            user_id=make_user_id(initials, organisation),
            name=name.strip(),
            initials=initials.strip().upper(),
            organisation=organisation.value,
            role=role.value,
        )
        s.add(row)
        s.merge(
            Reviewer(
                user_id=row.user_id,
                name=row.name,
                initials=row.initials,
                organisation=row.organisation,
            )
        )
        s.flush()
        return Profile(row.user_id, row.name, row.initials, organisation, role)


def change_status(session: Session, case_id: int, target: CaseStatus) -> CaseStatus:
    """Move a case along the status flow; raises InvalidTransition when the flow forbids it."""
    row = session.get(Case, case_id)
    if row is None:
        raise StoreError(Msg("Sagen findes ikke"))
    current = CaseStatus(row.status)
    if current is not target:
        ensure_transition(current, target)
        row.status = target.value
    return current


def assign(db: Database, case_ids: Iterable[int], reviewer: str | None) -> int:
    ids = list(case_ids)
    with db.session() as s:
        changed = 0
        for row in s.scalars(select(Case).where(Case.id.in_(ids))):
            target = CaseStatus.ASSIGNED if reviewer else CaseStatus.NEW
            current = CaseStatus(row.status)
            if current in (CaseStatus.NEW, CaseStatus.ASSIGNED):
                ensure_transition(current, target)
                row.status = target.value
            row.assigned_reviewer = reviewer
            changed += 1
        return changed


# ------------------------------------------------------------------------- bulk


def bulk_set(session: Session, rows: Sequence[dict[str, Any]]) -> None:
    """Bulk UPDATE by primary key; each dict has `id` and the columns to set."""
    if rows:
        session.execute(update(Case), [dict(r, updated_at=utcnow()) for r in rows])
