"""Summary PDFs and PAdES signatures, checked with pyHanko and independently with poppler."""

from __future__ import annotations

import datetime as dt
import io
import json
import shutil
import subprocess

import pypdf
import pytest

from tests.conftest import PASSPHRASE
from tests.queued import copy_out, pdf_of, record_text_of
from udsat_desktop.flows.signing import ensure_key, key_path, sign_review
from udsat_desktop.platform.checklists import bundled_library
from udsat_desktop.reports.errors import SigningError
from udsat_desktop.reports.pdf import render_summary
from udsat_desktop.reports.signing import Identity, Verdict, sign_pdf, trust_list, verify_pdf
from udsat_desktop.store.demo_reviews import build_demo_reviews
from udsat_desktop.store.reviews import SIGNED
from udsat_desktop.store.reviews.review_flow import get_review, save_review
from udsat_desktop.store.reviews.state import ReviewLocked
from udsat_desktop.store.reviews.summaries import summary_of
from udsat_desktop.sync.roster.pins import trust_dir

LIB = bundled_library()
KEY_PASS = "nøgle-kode-1"
POPPLER = shutil.which("pdfsig") is not None
needs_poppler = pytest.mark.skipif(
    not POPPLER,
    reason="poppler-utils (pdfsig, pdffonts) missing; `make test` installs it on Debian/Ubuntu",
)


@pytest.fixture
def ready_review(demo_db, profile):
    build_demo_reviews(demo_db, 2, profile.user_id, LIB, seed=5)
    rid = demo_db.reader().execute("SELECT id FROM review WHERE status = 'klar'").fetchone()[0]
    return rid


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)


def test_summary_holds_every_answer_and_no_full_cpr(demo_db, ready_review):
    review = get_review(demo_db, ready_review)
    template = LIB.get(review.template_id, review.template_version)
    summary = summary_of(demo_db, ready_review, template)
    pdf = render_summary(summary)
    text = " ".join(text_of(pdf).split())
    for section in summary.sections:
        for row in section.rows:
            assert " ".join(row.text.split())[:60] in text, row.label
    for observation in review.answers["observationer"]:
        assert observation["kilde_navn"] in text
    assert summary.cpr_shown.endswith("-xxxx") and summary.cpr_shown in text
    assert "Side 1 af " in text and summary.case_key in text
    meta = pypdf.PdfReader(io.BytesIO(pdf)).metadata
    assert meta.title == f"Gennemgang af sag {summary.case_key}"
    full = render_summary(summary_of(demo_db, ready_review, template, full_cpr=True))
    assert "-xxxx" not in text_of(full).split("CPR-nr.")[1][:15]


@needs_poppler
def test_fonts_are_embedded(demo_db, ready_review, tmp_path):
    review = get_review(demo_db, ready_review)
    pdf = render_summary(
        summary_of(demo_db, ready_review, LIB.get(review.template_id, review.template_version))
    )
    path = tmp_path / "s.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    rows = out.stdout.splitlines()[2:]
    assert rows and all(" yes " in row for row in rows), out.stdout


def test_sign_lock_outbox_and_verify(demo_db, profile, paths, ready_review):
    item = sign_review(demo_db, paths, profile, LIB, ready_review, KEY_PASS)
    review = get_review(demo_db, ready_review)
    assert review.status == SIGNED
    assert item.name == f"{item.case_key}_{item.review_key}" and "_R-" in item.name
    # nothing readable in the data folder: the summary waits in the encrypted store
    assert not paths.outbox.exists() and not list(paths.data.rglob("*.pdf"))
    cpr_and_name = (
        demo_db.reader()
        .execute('SELECT cpr, name FROM "case" WHERE id = ?', (review.case_id,))
        .fetchone()
    )
    record_text = record_text_of(demo_db, item)
    for secret in (*cpr_and_name, cpr_and_name[0].replace("-", "")):
        assert secret not in item.name and secret not in record_text
    pdf = pdf_of(demo_db, item)
    (report,) = verify_pdf(pdf, trust_list(trust_dir(paths)))
    assert report.verdict is Verdict.TRUSTED and "Karen Holm" in report.signer
    assert report.covers_whole_file
    (unknown,) = verify_pdf(pdf, [])
    assert unknown.verdict is Verdict.UNKNOWN_SIGNER
    with pytest.raises(ReviewLocked):
        save_review(
            demo_db,
            ready_review,
            {},
            profile.user_id,
            template=LIB.get(review.template_id, review.template_version),
        )


