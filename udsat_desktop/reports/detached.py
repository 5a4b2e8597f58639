"""A signature beside a document, with the same key that signed the PDF (records bound to the
signed summary). ECDSA (P-256 and the other NIST curves) or RSA (PKCS#1 v1.5), SHA-256."""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.serialization import pkcs12

from udsat_desktop.core.text import Msg
from udsat_desktop.reports.errors import SigningError
from udsat_desktop.reports.keyfile import open_key

_KEYS: dict[tuple[str, float, str], tuple[Any, x509.Certificate]] = {}


def _cache_key(key_path: Path, passphrase: str) -> tuple[str, float, str]:
    stamp = key_path.stat().st_mtime
    return (str(key_path), stamp, hashlib.sha256(passphrase.encode()).hexdigest())


def _key(key_path: Path, passphrase: str) -> tuple[Any, x509.Certificate]:
    found = _KEYS.get(_cache_key(key_path, passphrase))
    if found is None:
        # the scrypt-wrapped key file (reports/keyfile.py); a wrong passphrase raises
        found = remember_key(key_path, passphrase, open_key(key_path, passphrase))
    return found


def remember_key(key_path: Path, passphrase: str, archive: bytes) -> tuple[Any, x509.Certificate]:
    """Keep the key of an archive already opened (`open_key`) for this process."""
    try:
        key, cert, _chain = pkcs12.load_key_and_certificates(archive, None)
    except ValueError:
        raise SigningError(Msg("Nøglefilen er beskadiget")) from None
    if key is None or cert is None:
        raise SigningError(Msg("Signeringsnøglen kan ikke indlæses"))
    _KEYS.clear()
    _KEYS[_cache_key(key_path, passphrase)] = (key, cert)
    return key, cert


def sign_detached(key_path: Path, passphrase: str, data: bytes) -> dict[str, str]:
    key, cert = _key(key_path, passphrase)
    if isinstance(key, ec.EllipticCurvePrivateKey):
        value, algorithm = key.sign(data, ec.ECDSA(hashes.SHA256())), "ecdsa-sha256"
    elif isinstance(key, rsa.RSAPrivateKey):
        value, algorithm = key.sign(data, padding.PKCS1v15(), hashes.SHA256()), "rsa-pkcs1-sha256"
    else:
        raise SigningError(Msg("Nøgletypen understøttes ikke (kun RSA og ECDSA)"))
    return {
        "algorithm": algorithm,
        "certificate": cert.public_bytes(serialization.Encoding.PEM).decode("ascii"),
        "value": base64.b64encode(value).decode("ascii"),
    }


def verify_detached(block: Any, data: bytes) -> tuple[str, x509.Certificate]:
    """(certificate SHA-256, certificate) of a valid signature over `data`; ValueError
    saying why not."""
    if not isinstance(block, dict):
        raise ValueError(Msg("posten er ikke underskrevet"))
    try:
        try:
            cert = x509.load_pem_x509_certificate(str(block["certificate"]).encode("ascii"))
            value = base64.b64decode(str(block["value"]), validate=True)
        except ValueError:  # cryptography's and base64's own (English) messages
            raise ValueError(
                Msg("postens underskrift er beskadiget (certifikatet eller værdien kan ikke læses)")
            ) from None
        public = cert.public_key()
        if isinstance(public, ec.EllipticCurvePublicKey):
            public.verify(value, data, ec.ECDSA(hashes.SHA256()))
        elif isinstance(public, rsa.RSAPublicKey):
            public.verify(value, data, padding.PKCS1v15(), hashes.SHA256())
        else:
            raise ValueError(Msg("ukendt nøgletype"))
    except InvalidSignature:
        raise ValueError(Msg("posten er ændret efter underskrift")) from None
    except (KeyError, TypeError, UnicodeEncodeError):
        raise ValueError(Msg("postens underskrift er ufuldstændig")) from None
    return cert.fingerprint(hashes.SHA256()).hex(), cert
