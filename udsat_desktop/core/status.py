"""Case statuses and the allowed transitions between them."""

from __future__ import annotations

from enum import IntEnum, StrEnum

from udsat_desktop.core.errors import InputError, UserError
from udsat_desktop.core.text import Msg

# Citizens unemployed at least 80 % of the last 10 years when the taskforce started (2025).
TARGET_GROUP_SIZE = 2737


class CaseStatus(StrEnum):
    NEW = "ny"
    ASSIGNED = "tildelt"
    IN_REVIEW = "under_gennemgang"
    READY_TO_SIGN = "klar_til_underskrift"
    SIGNED = "underskrevet"
    SYNCED = "synkroniseret"
    RESOLVED = "afklaret"
    PAUSED = "sat_paa_pause"

    @property
    def label(self) -> str:
        return STATUS_LABELS[self]


STATUS_LABELS: dict[CaseStatus, str] = {
    CaseStatus.NEW: "Ny",
    CaseStatus.ASSIGNED: "Tildelt",
    CaseStatus.IN_REVIEW: "Under gennemgang",
    CaseStatus.READY_TO_SIGN: "Klar til underskrift",
    CaseStatus.SIGNED: "Underskrevet",
    CaseStatus.SYNCED: "Synkroniseret",
    CaseStatus.RESOLVED: "Afklaret",
    CaseStatus.PAUSED: "Sat på pause",
}

# Cases whose review is not yet signed: work still to do (a deadline passing is late).
OPEN_STATUSES: frozenset[CaseStatus] = frozenset(
    {
        CaseStatus.NEW,
        CaseStatus.ASSIGNED,
        CaseStatus.IN_REVIEW,
        CaseStatus.READY_TO_SIGN,
    }
)


class ReviewStatus(StrEnum):
    """A review's status, stored as its value."""

    DRAFT = "kladde"
    READY = "klar"
    SIGNED = "underskrevet"

    @property
    def label(self) -> str:
        return REVIEW_STATUS_LABELS[self]


REVIEW_STATUS_LABELS: dict[str, str] = {
    ReviewStatus.DRAFT: "Kladde",
    ReviewStatus.READY: "Klar til underskrift",
    ReviewStatus.SIGNED: "Underskrevet",
}

S = CaseStatus
# A signed review is never edited: a correction starts a new review version, which takes the
# case back to "Under gennemgang". A paused case resumes where work can sensibly continue.
TRANSITIONS: dict[CaseStatus, frozenset[CaseStatus]] = {
    S.NEW: frozenset({S.ASSIGNED, S.IN_REVIEW, S.PAUSED, S.RESOLVED}),
    S.ASSIGNED: frozenset({S.NEW, S.ASSIGNED, S.IN_REVIEW, S.PAUSED, S.RESOLVED}),
    S.IN_REVIEW: frozenset({S.READY_TO_SIGN, S.PAUSED, S.ASSIGNED}),
    S.READY_TO_SIGN: frozenset({S.IN_REVIEW, S.SIGNED}),
    S.SIGNED: frozenset({S.SYNCED, S.IN_REVIEW, S.RESOLVED}),
    S.SYNCED: frozenset({S.IN_REVIEW, S.RESOLVED}),
    S.RESOLVED: frozenset({S.IN_REVIEW}),
    S.PAUSED: frozenset({S.NEW, S.ASSIGNED, S.IN_REVIEW}),
}


class InvalidTransition(InputError):
    """A status change the case flow does not allow; the message is Danish."""


def can_transition(current: CaseStatus, target: CaseStatus) -> bool:
    return target in TRANSITIONS[current]


def ensure_transition(current: CaseStatus, target: CaseStatus) -> None:
    if not can_transition(current, target):
        raise InvalidTransition(
            f"En sag med status »{current.label}« kan ikke gå til »{target.label}«"
        )


class Priority(IntEnum):
    """Stored as its number so that sorting by priority puts Høj first."""

    HIGH = 1
    NORMAL = 2
    LOW = 3

    @property
    def label(self) -> str:
        return PRIORITY_LABELS[self]


PRIORITY_LABELS: dict[int, str] = {
    Priority.HIGH: "Høj",
    Priority.NORMAL: "Normal",
    Priority.LOW: "Lav",
}


class Organisation(StrEnum):
    BIF = "BIF"
    SOF = "SOF"
    REGION = "Region"


class Role(StrEnum):
    REVIEWER = "reviewer"
    COORDINATOR = "coordinator"

    @property
    def label(self) -> str:
        return {"reviewer": "Gennemgår sager", "coordinator": "Koordinator"}[self.value]


def role_label(value: str) -> str:
    """A role as people read it ("Koordinator", "Gennemgår sager"), for a role value from
    anywhere (a roster, a request); a value this version does not know is shown as it is."""
    try:
        return Role(value).label
    except ValueError:
        return value


class NotAllowed(UserError):
    """An action the user's role does not allow; the message says so, in Danish."""


def coordinator_only_message(what: str) -> Msg:
    return Msg("Kun en koordinator kan {what}.", what=what)


def require_coordinator(role: Role, what: str) -> None:
    """Assigning, ingesting, meetings, packets, exports of case lists and purging the audit
    log are the coordinators' ; everyone else gets the same clear refusal."""
    if role is not Role.COORDINATOR:
        raise NotAllowed(coordinator_only_message(what))
