"""What waits for the share: the queue of unsent work inside the encrypted store (issue 36).
Kept free of SQLAlchemy and the sync engine: the window's status bar asks at start-up, before
the write path has loaded (one indexed count over the reader connection)."""

from __future__ import annotations

from udsat_desktop.store.db import Database
from udsat_desktop.store.signed_pdfs import queued_count, queued_reviews


def pending_files(db: Database) -> list[str]:
    """The queue's entries by the names the sync log gives them (a summary and its record per
    review, `<case-key>_<review-key>.pdf`/`.json`); no such files exist on disk."""
    return [
        f"{case_key}_{review_key}{suffix}"
        for case_key, review_key in queued_reviews(db)
        for suffix in (".pdf", ".json")
    ]


def pending_count(db: Database) -> int:
    """Files waiting for the share: two per queued review (its summary and its record)."""
    return 2 * queued_count(db)
