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
from dataclasses import dataclass
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
from udsat_desktop.sync.share.bounded_calls import Pending
from udsat_desktop.sync.share.errors import ShareError, WriteOnceConflict
from udsat_desktop.sync.share.publish import publish_result, start_publish_once

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
    sync finds both already there). Nothing is written to the laptop's disk.

    One file is on the share's wire at a time, in that order; while a review's record is, the
    next review is read from the store and sealed (its answer is waited for before the next
    PDF goes: issue 34)."""
    tidy_outbox(db, paths, share)
    seal = sealer(db, paths)
    pushed = _Pushed(db)
    in_flight: tuple[_Review, Pending[bool] | Exception] | None = None
    try:
        for case_key, review_key in queued_reviews(db):
            prepared = _prepare(db, paths, seal, case_key, review_key)
            if in_flight is not None:
                _finish(*in_flight, report, pushed)
                in_flight = None
                if len(pushed.uploaded) >= GROUP:
                    pushed.flush()
            if isinstance(prepared, _Review):
                in_flight = _push_pdf(prepared, share, report, pushed)
            else:
                report.failed.append(prepared)
        if in_flight is not None:
            _finish(*in_flight, report, pushed)
            in_flight = None
    finally:
        # stopped with a record on the wire: it stays queued
        if in_flight is not None and isinstance(in_flight[1], Pending):
            in_flight[1].abandon()
        pushed.flush()


@dataclass
class _File:
    """One queued file as it goes to the share: sealed to its readers (or why not)."""

    local: str  # its name in the queue, as the sync log shows it
    target: str  # its path on the share
    digest: str  # SHA-256 of its plain bytes
    blob: bytes = b""
    failure: Exception | None = None  # a SealError: it waits


@dataclass
class _Review:
    review_key: str
    record: dict[str, Any]
    record_bytes: bytes
    pdf: _File
    record_file: _File


def _prepare(
    db: Database,
    paths: AppPaths,
    seal: Sealer | None,
    case_key: str,
    review_key: str,
) -> _Review | tuple[str, str]:
    """A queued review read from the store and both its files sealed; else the sync log's
    name and reason it waits."""
    name = f"{case_key}_{review_key}"
    item = queued_summary(db, review_key)
    try:
        if item is None or item[1] is None:
            raise KeyError("record")
        pdf, record_text, stored_sha = item[0], str(item[1]), item[2]
        record = json.loads(record_text)
        pdf_target, record_target = targets_of(record)
    except (ValueError, KeyError, TypeError) as exc:
        return (
            f"{name}.json",
            Msg("ulæselig post i udbakken ({problem})", problem=message_of(exc)),
        )
    if record.get("ltv") == LTV_WAITING:  # signed offline with an organisation key
        pdf, record_text = complete_ltv(db, paths, review_key, stored_sha, pdf, record)
    if seal is None:  # nothing is written to the share plain: it waits for the roster
        return (
            f"{name}.json",
            Msg(
                "venter: teamets holdliste er ikke modtaget endnu, så der er ingen at kryptere til"
            ),
        )
    readers = [
        str(record.get("signed_by") or ""),
        *(str(r) for r in record.get("reviewers") or []),
    ]
    record_bytes = record_text.encode("utf-8")
    files = []
    for data, local, target, kind in (
        (pdf, f"{name}.pdf", pdf_target, KIND_SUMMARY),
        (record_bytes, f"{name}.json", record_target, KIND_RECORD),
    ):
        file = _File(local, target, hashlib.sha256(data).hexdigest())
        try:
            file.blob = seal.seal(readers, data, kind=kind, name=target)
        except sealed.SealError as exc:
            file.failure = exc
        files.append(file)
    return _Review(review_key, record, record_bytes, files[0], files[1])


def _start(file: _File, share: Path) -> Pending[bool] | Exception:
    """The sealed file handed to the share (never plain). The sealed bytes are checked by
    every reader (AES-GCM; the record names its PDF's hash; my list names both): read back
    only as the protocol says (`verify=False`, share/publish.py)."""
    if file.failure is not None:
        return file.failure
    try:
        return start_publish_once(
            share / file.target, file.blob, share=share, sole_writer=True, verify=False
        )
    except ShareError as exc:  # the round's share timed out already
        return exc


def _outcome(file: _File, started: Pending[bool] | Exception, report: SyncReport) -> LogLine:
    """How the file went (told in the report); its line for the sync log."""
    outcome, message = SYNCED, None
    try:
        if isinstance(started, Exception):
            raise started
        if publish_result(started):
            report.published.append(file.target)
        else:
            report.already_there.append(file.target)
    except WriteOnceConflict as exc:
        outcome, message = "konflikt", str(exc)
        report.conflicts.append((file.local, str(exc)))
    except (ShareError, sealed.SealError) as exc:
        outcome, message = "venter", str(exc)
        report.failed.append((file.local, str(exc)))
    return (file.local, file.target, file.digest, outcome, message)


def _push_pdf(
    review: _Review, share: Path, report: SyncReport, pushed: _Pushed
) -> tuple[_Review, Pending[bool] | Exception] | None:
    """The review's PDF to the share, waited for; then its record handed over (None: the PDF
    did not go, so neither does the record)."""
    line = _outcome(review.pdf, _start(review.pdf, share), report)
    pushed.lines.append(line)
    if line[3] != SYNCED:
        return None  # the record never goes before its PDF
    return review, _start(review.record_file, share)


def _finish(
    review: _Review, started: Pending[bool] | Exception, report: SyncReport, pushed: _Pushed
) -> None:
    """The record's answer; with both files on the share, the review is done."""
    line = _outcome(review.record_file, started, report)
    pushed.lines.append(line)
    if line[3] != SYNCED:
        return
    record = review.record
    pushed.uploaded.append(review.review_key)
    pushed.synced.append((record.get("case_key", ""), record.get("review_id", "")))
    # on my list of what I published before the queue lets go of it (issue 28)
    pushed.listed.append(
        (record, review.record_bytes, review.pdf.target, review.record_file.target)
    )


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
