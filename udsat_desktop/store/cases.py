"""Cases: the queue query (filter, search, sort, page), profile, statistics, status changes."""

from __future__ import annotations

import datetime as dt
import re
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy import func, select, text, update
from sqlalchemy.orm import Session

from udsat_desktop.core.status import CaseStatus, Organisation, Role, ensure_transition
from udsat_desktop.store.db import Database, StoreError
from udsat_desktop.store.models import Case, Reviewer, UserProfile, utcnow

# ------------------------------------------------------------------------- case keys

_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def new_case_key(taken: set[str]) -> str:
    """A pseudonymous, printable case id like `7KQ4-M2XD`; no CPR or name in it."""
    while True:
        bits = int.from_bytes(secrets.token_bytes(5), "big")  # 40 bits -> 8 base-32 digits
        raw = "".join(_CROCKFORD[(bits >> shift) & 31] for shift in range(35, -1, -5))
        key = f"{raw[:4]}-{raw[4:]}"
        if key not in taken:
            taken.add(key)
            return key


# ------------------------------------------------------------------------- profile


@dataclass(frozen=True)
class Profile:
    user_id: str
    name: str
    initials: str
    organisation: Organisation
    role: Role

    @property
    def is_coordinator(self) -> bool:
        return self.role is Role.COORDINATOR


def make_user_id(initials: str, organisation: Organisation) -> str:
    slug = re.sub(r"[^a-z0-9]", "", initials.casefold().replace("æ", "ae").replace("ø", "oe")
                  .replace("å", "aa")) or "user"
    return f"{organisation.value.lower()}-{slug}-{secrets.token_hex(2)}"


def validate_profile(name: str, initials: str) -> list[str]:
    problems = []
    if not name.strip():
        problems.append("Navn skal udfyldes")
    if not re.fullmatch(r"[A-Za-zÆØÅæøå]{2,6}", initials.strip()):
        problems.append("Initialer skal være 2-6 bogstaver")
    return problems


def create_profile(db: Database, name: str, initials: str, organisation: Organisation,
                   role: Role) -> Profile:
    problems = validate_profile(name, initials)
    if problems:
        raise StoreError("; ".join(problems))
    with db.session() as s:
        if s.scalar(select(func.count()).select_from(UserProfile)):
            raise StoreError("Der findes allerede en brugerprofil i denne database")
        row = UserProfile(user_id=make_user_id(initials, organisation), name=name.strip(),
                          initials=initials.strip().upper(), organisation=organisation.value,
                          role=role.value)
        s.add(row)
        s.merge(Reviewer(user_id=row.user_id, name=row.name, initials=row.initials,
                         organisation=row.organisation))
        s.flush()
        return _profile(row)


def load_profile(db: Database) -> Profile | None:
    with db.read_session() as s:
        row = s.scalars(select(UserProfile).order_by(UserProfile.id)).first()
        return _profile(row) if row else None


def _profile(row: UserProfile) -> Profile:
    return Profile(row.user_id, row.name, row.initials, Organisation(row.organisation),
                   Role(row.role))


def reviewer_labels(db: Database) -> dict[str, str]:
    """user id -> "INI (ORG)" for every known reviewer."""
    with db.read_session() as s:
        return {r.user_id: f"{r.initials} ({r.organisation})"
                for r in s.scalars(select(Reviewer))}


# ------------------------------------------------------------------------- the queue


class QueueColumn(StrEnum):
    CASE_KEY = "case_key"
    NAME = "name"
    CPR = "cpr"
    BENEFIT = "benefit_type"
    PCT = "unemployment_pct"
    CASEWORKER = "caseworker"
    UNIT = "jobcenter_unit"
    STATUS = "status"
    PRIORITY = "priority"
    REVIEWER = "assigned_reviewer"
    DEADLINE = "deadline"


UNASSIGNED = "__none__"
FLAG_COLUMNS = ("homeless", "substance_abuse", "mental_illness", "close_to_clarification")


@dataclass(frozen=True)
class CaseFilter:
    text: str = ""
    statuses: frozenset[str] = frozenset()
    reviewer: str | None = None  # a user id, or UNASSIGNED
    unit: str | None = None
    flags: frozenset[str] = frozenset()
    priority: int | None = None

    def is_empty(self) -> bool:
        return self == CaseFilter()


