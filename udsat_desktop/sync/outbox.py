"""Signing ready reviews into the local outbox: `<case-key>_<review-key>.pdf` and `.json`.

Written atomically (temporary name in the outbox, fsync, rename): a file under its final name
is always complete. File names and the record hold no CPR number and no name.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from udsat_desktop.core.checklist import TemplateLibrary
from udsat_desktop.fsutil import write_atomic
from udsat_desktop.paths import AppPaths
from udsat_desktop.reports.errors import SigningError
from udsat_desktop.reports.pdf import render_summary
from udsat_desktop.reports.signing import (
    KEY_FILE,
    Identity,
    add_to_trust_list,
    create_key,
    sign_pdf,
)
from udsat_desktop.store.db import Database
from udsat_desktop.store.queue import Profile
from udsat_desktop.store.reviews import (
    READY,
    consent_states,
    get_review,
    lock_signed,
    next_steps_of_case,
    summary_of,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class OutboxItem:
    pdf: Path
    record: Path
    sha256: str


def key_path(paths: AppPaths) -> Path:
    return paths.data / KEY_FILE


def trust_folder(paths: AppPaths) -> Path:
    return paths.data / "trust"


def identity_of(profile: Profile) -> Identity:
    return Identity(profile.name, profile.organisation.value, profile.initials,
                    profile.role.label)


def ensure_key(paths: AppPaths, profile: Profile, passphrase: str) -> Path:
    """The user's signing key, created on first use (and its certificate trusted locally)."""
    path = key_path(paths)
    if not path.exists():
        if len(passphrase) < 8:
            raise SigningError("Adgangskoden til signeringsnøglen skal have mindst 8 tegn")
        cert = create_key(path, identity_of(profile), passphrase)
        add_to_trust_list(trust_folder(paths), cert, profile.user_id)
    return path


def sign_review(db: Database, paths: AppPaths, profile: Profile, library: TemplateLibrary,
                review_id: int, key_passphrase: str, *, full_cpr: bool = False) -> OutboxItem:
    review = get_review(db, review_id)
    if review.status != READY:
        raise SigningError("Kun en gennemgang, der er klar til underskrift, kan underskrives")
    template = library.get(review.template_id, review.template_version)
    summary = summary_of(db, review_id, template, full_cpr=full_cpr)
    pdf = sign_pdf(render_summary(summary), ensure_key(paths, profile, key_passphrase),
                   key_passphrase, identity_of(profile))
    digest = hashlib.sha256(pdf).hexdigest()
    record = review_record(db, review_id, digest, summary.extra)
    item = write_outbox(paths.outbox, summary.case_key, review.review_key, pdf, record)
    lock_signed(db, review_id, profile.user_id)
    log.info("review %s signed into the outbox", review.review_key)
    return item


def review_record(db: Database, review_id: int, pdf_sha256: str,
                  extra: dict[str, Any]) -> dict[str, Any]:
    """The machine-readable record beside the PDF: no CPR number, no citizen's name."""
    review = get_review(db, review_id)
    from udsat_desktop.store.queue import get_case

    case = get_case(db, review.case_id)
    assert case is not None
    return {
        "format": "udsat-review-record/1",
        "review_id": review.review_key,
        "case_key": case.case_key,
        "version": review.version,
        "replaces_review_id": review.replaces_review_id,
        "template": {"id": review.template_id, "version": review.template_version},
        "review_date": review.review_date.isoformat(),
        "reviewers": [r for r in (review.primary_reviewer, review.co_reviewer) if r],
        "status": "underskrevet",
        "signed_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "recommendation": {"afklaringsretning": extra.get("afklaringsretning"),
                           "forelaeg_rehabiliteringsteam": extra.get("rehab"),
                           "taet_paa_afklaring": extra.get("close")},
        "next_steps": [{"type": s.type, "organisation": s.organisation,
                        "deadline": s.deadline.isoformat() if s.deadline else None,
                        "status": s.status}
                       for s in next_steps_of_case(db, review.case_id)],
        "consents": {p.value: st.status.value
                     for p, st in consent_states(db, review.case_id).items()},
        "pdf_sha256": pdf_sha256,
    }


def write_outbox(outbox: Path, case_key: str, review_key: str, pdf: bytes,
                 record: dict[str, Any]) -> OutboxItem:
    outbox.mkdir(parents=True, exist_ok=True)
    stem = f"{case_key}_{review_key}"
    pdf_path, record_path = outbox / f"{stem}.pdf", outbox / f"{stem}.json"
    write_atomic(pdf_path, pdf)
    write_atomic(record_path, json.dumps(record, ensure_ascii=False, indent=2).encode("utf-8"))
    return OutboxItem(pdf_path, record_path, record["pdf_sha256"])


def sign_ready(db: Database, paths: AppPaths, profile: Profile, library: TemplateLibrary,
               key_passphrase: str, progress: Callable[[int, int], None] | None = None
               ) -> list[OutboxItem]:
    ids = [r[0] for r in db.reader().execute(
        "SELECT id FROM review WHERE status = ? ORDER BY id", (READY,))]
    items = []
    for i, review_id in enumerate(ids, start=1):
        items.append(sign_review(db, paths, profile, library, review_id, key_passphrase))
        if progress:
            progress(i, len(ids))
    return items
