"""One summary of a batch, rendered, signed, and its record signed: the work a batch's worker
process does (issue 34), and the same work in the batch's own process when it signs alone.

A worker process imports this module and what it needs (ReportLab, pikepdf, pyHanko,
cryptography, `core`), never the store, the sync or Qt; `start_worker` keeps the key that the
batch unlocked (`reports.signing.unlock`), so no worker opens the key file again. The review's
bookkeeping (reading the summaries, locking the reviews, queueing the PDFs) stays with the
batch, a group of reviews per transaction (flows/signing.py).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from udsat_desktop.core.literals import LTV_WAITING
from udsat_desktop.core.records import canonical, record_facts
from udsat_desktop.core.summary import Summary
from udsat_desktop.reports.detached import sign_detached
from udsat_desktop.reports.ltv import has_dss, identity_digest
from udsat_desktop.reports.signing import Identity, render_and_sign, use_unlocked


@dataclass(frozen=True)
class Job:
    """A summary to sign and its review record, whose `pdf_sha256` is filled in here."""

    summary: Summary
    record: dict[str, Any]


@dataclass(frozen=True)
class Signer:
    """The batch's signing key and how it signs (the same for every job)."""

    key: Path
    passphrase: str = field(repr=False)  # never in a log line or a traceback
    identity: Identity
    timestamp_url: str | None = None
    long_term: bool = False  # an organisation key whose signatures get validation data


@dataclass(frozen=True)
class Signed:
    pdf: bytes
    record: str  # the signed record, as JSON text
    sha256: str  # the record's pdf_sha256: the signed revision's hash


def sign_job(job: Job, signer: Signer) -> Signed:
    pdf = render_and_sign(
        job.summary,
        signer.key,
        signer.passphrase,
        signer.identity,
        timestamp_url=signer.timestamp_url,
    )
    # the record names the signed revision, which validation data added later leaves as it is
    facts = record_facts({**job.record, "pdf_sha256": identity_digest(pdf)})
    record = {**facts, "signature": sign_detached(signer.key, signer.passphrase, canonical(facts))}
    if signer.long_term and not has_dss(pdf):
        record["ltv"] = LTV_WAITING  # signed offline with an organisation key: sync adds it
    return Signed(pdf, json.dumps(record, ensure_ascii=False, indent=2), str(facts["pdf_sha256"]))


_SIGNER: list[Signer] = []


def start_worker(signer: Signer, archive: bytes) -> None:
    """A worker process's start: keep the key the batch unlocked (no scrypt here)."""
    use_unlocked(signer.key, signer.passphrase, archive)
    _SIGNER[:] = [signer]


def sign_in_worker(job: Job) -> Signed:
    return sign_job(job, _SIGNER[0])


def loaded_modules() -> list[str]:
    """The modules a worker process has loaded (the tests check what a worker imports)."""
    import sys

    return sorted(sys.modules)
