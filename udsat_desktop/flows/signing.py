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

import dataclasses
import datetime as dt
import json
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
from udsat_desktop.core.literals import LTV_WAITING
from udsat_desktop.core.passphrase import passphrase_problem
from udsat_desktop.core.status import ReviewStatus
from udsat_desktop.core.summary import Summary
from udsat_desktop.core.text import Msg, join
from udsat_desktop.platform.paths import AppPaths
from udsat_desktop.reports.detached import sign_detached
from udsat_desktop.reports.errors import SigningError
from udsat_desktop.reports.ltv import has_dss, identity_digest
from udsat_desktop.reports.signing import (
    KEY_FILE,
    Identity,
    add_to_trust_list,
    create_key,
    import_p12,
    key_has_revocation_service,
    load_certificate,
    render_and_sign,
)
from udsat_desktop.store.db import Database
from udsat_desktop.store.meetings import follow_latest
from udsat_desktop.store.queue import Profile
from udsat_desktop.store.reviews import (
    SignedSummary,
    get_review,
    lock_signed,
    ready_reviews,
    summary_of,
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
    review, summary = _prepare(db, library, review_id)
    key = ensure_key(paths, profile, key_passphrase)
    pdf = render_and_sign(
        summary, key, key_passphrase, identity_of(profile), timestamp_url=timestamp_url
    )
    return _finish(
        db,
        paths,
        profile,
        review,
        summary,
        pdf,
        key_passphrase,
        long_term=key_has_revocation_service(key, key_passphrase),
    )


def _prepare(db: Database, library: TemplateLibrary, review_id: int) -> tuple[Any, Summary]:
    """The review and its summary; the CPR number is masked unless the review's template says
    the summary's recipient needs it in full (`outputs: summary_pdf: full_cpr: true`)."""
    review = get_review(db, review_id)
    if review.status != ReviewStatus.READY:
        raise SigningError(Msg("Kun en gennemgang, der er klar til underskrift, kan underskrives"))
    template = library.get(review.template_id, review.template_version, review.template_revision)
    if library.newest_revision(template) is not None:  # errata reach a review when opened
        raise SigningError(
            Msg(
                "Skabelon {version} er rettet, siden gennemgangen blev åbnet; åbn den og se "
                "rettelsen, før den underskrives",
                version=review.template_version,
            )
        )
    summary = summary_of(
        db, review_id, template, full_cpr="summary_pdf" in template.full_cpr_outputs
    )
    # the PDF is the signed document: it says so, not the "ready" state it is signed from
    return review, dataclasses.replace(summary, status=ReviewStatus.SIGNED.label)


def _finish(
    db: Database,
    paths: AppPaths,
    profile: Profile,
    review: Any,
    summary: Summary,
    pdf: bytes,
    key_passphrase: str,
    *,
    long_term: bool = False,
) -> OutboxItem:
    # the record names the signed revision, which validation data added later leaves as it is
    digest = identity_digest(pdf)
    record = sign_record(
        review_record(review, summary.case_key, digest, summary.extra, signed_by=profile.user_id),
        key_path(paths),
        key_passphrase,
    )
    if long_term and not has_dss(pdf):
        record["ltv"] = LTV_WAITING  # signed offline with an organisation key: sync adds it
    text = json.dumps(record, ensure_ascii=False, indent=2)
    lock_signed(db, review.id, profile.user_id, SignedSummary(summary.case_key, pdf, text))
    item = OutboxItem(summary.case_key, review.review_key, str(record["pdf_sha256"]))
    if review.replaces_review_id is not None:  # a correction: planned meetings follow it
        follow_latest(db, profile.user_id, [summary.case_key])
    log.info("review %s signed into the encrypted queue", review.review_key)
    return item


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
    """Sign every review that is ready. A large batch renders and signs in worker processes
    (one per core; ReportLab and pyHanko are pure Python and hold the GIL) while this thread
    keeps each PDF in the encrypted queue and locks its review as it comes back, so an
    interrupted batch leaves every finished review signed and every other one untouched.

    `progress` may raise (a cancelled dialog does) to stop the batch after the current one."""
    ids = [review_id for review_id, *_template in ready_reviews(db)]
    if not ids:
        return []
    _refuse_unsignable_decisions(db, library)
    key = ensure_key(paths, profile, key_passphrase)
    load_certificate(key, key_passphrase)  # a wrong passphrase stops the batch before it starts
    identity = identity_of(profile)
    long_term = key_has_revocation_service(key, key_passphrase)
    if workers is None:
        workers = min(os.cpu_count() or 1, 4) if len(ids) >= PARALLEL_FROM else 1
    items: list[OutboxItem] = []

    def done(review: Any, summary: Summary, pdf: bytes) -> None:
        items.append(
            _finish(db, paths, profile, review, summary, pdf, key_passphrase, long_term=long_term)
        )
        if progress:
            progress(len(items), len(ids))

    if workers <= 1:
        for review_id in ids:
            review, summary = _prepare(db, library, review_id)
            done(
                review,
                summary,
                render_and_sign(
                    summary, key, key_passphrase, identity, timestamp_url=timestamp_url
                ),
            )
        return items

    # spawn, not fork: the GUI process has threads, and a forked Qt process is not safe
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        workers,
        mp_context=context,
        initializer=_worker_init,
        initargs=(str(key), key_passphrase, identity, timestamp_url),
    ) as pool:
        pending: deque[tuple[Any, Summary, Future[bytes]]] = deque()
        queue = iter(ids)
        try:
            while True:
                while len(pending) < 3 * workers:
                    queued = next(queue, None)
                    if queued is None:
                        break
                    review, summary = _prepare(db, library, queued)
                    pending.append((review, summary, pool.submit(_worker_sign, summary)))
                if not pending:
                    break
                review, summary, future = pending.popleft()
                done(review, summary, future.result())
        except BaseException:
            pool.shutdown(wait=True, cancel_futures=True)
            raise
    return items


PARALLEL_FROM = 12
_WORKER: dict[str, Any] = {}


def _worker_init(key: str, passphrase: str, identity: Identity, timestamp_url: str | None) -> None:
    _WORKER.update(
        key=Path(key), passphrase=passphrase, identity=identity, timestamp_url=timestamp_url
    )


def _worker_sign(summary: Summary) -> bytes:
    return render_and_sign(
        summary,
        _WORKER["key"],
        _WORKER["passphrase"],
        _WORKER["identity"],
        timestamp_url=_WORKER["timestamp_url"],
    )
