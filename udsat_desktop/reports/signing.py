"""Keys, PAdES signatures (pyHanko) and their verification.

Each user has an ECDSA P-256 key and a self-issued certificate (subject: name, organisation,
initials) in a passphrase-protected key file in the data folder (`keyfile`: a PKCS#12 archive
wrapped with scrypt and AES-GCM), or an organisation-issued `.p12` imported in its place.
Signing adds a visible signature (name, organisation, role, time) in the box the summary
leaves for it; a co-signature is an incremental update in the second box
and leaves the first signature intact.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import io
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from udsat_desktop.core.summary import Summary
from udsat_desktop.core.text import Msg
from udsat_desktop.platform.fsutil import write_atomic
from udsat_desktop.reports import ltv
from udsat_desktop.reports.detached import remember_key
from udsat_desktop.reports.errors import SigningError
from udsat_desktop.reports.frame import stamp_font_path
from udsat_desktop.reports.keyfile import open_key, save_key
from udsat_desktop.reports.pdf import COSIGNATURE_BOX, SIGNATURE_BOX, render_summary, stamp_text
from udsat_desktop.reports.pdfa import keep_conformance, to_pdfa
from udsat_desktop.reports.verdicts import SignatureReport as SignatureReport  # re-exported
from udsat_desktop.reports.verdicts import Verdict as Verdict  # re-exported
from udsat_desktop.reports.verify import check_pdf

KEY_FILE = "signing-key.p12"


@dataclass(frozen=True)
class Identity:
    name: str
    organisation: str
    initials: str
    role: str


def create_key(path: Path, identity: Identity, passphrase: str) -> x509.Certificate:
    """A new key pair and certificate, stored encrypted; refuses to overwrite one."""
    if path.exists():
        raise SigningError(Msg("Der findes allerede en signeringsnøgle"))
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, identity.name),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, identity.organisation),
            x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, "Taskforce, Københavns Kommune"),
            x509.NameAttribute(NameOID.PSEUDONYM, identity.initials),
            x509.NameAttribute(NameOID.TITLE, identity.role),
        ]
    )
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=5 * 365))
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .sign(key, hashes.SHA256())
    )
    save_key(path, key, cert, [], passphrase, identity.initials.encode("utf-8"))
    return cert


def import_p12(source: Path, target: Path, passphrase: str) -> x509.Certificate:
    """Take an organisation-issued PKCS#12 after checking that the passphrase opens it, that it
    holds a private key pyHanko can sign with (RSA or EC) and that its certificate is valid
    now and allowed to sign."""
    try:
        blob = source.read_bytes()
    except OSError as exc:
        raise SigningError(
            Msg("Nøglefilen kan ikke læses: {strerror}", strerror=exc.strerror)
        ) from None
    try:
        key, cert, _chain = pkcs12.load_key_and_certificates(blob, passphrase.encode("utf-8"))
    except ValueError:
        raise SigningError(
            Msg(
                "Forkert adgangskode til nøglefilen, eller filen er ikke en PKCS#12-fil (.p12/.pfx)"
            )
        ) from None
    if key is None or cert is None:
        raise SigningError(Msg("Nøglefilen skal indeholde både en privat nøgle og et certifikat"))
    from cryptography.hazmat.primitives.asymmetric import rsa

    if not isinstance(key, rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey):
        raise SigningError(Msg("Nøgletypen understøttes ikke (kun RSA og ECDSA)"))
    now = dt.datetime.now(dt.UTC)
    if not cert.not_valid_before_utc <= now <= cert.not_valid_after_utc:
        raise SigningError(
            Msg("Certifikatet i nøglefilen er ikke gyldigt nu (udløbet eller endnu ikke gyldigt)")
        )
    try:
        usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
        if not (usage.digital_signature or usage.content_commitment):
            raise SigningError(Msg("Certifikatet må ikke bruges til underskrift (nøglebrug)"))
    except x509.ExtensionNotFound:
        pass
    # kept under our own KDF (scrypt), not the archive's few thousand PBKDF2 iterations
    save_key(target, key, cert, list(_chain), passphrase)
    return cert


def describe_certificate(cert: x509.Certificate) -> dict[str, str]:
    return {
        "subject": cert.subject.rfc4514_string(),
        "issuer": cert.issuer.rfc4514_string(),
        "not_after": cert.not_valid_after_utc.isoformat(),
        "sha256": cert.fingerprint(hashes.SHA256()).hex(),
        "self_issued": str(cert.subject == cert.issuer),
    }


def load_certificate(path: Path, passphrase: str) -> x509.Certificate:
    """The certificate of the key file (which the passphrase must open). A key file in the
    old PKCS#12-only format is re-wrapped with scrypt on this first unlock."""
    try:
        _key, cert, _chain = pkcs12.load_key_and_certificates(open_key(path, passphrase), None)
    except ValueError:
        raise SigningError(Msg("Nøglefilen er beskadiget")) from None
    if cert is None:
        raise SigningError(Msg("Nøglefilen indeholder intet certifikat"))
    return cert


