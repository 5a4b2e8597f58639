"""The per-record work of an ingest that needs no store (issue 31, item 7), moved out of the
ingest's reading loop (sync/ingest.py) as it was: the record opened (unsealed) with this
installation's key, parsed and checked for shape, its own signature checked, and its PDF
opened and checked completely (reports/verify_pool.verdict). It runs in the ingest's worker
processes (one per core) or, for a small ingest, in the ingest's own process.

What it is given is what it needs and no more: the bytes the ingest read from the share (it
opens no file, so a worker never touches the share and needs no time bound of its own), the
name each file is sealed under, and, once at its start, the private key that opens sealed
files (verify_pool.init_worker; docs/security.md). What it decides is only what the bytes
say: whose key signed the record (a certificate's fingerprint). Whether that key is a roster
member's, whether a review id was seen before and what a refusal leaves behind stay with the
ingest, which holds the store and the roster.

    Read-ahead: `fetched_ahead` reads the record and the PDF its folder names (records/Y/M/x.json
    → summaries/Y/M/x.pdf) in a few threads ahead of the checks, so a share with 50–70 ms a file
    (smbnetfs) is never read one blocking file at a time.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Generator
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from pathlib import Path, PurePosixPath
from typing import Any, NamedTuple

from udsat_desktop.core import bounded_json
from udsat_desktop.core.records import RECORD_FORMAT, canonical, record_facts
from udsat_desktop.core.text import Msg, message_of, reason_of
from udsat_desktop.reports import verify_pool
from udsat_desktop.reports.detached import verify_detached
from udsat_desktop.sync import sealed
from udsat_desktop.sync.layout import KIND_RECORD, KIND_SUMMARY, legacy_targets_of, targets_of
from udsat_desktop.sync.share.read import read_share_file

REQUIRED = ("review_id", "case_key", "review_date", "pdf_sha256", "reviewers", "template")

READERS = 8  # threads reading the share ahead of the checks
READ_AHEAD = 64  # records read ahead at most: enough to hide a slow share, little memory
POLL_S = 0.1  # how often a wait for a read looks whether the user cancelled


class Fetched(NamedTuple):
    """One record as read from the share by `fetched_ahead` (in this process): its bytes, or
    the error reading it raised; and the PDF its folder names, read too, with the sizes and
    times of both (`stamp`), or the error that raised. The errors are raised again, in the
    ingest's order of checks, where they were raised before."""

    path: Path
    rel: str  # its path on the share: the name it is sealed under
    sharded: bool  # records/<yyyy>/<mm>/ (else the flat records/ of the old layout)
    blob: bytes | None
    error: Exception | None
    pdf_rel: str  # the PDF read ahead ("" when the layout does not say where it is)
    pdf: bytes | None
    pdf_error: Exception | None
    stamp: tuple[int, int] | None


def guessed_pdf(rel: str) -> str:
    """Where a record's PDF is when the record is where its own date puts it (sync/layout.py
    targets_of): records/<yyyy>/<mm>/<id>.json → summaries/<yyyy>/<mm>/<id>.pdf. Only a read
    ahead: the record itself says where its PDF is, and a PDF read ahead is used only when it
    is that one."""
    parts = PurePosixPath(rel).parts
    if len(parts) != 4 or parts[0] != "records" or not parts[3].endswith(".json"):
        return ""
    return f"summaries/{parts[1]}/{parts[2]}/{parts[3][: -len('.json')]}.pdf"


def stamp_of(record: Path, pdf: Path | None) -> tuple[int, int]:
    """What tells a re-ingest that a record or its PDF changed without reading either: their
    sizes and modification times together (of the names themselves: links are not followed)."""
    a = os.lstat(record)
    if pdf is None:
        return a.st_size, a.st_mtime_ns
    b = os.lstat(pdf)
    return a.st_size + b.st_size, max(a.st_mtime_ns, b.st_mtime_ns)


def fetch(share: Path, path: Path, rel: str) -> Fetched:
    """One record (`rel`: its path on the share) and the PDF its folder names, read as the
    ingest read them (the PDF and the stamp after the record). Any error is kept to be raised
    where the ingest handles it."""
    sharded = path.parent != share / "records"
    try:
        blob = read_share_file(path, "record", share=share)
    except Exception as exc:  # raised again by the ingest, which handles it as before
        return Fetched(path, rel, sharded, None, exc, "", None, None, None)
    pdf_rel = guessed_pdf(rel) if sharded else ""
    pdf: bytes | None = None
    pdf_error: Exception | None = None
    stamp: tuple[int, int] | None = None
    if pdf_rel:
        try:
            pdf = read_share_file(share / pdf_rel, "pdf", share=share)
            stamp = stamp_of(path, share / pdf_rel)
        except Exception as exc:  # raised again if the record names this PDF
            pdf, pdf_error = None, exc
    return Fetched(path, rel, sharded, blob, None, pdf_rel, pdf, pdf_error, stamp)


