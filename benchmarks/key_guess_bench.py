"""What one wrong guess at the signing key's passphrase costs: the scrypt-wrapped key file
(`reports/keyfile.py`) against the plain PKCS#12 it replaced (moved here from
tests/security/test_key_and_passphrases.py, which checks the KDF parameters instead of timing
them; issue 27).

    python benchmarks/key_guess_bench.py [ROUNDS]   (one JSON line; the old claim: > 20x)
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import statistics
import sys
import time

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12

from udsat_desktop.reports import keyfile


def _timed(guess: object, rounds: int) -> float:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        with contextlib.suppress(ValueError, keyfile.WrongKeyPassphrase):
            guess()  # type: ignore[operator]
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> int:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    legacy = pkcs12.serialize_key_and_certificates(
        b"x",
        ec.generate_private_key(ec.SECP256R1()),
        None,
        None,
        serialization.BestAvailableEncryption(b"gaet-mig-1"),
    )
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(x509.oid.NameOID.COMMON_NAME, "bench")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(1)
        .not_valid_before(now)
        .not_valid_after(now + dt.timedelta(days=1))
        .sign(key, hashes.SHA256())
    )
    wrapped = keyfile.wrap(key, cert, [], "gaet-mig-1")
    pkcs12_s = _timed(lambda: pkcs12.load_key_and_certificates(legacy, b"forkert-gaet"), rounds)
    wrapped_s = _timed(lambda: keyfile.unwrap(wrapped, "forkert-gaet"), rounds)
    print(
        json.dumps(
            {
                "pkcs12_guess_ms": round(pkcs12_s * 1000, 3),
                "wrapped_guess_ms": round(wrapped_s * 1000, 3),
                "ratio": round(wrapped_s / pkcs12_s, 1),
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
