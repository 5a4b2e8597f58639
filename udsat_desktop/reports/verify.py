"""The complete verdict on a signed summary (README, "Complete verification").

pyHanko validates each signature (digest, signature value, coverage) and reviews what every
later revision changed (its difference analysis and DocMDP rules). On top of that, each later
revision is classified on its own: a revision that holds a signature may only add that
signature (pyHanko's FORM_FILLING level at most: a new signature field and its value), and the
signer must be a member of the team roster (a co-signature); any other revision may only add
validation data or a document timestamp (LTA_UPDATES). Anything else makes every earlier
signature "ændret efter underskrift". An exception inside the checking is "kunne ikke
kontrolleres": a statement about this check, never about the document.
"""

from __future__ import annotations

import functools
import hashlib
import io
import logging
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization

from udsat_desktop.core.text import Msg
from udsat_desktop.reports import ltv, pyhanko_speedups
from udsat_desktop.reports.verdicts import SignatureReport, Verdict

log = logging.getLogger(__name__)

# worst first: the document's verdict is the worst of its signatures'
SEVERITY = (
    Verdict.UNCHECKED,
    Verdict.MODIFIED,
    Verdict.UNSIGNED,
    Verdict.REVOKED_SIGNER,
    Verdict.UNKNOWN_SIGNER,
    Verdict.TRUSTED,
)
BAD = frozenset({Verdict.UNCHECKED, Verdict.MODIFIED, Verdict.UNSIGNED})


def cert_sha256(cert: x509.Certificate) -> str:
    return cert.fingerprint(hashes.SHA256()).hex()


@dataclass(frozen=True)
class TrustSet:
    """Whose signatures count: certificate fingerprint -> user id of active roster members
    (and this user's own), and of revoked ones (shown as such, never trusted)."""

    known: Mapping[str, str] = field(default_factory=dict)
    revoked: Mapping[str, str] = field(default_factory=dict)
    roots: tuple[bytes, ...] = ()  # DER of the known certificates (pyHanko builds paths)
    # an organisation CA configured here: a signature whose certificate chains to one of these
    # roots (pyHanko's path validation, revocation included when the file carries it) counts
    org_cas: tuple[bytes, ...] = ()

    @classmethod
    def of(cls, certificates: Iterable[x509.Certificate]) -> TrustSet:
        return cls().merged(certificates, local=True)

    def merged(
        self, certificates: Iterable[x509.Certificate], user_id: str = "", *, local: bool = False
    ) -> TrustSet:
        """Members' certificates are trusted by their exact fingerprint. With `local` (this
        computer's own trust folder, never the roster or the share) a CA certificate is an
        organisation CA: certificates it issued count."""
        certs = list(certificates)
        members = [c for c in certs if not (local and ltv._is_ca(c))]
        cas = tuple(
            c.public_bytes(serialization.Encoding.DER) for c in certs if local and ltv._is_ca(c)
        )
        known = dict(self.known)
        known.update({cert_sha256(c): user_id for c in members})
        roots = (*self.roots, *(c.public_bytes(serialization.Encoding.DER) for c in members), *cas)
        return TrustSet(
            known,
            {k: v for k, v in self.revoked.items() if k not in known},
            tuple(dict.fromkeys(roots)),
            tuple(dict.fromkeys((*self.org_cas, *cas))),
        )


@dataclass(frozen=True)
class DocumentCheck:
    reports: list[SignatureReport]
    keywords: str = ""  # /Keywords of the first signed revision (case key, review key)

    @property
    def verdict(self) -> Verdict:
        found = {r.verdict for r in self.reports}
        return next(v for v in SEVERITY if v in found)

    @property
    def first_signer(self) -> str:
        return self.reports[0].cert_sha256 if self.reports else ""


def _trust(trusted: Any) -> TrustSet:
    return trusted if isinstance(trusted, TrustSet) else TrustSet.of(trusted or [])


