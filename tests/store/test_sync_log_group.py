"""The sync log of a group of pushed files (store/sync_work.py `log_pushed`, issue 34): one
upsert for the group's lines and one query for its cases, with the same outcome as a line and
a case at a time: a file tried again counts one more attempt and keeps when it was synced,
each case pushed is marked synced with its own audit entry, and the audit chain holds."""

from __future__ import annotations

import json

from udsat_desktop.core.status import CaseStatus
from udsat_desktop.store import audit
from udsat_desktop.store.sync_work import log_pushed, sync_log


def _cases(db, count: int) -> list[tuple[int, str]]:
    return [
        (int(i), str(k))
        for i, k in db.reader().execute(
            'SELECT id, case_key FROM "case" ORDER BY id LIMIT ?', (count,)
        )
    ]


def test_a_group_logs_each_line_once_and_marks_each_case_synced(demo_db):
    db = demo_db
    cases = _cases(db, 3)
    db.reader().execute(
        'UPDATE "case" SET status = ? WHERE id IN (?, ?)',
        (CaseStatus.SIGNED.value, cases[0][0], cases[1][0]),
    )
    before = audit.entry_count(db)
    # a first try: one PDF waits (the share failed), the other is synced
    log_pushed(
        db,
        [
            ("A.pdf", "summaries/2026/01/R-A.pdf", "a" * 64, "venter", "fællesmappen svarede ikke"),
            ("B.pdf", "summaries/2026/01/R-B.pdf", "b" * 64, "synkroniseret", None),
        ],
        [],
    )
    first = {row.name: row for row in sync_log(db)}
    assert first["A.pdf"].attempts == 1 and first["A.pdf"].synced_at is None
    assert first["B.pdf"].attempts == 1 and first["B.pdf"].synced_at is not None
    b_synced_at = first["B.pdf"].synced_at
    # the next sync: A goes now, B is tried again and waits, C is new; three cases pushed
    log_pushed(
        db,
        [
            ("A.pdf", "summaries/2026/01/R-A.pdf", "a" * 64, "synkroniseret", None),
            ("B.pdf", "summaries/2026/01/R-B.pdf", "c" * 64, "venter", "optaget"),
            ("C.json", "records/2026/01/R-C.json", "d" * 64, "konflikt", "findes allerede"),
        ],
        [(cases[0][1], "R-A"), (cases[1][1], "R-B"), (cases[2][1], "R-C"), ("XXXX-NONE", "R-X")],
    )
    rows = {row.name: row for row in sync_log(db)}
    assert set(rows) == {"A.pdf", "B.pdf", "C.json"}
    assert (rows["A.pdf"].attempts, rows["A.pdf"].state, rows["A.pdf"].message) == (
        2,
        "synkroniseret",
        None,
    )
    assert rows["A.pdf"].synced_at is not None
    assert (rows["B.pdf"].attempts, rows["B.pdf"].state, rows["B.pdf"].sha256) == (
        2,
        "venter",
        "c" * 64,
    )
    assert rows["B.pdf"].synced_at == b_synced_at and rows["B.pdf"].message == "optaget"
    assert (rows["C.json"].attempts, rows["C.json"].state) == (1, "konflikt")
    statuses = dict(
        db.reader().execute(
            'SELECT id, status FROM "case" WHERE id IN (?, ?, ?)', tuple(i for i, _ in cases)
        )
    )
    assert statuses[cases[0][0]] == CaseStatus.SYNCED.value
    assert statuses[cases[1][0]] == CaseStatus.SYNCED.value
    assert statuses[cases[2][0]] != CaseStatus.SYNCED.value  # it was not signed
    # one audit entry per known case pushed (the unknown case key is passed over), chained
    assert audit.entry_count(db) == before + 3
    new = audit.entries(db)[-3:]
    assert [(e[3], e[4]) for e in new] == [("sync", i) for i, _ in cases]
    assert [json.loads(e[5]) for e in new] == [{"review": r} for r in ("R-A", "R-B", "R-C")]
    assert audit.verify_chain(db) is None
