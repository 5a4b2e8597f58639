"""Consent states and the rules for which next step needs which consent.

Which consents exist, what each next-step type needs (a procedural consent, or a legal basis
that needs none) and their labels are template data (`core/vocabulary.py`, DOMAIN.md §3): for an
authority, sharing data rests on legal bases (GDPR art. 6(1)(e), art. 9 with
databeskyttelsesloven); the consents in the sector laws are procedural (rsl § 11 a, LAB § 40,
stk. 3, sundhedsloven § 43). This module only knows how a recorded consent holds.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from udsat_desktop.core.text import Msg
from udsat_desktop.core.vocabulary import ConsentPurpose, MergedVocabulary, StepType


class ConsentStatus(StrEnum):
    GIVEN = "givet"
    REFUSED = "afvist"
    WITHDRAWN = "tilbagekaldt"

    @property
    def label(self) -> str:
        return {"givet": "Givet", "afvist": "Afvist", "tilbagekaldt": "Tilbagekaldt"}[self.value]


class ConsentForm(StrEnum):
    WRITTEN = "skriftlig"
    ORAL = "mundtlig"

    @property
    def label(self) -> str:
        return {"skriftlig": "Skriftligt", "mundtlig": "Mundtligt"}[self.value]


@dataclass(frozen=True)
class ConsentState:
    purpose: str  # the consent's id in the template vocabulary
    status: ConsentStatus
    given_on: dt.date
    form: ConsentForm
    expires: dt.date | None = None
    written_required: bool = False

    def holds(self, on: dt.date) -> bool:
        if self.status is not ConsentStatus.GIVEN:
            return False
        if self.expires is not None and self.expires < on:
            return False
        return not (self.written_required and self.form is not ConsentForm.WRITTEN)


def consent_problems(state: ConsentState) -> list[str]:
    if (
        state.written_required
        and state.status is ConsentStatus.GIVEN
        and state.form is not ConsentForm.WRITTEN
    ):
        return [Msg("Kræver skriftligt samtykke")]
    if state.expires is not None and state.expires < state.given_on:
        return [Msg("Udløbsdatoen ligger før samtykkedatoen")]
    return []


class StepOrganisation(StrEnum):
    BIF = "BIF"
    SOF = "SOF"
    REGION = "Region"
    CITIZEN = "borger"

    @property
    def label(self) -> str:
        return "Borger" if self is StepOrganisation.CITIZEN else self.value


class StepStatus(StrEnum):
    OPEN = "aaben"
    DONE = "udfoert"
    CANCELLED = "annulleret"

    @property
    def label(self) -> str:
        return {"aaben": "Åben", "udfoert": "Udført", "annulleret": "Annulleret"}[self.value]


def step_overdue(status: str, deadline: dt.date | None, today: dt.date) -> bool:
    """A next step is overdue when it is still open and its deadline was before today (the
    one rule; `store.queue.overdue_step_count` counts by it in SQL)."""
    return status == StepStatus.OPEN and deadline is not None and deadline < today


def latest_states(states: Iterable[ConsentState]) -> dict[str, ConsentState]:
    out: dict[str, ConsentState] = {}
    for state in states:
        out[state.purpose] = state  # callers pass them oldest first
    return out


def purpose_label(purpose: ConsentPurpose | None, purpose_id: str) -> str:
    if purpose is None:
        return purpose_id
    return f"{purpose.label} ({purpose.reference})" if purpose.reference else purpose.label


def step_blocked_reason(
    step: StepType, consents: Iterable[ConsentState], on: dt.date, vocabulary: MergedVocabulary
) -> str | None:
    """Why a next step cannot be created or kept open, or None when what it needs holds: a
    step resting on a legal basis needs no consent."""
    purpose_id = step.needs.consent
    if purpose_id is None:
        return None
    purpose = vocabulary.consent(purpose_id)
    label = purpose_label(purpose, purpose_id)
    written = purpose.written_required if purpose is not None else False
    state = latest_states(consents).get(purpose_id)
    if state is None:
        return Msg(
            "»{step}« kræver samtykke: {purpose}. Registrér samtykket først.",
            step=Msg(step.full_label),
            purpose=Msg(label),
        )
    state = ConsentState(
        state.purpose, state.status, state.given_on, state.form, state.expires, written
    )
    if state.holds(on):
        return None
    if state.status is ConsentStatus.GIVEN and written:
        return Msg(
            "»{step}« kræver skriftligt samtykke: {purpose}.",
            step=Msg(step.full_label),
            purpose=Msg(label),
        )
    if state.status is ConsentStatus.GIVEN:
        return Msg("Samtykket »{purpose}« er udløbet.", purpose=Msg(label))
    return Msg(
        "»{step}« kan ikke oprettes: samtykket »{purpose}« er {status}.",
        step=Msg(step.full_label),
        purpose=Msg(label),
        status=Msg(state.status.label.lower()),
    )
