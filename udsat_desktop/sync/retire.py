"""After a verified upload: the signed summary's bytes go into the encrypted store and the
outbox's plain files are removed (issue 16: nothing plain is kept on the laptop)."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any

from udsat_desktop.store.db import Database
from udsat_desktop.store.signed_pdfs import keep_signed_pdfs

BATCH = 64


def retire_uploaded(db: Database, uploaded: list[tuple[Path, Path, dict[str, Any]]]) -> None:
    """(pdf, record file, record) of pairs verified on the share. The store keeps the exact
    signed bytes and the record (one transaction per batch) before anything local is deleted,
    so a crash in between leaves pairs in the outbox, which the next sync finds already on the
    share and retires then."""
    for start in range(0, len(uploaded), BATCH):
        batch = uploaded[start:start + BATCH]
        keep_signed_pdfs(db, [(str(record["case_key"]), str(record["review_id"]),
                               pdf.read_bytes(), record_path.read_bytes().decode("utf-8"))
                              for pdf, record_path, record in batch])
        for pdf, record_path, _record in batch:
            for path in (pdf, record_path):
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()
        if batch and os.name == "posix":
            fd = os.open(batch[0][0].parent, os.O_RDONLY)
            try:
                os.fsync(fd)  # the removals are durable too
            finally:
                os.close(fd)
