"""Long-term validation of signed summaries (PAdES B-LT and B-LTA) with pyHanko.

- `augment` adds, in one incremental revision, the validation data of every signature
  (certificates and CRLs/OCSP responses of the signing certificate's chain, and of the
  timestamp authority's) to the document security store: PAdES **B-LT**. With a timestamp
  server the same revision ends in a document timestamp over all of it: **B-LTA**. The
  signed revisions are left byte for byte as they were, so the file is the same signed
  document (`signed_revision_digests` gives the identities a record may name).
- Verification (`reports/verify.py`) accepts a revision after the last signature when
  pyHanko's difference analysis finds nothing beyond `ModificationLevel.LTA_UPDATES`
  (validation data, document timestamps).
- Self-issued keys have no revocation service: such a signature cannot be validated in the
  long term, and `augment` says so plainly instead of pretending.
"""

from __future__ import annotations

import hashlib
import io
import re
from enum import StrEnum
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from udsat_desktop.core.text import Msg
from udsat_desktop.reports.errors import SigningError
from udsat_desktop.reports.pdfa import keep_conformance


class Level(StrEnum):
    B_B = "B-B"
    B_T = "B-T"
    B_LT = "B-LT"
    B_LTA = "B-LTA"


SELF_ISSUED = Msg(
    "Underskriften er lavet med en selvudstedt nøgle uden spærretjeneste og kan "
    "ikke valideres på lang sigt; brug en nøgle fra organisationen"
)


class LtvError(SigningError):
    """Validation data could not be added (self-issued key, offline, revoked, unknown CA)."""


def has_revocation_service(cert: x509.Certificate) -> bool:
    """An organisation-issued certificate that names a CRL or an OCSP responder."""
    if cert.subject == cert.issuer:
        return False
    for ext_class in (x509.CRLDistributionPoints, x509.AuthorityInformationAccess):
        try:
            cert.extensions.get_extension_for_class(ext_class)
            return True
        except x509.ExtensionNotFound:
            continue
    return False


def _asn1(cert: x509.Certificate) -> Any:
    from asn1crypto import x509 as asn1_x509

    return asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))


def _is_ca(cert: x509.Certificate) -> bool:
    try:
        return bool(cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca)
    except x509.ExtensionNotFound:
        return False


def _signer_cert(sig: Any) -> x509.Certificate:
    return x509.load_der_x509_certificate(sig.signer_cert.dump())


def _embedded_roots(sig: Any) -> list[Any]:
    """Self-signed certificates the signature carries (an organisation's .p12 brings its CA).
    They serve to *collect* validation data; whether they are trusted is verification's
    business (the trust list)."""
    certs = list(sig.signed_data["certificates"] or [])
    return [
        c.chosen
        for c in certs
        if c.name == "certificate" and c.chosen.subject == c.chosen.issuer and c.chosen.ca
    ]


