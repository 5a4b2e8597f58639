"""A correction says why and what (issue 29): the reason is required; its summary (and the
record beside it) names the reason and each changed field against the version it replaces,
old → new, a long text as "ændret"; the case panel's versions and the coordinator's
comparison of any two versions show the same."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pypdf
import pytest

from udsat_desktop.core.consent import StepOrganisation
from udsat_desktop.reports.pdf import render_summary
from udsat_desktop.store.errors import StoreError
from udsat_desktop.store.reviews.next_steps import add_next_step
from udsat_desktop.store.reviews.review_flow import (
    mark_ready,
    open_review,
    save_review,
    start_correction,
)
from udsat_desktop.store.reviews.signing import lock_signed
from udsat_desktop.store.reviews.summaries import summary_of

from .test_reviews import LIB, TEMPLATE, TODAY, case_id, complete_answers, give_all_consents  # noqa: F401

LONG = "Borgeren har nu en ny lægeattest (LÆ 265), der beskriver smerter i ryg og skuldre " * 2


@pytest.fixture
def corrected(demo_db, profile, case_id):  # noqa: F811
    user = profile.user_id
    review = open_review(demo_db, case_id, user, LIB, today=TODAY)
    save_review(demo_db, review.id, complete_answers(), user, template=TEMPLATE)
    give_all_consents(demo_db, case_id, user)
    add_next_step(demo_db, case_id, "rehabiliteringsteam", StepOrganisation.BIF, user, today=TODAY)
    assert mark_ready(demo_db, review.id, user, TEMPLATE, today=TODAY) == []
    lock_signed(demo_db, review.id, user)
    with pytest.raises(StoreError, match="hvorfor"):
        start_correction(demo_db, review.id, user, "   ", today=TODAY)
    reason = "Ny lægeattest og flere timer i praktik"
    new = start_correction(demo_db, review.id, user, reason, today=TODAY)
    changed = dict(complete_answers(), timer_pr_uge=14.0, rehab_begrundelse=LONG)
    save_review(demo_db, new.id, changed, user, template=TEMPLATE)
    return review, new, reason


def test_a_correction_needs_a_reason_and_its_summary_says_what_changed(demo_db, corrected):
    old, new, reason = corrected
    summary = summary_of(demo_db, new.id, TEMPLATE)
    assert summary.correction_reason == reason
    changes = {label: (a, b) for label, a, b in summary.changes}
    hours = TEMPLATE.field("timer_pr_uge").label
    assert changes[hours] == ("10,0 timer/uge", "14,0 timer/uge") or changes[hours][1].startswith(
        "14"
    ), changes
    assert ("ændret", "ændret") in changes.values(), changes  # the long text
    assert len(changes) == 2, changes  # nothing else changed
    assert summary.extra["correction"]["reason"] == reason
    assert {c["field"] for c in summary.extra["correction"]["changes"]} == set(changes)

    pdf = render_summary(summary)
    text = " ".join(
        " ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages).split()
    )
    assert "Årsag til rettelsen" in text and reason in text
    assert "Ændringer i forhold til den erstattede version" in text
    start = text.index("Ændringer i forhold")
    assert f"(version {old.version})" in text and "ændret" in text, text[start : start + 600]
    assert "14" in text[start : start + 600], text[start : start + 600]
    notes = Path("/work/wt/_notes")
    if notes.is_dir() and shutil.which("pdftoppm"):
        source = notes / "i29a-correction.pdf"
        source.write_bytes(pdf)
        subprocess.run(
            [
                "pdftoppm",
                "-r",
                "60",
                "-png",
                "-f",
                "1",
                "-l",
                "1",
                str(source),
                str(notes / "i29a-correction"),
            ],
            check=True,
        )
        source.unlink()


def test_the_case_panel_and_the_coordinator_see_the_same(demo_db, corrected, profile):
    from udsat_desktop.store.conflicts import compare_versions, corrections_of

    old, new, reason = corrected
    template = TEMPLATE
    assert mark_ready(demo_db, new.id, profile.user_id, template, today=TODAY) == []
    lock_signed(demo_db, new.id, profile.user_id)
    from udsat_desktop.store.queue import get_case

    case_key = get_case(demo_db, new.case_id).case_key
    seen = corrections_of(demo_db, case_key)
    assert seen[new.review_key][0] == reason
    assert dict((label, (a, b)) for label, a, b in seen[new.review_key][1]) == {
        label: (a, b) for label, a, b in summary_of(demo_db, new.id, template).changes
    }
    rows = compare_versions(demo_db, case_key, old.review_key, new.review_key)
    differing = {label for label, a, b in rows if a != b}
    assert template.field("timer_pr_uge").label in differing
    with pytest.raises(StoreError):
        compare_versions(demo_db, case_key, old.review_key, "R-FINDESIKKE")
