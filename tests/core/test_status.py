import pytest

from udsat_desktop.core.status import (
    STATUS_LABELS,
    TRANSITIONS,
    CaseStatus,
    InvalidTransition,
    can_transition,
    ensure_transition,
)

S = CaseStatus
ALLOWED = [
    (S.NEW, S.ASSIGNED),
    (S.NEW, S.IN_REVIEW),
    (S.ASSIGNED, S.IN_REVIEW),
    (S.IN_REVIEW, S.READY_TO_SIGN),
    (S.READY_TO_SIGN, S.SIGNED),
    (S.READY_TO_SIGN, S.IN_REVIEW),
    (S.SIGNED, S.SYNCED),
    (S.SIGNED, S.IN_REVIEW),
    (S.SYNCED, S.RESOLVED),
    (S.IN_REVIEW, S.PAUSED),
    (S.PAUSED, S.IN_REVIEW),
]
FORBIDDEN = [
    (S.NEW, S.SIGNED),
    (S.NEW, S.READY_TO_SIGN),
    (S.IN_REVIEW, S.SIGNED),
    (S.SIGNED, S.READY_TO_SIGN),
    (S.SYNCED, S.NEW),
    (S.RESOLVED, S.NEW),
    (S.PAUSED, S.SIGNED),
    (S.ASSIGNED, S.SYNCED),
]


@pytest.mark.parametrize("current, target", ALLOWED)
def test_allowed_transitions(current, target):
    assert can_transition(current, target)
    ensure_transition(current, target)


@pytest.mark.parametrize("current, target", FORBIDDEN)
def test_forbidden_transitions_raise_a_danish_message(current, target):
    assert not can_transition(current, target)
    with pytest.raises(InvalidTransition, match=STATUS_LABELS[current]):
        ensure_transition(current, target)


def test_a_signature_can_only_follow_ready_to_sign():
    sources = {s for s, targets in TRANSITIONS.items() if S.SIGNED in targets}
    assert sources == {S.READY_TO_SIGN}


def test_every_status_is_reachable_from_ny_and_has_a_label():
    reached, frontier = {S.NEW}, [S.NEW]
    while frontier:
        for nxt in TRANSITIONS[frontier.pop()]:
            if nxt not in reached:
                reached.add(nxt)
                frontier.append(nxt)
    assert reached == set(CaseStatus)
    assert set(STATUS_LABELS) == set(CaseStatus)


def test_review_status_is_stored_as_the_same_words_as_before():
    """The database and every signed record hold these words: an enum must not change them."""
    from udsat_desktop.core.status import REVIEW_STATUS_LABELS, ReviewStatus

    assert [s.value for s in ReviewStatus] == ["kladde", "klar", "underskrevet"]
    assert ReviewStatus("klar") is ReviewStatus.READY and ReviewStatus.READY == "klar"
    assert REVIEW_STATUS_LABELS["underskrevet"] == ReviewStatus.SIGNED.label == "Underskrevet"


def test_open_statuses_are_those_before_signing():
    from udsat_desktop.core.status import OPEN_STATUSES

    assert {s.value for s in OPEN_STATUSES} == {
        "ny",
        "tildelt",
        "under_gennemgang",
        "klar_til_underskrift",
    }
    assert "under_gennemgang" in OPEN_STATUSES and "underskrevet" not in OPEN_STATUSES


def test_a_next_step_is_overdue_only_while_open_and_after_its_deadline():
    import datetime as dt

    from udsat_desktop.core.consent import StepStatus, step_overdue

    today = dt.date(2026, 12, 1)
    yesterday = today - dt.timedelta(days=1)
    assert step_overdue(StepStatus.OPEN, yesterday, today)
    assert step_overdue("aaben", yesterday, today)  # as stored
    assert not step_overdue(StepStatus.OPEN, today, today)  # due today is not late yet
    assert not step_overdue(StepStatus.OPEN, None, today)
    assert not step_overdue(StepStatus.DONE, yesterday, today)
    assert not step_overdue(StepStatus.CANCELLED, yesterday, today)
