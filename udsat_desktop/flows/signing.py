"""Signing ready reviews into the outbox: the queue of unsent work inside the encrypted store
(issue 36). A signed summary's bytes and its record are kept in the store in the transaction
that locks its review (store.reviews.lock_signed), so nothing readable is written to the
laptop's disk and a kill leaves either a ready review or a signed one whose summary waits in
the queue. Push (sync/engine.py) writes them to the share, sealed. A queued review is named
`<case-key>_<review-key>` (the sync log's names); the record holds no CPR number and no name.
Also the signing key: made on first use, or imported (`ensure_key`, `import_key`). Was
sync/outbox.py (issue 27: workflows apart from sync/).
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import logging
import multiprocessing
import os
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from udsat_desktop.core.checklist.library import TemplateLibrary
from udsat_desktop.core.passphrase import passphrase_problem
from udsat_desktop.core.status import ReviewStatus
from udsat_desktop.core.summary import Summary
from udsat_desktop.core.text import Msg, join
from udsat_desktop.platform.paths import AppPaths
from udsat_desktop.reports.batch_signing import (
    Job,
    Signed,
    Signer,
    sign_in_worker,
    sign_job,
    start_worker,
)
from udsat_desktop.reports.detached import sign_detached
from udsat_desktop.reports.errors import SigningError
from udsat_desktop.reports.signing import (
    KEY_FILE,
    Identity,
    add_to_trust_list,
    create_key,
    import_p12,
    key_has_revocation_service,
    unlock,
)
from udsat_desktop.store.db import Database
from udsat_desktop.store.meetings import follow_latest
from udsat_desktop.store.queue import Profile
from udsat_desktop.store.reviews import (
    ReviewState,
    SignedSummary,
    get_reviews,
    lock_signed_many,
    ready_reviews,
    summaries_of,
    unsignable_decisions,
)
from udsat_desktop.sync.roster.pins import trust_dir
from udsat_desktop.sync.trust import RECORD_FORMAT, canonical, record_facts

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class OutboxItem:
    """A review signed into the encrypted queue (the bytes are in the store: signed_pdfs)."""

    case_key: str
    review_key: str
    sha256: str  # the record's pdf_sha256: the signed revision's hash

    @property
    def name(self) -> str:
        return f"{self.case_key}_{self.review_key}"


def key_path(paths: AppPaths) -> Path:
    return paths.data / KEY_FILE


def identity_of(profile: Profile) -> Identity:
    return Identity(profile.name, profile.organisation.value, profile.initials, profile.role.label)


def ensure_key(paths: AppPaths, profile: Profile, passphrase: str) -> Path:
    """The user's signing key, created on first use (and its certificate trusted locally)."""
    path = key_path(paths)
    if not path.exists():
        problem = passphrase_problem(passphrase)
        if problem:
            raise SigningError(problem)
        cert = create_key(path, identity_of(profile), passphrase)
        add_to_trust_list(trust_dir(paths), cert, profile.user_id)
    return path


def import_key(
    paths: AppPaths, profile: Profile, source: Path, passphrase: str, *, replace: bool = False
) -> Any:
    """Use an organisation-issued `.p12` from now on; an existing key is kept as a backup
    (signatures made with it stay verifiable: its certificate stays in the trust list)."""
    target = key_path(paths)
    if target.exists() and not replace:
        raise SigningError(
            Msg(
                "Der findes allerede en signeringsnøgle; brug --replace (eller bekræft i "
                "programmet) for at erstatte den"
            )
        )
    staged = target.with_name(target.name + ".new")
    cert = import_p12(source, staged, passphrase)
    problem = passphrase_problem(passphrase)  # it becomes the passphrase of our key file
    if problem:
        staged.unlink()
        raise SigningError(
            Msg(
                "Nøglefilen er i orden, men dens adgangskode er for svag til at "
                "beskytte nøglen her: {problem} Skift den i nøglefilen (fx med "
                "kommunens værktøj) og importér igen.",
                problem=problem,
            )
        )
    if target.exists():
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        target.replace(target.with_name(f"{target.name}.{stamp}.bak"))
    staged.replace(target)
    add_to_trust_list(trust_dir(paths), cert, profile.user_id)
    log.info("signing key imported")
    return cert


def sign_review(
    db: Database,
    paths: AppPaths,
    profile: Profile,
    library: TemplateLibrary,
    review_id: int,
    key_passphrase: str,
    *,
    timestamp_url: str | None = None,
) -> OutboxItem:
    _refuse_unsignable_decisions(db, library, review_id)
    [(review, summary, job)] = _prepare(db, library, profile, [review_id])
    key = ensure_key(paths, profile, key_passphrase)
    signer = Signer(
        key,
        key_passphrase,
        identity_of(profile),
        timestamp_url,
        long_term=key_has_revocation_service(key, key_passphrase),
    )
    [item] = _keep(db, profile, [(review, summary, sign_job(job, signer))])
    return item


