"""An ingest's batch kept with a few statements (store/ingest_batch.py; issue 31, item 7)
keeps exactly what keeping each record on its own keeps (sync_work.store_ingested): the same
rows, the same audit entries in the same order, chained; an honest review is not demoted by a
failing file, a retained (deleted) review stays deleted, a review's first PDF bytes stay; and
the statuses and conflict flags of the batch's cases."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

from udsat_desktop.core.status import CaseStatus
from udsat_desktop.platform.paths import resolve
from udsat_desktop.store import audit
from udsat_desktop.store.db import Database
from udsat_desktop.store.ingest_batch import Ingested, apply_ingest, store_ingested_batch
from udsat_desktop.store.sync_work import RETAINED, store_ingested


def _cases(db: Database, n: int) -> list[str]:
    rows = db.reader().execute('SELECT case_key FROM "case" ORDER BY id LIMIT ?', (n,))
    return [r[0] for r in rows.fetchall()]


def _record(review: str, case_key: str, **extra: Any) -> dict[str, Any]:
    return {
        "review_id": review,
        "case_key": case_key,
        "review_date": "2026-11-02",
        "reviewers": ["u1", "u2"],
        "pdf_sha256": hashlib.sha256(review.encode()).hexdigest(),
        "signed_at": "2026-11-02T10:00:00+00:00",
        **extra,
    }


def _items(db: Database) -> list[Ingested]:
    a, b, c, d = _cases(db, 4)
    return [
        Ingested(_record("r-a1", a), "summaries/2026/11/r-a1.pdf", (10, 1), "TRUSTED", b"%PDF a1"),
        Ingested(_record("r-a2", a), "summaries/2026/11/r-a2.pdf", (11, 2), "TRUSTED", b"%PDF a2"),
        Ingested(_record("r-b1", b), "summaries/2026/11/r-b1.pdf", (12, 3), "UNKNOWN_SIGNER"),
        Ingested(
            _record("r-c2", c, replaces_review_id="r-c1"),
            "summaries/2026/11/r-c2.pdf",
            (13, 4),
            "TRUSTED",
            b"%PDF c2",
        ),
        Ingested(_record("r-c1", c), "summaries/2026/11/r-c1.pdf", (14, 5), "TRUSTED", b"%PDF c1"),
        # the same id twice in one batch (old flat layout and sharded): in order, as one by one
        Ingested(_record("r-b1", b), "summaries/r-b1.pdf", (15, 6), "TRUSTED", b"%PDF b1"),
        Ingested(_record("r-a1", a), "summaries/2026/11/r-a1.pdf", (16, 7), "MODIFIED"),
        Ingested(_record("r-gone", d), "summaries/2026/11/r-gone.pdf", (17, 8), "TRUSTED"),
    ]


def _prepare(db: Database, user_id: str) -> None:
    """What was there before: a review deleted by retention (r-gone) and one whose earlier
    file failed (r-a2)."""
    a, _b, _c, d = _cases(db, 4)
    store_ingested(db, _record("r-gone", d), "x.pdf", (1, 1), "TRUSTED", user_id)
    db.reader().execute(
        "UPDATE ingested_record SET verdict = ? WHERE review_key = 'r-gone'", (RETAINED,)
    )
    store_ingested(db, _record("r-a2", a), "old.pdf", (1, 1), "UNSIGNED", user_id)


def _state(db: Database) -> dict[str, Any]:
    read = db.reader()
    rows = read.execute(
        "SELECT review_key, case_key, reviewers, review_date, signed_at, pdf_path, pdf_sha256, "
        "verdict, conflict, record, source_size, source_mtime_ns FROM ingested_record "
        "ORDER BY review_key"
    ).fetchall()
    pdfs = read.execute(
        "SELECT review_key, case_key, sha256, pdf, record FROM signed_pdf ORDER BY review_key"
    ).fetchall()
    entries = read.execute(
        "SELECT user_id, action, case_id, details FROM audit_log WHERE action IN "
        "('ingest', 'status') ORDER BY id"
    ).fetchall()
    statuses = read.execute(
        'SELECT case_key, status FROM "case" WHERE case_key IN '
        "(SELECT case_key FROM ingested_record) ORDER BY case_key"
    ).fetchall()
    return {"rows": rows, "pdfs": pdfs, "entries": entries, "statuses": statuses}


def _one_by_one(db: Database, items: list[Ingested], user_id: str) -> list[bool]:
    """What the ingest did before batches: each record on its own, the PDF's bytes when there
    were none, then the cases' statuses."""
    kept = []
    for item in items:
        ok = store_ingested(db, item.record, item.pdf_rel, item.stamp, item.verdict, user_id)
        kept.append(ok)
        key = item.record["review_id"]
        there = db.reader().execute("SELECT 1 FROM signed_pdf WHERE review_key = ?", (key,))
        if ok and item.pdf is not None and there.fetchone() is None:
            db.reader().execute(
                "INSERT INTO signed_pdf (review_key, case_key, sha256, pdf, record, stored_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (
                    key,
                    item.record["case_key"],
                    hashlib.sha256(item.pdf).hexdigest(),
                    item.pdf,
                    json.dumps(item.record, ensure_ascii=False),
                    dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                ),
            )
    apply_ingest(db, user_id, {i.record["case_key"] for i in items})
    return kept


def test_a_batch_keeps_what_one_by_one_keeps(demo_db, profile, demo_template, tmp_path):
    other, _ = demo_template.copy_to(resolve(tmp_path / "other").ensure())
    try:
        for db in (demo_db, other):
            _prepare(db, profile.user_id)
        items = _items(demo_db)
        kept, updated, conflicts = store_ingested_batch(demo_db, items, profile.user_id)
        assert kept == _one_by_one(other, _items(other), profile.user_id)
        batch, alone = _state(demo_db), _state(other)
        assert batch == alone
        assert audit.verify_chain(demo_db) is None
    finally:
        other.close()

    assert kept == [True, True, True, True, True, True, False, True]
    by_key = {r[0]: r for r in batch["rows"]}
    assert by_key["r-a1"][7] == "TRUSTED" and by_key["r-a1"][10:] == (16, 7)  # not demoted
    assert by_key["r-gone"][7] == RETAINED  # stays deleted
    assert by_key["r-b1"][7] == "TRUSTED" and by_key["r-b1"][5] == "summaries/r-b1.pdf"
    assert by_key["r-a2"][7] == "TRUSTED"  # a failing earlier file does not block a good one
    # two current reviews of case a: both flagged; c2 replaces c1: no conflict on c
    assert by_key["r-a1"][8] and by_key["r-a2"][8]
    assert not by_key["r-c1"][8] and not by_key["r-c2"][8]
    assert conflicts == [items[0].record["case_key"]]
    assert [p[0] for p in batch["pdfs"]] == ["r-a1", "r-a2", "r-b1", "r-c1", "r-c2"]
    ingests = [e for e in batch["entries"] if e[1] == "ingest"][2:]  # after _prepare's two
    assert len(ingests) == 6  # one per record kept anew: not for the retained or refused one
    assert updated == 3  # a, b, c; not d, whose review was deleted
    assert [s[1] for s in batch["statuses"]].count(CaseStatus.SYNCED.value) == 3
