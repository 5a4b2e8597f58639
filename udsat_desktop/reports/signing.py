"""Keys, PAdES signatures (pyHanko) and their verification.

Each user has an ECDSA P-256 key and a self-issued certificate (subject: name, organisation,
initials) in a passphrase-protected PKCS#12 file in the data folder, or an organisation-issued
`.p12` imported in its place. Signing adds a visible signature (name, organisation, role, time)
in the box the summary leaves for it; a co-signature is an incremental update in the second box
and leaves the first signature intact.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from udsat_desktop.fsutil import write_atomic
from udsat_desktop.reports.errors import SigningError
from udsat_desktop.reports.pdf import COSIGNATURE_BOX, SIGNATURE_BOX, stamp_font_path

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
        raise SigningError("Der findes allerede en signeringsnøgle")
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([
        x509.NameAttribute(NameOID.COMMON_NAME, identity.name),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, identity.organisation),
        x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, "Taskforce, Københavns Kommune"),
        x509.NameAttribute(NameOID.PSEUDONYM, identity.initials),
        x509.NameAttribute(NameOID.TITLE, identity.role),
    ])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=5 * 365))
        .add_extension(x509.KeyUsage(
            digital_signature=True, content_commitment=True, key_encipherment=False,
            data_encipherment=False, key_agreement=False, key_cert_sign=False, crl_sign=False,
            encipher_only=False, decipher_only=False), critical=True)
        .sign(key, hashes.SHA256())
    )
    blob = pkcs12.serialize_key_and_certificates(
        identity.initials.encode("utf-8"), key, cert, None,
        serialization.BestAvailableEncryption(passphrase.encode("utf-8")))
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, blob)
    return cert


def import_p12(source: Path, target: Path, passphrase: str) -> x509.Certificate:
    """Take an organisation-issued PKCS#12 after checking that the passphrase opens it."""
    cert = load_certificate(source, passphrase)
    write_atomic(target, source.read_bytes())
    return cert


def load_certificate(path: Path, passphrase: str) -> x509.Certificate:
    try:
        _key, cert, _chain = pkcs12.load_key_and_certificates(path.read_bytes(),
                                                              passphrase.encode("utf-8"))
    except FileNotFoundError:
        raise SigningError("Der er ingen signeringsnøgle endnu") from None
    except ValueError:
        raise SigningError("Forkert adgangskode til signeringsnøglen (eller filen er "
                           "beskadiget)") from None
    if cert is None:
        raise SigningError("Nøglefilen indeholder intet certifikat")
    return cert


def certificate_pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