@needs_poppler
def test_poppler_agrees_and_a_flipped_byte_is_caught_by_both(
    demo_db, profile, paths, ready_review, tmp_path
):
    item = sign_review(demo_db, paths, profile, LIB, ready_review, KEY_PASS)
    copy = copy_out(demo_db, item, tmp_path / "out")
    out = subprocess.run(["pdfsig", str(copy)], capture_output=True, text=True)
    assert "Signature is Valid" in out.stdout and "Total document signed" in out.stdout
    data = bytearray(copy.read_bytes())
    position = data.index(b"stream", len(data) // 4) + 40  # inside signed page content
    data[position] ^= 0x01
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(bytes(data))
    (report,) = verify_pdf(bytes(data), trust_list(trust_dir(paths)))
    assert report.verdict is Verdict.MODIFIED
    out = subprocess.run(["pdfsig", str(broken)], capture_output=True, text=True)
    assert "Signature is Valid" not in out.stdout


@needs_poppler
def test_co_signature_keeps_both_valid(demo_db, profile, paths, ready_review, tmp_path):
    item = sign_review(demo_db, paths, profile, LIB, ready_review, KEY_PASS)
    from udsat_desktop.reports.signing import add_to_trust_list, create_key

    other_key = tmp_path / "sof.p12"
    cert = create_key(
        other_key, Identity("Søren Ærø", "SOF", "SÆ", "Gennemgår sager"), "anden-kode-9"
    )
    add_to_trust_list(trust_dir(paths), cert, "sof-sae")
    both = sign_pdf(
        pdf_of(demo_db, item),
        other_key,
        "anden-kode-9",
        Identity("Søren Ærø", "SOF", "SÆ", "Gennemgår sager"),
        cosign=True,
    )
    reports = verify_pdf(both, trust_list(trust_dir(paths)))
    assert [r.verdict for r in reports] == [Verdict.TRUSTED, Verdict.TRUSTED]
    assert "Søren Ærø" in reports[1].signer
    path = tmp_path / "both.pdf"
    path.write_bytes(both)
    out = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True)
    assert out.stdout.count("Signature is Valid") == 2


def test_wrong_key_passphrase_is_a_clear_error(demo_db, profile, paths, ready_review):
    ensure_key(paths, profile, KEY_PASS)
    with pytest.raises(SigningError, match="Forkert adgangskode til signeringsnøglen"):
        sign_review(demo_db, paths, profile, LIB, ready_review, "forkert-kode")
    assert get_review(demo_db, ready_review).status == "klar"  # nothing locked
    assert not paths.outbox.exists()
    assert demo_db.reader().execute("SELECT count(*) FROM signed_pdf").fetchone()[0] == 0
    assert key_path(paths).stat().st_mode & 0o077 == 0


def test_unsigned_file_is_reported(tmp_path):
    (report,) = verify_pdf(render_summary_stub(), [])
    assert report.verdict is Verdict.UNSIGNED


def render_summary_stub() -> bytes:
    from udsat_desktop.core.summary import Summary

    return render_summary(
        Summary(
            case_key="TEST-0001",
            review_key="R-1",
            name="Test Person",
            cpr_shown="010101-xxxx",
            review_date=dt.date(2026, 3, 1),
            reviewers=(("A", "BIF"),),
            template_id="t",
            template_version="1",
            version=1,
            replaces=None,
            status="Klar",
            sections=(),
            consents=(),
            next_steps=(),
            recommendation="Fleksjob",
        )
    )


