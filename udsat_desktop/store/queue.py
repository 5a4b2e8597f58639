"""Reading cases for the queue window: filter, search, sort, page, details, profile.

Plain SQL over `Database.reader()` (SQLCipher's DB-API, no SQLAlchemy): these are short,
indexed reads on the GUI thread, and keeping SQLAlchemy out of this path lets the window show
the queue while SQLAlchemy still loads. Writes go through `store.cases` and the ORM.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from udsat_desktop.core.danish import sort_key
from udsat_desktop.core.status import CaseStatus, Organisation, Role
from udsat_desktop.core.text import Msg
from udsat_desktop.store.db import Database


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


def overdue_step_count(db: Database, today: dt.date | None = None) -> int:
    """How many of this store's next steps are overdue (`core.consent.step_overdue` in SQL:
    open, the deadline before today). Without SQLAlchemy: the window asks on start."""
    from udsat_desktop.core.consent import StepStatus  # lazy: CLI start, consent+vocabulary +66 ms

    today = today or dt.date.today()
    return int(
        db.reader()
        .execute(
            "SELECT count(*) FROM next_step WHERE status = ? AND deadline < ?",
            (StepStatus.OPEN.value, today.isoformat()),
        )
        .fetchone()[0]
    )


def load_profile(db: Database) -> Profile | None:
    row = (
        db.reader()
        .execute(
            "SELECT user_id, name, initials, organisation, role FROM user_profile"
            " ORDER BY id LIMIT 1"
        )
        .fetchone()
    )
    if row is None:
        return None
    return Profile(row[0], row[1], row[2], Organisation(row[3]), Role(row[4]))


def reviewer_labels(db: Database, *, full: bool = False) -> dict[str, str]:
    """user id -> "INI (ORG)" for every known reviewer; with `full`, "Name (ORG)" (the
    audit log's readers)."""
    rows = db.reader().execute("SELECT user_id, initials, name, organisation FROM reviewer")
    return {
        user_id: f"{name if full else initials} ({org})" for user_id, initials, name, org in rows
    }


def distinct_units(db: Database) -> list[str]:
    """Every jobcentre unit that some case names, in Danish order."""
    rows = db.reader().execute(
        'SELECT DISTINCT jobcenter_unit FROM "case" WHERE jobcenter_unit IS NOT NULL'
    )
    return sorted((u for (u,) in rows if u), key=sort_key)


def case_keys_of(db: Database, case_ids: Sequence[int]) -> dict[int, str]:
    """case id -> case key for the given ids (ids of no case are left out)."""
    keys: dict[int, str] = {}
    ids = list(case_ids)
    for start in range(0, len(ids), 500):  # SQLite's limit on bound parameters
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        keys.update(
            db.reader()
            .execute(f'SELECT id, case_key FROM "case" WHERE id IN ({marks})', chunk)
            .fetchall()
        )
    return keys


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
    """User text -> an FTS5 query where every word is a prefix; None when nothing to search.

    A CPR number typed with its dash ("071066-38") is searched as one run of digits.
    """
    text_ = re.sub(r"(?<![\w-])(\d{6})[-\s](\d{1,4})(?![\w-])", r"\1\2", text_)
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
        "CASE c.status "
        + " ".join(f"WHEN '{s}' THEN {i}" for s, i in _STATUS_ORDER.items())
        + " ELSE 99 END",
        False,
    ),
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
            raise ValueError(Msg("unknown flag {flag}", flag=flag))
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
        return int(self.db.reader().execute(sql, params).fetchone()[0])

    def page(
        self,
        f: CaseFilter,
        sort: QueueColumn = QueueColumn.NAME,
        descending: bool = False,
        offset: int = 0,
        limit: int = 200,
        *,
        hits: int | None = None,
    ) -> list[QueueRow]:
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
        sql = (
            f"SELECT {_SELECT_COLUMNS} FROM {source} {where} ORDER BY {', '.join(order)} "
            "LIMIT :limit OFFSET :offset"
        )
        params.update(limit=limit, offset=offset)
        return [_queue_row(r) for r in self.db.reader().execute(sql, params)]

    def row(self, case_id: int) -> QueueRow | None:
        found = (
            self.db.reader()
            .execute(f'SELECT {_SELECT_COLUMNS} FROM "case" AS c WHERE c.id = ?', (case_id,))
            .fetchone()
        )
        return _queue_row(found) if found else None

    def distinct_units(self) -> list[str]:
        return distinct_units(self.db)

    def distinct_reviewers(self) -> list[str]:
        rows = self.db.reader().execute(
            'SELECT DISTINCT assigned_reviewer FROM "case" WHERE assigned_reviewer IS NOT NULL'
        )
        return sorted(r for (r,) in rows if r)


_QUEUE_FIELDS = tuple(QueueRow.__dataclass_fields__)
_BOOL_FIELDS = frozenset(FLAG_COLUMNS)
_ROW_DEADLINE = _QUEUE_FIELDS.index("deadline")
_ROW_FLAGS = tuple(_QUEUE_FIELDS.index(name) for name in sorted(_BOOL_FIELDS))


def _queue_row(values: Sequence[Any]) -> QueueRow:
    # by position (the columns are selected in the fields' order): a search builds a page of
    # these on every keystroke, and a dict per row cost twice the time
    if len(values) != len(_QUEUE_FIELDS):
        raise ValueError(f"a queue row has {len(_QUEUE_FIELDS)} columns, not {len(values)}")
    fields = list(values)
    fields[_ROW_DEADLINE] = _date(fields[_ROW_DEADLINE])
    for i in _ROW_FLAGS:
        fields[i] = bool(fields[i])
    return QueueRow(*fields)


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


_DETAIL_FIELDS = tuple(f for f in CaseDetail.__dataclass_fields__ if f != "extra")
_DETAIL_SQL = f'SELECT {", ".join(_DETAIL_FIELDS)} FROM "case"'


def get_case(db: Database, case_id: int) -> CaseDetail | None:
    row = db.reader().execute(f"{_DETAIL_SQL} WHERE id = ?", (case_id,)).fetchone()
    return _detail(row) if row else None


def get_case_by_key(db: Database, case_key: str) -> CaseDetail | None:
    row = db.reader().execute(f"{_DETAIL_SQL} WHERE case_key = ?", (case_key,)).fetchone()
    return _detail(row) if row else None


def _detail(row: Sequence[Any]) -> CaseDetail:
    data = dict(zip(_DETAIL_FIELDS, row, strict=True))
    for name in _BOOL_FIELDS:
        data[name] = bool(data[name])
    for name in ("deadline", "start_date"):
        data[name] = _date(data[name])
    data["updated_at"] = dt.datetime.fromisoformat(data["updated_at"])
    return CaseDetail(**data)


def consent_summary(db: Database, case_id: int) -> list[tuple[str, ...]]:
    """(purpose, status, form, date, template) of the consent in force per purpose, for the
    case panel; template: "id@version" it was recorded under, or "" (recorded before that was
    kept)."""
    rows = db.reader().execute(
        "SELECT purpose, status, form, given_on, template_id, template_version FROM consent "
        "WHERE id IN (SELECT max(id) FROM consent WHERE case_id = ? GROUP BY purpose) "
        "ORDER BY purpose",
        (case_id,),
    )
    return [(p, s, f, str(d), f"{tid}@{tv}" if tid else "") for p, s, f, d, tid, tv in rows]
