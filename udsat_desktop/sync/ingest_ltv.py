"""Long-term validation added by the coordinator's ingest (issue 19, item 2): a verified
summary signed with an organisation key whose record says its validation data is still to be
added ("ltv": "afventer": it was signed and synced while the revocation service could not be
reached) is kept in the encrypted store, and there it gets B-LT (B-LTA with the configured
timestamp server) once the services answer. Offline it stays as it is and the next ingest
tries again. The signed revision is left byte for byte, so its hash stays the document's
identity (what the record, the ingest and the store name it by).

One step, called once at the end of `ingest`; it reads only what waits (never every PDF)."""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path
from typing import Any

from udsat_desktop.platform.paths import AppPaths
from udsat_desktop.platform.settings import load_settings
from udsat_desktop.reports import ltv
from udsat_desktop.reports.ltv import has_dss
from udsat_desktop.store import signed_pdfs
from udsat_desktop.store.db import Database
from udsat_desktop.sync.roster import trust_dir
from udsat_desktop.sync.share.errors import ShareError
from udsat_desktop.sync.share.read import read_share_file

log = logging.getLogger(__name__)


def add_ltv_after_ingest(db: Database, paths: AppPaths, share: Path, report: Any) -> None:
    """Store the waiting ingested summaries, then augment every stored one that waits.
    `report.ltv_added` / `report.ltv_waiting` list the review ids."""
    _store_waiting(db, share)
    added, waiting = augment_waiting(db, paths)
    report.ltv_added.extend(added)
    report.ltv_waiting.extend(waiting)


def _store_waiting(db: Database, share: Path) -> None:
    waiting = signed_pdfs.ingested_waiting_for_ltv(db)
    if not waiting:
        return  # the usual case: one query, nothing imported

    for review_key, case_key, pdf_rel, sha256, record in waiting:
        try:
            pdf = read_share_file(share / pdf_rel, "pdf", share=share)
        except (OSError, ShareError):
            continue  # read again at the next ingest
        # exactly the signed revision the ingest verified, without validation data yet;
        # anything else (already augmented, or changed since) is left to the share's copy
        if hashlib.sha256(pdf).hexdigest() != sha256 or has_dss(pdf):
            continue
        try:
            signed_pdfs.keep_signed_pdf(db, case_key, review_key, pdf, record)
        except ValueError:
            log.warning("a stored summary differs from the verified one; left as it is")


def augment_waiting(db: Database, paths: AppPaths) -> tuple[list[str], list[str]]:
    """Add validation data to each stored summary that waits for it: (augmented, still
    waiting). A self-issued key can never have it: such a record stops waiting."""
    todo = signed_pdfs.stored_waiting_for_ltv(db)
    if not todo:
        return [], []  # the usual case: nothing imported (reports.signing loads the renderer)
    from udsat_desktop.reports.signing import trust_list  # lazy: loads the renderer, +530-690 ms

    trusted = trust_list(trust_dir(paths))
    tsa = load_settings(paths.config).tsa or None
    added: list[str] = []
    waiting: list[str] = []
    for review_key, identity, pdf, record in todo:
        try:
            augmented = ltv.augment(pdf, trusted, timestamp_url=tsa)
        except ltv.LtvError as exc:
            if str(exc) == str(ltv.SELF_ISSUED):
                signed_pdfs.replace_with_augmented(db, review_key, identity, pdf, record)
            else:
                waiting.append(review_key)  # offline: the next ingest tries again
            continue
        if identity not in ltv.signed_revision_digests(augmented):
            waiting.append(review_key)  # never replace the signed revision itself
            continue
        if signed_pdfs.replace_with_augmented(db, review_key, identity, augmented, record):
            added.append(review_key)
    return added, waiting
