"""Where things go on the share and what they say they are: the sealed files' kinds, the
sharded paths of reviews' PDFs and records, the case key's form, safe path parts.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from udsat_desktop.core.text import Msg

# what a sealed share file says it is (sealed.seal_for's kind, authenticated)
KIND_SUMMARY, KIND_RECORD, KIND_CLAIM = "summary", "record", "claim"
KIND_PACKET, KIND_ORIGINAL = "packet", "packet-original"
ASSIGNMENT_FORMAT = "udsat-assignment/1"


def _now_iso() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _safe_parts(*parts: str) -> None:
    for part in parts:
        if not part or "/" in part or "\\" in part or part.startswith(".") or "\0" in part:
            raise ValueError(Msg("unsafe name in record"))


def targets_of(record: dict[str, Any]) -> tuple[str, str]:
    """Where a review's PDF and record go on the share (relative paths), sharded by the
    review's year and month so no folder grows past a few thousand entries."""
    date = str(record["review_date"])
    year, month = date[:4], date[5:7]
    review_id = record["review_id"]
    _safe_parts(year, month, review_id, record["case_key"])
    if not (year.isdigit() and month.isdigit()):
        raise ValueError(Msg("unsafe name in record"))
    return (f"summaries/{year}/{month}/{review_id}.pdf", f"records/{year}/{month}/{review_id}.json")


def legacy_targets_of(record: dict[str, Any]) -> tuple[str, str]:
    """The flat layout before sharding (still read): summaries/<yyyy>/<case>/, records/."""
    year = str(record["review_date"])[:4]
    case_key, review_id = record["case_key"], record["review_id"]
    _safe_parts(year, case_key, review_id)
    return f"summaries/{year}/{case_key}/{review_id}.pdf", f"records/{review_id}.json"


CASE_KEY = re.compile(r"^[0-9A-Z]{4}-[0-9A-Z]{4}$")

# folders the sync reads for work (sync/assignments.py, sync/decisions.py; sync/waiting.py)
ASSIGNMENTS_FOLDER = "assignments"  # assignments/<user-id>/<batch>.json
DECISIONS_FOLDER = "decisions"


# a batch's file name since the first assignment (assign_cases): its UTC time and 6 hex
BATCH_NAME = re.compile(r"^[0-9]{8}T[0-9]{6}-[0-9a-f]{6}\.json$")
DECISION_ID = re.compile(r"^D-[0-9]{8}T[0-9]{6}-[0-9a-f]{8}$")


def is_batch_name(name: str) -> bool:
    return bool(BATCH_NAME.match(name))


def is_decision_name(name: str) -> bool:
    """A `.json` file of decisions/ named as a decision is (other names there are not read)."""
    return name.endswith(".json") and bool(DECISION_ID.match(name.removesuffix(".json")))


def not_a_batch(name: str) -> str:
    return Msg(
        "{name} på fællesmappen er afvist: navnet er ikke en tildelings; filen er ikke læst",
        name=name,
    )


def not_a_decision(name: str) -> str:
    return Msg(
        "{name} på fællesmappen er afvist: navnet er ikke en afgørelses "
        "(D-, tid og 8 tegn 0-9/a-f); filen er ikke læst",
        name=name,
    )
