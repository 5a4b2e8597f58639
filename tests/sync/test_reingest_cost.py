"""What a re-ingest with nothing new reads of the encrypted store: the stored summaries that
may wait for validation data are found through a partial index, never by reading every
stored PDF (a row's record lies after its PDF, so a scan decrypted every summary: 0.7 s of a
0.8 s re-ingest at 2,700 reviews)."""

from __future__ import annotations

import json
import subprocess
import sys

from udsat_desktop.store.db import SCHEMA_HEAD
from udsat_desktop.store.signed_pdfs import (
    LTV_WAITING,
    STORED_WAITING_SQL,
    keep_signed_pdf,
    replace_with_augmented,
    stored_waiting_for_ltv,
)


def _record(review_key: str, **extra: object) -> str:
    return json.dumps({"review_id": review_key, "case_key": "K1", **extra})


def test_only_the_summaries_that_wait_are_found_and_an_augmented_one_leaves(db):
    pdf = b"%PDF-1.7 waiting"
    keep_signed_pdf(db, "K1", "R-wait", pdf, _record("R-wait", ltv=LTV_WAITING))
    keep_signed_pdf(db, "K1", "R-done", b"%PDF-1.7 done", _record("R-done"))
    keep_signed_pdf(db, "K1", "R-none", b"%PDF-1.7 no record", None)
    # mentions "ltv" without waiting (in the index, but not returned)
    keep_signed_pdf(db, "K1", "R-other", b"%PDF-1.7 other", _record("R-other", ltv="B-LT"))
    keep_signed_pdf(db, "K1", "R-text", b"%PDF", _record("R-text", note='"ltv" afventer'))
    [(key, _identity, got, record)] = stored_waiting_for_ltv(db)
    assert (key, got, record["ltv"]) == ("R-wait", pdf, LTV_WAITING)

    assert replace_with_augmented(db, "R-wait", _identity, pdf + b" with DSS", record)
    assert stored_waiting_for_ltv(db) == []  # the record no longer waits
    keep_signed_pdf(db, "K2", "R-late", b"%PDF late", _record("R-late", ltv=LTV_WAITING))
    assert [w[0] for w in stored_waiting_for_ltv(db)] == ["R-late"]  # a new row is indexed


def test_the_summaries_that_wait_are_read_through_the_index_not_a_scan(db):
    for i in range(20):
        keep_signed_pdf(db, "K1", f"R{i}", b"%PDF" + bytes([i]) * 5000, _record(f"R{i}"))
    plan = " | ".join(
        row[-1] for row in db.reader().execute("EXPLAIN QUERY PLAN " + STORED_WAITING_SQL)
    )
    assert "ix_signed_pdf_ltv" in plan and "SCAN signed_pdf" not in plan.replace(
        "SCAN signed_pdf USING INDEX", ""
    ), plan
    assert stored_waiting_for_ltv(db) == []


def test_an_ingest_with_nothing_waiting_loads_no_renderer(team):
    """The validation-data step imports the PDF renderer and pyHanko only when a stored
    summary waits for them: a re-ingest with nothing new pays no 0.3 s of imports."""
    from tests.sync.conftest import enrol
    from tests.sync.test_noop_sync import PROBE

    _share, kk, aa, _bb = team
    enrol(kk, aa)
    heavy = ["reportlab", "udsat_desktop.reports.pdf", "udsat_desktop.reports.signing"]
    for _ in range(2):  # the first ingest, and one with nothing new
        args = ["--data-dir", str(kk.data), "--json", "ingest"]
        out = subprocess.run(
            [sys.executable, "-c", PROBE, json.dumps(heavy), *args],
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        result = json.loads(out.stdout.strip().splitlines()[-1])
        assert result == {"code": 0, "loaded": []}, out.stderr[-2000:]


def test_a_store_of_before_the_index_finds_its_waiting_summaries_once_migrated(db, paths):
    """Summaries stored (and waiting) before migration 0007 are in the index it builds."""
    from alembic import command

    from tests.conftest import PASSPHRASE
    from udsat_desktop.store.db import Database, migrations_config

    cfg, stack = migrations_config()
    with stack, db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0006_16_signed_pdf")
    assert db.current_revision() == "0006_16_signed_pdf"
    keep_signed_pdf(db, "K1", "R-old", b"%PDF old", _record("R-old", ltv=LTV_WAITING))
    keep_signed_pdf(db, "K1", "R-done", b"%PDF done", _record("R-done"))
    db.close()
    upgraded = Database.open(paths.database, paths.keyinfo, PASSPHRASE)
    try:
        assert upgraded.current_revision() == SCHEMA_HEAD
        assert [w[0] for w in stored_waiting_for_ltv(upgraded)] == ["R-old"]
    finally:
        upgraded.close()
