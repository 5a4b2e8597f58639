"""The meeting packet made for the meeting, the tagged access log and the page frame they share
with the summary (issue 32, items 3, 4 and 7), checked with independent tools: poppler
(pdfinfo, pdftotext, pdffonts, pdftoppm), qpdf, PDFBox Preflight, the focused PDF/A-2/3 check
and the focused PDF/UA-1 check (tests/reports/pdfa_rules.py, pdfua_rules.py)."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
from pathlib import Path

import pikepdf
import pytest

from tests.reports.independent import (
    ICC_V4,
    PART_NUMBER,
    PDFA3_EMBEDDED_FILES,
    preflight,
    preflight_classpath,
    qpdf_check,
)
from tests.reports.pdfa_rules import declared_version, pdfa_findings
from tests.reports.pdfua_rules import pdfua_findings
from udsat_desktop.core.auditlog import AccessLine, AccessLog
from udsat_desktop.flows.packets import make_packet
from udsat_desktop.flows.signing import sign_ready
from udsat_desktop.platform.checklists import bundled_library
from udsat_desktop.reports.access_log import render_access_log
from udsat_desktop.store import audit
from udsat_desktop.store.demo_reviews import build_demo_reviews
from udsat_desktop.store.meetings import add_case, candidates, create_meeting, get_meeting
from udsat_desktop.store.queue import get_case_by_key

LIB = bundled_library()
KEY_PASS = "nøgle-kode-1"
MEETING = dt.date(2026, 12, 3)
PEOPLE = {"beskaeftigelse": "Jens Holm", "sundhed": "Dr. Aya Berg", "sagsbehandler": "Sara Vang"}
TOOLS = bool(preflight_classpath() and shutil.which("qpdf") and shutil.which("pdftoppm"))
needs_tools = pytest.mark.skipif(
    not TOOLS and not os.environ.get("CI"),
    reason="PDFBox Preflight, qpdf or poppler missing (packaging/install-system-deps.sh)",
)
RENDERS = (
    Path(os.environ.get("UDSAT_RENDER_DIR", "")) if os.environ.get("UDSAT_RENDER_DIR") else None
)


def _text(path: Path, *args: str) -> str:
    return subprocess.run(
        ["pdftotext", *args, str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def _pages_text(path: Path, pages: int) -> list[str]:
    return [_text(path, "-f", str(n), "-l", str(n)) for n in range(1, pages + 1)]


def _render(path: Path, name: str, pages: int) -> None:
    """Page renders for a person to look at (UDSAT_RENDER_DIR); each must render."""
    out = path.parent / f"render-{name}"
    subprocess.run(
        ["pdftoppm", "-r", "70", "-png", "-l", str(pages), str(path), str(out)], check=True
    )
    made = sorted(path.parent.glob(f"render-{name}*.png"))
    assert len(made) == pages
    if RENDERS is not None:
        for n, png in enumerate(made, start=1):
            shutil.copyfile(png, RENDERS / f"h32-{name}-{n}.png")


@pytest.fixture
def packet(demo_db, profile, paths, tmp_path):
    build_demo_reviews(demo_db, 12, profile.user_id, LIB, seed=71, all_ready=True)
    sign_ready(demo_db, paths, profile, LIB, KEY_PASS, workers=1)
    create_meeting(demo_db, profile, MEETING, "09:30", "Mødelokale 2", PEOPLE, minutes_per_case=20)
    for c in candidates(demo_db)[:3]:
        add_case(demo_db, profile, MEETING, c)
    result = make_packet(demo_db, paths, profile, None, MEETING, tmp_path / "pakke")
    return result, get_meeting(demo_db, MEETING)


@needs_tools
def test_the_packet_is_made_for_the_meeting(demo_db, profile, packet):
    result, meeting = packet
    path = result.packet.packet
    total = result.packet.pages
    texts = _pages_text(path, total)
    agenda = texts[0]
    # the agenda: time slot, citizen, case key, caseworker, reviewer, participants
    for item in meeting.items:
        case = get_case_by_key(demo_db, item.case_key)
        begin, end = meeting.slot(item.position)
        assert item.name == case.name
        for shown in (f"{begin}–{end}", case.case_key, case.name, item.caseworker):
            assert shown in agenda, shown
    assert profile.name in agenda  # who signed the summaries: the reviewer
    assert "Gennemgået af" in agenda
    for person in PEOPLE.values():
        assert person in agenda
    # the title does not break inside the date
    title = _text(path, "-f", "1", "-l", "1").replace("\xa0", " ")
    assert "3. december 2026" in title.splitlines()[2:4]
    # one page-numbering scheme: every page says "side n af total" once, and nothing else
    for n, page in enumerate(texts, start=1):
        numbers = re.findall(r"[Ss]ide \d+ af \d+", page)
        assert numbers == [f"side {n} af {total}"], (n, numbers)
    # creation date, language, displayed title, a bookmark per case (and the agenda)
    with pikepdf.open(path) as pdf:
        assert str(pdf.docinfo["/CreationDate"]).startswith("D:20")
        assert str(pdf.Root.Lang) == "da-DK"
        assert bool(pdf.Root.ViewerPreferences.DisplayDocTitle)
        with pdf.open_outline() as outline:
            titles = [item.title for item in outline.root]
        assert titles[0] == "Dagsorden" and len(titles) == 1 + len(meeting.items)
        for item, title in zip(meeting.items, titles[1:], strict=True):
            assert item.case_key in title and item.name in title
        # no font in any page's resources that is not embedded (the unused Helvetica)
        for page in pdf.pages:
            for font in page.Resources.Font.values():
                assert "Helvetica" not in str(font.get("/BaseFont")), font
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout
    assert "Helvetica" not in fonts
    # the archival checks
    assert declared_version(path) == "1.7"
    assert pdfa_findings(path, 3) == []
    assert qpdf_check(path).returncode == 0
    codes = {code for code, _d in preflight([path])[path.name]}
    assert PART_NUMBER in codes and codes <= {PART_NUMBER, *PDFA3_EMBEDDED_FILES}
    _render(path, "packet", 3)


def _log(lines: int, chain_ok: bool = True) -> AccessLog:
    rows = [
        AccessLine(
            f"{1 + n % 28:02d}.11.2026 kl. 10.{n % 60:02d}",
            "Karen Holm (BIF)",
            "Din sag blev vist" if n % 3 else "Gennemgangen af din sag blev skrevet og gemt",
            "Gennemgang af sagen",
        )
        for n in range(lines)
    ]
    return AccessLog("K-4711", "Birthe Sørensen", "010190-xxxx", [], {}, chain_ok, rows)


@needs_tools
def test_the_access_log_is_tagged_pdf_ua_and_pdf_a(demo_db, profile, tmp_path):
    build_demo_reviews(demo_db, 2, profile.user_id, LIB, seed=5)
    case_id = demo_db.reader().execute("SELECT case_id FROM review LIMIT 1").fetchone()[0]
    real = tmp_path / "adgangslog.pdf"
    real.write_bytes(render_access_log(audit.access_log(demo_db, case_id, profile.user_id)))
    long = tmp_path / "lang-adgangslog.pdf"  # over several pages: the header row repeats
    long.write_bytes(render_access_log(_log(90)))
    for path in (real, long):
        assert pdfua_findings(path) == [], path.name
        assert pdfa_findings(path, 2) == [], path.name
        assert declared_version(path) == "1.7"
        assert qpdf_check(path).returncode == 0
        info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
        assert re.search(r"Tagged:\s+yes", info)
    findings = preflight([real, long])
    for path in (real, long):
        codes = {c for c, d in findings[path.name] if (c, d) != ICC_V4}
        assert codes == {PART_NUMBER}, findings[path.name]
    with pikepdf.open(long) as pdf:
        assert len(pdf.pages) >= 3
        assert str(pdf.Root.Lang) == "da-DK" and bool(pdf.Root.ViewerPreferences.DisplayDocTitle)
        assert str(pdf.open_metadata()["dc:title"]) == "Adgangslog for sag K-4711"
    # reading order: what pdftotext reads follows the document: title, the citizen, the table
    text = _text(long)
    assert text.index("Log over adgang") < text.index("Birthe Sørensen") < text.index("Formål")
    pages = _pages_text(long, 3)
    assert all("Tidspunkt" in page and "Formål" in page for page in pages)
    _render(long, "access-log", 2)


def test_the_access_log_claims_only_what_is_true(tmp_path):
    """Unsigned, it does not say it is unchanged; it says what the check found, and when."""
    good = tmp_path / "ok.pdf"
    good.write_bytes(render_access_log(_log(3)))
    bad = tmp_path / "brudt.pdf"
    bad.write_bytes(render_access_log(_log(3, chain_ok=False)))
    ok_text = " ".join(_text(good).split())
    assert "ikke ændret" not in ok_text and "er kontrolleret" not in ok_text
    assert "ikke underskrevet digitalt" in ok_text
    assert "fandt Udsat Desktops kontrol ingen ændrede eller slettede poster" in ok_text
    bad_text = " ".join(_text(bad).split())
    assert "ADVARSEL" in bad_text and "ingen ændrede" not in bad_text


def test_the_ua_check_fails_an_untagged_document(demo_db, profile, tmp_path):
    """The checker itself: a ReportLab summary (untagged) and a log with a broken tag fail."""
    from udsat_desktop.reports.pdf import render_summary
    from udsat_desktop.reports.pdfa import to_pdfa
    from udsat_desktop.store.reviews import get_review, summary_of

    build_demo_reviews(demo_db, 2, profile.user_id, LIB, seed=5)
    rid = demo_db.reader().execute("SELECT id FROM review LIMIT 1").fetchone()[0]
    review = get_review(demo_db, rid)
    summary = tmp_path / "s.pdf"
    summary.write_bytes(
        to_pdfa(
            render_summary(
                summary_of(demo_db, rid, LIB.get(review.template_id, review.template_version))
            )
        )
    )
    found = pdfua_findings(summary)
    assert "/MarkInfo /Marked is not true" in found and "no structure tree" in found
    # the summary still carries language, a shown title and a bookmark per heading
    with pikepdf.open(summary) as pdf:
        assert str(pdf.Root.Lang) == "da-DK"
        assert bool(pdf.Root.ViewerPreferences.DisplayDocTitle)
        with pdf.open_outline() as outline:
            top = list(outline.root)
        assert len(top) == 1 and top[0].title.startswith("Gennemgang af sag")
        assert "Næste skridt" in [child.title for child in top[0].children]
    log = tmp_path / "log.pdf"
    log.write_bytes(render_access_log(_log(3)))
    broken = tmp_path / "broken.pdf"
    with pikepdf.open(log) as pdf:
        first = pdf.pages[0]
        ops = list(pikepdf.parse_content_stream(first))
        # the first tagged sequence loses its tag: its text is then untagged content
        index = next(i for i, (_o, op) in enumerate(ops) if str(op) == "BDC" and "/MCID" in _o[1])
        end = next(i for i in range(index, len(ops)) if str(ops[i][1]) == "EMC")
        del ops[end], ops[index]
        first.Contents = pdf.make_stream(pikepdf.unparse_content_stream(ops))
        del pdf.Root.ViewerPreferences
        pdf.save(broken)
    found = pdfua_findings(broken)
    assert "DisplayDocTitle is not true" in found
    assert any("untagged" in f for f in found), found


def test_the_logs_values_are_printed_as_text_never_read_as_typst_markup(tmp_path):
    """A name, an action or a purpose is data: Typst syntax in it (code, a file read, math,
    emphasis, a closing bracket, a label, a comment) is printed as it is, and nothing is read."""
    hostile = [
        '#read("/etc/passwd")',
        ']) #panic("x") [',
        "$x^2$ *fed* _kursiv_ `kode`",
        "<mærke> @henvisning // kommentar \\ #{1+1}",
    ]
    log = AccessLog(
        "K-1",
        hostile[0] + " ]",
        "010190-xxxx",
        [],
        {},
        True,
        [
            AccessLine("01.11.2026 kl. 10.00", hostile[0], hostile[1], hostile[2]),
            AccessLine("02.11.2026 kl. 10.00", hostile[3], "Din sag blev vist", "$"),
        ],
    )
    path = tmp_path / "log.pdf"
    path.write_bytes(render_access_log(log))
    text = " ".join(_text(path).split())  # a cell's lines, joined
    for value in hostile:
        assert " ".join(value.split()) in text, value
    assert f"{hostile[0]} ], CPR-nr. 010190-xxxx" in text
    assert "root:" not in text  # no file was read into the document
    assert pdfua_findings(path) == [] and pdfa_findings(path, 2) == []


def test_the_icc_check_fails_a_profile_newer_than_pdf_a_2_allows(tmp_path):
    """The focused PDF/A-2 check on the colour profiles can fail: a version 5 profile."""
    log = tmp_path / "log.pdf"
    log.write_bytes(render_access_log(_log(3)))
    assert pdfa_findings(log, 2) == []
    newer = tmp_path / "newer.pdf"
    with pikepdf.open(log) as pdf:
        page = pdf.pages[0]
        space = next(iter(page.Resources.ColorSpace.values()))
        profile = bytearray(space[1].read_bytes())
        profile[8] = 5
        space[1].write(bytes(profile))
        pdf.save(newer)
    assert any("ICC profile version 5.2 " in f for f in pdfa_findings(newer, 2))
