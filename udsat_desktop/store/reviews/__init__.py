"""Reviews, consents and next steps: the guided review's persistence and rules, by concern.

`state` (the review as handed out, errors, case moves), `review_flow` (open, save, ready,
correction, template move), `signing` (lock as signed, with the signed summary queued),
`consents`, `next_steps`, `followups` (the team's open steps) and `summaries` (the summary's
data). This face re-exports their public names.
"""

from udsat_desktop.store.reviews.consents import (
    ConsentRecord,
    consent_history,
    consent_states,
    latest_consents,
    record_consent,
    refusal_problem,
)
from udsat_desktop.store.reviews.followups import (
    FollowUpRow,
    first_review_id,
    follow_up,
)
from udsat_desktop.store.reviews.next_steps import (
    StepRecord,
    add_next_step,
    next_steps_of_case,
    set_step_status,
    step_history,
    update_next_step,
)
from udsat_desktop.store.reviews.review_flow import (
    NOT_STARTED,
    get_review,
    get_reviews,
    look_at_case,
    mark_ready,
    move_to_template,
    open_review,
    readiness_problems,
    ready_reviews,
    reviews_of_case,
    save_review,
    start_correction,
    start_review,
    unsignable_decisions,
)
from udsat_desktop.store.reviews.signing import (
    SignedSummary,
    lock_signed,
    lock_signed_many,
    queue_signed,
)
from udsat_desktop.store.reviews.state import (
    DRAFT,
    READY,
    SIGNED,
    ReviewLocked,
    ReviewState,
    StepBlocked,
)
from udsat_desktop.store.reviews.summaries import summaries_of, summary_of

__all__ = [
    "DRAFT",
    "NOT_STARTED",
    "READY",
    "SIGNED",
    "ConsentRecord",
    "FollowUpRow",
    "ReviewLocked",
    "ReviewState",
    "SignedSummary",
    "StepBlocked",
    "StepRecord",
    "add_next_step",
    "consent_history",
    "consent_states",
    "first_review_id",
    "follow_up",
    "get_review",
    "get_reviews",
    "latest_consents",
    "lock_signed",
    "lock_signed_many",
    "look_at_case",
    "mark_ready",
    "move_to_template",
    "next_steps_of_case",
    "open_review",
    "queue_signed",
    "readiness_problems",
    "ready_reviews",
    "record_consent",
    "refusal_problem",
    "reviews_of_case",
    "save_review",
    "set_step_status",
    "start_correction",
    "start_review",
    "step_history",
    "summaries_of",
    "summary_of",
    "unsignable_decisions",
    "update_next_step",
]
