"""The journal manifest opens in Danish Excel (issue 32, item 5), and the exported summaries
pass the PDF/A-2 checks.

Danish Excel, opening a .csv, detects UTF-8 by its byte-order mark and splits each line on the
Windows list separator of a Danish locale, `;`, honouring double quotes. The test reads the
file that way, without Python's dialect sniffing: a manifest that Excel would put in one
column (comma-separated) or show with broken æ, ø, å (no BOM) fails here."""

from __future__ import annotations

import csv
import io
import json

from tests.reports.pdfa_rules import pdfa_findings
from udsat_desktop.flows.journal import COLUMNS, export_journal
from udsat_desktop.flows.signing import sign_ready
from udsat_desktop.platform.checklists import bundled_library
from udsat_desktop.store.demo_reviews import build_demo_reviews

LIB = bundled_library()
KEY_PASS = "nøgle-kode-1"
DANISH_LIST_SEPARATOR = ";"


def as_danish_excel_reads(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf"), "no UTF-8 byte-order mark: Excel reads cp1252"
    text = data[3:].decode("utf-8")
    assert "\r\n" in text
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=DANISH_LIST_SEPARATOR))


def test_the_manifest_opens_in_danish_excel(demo_db, profile, paths, tmp_path):
    build_demo_reviews(demo_db, 4, profile.user_id, LIB, seed=71, all_ready=True)
    items = sign_ready(demo_db, paths, profile, LIB, KEY_PASS, workers=1)
    # a name with a comma and Danish letters: one cell, read right
    key = items[0].case_key
    demo_db.reader().execute(
        'UPDATE "case" SET name = ? WHERE case_key = ?', ("Ærø, Åse Østergård", key)
    )
    out = tmp_path / "journal"
    export_journal(demo_db, paths, profile, None, out)
    rows = as_danish_excel_reads((out / "manifest.csv").read_bytes())
    assert tuple(rows[0]) == COLUMNS
    assert all(len(row) == len(COLUMNS) for row in rows), "every row in its own columns"
    documents = json.loads((out / "manifest.json").read_text(encoding="utf-8"))["documents"]
    assert len(rows) - 1 == len(documents) == len(items)
    for row, doc in zip(rows[1:], documents, strict=True):
        assert dict(zip(COLUMNS, row, strict=True)) == doc
        # the exported summaries are PDF/A-2 by the focused check too
        assert pdfa_findings(out / doc["fil"], 2) == [], doc["fil"]
    assert "Ærø, Åse Østergård" in [dict(zip(COLUMNS, r, strict=True))["navn"] for r in rows]
