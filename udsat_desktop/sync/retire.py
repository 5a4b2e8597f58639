"""After a verified upload: the signed summary's bytes go into the encrypted store and the
outbox's plain files are removed (issue 16: nothing plain is kept on the laptop)."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any

from udsat_desktop.platform.paths import AppPaths
from udsat_desktop.store.db import Database
from udsat_desktop.store.signed_pdfs import keep_signed_pdfs
from udsat_desktop.sync.pending import pending_files

BATCH = 64


def retire_uploaded(db: Database, uploaded: list[tuple[Path, Path, dict[str, Any]]]) -> None:
    """(pdf, record file, record) of pairs verified on the share. The store keeps the exact
    signed bytes and the record (one transaction per batch) before anything local is deleted,
    so a crash in between leaves pairs in the outbox, which the next sync finds already on the
    share and retires then."""
    for start in range(0, len(uploaded), BATCH):
        batch = uploaded[start : start + BATCH]
        keep_signed_pdfs(
            db,
            [
                (
                    str(record["case_key"]),
                    str(record["review_id"]),
                    pdf.read_bytes(),
                    record_path.read_bytes().decode("utf-8"),
                )
                for pdf, record_path, record in batch
            ],
        )
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


def complete_retires(db: Database, paths: AppPaths) -> int:
    """Finish what a kill interrupted: a record or PDF left in the outbox whose review is
    already in the store (its partner removed) is removed too; pairs an older version (or a
    move cut short) left in outbox/sendt are taken into the store. Returns files removed."""
    from udsat_desktop.store.signed_pdfs import absorb_sent_folder, signed_pdf

    removed = 0
    for path in pending_files(paths):
        partner = path.with_suffix(".json" if path.suffix == ".pdf" else ".pdf")
        if partner.exists():
            continue
        _case_key, sep, review_key = path.stem.partition("_")
        if sep and signed_pdf(db, review_key) is not None:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
            removed += 1
    absorb_sent_folder(db, paths)
    return removed
