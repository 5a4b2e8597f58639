"""The audit log: append-only and hash-chained (DOMAIN.md §4).

Each entry's hash is SHA-256 over the previous entry's hash and the entry's own content, so an
edited, deleted or reordered entry breaks the chain at a place `verify_chain` names. The new
entry's `prev_hash` is read inside the same INSERT statement, under SQLite's write lock, so two
writers can never fork the chain (store/audit_append.py adds the entries, apart from the log's
labels and readers). Triggers in the schema refuse UPDATE and DELETE.
Details hold ids, field names and counts, never the text a user typed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from udsat_desktop.core.auditlog import (
    ACTION_LABELS,
    DETAIL_LABELS,
    AccessLog,
    LogEntry,
    access_lines,
    citizen_detail,
)
from udsat_desktop.core.cpr import mask_cpr
from udsat_desktop.core.text import Msg
from udsat_desktop.store.db import Database
from udsat_desktop.store.queue import get_case, reviewer_labels

# re-exported for the log's readers
__all__ = ["ACTION_LABELS", "DETAIL_LABELS", "AccessLog", "LogEntry"]

if TYPE_CHECKING:
    from udsat_desktop.core.vocabulary import MergedVocabulary

from udsat_desktop.store.audit_append import _APPEND_SQL as _APPEND_SQL
from udsat_desktop.store.audit_append import _ENCODER, params
from udsat_desktop.store.audit_append import GENESIS as GENESIS
from udsat_desktop.store.audit_append import SHOWN_CASES_MAX as SHOWN_CASES_MAX
from udsat_desktop.store.audit_append import _content as _content
from udsat_desktop.store.audit_append import append as append
from udsat_desktop.store.audit_append import append_now as append_now
from udsat_desktop.store.audit_append import case_ids as case_ids


@dataclass(frozen=True)
class ChainBreak:
    entry_id: int
    reason: str


def verify_rows(rows: Iterable[tuple[Any, ...]], start: str = GENESIS) -> ChainBreak | None:
    """rows: (id, at, user_id, action, case_id, details, prev_hash, hash) in id order;
    `start` is the hash the first row chains to (the genesis, or a purge's anchor)."""
    prev = start
    encode = _ENCODER.encode  # bound once: this loop runs a million times in a long log
    sha256 = hashlib.sha256
    for entry_id, at, user_id, action, case_id, details, prev_hash, digest in rows:
        if prev_hash != prev:
            return ChainBreak(entry_id, "kæden er brudt før denne post (slettet eller flyttet)")
        content = encode([at, user_id, action, case_id, details])
        if digest != sha256((prev + content).encode("utf-8")).hexdigest():
            return ChainBreak(entry_id, "posten er ændret efter den blev skrevet")
        prev = digest
    return None


def verify_chain(db: Database) -> ChainBreak | None:
    """None when the whole log verifies; otherwise the first broken entry. After a retention
    purge the chain starts at the last anchor, and the purge's own entry must name it."""
    con = db.reader()
    anchor = con.execute(
        "SELECT first_id, prev_hash FROM audit_anchor ORDER BY id DESC LIMIT 1"
    ).fetchone()
    first_id, start = (anchor[0], anchor[1]) if anchor else (0, GENESIS)
    rows = con.execute(
        "SELECT id, at, user_id, action, case_id, details, prev_hash, hash FROM audit_log "
        "WHERE id >= ? ORDER BY id",
        (first_id,),
    )
    broken = verify_rows(rows, start)
    if broken is None and anchor is not None:
        named = con.execute(
            "SELECT count(*) FROM audit_log WHERE action = 'audit.purge' AND "
            "json_extract(details, '$.anchor') = ?",
            (start,),
        ).fetchone()[0]
        if not named:
            return ChainBreak(first_id, "en sletning af gamle poster er ikke selv logget")
    earlier = con.execute("SELECT min(id) FROM audit_log").fetchone()[0]
    if broken is None and anchor is not None and earlier is not None and earlier < first_id:
        return ChainBreak(earlier, "der er poster fra før den seneste sletning")
    return broken


def entry_count(db: Database) -> int:
    """How many entries the local log holds (what `udsat audit verify` reports checked)."""
    return int(db.reader().execute("SELECT count(*) FROM audit_log").fetchone()[0])


def purge_older_than(db: Database, user_id: str, before: dt.datetime) -> int:
    """Delete the entries older than `before` (retention), keeping the chain verifiable: the
    first kept entry's link is stored as an anchor, and the purge is logged. Nothing from the
    first entry about a case under a legal hold onwards is deleted. The caller checks
    the user may do this (coordinators only). Refused when the log does not verify now."""
    broken = verify_chain(db)
    if broken is not None:
        raise ValueError(
            Msg("Loggen er brudt ved post {entry_id}; der slettes intet", entry_id=broken.entry_id)
        )
    con = db.reader()
    cutoff = before.astimezone(dt.UTC).isoformat(timespec="microseconds")
    con.execute("BEGIN IMMEDIATE")
    try:
        first = con.execute(
            "SELECT id, prev_hash FROM audit_log WHERE at >= ? ORDER BY id LIMIT 1", (cutoff,)
        ).fetchone()
        if first is None:  # everything is old: keep the newest entry as the anchor point
            first = con.execute(
                "SELECT id, prev_hash FROM audit_log ORDER BY id DESC LIMIT 1"
            ).fetchone()
        # a legal hold (complaint, access request) keeps every entry about its case, so the
        # purge stops before the first of them (the chain is cut in one place only)
        held = con.execute(
            "SELECT a.id, a.prev_hash FROM audit_log a WHERE a.case_id IN ("
            'SELECT c.id FROM "case" c JOIN legal_hold h ON h.case_key = c.case_key '
            "WHERE h.lifted_at IS NULL) ORDER BY a.id LIMIT 1"
        ).fetchone()
        if held is not None and held[0] < first[0]:
            first = held
        count = con.execute("SELECT count(*) FROM audit_log WHERE id < ?", (first[0],)).fetchone()[
            0
        ]
        if count:
            trigger = con.execute(
                "SELECT sql FROM sqlite_master WHERE name = 'audit_log_no_delete'"
            ).fetchone()[0]
            con.execute("DROP TRIGGER audit_log_no_delete")
            con.execute("DELETE FROM audit_log WHERE id < ?", (first[0],))
            con.execute(trigger)
            now = dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")
            con.execute(
                "INSERT INTO audit_anchor (first_id, prev_hash, purged_before, "
                "purged_count, at) VALUES (?, ?, ?, ?, ?)",
                (first[0], first[1], cutoff, count, now),
            )
            con.execute(
                _APPEND_SQL,
                params(
                    user_id,
                    "audit.purge",
                    None,
                    {"before": cutoff, "count": count, "anchor": first[1]},
                ),
            )
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return int(count)


def entries(db: Database, case_id: int | None = None) -> list[tuple[Any, ...]]:
    sql = "SELECT id, at, user_id, action, case_id, details FROM audit_log"
    params: tuple[Any, ...] = ()
    if case_id is not None:
        sql += " WHERE case_id = ?"
        params = (case_id,)
    return list(db.reader().execute(sql + " ORDER BY id", params))


def query(
    db: Database,
    *,
    case_id: int | None = None,
    user_id: str | None = None,
    action: str | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
    limit: int | None = None,
) -> list[LogEntry]:
    """Entries, newest first, filtered by case, user, action and period (dates inclusive)."""
    where, params = [], []
    for column, value in (("case_id", case_id), ("user_id", user_id), ("action", action)):
        if value is not None:
            where.append(f"{column} = ?")
            params.append(value)
    if start is not None:
        where.append("at >= ?")
        params.append(start.isoformat())
    if end is not None:
        where.append("at < ?")
        params.append((end + dt.timedelta(days=1)).isoformat())
    sql = "SELECT id, at, user_id, action, case_id, details FROM audit_log"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY id DESC"
    if limit:
        sql += f" LIMIT {int(limit)}"
    return [
        LogEntry(i, dt.datetime.fromisoformat(at), u, a, c, json.loads(d or "{}"))
        for i, at, u, a, c, d in db.reader().execute(sql, params)
    ]


ALL_CASES = "alle"  # `cases` of an entry that touched every case (a full export)

_CITIZEN_SQL = """
SELECT id, at, user_id, action, case_id, details FROM audit_log
WHERE case_id = :case OR (case_id IS NULL AND details LIKE '%"cases"%' AND (
    json_extract(details, '$.cases') = :all
    OR EXISTS (SELECT 1 FROM json_each(audit_log.details, '$.cases') WHERE value = :case)))
ORDER BY id
"""


def users_in_log(db: Database) -> list[str]:
    """Every user id that has an entry in the log, sorted."""
    rows = db.reader().execute("SELECT DISTINCT user_id FROM audit_log ORDER BY 1")
    return [user_id for (user_id,) in rows]


def citizen_log(db: Database, case_id: int) -> list[LogEntry]:
    """Everything the log holds about one citizen, oldest first: entries about the case, the
    searches that showed it, prints, packets and exports that held it (their `cases`), and the
    import that brought their data in (the case records its batch; the batch has one entry)."""
    rows = [
        LogEntry(i, dt.datetime.fromisoformat(at), u, a, c, json.loads(d or "{}"))
        for i, at, u, a, c, d in db.reader().execute(
            _CITIZEN_SQL, {"case": case_id, "all": ALL_CASES}
        )
    ]
    batch = (
        db.reader()
        .execute('SELECT import_batch_id FROM "case" WHERE id = ?', (case_id,))
        .fetchone()
    )
    if batch and batch[0] is not None:
        for entry in query(db, action="import"):
            if entry.details.get("batch") == batch[0]:
                rows.insert(
                    0,
                    LogEntry(
                        entry.id,
                        entry.at,
                        entry.user_id,
                        entry.action,
                        case_id,
                        {"batch": batch[0]},
                    ),
                )
                break
    return rows


def access_log(db: Database, case_id: int, user_id: str) -> AccessLog:
    """Everything a citizen's access log shows, and a log entry that it was handed out."""

    case = get_case(db, case_id)
    if case is None:
        raise ValueError(Msg("ukendt sag"))
    people = reviewer_labels(db, full=True)
    data = AccessLog(
        case.case_key,
        case.name,
        mask_cpr(case.cpr),
        citizen_log(db, case_id),
        people,
        verify_chain(db) is None,
    )

    # every sync writes through this module; only the log's reader needs the templates
    from udsat_desktop.platform.checklists import (  # lazy: no-op sync, templates +0.6 s
        default_library,
    )

    library = default_library(None)
    read: dict[str, MergedVocabulary] = {}

    def vocabulary_of(entry: LogEntry) -> MergedVocabulary:
        """A consent is named as the template it was recorded under names it (issue 30)."""
        key = str(entry.details.get("template") or "")
        if key not in read:
            ref = tuple(key.split("@", 1)) if "@" in key else None
            read[key] = library.read_through(ref)  # type: ignore[arg-type]
        return read[key]

    # why the CPR number is processed, as the case's newest review's template says (else the
    # template in force today)
    newest = (
        db.reader()
        .execute(
            "SELECT template_id, template_version FROM review WHERE case_id = ? "
            "ORDER BY id DESC LIMIT 1",
            (case_id,),
        )
        .fetchone()
    )
    own = library.find(*newest) if newest is not None else None
    template = own or library.forum_template(dt.date.today())
    cpr = template.vocabulary.cpr_legal_basis()
    data = dataclasses.replace(
        data,
        lines=access_lines(data, lambda entry: citizen_detail(entry, vocabulary_of(entry))),
        cpr_basis=cpr.full_label if cpr is not None else "",
    )
    append_now(db, user_id, "audit.export", case_id)
    return data
