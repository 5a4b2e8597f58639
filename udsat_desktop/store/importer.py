"""Import of a parsed target list: one transaction, new cases inserted, known cases updated.

A re-import updates only the columns the file has, and never a case's status, assignment or
anything recorded in a review.
"""

from __future__ import annotations

import contextlib
import gc
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from udsat_desktop.core.danish import sort_key
from udsat_desktop.core.status import CaseStatus, Priority
from udsat_desktop.core.target_file import read_table
from udsat_desktop.core.target_list import (
    DuplicateRow,
    IgnoredColumn,
    ImportFileError,
    ParseResult,
    RawTable,
    RowIssue,
    TargetRecord,
    apply_named_mapping,
    detect_mapping,
    ignored_columns,
    mapping_problems,
    parse_rows,
)
from udsat_desktop.core.text import join
from udsat_desktop.platform.settings import remember_mapping, remembered_mapping
from udsat_desktop.store import audit
from udsat_desktop.store.bulk import insert_cases
from udsat_desktop.store.cases import bulk_set, new_case_key
from udsat_desktop.store.db import Database
from udsat_desktop.store.models import Case, ImportBatch, utcnow

log = logging.getLogger(__name__)

# Import columns that a file may or may not carry; absent ones are left alone on update.
_FIELD_COLUMNS = {
    "benefit_type": ("benefit_type",),
    "unemployment_pct": ("unemployment_pct",),
    "caseworker": ("caseworker",),
    "jobcenter_unit": ("jobcenter_unit",),
    "sof_contact": ("sof_contact",),
    "start_date": ("start_date",),
    "close_to_clarification": ("close_to_clarification",),
    "homeless": ("homeless",),
    "substance_abuse": ("substance_abuse",),
    "mental_illness": ("mental_illness",),
    "priority": ("priority",),
    "deadline": ("deadline",),
    "note": ("note", "homeless", "substance_abuse", "mental_illness"),
    "kle": ("kle",),
}


@dataclass
class ImportSummary:
    imported: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: list[RowIssue] = field(default_factory=list)
    duplicates: list[DuplicateRow] = field(default_factory=list)
    warnings: list[RowIssue] = field(default_factory=list)
    blank_rows: list[int] = field(default_factory=list)
    batch_id: int | None = None
    # the file's columns that were not imported (not recognised or not chosen)
    ignored_columns: list[IgnoredColumn] = field(default_factory=list)
    header_row: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "imported": self.imported,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "rejected": [{"row": r.row, "reason": r.reason} for r in self.rejected],
            "duplicates": [
                {"row": d.row, "first_row": d.first_row, "identical": d.identical}
                for d in self.duplicates
            ],
            "warnings": [{"row": w.row, "reason": w.reason} for w in self.warnings],
            "blank_rows": self.blank_rows,
            "batch_id": self.batch_id,
            "header_row": self.header_row,
            "ignored_columns": [c.to_json() for c in self.ignored_columns],
        }


