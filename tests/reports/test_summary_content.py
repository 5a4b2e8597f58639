"""The signed PDF says what was decided: the remarks of the next steps, cancelled steps apart
and marked, table words wrapped at spaces (a Danish hyphenation point only when a word is wider
than its column), and no heading left alone at the bottom of a page. Read back with poppler's
`pdftotext`."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import subprocess

import pytest

from udsat_desktop.core.consent import StepOrganisation, StepStatus
from udsat_desktop.core.summary import Summary, SummaryRow, SummarySection, SummaryTable
from udsat_desktop.platform.checklists import bundled_library
from udsat_desktop.reports.pdf import render_summary
from udsat_desktop.store.demo_reviews import build_demo_reviews
from udsat_desktop.store.reviews.next_steps import add_next_step, set_step_status
from udsat_desktop.store.reviews.summaries import summary_of

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils missing")
LIB = bundled_library()


def pages_text(pdf: bytes, tmp_path, *, layout: bool = False) -> list[str]:
    path = tmp_path / "s.pdf"
    path.write_bytes(pdf)
    args = ["pdftotext", *(["-layout"] if layout else []), str(path), "-"]
    out = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    return out.split("\f")[:-1]


def base_summary(**changes) -> Summary:
    summary = Summary(
        case_key="K-TEST",
        review_key="R-1",
        name="Test Person",
        cpr_shown="010101-xxxx",
        review_date=dt.date(2026, 3, 1),
        reviewers=(("Anna Ager", "BIF"),),
        template_id="t",
        template_version="1",
        version=1,
        replaces=None,
        status="Underskrevet",
        sections=(),
        consents=(),
        next_steps=(),
        recommendation="Fleksjob",
    )
    return dataclasses.replace(summary, **changes)


def test_step_remarks_are_printed_and_cancelled_steps_kept_apart(demo_db, profile, tmp_path):
    build_demo_reviews(demo_db, 1, profile.user_id, LIB, seed=3, all_ready=True)
    review_id, case_id = demo_db.reader().execute("SELECT id, case_id FROM review").fetchone()
    add_next_step(
        demo_db,
        case_id,
        "mentor",
        StepOrganisation.BIF,
        profile.user_id,
        person="Ida Holm",
        deadline=dt.date(2027, 1, 15),
        note="Borgeren ønsker en kvindelig mentor",
    )
    gone = add_next_step(
        demo_db,
        case_id,
        "virksomhedspraktik",
        StepOrganisation.BIF,
        profile.user_id,
        deadline=dt.date(2027, 2, 1),
        note="Praktikstedet lukkede",
    )
    set_step_status(demo_db, gone.id, StepStatus.CANCELLED, profile.user_id)
    review = (
        demo_db.reader()
        .execute("SELECT template_id, template_version FROM review WHERE id = ?", (review_id,))
        .fetchone()
    )
    summary = summary_of(demo_db, review_id, LIB.get(*review))
    text = "\n".join(pages_text(render_summary(summary), tmp_path))
    flat = " ".join(text.split())
    assert "Bemærkning: Borgeren ønsker en kvindelig mentor" in flat
    steps, _, cancelled = flat.partition("Annullerede skridt (gælder ikke længere)")
    assert cancelled, "the cancelled step is listed apart, under its own heading"
    assert "Virksomhedspraktik" in cancelled and "Praktikstedet lukkede" in cancelled
    in_force = steps.split("Næste skridt")[-1]
    assert "Praktikstedet lukkede" not in in_force and "Annulleret" not in in_force
    assert "Ida Holm" in in_force


def test_table_words_wrap_at_spaces_and_break_only_when_they_must(tmp_path):
    observations = SummaryTable(
        "Socialfaglige observationer",
        ("Kilde", "Navn", "Dato", "Observation", "Livsområder"),
        tuple(
            (
                "Bostøttemedarbejder",
                "Mia Lund",
                "03.02.2026",
                "Borgeren møder op til aftaler, men trækker sig i større grupper",
                "Bolig, netværk, helbred",
            )
            for _ in range(3)
        ),
    )
    # a column too narrow even for one word: it must break, at a Danish hyphenation point
    narrow = SummaryTable(
        "Smal", tuple(f"K{i}" for i in range(9)), (tuple(["Støttekontaktpersonordning"] * 9),)
    )
    summary = base_summary(sections=(SummarySection("Observationer", (), (observations, narrow)),))
    pdf = render_summary(summary)
    text = " ".join("\n".join(pages_text(pdf, tmp_path)).split())
    assert text.count("Bostøttemedarbejder") >= 3, "the word fits its column: kept whole"
    assert "bost øtte" not in text.lower() and "større grupper" in text
    layout = "\n".join(pages_text(pdf, tmp_path, layout=True))
    assert "Mia Lund" in layout, "a short cell gets the room it needs"
    # where a word had to break, it broke at a Danish hyphenation point, in pieces of 2+
    word = "Støttekontaktpersonordning"
    points = {0, len(word)} | {p for p in _hyphen_points(word)}
    pieces = [
        t.rstrip("-")
        for t in layout.split()
        if t.endswith("-") and t.rstrip("-") and t.rstrip("-").lower() in word.lower()
    ]
    assert pieces, "the too-narrow column breaks the word"
    for piece in pieces:
        start = word.lower().index(piece.lower())
        assert start in points and start + len(piece) in points and len(piece) >= 2, piece


def _hyphen_points(word: str) -> list[int]:
    import pyphen

    return pyphen.Pyphen(lang="da_DK").positions(word)


@pytest.mark.parametrize("filler", [8, 11, 14, 17, 20, 23])
def test_a_heading_never_ends_a_page(tmp_path, filler):
    sections = tuple(
        SummarySection(
            f"Afsnit nummer {n}",
            tuple(
                SummaryRow(f"Spørgsmål {n}.{q}", "Et svar med nogle ord. " * (filler + 3 * q))
                for q in range(3)
            ),
        )
        for n in range(1, 9)
    )
    pages = pages_text(render_summary(base_summary(sections=sections)), tmp_path)
    assert len(pages) > 2
    titles = {s.title for s in sections} | {"Samtykke", "Næste skridt", "Anbefaling"}
    for number, page in enumerate(pages[:-1], start=1):
        body = [
            line.strip()
            for line in page.splitlines()
            if line.strip() and not line.strip().startswith(("Sag K-TEST", "Side "))
        ]
        assert body[-1] not in titles, f"page {number} ends with the heading {body[-1]!r}"
        assert not body[-1].startswith("Spørgsmål"), f"page {number} ends with a question"
