"""Stored and protocol literals: values written to the store, a record or the share, defined
once. They are data (stores and shares already hold them), so they never change; enum values
of `core.status` and `core.consent` are the others."""

from __future__ import annotations

# where a review version, a decision or a next step came from (columns `source`)
SOURCE_LOCAL = "lokal"  # made in this store
SOURCE_SHARE = "fællesmappe"  # read from the shared folder
SOURCE_TEAM = "teamet"  # a next step of a colleague's signed review (follow-up lists)

# a signed record's "ltv" when long-term validation is still to be added (issue 19)
LTV_WAITING = "afventer"

# the plain folder of sent summaries an earlier version kept under outbox/
SENT_FOLDER = "sendt"
