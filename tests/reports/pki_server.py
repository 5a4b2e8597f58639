"""A test organisation CA on loopback: a root, a signing certificate and a TSA certificate
that both point at the CA's CRL, served over HTTP on 127.0.0.1 together with an RFC 3161
timestamp endpoint (pyHanko's DummyTimeStamper, as in tsa_server.py). The tests start it,
sign and augment files against it, stop it, and validate offline from what the files carry.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from asn1crypto import keys as asn1_keys
from asn1crypto import tsp
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID


@dataclass
class LoopbackPKI:
    url: str  # http://127.0.0.1:PORT
    root: x509.Certificate
    p12: Path  # the organisation-issued signing key (with the root in its chain)
    p12_passphrase: str
    hits: dict[str, int] = field(default_factory=dict)
    state: dict[str, Any] = field(default_factory=dict)

    def revoke_signer(self, since: dt.datetime) -> None:
        """The CA revokes the signing certificate (key compromise, from `since`): the CRL it
        serves from now on lists it, with a higher CRL number."""
        self.state["revoke"](since)

    def set_online(self, online: bool) -> None:
        """Offline: the CRL and the TSA answer 503, as an unreachable service would fail."""
        self.state["offline"] = not online

    @property
    def tsa_url(self) -> str:
        return f"{self.url}/tsa"


def _name(cn: str, org: str = "Testkommune") -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, cn),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, org),
        ]
    )


@contextmanager
def organisation_pki(folder: Path, signer_name: str = "Karen Holm") -> Iterator[LoopbackPKI]:
    hits: dict[str, int] = {"crl": 0, "tsa": 0}
    state: dict[str, Any] = {}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if state.get("offline"):
                self.send_error(503)
                return
            if self.path != "/ca.crl":
                self.send_error(404)
                return
            hits["crl"] += 1
            self._reply(state["crl"], "application/pkix-crl")

        def do_POST(self) -> None:
            if state.get("offline"):
                self.send_error(503)
                return
            body = self.rfile.read(int(self.headers["Content-Length"]))
            hits["tsa"] += 1
            reply = state["tsa"].request_tsa_response(tsp.TimeStampReq.load(body)).dump()
            self._reply(reply, "application/timestamp-reply")

        def _reply(self, data: bytes, kind: str) -> None:
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args: Any) -> None:
            return None

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    url = f"http://127.0.0.1:{server.server_address[1]}"
    crl_point = x509.CRLDistributionPoints(
        [
            x509.DistributionPoint(
                full_name=[x509.UniformResourceIdentifier(f"{url}/ca.crl")],
                relative_name=None,
                reasons=None,
                crl_issuer=None,
            )
        ]
    )
    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = _name("Testkommune Rod-CA")
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(1)
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=False,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(
            x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )
    aki = x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key())

    def issue(
        subject: x509.Name, public_key: Any, serial: int, *extensions: Any
    ) -> x509.Certificate:
        builder = (
            x509.CertificateBuilder()
            .subject_name(subject)
            .issuer_name(ca_name)
            .public_key(public_key)
            .serial_number(serial)
            .not_valid_before(now - dt.timedelta(hours=1))
            .not_valid_after(now + dt.timedelta(days=20))
            .add_extension(crl_point, critical=False)
            .add_extension(aki, critical=False)
        )
        for ext, critical in extensions:
            builder = builder.add_extension(ext, critical=critical)
        return builder.sign(ca_key, hashes.SHA256())

    signer_key = ec.generate_private_key(ec.SECP256R1())
    signer = issue(
        _name(signer_name),
        signer_key.public_key(),
        10,
        (
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
            True,
        ),
    )
    tsa_key = rsa.generate_private_key(65537, 2048)  # pyHanko's dummy TSA signs with RSA only
    tsa = issue(
        _name("Testkommune TSA"),
        tsa_key.public_key(),
        11,
        (x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), True),
    )

    def crl(number: int, issued: dt.datetime, revoked: dt.datetime | None = None) -> bytes:
        builder = (
            x509.CertificateRevocationListBuilder()
            .issuer_name(ca_name)
            .last_update(issued)
            .next_update(issued + dt.timedelta(days=7))
            .add_extension(aki, critical=False)
            .add_extension(x509.CRLNumber(number), critical=False)
        )
        if revoked is not None:
            builder = builder.add_revoked_certificate(
                x509.RevokedCertificateBuilder()
                .serial_number(signer.serial_number)
                .revocation_date(revoked)
                .add_extension(x509.CRLReason(x509.ReasonFlags.key_compromise), critical=False)
                .build()
            )
        return builder.sign(ca_key, hashes.SHA256()).public_bytes(serialization.Encoding.DER)

    state["crl"] = crl(1, now - dt.timedelta(minutes=5))
    state["revoke"] = lambda since: state.__setitem__(
        "crl", crl(2, dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1), since)
    )
    from pyhanko.sign.timestamps.dummy_client import DummyTimeStamper

    der_key = tsa_key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    state["tsa"] = DummyTimeStamper(
        tsa_cert=asn1_x509.Certificate.load(tsa.public_bytes(serialization.Encoding.DER)),
        tsa_key=asn1_keys.PrivateKeyInfo.load(der_key),
        certs_to_embed=[asn1_x509.Certificate.load(ca.public_bytes(serialization.Encoding.DER))],
    )
    p12 = folder / "organisation.p12"
    p12.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"KH", signer_key, signer, [ca], serialization.BestAvailableEncryption(b"org-kode-1")
        )
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield LoopbackPKI(url, ca, p12, "org-kode-1", hits, state)
    finally:
        server.shutdown()
        server.server_close()
