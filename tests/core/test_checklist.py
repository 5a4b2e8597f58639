"""Checklist templates: loading, schema errors, picking by date, conditions, completeness."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from udsat_desktop.core.checklist.answers import completeness, field_problems, section_problems
from udsat_desktop.core.checklist.library import load_template
from udsat_desktop.core.checklist.model import DEFAULT_TEMPLATE, TemplateError
from udsat_desktop.platform.checklists import bundled_library

LIB = bundled_library()


def test_both_shipped_versions_load_and_are_picked_by_date():
    assert {t.key for t in LIB.templates} >= {
        "taskforce-gennemgang@2025",
        "taskforce-gennemgang@2026",
    }
    assert LIB.pick(DEFAULT_TEMPLATE, dt.date(2025, 5, 1)).version == "2025"
    assert LIB.pick(DEFAULT_TEMPLATE, dt.date(2026, 1, 31)).version == "2025"
    assert LIB.pick(DEFAULT_TEMPLATE, dt.date(2026, 2, 1)).version == "2026"
    with pytest.raises(TemplateError, match="Ingen skabelon"):
        LIB.pick(DEFAULT_TEMPLATE, dt.date(2025, 4, 30))


def test_ressourceforloeb_only_before_february_2026():
    old = LIB.get(DEFAULT_TEMPLATE, "2025").field("afklaringsretning").options
    new = LIB.get(DEFAULT_TEMPLATE, "2026").field("afklaringsretning").options
    assert "Ressourceforløb" in old and "Ressourceforløb" not in new


def test_sections_cover_the_review():
    template = LIB.get(DEFAULT_TEMPLATE, "2026")
    assert [s.id for s in template.sections] == [
        "sagsoplysning",
        "arbejdsevne",
        "observationer",
        "borgerens_perspektiv",
        "samtykke",
        "vurdering",
        "afgoerelse",
        "naeste_skridt",
    ]
    assert len(template.sections[0].fields) == 9  # forberedende del, elements 1-9
    descriptive = [f for f in template.all_fields() if f.type == "long_text" and f.required]
    assert descriptive and all(f.help for f in descriptive)


def write(tmp_path: Path, data) -> Path:
    path = tmp_path / "broken.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def minimal():
    return {
        "id": "t",
        "version": "1",
        "title": "T",
        "valid_from": "2025-01-01",
        "sections": [
            {
                "id": "a",
                "title": "A",
                "fields": [
                    {"id": "x", "type": "yes_no", "label": "X", "required": True},
                    {
                        "id": "y",
                        "type": "long_text",
                        "label": "Y",
                        "require_if": {"field": "x", "equals": True},
                    },
                    {
                        "id": "z",
                        "type": "number",
                        "label": "Z",
                        "min": 0,
                        "max": 37,
                        "unit": "t",
                        "show_if": {"field": "x", "filled": True},
                    },
                ],
            }
        ],
    }


def test_broken_template_names_file_and_field(tmp_path):
    data = minimal()
    data["sections"][0]["fields"][2]["type"] = "slider"
    with pytest.raises(TemplateError) as caught:
        load_template(write(tmp_path, data))
    message = str(caught.value)
    assert message.startswith("broken.yaml: ")
    assert "sections[0] (a).fields[2] (z).type" in message


def test_unknown_condition_field_and_invalid_yaml(tmp_path):
    data = minimal()
    data["sections"][0]["fields"][1]["require_if"]["field"] = "nope"
    with pytest.raises(TemplateError, match="ukendt felt »nope«"):
        load_template(write(tmp_path, data))
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: [unclosed", encoding="utf-8")
    with pytest.raises(TemplateError, match=r"bad\.yaml: linje"):
        load_template(bad)


def test_conditions_and_completeness(tmp_path):
    template = load_template(write(tmp_path, minimal()))
    section = template.sections[0]
    assert completeness(section, {}) == (0, 1)
    assert completeness(section, {"x": False}) == (1, 1)
    assert completeness(section, {"x": True}) == (1, 2)  # y is now required
    assert section_problems(section, {"x": True}) == {"y": ["Skal udfyldes"]}
    assert completeness(section, {"x": True, "y": "tekst"}) == (2, 2)
    z = template.field("z")
    assert not z.visible({}) and z.visible({"x": False})
    assert field_problems(z, 40, {"x": True}) == ["Højst 37 t"]
    assert field_problems(z, "abc", {"x": True}) == ["Skal være et tal"]


def test_repeating_group_validation():
    template = LIB.get(DEFAULT_TEMPLATE, "2026")
    group = template.field("observationer")
    item = {"kilde": "Mentor", "kilde_navn": "Ida", "dato": "2026-03-01", "observation": "x"}
    assert field_problems(group, [item], {}) == []
    problems = field_problems(group, [{**item, "dato": "31-02"}], {})
    assert problems == ["Observation 1, Dato: Ugyldig dato (brug dd.mm.åååå)"]
    assert field_problems(group, [], {}) == ["Skal udfyldes"]
