"""Consent per purpose and recipient, next-step types, and which steps need which consent.

DOMAIN.md §3: a helhedsorienteret plan needs the citizen's consent (LAB § 40 stk. 3); getting
information from doctors needs prior consent (retssikkerhedsloven § 11 a); passing information
between BIF and SOF needs express consent (forvaltningsloven § 28); the sundhedskoordinator may
contact the GP only with written consent.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from udsat_desktop.core.text import Msg


class ConsentPurpose(StrEnum):
    HELHEDSORIENTERET_PLAN = "helhedsorienteret_plan"
    UDVEKSLING_BIF_SOF = "udveksling_bif_sof"
    HELBREDSOPLYSNINGER = "helbredsoplysninger"
    SUNDHEDSKOORDINATOR_LAEGE = "sundhedskoordinator_laege"

    @property
    def label(self) -> str:
        return CONSENT_LABELS[self][0]

    @property
    def recipient(self) -> str:
        return CONSENT_LABELS[self][1]

    @property
    def written_required(self) -> bool:
        return self is ConsentPurpose.SUNDHEDSKOORDINATOR_LAEGE


CONSENT_LABELS: dict[ConsentPurpose, tuple[str, str]] = {
    ConsentPurpose.HELHEDSORIENTERET_PLAN: ("Helhedsorienteret plan (LAB § 46)", "BIF og SOF"),
    ConsentPurpose.UDVEKSLING_BIF_SOF: ("Udveksling af oplysninger BIF ↔ SOF", "BIF og SOF"),
    ConsentPurpose.HELBREDSOPLYSNINGER: ("Indhentning af helbredsoplysninger",
                                         "Læger og sygehuse"),
    ConsentPurpose.SUNDHEDSKOORDINATOR_LAEGE: ("Sundhedskoordinatorens kontakt til egen læge",
                                               "Egen læge"),
}


class ConsentStatus(StrEnum):
    GIVET = "givet"
    AFVIST = "afvist"
    TILBAGEKALDT = "tilbagekaldt"

    @property
    def label(self) -> str:
        return {"givet": "Givet", "afvist": "Afvist", "tilbagekaldt": "Tilbagekaldt"}[self.value]


class ConsentForm(StrEnum):
    SKRIFTLIG = "skriftlig"
    MUNDTLIG = "mundtlig"

    @property
    def label(self) -> str:
        return {"skriftlig": "Skriftligt", "mundtlig": "Mundtligt"}[self.value]


@dataclass(frozen=True)
class ConsentState:
    purpose: ConsentPurpose
    status: ConsentStatus
    given_on: dt.date
    form: ConsentForm
    expires: dt.date | None = None

    def holds(self, on: dt.date) -> bool:
        if self.status is not ConsentStatus.GIVET:
            return False
        if self.expires is not None and self.expires < on:
            return False
        return not (self.purpose.written_required and self.form is not ConsentForm.SKRIFTLIG)


def consent_problems(state: ConsentState) -> list[str]:
    if (state.purpose.written_required and state.status is ConsentStatus.GIVET
            and state.form is not ConsentForm.SKRIFTLIG):
        return [Msg("Kræver skriftligt samtykke")]
    if state.expires is not None and state.expires < state.given_on:
        return [Msg("Udløbsdatoen ligger før samtykkedatoen")]
    return []


class NextStepType(StrEnum):
    REHABILITERINGSTEAM = "rehabiliteringsteam"
    LAEGEATTEST_265 = "laegeattest_265"
    STATUSATTEST_125 = "statusattest_125"
    SOCIALMEDICINSK_VURDERING = "socialmedicinsk_vurdering"
    SUNDHEDSKOORDINATOR = "sundhedskoordinator"
    VIRKSOMHEDSPRAKTIK = "virksomhedspraktik"
    LOENTILSKUD = "loentilskud"
    VEJLEDNING_OPKVALIFICERING = "vejledning_opkvalificering"
    MENTOR = "mentor"
    HJAELPEMIDLER = "hjaelpemidler"
    SOCIALPAEDAGOGISK_STOETTE = "socialpaedagogisk_stoette"
    BOSTOETTE_HOUSING_FIRST = "bostoette_housing_first"
    STOETTE_KONTAKTPERSON = "stoette_kontaktperson"
    MISBRUGSBEHANDLING = "misbrugsbehandling"
    HERBERG = "herberg"
    BOTILBUD = "botilbud"
    HELHEDSORIENTERET_PLAN = "helhedsorienteret_plan"
    OPFOELGNINGSSAMTALE = "opfoelgningssamtale"
    ANDET = "andet"

    @property
    def label(self) -> str:
        return NEXT_STEP_LABELS[self]

    @property
    def needs_consent(self) -> ConsentPurpose | None:
        return STEP_CONSENT.get(self)


NEXT_STEP_LABELS: dict[NextStepType, str] = {
    NextStepType.REHABILITERINGSTEAM: "Forelæg sagen for rehabiliteringsteamet",
    NextStepType.LAEGEATTEST_265: "Indhent lægeattest (LÆ 265)",
    NextStepType.STATUSATTEST_125: "Indhent statusattest (LÆ 125)",
    NextStepType.SOCIALMEDICINSK_VURDERING: "Socialmedicinsk vurdering (Klinisk Funktion)",
    NextStepType.SUNDHEDSKOORDINATOR: "Inddrag sundhedskoordinator",
    NextStepType.VIRKSOMHEDSPRAKTIK: "Virksomhedspraktik (LAB kap. 11)",
    NextStepType.LOENTILSKUD: "Løntilskud (LAB kap. 12)",
    NextStepType.VEJLEDNING_OPKVALIFICERING: "Vejledning og opkvalificering (LAB kap. 14)",
    NextStepType.MENTOR: "Mentor (LAB §§ 167-171)",
    NextStepType.HJAELPEMIDLER: "Hjælpemidler (LAB § 172)",
    NextStepType.SOCIALPAEDAGOGISK_STOETTE: "Socialpædagogisk støtte (SEL § 85)",
    NextStepType.BOSTOETTE_HOUSING_FIRST: "Bostøtte efter housing first (SEL § 85 a)",
    NextStepType.STOETTE_KONTAKTPERSON: "Støtte- og kontaktperson (SEL § 99)",
    NextStepType.MISBRUGSBEHANDLING: "Misbrugsbehandling (SEL § 101)",
    NextStepType.HERBERG: "Herberg (SEL § 110)",
    NextStepType.BOTILBUD: "Botilbud (SEL §§ 107/108)",
    NextStepType.HELHEDSORIENTERET_PLAN: "Helhedsorienteret plan (LAB § 46)",
    NextStepType.OPFOELGNINGSSAMTALE: "Opfølgningssamtale",
    NextStepType.ANDET: "Andet",
}

STEP_CONSENT: dict[NextStepType, ConsentPurpose] = {
    NextStepType.HELHEDSORIENTERET_PLAN: ConsentPurpose.HELHEDSORIENTERET_PLAN,
    NextStepType.LAEGEATTEST_265: ConsentPurpose.HELBREDSOPLYSNINGER,
    NextStepType.STATUSATTEST_125: ConsentPurpose.HELBREDSOPLYSNINGER,
    NextStepType.SOCIALMEDICINSK_VURDERING: ConsentPurpose.HELBREDSOPLYSNINGER,
    NextStepType.SUNDHEDSKOORDINATOR: ConsentPurpose.SUNDHEDSKOORDINATOR_LAEGE,
}


class StepOrganisation(StrEnum):
    BIF = "BIF"
    SOF = "SOF"
    REGION = "Region"
    BORGER = "borger"

    @property
    def label(self) -> str:
        return "Borger" if self is StepOrganisation.BORGER else self.value


class StepStatus(StrEnum):
    AABEN = "aaben"
    UDFOERT = "udfoert"
    ANNULLERET = "annulleret"

    @property
    def label(self) -> str:
        return {"aaben": "Åben", "udfoert": "Udført", "annulleret": "Annulleret"}[self.value]


def latest_states(states: Iterable[ConsentState]) -> dict[ConsentPurpose, ConsentState]:
    out: dict[ConsentPurpose, ConsentState] = {}
    for state in states:
        out[state.purpose] = state  # callers pass them oldest first
    return out


def step_blocked_reason(step: NextStepType, consents: Iterable[ConsentState],
                        on: dt.date) -> str | None:
    """Why a next step cannot be created or kept open, or None when its consent holds."""
    purpose = step.needs_consent
    if purpose is None:
        return None
    state = latest_states(consents).get(purpose)
    if state is None:
        return Msg("»{step}« kræver samtykke: {purpose}. Registrér samtykket først.",
                   step=Msg(step.label), purpose=Msg(purpose.label))
    if state.holds(on):
        return None
    if state.status is ConsentStatus.GIVET and purpose.written_required:
        return Msg("»{step}« kræver skriftligt samtykke: {purpose}.", step=Msg(step.label),
                   purpose=Msg(purpose.label))
    if state.status is ConsentStatus.GIVET:
        return Msg("Samtykket »{purpose}« er udløbet.", purpose=Msg(purpose.label))
    return Msg("»{step}« kan ikke oprettes: samtykket »{purpose}« er {status}.",
               step=Msg(step.label), purpose=Msg(purpose.label),
               status=Msg(state.status.label.lower()))