def check_pdf(data: bytes, trusted: Any) -> DocumentCheck:
    """The verdict on every signature of `data`; `trusted` is a TrustSet or certificates."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    pyhanko_speedups.install()
    trust = _trust(trusted)
    if b"%PDF-" not in data[:1024]:
        # not a PDF at all (a CSV, random bytes): nothing was signed, nothing was changed
        return DocumentCheck(
            [
                SignatureReport(
                    "", Verdict.UNSIGNED, "", None, (), False, reason=Msg("filen er ikke en PDF")
                )
            ]
        )
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        signatures = list(reader.embedded_signatures)
        skipped = _skipped_fields(reader, signatures)
    except Exception as exc:  # pyHanko raises many kinds for a damaged file
        if not _document_fault(exc):
            log.exception("reading the PDF for the signature check failed")
            return DocumentCheck(
                [
                    SignatureReport(
                        "",
                        Verdict.UNCHECKED,
                        "",
                        None,
                        (),
                        False,
                        reason=Msg("fejl under kontrollen"),
                    )
                ]
            )
        return DocumentCheck(
            [
                SignatureReport(
                    "",
                    Verdict.MODIFIED,
                    "",
                    None,
                    (),
                    False,
                    reason=Msg("filen kan ikke læses som PDF"),
                )
            ]
        )
    unusable = [
        SignatureReport(
            name,
            Verdict.MODIFIED,
            "",
            None,
            (),
            False,
            reason=Msg("underskriftens type er ukendt eller beskadiget"),
        )
        for name in skipped
    ]
    if not signatures:
        return DocumentCheck(
            unusable or [SignatureReport("", Verdict.UNSIGNED, "", None, (), False)]
        )
    try:
        check = _check(reader, signatures, data, trust)
        return DocumentCheck([*check.reports, *unusable], check.keywords)
    except Exception:
        log.exception("signature check failed")
        return DocumentCheck(
            [
                SignatureReport(
                    getattr(s, "field_name", "") or "",
                    Verdict.UNCHECKED,
                    "",
                    None,
                    (),
                    False,
                    reason=Msg("fejl under kontrollen"),
                )
                for s in signatures
            ]
            + unusable
        )


def _skipped_fields(reader: Any, signatures: list[Any]) -> list[str]:
    """The filled signature fields that pyHanko left out of its signatures: it skips (with a
    warning) a signature whose /SubFilter it does not know. This product signs with
    ETSI.CAdES.detached only, and /SubFilter lies inside the signed bytes: a signature whose
    type is unknown or damaged is no valid signature here, and the file counts as changed after
    signing (README, "Complete verification"), never as a file without a signature."""
    from pyhanko.sign.fields import enumerate_sig_fields

    seen = {s.field_name for s in signatures}
    return [
        str(name)
        for name, _value, _field in enumerate_sig_fields(reader, filled_status=True)
        if name not in seen
    ]


# Where a failure says something about the document: raised inside the PDF and certificate
# libraries while they read it. Anything raised elsewhere (our own code, a failed import) or
# for want of resources is a failure of the check: "kunne ikke kontrolleres".
_DOCUMENT_READERS = ("pyhanko", "pyhanko_certvalidator", "asn1crypto", "cryptography")
_NOT_ABOUT_THE_FILE = (MemoryError, ImportError, NotImplementedError, AssertionError)


def _document_fault(exc: BaseException) -> bool:
    if isinstance(exc, _NOT_ABOUT_THE_FILE):
        return False
    tb = exc.__traceback__
    raised_in = ""
    while tb is not None:  # the innermost frame outside the standard library raised it
        top = str(tb.tb_frame.f_globals.get("__name__", "")).split(".")[0]
        if top not in sys.stdlib_module_names:
            raised_in = top
        tb = tb.tb_next
    return raised_in in _DOCUMENT_READERS


@dataclass
class _Sig:
    field: str
    revision: int
    timestamp_only: bool
    verdict: Verdict
    signer: str = ""
    signed_at: Any = None
    stamped: Any = None
    fingerprint: str = ""
    byte_range: tuple[int, ...] = ()
    whole_file: bool = False
    reason: str = ""
    trust_path: str = ""
    validation_data: str = ""


def _check(reader: Any, signatures: list[Any], data: bytes, trust: TrustSet) -> DocumentCheck:
    from pyhanko.sign.diff_analysis import ModificationLevel

    sigs = [_one(sig, data, trust) for sig in signatures]
    sigs.sort(key=lambda s: s.revision)
    total = reader.xrefs.total_revisions
    first = min(s.revision for s in sigs)
    by_revision = {s.revision: s for s in sigs}
    refused: dict[int, str] = {}  # later revision -> why it is not allowed
    for revision in range(first + 1, total):
        level = _level(reader, revision)
        sig = by_revision.get(revision)
        if sig is None:
            if level > ModificationLevel.LTA_UPDATES:
                refused[revision] = Msg("en senere ændring af indholdet")
        elif level > ModificationLevel.FORM_FILLING:
            refused[revision] = Msg("en senere underskrift ændrede også indholdet")
        elif not sig.timestamp_only and sig.verdict is not Verdict.TRUSTED:
            refused[revision] = Msg("en senere underskrift er ikke fra et medlem af teamet")
    last = sigs[-1]
    if (
        last.revision == total - 1
        and not last.whole_file
        and last.verdict in (Verdict.TRUSTED, Verdict.UNKNOWN_SIGNER, Verdict.REVOKED_SIGNER)
    ):
        last.verdict, last.reason = Verdict.MODIFIED, Msg("data efter den sidste underskrift")
    if not data.rstrip().endswith(b"%%EOF"):  # bytes after the last revision (B-LT included)
        refused[total] = Msg("data efter den sidste ændring")
    for sig in sigs:
        later = [why for rev, why in refused.items() if rev > sig.revision]
        if later and sig.verdict not in (Verdict.MODIFIED, Verdict.UNCHECKED):
            sig.verdict, sig.reason = Verdict.MODIFIED, later[0]
    reports = [
        SignatureReport(
            s.field,
            s.verdict,
            s.signer,
            s.signed_at,
            s.byte_range,
            s.whole_file,
            s.stamped,
            s.fingerprint,
            s.reason,
            *_level_of(s, sigs, reader),
            trust_path=s.trust_path if s.verdict is Verdict.TRUSTED else "",
            validation_data=s.validation_data,
        )
        for s in sigs
        if not s.timestamp_only or s.verdict in BAD
    ]
    return DocumentCheck(reports, _keywords(reader, first))


def _level_of(sig: _Sig, sigs: list[_Sig], reader: Any) -> tuple[str, Any]:
    """(PAdES baseline level, time of the latest intact document timestamp after it)."""
    if sig.timestamp_only:
        return "", None
    later = [
        t.stamped
        for t in sigs
        if t.timestamp_only
        and t.revision > sig.revision
        and t.verdict is Verdict.TRUSTED
        and t.stamped is not None
    ]
    if ltv.has_validation_data(reader):
        level = ltv.Level.B_LTA if later else ltv.Level.B_LT
    else:
        level = ltv.Level.B_T if sig.stamped else ltv.Level.B_B
    return level.value, (max(later) if later else None)


def _level(reader: Any, revision: int) -> Any:
    """pyHanko's modification level of one revision against the one before it."""
    from pyhanko.sign.diff_analysis import DEFAULT_DIFF_POLICY, ModificationLevel
    from pyhanko.sign.diff_analysis.policy_api import SuspiciousModification

    try:
        return DEFAULT_DIFF_POLICY.apply(
            reader.get_historical_resolver(revision - 1),
            reader.get_historical_resolver(revision),
            None,
            None,
        ).modification_level
    except SuspiciousModification:
        return ModificationLevel.OTHER


