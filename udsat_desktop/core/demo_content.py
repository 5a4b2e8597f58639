"""What synthetic demo cases and reviews say: plausible Danish text that never contradicts
itself or the law in force (DOMAIN.md §§ 1-2).

- No uddannelseshjælp on a target list from after 1 July 2025 (part of kontanthjælp since).
- A jobafklaringsforløb direction only for a citizen on jobafklaringsforløb; never the abolished
  *indsats under sygedagpenge* or *nyt jobafklaringsforløb*; ressourceforløb only before
  1 February 2026; førtidspension only from age 40.
- Capacity, horizon and development agree ("ingen forventet udvikling" never with a 1-2 year
  horizon); a case presented to the forum has a LÆ 265 or a recorded reason.

The answers are built from the template's fields and roles, so a new template version (a new
field, new values) gets demo data without code: a field this module does not know is filled
plausibly by its type.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from typing import Any

from udsat_desktop.core.checklist.model import Field, Template
from udsat_desktop.core.vocabulary import (
    ROLE_CLOSE,
    ROLE_PARTICIPATION,
    ROLE_PRESENT_TO_FORUM,
    ROLE_REASON,
    ROLE_RECOMMENDATION,
    ROLE_RECOMMENDATION_DETAIL,
    ROLE_WEIGHING,
    STEP_ROLE_FORUM,
)

# Benefits on a 2025-2026 target list (uddannelseshjælp is kontanthjælp since 1 July 2025).
BENEFITS = (
    ("Kontanthjælp, aktivitetsparat", 47),
    ("Ressourceforløb", 18),
    ("Sygedagpenge", 12),
    ("Jobafklaringsforløb", 10),
    ("Kontanthjælp, jobparat", 8),
    ("Ledighedsydelse", 5),
)
JOBAFKLARING = "Jobafklaringsforløb"
NOTES = (
    "Psykisk sygdom",
    "Misbrug",
    "Hjemløs",
    "Bor på herberg",
    "Kroniske smerter",
    "Sprogbarrierer",
    "Sociale udfordringer",
    None,
    None,
    None,
)
HOMELESS_WORDS = ("hjemløs", "herberg")
ABUSE_WORDS = ("misbrug",)
MENTAL_WORDS = ("psykisk",)

HISTORY = {
    "Kontanthjælp, aktivitetsparat": "Kontanthjælp siden 2016 som aktivitetsparat; "
    "sygedagpenge i kortere perioder 2014–2015.",
    "Ressourceforløb": "Kontanthjælp 2012–2019, ressourceforløb siden 2019 (bevilget før "
    "1. februar 2026).",
    "Sygedagpenge": "Lønarbejde til 2024, sygedagpenge siden 2024.",
    "Jobafklaringsforløb": "Sygedagpenge 2023–2024, jobafklaringsforløb siden 2024.",
    "Kontanthjælp, jobparat": "Kontanthjælp siden 2020 som jobparat.",
    "Ledighedsydelse": "Fleksjob 2018–2022, ledighedsydelse siden 2022.",
}

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
        "Angst i sociale sammenhænge; har svært ved offentlig transport.",
        "Gæld til inkasso; har svært ved at overskue post og regninger.",
    ),
    "udfordringer_hjemloes": ("Har ikke fast bolig og overnatter på herberg. Gæld til inkasso.",),
    "udfordringer_misbrug": (
        "Misbrug af alkohol i perioder; ønsker behandling.",
        "Misbrug af hash dagligt; har tidligere været i behandling.",
    ),
    "fremtidige_oensker": (
        "»Jeg vil gerne have noget at stå op til, men ikke fuld tid.«",
        "Ønsker at arbejde med dyr eller udendørs, ikke på kontor.",
        "Vil gerne tage kørekort til lastbil på sigt.",
    ),
    "helbred": (
        "Depression, i behandling hos egen læge siden 2021.",
        "Kroniske rygsmerter; udredt på Rigshospitalet 2023. Smertebehandling pågår.",
        "PTSD, tilknyttet distriktspsykiatrien. Ingen aktuel udredning.",
    ),
    "borgerens_helbredsvurdering": (
        "Borgeren oplever, at søvnproblemer gør det svært at møde før kl. 10.",
        "Borgeren mener, at smerterne begrænser til højst 2-3 timers arbejde ad gangen.",
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
    "skaanehensyn": (
        "Ingen løft over 5 kg. Pauser hver time.",
        "Ikke alene med kunder. Mulighed for at gå fra ved uro.",
    ),
    # a review that leads to a decision (the templates' decision section, issue 30)
    "partshoering_bemaerkninger": (
        "Borgeren er enig i beskrivelsen, men mener, at smerterne fylder mere end beskrevet.",
        "Borgeren ønsker, at praktikforløbet i 2023 også nævnes; det er tilføjet.",
    ),
    "afgoerelse_begrundelse": (
        "Arbejdsevnen er varigt og væsentligt begrænset; virksomhedspraktik og mentor er "
        "afprøvet uden varig fremgang. Der er lagt vægt på speciallægeerklæringen og "
        "borgerens egne oplysninger.",
        "Lægelige oplysninger og erfaringer fra praktik viser, at borgeren ikke kan arbejde "
        "på almindelige vilkår; der er lagt vægt på skånehensynene og tidshorisonten.",
    ),
    "borgerens_syn": (
        "»Jeg vil gerne bidrage, men jeg kan ikke holde til meget.«",
        "»Jeg er træt af at starte forfra med nye sagsbehandlere.«",
    ),
    "observation": (
        "Møder til aftaler, når der ringes dagen før. Går hjem efter ca. 2 timer.",
        "Har svært ved at overskue post og regninger; hjælp virker.",
        "Virker mere rolig efter flytning til egen lejlighed.",
    ),
    "weighing": (
        "Flere afprøvninger uden varig fremgang i timetallet.",
        "Bostøtte har stabiliseret hverdagen, men ikke arbejdsevnen.",
        "LÆ 265 og speciallægeerklæring beskriver varige begrænsninger.",
    ),
}
REASON = {
    True: (
        "Arbejdsevnen er varigt og væsentligt begrænset trods indsatser.",
        "Behov for en samlet vurdering af helbred og sociale forhold.",
    ),
    False: (
        "Der er endnu indsatser at afprøve, før sagen forelægges.",
        "Borgeren er i gang med behandling; sagen ses igen om 6 måneder.",
    ),
}
# the horizon and development text that fit each outcome group
CAPACITY = {
    "foertidspension": (
        (0.0, 2.0),
        ("Ingen forventet udvikling",),
        "Ingen forventet udvikling efter flere afprøvninger.",
    ),
    "fleksjob": (
        (4.0, 6.0, 8.0, 10.0, 12.0),
        ("Over 2 år", "Ingen forventet udvikling"),
        "Arbejdsevnen er varigt nedsat; timetallet ventes ikke at øges væsentligt.",
    ),
    "default": (
        (8.0, 10.0, 12.0, 15.0, 20.0),
        ("Under 6 måneder", "6–12 måneder", "1–2 år"),
        "Timetallet kan øges gradvist, hvis behandlingen virker.",
    ),
}
# values a demo review never picks: abolished by lov 1657/2024 before the taskforce started
ABOLISHED = ("Indsats under sygedagpenge", "Nyt jobafklaringsforløb")
JOBAFKLARING_DIRECTION = "Indsats under jobafklaringsforløb"
LAE_265 = "LÆ 265"


@dataclass(frozen=True)
class CaseFacts:
    benefit: str | None
    age: int
    substance_abuse: bool
    homeless: bool


def _direction(
    rng: random.Random, template: Template, case: CaseFacts, day: dt.date
) -> tuple[Field | None, str | None]:
    fld = template.field_with_role(ROLE_RECOMMENDATION)
    if fld is None:
        return None, None
    allowed = []
    for choice in fld.choices:
        if not choice.validity.valid_on(day) or choice.value in ABOLISHED:
            continue
        if choice.value == JOBAFKLARING_DIRECTION and case.benefit != JOBAFKLARING:
            continue
        if template.outcome_of(choice.value) == "foertidspension" and case.age < 40:
            continue
        allowed.append(choice.value)
    if case.benefit == "Ledighedsydelse":  # already visiteret to fleksjob
        fleks = [v for v in allowed if template.outcome_of(v) == "fleksjob"]
        allowed = fleks[:1] or allowed
    return fld, rng.choice(allowed) if allowed else None


def filler(rng: random.Random, fld: Field, day: dt.date) -> Any:
    """A plausible value for a field this module has no text for (the template's own
    standard text where it gives one)."""
    if fld.default:
        return fld.default
    if fld.type in ("short_text", "long_text"):
        return f"{fld.label}: oplyst af borgeren ved samtalen."
    if fld.type == "number":
        return float(fld.min if fld.min is not None else 0)
    if fld.type == "date":
        return day.isoformat()
    if fld.type == "yes_no":
        return rng.random() < 0.5
    if fld.type == "single_choice":
        return rng.choice(fld.options)
    if fld.type == "multi_choice":
        return [rng.choice(fld.options)]
    return None


# Complexity (C901): one branch per checklist field that demo data fills plausibly.
def build_answers(  # noqa: C901
    rng: random.Random,
    template: Template,
    day: dt.date,
    names: list[str],
    case: CaseFacts,
) -> dict[str, Any]:
    template = template.as_of(day)
    pick = rng.choice
    answers: dict[str, Any] = {}
    for fld in template.sections[0].fields:
        if fld.id in TEXT:
            answers[fld.id] = pick(TEXT[fld.id])
    if "udfordringer" in answers and (case.homeless or case.substance_abuse):
        key = "udfordringer_misbrug" if case.substance_abuse else "udfordringer_hjemloes"
        answers["udfordringer"] = pick(TEXT[key])
    answers["forsoergelseshistorik"] = HISTORY.get(case.benefit or "", HISTORY[BENEFITS[0][0]])

    rec_field, direction = _direction(rng, template, case, day)
    group = template.outcome_of(direction) or "default"
    if rec_field is not None and direction is not None:
        answers[rec_field.id] = direction
        choice = rec_field.choice(direction)
        detail = template.field_with_role(ROLE_RECOMMENDATION_DETAIL)
        if choice is not None and choice.needs_text and detail is not None:
            answers[detail.id] = "Afklaring af bolig og misbrug før beskæftigelsesrettet indsats"
    hours, horizons, development = CAPACITY.get(group, CAPACITY["default"])
    answers.update(
        {
            "timer_pr_uge": pick(hours),
            "tidshorisont": pick(horizons),
            "udviklingsmuligheder": development,
            "skaanehensyn": pick(TEXT["skaanehensyn"]),
            "arbejdsintensitet": "Meget nedsat"
            if group == "foertidspension"
            else pick(("Nedsat", "Meget nedsat"))
            if group == "fleksjob"
            else pick(("Almindelig", "Nedsat")),
            "borgerens_syn": pick(TEXT["borgerens_syn"]),
        }
    )
    present = template.field_with_role(ROLE_PRESENT_TO_FORUM)
    forelaeg = group in ("foertidspension", "fleksjob") and rng.random() < 0.85
    if present is not None:
        answers[present.id] = forelaeg
    reason = template.field_with_role(ROLE_REASON)
    if reason is not None:
        answers[reason.id] = pick(REASON[forelaeg])
    close = template.field_with_role(ROLE_CLOSE)
    if close is not None:
        answers[close.id] = group in ("foertidspension", "fleksjob")
    for weighing in template.fields_with_role(ROLE_WEIGHING):
        answers[weighing.id] = pick(TEXT["weighing"])
    if "dokumentation" in {f.id for f in template.all_fields()}:
        docs = list(template.field("dokumentation").options)
        lae = [d for d in docs if d.startswith(LAE_265)]
        chosen = rng.sample([d for d in docs if d not in lae], k=rng.randint(0, 1))
        if forelaeg or rng.random() < 0.4:
            chosen = lae + chosen
        answers["dokumentation"] = [d for d in docs if d in chosen]
        if chosen:
            answers["dokumentation_note"] = (
                f"{LAE_265} af {(day - dt.timedelta(days=40)):%d.%m.%Y} beskriver nedsat "
                "funktionsevne."
                if set(lae) & set(chosen)
                else "Speciallægeerklæringen beskriver funktionsnedsættelsen."
            )
    answers["observationer"] = _observations(rng, template, day, names)
    for fld in template.all_fields():  # anything still missing: a participation, a new field
        if fld.id in answers or fld.type == "group" or not fld.is_required(answers):
            continue
        if ROLE_PARTICIPATION in fld.roles:
            answers[fld.id] = fld.options[0]
        elif fld.id in TEXT:
            answers[fld.id] = pick(TEXT[fld.id])
        else:
            answers[fld.id] = filler(rng, fld, day)
    return answers


def _observations(
    rng: random.Random, template: Template, day: dt.date, names: list[str]
) -> list[dict[str, Any]]:
    group = next((f for f in template.all_fields() if f.id == "observationer"), None)
    if group is None:
        return []
    subs = {f.id: f for f in group.fields}
    out = []
    for _ in range(rng.randint(1, 3)):
        item: dict[str, Any] = {
            "kilde": rng.choice([o for o in subs["kilde"].options if o != "Andet"]),
            "kilde_navn": rng.choice(names),
            "dato": (day - dt.timedelta(days=rng.randint(3, 60))).isoformat(),
            "observation": rng.choice(TEXT["observation"]),
            "livsomraader": rng.sample(list(subs["livsomraader"].options), k=2),
            "stoettebehov": rng.choice(subs["stoettebehov"].options),
        }
        out.append({k: v for k, v in item.items() if k in subs})
    return out


def demo_steps(
    rng: random.Random, template: Template, answers: dict[str, Any], case: CaseFacts, day: dt.date
) -> list[tuple[str, str]]:
    """(step type id, organisation) pairs that fit the answers, from the template's types."""
    vocab = template.vocabulary
    known = {t.id for t in vocab.step_types_on(day)}
    steps: list[tuple[str, str]] = [("opfoelgningssamtale", "BIF")]
    if template.is_forum_candidate(answers):
        steps += [(i, "BIF") for i in vocab.step_ids_with_role(STEP_ROLE_FORUM)][:1]
        if not any(d.startswith(LAE_265) for d in answers.get("dokumentation", [])):
            steps.append(("laegeattest_265", "BIF"))
    if case.substance_abuse:
        alcohol = "alkohol" in str(answers.get("udfordringer", ""))
        steps.append(
            (
                "alkoholbehandling"
                if alcohol and "alkoholbehandling" in known
                else "misbrugsbehandling",
                "SOF",
            )
        )
    steps.append(
        rng.choice(
            [
                ("mentor", "BIF"),
                ("socialpaedagogisk_stoette", "SOF"),
                ("virksomhedspraktik", "BIF"),
                ("sundhedskoordinator", "Region"),
            ]
        )
    )
    seen: set[str] = set()
    out = []
    for kind, org in steps:
        if kind in known and kind not in seen:
            seen.add(kind)
            out.append((kind, org))
    return out
