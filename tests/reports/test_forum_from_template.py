"""A 2027-like template dropped into the checklist folder changes every user-visible word,
heading, count and label with zero code changes (issue 30, items 1-2): one renames the forum,
the summary's parts, an outcome group and a next step's label; one after it has no forum at
all (no meeting, no candidate, no "forelægges" sentence). Each review is read through its own
template: the old review keeps its words, the dashboard and the case list show both."""

from __future__ import annotations

import datetime as dt
import random
import subprocess
from pathlib import Path

import pytest
import yaml

from udsat_desktop.core.consent import ConsentForm, ConsentStatus, StepOrganisation
from udsat_desktop.core.demo_content import CaseFacts, build_answers, filler
from udsat_desktop.core.progress import DashboardFilter
from udsat_desktop.flows.signing import sign_ready
from udsat_desktop.platform import checklists
from udsat_desktop.platform.checklists import bundled_folder, default_library, use_library
from udsat_desktop.reports.pdf import render_summary
from udsat_desktop.store.dashboard import case_column_headings, figures
from udsat_desktop.store.meetings import (
    MeetingError,
    add_cases,
    candidates,
    create_meeting,
    record_outcome,
)
from udsat_desktop.store.queue import CaseFilter, CaseQueue
from udsat_desktop.store.reviews.consents import record_consent
from udsat_desktop.store.reviews.next_steps import add_next_step, next_steps_of_case
from udsat_desktop.store.reviews.review_flow import (
    get_review,
    mark_ready,
    open_review,
    save_review,
)
from udsat_desktop.store.reviews.summaries import summary_of

FORUM_NAME = "det tværfaglige afklaringsforum"
PRESENTED = "Forelagt afklaringsforummet"
PART_A = "Del A. Samlet beskrivelse af borgerens forudsætninger"
PART_A_NOTE = "Beskriver alene; ingen indstilling her."
PART_B = "Del B. Taskforcens indstilling"
NEW_GROUP = "Afklaringsforløb (ny ordning)"
NEW_STEP_LABEL = "Opfølgning efter ny hovedlov"
D2026, D2027, D2028 = dt.date(2026, 12, 1), dt.date(2027, 2, 1), dt.date(2028, 2, 1)


def write_templates(folder: Path) -> None:
    """Two new versions made from the bundled 2026-12 file by editing data only."""
    raw = yaml.safe_load(
        (bundled_folder() / "taskforce-gennemgang-2026-12.yaml").read_text(encoding="utf-8")
    )
    raw.update(version="2027-test", valid_from="2027-01-15")
    vocab = raw["vocabulary"]
    vocab["forum"].update(
        id="afklaringsforum",
        name=FORUM_NAME,
        title="Tværfagligt afklaringsforum",
        presented_label=PRESENTED,
    )
    vocab["summary_parts"] = [
        {"id": "A", "title": PART_A, "note": PART_A_NOTE},
        {"id": "B", "title": PART_B},
    ]
    for group in vocab["outcome_groups"]:
        if group["id"] == "fortsat_indsats":
            group["label"] = NEW_GROUP
    for step in vocab["next_step_types"]:
        if step["id"] == "opfoelgningssamtale":
            step["label"] = NEW_STEP_LABEL
    for section in raw["sections"]:
        for fld in section.get("fields", []):
            if "present_to_forum" in fld.get("roles", []):
                fld["label"] = "Forelægges sagen for afklaringsforummet?"
    (folder / "t-2027.yaml").write_text(
        yaml.safe_dump(raw, allow_unicode=True, sort_keys=False), encoding="utf-8"
    )
    # a year later the forum is gone: the field stays, but nothing is presented anywhere
    raw.update(version="2028-test", valid_from="2028-01-01")
    del raw["vocabulary"]["forum"]
    (folder / "t-2028.yaml").write_text(
        yaml.safe_dump(raw, allow_unicode=True, sort_keys=False), encoding="utf-8"
    )


@pytest.fixture
def new_law(tmp_path, monkeypatch):
    folder = tmp_path / "skabeloner"
    folder.mkdir()
    write_templates(folder)
    monkeypatch.setenv(checklists.CHECKLIST_DIR_ENV, str(folder))
    use_library(None)  # read again, now with the folder
    yield default_library()
    use_library(None)


def ready_review(db, profile, library, day: dt.date, index: int) -> tuple[str, int]:
    case = CaseQueue(db).page(CaseFilter(statuses=frozenset({"ny"})), limit=1)[0]
    review = open_review(db, case.id, profile.user_id, library, today=day)
    template = library.get(review.template_id, review.template_version)
    answers = build_answers(
        random.Random(index),
        template,
        day,
        ["Ida Holm"],
        CaseFacts("Sygedagpenge", 52, False, False),
    )
    answers[template.field_with_role("present_to_forum").id] = True
    for fld in template.all_fields():
        if fld.is_required(answers) and fld.id not in answers:
            answers[fld.id] = filler(random.Random(1), fld, day)
    save_review(db, review.id, answers, profile.user_id, template=template)
    for section in template.sections:
        for purpose in section.consent_purposes:
            record_consent(
                db,
                case.id,
                purpose,
                ConsentStatus.GIVEN,
                day,
                ConsentForm.WRITTEN,
                profile.user_id,
                today=day,
            )
    add_next_step(
        db,
        case.id,
        "opfoelgningssamtale",
        StepOrganisation.BIF,
        profile.user_id,
        review_id=review.id,
        today=day,
        library=library,
    )
    assert mark_ready(db, review.id, profile.user_id, template, today=day) == []
    return case.case_key, review.id