def _one(sig: Any, data: bytes, trust: TrustSet) -> _Sig:
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation import validate_pdf_signature, validate_pdf_timestamp
    from pyhanko.sign.validation.errors import SignatureValidationError
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    byte_range = tuple(int(x) for x in sig.sig_object["/ByteRange"])
    whole = len(byte_range) == 4 and byte_range[2] + byte_range[3] == len(data)
    timestamp_only = sig.sig_object_type == "/DocTimeStamp"
    out = _Sig(
        sig.field_name or "",
        sig.signed_revision,
        timestamp_only,
        Verdict.MODIFIED,
        byte_range=byte_range,
        whole_file=whole,
    )
    try:
        if timestamp_only:
            ts_status = validate_pdf_timestamp(sig, _context(trust), skip_diff=True)
            intact = bool(ts_status.intact and ts_status.valid)
            out.verdict = Verdict.TRUSTED if intact else Verdict.MODIFIED
            out.reason = "" if intact else Msg("tidsstemplet er ikke intakt")
            out.stamped = ts_status.timestamp if intact else None
            return out
        status = validate_pdf_signature(sig, _context(trust))
    except (SignatureValidationError, PdfError, ValueError) as exc:
        if not _document_fault(exc):  # a ValueError of ours is no statement on the file
            log.exception("signature check failed")
            out.verdict, out.reason = Verdict.UNCHECKED, Msg("fejl under kontrollen")
            return out
        log.info("signature not valid: %s", type(exc).__name__)
        out.reason = Msg("underskriften er beskadiget")
        return out
    except Exception:
        log.exception("signature check failed")
        out.verdict, out.reason = Verdict.UNCHECKED, Msg("fejl under kontrollen")
        return out
    out.signer = status.signing_cert.subject.human_friendly
    out.signed_at = status.signer_reported_dt
    token = status.timestamp_validity
    out.stamped = token.timestamp if token is not None and token.intact else None
    out.fingerprint = hashlib.sha256(status.signing_cert.dump()).hexdigest()
    if not (status.intact and status.valid):
        out.reason = Msg("indholdet passer ikke til underskriften")
        return out
    if status.coverage is None or status.coverage < SignatureCoverageLevel.ENTIRE_REVISION:
        out.reason = Msg("underskriften dækker ikke hele dokumentet")
        return out
    level = status.modification_level
    if status.docmdp_ok is False or (level is not None and level > ModificationLevel.FORM_FILLING):
        out.reason = Msg("en senere ændring, som ikke er en underskrift")
        return out
    if out.fingerprint in trust.known:
        out.verdict, out.trust_path = Verdict.TRUSTED, TEAM
    elif out.fingerprint in trust.revoked:
        out.verdict = Verdict.REVOKED_SIGNER
    elif trust.org_cas and _carries_validation_data(sig):
        # B-LT/B-LTA: the file's own certificates, CRLs/OCSP responses and document timestamps
        # decide, offline, with revocation data required (not the soft check below)
        _by_embedded_evidence(sig, trust, out)
    elif trust.org_cas and status.trusted:  # a valid path to a configured organisation CA
        out.verdict, out.trust_path = Verdict.TRUSTED, ORGANISATION_CA
    else:
        out.verdict = Verdict.UNKNOWN_SIGNER
    return out


