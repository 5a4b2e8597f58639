"""The law as data: the template defines the legal vocabulary, code reads roles, and today's
template says what DOMAIN.md confirms (issue 17)."""

from __future__ import annotations

import copy
import datetime as dt
import re
from pathlib import Path

import pytest
import yaml

from udsat_desktop.core.checklist.answers import field_problems, move_answers, section_problems
from udsat_desktop.core.checklist.model import DEFAULT_TEMPLATE, TemplateError
from udsat_desktop.core.checklist.parse import parse_template
from udsat_desktop.core.progress import outcome_names
from udsat_desktop.core.summary import recommendation_text, record_facts
from udsat_desktop.platform.checklists import bundled_folder, bundled_library, recommendations_for

ROOT = Path(__file__).resolve().parents[2]
LIB = bundled_library()
TODAY = dt.date(2026, 12, 1)
CURRENT = LIB.pick(DEFAULT_TEMPLATE, TODAY)
OLD = LIB.get(DEFAULT_TEMPLATE, "2026")


def raw_current() -> dict:
    return yaml.safe_load(
        (bundled_folder() / "taskforce-gennemgang-2026-12.yaml").read_text(encoding="utf-8")
    )


def test_a_reviewer_today_gets_the_corrected_template():
    assert CURRENT.version == "2026-12"
    assert LIB.pick(DEFAULT_TEMPLATE, dt.date(2026, 3, 1)).version == "2026"
    assert LIB.pick(DEFAULT_TEMPLATE, dt.date(2025, 9, 1)).version == "2025"


def test_the_corrected_template_cites_only_confirmed_statutes():
    text = (bundled_folder() / "taskforce-gennemgang-2026-12.yaml").read_text(encoding="utf-8")
    body = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))
    assert "47/2026" not in body and "BEK 47" not in body
    assert "BEK nr. 2408 af 13/12/2021 §§ 2-4" in CURRENT.legal_basis
    assert "LAB § 46" not in body
    plan = CURRENT.vocabulary.step_type("helhedsorienteret_plan")
    assert plan.reference == "LAB § 40, stk. 3" and plan.needs.consent == "helhedsorienteret_plan"
    # what could not be confirmed says so in a comment
    assert "IKKE bekræftet" in text or "IKKE" in text


def test_afklaringsretning_values_and_their_outcome_groups():
    fld = CURRENT.field_with_role("recommendation")
    values = set(fld.options)
    assert (
        not {
            "Indsats under sygedagpenge",
            "Nyt jobafklaringsforløb",
            "Ressourceforløb",
            "Tilskud til selvstændig",
        }
        & values
    )
    selvstaendig = "Tilskud til selvstændigt erhvervsdrivende (LAB kap. 20)"
    assert CURRENT.outcome_of(selvstaendig) == "fleksjob"
    assert CURRENT.outcome_of("Fleksjob") == "fleksjob"
    assert CURRENT.outcome_of("Førtidspension") == "foertidspension"
    assert CURRENT.outcome_of("Anden indsats") == "fortsat_indsats"
    # the correction also counts old reviews' "tilskud til selvstændig" with fleksjob
    assert OLD.outcome_of("Tilskud til selvstændig") == "fleksjob"
    forum = CURRENT.vocabulary.forum
    assert selvstaendig in forum.recommendations_on(TODAY)
    assert "Ressourceforløb" not in recommendations_for(TODAY)
    assert "Ressourceforløb" in recommendations_for(dt.date(2026, 1, 20))  # per-option validity


def test_lae_265_is_required_when_the_case_goes_to_the_forum_unless_a_reason_is_given():
    answers = {"forelaeg_rehab": True, "dokumentation": []}
    reason = CURRENT.field("laege_265_begrundelse")
    assert reason.is_required(answers)
    assert field_problems(reason, None, answers) == ["Skal udfyldes"]
    lae = next(o for o in CURRENT.field("dokumentation").options if o.startswith("LÆ 265"))
    assert not reason.is_required({"forelaeg_rehab": True, "dokumentation": [lae]})
    assert not reason.is_required({"forelaeg_rehab": False, "dokumentation": []})


