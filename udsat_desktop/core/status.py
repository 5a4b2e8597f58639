"""Case statuses and the allowed transitions between them."""

from __future__ import annotations

from enum import IntEnum, StrEnum

from udsat_desktop.core.errors import InputError, UserError
from udsat_desktop.core.text import Msg

# Citizens unemployed at least 80 % of the last 10 years when the taskforce started (2025).
TARGET_GROUP_SIZE = 2737


class CaseStatus(StrEnum):
    NY = "ny"
    TILDELT = "tildelt"
    UNDER_GENNEMGANG = "under_gennemgang"
    KLAR_TIL_UNDERSKRIFT = "klar_til_underskrift"
    UNDERSKREVET = "underskrevet"
    SYNKRONISERET = "synkroniseret"
    AFKLARET = "afklaret"
    SAT_PAA_PAUSE = "sat_paa_pause"

    @property
    def label(self) -> str:
        return STATUS_LABELS[self]


STATUS_LABELS: dict[CaseStatus, str] = {
    CaseStatus.NY: "Ny",
    CaseStatus.TILDELT: "Tildelt",
    CaseStatus.UNDER_GENNEMGANG: "Under gennemgang",
    CaseStatus.KLAR_TIL_UNDERSKRIFT: "Klar til underskrift",
    CaseStatus.UNDERSKREVET: "Underskrevet",
    CaseStatus.SYNKRONISERET: "Synkroniseret",
    CaseStatus.AFKLARET: "Afklaret",
    CaseStatus.SAT_PAA_PAUSE: "Sat på pause",
}

# Cases whose review is not yet signed: work still to do (a deadline passing is late).
OPEN_STATUSES: frozenset[CaseStatus] = frozenset(
    {
        CaseStatus.NY,
        CaseStatus.TILDELT,
        CaseStatus.UNDER_GENNEMGANG,
        CaseStatus.KLAR_TIL_UNDERSKRIFT,
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
    S.NY: frozenset({S.TILDELT, S.UNDER_GENNEMGANG, S.SAT_PAA_PAUSE, S.AFKLARET}),
    S.TILDELT: frozenset({S.NY, S.TILDELT, S.UNDER_GENNEMGANG, S.SAT_PAA_PAUSE, S.AFKLARET}),
    S.UNDER_GENNEMGANG: frozenset({S.KLAR_TIL_UNDERSKRIFT, S.SAT_PAA_PAUSE, S.TILDELT}),
    S.KLAR_TIL_UNDERSKRIFT: frozenset({S.UNDER_GENNEMGANG, S.UNDERSKREVET}),
    S.UNDERSKREVET: frozenset({S.SYNKRONISERET, S.UNDER_GENNEMGANG, S.AFKLARET}),
    S.SYNKRONISERET: frozenset({S.UNDER_GENNEMGANG, S.AFKLARET}),
    S.AFKLARET: frozenset({S.UNDER_GENNEMGANG}),
    S.SAT_PAA_PAUSE: frozenset({S.NY, S.TILDELT, S.UNDER_GENNEMGANG}),
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

    HOEJ = 1
    NORMAL = 2
    LAV = 3

    @property
    def label(self) -> str:
        return PRIORITY_LABELS[self]


PRIORITY_LABELS: dict[int, str] = {
    Priority.HOEJ: "Høj",
    Priority.NORMAL: "Normal",
    Priority.LAV: "Lav",
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
