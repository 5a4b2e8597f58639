"""Authenticode signing of the Windows build: every .exe and the MSI, with an RFC 3161 timestamp.

The real certificate is a build input, never in the repository:

    UDSAT_SIGN_PFX            the code-signing certificate and its key (.pfx / .p12)
    UDSAT_SIGN_PASSPHRASE     its passphrase (handed to osslsigncode in a 0600 file, never on a
                              command line)
    UDSAT_SIGN_TIMESTAMP_URL  the RFC 3161 timestamp server (default: DEFAULT_TSA)

Without UDSAT_SIGN_PFX (CI, a developer's machine) the build makes a throw-away test PKI with
`cryptography` (a root, a code-signing certificate under it, a timestamping certificate under
it), runs a local RFC 3161 timestamp server (pyHanko's DummyTimeStamper behind HTTP on the
loopback: CI has no network) and signs with those. The test root is trusted by nothing; it only
lets the build verify, with `osslsigncode verify -CAfile`, that every binary carries an intact,
timestamped signature. Windows will call such a build "unknown publisher".

    python packaging/windows/signing.py sign FILE    (what makensis' !finalize and
                                                       !uninstfinalize run; reads UDSAT_SIGN_*)

The build verifies every signed file at once (`verify`, against UDSAT_SIGN_CAFILE for the test
root), and keeps a copy of each file makensis had signed in UDSAT_SIGN_COPY_DIR (the
uninstaller exists only inside setup.exe otherwise).
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

DEFAULT_TSA = "http://timestamp.digicert.com"
DESCRIPTION = "Udsat Desktop"
PUBLISHER_URL = "https://www.kk.dk"
TEST_PASSPHRASE_BYTES = 24


class SigningError(Exception):
    """osslsigncode refused to sign or a signature did not verify."""


@dataclass(frozen=True)
class SigningInputs:
    """What `sign` needs: the PKCS#12 file, its passphrase and a timestamp server. `ca_file`
    and `tsa_ca_file`: the roots `verify` checks against (None: the system's CA bundle)."""

    pfx: Path
    passphrase: str
    tsa_url: str
    ca_file: Path | None = None
    tsa_ca_file: Path | None = None
    throwaway: bool = False

    def environ(self) -> dict[str, str]:
        """The environment a child process (makensis' finalize commands) signs with."""
        env = {
            "UDSAT_SIGN_PFX": str(self.pfx),
            "UDSAT_SIGN_PASSPHRASE": self.passphrase,
            "UDSAT_SIGN_TIMESTAMP_URL": self.tsa_url,
        }
        if self.ca_file is not None:
            env["UDSAT_SIGN_CAFILE"] = str(self.ca_file)
        return env


def from_environment() -> SigningInputs | None:
    """The real certificate from UDSAT_SIGN_PFX / _PASSPHRASE / _TIMESTAMP_URL, or None."""
    pfx = os.environ.get("UDSAT_SIGN_PFX", "").strip()
    if not pfx:
        return None
    path = Path(pfx)
    if not path.is_file():
        raise SigningError(f"UDSAT_SIGN_PFX: no such file: {path}")
    passphrase = os.environ.get("UDSAT_SIGN_PASSPHRASE")
    if passphrase is None:
        raise SigningError("UDSAT_SIGN_PFX is set, but UDSAT_SIGN_PASSPHRASE is not")
    tsa = os.environ.get("UDSAT_SIGN_TIMESTAMP_URL", "").strip() or DEFAULT_TSA
    ca = os.environ.get("UDSAT_SIGN_CAFILE", "").strip()
    root = Path(ca) if ca else None
    return SigningInputs(path, passphrase, tsa, root, root, throwaway=root is not None)


# ----------------------------------------------------------------------------- test PKI


def _write_test_pki(folder: Path) -> tuple[Path, str, Path, bytes, bytes]:
    """(pfx, passphrase, root PEM, TSA certificate DER, TSA key DER) of a fresh test PKI."""
    import secrets

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    def name(cn: str) -> x509.Name:
        return x509.Name(
            [
                x509.NameAttribute(NameOID.COUNTRY_NAME, "DK"),
                x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Udsat Desktop build (test)"),
                x509.NameAttribute(NameOID.COMMON_NAME, cn),
            ]
        )

    now = dt.datetime.now(dt.UTC)
    key = {n: rsa.generate_private_key(65537, 2048) for n in ("root", "code", "tsa")}

    def issue(cn: str, own: str, ca: bool, eku: x509.ObjectIdentifier | None) -> x509.Certificate:
        builder = (
            x509.CertificateBuilder()
            .subject_name(name(cn))
            .issuer_name(name("Udsat test root (throw-away)"))
            .public_key(key[own].public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=30))
            .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
            .add_extension(
                x509.KeyUsage(
                    digital_signature=not ca,
                    content_commitment=False,
                    key_encipherment=False,
                    data_encipherment=False,
                    key_agreement=False,
                    key_cert_sign=ca,
                    crl_sign=ca,
                    encipher_only=False,
                    decipher_only=False,
                ),
                critical=True,
            )
        )
        if eku is not None:
            builder = builder.add_extension(x509.ExtendedKeyUsage([eku]), critical=True)
        return builder.sign(key["root"], hashes.SHA256())

    root = issue("Udsat test root (throw-away)", "root", True, None)
    code = issue("Udsat Desktop (test signature)", "code", False, ExtendedKeyUsageOID.CODE_SIGNING)
    tsa = issue("Udsat test TSA (throw-away)", "tsa", False, ExtendedKeyUsageOID.TIME_STAMPING)
    passphrase = secrets.token_urlsafe(TEST_PASSPHRASE_BYTES)
    pfx = folder / "test-codesign.p12"
    pfx.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"udsat-test",
            key["code"],  # type: ignore[arg-type]
            code,
            [root],
            serialization.BestAvailableEncryption(passphrase.encode()),
        )
    )
    root_pem = folder / "test-root.pem"
    root_pem.write_bytes(root.public_bytes(serialization.Encoding.PEM))
    tsa_key = key["tsa"].private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    return pfx, passphrase, root_pem, tsa.public_bytes(serialization.Encoding.DER), tsa_key


