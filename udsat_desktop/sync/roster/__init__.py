"""The team roster: who is on the team, with which keys, signed by a coordinator.

The truth is in each app (`<data>/trust/roster.json`, the last roster it accepted); the copies
in `team/roster-<version>.json` on the share are only a way to pass it on. A member accepts a
roster when its signature checks, its signer is a coordinator it trusts (one whose team key it
pinned at set-up, or a coordinator of the roster it already holds) and its version is higher
than the one it holds. What a member publishes in `reviewers/<user-id>.json` is a request: it
joins the roster only when a coordinator compares its fingerprint and approves it.

The package names the model (`model`) and the local truth (`pins`): what reading the roster
this app holds needs. Whose certificates count is `roster.certs`, enrolment and approval
`roster.enrolment`, the roster on the share `roster.exchange`; they are imported from there,
so that reading who is on the team loads no share, sealing or X.509 code (issue 34).
"""

from __future__ import annotations

from udsat_desktop.sync.roster.model import (
    MAX_CERT_BYTES,
    MAX_CERTS,
    REQUEST_KIND,
    ROSTER_KIND,
    CoordinatorChange,
    Member,
    OwnDemotion,
    Roster,
    RosterError,
    coordinator_change,
    file_name,
)
from udsat_desktop.sync.roster.pins import (
    PENDING,
    accept,
    confirm_pending,
    current,
    pending,
    pin,
    pin_machine_coordinator,
    pinned,
    trust_dir,
)

__all__ = [
    "MAX_CERTS",
    "MAX_CERT_BYTES",
    "PENDING",
    "REQUEST_KIND",
    "ROSTER_KIND",
    "CoordinatorChange",
    "Member",
    "OwnDemotion",
    "Roster",
    "RosterError",
    "accept",
    "confirm_pending",
    "coordinator_change",
    "current",
    "file_name",
    "pending",
    "pin",
    "pin_machine_coordinator",
    "pinned",
    "trust_dir",
]
