"""Co-signing a signed summary (`udsat sign --cosign FILE`).

The file is checked before a signing key is made or anything is written (`cosignable`): it
must be a PDF with an intact signature and no co-signature yet, and the co-signer must not be
the one who signed it (four eyes). Signers are told apart as the verifier tells them apart:
by the SHA-256 fingerprint of the signing certificate, and by the roster member that
certificate belongs to (`sync.engine._bind` asks the roster the same question of every
co-signature). `cosign` then compares the co-signer's own key once more and signs. Every
refusal is a `SigningError` with one Danish sentence.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from cryptography import x509

from udsat_desktop.core.text import Msg
from udsat_desktop.flows.signing import ensure_key, identity_of
from udsat_desktop.platform.paths import AppPaths
from udsat_desktop.reports.errors import SigningError
from udsat_desktop.reports.signing import certificate_sha256, sign_pdf
from udsat_desktop.reports.verdicts import Verdict
from udsat_desktop.reports.verify import TrustSet, cert_sha256, check_pdf
from udsat_desktop.store.queue import Profile
from udsat_desktop.sync.roster.certs import local_trust
from udsat_desktop.sync.roster.pins import trust_dir

COSIGNATURE = "Medunderskrift"  # the field reports.signing.sign_pdf(cosign=True) fills


def cosignable(paths: AppPaths, profile: Profile, pdf: bytes, name: str) -> str:
    """The first signer's certificate fingerprint of a file that this user may co-sign;
    `SigningError` (Danish, naming the file by `name`) when it may not be co-signed."""
    if b"%PDF-" not in pdf[:1024]:
        raise SigningError(
            Msg(
                "{file} er ikke en PDF; kun en underskrevet sammenfatning kan medunderskrives",
                file=name,
            )
        )
    trusted = local_trust(paths)
    reports = check_pdf(pdf, trusted).reports
    if any(r.field == COSIGNATURE for r in reports):
        raise SigningError(
            Msg(
                "{file} er allerede medunderskrevet; en sammenfatning har kun én medunderskrift",
                file=name,
            )
        )
    first = reports[0]
    if first.verdict is Verdict.UNSIGNED:
        raise SigningError(
            Msg(
                "{file} er ikke underskrevet; kun en underskrevet sammenfatning kan "
                "medunderskrives",
                file=name,
            )
        )
    if first.verdict in (Verdict.MODIFIED, Verdict.UNCHECKED) or not first.cert_sha256:
        # the verifier's reason: "filen kan ikke læses som PDF", "underskriften er beskadiget"
        raise SigningError(
            Msg(
                "{file} kan ikke medunderskrives: {reason}",
                file=name,
                reason=Msg(first.reason or first.verdict.value),
            )
        )
    if first.cert_sha256 in _own_certificates(paths, profile, trusted):
        raise _own_signature(name)
    return first.cert_sha256


def cosign(
    paths: AppPaths,
    profile: Profile,
    pdf: bytes,
    name: str,
    first_signer: str,
    passphrase: str,
    *,
    timestamp_url: str | None = None,
) -> bytes:
    """`pdf` (checked by `cosignable`, which gave `first_signer`) with this user's
    co-signature; the signing key is made here when the user has none yet."""
    key = ensure_key(paths, profile, passphrase)
    if certificate_sha256(key, passphrase) == first_signer:
        raise _own_signature(name)
    from pyhanko.pdf_utils.misc import FormFillingError, PdfError

    try:
        return sign_pdf(
            pdf, key, passphrase, identity_of(profile), cosign=True, timestamp_url=timestamp_url
        )
    except (FormFillingError, PdfError):  # pyHanko's SigningError is a FormFillingError
        # a signed PDF whose form pyHanko cannot add the co-signature field to
        raise SigningError(
            Msg(
                "{file} kan ikke medunderskrives: PDF'en har ikke plads til en medunderskrift",
                file=name,
            )
        ) from None


def _own_certificates(paths: AppPaths, profile: Profile, trusted: TrustSet) -> set[str]:
    """Fingerprints of this user's certificates: the roster's, and the one in the local trust
    folder (`trust/<user-id>.crt`, written with the key)."""
    own = {fp for fp, user_id in trusted.known.items() if user_id == profile.user_id}
    with contextlib.suppress(OSError, ValueError):
        path = Path(trust_dir(paths)) / f"{profile.user_id}.crt"
        own.add(cert_sha256(x509.load_pem_x509_certificate(path.read_bytes())))
    return own


def _own_signature(name: str) -> SigningError:
    return SigningError(
        Msg(
            "Du har selv underskrevet {file}; medunderskriften skal være fra en anden "
            "gennemgåer (fire øjne)",
            file=name,
        )
    )