TEAM = "team"
ORGANISATION_CA = "organisation-ca"
EMBEDDED = "embedded"


def _carries_validation_data(sig: Any) -> bool:
    return bool(ltv.has_validation_data(sig.reader))


def _by_embedded_evidence(sig: Any, trust: TrustSet, out: _Sig) -> None:
    passed, indication = ltv.validate_embedded(sig, list(trust.org_cas))
    out.validation_data = EMBEDDED
    if passed:
        out.verdict, out.trust_path = Verdict.TRUSTED, ORGANISATION_CA
    elif "REVOKED" in indication:
        out.verdict = Verdict.REVOKED_SIGNER
        out.reason = Msg("filens valideringsdata viser, at certifikatet er tilbagekaldt")
    else:
        out.verdict = Verdict.UNKNOWN_SIGNER
        out.reason = Msg(
            "filens egne valideringsdata fører ikke til en betroet organisation ({indication})",
            indication=indication or "ukendt",
        )


def _context(trust: TrustSet) -> Any:
    """Trust is decided by the exact certificate fingerprint (the roster pins certificates);
    the known certificates are the roots only so that pyHanko's path building succeeds.

    A new context for every check (its time, its caches of paths and revocation data are this
    check's); only the set of trust anchors built from the roots, which pyHanko reads and
    never changes, is built once per set of roots (`_anchors`; issue 31, item 7)."""
    from pyhanko_certvalidator import ValidationContext

    return ValidationContext(trust_manager=_anchors(trust.roots), allow_fetching=False)


@functools.lru_cache(maxsize=8)
def _anchors(roots: tuple[bytes, ...]) -> Any:
    """pyHanko's trust manager of these roots (DER), as its ValidationContext builds it from
    `trust_roots`."""
    from asn1crypto import x509 as asn1_x509
    from pyhanko_certvalidator.registry import SimpleTrustManager

    return SimpleTrustManager.build(trust_roots=[asn1_x509.Certificate.load(d) for d in roots])


def _keywords(reader: Any, revision: int) -> str:
    try:
        if revision == reader.xrefs.total_revisions - 1:  # the signed revision is the last
            info = reader.trailer["/Info"]
        else:
            info = reader.get_historical_resolver(revision).trailer_view["/Info"]
        return str(info.get("/Keywords", ""))
    except Exception:
        return ""
