"""What I put on the share from my queue: the queued summaries and records, sealed,
write-once, verified before they leave the queue (store/signed_pdfs.py), with their sync-log
lines, cases marked synced, my list of what I published and the queue letting go of them in one
transaction of plain SQL a group: a sync whose only work is the outbox loads no SQLAlchemy
(issue 34). sync/engine.py runs it alone when only the outbox has work, else
sync/engine_work.py with the steps that write through the ORM.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from udsat_desktop.core.literals import LTV_WAITING
from udsat_desktop.core.text import Msg, message_of
from udsat_desktop.platform.paths import AppPaths
from udsat_desktop.platform.settings import load_settings
from udsat_desktop.reports import ltv
from udsat_desktop.store import published as published_store
from udsat_desktop.store.db import Database
from udsat_desktop.store.push_log import SYNCED, LogLine, log_pushed_on
from udsat_desktop.store.signed_pdfs import (
    queued_reviews,
    queued_summary,
    replace_with_augmented,
    unqueue,
)
from udsat_desktop.sync import sealed
from udsat_desktop.sync.identity import sealer
from udsat_desktop.sync.keys import Sealer
from udsat_desktop.sync.layout import KIND_RECORD, KIND_SUMMARY, targets_of
from udsat_desktop.sync.published import note_published
from udsat_desktop.sync.push import tidy_outbox
from udsat_desktop.sync.report import SyncReport
from udsat_desktop.sync.roster import trust_dir
from udsat_desktop.sync.share.errors import ShareError, WriteOnceConflict
from udsat_desktop.sync.share.publish import publish_once

GROUP = 100  # reviews whose bookkeeping commits together (one commit a group, not 4 a review)


class _Pushed:
    """What a group of pushed reviews leaves in the store, written together in one transaction
    of plain SQL (no SQLAlchemy: store/push_log.py): the sync log's lines, the cases marked
    synced, my list of what I published and the queue letting go of them."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.lines: list[LogLine] = []
        self.synced: list[tuple[str, str]] = []
        self.listed: list[tuple[dict[str, Any], bytes, str, str]] = []
        self.uploaded: list[str] = []

    def flush(self) -> None:
        if self.lines or self.synced or self.uploaded:
            with published_store.transaction(self.db) as con:
                log_pushed_on(con, self.lines, self.synced)
                for record, record_bytes, pdf_rel, record_rel in self.listed:
                    note_published(self.db, record, record_bytes, pdf_rel, record_rel)
                unqueue(self.db, self.uploaded, in_transaction=True)
        self.lines, self.synced, self.listed, self.uploaded = [], [], [], []


def push_outbox(db: Database, paths: AppPaths, share: Path, report: SyncReport) -> None:
    """Each queued summary (its bytes and record in the encrypted store since it was signed:
    store/signed_pdfs.py): PDF first, record after, each sealed to its readers, so a record on
    the share always has its complete PDF; only when both are on the share does the review
    leave the queue (`unqueue`, with its group's bookkeeping: a kill before it means the next
    sync finds both already there). Nothing is written to the laptop's disk."""
    tidy_outbox(db, paths, share)
    seal = sealer(db, paths)
    pushed = _Pushed(db)
    try:
        for case_key, review_key in queued_reviews(db):
            _push_review(db, paths, share, report, seal, pushed, case_key, review_key)
            if len(pushed.uploaded) >= GROUP:
                pushed.flush()
    finally:
        pushed.flush()


def _push_review(
    db: Database,
    paths: AppPaths,
    share: Path,
    report: SyncReport,
    seal: Sealer | None,
    pushed: _Pushed,
    case_key: str,
    review_key: str,
) -> None:
    name = f"{case_key}_{review_key}"
    item = queued_summary(db, review_key)
    try:
        if item is None or item[1] is None:
            raise KeyError("record")
        pdf, record_text, stored_sha = item[0], str(item[1]), item[2]
        record = json.loads(record_text)
        pdf_target, record_target = targets_of(record)
    except (ValueError, KeyError, TypeError) as exc:
        report.failed.append(
            (
                f"{name}.json",
                Msg("ulæselig post i udbakken ({problem})", problem=message_of(exc)),
            )
        )
        return
    if record.get("ltv") == LTV_WAITING:  # signed offline with an organisation key
        pdf, record_text = complete_ltv(db, paths, review_key, stored_sha, pdf, record)
    if seal is None:  # nothing is written to the share plain: it waits for the roster
        report.failed.append(
            (
                f"{name}.json",
                Msg(
                    "venter: teamets holdliste er ikke modtaget endnu, så der er ingen at "
                    "kryptere til"
                ),
            )
        )
        return
    readers = [
        str(record.get("signed_by") or ""),
        *(str(r) for r in record.get("reviewers") or []),
    ]
    record_bytes = record_text.encode("utf-8")
    for data, local, target, kind in (
        (pdf, f"{name}.pdf", pdf_target, KIND_SUMMARY),
        (record_bytes, f"{name}.json", record_target, KIND_RECORD),
    ):
        line = _push_one(local, data, share, target, report, seal, readers, kind)
        pushed.lines.append(line)
        if line[3] != SYNCED:
            return  # the record never goes before its PDF
    pushed.uploaded.append(review_key)
    pushed.synced.append((record.get("case_key", ""), record.get("review_id", "")))
    # on my list of what I published before the queue lets go of it (issue 28)
    pushed.listed.append((record, record_bytes, pdf_target, record_target))


def _push_one(
    local: str,
    data: bytes,
    share: Path,
    target: str,
    report: SyncReport,
    seal: Sealer,
    readers: list[str],
    kind: str,
) -> LogLine:
    """One queued file to the share, sealed to its readers (never plain). `local` is its
    name in the queue (`<case-key>_<review-key>.pdf`/`.json`), as the sync log shows it.
    Returns its line for the sync log. The sealed bytes are checked by every reader (AES-GCM;
    the record names its PDF's hash; my list names both): read back only as the protocol says
    (`verify=False`, share/publish.py)."""
    digest = hashlib.sha256(data).hexdigest()
    outcome, message = SYNCED, None
    try:
        blob = seal.seal(readers, data, kind=kind, name=target)
        if publish_once(share / target, blob, share=share, sole_writer=True, verify=False):
            report.published.append(target)
        else:
            report.already_there.append(target)
    except WriteOnceConflict as exc:
        outcome, message = "konflikt", str(exc)
        report.conflicts.append((local, str(exc)))
    except (ShareError, sealed.SealError) as exc:
        outcome, message = "venter", str(exc)
        report.failed.append((local, str(exc)))
    return (local, target, digest, outcome, message)


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
    from udsat_desktop.reports.signing import trust_list  # lazy: loads the renderer, +530-690 ms

    as_is = json.dumps(record, ensure_ascii=False, indent=2)
    try:
        augmented = ltv.augment(
            pdf,
            trust_list(trust_dir(paths)),
            timestamp_url=load_settings(paths.config).tsa or None,
        )
    except (ltv.LtvError, OSError):
        return pdf, as_is
    if not replace_with_augmented(db, review_key, stored_sha256, augmented, record):
        return pdf, as_is
    done = {k: v for k, v in record.items() if k != "ltv"}
    return augmented, json.dumps(done, ensure_ascii=False, indent=2)
