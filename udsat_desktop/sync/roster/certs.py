"""Whose signatures count, from the roster this app holds: its members' certificates as a
TrustSet (active members known, revoked ones named as such) and the user's own certificates.
Apart from the model and the local truth (`pins`), so that reading who is on the team loads no
X.509 or PDF-verification code (issue 34).
"""

from __future__ import annotations

import contextlib
import re

from cryptography import x509

from udsat_desktop.platform.paths import AppPaths
from udsat_desktop.reports.verify import TrustSet, cert_sha256
from udsat_desktop.sync.roster.model import Roster
from udsat_desktop.sync.roster.pins import current, trust_dir


def trust_set(roster: Roster) -> TrustSet:
    """The roster's certificates: those of active members known, those of revoked members
    (not also an active member's) shown as revoked, never trusted."""
    base = TrustSet()
    revoked: dict[str, str] = {}
    for m in roster.members:
        certs = []
        for pem in m.certificates:
            with contextlib.suppress(ValueError):
                certs.append(x509.load_pem_x509_certificate(pem.encode("ascii")))
        if m.active:
            base = base.merged(certs, m.user_id)
        else:
            revoked.update({cert_sha256(c): m.user_id for c in certs})
    return TrustSet(
        base.known, {k: v for k, v in revoked.items() if k not in base.known}, base.roots
    )


_SHARE_COPY = re.compile(r"-[0-9a-f]{16}$")  # certificates earlier versions copied from the share


def local_trust(paths: AppPaths) -> TrustSet:
    """Whose signatures this app calls known: the active members of the roster it holds, and
    the user's own certificates (`trust/<user-id>.crt`). Certificates that earlier versions
    copied from the share (`<user>-<fingerprint>.crt`) count for nothing."""
    held = current(paths)
    base = trust_set(held) if held else TrustSet()
    folder = trust_dir(paths)
    own = []
    for path in sorted(folder.glob("*.crt")) if folder.is_dir() else []:
        if not _SHARE_COPY.search(path.stem):
            with contextlib.suppress(OSError, ValueError):
                own.append(x509.load_pem_x509_certificate(path.read_bytes()))
    return base.merged(own, local=True)  # an organisation CA may be configured here
