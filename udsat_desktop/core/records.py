"""What a review record's signature covers, and the canonical JSON it is made over: shared by
signing (flows, and its worker processes, which load no store or sync code) and by the
checks on the share (sync/trust.py)."""

from __future__ import annotations

import json
from typing import Any

RECORD_FORMAT = "udsat-review-record/1"  # a signed review's record beside its PDF

# keys of a review record that its signature does not cover: the signature itself and "ltv",
# the outbox's own note that validation data is still to be added (issue 19), which the
# sync removes once it has added them
UNSIGNED_RECORD_KEYS = frozenset({"signature", "ltv"})


def record_facts(record: dict[str, Any]) -> dict[str, Any]:
    """What a review record's signature covers."""
    return {k: v for k, v in record.items() if k not in UNSIGNED_RECORD_KEYS}


def canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode(
        "utf-8"
    )
