"""Today's ingest before complete verification, as the baseline the trust work is compared
with in the same run: each PDF's hash and pyHanko's signature check (intact, valid, covers the
whole file), no modification analysis per revision, no record signature, no binding of the
record to the PDF. Only for benchmarks/sync_bench.py."""

from __future__ import annotations

import contextlib
import hashlib
import io
from collections.abc import Iterator
from typing import Any


def legacy_verdict(item: tuple[bytes, str]) -> tuple[str, list[str], str, str]:
    from asn1crypto import x509 as asn1_x509
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    from udsat_desktop.sync import ingest as engine

    pdf, sha256 = item
    if hashlib.sha256(pdf).hexdigest() != sha256:
        return "MODIFIED", [], "", ""
    trust = engine._TRUSTED[0]
    roots = [asn1_x509.Certificate.load(d) for d in trust.roots]
    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        signatures = list(reader.embedded_signatures)
    except Exception:
        return "MODIFIED", [], "", ""
    if not signatures:
        return "UNSIGNED", [], "", ""
    verdicts, fps = [], []
    for sig in signatures:
        try:
            status = validate_pdf_signature(sig, ValidationContext(trust_roots=roots))
            intact = bool(status.intact and status.valid)
            trusted = bool(status.trusted)
            fps.append(hashlib.sha256(status.signing_cert.dump()).hexdigest())
        except Exception:
            intact, trusted = False, False
        verdicts.append("MODIFIED" if not intact else "TRUSTED" if trusted else "UNKNOWN_SIGNER")
    worst = next((v for v in ("MODIFIED", "UNKNOWN_SIGNER") if v in verdicts), "TRUSTED")
    return worst, fps, "", ""


@contextlib.contextmanager
def legacy() -> Iterator[None]:
    """Run `engine.ingest` as it was before the trust work."""
    from udsat_desktop.reports import detached
    from udsat_desktop.store import sync_state
    from udsat_desktop.sync import ingest as engine

    saved = (engine._verdict, engine._bind, detached.verify_detached, sync_state.first_seen)

    def no_binding(record: dict[str, Any], found: Any, held: Any) -> tuple[str, str]:
        return found[0], ""

    engine._verdict = legacy_verdict  # type: ignore[assignment]
    engine._bind = no_binding  # type: ignore[assignment]
    detached.verify_detached = lambda block, data: ("", None)  # type: ignore[assignment]
    sync_state.first_seen = lambda db, key: None  # type: ignore[assignment]
    try:
        yield
    finally:
        (engine._verdict, engine._bind, detached.verify_detached, sync_state.first_seen) = saved