def sign_pdf(pdf: bytes, key_path: Path, passphrase: str, identity: Identity, *,
             cosign: bool = False, when: dt.datetime | None = None) -> bytes:
    """Sign (or co-sign) a summary; returns the new PDF bytes."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.text import TextBoxStyle
    from pyhanko.sign import fields, signers
    from pyhanko.stamp import TextStampStyle

    signer = _signer(key_path, passphrase)
    when = when or dt.datetime.now().astimezone()
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    name = "Medunderskrift" if cosign else "Underskrift"
    fields.append_signature_field(writer, fields.SigFieldSpec(
        sig_field_name=name, on_page=-1, box=COSIGNATURE_BOX if cosign else SIGNATURE_BOX))
    meta = signers.PdfSignatureMetadata(
        field_name=name, md_algorithm="sha256", subfilter=fields.SigSeedSubFilter.PADES,
        reason="Gennemgang af sag (taskforce)", location="København",
        name=identity.name)
    stamp = TextStampStyle(
        stamp_text=(f"Underskrevet digitalt af\n{identity.name} ({identity.initials})\n"
                    f"{identity.organisation} · {identity.role}\n"
                    f"{when.strftime('%d.%m.%Y kl. %H.%M')}"),
        text_box_style=TextBoxStyle(font=_stamp_font_factory(), font_size=8),
        border_width=0,
    )
    out = signers.PdfSigner(meta, signer=signer, stamp_style=stamp).sign_pdf(writer)
    return bytes(out.getvalue())


_SIGNERS: dict[tuple[str, float, str], Any] = {}


def _signer(key_path: Path, passphrase: str) -> Any:
    """The unlocked key, kept for this process: opening a PKCS#12 file costs tens of ms,
    which a batch of 2,737 signatures should pay once, not every time."""
    from pyhanko.sign import signers

    try:
        stamp = key_path.stat().st_mtime
    except FileNotFoundError:
        raise SigningError("Der er ingen signeringsnøgle endnu") from None
    cache_key = (str(key_path), stamp, hashlib.sha256(passphrase.encode()).hexdigest())
    signer = _SIGNERS.get(cache_key)
    if signer is None:
        load_certificate(key_path, passphrase)  # a clear message for a wrong passphrase
        signer = signers.SimpleSigner.load_pkcs12(  # type: ignore[no-untyped-call]
            str(key_path), passphrase=passphrase.encode())
        if signer is None:
            raise SigningError("Signeringsnøglen kan ikke indlæses")
        _SIGNERS.clear()
        _SIGNERS[cache_key] = signer
    return signer


def _stamp_font_factory() -> Any:
    """pyHanko's factory opens the font file and never closes it; read it into memory once."""
    from pyhanko.pdf_utils.font.opentype import GlyphAccumulator, GlyphAccumulatorFactory

    data = Path(stamp_font_path()).read_bytes()

    class InMemory(GlyphAccumulatorFactory):
        def create_font_engine(self, writer: Any, obj_stream: Any = None) -> Any:
            if obj_stream is None and writer.stream_xrefs and self.create_objstream_if_needed:
                obj_stream = writer.prepare_object_stream()
            return GlyphAccumulator(
                writer=writer, font_handle=io.BytesIO(data), font_size=self.font_size,
                ot_script_tag=self.ot_script_tag, ot_language_tag=self.ot_language_tag,
                writing_direction=self.writing_direction, bcp47_lang_code=self.bcp47_lang_code,
                obj_stream=obj_stream)

    return InMemory(stamp_font_path(), font_size=8)


class Verdict(StrEnum):
    TRUSTED = "intakt, kendt underskriver"
    UNKNOWN_SIGNER = "intakt, ukendt underskriver"
    MODIFIED = "ændret efter underskrift"
    UNSIGNED = "ikke underskrevet"


@dataclass(frozen=True)
class SignatureReport:
    field: str
    verdict: Verdict
    signer: str
    signed_at: dt.datetime | None
    byte_range: tuple[int, ...]
    covers_whole_file: bool


def verify_pdf(data: bytes, trusted: list[x509.Certificate]) -> list[SignatureReport]:
    """One report per signature; a single UNSIGNED report when there is none."""
    from asn1crypto import x509 as asn1_x509
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    roots = [asn1_x509.Certificate.load(c.public_bytes(serialization.Encoding.DER))
             for c in trusted]
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        signatures = list(reader.embedded_signatures)
    except Exception:  # pyHanko raises many kinds for a damaged file
        return [SignatureReport("", Verdict.MODIFIED, "", None, (), False)]
    if not signatures:
        return [SignatureReport("", Verdict.UNSIGNED, "", None, (), False)]
    reports = []
    for sig in signatures:
        byte_range = tuple(int(x) for x in sig.sig_object["/ByteRange"])
        try:
            status = validate_pdf_signature(sig, ValidationContext(trust_roots=roots))
            intact = bool(status.intact and status.valid)
            signer = status.signing_cert.subject.human_friendly
            signed_at = status.signer_reported_dt
            trusted_ok = bool(status.trusted)
        except Exception:
            intact, signer, signed_at, trusted_ok = False, "", None, False
        if not intact:
            verdict = Verdict.MODIFIED
        else:
            verdict = Verdict.TRUSTED if trusted_ok else Verdict.UNKNOWN_SIGNER
        reports.append(SignatureReport(sig.field_name, verdict, signer, signed_at, byte_range,
                                       byte_range[2] + byte_range[3] == len(data)))
    # a later change that no signature covers means the file was edited after the last one
    last = max(reports, key=lambda r: r.byte_range[2] + r.byte_range[3] if r.byte_range else 0)
    if last.byte_range and not last.covers_whole_file and last.verdict is not Verdict.MODIFIED:
        reports = [r if r is not last else SignatureReport(
            r.field, Verdict.MODIFIED, r.signer, r.signed_at, r.byte_range, False)
            for r in reports]
    return reports


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
    write_atomic(target, certificate_pem(cert), mode=0o644)
    return target