def certificate_pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


def sign_pdf(
    pdf: bytes,
    key_path: Path,
    passphrase: str,
    identity: Identity,
    *,
    cosign: bool = False,
    when: dt.datetime | None = None,
    timestamp_url: str | None = None,
    stamp_in_page: bool = False,
    slack: int | None = None,
) -> bytes:
    """Sign (or co-sign) a summary; returns the new PDF bytes.

    PAdES B-B, or B-T with a signature timestamp when `timestamp_url` names an RFC 3161
    server. With `stamp_in_page` the visible text is already drawn in the box (see
    `render_and_sign`) and the signature field gets no appearance of its own."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.text import TextBoxStyle
    from pyhanko.sign import fields, signers
    from pyhanko.stamp import NoOpStampStyle, TextStampStyle

    signer = _signer(key_path, passphrase)
    when = when or dt.datetime.now().astimezone()
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    keep_conformance(writer)
    name = "Medunderskrift" if cosign else "Underskrift"
    fields.append_signature_field(
        writer,
        fields.SigFieldSpec(
            sig_field_name=name, on_page=-1, box=COSIGNATURE_BOX if cosign else SIGNATURE_BOX
        ),
    )
    meta = signers.PdfSignatureMetadata(
        field_name=name,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        reason="Gennemgang af sag (taskforce)",
        location="København",
        name=identity.name,
    )
    stamp: Any
    if stamp_in_page:
        stamp = NoOpStampStyle()
    else:
        stamp = TextStampStyle(
            stamp_text=stamp_text(
                identity.name, identity.initials, identity.organisation, identity.role, when
            ),
            text_box_style=TextBoxStyle(font=_stamp_font_factory(), font_size=8),
            border_width=0,
        )
    timestamper = _timestamper(timestamp_url) if timestamp_url else None
    pdf_signer = _pdf17_signer_class()(
        meta, signer=signer, stamp_style=stamp, timestamper=timestamper
    )
    try:
        out = pdf_signer.sign_pdf(
            writer, bytes_reserved=None if timestamper else _reserved_size(signer, slack)
        )
    except Exception as exc:
        if timestamper is None and "larger than expected" in str(exc) and (slack or 0) < _ROOMY:
            # the tight room was too small for this key (pyHanko wrote nothing): once more, roomy
            return sign_pdf(
                pdf,
                key_path,
                passphrase,
                identity,
                cosign=cosign,
                when=when,
                stamp_in_page=stamp_in_page,
                slack=_ROOMY,
            )
        if timestamper is None:
            raise
        # pyHanko wraps network trouble in several exception types
        raise SigningError(
            Msg(
                "Tidsstemplingsserveren svarer ikke ({timestamp_url}): {error}. Prøv igen, "
                "eller fjern tidsstempling i indstillingerne.",
                timestamp_url=timestamp_url,
                error=type(exc).__name__,
            )
        ) from exc
    return bytes(out.getvalue())


def render_and_sign(
    summary: Summary,
    key_path: Path,
    passphrase: str,
    identity: Identity,
    *,
    timestamp_url: str | None = None,
) -> bytes:
    """Render a summary with the signature text in its box and sign it at once.

    Drawing the stamp with the page's own (already embedded) font instead of letting pyHanko
    build an appearance with a freshly subsetted font halves the signing time, which is what
    lets a batch of 2,737 summaries finish in minutes; the visible result is the same. The
    file is made PDF/A-2b before it is signed, so the signature covers the archival file."""
    when = dt.datetime.now().astimezone()
    text = stamp_text(identity.name, identity.initials, identity.organisation, identity.role, when)
    pdf = to_pdfa(render_summary(summary, signature_stamp=text))
    signed = sign_pdf(
        pdf,
        key_path,
        passphrase,
        identity,
        when=when,
        timestamp_url=timestamp_url,
        stamp_in_page=True,
    )
    if key_has_revocation_service(key_path, passphrase):
        # an organisation-issued key: B-LT (B-LTA with a timestamp server) while online;
        # offline the file stays B-B/B-T and the next sync completes it (sync/engine.py)
        with contextlib.suppress(ltv.LtvError):
            signed = ltv.augment(signed, [], timestamp_url=timestamp_url)
    return signed


def key_has_revocation_service(key_path: Path, passphrase: str) -> bool:
    """Whether the signing certificate can be validated in the long term (see ltv.py)."""
    cert = _signer(key_path, passphrase).signing_cert
    return ltv.has_revocation_service(x509.load_der_x509_certificate(cert.dump()))


def certificate_sha256(key_path: Path, passphrase: str) -> str:
    """The key's certificate by its SHA-256 fingerprint, as the verifier names signers."""
    return hashlib.sha256(_signer(key_path, passphrase).signing_cert.dump()).hexdigest()


