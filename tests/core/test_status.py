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
    (S.NY, S.TILDELT),
    (S.NY, S.UNDER_GENNEMGANG),
    (S.TILDELT, S.UNDER_GENNEMGANG),
    (S.UNDER_GENNEMGANG, S.KLAR_TIL_UNDERSKRIFT),
    (S.KLAR_TIL_UNDERSKRIFT, S.UNDERSKREVET),
    (S.KLAR_TIL_UNDERSKRIFT, S.UNDER_GENNEMGANG),
    (S.UNDERSKREVET, S.SYNKRONISERET),
    (S.UNDERSKREVET, S.UNDER_GENNEMGANG),
    (S.SYNKRONISERET, S.AFKLARET),
    (S.UNDER_GENNEMGANG, S.SAT_PAA_PAUSE),
    (S.SAT_PAA_PAUSE, S.UNDER_GENNEMGANG),
]
FORBIDDEN = [
    (S.NY, S.UNDERSKREVET),
    (S.NY, S.KLAR_TIL_UNDERSKRIFT),
    (S.UNDER_GENNEMGANG, S.UNDERSKREVET),
    (S.UNDERSKREVET, S.KLAR_TIL_UNDERSKRIFT),
    (S.SYNKRONISERET, S.NY),
    (S.AFKLARET, S.NY),
    (S.SAT_PAA_PAUSE, S.UNDERSKREVET),
    (S.TILDELT, S.SYNKRONISERET),
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
    sources = {s for s, targets in TRANSITIONS.items() if S.UNDERSKREVET in targets}
    assert sources == {S.KLAR_TIL_UNDERSKRIFT}


def test_every_status_is_reachable_from_ny_and_has_a_label():
    reached, frontier = {S.NY}, [S.NY]
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
    assert step_overdue(StepStatus.AABEN, yesterday, today)
    assert step_overdue("aaben", yesterday, today)  # as stored
    assert not step_overdue(StepStatus.AABEN, today, today)  # due today is not late yet
    assert not step_overdue(StepStatus.AABEN, None, today)
    assert not step_overdue(StepStatus.UDFOERT, yesterday, today)
    assert not step_overdue(StepStatus.ANNULLERET, yesterday, today)
