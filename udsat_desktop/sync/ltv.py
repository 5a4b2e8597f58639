"""Long-term validation of a summary the outbox queued in the encrypted store: a summary
signed offline with an organisation key waits for its validation data (its record says
"ltv": "afventer"), which push adds before it writes the summary to the share
(`complete_ltv`); and the local trust folder (`trust_folder`) those checks, signing and the
ingest's LTV step (sync/ingest_ltv.py) read. Moved here from the outbox (now
flows/signing.py) so that sync/ needs nothing from flows/."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from udsat_desktop.platform.paths import AppPaths
from udsat_desktop.platform.settings import load_settings
from udsat_desktop.store.db import Database
from udsat_desktop.store.signed_pdfs import replace_with_augmented


def trust_folder(paths: AppPaths) -> Path:
    return paths.data / "trust"


def complete_ltv(
    db: Database,
    paths: AppPaths,
    review_key: str,
    stored_sha256: str,
    pdf: bytes,
    record: dict[str, Any],
) -> tuple[bytes, str]:
    """Add the validation data a summary signed offline with an organisation key is waiting
    for (B-LT; B-LTA with the configured timestamp server), in the store. Returns the PDF and
    record text to push: as they are when it still cannot be done (offline; the record keeps
    saying so). The record's hash names the signed revision, which this leaves unchanged."""
    # only a summary that waits needs them; reports.signing loads the PDF renderer (+1,050 ms
    # after sync.engine, reports.ltv +100 ms; median of 5 on the shared machine)
    from udsat_desktop.reports import ltv, signing  # lazy: push start-up, +1,150 ms

    as_is = json.dumps(record, ensure_ascii=False, indent=2)
    try:
        augmented = ltv.augment(
            pdf,
            signing.trust_list(trust_folder(paths)),
            timestamp_url=load_settings(paths.config).tsa or None,
        )
    except (ltv.LtvError, OSError):
        return pdf, as_is
    if not replace_with_augmented(db, review_key, stored_sha256, augmented, record):
        return pdf, as_is
    done = {k: v for k, v in record.items() if k != "ltv"}
    return augmented, json.dumps(done, ensure_ascii=False, indent=2)
