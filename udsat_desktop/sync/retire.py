"""After a verified upload: the signed summary's bytes go into the encrypted store and the
outbox's plain files are removed (issue 16: nothing plain is kept on the laptop)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from udsat_desktop.store.db import Database
from udsat_desktop.store.signed_pdfs import keep_signed_pdf, remove_file


def retire_uploaded(db: Database, pdf_path: Path, record_path: Path,
                    record: dict[str, Any]) -> None:
    """Call only once both files are verified on the share. The store keeps the exact signed
    bytes (and the record) before anything local is deleted, so a crash in between leaves the
    pair in the outbox, and the next sync finds it already on the share and retires it."""
    pdf = pdf_path.read_bytes()
    keep_signed_pdf(db, str(record["case_key"]), str(record["review_id"]), pdf,
                    record_path.read_bytes().decode("utf-8"))
    remove_file(pdf_path)
    remove_file(record_path)