@dataclass(frozen=True, slots=True)
class QueueRow:
    id: int
    case_key: str
    cpr: str
    name: str
    benefit_type: str | None
    unemployment_pct: float | None
    caseworker: str | None
    jobcenter_unit: str | None
    status: str
    priority: int
    assigned_reviewer: str | None
    deadline: dt.date | None
    homeless: bool
    substance_abuse: bool
    mental_illness: bool
    close_to_clarification: bool


_STATUS_ORDER = {s.value: i for i, s in enumerate(CaseStatus)}


def fts_query(text_: str) -> str | None:
    """User text -> an FTS5 query where every word is a prefix; None when nothing to search."""
    words = re.findall(r"\w+", text_.casefold())
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words[:8])


_SORT_SQL: dict[QueueColumn, tuple[str, bool]] = {
    # column -> (SQL sort expression, nullable)
    QueueColumn.CASE_KEY: ("c.case_key", False),
    QueueColumn.NAME: ("c.name_sort", False),
    # CPR sorts by birth date: DDMMYY -> YYMMDD
    QueueColumn.CPR: ("substr(c.cpr, 5, 2) || substr(c.cpr, 3, 2) || substr(c.cpr, 1, 2)", False),
    QueueColumn.BENEFIT: ("da_sort(c.benefit_type)", True),
    QueueColumn.PCT: ("c.unemployment_pct", True),
    QueueColumn.CASEWORKER: ("da_sort(c.caseworker)", True),
    QueueColumn.UNIT: ("da_sort(c.jobcenter_unit)", True),
    QueueColumn.STATUS: (
        "CASE c.status " + " ".join(f"WHEN '{s}' THEN {i}" for s, i in _STATUS_ORDER.items())
        + " ELSE 99 END", False),
    QueueColumn.PRIORITY: ("c.priority", False),
    QueueColumn.REVIEWER: ("c.assigned_reviewer", True),
    QueueColumn.DEADLINE: ("c.deadline", True),
}
_SELECT_COLUMNS = ", ".join(f"c.{name}" for name in QueueRow.__dataclass_fields__)
# Above this many search hits, walking the name index and testing membership beats sorting.
_INDEX_WALK_THRESHOLD = 2000


def _sql_where(f: CaseFilter) -> tuple[list[str], dict[str, Any]]:
    clauses: list[str] = []
    params: dict[str, Any] = {}
    q = fts_query(f.text)
    if q is not None:
        clauses.append("c.id IN (SELECT rowid FROM case_fts WHERE case_fts MATCH :q)")
        params["q"] = q
    if f.statuses:
        names = []
        for i, status in enumerate(sorted(f.statuses)):
            params[f"s{i}"] = status
            names.append(f":s{i}")
        clauses.append(f"c.status IN ({', '.join(names)})")
    if f.reviewer == UNASSIGNED:
        clauses.append("c.assigned_reviewer IS NULL")
    elif f.reviewer:
        clauses.append("c.assigned_reviewer = :reviewer")
        params["reviewer"] = f.reviewer
    if f.unit:
        clauses.append("c.jobcenter_unit = :unit")
        params["unit"] = f.unit
    for flag in sorted(f.flags):
        if flag not in FLAG_COLUMNS:
            raise ValueError(f"unknown flag {flag}")
        clauses.append(f"c.{flag} = 1")
    if f.priority is not None:
        clauses.append("c.priority = :priority")
        params["priority"] = int(f.priority)
    return clauses, params


