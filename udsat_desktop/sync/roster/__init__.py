"""The team roster: who is on the team, with which keys, signed by a coordinator.

The truth is in each app (`<data>/trust/roster.json`, the last roster it accepted); the copies
in `team/roster-<version>.json` on the share are only a way to pass it on. A member accepts a
roster when its signature checks, its signer is a coordinator it trusts (one whose team key it
pinned at set-up, or a coordinator of the roster it already holds) and its version is higher
than the one it holds. What a member publishes in `reviewers/<user-id>.json` is a request: it
joins the roster only when a coordinator compares its fingerprint and approves it.
"""

from __future__ import annotations

from udsat_desktop.sync.roster.enrolment import (
    IDENTITY_FIELDS,
    Request,
    absorb_new_certificates,
    add_own_certificates,
    approve,
    differences,
    editable,
    my_request,
    read_request,
    requests,
    revoke,
    set_role,
    sign_share_id,
    start_roster,
)

# not public: tests/team_helpers.py and benchmarks/ commit a roster of their own through the
# package (`roster._commit`); new code imports it from roster.enrolment
from udsat_desktop.sync.roster.enrolment import _commit as _commit
from udsat_desktop.sync.roster.exchange import (
    adopt_share,
    candidates,
    publish,
    refresh,
    republish,
    roster_files,
    signs_share,
)
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
    local_trust,
    pending,
    pin,
    pin_machine_coordinator,
    pinned,
    trust_dir,
)

__all__ = [
    "IDENTITY_FIELDS",
    "MAX_CERTS",
    "MAX_CERT_BYTES",
    "PENDING",
    "REQUEST_KIND",
    "ROSTER_KIND",
    "CoordinatorChange",
    "Member",
    "OwnDemotion",
    "Request",
    "Roster",
    "RosterError",
    "absorb_new_certificates",
    "accept",
    "add_own_certificates",
    "adopt_share",
    "approve",
    "candidates",
    "confirm_pending",
    "coordinator_change",
    "current",
    "differences",
    "editable",
    "file_name",
    "local_trust",
    "my_request",
    "pending",
    "pin",
    "pin_machine_coordinator",
    "pinned",
    "publish",
    "read_request",
    "refresh",
    "republish",
    "requests",
    "revoke",
    "roster_files",
    "set_role",
    "sign_share_id",
    "signs_share",
    "start_roster",
    "trust_dir",
]