def pdf_text(pdf: bytes, tmp_path: Path, name: str) -> str:
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True, text=True
    ).stdout
    return " ".join(out.split())


def test_new_templates_change_every_word_with_no_code(demo_db, profile, paths, new_law, tmp_path):
    library = new_law
    old_key, old_id = ready_review(demo_db, profile, library, D2026, 0)
    new_key, new_id = ready_review(demo_db, profile, library, D2027, 1)
    none_key, none_id = ready_review(demo_db, profile, library, D2028, 2)
    versions = {
        rid: library.find("taskforce-gennemgang", v)
        for rid, v in ((old_id, "2026-12"), (new_id, "2027-test"), (none_id, "2028-test"))
    }

    # the summaries (rendered, read back with pdftotext): each in its own template's words
    texts = {
        rid: pdf_text(render_summary(summary_of(demo_db, rid, t)), tmp_path, str(rid))
        for rid, t in versions.items()
    }
    old, new, none = texts[old_id], texts[new_id], texts[none_id]
    assert "Del A. Forberedende del" in old and "Sagen forelægges rehabiliteringsteamet" in old
    assert PART_A in new and PART_A_NOTE in new and PART_B in new
    assert new.index(PART_A) < new.index(PART_B)
    assert f"Sagen forelægges {FORUM_NAME}" in new
    for text in (new, none):
        assert "Forberedende del" not in text and "rehabiliteringsteam" not in text.lower()
        assert "ingen vurdering eller anbefaling" not in text
    assert PART_A in none and "Sagen forelægges" not in none  # no forum: no sentence on one
    # a step keeps the label of the template that made it
    assert "Opfølgningssamtale" in old and NEW_STEP_LABEL not in old
    assert NEW_STEP_LABEL in new
    # and so does the review window's step list (StepRecord.type_label)
    for rid, label in ((old_id, "Opfølgningssamtale"), (new_id, NEW_STEP_LABEL)):
        (step,) = next_steps_of_case(demo_db, get_review(demo_db, rid).case_id)
        assert step.type_label == label

    # meetings: the forum of the meeting's day; none where the template has none
    assert checklists.forum_on(D2028) is None
    assert checklists.participant_roles(D2028) == {}
    assert checklists.recommendations_for(D2028) == ()
    offered = {c.case_key: c for c in candidates(demo_db)}
    assert set(offered) == set()  # not signed yet
    sign_ready(demo_db, paths, profile, library, "nøgle-kode-1", workers=1)
    offered = {c.case_key: c for c in candidates(demo_db)}
    assert old_key in offered and new_key in offered and none_key not in offered
    with pytest.raises(MeetingError, match="intet forum"):
        create_meeting(demo_db, profile, dt.date(2028, 2, 10), "09:00", "Rådhuset", {})
    for day, key, value in (
        (dt.date(2026, 12, 10), old_key, "Fleksjob"),
        (dt.date(2027, 2, 10), new_key, "Anden indsats"),
    ):
        create_meeting(demo_db, profile, day, "09:00", "Rådhuset", {})
        add_cases(demo_db, profile, day, [offered[key]])
        record_outcome(demo_db, profile, day, key, value, {}, False, note="Nyt tilbud")

    # the dashboard: each review and decision counted in its own template's words
    figs = figures(demo_db, today=dt.date(2027, 3, 1))
    assert figs.outcomes["Forelagt rehabiliteringsteamet"] == 1
    assert figs.outcomes[PRESENTED] == 1
    later = versions[none_id]  # the 2028 review counts in its own template's group names
    own = later.outcome_of(later.answer_of("recommendation", get_review(demo_db, none_id).answers))
    # the 2027 forum's "Anden indsats", and the 2028 review's if it continues the effort
    assert figs.outcomes[NEW_GROUP] == 1 + (own == "fortsat_indsats")
    assert figs.outcomes["Fortsat indsats"] == 0
    assert figs.outcomes["Fleksjob"] == 1
    assert figs.steps_by_type["Opfølgningssamtale"] == 1
    assert figs.steps_by_type[NEW_STEP_LABEL] == 2  # the 2027 and the 2028 review's
    # a period with no review shows the lines of every template that applies in it
    spanning = figures(
        demo_db, DashboardFilter(dt.date(2026, 12, 20), dt.date(2027, 1, 20)), dt.date(2027, 3, 1)
    )
    assert "Forelagt rehabiliteringsteamet" in spanning.outcomes
    assert NEW_GROUP in spanning.outcomes and "Fortsat indsats" in spanning.outcomes
    before = figures(
        demo_db, DashboardFilter(dt.date(2026, 12, 20), dt.date(2026, 12, 31)), dt.date(2027, 3, 1)
    )
    assert NEW_GROUP not in before.outcomes and "Fortsat indsats" in before.outcomes

    # the workbook's "Sager" headings: the words of the templates that made its reviews
    _close, recommendation, forum = case_column_headings(demo_db, library)
    assert forum == (
        "Forelægges sagen for rehabiliteringsteamet? / Forelægges sagen for afklaringsforummet?"
    )
    assert recommendation == "Afklaringsretning"
