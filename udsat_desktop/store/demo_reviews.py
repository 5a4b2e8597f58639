"""Synthetic, plausible reviews for demo data: Danish text, observations, consents, steps.

Built through the same functions the review screen uses, so every rule (consent gating,
readiness, audit) holds for demo data too.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from typing import Any

from udsat_desktop.core.checklist import Template, TemplateLibrary
from udsat_desktop.core.consent import (
    ConsentForm,
    ConsentPurpose,
    ConsentStatus,
    NextStepType,
    StepOrganisation,
)
from udsat_desktop.store.db import Database
from udsat_desktop.store.queue import CaseFilter, CaseQueue
from udsat_desktop.store.reviews import (
    StepBlocked,
    add_next_step,
    mark_ready,
    open_review,
    record_consent,
    save_review,
)

TEXT: dict[str, tuple[str, ...]] = {
    "erfaringer_ressourcer": (
        "Folkeskolens afgangsprøve. Lagerarbejde 2004–2007 på fuld tid, ophørte pga. rygsmerter.",
        "Påbegyndt uddannelse som social- og sundhedshjælper 2010, afbrudt efter 1 år.",
        "Rengøring i 2015 (6 måneder) og praktik i genbrugsbutik 2023, 10 timer om ugen.",
        "Har kørekort. Frivillig i idrætsforening 2019–2021, hjalp med kampdage.",
    ),
    "personlige_ressourcer": (
        "Bor alene. Tæt kontakt til en søster, som hjælper med post og aftaler.",
        "Har to voksne børn, ser dem hver uge. Er glad for at gå ture med hunden.",
        "Lille netværk; kontakt til en ven fra tidligere arbejdsplads.",
    ),
    "udfordringer": (
        "Har ikke fast bolig og overnatter på herberg. Gæld til inkasso.",
        "Misbrug af alkohol i perioder; i behandling siden efteråret.",
        "Angst i sociale sammenhænge; har svært ved offentlig transport.",
    ),
    "fremtidige_oensker": (
        "»Jeg vil gerne have noget at stå op til, men ikke fuld tid.«",
        "Ønsker at arbejde med dyr eller udendørs, ikke på kontor.",
        "Vil gerne tage kørekort til lastbil på sigt.",
    ),
    "helbred": (
        "Depression, i behandling hos egen læge siden 2021. LÆ 265 af 03.02.2025.",
        "Kroniske rygsmerter; udredt på Rigshospitalet 2023. Smertebehandling pågår.",
        "PTSD, tilknyttet distriktspsykiatrien. Ingen aktuel udredning.",
    ),
    "borgerens_helbredsvurdering": (
        "Borgeren oplever, at søvnproblemer gør det svært at møde før kl. 10.",
        "Borgeren mener, at smerterne begrænser til højst 2-3 timers arbejde ad gangen.",
    ),
    "forsoergelseshistorik": (
        "Kontanthjælp 2012–2019, ressourceforløb 2019–2024, kontanthjælp siden 2024.",
        "Sygedagpenge 2018–2019, jobafklaringsforløb 2019–2021, kontanthjælp siden.",
    ),
    "beskaeftigelsesindsats": (
        "Virksomhedspraktik i kantine 2023 (13 uger, 6 t/uge) for at afprøve arbejdsevnen. "
        "Mødte 80 %, afbrudt pga. smerter.",
        "Mentorforløb 2022–2023 med fokus på fremmøde; gav stabilitet, men ikke job.",
    ),
    "social_indsats": (
        "Bostøtte efter SEL § 85 siden 2022, 2 timer om ugen; økonomien er stabiliseret.",
        "Støtte- og kontaktperson (SEL § 99) siden 2024; hjælper med aftaler.",
    ),
    "skaanehensyn": ("Ingen løft over 5 kg. Pauser hver time.",
                     "Ikke alene med kunder. Mulighed for at gå fra ved uro."),
    "udviklingsmuligheder": ("Timetallet kan øges gradvist, hvis behandlingen virker.",
                             "Ingen forventet udvikling efter flere afprøvninger."),
    "borgerens_syn": ("»Jeg vil gerne bidrage, men jeg kan ikke holde til meget.«",
                      "»Jeg er træt af at starte forfra med nye sagsbehandlere.«"),
    "rehab_begrundelse": ("Arbejdsevnen er varigt og væsentligt begrænset trods indsatser.",
                          "Behov for en samlet vurdering af helbred og sociale forhold."),
    "observation": ("Møder til aftaler, når der ringes dagen før. Går hjem efter ca. 2 timer.",
                    "Har svært ved at overskue post og regninger; hjælp virker.",
                    "Virker mere rolig efter flytning til egen lejlighed."),
}


def _answers(rng: random.Random, template: Template, review_date: dt.date,
             names: list[str]) -> dict[str, Any]:
    pick = rng.choice
    answers: dict[str, Any] = {f.id: pick(TEXT[f.id]) for f in template.sections[0].fields}
    retning = template.field("afklaringsretning").options
    forelaeg = rng.random() < 0.6
    answers.update({
        "timer_pr_uge": float(rng.choice((0, 2, 4, 6, 8, 10, 12, 15))),
        "arbejdsintensitet": pick(template.field("arbejdsintensitet").options),
        "skaanehensyn": pick(TEXT["skaanehensyn"]),
        "udviklingsmuligheder": pick(TEXT["udviklingsmuligheder"]),
        "tidshorisont": pick(template.field("tidshorisont").options),
        "dokumentation": rng.sample(list(template.field("dokumentation").options),
                                    k=rng.randint(0, 2)),
        "borgerens_syn": pick(TEXT["borgerens_syn"]),
        "borger_inddraget": rng.random() < 0.9,
        "afklaringsretning": pick([r for r in retning if r != "Anden indsats"]),
        "taet_paa_afklaring": rng.random() < 0.35,
        "forelaeg_rehab": forelaeg,
        "rehab_begrundelse": pick(TEXT["rehab_begrundelse"]),
    })
    if answers["dokumentation"]:
        answers["dokumentation_note"] = "LÆ 265 af 03.02.2025 beskriver nedsat funktionsevne."
    if forelaeg:
        answers["afvejet"] = rng.sample(["Beskæftigelse", "Sociale forhold", "Helbred"], k=2)
    group = template.field("observationer")
    observations = []
    for _ in range(rng.randint(1, 3)):
        observations.append({
            "kilde": pick(group.fields[0].options),
            "kilde_navn": pick(names),
            "dato": (review_date - dt.timedelta(days=rng.randint(3, 60))).isoformat(),
            "observation": pick(TEXT["observation"]),
            "livsomraader": rng.sample(list(group.fields[4].options), k=2),
            "stoettebehov": pick(group.fields[5].options),
        })
    answers["observationer"] = observations
    return answers


def build_demo_reviews(db: Database, count: int, user_id: str, library: TemplateLibrary, *,
                       seed: int = 3, progress: Callable[[int, int], None] | None = None,
                       all_ready: bool = False) -> tuple[int, int]:
    """Create `count` complete reviews (half of them, or with `all_ready` all of them, ready
    to sign); returns (made, ready)."""
    from faker import Faker

    rng = random.Random(seed)
    fake = Faker("da_DK")
    fake.seed_instance(seed)
    names = [f"{fake.first_name()} {fake.last_name()}" for _ in range(40)]
    queue = CaseQueue(db)
    candidates = queue.page(CaseFilter(statuses=frozenset({"ny", "tildelt"})), limit=count)
    made = ready = 0
    for i, row in enumerate(candidates):
        review_date = dt.date(2025, 6, 1) + dt.timedelta(days=rng.randrange(500))
        review = open_review(db, row.id, user_id, library, today=review_date)
        template = library.get(review.template_id, review.template_version)
        answers = _answers(rng, template, review_date, names)
        save_review(db, review.id, answers, user_id, template=template, section="naeste_skridt")
        for purpose in ConsentPurpose:
            written = purpose.written_required or rng.random() < 0.5
            status = ConsentStatus.GIVET if rng.random() < 0.9 else ConsentStatus.AFVIST
            record_consent(db, row.id, purpose, status, review_date,
                           ConsentForm.SKRIFTLIG if written else ConsentForm.MUNDTLIG, user_id,
                           today=review_date)
        steps = [NextStepType.OPFOELGNINGSSAMTALE]
        if answers["forelaeg_rehab"]:
            steps.append(NextStepType.REHABILITERINGSTEAM)
        steps.append(rng.choice([
            NextStepType.MENTOR, NextStepType.LAEGEATTEST_265,
            NextStepType.SOCIALPAEDAGOGISK_STOETTE, NextStepType.VIRKSOMHEDSPRAKTIK,
            NextStepType.SUNDHEDSKOORDINATOR]))
        for step in steps:
            org = {NextStepType.SOCIALPAEDAGOGISK_STOETTE: StepOrganisation.SOF,
                   NextStepType.SUNDHEDSKOORDINATOR: StepOrganisation.REGION}.get(
                       step, StepOrganisation.BIF)
            try:
                add_next_step(db, row.id, step, org, user_id, person=rng.choice(names),
                              deadline=review_date + dt.timedelta(days=rng.choice((14, 30, 60))),
                              review_id=review.id, today=review_date)
            except StepBlocked:  # a refused consent blocks the step, as it would for a user
                continue
        made += 1
        if (all_ready or i % 2 == 0) and not mark_ready(db, review.id, user_id, template,
                                                        today=review_date):
            ready += 1
        if progress:
            progress(made, count)
    return made, ready

