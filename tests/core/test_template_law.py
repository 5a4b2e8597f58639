"""The templates' law as data (issue 30): revisions (errata) of a version, the 2027 draft's
validity and content, and every statute the templates cite listed in docs/lovgrundlag.md."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import yaml

from udsat_desktop.core.checklist.errata import apply_revision
from udsat_desktop.core.checklist.library import TemplateLibrary
from udsat_desktop.core.checklist.model import DEFAULT_TEMPLATE, Template, TemplateError
from udsat_desktop.core.checklist.parse import parse_template
from udsat_desktop.platform.checklists import bundled_folder, bundled_library

LIB = bundled_library()
DOC = Path(__file__).resolve().parents[2] / "docs" / "lovgrundlag.md"
ABOLISHED = ("Nyt jobafklaringsforløb", "Indsats under sygedagpenge")


def references(template: Template) -> set[str]:
    vocab = template.vocabulary
    found = {template.legal_basis} if template.legal_basis else set()
    for items in (
        vocab.consents,
        vocab.legal_bases,
        vocab.next_step_types,
        vocab.documentation_types,
    ):
        found |= {i.reference for i in items if i.reference}
    # what a refused consent leads to cites its statute too (issue 30, item 6)
    found |= {
        c.on_refusal.reference for c in vocab.consents if c.on_refusal and c.on_refusal.reference
    }
    # what a field records compliance with (the decision's hearing, reasons, appeal guidance)
    found |= {f.reference for f in template.all_fields() if f.reference}
    return found


def options(template: Template) -> set[str]:
    values = {o for f in template.all_fields() for o in f.options}
    forum = template.vocabulary.forum
    return values | {c.value for c in (forum.recommendations if forum else ())}


def test_the_2027_template_is_valid_from_2027_and_a_draft():
    assert LIB.pick(DEFAULT_TEMPLATE, dt.date(2026, 12, 31)).version == "2026-12"
    t = LIB.pick(DEFAULT_TEMPLATE, dt.date(2027, 1, 1))
    assert (t.version, t.valid_from, t.revision) == ("2027", dt.date(2027, 1, 1), 1)
    assert "ikke bekræftet" in t.draft
    assert t.edition == "skabelon 2027 (udkast)"
    # the drafts of earlier versions are not: only 2027 is marked
    assert [x.version for x in LIB.templates if x.draft] == ["2027"]


def test_the_2027_template_reflects_the_reform():
    t = LIB.get(DEFAULT_TEMPLATE, "2027")
    offered = options(t)
    assert not any("jobafklaringsforløb" in o and "allerede" not in o for o in offered)
    assert not any("essourceforløb" in o and "allerede" not in o for o in offered)
    assert not set(ABOLISHED) & offered
    assert t.sections[0].title == "Samlet beskrivelse af borgerens forudsætninger"
    # an optional forum: it exists, and the question is not required
    assert t.vocabulary.forum is not None and not t.field("forelaeg_rehab").required
    # the running forløb's start is required for those already in one
    running = "Fortsat ressourceforløb (borgeren er allerede i et)"
    assert t.field("forloeb_start").is_required({"afklaringsretning": running})
    assert not t.field("forloeb_start").is_required({"afklaringsretning": "Fleksjob"})
    # the sundhedsfaglig rådgivning is recorded (date, adviser, content) in fleksjob and
    # førtidspension cases, and not required otherwise
    record = ("sfr_dato", "sfr_raadgiver", "sfr_indhold")
    assert [t.field(f).type for f in record] == ["date", "person", "long_text"]
    for direction in ("Fleksjob", "Førtidspension", "Tilskud til selvstændigt erhvervsdrivende"):
        assert all(t.field(f).is_required({"afklaringsretning": direction}) for f in record)
    assert not any(
        t.field(f).is_required({"afklaringsretning": "Job eller uddannelse"}) for f in record
    )


def test_every_2027_reference_has_its_source():
    t = LIB.get(DEFAULT_TEMPLATE, "2027")
    sources = dict(t.sources)
    missing = [r for r in references(t) if not any(k == r or k in r for k in sources)]
    assert not missing, f"references without a source in the 2027 template: {missing}"
    assert all(v.strip() for v in sources.values())


def test_the_corrections_of_2025_and_2026():
    for version in ("2025", "2026"):
        first, corrected = (LIB.get(DEFAULT_TEMPLATE, version, r) for r in (1, 2))
        assert first.valid_from == corrected.valid_from  # the same legal version
        assert "LAB § 46" in references(first) and "LAB § 46" not in references(corrected)
        assert "LAB § 40, stk. 3" in references(corrected)
        assert not any("BEK 47/2026" in r or "BEK 1708/2024" in r for r in references(corrected))
        assert set(ABOLISHED) <= options(first) and not set(ABOLISHED) & options(corrected)
        assert corrected.edition == f"skabelon {version}, rettelse 2"
        assert LIB.get(DEFAULT_TEMPLATE, version) is corrected  # the newest unless asked
        assert LIB.newest_revision(first) is corrected and LIB.newest_revision(corrected) is None
        (erratum,) = corrected.errata_since(1)
        assert any("LAB § 40, stk. 3" in c for c in erratum.changes)


def test_apply_revision_names_each_removed_answer():
    first, corrected = (LIB.get(DEFAULT_TEMPLATE, "2026", r) for r in (1, 2))
    answers, notice = apply_revision(
        first,
        corrected,
        {"afklaringsretning": "Indsats under sygedagpenge", "timer_pr_uge": 4.0},
    )
    assert answers == {"timer_pr_uge": 4.0}
    assert notice.removed == ("Afklaringsretning: »Indsats under sygedagpenge«",)
    assert notice.lines()[0].startswith("Skabelon 2026 er rettet (rettelse 2)")
    with pytest.raises(ValueError):
        apply_revision(corrected, first, {})


def raw(name: str) -> dict:
    return yaml.safe_load((bundled_folder() / name).read_text(encoding="utf-8"))


def test_a_revision_must_say_what_it_corrects():
    data = raw("taskforce-gennemgang-2026-rettelse-2.yaml")
    data.pop("errata")
    with pytest.raises(TemplateError, match="rettelse 2 skal sige"):
        parse_template(data, "x.yaml")
    data = raw("taskforce-gennemgang-2026.yaml")
    data["errata"] = [{"revision": 3, "date": "2026-12-07", "changes": ["x"]}]
    with pytest.raises(TemplateError, match="nyere end"):
        parse_template(data, "x.yaml")


def test_the_same_revision_twice_is_refused(tmp_path):
    extra = tmp_path / "extra"
    extra.mkdir()
    src = bundled_folder() / "taskforce-gennemgang-2026-rettelse-2.yaml"
    (extra / "kopi.yaml").write_text(src.read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(TemplateError, match="rettelse 2 findes allerede"):
        TemplateLibrary.from_folders(bundled_folder(), extra)


def test_every_reference_the_templates_cite_is_in_the_docs():
    listed = set(re.findall(r"^- `(.+)`$", DOC.read_text(encoding="utf-8"), re.MULTILINE))
    cited = {r for t in LIB.templates for r in references(t)}
    assert cited <= listed, f"cited but not in docs/lovgrundlag.md: {sorted(cited - listed)}"