def fetched_ahead(
    share: Path,
    paths: list[Path],
    rel_of: Callable[[Path], str],
    cancelled: Callable[[], bool] = lambda: False,
) -> Generator[Fetched, None, None]:
    """`fetch` of each path, in order, READERS at a time and at most READ_AHEAD ahead of
    what has been taken. A cancel is heard within POLL_S while a read is awaited
    (verify_pool.Cancelled); the reads not started are dropped."""
    pool = ThreadPoolExecutor(READERS, thread_name_prefix="udsat-ingest-read")
    pending: deque[Future[Fetched]] = deque()
    source = iter(paths)
    try:
        while True:
            while len(pending) < READ_AHEAD:
                path = next(source, None)
                if path is None:
                    break
                pending.append(pool.submit(fetch, share, path, rel_of(path)))
            if not pending:
                return
            future = pending.popleft()
            while True:
                if cancelled():
                    raise verify_pool.Cancelled
                try:
                    got = future.result(timeout=POLL_S)
                    break
                except FutureTimeout:
                    continue
            yield got
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


# what `opened` returns: ("read", ) the record's read failed (the ingest raises its error);
# ("not_for_me" | "unreadable" | "refused", why); or ("ok", record, signer's certificate
# fingerprint, its PDF's path, pdf) where pdf is None (the ingest reads and checks it: not
# read ahead, or its read failed) or ("pdf", bytes, verdict) or ("not_for_me" | "broken", why)
Opened = tuple[Any, ...]


def wire(item: Fetched) -> tuple[str, bool, bytes | None, str, bytes | None]:
    """What a worker is given of a record read: bytes and names, never a path to open."""
    return item.rel, item.sharded, item.blob, item.pdf_rel, item.pdf


def opened(
    item: tuple[str, bool, bytes | None, str, bytes | None],
    verdict: Callable[[tuple[bytes, str]], Any] = verify_pool.verdict,
) -> Opened:
    """One record read from the share, opened and checked as far as needs no store; its PDF
    opened and its verdict found when the PDF read ahead is the one the record names."""
    rel, sharded, blob, pdf_read, pdf_blob = item
    if blob is None:
        return ("read",)
    private = verify_pool.secret()
    try:
        record = bounded_json.loads(
            sealed.unseal_share_file(private, blob, name=rel, kind=KIND_RECORD)
        )
        if not isinstance(record, dict) or record.get("format") != RECORD_FORMAT:
            raise ValueError(Msg("ikke en gennemgangspost"))
        missing = [k for k in REQUIRED if k not in record]
        if missing:
            raise ValueError(Msg("mangler {missing}", missing=", ".join(missing)))
        if record["review_id"] != PurePosixPath(rel).stem:
            raise ValueError(Msg("filnavnet passer ikke til posten"))
        if not isinstance(record["reviewers"], list):
            raise ValueError(Msg("ugyldige gennemgåere"))
        pdf_rel = (targets_of if sharded else legacy_targets_of)(record)[0]
    except sealed.NotForMe as exc:
        return ("not_for_me", Msg("posten kan ikke læses: {reason}", reason=str(exc)))
    except (ValueError, KeyError, TypeError, AttributeError, sealed.SealError) as exc:
        return ("unreadable", Msg("ulæselig post: {problem}", problem=message_of(exc)))
    facts = record_facts(record)
    try:
        cert_fp, _cert = verify_detached(record.get("signature"), canonical(facts))
    except ValueError as exc:
        return ("refused", Msg("posten er afvist: {reason}", reason=str(exc)))
    if pdf_rel != pdf_read or pdf_blob is None:
        return ("ok", record, cert_fp, pdf_rel, None)
    try:
        pdf = sealed.unseal_share_file(private, pdf_blob, name=pdf_rel, kind=KIND_SUMMARY)
    except sealed.NotForMe as exc:
        return ("ok", record, cert_fp, pdf_rel, ("not_for_me", str(exc)))
    except sealed.SealError as exc:
        return ("ok", record, cert_fp, pdf_rel, ("broken", reason_of(exc)))
    return ("ok", record, cert_fp, pdf_rel, ("pdf", pdf, verdict((pdf, record["pdf_sha256"]))))