class CaseQueue:
    """The queue as SQL: a count and pages of light rows, never every row in memory."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def count(self, f: CaseFilter = CaseFilter()) -> int:
        clauses, params = _sql_where(f)
        if not clauses:
            sql = 'SELECT count(*) FROM "case"'
        elif f.text and f == CaseFilter(text=f.text):
            sql = "SELECT count(*) FROM case_fts WHERE case_fts MATCH :q"  # text only: no join
        else:
            sql = f'SELECT count(*) FROM "case" AS c WHERE {" AND ".join(clauses)}'
        with self.db.engine.connect() as conn:
            return int(conn.execute(text(sql), params).scalar_one())

    def page(self, f: CaseFilter, sort: QueueColumn = QueueColumn.NAME, descending: bool = False,
             offset: int = 0, limit: int = 200, *, hits: int | None = None) -> list[QueueRow]:
        """One page of rows; `hits` is the filter's count when the caller already has it."""
        clauses, params = _sql_where(f)
        expr, nullable = _SORT_SQL[sort]
        direction = "DESC" if descending else "ASC"
        order = [f"{expr} {direction}", f"c.id {direction}"]
        if nullable:
            order.insert(0, f"({expr}) IS NULL")  # empty values last either way
        source = '"case" AS c'
        if sort is QueueColumn.NAME and "q" in params:
            if hits is None:
                hits = self.count(CaseFilter(text=f.text))
            if hits > _INDEX_WALK_THRESHOLD:
                source = '"case" AS c INDEXED BY ix_case_name_sort'
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        sql = (f"SELECT {_SELECT_COLUMNS} FROM {source} {where} ORDER BY {', '.join(order)} "
               "LIMIT :limit OFFSET :offset")
        params.update(limit=limit, offset=offset)
        with self.db.engine.connect() as conn:
            rows = conn.execute(text(sql), params).all()
        return [_queue_row(r) for r in rows]

    def distinct_units(self) -> list[str]:
        with self.db.read_session() as s:
            units = s.scalars(select(Case.jobcenter_unit).where(Case.jobcenter_unit.is_not(None))
                              .distinct()).all()
        from udsat_desktop.core.danish import sort_key

        return sorted((u for u in units if u), key=sort_key)

    def distinct_reviewers(self) -> list[str]:
        with self.db.read_session() as s:
            return sorted(r for r in s.scalars(
                select(Case.assigned_reviewer).where(Case.assigned_reviewer.is_not(None))
                .distinct()) if r)


_QUEUE_FIELDS = tuple(QueueRow.__dataclass_fields__)
_BOOL_FIELDS = frozenset(FLAG_COLUMNS)


def _queue_row(values: Sequence[Any]) -> QueueRow:
    data = dict(zip(_QUEUE_FIELDS, values, strict=True))
    data["deadline"] = _date(data["deadline"])
    for name in _BOOL_FIELDS:
        data[name] = bool(data[name])
    return QueueRow(**data)


def _date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


# ------------------------------------------------------------------------- single cases


@dataclass(frozen=True)
class CaseDetail:
    id: int
    case_key: str
    cpr: str
    name: str
    benefit_type: str | None
    unemployment_pct: float | None
    caseworker: str | None
    jobcenter_unit: str | None
    sof_contact: str | None
    homeless: bool
    substance_abuse: bool
    mental_illness: bool
    close_to_clarification: bool
    priority: int
    status: str
    assigned_reviewer: str | None
    deadline: dt.date | None
    start_date: dt.date | None
    note: str | None
    import_batch_id: int | None
    updated_at: dt.datetime
    extra: dict[str, Any] = field(default_factory=dict)


def get_case(db: Database, case_id: int) -> CaseDetail | None:
    with db.read_session() as s:
        row = s.get(Case, case_id)
        return _detail(row) if row else None


def get_case_by_key(db: Database, case_key: str) -> CaseDetail | None:
    with db.read_session() as s:
        row = s.scalars(select(Case).where(Case.case_key == case_key)).first()
        return _detail(row) if row else None


def _detail(row: Case) -> CaseDetail:
    names = [f for f in CaseDetail.__dataclass_fields__ if f != "extra"]
    return CaseDetail(**{n: getattr(row, n) for n in names})


def change_status(session: Session, case_id: int, target: CaseStatus) -> CaseStatus:
    """Move a case along the status flow; raises InvalidTransition when the flow forbids it."""
    row = session.get(Case, case_id)
    if row is None:
        raise StoreError("Sagen findes ikke")
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
            target = CaseStatus.TILDELT if reviewer else CaseStatus.NY
            current = CaseStatus(row.status)
            if current in (CaseStatus.NY, CaseStatus.TILDELT):
                ensure_transition(current, target)
                row.status = target.value
            row.assigned_reviewer = reviewer
            changed += 1
        return changed


# ------------------------------------------------------------------------- statistics


def stats(db: Database) -> dict[str, Any]:
    with db.read_session() as s:
        counts = dict(s.execute(select(Case.status, func.count()).group_by(Case.status)).all())
        close = s.scalar(select(func.count()).where(Case.close_to_clarification.is_(True)))
    by_status = {status.value: int(counts.get(status.value, 0)) for status in CaseStatus}
    return {
        "cases": sum(by_status.values()),
        "by_status": by_status,
        "close_to_clarification_at_start": int(close or 0),
    }


def bulk_set(session: Session, rows: Sequence[dict[str, Any]]) -> None:
    """Bulk UPDATE by primary key; each dict has `id` and the columns to set."""
    if rows:
        session.execute(update(Case), [dict(r, updated_at=utcnow()) for r in rows])