def test_no_observations_can_be_recorded_and_hours_may_be_unassessable():
    section = next(s for s in CURRENT.sections if s.id == "observationer")
    assert "observationer" in section_problems(section, {})
    none = {"ingen_observationer": True, "ingen_observationer_note": "Ingen støtteperson."}
    assert section_problems(section, none) == {}
    capacity = next(s for s in CURRENT.sections if s.id == "arbejdsevne")
    assert "timer_pr_uge" in section_problems(capacity, {})
    unassessable = {"timer_kan_ikke_vurderes": True}
    assert "timer_pr_uge" not in section_problems(capacity, unassessable)
    assert "timer_begrundelse" in section_problems(capacity, unassessable)


def test_source_andet_needs_text_weighing_is_text_per_area_and_participation_is_recorded():
    group = CURRENT.field("observationer")
    item = {"kilde": "Andet", "kilde_navn": "Jo", "dato": "2026-11-01", "observation": "x"}
    assert any("Hvilken anden kilde" in p for p in field_problems(group, [item], {}))
    assert not field_problems(group, [dict(item, kilde_andet="Nabo")], {})
    weighing = CURRENT.fields_with_role("weighing")
    assert len(weighing) == 3 and all(f.type == "long_text" for f in weighing)
    assert all(f.is_required({"forelaeg_rehab": True}) for f in weighing)
    participation = CURRENT.field_with_role("citizen_participation")
    assert participation.type == "single_choice" and "Deltog ikke" in participation.options
    assert CURRENT.field("borgerens_deltagelse_note").is_required({participation.id: "Deltog ikke"})


def test_parts_a_and_b_split_description_from_assessment():
    parts = {s.id: s.part for s in CURRENT.sections if s.kind == "fields"}
    assert parts == {
        "sagsoplysning": "A",
        "arbejdsevne": "A",
        "observationer": "A",
        "borgerens_perspektiv": "A",
        "vurdering": "B",
        "afgoerelse": "B",  # the decision's records, printed as a part of their own
    }
    # every field with a role that assesses sits in part B
    for role in ("recommendation", "present_to_forum", "reason", "weighing"):
        for fld in CURRENT.fields_with_role(role):
            assert CURRENT.section_of(fld.id).part == "B", fld.id


def test_code_reads_roles_whatever_the_field_ids_are():
    raw = raw_current()
    raw["version"] = "test"
    for section in raw["sections"]:
        for fld in section.get("fields", []):
            if "present_to_forum" in fld.get("roles", []):
                fld["id"] = "skal_for_forum"
            for key in ("show_if", "require_if"):
                for cond in fld[key].get("all", [fld[key]]) if fld.get(key) else []:
                    if cond["field"] == "forelaeg_rehab":
                        cond["field"] = "skal_for_forum"
    template = parse_template(raw, "test.yaml")
    answers = {
        "afklaringsretning": "Fleksjob",
        "skal_for_forum": True,
        "rehab_begrundelse": "Varigt nedsat.",
        "taet_paa_afklaring": True,
    }
    assert template.is_forum_candidate(answers)
    assert recommendation_text(template, answers) == (
        "Fleksjob. Sagen forelægges rehabiliteringsteamet: Varigt nedsat."
    )
    assert record_facts(template, answers) == {
        "recommendation": "Fleksjob",
        "outcome": "fleksjob",
        "present_to_forum": True,
        "forum": "rehabiliteringsteam",
        "close_to_clarification": True,
    }


def sec(raw: dict, section_id: str) -> dict:
    return next(s for s in raw["sections"] if s["id"] == section_id)


