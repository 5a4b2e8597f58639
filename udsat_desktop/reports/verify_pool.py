"""The complete check of many signed summaries at once (a coordinator's first ingest of a big
share, issue 31 item 7): each PDF's verdict (reports/verify.py) in worker processes, one per
core, with a bounded number in flight so memory stays flat however many there are.

Kept apart from the ingest so that a worker process imports only this, `reports.verify` and
pyHanko (never the store, the sync engine or Qt): a worker is started with `spawn` (the GUI
process has threads, and a forked Qt process is not safe) and imports what the function it
runs needs. Workers ignore Ctrl-C: the main process decides what a cancel keeps.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import signal
from collections import deque
from collections.abc import Callable, Generator, Iterable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from typing import Any, TypeVar

from udsat_desktop.core.text import Msg
from udsat_desktop.reports.ltv import signed_revision_digests
from udsat_desktop.reports.verdicts import Verdict
from udsat_desktop.reports.verify import TrustSet, check_pdf

T = TypeVar("T")
Found = tuple[str, list[str], str, str, str, str]
Check = Callable[[Any], Any]

PER_WORKER = 40  # fewer PDFs than this per worker: starting one costs more than it saves
IN_FLIGHT = 8  # PDFs queued per worker: enough to keep it busy, little memory
POLL_S = 0.1  # how often a wait for a result looks whether the user cancelled

_TRUSTED: list[TrustSet] = []
_SECRET: list[bytes] = []  # the key a worker opens sealed share files with (see `init_worker`)


def cores() -> int:
    """The cores this process may run on (its affinity where the system tells it)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):  # not on Windows or macOS
        return os.cpu_count() or 1


def workers_for(count: int, parallel_from: int) -> int:
    """Worker processes for `count` PDFs: one per core, fewer for a small batch (each worker
    gets PER_WORKER or more, but at least two run once there are workers at all), none (1: in
    this process) below `parallel_from`."""
    if count < parallel_from:
        return 1
    return max(1, min(cores(), max(2, count // PER_WORKER)))


def plain_trust(trust_set: Any) -> TrustSet:
    """The trust set as plain dicts and tuples: what a worker process receives is pickled."""
    if not trust_set:
        return TrustSet()
    return TrustSet(
        dict(trust_set.known),
        dict(trust_set.revoked),
        tuple(trust_set.roots),
        tuple(trust_set.org_cas),
    )


def init_worker(trust: TrustSet, worker: bool = False, secret: bytes = b"") -> None:
    """A worker's start (and this process's, for a check here): the trust set and, when the
    check opens sealed files, the private key to open them with; in a worker, Ctrl-C is left
    to the main process (a terminal sends it to the whole process group).

    The key reaches a worker once, as an argument of its start, through the pipe `spawn`
    starts it with (never a file, the command line or the environment); it stays in the
    worker's memory until the worker ends with the ingest (docs/security.md)."""
    _TRUSTED[:] = [trust]
    _SECRET[:] = [secret] if secret else []
    if worker:
        signal.signal(signal.SIGINT, signal.SIG_IGN)


def secret() -> bytes:
    """The key this process was started with (`init_worker`); b"" when it has none."""
    return _SECRET[0] if _SECRET else b""


def forget_secret() -> None:
    """The key dropped from this process's module state (after a check run here)."""
    _SECRET.clear()


def verdict(item: tuple[bytes, str]) -> Found:
    """(verdict name, signing certificates in order, keywords, reason, the first signature's
    trusted time as ISO text or "", its signing time as ISO text or "": a timestamp server's
    time, else the signer's own clock) of one PDF and the SHA-256 its record names."""
    pdf, sha256 = item
    # the record names the signed revision: validation data or a document timestamp added
    # later (B-LT/B-LTA) leave it, and so the identity, as it was
    if hashlib.sha256(pdf).hexdigest() != sha256 and sha256 not in signed_revision_digests(pdf):
        return Verdict.MODIFIED.name, [], "", Msg("PDF'en passer ikke til postens hash"), "", ""
    result = check_pdf(pdf, _TRUSTED[0])
    reason = next((r.reason for r in result.reports if r.reason), "")
    first = result.reports[0] if result.reports else None
    stamped = first.timestamp.isoformat() if first is not None and first.timestamp else ""
    # when it was signed: a timestamp server's time, else the signer's own clock
    when = (first.timestamp or first.signed_at) if first is not None else None
    return (
        result.verdict.name,
        [r.cert_sha256 for r in result.reports],
        result.keywords,
        reason,
        stamped,
        when.isoformat() if isinstance(when, dt.datetime) else "",
    )


_END = object()


class Cancelled(Exception):
    """The user cancelled while results were awaited (nothing half-kept)."""


def checked(
    trust: TrustSet,
    items: Iterable[T],
    job: Callable[[T], Any],
    workers: int,
    check: Check = verdict,
    cancelled: Callable[[], bool] = lambda: False,
    secret: bytes = b"",
    in_flight: int = IN_FLIGHT,
) -> Generator[tuple[T, Any], None, None]:
    """(item, check(job(item))) for each item, in the order given. With workers > 1 the checks
    run in worker processes, at most IN_FLIGHT per worker at a time. When `cancelled()` turns
    true, no more is started, the checks under way are dropped and `Cancelled` is raised
    (within POLL_S plus one check run here). `secret`: a key the check needs (`init_worker`);
    `in_flight`: checks queued per worker (more when the caller pauses between results, as an
    ingest does to keep a batch, so the workers do not wait meanwhile)."""
    if workers <= 1:
        init_worker(trust, secret=secret)
        for item in items:
            if cancelled():
                raise Cancelled
            yield item, check(job(item))
        return
    import multiprocessing

    pool = ProcessPoolExecutor(
        workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=init_worker,
        initargs=(trust, True, secret),
    )
    pending: deque[tuple[T, Future[Any]]] = deque()
    source = iter(items)
    try:
        while True:
            while len(pending) < in_flight * workers and not cancelled():
                got = next(source, _END)
                if got is _END:
                    break
                item = got  # type: ignore[assignment]
                pending.append((item, pool.submit(check, job(item))))
            if not pending:
                if cancelled():
                    raise Cancelled
                return
            item, future = pending.popleft()
            while True:
                if cancelled():
                    raise Cancelled
                try:
                    found = future.result(timeout=POLL_S)
                    break
                except FutureTimeout:
                    continue
            yield item, found
    finally:
        # on a cancel (or an error) the work queued is dropped and the workers end when their
        # current check does; this process does not wait for them
        pool.shutdown(wait=not pending, cancel_futures=True)