def test_cli_sign_verify_and_summary(
    demo_db, profile, paths, ready_review, monkeypatch, capsys, tmp_path
):
    from udsat_desktop.cli import main

    demo_db.close()
    monkeypatch.setenv("UDSAT_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("UDSAT_KEY_PASSPHRASE", KEY_PASS)
    assert main(["sign", "--ready", "--data-dir", str(paths.data), "--json"]) == 0
    signed = json.loads(capsys.readouterr().out)
    # no file to name: the summary waits in the encrypted store (issue 36)
    assert signed["signed"] == 1 and signed["files"][0].endswith(" i kø (krypteret)")
    review_key = signed["files"][0].split()[0]
    assert not paths.outbox.exists()
    case_key = demo_db_case_key(paths, review_key)
    exported = tmp_path / "exported.pdf"
    assert main(["summary", case_key, "--out", str(exported), "--data-dir", str(paths.data)]) == 0
    pdfs = [exported]
    capsys.readouterr()
    assert main(["verify", str(pdfs[0]), "--data-dir", str(paths.data)]) == 0
    assert "intakt, kendt underskriver" in capsys.readouterr().out
    tampered = tmp_path / "t.pdf"
    tampered.write_bytes(pdfs[0].read_bytes() + b"\n% appended\n")
    unsigned = tmp_path / "u.pdf"
    unsigned.write_bytes(render_summary_stub())
    assert main(["verify", str(tampered), str(unsigned), "--data-dir", str(paths.data)]) == 1
    out = capsys.readouterr().out
    assert "ændret efter underskrift" in out and "ikke underskrevet" in out
    target = tmp_path / "out.pdf"
    assert main(["summary", case_key, "--out", str(target), "--data-dir", str(paths.data)]) == 0
    assert target.read_bytes() == pdfs[0].read_bytes()


def demo_db_case_key(paths, review_key: str) -> str:
    from udsat_desktop.store.lifecycle import open_existing

    db, _profile = open_existing(paths, PASSPHRASE)
    try:
        return str(
            db.reader()
            .execute(
                'SELECT c.case_key FROM review r JOIN "case" c ON c.id = r.case_id '
                "WHERE r.review_key = ?",
                (review_key,),
            )
            .fetchone()[0]
        )
    finally:
        db.close()


def test_fast_paragraphs_render_exactly_what_reportlabs_parser_renders(
    demo_db, profile, monkeypatch
):
    """frame.para skips ReportLab's markup parser for template headings and plain answers; the
    PDF must be byte for byte what the parser would have produced."""
    from xml.sax.saxutils import escape

    from reportlab import rl_config
    from reportlab.platypus import Paragraph

    from udsat_desktop.reports import pdf as pdfmod

    build_demo_reviews(demo_db, 6, profile.user_id, LIB, seed=13)
    monkeypatch.setattr(rl_config, "invariant", 1)  # no timestamps or random ids in the PDF
    summaries = []
    for (rid,) in demo_db.reader().execute("SELECT id FROM review"):
        review = get_review(demo_db, rid)
        summary = summary_of(demo_db, rid, LIB.get(review.template_id, review.template_version))
        # and an answer with markup-like and odd characters
        summaries.append(summary)
    fast = [render_summary(s) for s in summaries]
    monkeypatch.setattr(
        pdfmod, "para", lambda text, style: Paragraph(escape(text).replace("\n", "<br/>"), style)
    )
    assert [render_summary(s) for s in summaries] == fast


@pytest.mark.parametrize(
    "text",
    ["Tom & Jerry <b>ikke fed</b>", "æøå ÆØÅ – “citat” ½", "a > b; c < d", "x", "12 timer/uge"],
)
def test_fast_paragraph_equals_parsed_for_awkward_text(text, monkeypatch):
    from xml.sax.saxutils import escape

    from reportlab import rl_config
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from udsat_desktop.reports import frame

    monkeypatch.setattr(rl_config, "invariant", 1)
    frame.fonts()
    style = frame.styles()["base"]

    def build(paragraph: Paragraph) -> bytes:
        out = io.BytesIO()
        SimpleDocTemplate(out).build([paragraph])
        return out.getvalue()

    assert build(frame.para(text, style)) == build(
        Paragraph(escape(text).replace("\n", "<br/>"), style)
    )


def test_the_signed_summary_says_it_is_signed(demo_db, profile, paths, ready_review):
    item = sign_review(demo_db, paths, profile, LIB, ready_review, KEY_PASS)
    text = text_of(pdf_of(demo_db, item))
    assert "Underskrevet" in text and "Klar til underskrift" not in text