@contextmanager
def local_tsa(tsa_cert_der: bytes, tsa_key_der: bytes) -> Iterator[str]:
    """An RFC 3161 timestamp server on the loopback (pyHanko's DummyTimeStamper); its URL."""
    from asn1crypto import keys, tsp, x509
    from pyhanko.sign.timestamps.dummy_client import DummyTimeStamper

    stamper = DummyTimeStamper(
        tsa_cert=x509.Certificate.load(tsa_cert_der),
        tsa_key=keys.PrivateKeyInfo.load(tsa_key_der),
    )

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers["Content-Length"]))
            reply = stamper.request_tsa_response(tsp.TimeStampReq.load(body)).dump()
            self.send_response(200)
            self.send_header("Content-Type", "application/timestamp-reply")
            self.send_header("Content-Length", str(len(reply)))
            self.end_headers()
            self.wfile.write(reply)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@contextmanager
def throwaway(folder: Path) -> Iterator[SigningInputs]:
    """A test PKI in `folder` and a local timestamp server, for as long as the build runs."""
    folder.mkdir(parents=True, exist_ok=True)
    pfx, passphrase, root, tsa_cert, tsa_key = _write_test_pki(folder)
    with local_tsa(tsa_cert, tsa_key) as url:
        yield SigningInputs(pfx, passphrase, url, root, root, throwaway=True)


# ----------------------------------------------------------------------------- osslsigncode


def _osslsigncode(*args: str | Path) -> str:
    proc = subprocess.run(
        ["osslsigncode", *[str(a) for a in args]], capture_output=True, text=True, check=False
    )
    out = proc.stdout + proc.stderr
    if proc.returncode != 0:
        raise SigningError(out[-3000:])
    return out


def sign(path: Path, inputs: SigningInputs) -> None:
    """Sign `path` (a PE file or an MSI) in place: SHA-256, the product's name and URL, an
    RFC 3161 timestamp; osslsigncode also sets the PE checksum."""
    with tempfile.TemporaryDirectory(prefix="udsat-sign-") as tmp:
        secret = Path(tmp) / "pass"
        secret.touch(mode=0o600)
        secret.write_text(inputs.passphrase, encoding="utf-8")
        signed = Path(tmp) / ("signed" + path.suffix)
        _osslsigncode(
            "sign",
            "-pkcs12",
            inputs.pfx,
            "-readpass",
            secret,
            "-h",
            "sha256",
            "-n",
            DESCRIPTION,
            "-i",
            PUBLISHER_URL,
            "-ts",
            inputs.tsa_url,
            "-in",
            path,
            "-out",
            signed,
        )
        data = signed.read_bytes()
    path.write_bytes(data)


def verify(path: Path, inputs: SigningInputs) -> str:
    """`osslsigncode verify` of `path`: the signature intact, chained to the root, with a
    timestamp that verifies. Returns the signer's subject line."""
    args: list[str | Path] = ["verify", "-in", path]
    if inputs.ca_file is not None:
        args += ["-CAfile", inputs.ca_file]
    if inputs.tsa_ca_file is not None:
        args += ["-TSA-CAfile", inputs.tsa_ca_file]
    if inputs.throwaway:
        args += ["-ignore-crl"]  # the test root publishes no revocation list
    out = _osslsigncode(*args)
    if "Signature verification: ok" not in out:
        raise SigningError(f"{path.name}: {out[-2000:]}")
    if "Timestamp Server Signature verification: ok" not in out:
        raise SigningError(f"{path.name}: no verified timestamp\n{out[-2000:]}")
    subject = next(
        (line.strip() for line in out.splitlines() if line.strip().startswith("Subject:")), ""
    )
    return subject


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] != "sign":
        sys.stderr.write("usage: signing.py sign FILE\n")
        return 2
    try:
        inputs = from_environment()
        if inputs is None:
            raise SigningError("UDSAT_SIGN_PFX is not set")
        target = Path(argv[1])
        sign(target, inputs)
        verify(target, inputs)
        copies = os.environ.get("UDSAT_SIGN_COPY_DIR", "").strip()
        if copies:
            n = len(list(Path(copies).iterdir()))
            shutil.copyfile(target, Path(copies) / f"{n}-{target.name}")
    except SigningError as exc:
        sys.stderr.write(f"signing: {argv[1]}: {exc}\n")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