def _columns(record: TargetRecord, present: set[str]) -> dict[str, Any]:
    values: dict[str, Any] = {"name": record.name, "name_sort": sort_key(record.name)}
    for key, columns in _FIELD_COLUMNS.items():
        if key in present:
            for column in columns:
                value = getattr(record, column)
                if column == "priority":
                    value = int(value) if value is not None else int(Priority.NORMAL)
                values[column] = value
    return values


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """Bulk work allocates ~10 objects per row and none in cycles; the cyclic collector
    would repeatedly walk them all (seconds at 100,000 rows) for nothing."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def import_table(
    db: Database, table: RawTable, mapping: dict[str, int], *, source_name: str, user_id: str | None
) -> ImportSummary:
    with paused_gc():
        summary = import_parsed(
            db,
            parse_rows(table, mapping),
            present=set(mapping),
            source_name=source_name,
            source_kind=table.source_kind,
            user_id=user_id,
        )
    summary.ignored_columns = ignored_columns(table, mapping)
    summary.header_row = table.header_row
    if summary.ignored_columns:
        log.info("import: %d column(s) not imported", len(summary.ignored_columns))
    return summary


def import_parsed(
    db: Database,
    parsed: ParseResult,
    *,
    present: set[str],
    source_name: str,
    source_kind: str,
    user_id: str | None,
) -> ImportSummary:
    summary = ImportSummary(
        rejected=parsed.rejected,
        duplicates=parsed.duplicates,
        warnings=parsed.warnings,
        blank_rows=parsed.blank_rows,
    )
    if "name" not in present and {"first_name", "last_name"} & present:
        present = present | {"name"}
    with db.session() as s:
        batch = ImportBatch(
            source_name=source_name[-260:],
            source_kind=source_kind,
            imported_by=user_id,
            rows_rejected=len(parsed.rejected),
            rows_duplicate=len(parsed.duplicates),
            rows_imported=0,
            rows_updated=0,
        )
        s.add(batch)
        s.flush()
        existing: dict[str, int] = {
            cpr: case_id for cpr, case_id in s.execute(select(Case.cpr, Case.id))
        }
        taken = set(s.scalars(select(Case.case_key)).all())
        update_by_id: dict[int, dict[str, Any]] = {}
        now = utcnow()

        def new_cases() -> Iterator[dict[str, Any]]:
            """The new cases' rows, made as the insert takes them (issue 34: holding 100,000
            of them as dicts at once was 56 of the import's 331 MiB peak); the known CPR
            numbers' values are kept aside for the update."""
            for _row, record in parsed.records:
                values = _columns(record, present)
                case_id = existing.get(record.cpr)
                if case_id is not None:
                    update_by_id[case_id] = values
                    continue
                values.update(
                    case_key=new_case_key(taken),
                    cpr=record.cpr,
                    status=CaseStatus.NEW.value,
                    import_batch_id=batch.id,
                    created_at=now,
                    updated_at=now,
                )
                for flag in (
                    "homeless",
                    "substance_abuse",
                    "mental_illness",
                    "close_to_clarification",
                ):
                    values.setdefault(flag, False)
                values.setdefault("priority", int(Priority.NORMAL))
                yield values

        imported = insert_cases(s, new_cases())
        changed: list[dict[str, Any]] = []
        if update_by_id:
            current = {
                row.id: row
                for chunk in _chunks(list(update_by_id), 900)
                for row in s.scalars(select(Case).where(Case.id.in_(chunk)))
            }
            for case_id, values in update_by_id.items():
                row = current[case_id]
                diff = {k: v for k, v in values.items() if getattr(row, k) != v}
                if diff:
                    changed.append({"id": case_id, **diff})
            s.expunge_all()
            bulk_set(s, changed)
        summary.imported = imported
        summary.updated = len(changed)
        summary.unchanged = len(update_by_id) - len(changed)
        batch.rows_imported, batch.rows_updated = summary.imported, summary.updated
        s.merge(batch)
        summary.batch_id = batch.id
        # one entry for the batch; each case records its batch, so a citizen's access log
        # shows when their data came in (audit.citizen_log)
        audit.append(
            s,
            user_id or "system",
            "import",
            None,
            batch=batch.id,
            source=source_name[-120:],
            imported=summary.imported,
            updated=summary.updated,
            rejected=len(parsed.rejected),
        )
    log.info(
        "import batch %s: %d new, %d updated, %d unchanged, %d rejected, %d duplicates",
        summary.batch_id,
        summary.imported,
        summary.updated,
        summary.unchanged,
        len(summary.rejected),
        len(summary.duplicates),
    )
    return summary


def _chunks(items: list[int], size: int) -> list[list[int]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def prepare_import(
    path: Path,
    config_dir: Path,
    named: dict[str, str] | None = None,
    header_row: int | None = None,
) -> tuple[RawTable, dict[str, int]]:
    """Read the file and settle the column mapping: the user's, a remembered one, or detected.

    A mapping given explicitly is remembered for files with the same header row.
    `header_row` (1-based) names the header row when it is not found by itself.
    """
    with paused_gc():
        table = read_table(path, header_row)
    if named:
        mapping = apply_named_mapping(table.headers, named)
        problems = mapping_problems(mapping)
        if not problems:
            remember_mapping(config_dir, table.signature, named)
    else:
        remembered = remembered_mapping(config_dir, table.signature)
        mapping = (
            apply_named_mapping(table.headers, remembered)
            if remembered
            else detect_mapping(table.headers)
        )
        problems = mapping_problems(mapping)
    if problems:
        raise MappingNeeded(table, mapping, problems)
    return table, mapping


def preview_import(
    path: Path, config_dir: Path, header_row: int | None = None
) -> tuple[RawTable, dict[str, int], list[str]]:
    """What `prepare_import` would settle, without refusing: the table, the mapping (a
    remembered one or detected) and what stops the import, for the dialog to show first."""
    with paused_gc():
        table = read_table(path, header_row)
    remembered = remembered_mapping(config_dir, table.signature)
    try:
        mapping = (
            apply_named_mapping(table.headers, remembered)
            if remembered
            else detect_mapping(table.headers)
        )
    except ImportFileError:  # a remembered column is gone: start from what is recognised
        mapping = detect_mapping(table.headers)
    return table, mapping, mapping_problems(mapping)


class MappingNeeded(ImportFileError):
    """The columns could not be matched; the GUI shows the mapping dialog, the CLI says --map."""

    def __init__(self, table: RawTable, mapping: dict[str, int], problems: list[str]) -> None:
        super().__init__(join(problems))
        self.table, self.mapping, self.problems = table, mapping, problems
