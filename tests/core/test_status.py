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
    (S.NY, S.TILDELT), (S.NY, S.UNDER_GENNEMGANG), (S.TILDELT, S.UNDER_GENNEMGANG),
    (S.UNDER_GENNEMGANG, S.KLAR_TIL_UNDERSKRIFT), (S.KLAR_TIL_UNDERSKRIFT, S.UNDERSKREVET),
    (S.KLAR_TIL_UNDERSKRIFT, S.UNDER_GENNEMGANG), (S.UNDERSKREVET, S.SYNKRONISERET),
    (S.UNDERSKREVET, S.UNDER_GENNEMGANG), (S.SYNKRONISERET, S.AFKLARET),
    (S.UNDER_GENNEMGANG, S.SAT_PAA_PAUSE), (S.SAT_PAA_PAUSE, S.UNDER_GENNEMGANG),
]
FORBIDDEN = [
    (S.NY, S.UNDERSKREVET), (S.NY, S.KLAR_TIL_UNDERSKRIFT), (S.UNDER_GENNEMGANG, S.UNDERSKREVET),
    (S.UNDERSKREVET, S.KLAR_TIL_UNDERSKRIFT), (S.SYNKRONISERET, S.NY), (S.AFKLARET, S.NY),
    (S.SAT_PAA_PAUSE, S.UNDERSKREVET), (S.TILDELT, S.SYNKRONISERET),
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