def _prepare(
    db: Database, library: TemplateLibrary, profile: Profile, review_ids: list[int]
) -> list[tuple[ReviewState, Summary, Job]]:
    """A group of reviews, their summaries (read together: `summaries_of`) and their signing
    jobs. The CPR number is masked unless the review's template says the summary's recipient
    needs it in full (`outputs: summary_pdf: full_cpr: true`)."""
    wanted = []
    for review in get_reviews(db, review_ids):
        if review.status != ReviewStatus.READY:
            raise SigningError(
                Msg("Kun en gennemgang, der er klar til underskrift, kan underskrives")
            )
        template = library.get(
            review.template_id, review.template_version, review.template_revision
        )
        if library.newest_revision(template) is not None:  # errata reach a review when opened
            raise SigningError(
                Msg(
                    "Skabelon {version} er rettet, siden gennemgangen blev åbnet; åbn den og se "
                    "rettelsen, før den underskrives",
                    version=review.template_version,
                )
            )
        wanted.append((review, template, "summary_pdf" in template.full_cpr_outputs))
    out = []
    for (review, _template, _full), summary in zip(wanted, summaries_of(db, wanted), strict=True):
        # the PDF is the signed document: it says so, not the "ready" state it is signed from
        summary = dataclasses.replace(summary, status=ReviewStatus.SIGNED.label)
        # the record is built from what the summary was rendered from; the worker adds the
        # signed revision's hash and signs it
        record = review_record(
            review, summary.case_key, "", summary.extra, signed_by=profile.user_id
        )
        out.append((review, summary, Job(summary, record)))
    return out


def _keep(
    db: Database, profile: Profile, done: list[tuple[ReviewState, Summary, Signed]]
) -> list[OutboxItem]:
    """Lock a group of signed reviews and queue their summaries, in one transaction."""
    lock_signed_many(
        db,
        profile.user_id,
        [(r.id, SignedSummary(s.case_key, signed.pdf, signed.record)) for r, s, signed in done],
    )
    corrected = [s.case_key for r, s, _signed in done if r.replaces_review_id is not None]
    if corrected:  # a correction: planned meetings follow it
        follow_latest(db, profile.user_id, corrected)
    log.info("%d reviews signed into the encrypted queue", len(done))
    return [OutboxItem(s.case_key, r.review_key, signed.sha256) for r, s, signed in done]


def sign_record(record: dict[str, Any], key: Path, key_passphrase: str) -> dict[str, Any]:
    """The record's facts signed with the key that signed its PDF (`signature` covers the
    canonical JSON of every other field), so ingest can take them as the signer's word."""
    facts = record_facts(record)
    return {**facts, "signature": sign_detached(key, key_passphrase, canonical(facts))}


def review_record(
    review: Any, case_key: str, pdf_sha256: str, extra: dict[str, Any], *, signed_by: str = ""
) -> dict[str, Any]:
    """The machine-readable record beside the PDF: no CPR number, no citizen's name. Built
    from what the summary was rendered from (`Summary.extra`), so the two always agree."""
    return {
        "format": RECORD_FORMAT,
        "review_id": review.review_key,
        "case_key": case_key,
        "version": review.version,
        "replaces_review_id": extra.get("replaces_review_key"),
        "template": {"id": review.template_id, "version": review.template_version},
        "review_date": review.review_date.isoformat(),
        "reviewers": [r for r in (review.primary_reviewer, review.co_reviewer) if r],
        "status": ReviewStatus.SIGNED.value,
        "signed_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        # by role (recommendation, outcome, present_to_forum, ...), never by field id
        "recommendation": extra.get("facts", {}),
        "next_steps": extra.get("next_steps", []),
        "consents": extra.get("consents", {}),
        # the answers as signed (the record is sealed like its PDF): a coordinator compares
        # two reviews of one case field by field (conflicts, issue 29)
        "answers": extra.get("answers", {}),
        "correction": extra.get("correction"),
        "pdf_sha256": pdf_sha256,
        "signed_by": signed_by,
    }


def _refuse_unsignable_decisions(
    db: Database, library: TemplateLibrary, only: int | None = None
) -> None:
    """A decision is signed only with its records (the template's decision section): nothing
    is signed while one ready review (or review `only`) lacks them, and the sentence names
    what is missing."""
    refused = unsignable_decisions(db, library, dt.date.today(), only)
    if refused:
        raise SigningError(
            Msg(
                "Intet er underskrevet: {problems}. Gennemgangen er gemt; udfyld det, der "
                "mangler, og markér den klar til underskrift igen",
                problems=join(refused),
            )
        )