@cache
def _pdf17_signer_class() -> Any:
    """pyHanko's signer, declaring what it writes as PDF 1.7 allows it (issue 32).

    For an ECDSA key on a curve of ISO/TS 32002 (our P-256) pyHanko registers that extension,
    whose base version is PDF 2.0, and so raises the file's version to 2.0 (compare pyHanko
    issue #543) — a PDF/A-2b or -3b file must stay on PDF 1.7. ECDSA with SHA-256 in a CAdES
    signature (/SubFilter /ETSI.CAdES.detached) is what PAdES (ETSI EN 319 142-1, with the
    algorithms of ETSI TS 119 312) already allows on PDF 1.7 through its own declaration, the
    ESIC developer extension: that one is registered, and nothing that needs PDF 2.0. Any
    other algorithm (EdDSA, SHA-3), which the product never uses, keeps pyHanko's behaviour."""
    from pyhanko.sign import fields, signers
    from pyhanko.sign.general import SigningError as IntrospectionError
    from pyhanko.sign.signers.constants import ESIC_EXTENSION_1

    class Pdf17Signer(signers.PdfSigner):
        def register_extensions(self, pdf_out: Any, *, md_algorithm: str) -> None:
            try:
                algorithm = self.signer.get_signature_mechanism_for_digest(
                    md_algorithm
                ).signature_algo
            except (IntrospectionError, ValueError, KeyError):
                algorithm = None
            if (
                self.signature_meta.subfilter == fields.SigSeedSubFilter.PADES
                and md_algorithm in PDF17_DIGESTS
                and algorithm in PDF17_SIGNATURES
            ):
                pdf_out.ensure_output_version(version=(1, 7))
                pdf_out.register_extension(ESIC_EXTENSION_1)
                return
            super().register_extensions(pdf_out, md_algorithm=md_algorithm)

    return Pdf17Signer


PDF17_DIGESTS = frozenset({"sha256", "sha384", "sha512"})
PDF17_SIGNATURES = frozenset({"ecdsa", "rsassa_pkcs1v15", "rsassa_pss"})


def _timestamper(url: str) -> Any:
    """One per server for the process (a batch): see `ltv.shared_timestamper`."""
    return ltv.shared_timestamper(url)


# Room beyond the certificates for the CMS signature, in bytes. Without a timestamp the CMS is
# the certificates plus the signature value (at most 512 bytes, RSA-4096), the signed
# attributes and the signer's issuer name: well under 1.5 KB. Every reserved byte is two hex
# digits that every reader parses one by one (pyHanko: about half of a PDF check at the
# coordinator's ingest when the room was 4 KB; issue 31). Should a key ever need more, pyHanko
# refuses to write the signature and it is signed once more with `_ROOMY`.
_SLACK = 1536
_ROOMY = 8192


def _reserved_size(signer: Any, slack: int | None = None) -> int:
    """Room for the CMS signature, as hex digits. pyHanko's own estimate signs a dummy first,
    which doubles the cost of every signature."""
    certs = [signer.signing_cert, *list(signer.cert_registry)]
    der = sum(len(c.dump()) for c in certs if c is not None)
    return 2 * (der + (slack or _SLACK))


_SIGNERS: dict[tuple[str, float, str], Any] = {}