@pytest.mark.parametrize(
    "change, message",
    [
        (
            lambda r: sec(r, "vurdering")["fields"][0]["options"].append(
                {"value": "Ny", "outcome": "findes_ikke"}
            ),
            "ukendt udfaldsgruppe",
        ),
        (
            lambda r: r["vocabulary"]["next_step_types"].append(
                {"id": "x", "label": "X", "needs": {"consent": "findes_ikke"}}
            ),
            "ukendt samtykke",
        ),
        (
            lambda r: r["vocabulary"]["next_step_types"].append(
                {"id": "x", "label": "X", "needs": {"legal_basis": "findes_ikke"}}
            ),
            "ukendt hjemmel",
        ),
        (
            lambda r: sec(r, "vurdering")["fields"][2].update(roles=["recommendation"]),
            "kræver typen single_choice",
        ),
        (
            lambda r: sec(r, "samtykke")["information_flows"].append("findes_ikke"),
            "ukendt informationsstrøm",
        ),
    ],
)
def test_a_template_that_refers_to_what_it_does_not_define_is_refused(change, message):
    raw = copy.deepcopy(raw_current())
    change(raw)
    with pytest.raises(TemplateError, match=message):
        parse_template(raw, "x.yaml")


def test_answers_move_to_a_newer_template_and_what_cannot_is_named():
    old_answers = {
        "afklaringsretning": "Indsats under sygedagpenge",
        "forelaeg_rehab": True,
        "borger_inddraget": True,
        "timer_pr_uge": 10.0,
        "afvejet": ["Helbred"],
        "erfaringer_ressourcer": "Lager 2004.",
    }
    moved, dropped = move_answers(OLD, CURRENT, old_answers)
    assert moved == {
        "forelaeg_rehab": True,
        "timer_pr_uge": 10.0,
        "erfaringer_ressourcer": "Lager 2004.",
    }
    assert set(dropped) == {
        "Afklaringsretning",
        "Har borgeren deltaget i gennemgangen?",
        "Hvad er afvejet",
    }
    assert LIB.newer_than(OLD, TODAY) is CURRENT
    assert LIB.newer_than(CURRENT, TODAY) is None


def test_dashboard_outcome_lines_come_from_the_template():
    assert outcome_names(CURRENT) == (
        "Førtidspension",
        "Fleksjob",
        "Job eller uddannelse",
        "Fortsat indsats",
        "Tæt på afklaring ved start",
        "Forelagt rehabiliteringsteamet",
    )


def _legal_labels() -> tuple[set[str], set[str]]:
    ids: set[str] = set()
    labels: set[str] = set()

    def walk(fields):
        for f in fields:
            ids.add(f.id)
            yield f
            yield from walk(f.fields)

    for template in LIB.templates:
        for fld in walk(list(template.all_fields())):
            if fld.roles:
                labels.add(fld.label)
                labels.update(fld.options)
        vocab = template.vocabulary
        for items in (
            vocab.next_step_types,
            vocab.consents,
            vocab.information_flows,
            vocab.legal_bases,
            vocab.outcome_groups,
            vocab.documentation_types,
        ):
            labels.update(i.label for i in items)
        labels.update(f"{t.label} ({t.reference})" for t in vocab.next_step_types if t.reference)
        if vocab.forum:
            labels.update((vocab.forum.name, vocab.forum.title, vocab.forum.presented_label))
            labels.update(c.value for c in vocab.forum.recommendations)
    return ids, {label for label in labels if len(label) >= 5}


def test_no_template_field_id_or_legal_label_in_store_sync_or_reports():
    ids, labels = _legal_labels()
    assert "afklaringsretning" in ids and "Forelagt rehabiliteringsteamet" in labels
    found = []
    for package in ("store", "sync", "reports"):
        for path in sorted((ROOT / "udsat_desktop" / package).rglob("*.py")):
            text = path.read_text(encoding="utf-8")
            for field_id in ids:
                if re.search(r"[\"'.$]" + re.escape(field_id) + r"[\"']", text):
                    found.append(f"{path.name}: field id {field_id}")
            for label in labels:  # one word: as a label (capitalised), not inside a sentence
                flags = re.IGNORECASE if " " in label else 0
                if re.search(r"\b" + re.escape(label) + r"\b", text, flags):
                    found.append(f"{path.name}: label {label}")
            if re.search(r"rehabiliteringsteam", text, re.IGNORECASE):
                found.append(f"{path.name}: the forum's name")
    assert found == []