def sign_ready(
    db: Database,
    paths: AppPaths,
    profile: Profile,
    library: TemplateLibrary,
    key_passphrase: str,
    progress: Callable[[int, int], None] | None = None,
    *,
    workers: int | None = None,
    timestamp_url: str | None = None,
) -> list[OutboxItem]:
    """Sign every review that is ready, a group of `GROUP` reviews at a time: the group's
    summaries are read together, rendered and signed (in this process, or in `workers`
    worker processes: by default `pool_size`), and the group is locked and queued in one
    transaction. An interrupted batch leaves every finished group signed and every other
    review ready; nothing in between.

    `progress` is told after each signature; it may raise (a cancelled dialog does) to stop
    the batch after the current one. Whatever stops the batch, the reviews signed by then are
    kept (their group is committed early) before the error goes on."""
    ids = [review_id for review_id, *_template in ready_reviews(db)]
    if not ids:
        return []
    _refuse_unsignable_decisions(db, library)
    key = ensure_key(paths, profile, key_passphrase)
    archive = unlock(key, key_passphrase)  # once; a wrong passphrase stops the batch here
    signer = Signer(
        key,
        key_passphrase,
        identity_of(profile),
        timestamp_url,
        long_term=key_has_revocation_service(key, key_passphrase),
    )
    if workers is None:
        workers = pool_size(len(ids))
    groups = [ids[i : i + GROUP] for i in range(0, len(ids), GROUP)]
    kept = _Kept(db, profile, len(ids), progress)
    try:
        if workers <= 1:
            for group in groups:
                for review, summary, job in _prepare(db, library, profile, group):
                    kept.add(review, summary, sign_job(job, signer))
        else:
            _sign_in_pool(db, library, profile, groups, signer, archive, workers, kept)
    except BaseException:
        with contextlib.suppress(Exception):  # if they cannot be kept, they stay ready
            kept.flush()
        raise
    kept.flush()
    return kept.items


class _Kept:
    """The batch's signed reviews, kept a group at a time: each group locked and queued in
    one transaction (`_keep`)."""

    def __init__(
        self,
        db: Database,
        profile: Profile,
        total: int,
        progress: Callable[[int, int], None] | None,
    ) -> None:
        self.db, self.profile, self.total, self.progress = db, profile, total, progress
        self.items: list[OutboxItem] = []
        self.waiting: list[tuple[ReviewState, Summary, Signed]] = []

    def add(self, review: ReviewState, summary: Summary, signed: Signed) -> None:
        self.waiting.append((review, summary, signed))
        if len(self.waiting) >= GROUP:
            self.flush()
        if self.progress:
            self.progress(len(self.items) + len(self.waiting), self.total)

    def flush(self) -> None:
        if self.waiting:
            self.items.extend(_keep(self.db, self.profile, self.waiting))
            self.waiting = []


def _sign_in_pool(
    db: Database,
    library: TemplateLibrary,
    profile: Profile,
    groups: list[list[int]],
    signer: Signer,
    archive: bytes,
    workers: int,
    kept: _Kept,
) -> None:
    """Render and sign in worker processes; this thread reads the summaries a group at a
    time, two groups ahead of the signature it waits for, and keeps what comes back."""
    # spawn, not fork: the GUI process has threads, and a forked Qt process is not safe
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        workers, mp_context=context, initializer=start_worker, initargs=(signer, archive)
    ) as pool:
        pending: deque[tuple[ReviewState, Summary, Future[Signed]]] = deque()
        queue = iter(groups)
        try:
            while True:
                while len(pending) < 2 * GROUP and (group := next(queue, [])):
                    for review, summary, job in _prepare(db, library, profile, group):
                        pending.append((review, summary, pool.submit(sign_in_worker, job)))
                if not pending:
                    break
                review, summary, future = pending.popleft()
                kept.add(review, summary, future.result())
        except BaseException:
            pool.shutdown(wait=True, cancel_futures=True)
            raise


GROUP = 25  # reviews per transaction: one commit (one fsync) for 25 signatures
# A worker process costs ~0.5 s of CPU to start (its imports, a first render); it pays off
# only with this many reviews to sign
PER_WORKER = 40
MAX_WORKERS = 4


def pool_size(batch: int, *, cores: int | None = None, load: float | None = None) -> int:
    """Worker processes for a batch of `batch` reviews: one per `PER_WORKER` reviews, no more
    than the cores the machine has free (the 1-minute load average, where the system has one)
    and at most `MAX_WORKERS`. One (sign in this process, no pool) for a small batch or a busy
    machine: a worker that waits for a core only adds its start-up."""
    cores = cores if cores is not None else os.cpu_count() or 1
    if load is None:
        try:
            load = os.getloadavg()[0]
        except (AttributeError, OSError):  # Windows has no load average: every core counts
            load = 0.0
    free = int(cores - load + 0.5)
    return max(1, min(batch // PER_WORKER, free, MAX_WORKERS))
