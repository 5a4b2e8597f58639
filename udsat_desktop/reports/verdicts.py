"""What a signature check says: the verdict and one report per signature. Kept apart from
reports/signing.py (ReportLab, the PDF renderer) so that checking and the sync's trust
handling load no renderer: a sync with nothing new must stay close to the CLI's start."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum


class Verdict(StrEnum):
    TRUSTED = "intakt, kendt underskriver"
    UNKNOWN_SIGNER = "intakt, ukendt underskriver"
    MODIFIED = "ændret efter underskrift"
    UNSIGNED = "ikke underskrevet"
    REVOKED_SIGNER = "intakt, tilbagekaldt underskriver"
    UNCHECKED = "kunne ikke kontrolleres"  # an error in the checking, not in the document


@dataclass(frozen=True)
class SignatureReport:
    field: str
    verdict: Verdict
    signer: str
    signed_at: dt.datetime | None
    byte_range: tuple[int, ...]
    covers_whole_file: bool
    timestamp: dt.datetime | None = None  # from an intact RFC 3161 token (PAdES B-T)
    cert_sha256: str = ""  # the signing certificate's SHA-256 fingerprint
    reason: str = ""  # why a signature is not intact or could not be checked (Danish)
    level: str = ""  # PAdES baseline level: B-B, B-T, B-LT, B-LTA (see reports/ltv.py)
    archive_timestamp: dt.datetime | None = None  # the latest document timestamp (B-LTA)
    # which trust path made the signer known: "team" (the certificate is pinned on the team's
    # roster or is this user's own) or "organisation-ca" (a path to an organisation's CA
    # configured on this computer); "" when none did
    trust_path: str = ""
    # "embedded" when the file's own validation data (B-LT/B-LTA) was checked offline, with
    # revocation data required; "" when the file carries none or it was not needed
    validation_data: str = ""