def _signer(key_path: Path, passphrase: str) -> Any:
    """The unlocked key, kept for this process: opening the key file costs ~0.1 s (scrypt),
    which a batch of 2,737 signatures should pay once, not every time."""
    try:
        stamp = key_path.stat().st_mtime
    except FileNotFoundError:
        raise SigningError(Msg("Der er ingen signeringsnøgle endnu")) from None
    signer = _SIGNERS.get((str(key_path), stamp, hashlib.sha256(passphrase.encode()).hexdigest()))
    if signer is None:
        # a clear message for a wrong passphrase; a migrated key file gets a new time
        signer = _remember_signer(key_path, passphrase, open_key(key_path, passphrase))
    return signer


def _remember_signer(key_path: Path, passphrase: str, archive: bytes) -> Any:
    from pyhanko.sign import signers

    try:
        signer = signers.SimpleSigner.load_pkcs12_data(archive, [], None)
    except ValueError:
        raise SigningError(Msg("Signeringsnøglen kan ikke indlæses")) from None
    cache_key = (
        str(key_path),
        key_path.stat().st_mtime,
        hashlib.sha256(passphrase.encode()).hexdigest(),
    )
    _SIGNERS.clear()
    _SIGNERS[cache_key] = signer
    return signer


def unlock(key_path: Path, passphrase: str) -> bytes:
    """Open the key file once (its scrypt) for a batch, and keep the key for this process's
    PDF signatures and record signatures. Returns the opened archive, which `use_unlocked`
    hands to the batch's worker processes so that none of them opens the file again."""
    try:
        archive = open_key(key_path, passphrase)
    except FileNotFoundError:
        raise SigningError(Msg("Der er ingen signeringsnøgle endnu")) from None
    use_unlocked(key_path, passphrase, archive)
    return archive


def use_unlocked(key_path: Path, passphrase: str, archive: bytes) -> None:
    """Keep an archive already opened by `unlock` as this process's signing key."""
    _remember_signer(key_path, passphrase, archive)
    remember_key(key_path, passphrase, archive)


def _stamp_font_factory() -> Any:
    """pyHanko's factory opens the font file and never closes it; read it into memory once."""
    from pyhanko.pdf_utils.font.opentype import GlyphAccumulator, GlyphAccumulatorFactory

    data = Path(stamp_font_path()).read_bytes()

    class WithCIDSet(GlyphAccumulator):
        """Adds the /CIDSet that PDF/A-1 requires of a subset CID font (PDF/A-2 allows it and
        PDFBox Preflight checks the PDF/A-1 rules): one bit per glyph id in the subset."""

        def prepare_write(self) -> None:
            done = self._write_prepared
            super().prepare_write()  # type: ignore[no-untyped-call]
            if done:
                return
            from pyhanko.pdf_utils import generic

            cids = {0, *(cid for cid, _width in self._glyphs.values())}
            bits = bytearray(max(cids) // 8 + 1)
            for cid in cids:
                bits[cid // 8] |= 0x80 >> (cid % 8)
            descriptor = self.cidfont_obj._font_descriptor
            descriptor["/CIDSet"] = self.writer.add_object(
                generic.StreamObject(stream_data=bytes(bits))
            )

    class InMemory(GlyphAccumulatorFactory):
        def create_font_engine(self, writer: Any, obj_stream: Any = None) -> Any:
            if obj_stream is None and writer.stream_xrefs and self.create_objstream_if_needed:
                obj_stream = writer.prepare_object_stream()
            return WithCIDSet(
                writer=writer,
                font_handle=io.BytesIO(data),
                font_size=self.font_size,
                ot_script_tag=self.ot_script_tag,
                ot_language_tag=self.ot_language_tag,
                writing_direction=self.writing_direction,
                bcp47_lang_code=self.bcp47_lang_code,
                obj_stream=obj_stream,
            )

    return InMemory(stamp_font_path(), font_size=8)


def verify_pdf(data: bytes, trusted: Any) -> list[SignatureReport]:
    """One report per signature; a single UNSIGNED report when there is none. `trusted` is a
    list of certificates or a `reports.verify.TrustSet` (the team roster's). The complete
    check, modification analysis included, is `reports.verify.check_pdf`."""
    return check_pdf(data, trusted).reports


def trust_list(folder: Path) -> list[x509.Certificate]:
    """Certificates of known reviewers (`*.crt`, PEM) — filled from the shared folder later."""
    certs = []
    if folder.is_dir():
        for path in sorted(folder.glob("*.crt")):
            try:
                certs.append(x509.load_pem_x509_certificate(path.read_bytes()))
            except ValueError:
                continue
    return certs


def add_to_trust_list(folder: Path, cert: x509.Certificate, name: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{name}.crt"
    write_atomic(target, certificate_pem(cert), mode=0o600)
    return target
