"""Decisions as template data (issue 30, item 5): which answers lead to a decision, and what
must then be recorded (partshøring, begrundelse, klagevejledning), are the template's; the
code reads the section's rule and the role `hearing_date` only."""

from __future__ import annotations

import copy
import datetime as dt

import pytest
import yaml

from udsat_desktop.core.checklist.decision import decision_problems, decision_sections
from udsat_desktop.core.checklist.model import DEFAULT_TEMPLATE, TemplateError
from udsat_desktop.core.checklist.parse import parse_template
from udsat_desktop.core.summary import sections_from_answers
from udsat_desktop.platform.checklists import bundled_folder, bundled_library

LIB = bundled_library()
START, SIGNING = dt.date(2026, 3, 2), dt.date(2026, 3, 20)
RECORDS = {
    "partshoering_dato": "2026-03-10",
    "partshoering_form": "Telefonisk",
    "partshoering_bemaerkninger": "Borgeren er enig i beskrivelsen af helbredet.",
    "afgoerelse_begrundelse": "Arbejdsevnen er varigt og væsentligt begrænset.",
    "klagevejledning": "Du kan klage inden 4 uger.",
}


def raw(name: str) -> dict:
    return yaml.safe_load((bundled_folder() / name).read_text(encoding="utf-8"))


def problems(template, answers, start=START, signing=SIGNING):
    return decision_problems(template, answers, start=start, signing_day=signing)


@pytest.mark.parametrize(
    ("version", "revision"), [("2025", 2), ("2026", 2), ("2026-12", 1), ("2027", 1)]
)
def test_each_current_template_records_a_decision_with_its_references(version, revision):
    t = LIB.get(DEFAULT_TEMPLATE, version, revision)
    (section,) = [s for s in t.sections if s.decision is not None]
    refs = {f.id: f.reference for f in section.fields if f.reference}
    assert refs == {
        "partshoering_dato": "forvaltningsloven § 19",
        "afgoerelse_begrundelse": "forvaltningsloven §§ 22-24",
        "klagevejledning": "forvaltningsloven § 25",
    }
    assert t.field("partshoering_form").options == ("Skriftlig", "Mundtlig", "Telefonisk")
    assert "hearing_date" in t.field("partshoering_dato").roles
    assert "klage" in t.field("klagevejledning").default
    # fleksjob and førtidspension lead to a decision; a job or another measure does not
    assert decision_sections(t, {"afklaringsretning": "Fleksjob"}) == (section,)
    assert decision_sections(t, {"afklaringsretning": "Førtidspension"}) == (section,)
    assert decision_sections(t, {"afklaringsretning": "Anden indsats"}) == ()
    assert decision_sections(t, {}) == ()


def test_the_first_revisions_have_no_decision_section():
    for version in ("2025", "2026"):
        first = LIB.get(DEFAULT_TEMPLATE, version, 1)
        assert not any(s.decision for s in first.sections)
        assert problems(first, {"afklaringsretning": "Fleksjob"}) == []


def test_a_decision_names_each_missing_record():
    t = LIB.get(DEFAULT_TEMPLATE, "2026")
    (missing,) = problems(t, {"afklaringsretning": "Fleksjob"})
    assert missing.startswith("Afgørelse: udfyld før underskrift:")
    for label in (
        "Partshøring: dato",
        "Partshøring: form",
        "Partshøring: borgerens bemærkninger",
        "Begrundelse for afgørelsen",
        "Klagevejledning",
    ):
        assert label in missing
    done = {"afklaringsretning": "Fleksjob", **RECORDS}
    assert problems(t, done) == []
    # no comments: an explicit "ingen bemærkninger" instead of the text
    quiet = {k: v for k, v in done.items() if k != "partshoering_bemaerkninger"}
    (only,) = problems(t, quiet)
    assert only.endswith("Partshøring: borgerens bemærkninger")
    assert problems(t, {**quiet, "partshoering_ingen_bemaerkninger": True}) == []
    # a form that is not the template's option is not a form
    (bad,) = problems(t, {**done, "partshoering_form": "Brevdue"})
    assert "Partshøring: form" in bad


def test_the_hearing_lies_within_the_review():
    t = LIB.get(DEFAULT_TEMPLATE, "2027")
    done = {"afklaringsretning": "Førtidspension", **RECORDS}
    assert problems(t, {**done, "partshoering_dato": START.isoformat()}) == []
    assert problems(t, {**done, "partshoering_dato": SIGNING.isoformat()}) == []
    (late,) = problems(t, {**done, "partshoering_dato": "2026-03-21"})
    assert late == (
        "Afgørelse › Partshøring: dato: 21.03.2026 ligger efter underskriftsdagen (20.03.2026)"
    )
    assert late.args["field_id"] == "partshoering_dato"  # a window goes to the field
    (early,) = problems(t, {**done, "partshoering_dato": "2026-03-01"})
    assert early == (
        "Afgørelse › Partshøring: dato: 01.03.2026 ligger før gennemgangens start (02.03.2026)"
    )


def test_no_decision_prints_nothing_of_it_and_a_decision_prints_its_records():
    t = LIB.get(DEFAULT_TEMPLATE, "2026")
    none = sections_from_answers(t, {"afklaringsretning": "Anden indsats", **RECORDS})
    assert not any(s.decision for s in none)
    assert "Afgørelse" not in [s.title for s in none]
    made = sections_from_answers(t, {"afklaringsretning": "Fleksjob", **RECORDS})
    (decision,) = [s for s in made if s.decision]
    rows = {r.label: r.text for r in decision.rows}
    assert rows["Partshøring: dato (forvaltningsloven § 19)"] == "10.03.2026"
    assert rows["Partshøring: form"] == "Telefonisk"
    assert rows["Begrundelse for afgørelsen (forvaltningsloven §§ 22-24)"].startswith("Arbejds")
    assert rows["Klagevejledning (forvaltningsloven § 25)"] == "Du kan klage inden 4 uger."


def test_a_template_without_the_decision_block_behaves_as_before():
    data = raw("taskforce-gennemgang-2026-rettelse-2.yaml")
    data["sections"] = [s for s in data["sections"] if "decision" not in s]
    data["version"] = "uden-afgoerelse"
    t = parse_template(data, "uden.yaml")
    answers = {"afklaringsretning": "Fleksjob"}
    assert decision_sections(t, answers) == () and problems(t, answers) == []
    first = LIB.get(DEFAULT_TEMPLATE, "2026", 1)
    assert sections_from_answers(t, answers) == sections_from_answers(first, answers)


def test_a_rule_that_names_no_option_is_refused():
    data = raw("taskforce-gennemgang-2027.yaml")
    wrong = copy.deepcopy(data)
    (section,) = [s for s in wrong["sections"] if "decision" in s]
    section["decision"]["when"]["in"] = ["Fleksjob", "Førtidspensjon"]
    with pytest.raises(TemplateError, match="»Førtidspensjon« er ikke en mulighed"):
        parse_template(wrong, "x.yaml")
    orphan = copy.deepcopy(data)
    (section,) = [s for s in orphan["sections"] if "decision" in s]
    del section["decision"]
    with pytest.raises(TemplateError, match="hearing_date"):
        parse_template(orphan, "x.yaml")