def augment(
    pdf: bytes,
    trusted: list[x509.Certificate],
    *,
    timestamp_url: str | None = None,
    timestamper: Any = None,
    allow_fetching: bool = True,
) -> bytes:
    """The file with its signatures' validation data added (B-LT), and a document timestamp
    when a timestamp server is given (B-LTA). Raises LtvError with one Danish sentence."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign import signers
    from pyhanko.sign.signers.pdf_signer import TimestampDSSContentSettings
    from pyhanko.sign.validation.dss import DocumentSecurityStore, collect_validation_info
    from pyhanko_certvalidator import ValidationContext

    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        sigs = [s for s in reader.embedded_signatures if s.sig_object_type == "/Sig"]
    except Exception:
        raise LtvError(Msg("Filen kan ikke læses som PDF")) from None
    if not sigs:
        raise LtvError(Msg("Filen er ikke underskrevet"))
    for sig in sigs:
        if not has_revocation_service(_signer_cert(sig)):
            raise LtvError(SELF_ISSUED)
    # only CA certificates anchor a path: a trusted reviewer's own certificate (the trust list
    # holds those too) must not stand in for its issuer, or no revocation data is collected
    roots = [_asn1(c) for c in trusted if _is_ca(c)]
    for sig in sigs:
        roots += _embedded_roots(sig)
    context = ValidationContext(
        trust_roots=roots, allow_fetching=allow_fetching, revocation_mode="require"
    )
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    keep_conformance(writer)

    async def collect() -> None:
        for sig in sigs:
            paths = await collect_validation_info(sig, context)
            DocumentSecurityStore.supply_dss_in_writer(
                writer, None, validation_context=context, paths=paths
            )

    try:
        _run(collect(), context)
        out = io.BytesIO()
        if timestamp_url is None and timestamper is None:
            writer.write(out)  # type: ignore[no-untyped-call]
            return out.getvalue()
        stamper = timestamper or shared_timestamper(timestamp_url or "")
        name = f"Arkivtidsstempel{len(document_timestamps(reader)) + 1}"
        _timestamp_field(writer, name)
        signers.PdfTimeStamper(stamper, field_name=name).timestamp_pdf(
            writer,
            "sha256",
            validation_context=context,
            output=out,
            dss_settings=TimestampDSSContentSettings(update_before_ts=True, include_vri=False),
        )
        return out.getvalue()
    except LtvError:
        raise
    except Exception as exc:
        raise LtvError(
            Msg(
                "Valideringsdata kunne ikke hentes ({error}); prøv igen, når der er forbindelse "
                "til organisationens spærretjeneste og tidsstemplingsserveren",
                error=type(exc).__name__,
            )
        ) from exc


def validate_embedded(sig: Any, roots: list[bytes]) -> tuple[bool, str]:
    """pyHanko's AdES long-term validation (ETSI EN 319 102-1, 5.6.3) of one signature from
    what the file carries only: its document security store (certificates, CRLs, OCSP
    responses) and document timestamps, nothing fetched, revocation data required for every
    certificate of the path to one of `roots` (DER). Returns (passed, pyHanko's
    sub-indication, e.g. "REVOKED" or "NO_CERTIFICATE_CHAIN_FOUND"). The AdES long-term
    validation needs a signature timestamp; a signature without one is validated as of now
    (`_validate_untimed`)."""
    import asyncio

    from asn1crypto import x509 as asn1_x509
    from pyhanko.sign.ades.report import AdESPassed
    from pyhanko.sign.validation.ades import ades_lta_validation
    from pyhanko.sign.validation.policy_decl import (
        PdfSignatureValidationSpec,
        RevinfoOnlineFetchingRule,
        RevocationInfoGatheringSpec,
        SignatureValidationSpec,
    )
    from pyhanko_certvalidator.context import CertValidationPolicySpec
    from pyhanko_certvalidator.policy_decl import (
        CertRevTrustPolicy,
        RevocationCheckingPolicy,
        RevocationCheckingRule,
    )
    from pyhanko_certvalidator.registry import SimpleTrustManager

    required = RevocationCheckingRule.CRL_OR_OCSP_REQUIRED
    spec = PdfSignatureValidationSpec(
        SignatureValidationSpec(
            cert_validation_policy=CertValidationPolicySpec(
                trust_manager=SimpleTrustManager.build(
                    trust_roots=[asn1_x509.Certificate.load(r) for r in roots]
                ),
                revinfo_policy=CertRevTrustPolicy(
                    RevocationCheckingPolicy(
                        ee_certificate_rule=required, intermediate_ca_cert_rule=required
                    )
                ),
            ),
            revinfo_gathering_policy=RevocationInfoGatheringSpec(
                online_fetching_rule=RevinfoOnlineFetchingRule.LOCAL_ONLY
            ),
        )
    )
    from pyhanko.sign.validation import generic_cms

    if next(generic_cms.extract_tst_data_iter(sig.signer_info, signed=False), None) is None:
        return _validate_untimed(sig, roots)
    result = asyncio.run(ades_lta_validation(sig, spec))
    return result.ades_subindic == AdESPassed.OK, str(getattr(result.ades_subindic, "name", ""))


def _validate_untimed(sig: Any, roots: list[bytes]) -> tuple[bool, str]:
    """A signature without a signature timestamp (validation data added without a timestamp
    server): the AdES long-term validation needs that timestamp, so the signature is validated
    now against the file's own certificates and revocation data, revocation data required."""
    from asn1crypto import x509 as asn1_x509
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.dss import DocumentSecurityStore

    dss = DocumentSecurityStore.read_dss(sig.reader)
    context = dss.as_validation_context(
        {
            "trust_roots": [asn1_x509.Certificate.load(r) for r in roots],
            "allow_fetching": False,
            "revocation_mode": "require",
        }
    )
    status = validate_pdf_signature(sig, context)
    if status.revoked:
        return False, "REVOKED"
    if not status.trusted:
        return False, "NO_TRUSTED_PATH_WITH_REVOCATION_DATA"
    return True, "OK"


