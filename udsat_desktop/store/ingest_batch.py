"""A coordinator's ingest kept in the store a batch at a time (issue 31, item 7): the records
of a batch, their audit entries, the summaries' bytes and the statuses of their cases, in one
transaction, with a few statements a batch. Each record is kept exactly as `sync_work
._store_one` keeps one on its own (tests/store/test_ingest_batch.py compares them).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, bindparam, select, text
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from udsat_desktop.core.status import OPEN_STATUSES, CaseStatus
from udsat_desktop.store import audit_append as audit
from udsat_desktop.store.db import Database
from udsat_desktop.store.models import Case, IngestedRecord, utcnow
from udsat_desktop.store.sync_work import FAILED, RETAINED


def _table(model: Any) -> Table:
    table: Table = model.__table__
    return table


@dataclass
class Ingested:
    """One record as an ingest found it, to be kept in a batch (`store_ingested_batch`); `pdf`
    (the plain summary) is kept in the store when the verdict lets it."""

    record: dict[str, Any]
    pdf_rel: str
    stamp: tuple[int, int]
    verdict: str
    pdf: bytes | None = None


def store_ingested_batch(
    db: Database, items: list[Ingested], user_id: str
) -> tuple[list[bool], int, list[str]]:
    """A batch of an ingest kept in one transaction (issue 31, item 7): each record as
    `store_ingested` keeps it, its summary's bytes (a review's first bytes stay), and the
    statuses of the batch's cases (`apply_ingest`). A kill loses at most the batch in flight,
    and never half of one: the next ingest reads exactly what is not here. Returns (for each
    item whether it was kept, cases updated, cases in conflict).

    The same rows and audit entries as `_store_one` for each item in turn, written with a few
    statements a batch (what is there read once, rows and audit entries written as one
    `executemany` each, in the items' order) rather than ORM round trips a record."""
    if not items:
        return [], 0, []
    kept: list[bool] = []
    keys = sorted({i.record["review_id"] for i in items})
    table = _table(IngestedRecord)
    with db.session() as s:
        held = dict(
            s.execute(
                select(table.c.review_key, table.c.verdict).where(table.c.review_key.in_(keys))
            ).all()
        )
        case_ids = dict(
            s.execute(
                select(Case.case_key, Case.id).where(
                    Case.case_key.in_({i.record["case_key"] for i in items})
                )
            ).all()
        )
        pdfs = set(
            s.scalars(
                text(
                    "SELECT review_key FROM signed_pdf "
                    "WHERE review_key IN (SELECT value FROM json_each(:k))"
                ),
                {"k": json.dumps(keys)},
            )
        )
        rows: list[dict[str, Any]] = []
        stamps: list[dict[str, Any]] = []
        entries: list[dict[str, Any]] = []
        kept_pdfs: list[dict[str, Any]] = []
        for item in items:
            record, key = item.record, item.record["review_id"]
            before = held.get(key)
            if before == RETAINED:  # deleted after the retention period: stays deleted
                kept.append(True)
                continue
            if before == "TRUSTED" and item.verdict in FAILED:
                stamps.append({"k": key, "size": item.stamp[0], "mtime": item.stamp[1]})
                kept.append(False)
                continue
            rows.append(_row(record, item.pdf_rel, item.stamp, item.verdict))
            held[key] = item.verdict
            entries.append(
                audit.params(
                    user_id,
                    "ingest",
                    case_ids.get(record["case_key"]),
                    {"review": key, "case_key": record["case_key"], "verdict": item.verdict},
                )
            )
            kept.append(True)
            if item.pdf is not None and key not in pdfs:
                pdfs.add(key)
                kept_pdfs.append(_pdf_row(item.record, item.pdf))
        if rows:
            upsert = sqlite_insert(table)
            s.execute(
                upsert.on_conflict_do_update(
                    index_elements=[table.c.review_key],
                    set_={c: upsert.excluded[c] for c in rows[0] if c != "review_key"},
                ),
                rows,
            )
        if stamps:
            s.execute(
                text(
                    "UPDATE ingested_record SET source_size = :size, source_mtime_ns = :mtime "
                    "WHERE review_key = :k"
                ),
                stamps,
            )
        if entries:
            s.execute(audit.statement(), entries)
        if kept_pdfs:
            s.execute(
                text(
                    "INSERT INTO signed_pdf (review_key, case_key, sha256, pdf, record, stored_at) "
                    "VALUES (:k, :c, :h, :p, :r, :t)"
                ),
                kept_pdfs,
            )
        updated, conflicts = _apply(s, user_id, {i.record["case_key"] for i in items})
    return kept, updated, conflicts


def _row(
    record: dict[str, Any], pdf_rel: str, stamp: tuple[int, int], verdict: str
) -> dict[str, Any]:
    """The ingested_record row `_store_one` writes for a record (as column values)."""
    return {
        "review_key": record["review_id"],
        "case_key": record["case_key"],
        "reviewers": ",".join(str(r) for r in record["reviewers"])[:200],
        "review_date": dt.date.fromisoformat(str(record["review_date"])),
        "signed_at": record.get("signed_at"),
        "pdf_path": pdf_rel,
        "pdf_sha256": record["pdf_sha256"],
        "verdict": verdict,
        "conflict": False,
        "record": json.dumps(record, ensure_ascii=False),
        "source_size": stamp[0],
        "source_mtime_ns": stamp[1],
        "ingested_at": utcnow(),
    }


def _pdf_row(record: dict[str, Any], pdf: bytes) -> dict[str, Any]:
    return {
        "k": record["review_id"],
        "c": record["case_key"],
        "h": hashlib.sha256(pdf).hexdigest(),
        "p": pdf,
        "r": json.dumps(record, ensure_ascii=False),
        "t": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }


def apply_ingest(db: Database, user_id: str, case_keys: set[str]) -> tuple[int, list[str]]:
    """Conflicts (two current reviews of one case, neither replacing the other) are flagged on
    both; a case with an intact, signed review becomes "Synkroniseret". Returns (cases
    updated, cases in conflict)."""
    with db.session() as s:
        return _apply(s, user_id, case_keys)


def _apply(s: Any, user_id: str, case_keys: set[str]) -> tuple[int, list[str]]:
    """For each case, in order: its rows' conflict flags and, with an intact current review,
    the status "Synkroniseret" (audited). What is there is read with one query per table."""
    table, cases = _table(IngestedRecord), _table(Case)
    wanted = sorted(case_keys)
    by_case: dict[str, list[Any]] = {k: [] for k in wanted}
    for row in s.execute(
        select(
            table.c.review_key, table.c.case_key, table.c.verdict, table.c.conflict, table.c.record
        )
        .where(table.c.case_key.in_(wanted))
        .order_by(table.c.review_key)
    ):
        by_case[row.case_key].append(row)
    status = {
        r.case_key: r
        for r in s.execute(
            select(cases.c.id, cases.c.case_key, cases.c.status).where(cases.c.case_key.in_(wanted))
        )
    }
    updated, conflicts = 0, []
    flags: list[dict[str, Any]] = []
    for case_key in wanted:
        rows = by_case[case_key]
        replaced = {json.loads(r.record).get("replaces_review_id") for r in rows}
        current = [r for r in rows if r.review_key not in replaced]
        conflict = len(current) > 1
        for r in rows:
            flag = conflict and r in current
            if bool(r.conflict) != flag:
                flags.append({"k": r.review_key, "c": flag})
        if conflict:
            conflicts.append(case_key)
        case = status.get(case_key)
        good = any(r.verdict == "TRUSTED" for r in current)
        if case is not None and good and case.status in (*OPEN_STATUSES, CaseStatus.SIGNED):
            if case.status != CaseStatus.SYNCED.value:
                s.execute(
                    cases.update()
                    .where(cases.c.id == case.id)
                    .values(status=CaseStatus.SYNCED.value)
                )
            audit.append(s, user_id, "status", case.id, to=CaseStatus.SYNCED.value, by="ingest")
            updated += 1
    if flags:
        s.execute(
            table.update()
            .where(table.c.review_key == bindparam("k"))
            .values(conflict=bindparam("c")),
            flags,
        )
    return updated, conflicts