def _timestamp_field(writer: Any, name: str) -> None:
    """The document timestamp's (invisible) field, with an empty appearance: PDF/A-2 exempts a
    zero-sized widget from having one, PDF/A-1 (and PDFBox Preflight) do not."""
    from pyhanko.pdf_utils import generic
    from pyhanko.sign import fields

    fields.append_signature_field(writer, fields.SigFieldSpec(sig_field_name=name))
    for ref in writer.root["/AcroForm"]["/Fields"]:
        field = ref.get_object()
        if field.get("/T") == name:
            empty = generic.StreamObject(
                {
                    generic.pdf_name("/Type"): generic.pdf_name("/XObject"),
                    generic.pdf_name("/Subtype"): generic.pdf_name("/Form"),
                    generic.pdf_name("/BBox"): generic.ArrayObject(
                        [generic.NumberObject(0)] * 4  # type: ignore[no-untyped-call]
                    ),
                },
                stream_data=b"",
            )
            field[generic.pdf_name("/AP")] = generic.DictionaryObject(  # type: ignore[no-untyped-call]
                {generic.pdf_name("/N"): writer.add_object(empty)}
            )
            writer.update_container(field)


def _run(coro: Any, context: Any) -> None:
    import asyncio

    # pyHanko's own synchronous wrappers release the fetchers' HTTP session the same way
    from pyhanko.sign._session_scope import run_and_release

    asyncio.run(run_and_release(coro, context))


_TIMESTAMPERS: dict[str, Any] = {}


def shared_timestamper(url: str) -> Any:
    """One timestamper per server for the whole process: pyHanko keeps the size-estimate
    token it fetched first, so every later signature makes one request instead of two."""
    stamper = _TIMESTAMPERS.get(url)
    if stamper is None:
        from pyhanko.sign.timestamps import HTTPTimeStamper

        stamper = _TIMESTAMPERS[url] = HTTPTimeStamper(url, timeout=15)
    return stamper


def document_timestamps(reader: Any) -> list[Any]:
    return [s for s in reader.embedded_signatures if s.sig_object_type == "/DocTimeStamp"]


def has_validation_data(reader: Any) -> bool:
    """A document security store that holds revocation data (CRLs or OCSP responses)."""
    root = reader.root
    if "/DSS" not in root:
        return False
    dss = root["/DSS"]
    return any(key in dss and len(dss[key]) > 0 for key in ("/CRLs", "/OCSPs"))


def identity_digest(pdf: bytes) -> str:
    """SHA-256 of the first signed revision: what a record names. For a file that is no more
    than signed (B-B, B-T) it is the hash of the whole file."""
    ends = [int(m.group(3)) + int(m.group(4)) for m in _BYTE_RANGE.finditer(pdf)]
    ends = [e for e in ends if 0 < e <= len(pdf)]
    return hashlib.sha256(pdf[: min(ends)] if ends else pdf).hexdigest()


def has_dss(pdf: bytes) -> bool:
    """Cheap: validation data was added (a DSS exists)."""
    return b"/DSS" in pdf


def signed_revision_digests(pdf: bytes) -> set[str]:
    """SHA-256 of the file as each signature left it (and of the whole file): a record names
    the signed summary by the first; validation data or a document timestamp added later
    leaves that revision, and so the identity, unchanged."""
    digests = {hashlib.sha256(pdf).hexdigest()}
    for match in _BYTE_RANGE.finditer(pdf):
        try:
            end = int(match.group(3)) + int(match.group(4))
        except ValueError:
            continue
        if 0 < end <= len(pdf):
            digests.add(hashlib.sha256(pdf[:end]).hexdigest())
    return digests


_BYTE_RANGE = re.compile(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]")
