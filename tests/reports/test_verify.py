"""Complete verification: what a later revision may add (a roster member's co-signature,
validation data) and what makes a signature "ændret efter underskrift"; an error inside the
check is "kunne ikke kontrolleres", never a verdict on the document."""

from __future__ import annotations

import io

import pytest

from tests.queued import pdf_of
from udsat_desktop.flows.signing import sign_review
from udsat_desktop.platform.checklists import bundled_library
from udsat_desktop.reports.signing import Identity, Verdict, create_key, sign_pdf
from udsat_desktop.reports.verify import TrustSet, check_pdf
from udsat_desktop.store.demo_reviews import build_demo_reviews
from udsat_desktop.sync.roster.pins import trust_dir

LIB = bundled_library()
KEY_PASS = "nøgle-kode-1"
OTHER = Identity("Søren Ærø", "SOF", "SÆ", "Gennemgår sager")


@pytest.fixture
def signed(demo_db, profile, paths):
    build_demo_reviews(demo_db, 2, profile.user_id, LIB, seed=5)
    rid = demo_db.reader().execute("SELECT id FROM review WHERE status = 'klar'").fetchone()[0]
    item = sign_review(demo_db, paths, profile, LIB, rid, KEY_PASS)
    from cryptography import x509

    own = x509.load_pem_x509_certificate((trust_dir(paths) / f"{profile.user_id}.crt").read_bytes())
    return pdf_of(demo_db, item), TrustSet().merged([own], profile.user_id)


def test_a_co_signature_by_a_roster_member_keeps_both_intact(signed, tmp_path):
    pdf, trust = signed
    cert = create_key(tmp_path / "sof.p12", OTHER, "anden-kode-9")
    both = sign_pdf(pdf, tmp_path / "sof.p12", "anden-kode-9", OTHER, cosign=True)
    check = check_pdf(both, trust.merged([cert], "sof-sae"))
    assert [r.verdict for r in check.reports] == [Verdict.TRUSTED, Verdict.TRUSTED]
    # the same co-signature by someone not on the roster changes the first signature's verdict
    check = check_pdf(both, trust)
    assert [r.verdict for r in check.reports] == [Verdict.MODIFIED, Verdict.UNKNOWN_SIGNER]
    assert "ikke fra et medlem af teamet" in check.reports[0].reason


def test_validation_data_added_later_is_allowed(signed):
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation.dss import DocumentSecurityStore

    pdf, trust = signed
    sig = PdfFileReader(io.BytesIO(pdf)).embedded_signatures[0]
    out = io.BytesIO(pdf)
    DocumentSecurityStore.add_dss(
        out, sig.sig_object["/Contents"], certs=[sig.signer_cert], force_write=True
    )
    extended = out.getvalue()
    assert len(extended) > len(pdf)
    (report,) = check_pdf(extended, trust).reports
    assert report.verdict is Verdict.TRUSTED and not report.covers_whole_file


@pytest.mark.expected_log(r"pyhanko.sign.diff_analysis.policies: Error in diff operation")
def test_an_unsigned_annotation_over_the_page_is_a_modification(signed):
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    pdf, trust = signed
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    page_ref, _ = writer.find_page_for_modification(0)
    page = page_ref.get_object()
    annot = generic.DictionaryObject(
        {
            generic.NameObject("/Type"): generic.NameObject("/Annot"),
            generic.NameObject("/Subtype"): generic.NameObject("/FreeText"),
            generic.NameObject("/Rect"): generic.ArrayObject(
                [generic.NumberObject(n) for n in (50, 600, 400, 700)]
            ),
            generic.NameObject("/Contents"): generic.TextStringObject("Fleksjob"),
            generic.NameObject("/DA"): generic.TextStringObject("/Helv 20 Tf 0 g"),
        }
    )
    annots = page.get("/Annots", generic.ArrayObject())
    annots.append(writer.add_object(annot))
    page["/Annots"] = annots
    writer.update_container(page)
    out = io.BytesIO()
    writer.write(out)
    (report,) = check_pdf(out.getvalue(), trust).reports
    assert report.verdict is Verdict.MODIFIED and report.reason


@pytest.mark.expected_log(r"ERROR udsat_desktop.reports.verify: signature check failed")
def test_an_error_inside_the_check_is_not_a_verdict_on_the_document(
    signed, monkeypatch, paths, capsys, tmp_path
):
    import pyhanko.sign.validation as validation

    pdf, trust = signed

    def broken(*_a, **_k):
        raise RuntimeError("a bug in the checking")

    monkeypatch.setattr(validation, "validate_pdf_signature", broken)
    (report,) = check_pdf(pdf, trust).reports
    assert report.verdict is Verdict.UNCHECKED
    assert report.verdict.value == "kunne ikke kontrolleres"
    from udsat_desktop.cli import main

    target = tmp_path / "s.pdf"
    target.write_bytes(pdf)
    assert main(["verify", str(target), "--data-dir", str(paths.data)]) == 1
    assert "kunne ikke kontrolleres" in capsys.readouterr().out


def test_the_signed_keywords_name_the_case_and_review(signed):
    pdf, trust = signed
    check = check_pdf(pdf, trust)
    case_key, review_key = check.keywords.split(",")
    assert len(case_key) == 9 and review_key.startswith("R-")
    assert check.first_signer == check.reports[0].cert_sha256 != ""


@pytest.mark.expected_log(r"reading the PDF for the signature check failed")
def test_a_failure_of_our_own_while_reading_is_not_a_verdict_on_the_document(signed, monkeypatch):
    import pyhanko.pdf_utils.reader as reader_module

    pdf, trust = signed

    def out_of_memory(*_a, **_k):
        raise MemoryError

    monkeypatch.setattr(reader_module, "PdfFileReader", out_of_memory)
    (report,) = check_pdf(pdf, trust).reports
    assert report.verdict is Verdict.UNCHECKED


@pytest.mark.expected_log(
    r"signature check failed", r"reading the PDF for the signature check failed"
)
def test_a_value_error_of_our_own_is_unchecked_but_a_damaged_file_stays_modified(
    signed, monkeypatch
):
    from udsat_desktop.reports import verify

    pdf, trust = signed

    def a_bug(*_a, **_k):
        raise ValueError("a bug in building the validation context")

    monkeypatch.setattr(verify, "_context", a_bug)
    (report,) = check_pdf(pdf, trust).reports
    assert report.verdict is Verdict.UNCHECKED
    monkeypatch.undo()
    assert check_pdf(b"%PDF-1.7\n" + b"\x00garbage" * 50, trust).reports[0].verdict in (
        Verdict.MODIFIED,
        Verdict.UNSIGNED,
    )
    (real,) = check_pdf(pdf.replace(b"/Keywords", b"/Keywordz", 1), trust).reports
    assert real.verdict is Verdict.MODIFIED  # a change to the signed bytes stays "ændret"


UNSUPPORTED_SUBFILTER = (
    r"WARNING pyhanko.sign.validation.pdf_embedded: "
    r"Encountered signature with unsupported SubFilter"
)


def damage_subfilter(pdf: bytes, last: bool = False) -> bytes:
    """`pdf` with one byte of a signature's /SubFilter name changed (the first signature's, or
    with `last` the last one's): pyHanko then skips that signature with a warning."""
    name = b"/ETSI.CAdES.detached"
    at = pdf.rfind(name) if last else pdf.find(name)
    assert at > 0
    return pdf[:at] + b"/ETSI.CAdES.detachef" + pdf[at + len(name) :]


@pytest.mark.expected_log(UNSUPPORTED_SUBFILTER)
def test_a_signature_of_unknown_or_damaged_type_is_modified_never_skipped(
    signed, paths, capsys, tmp_path
):
    import json

    from pyhanko.pdf_utils.reader import PdfFileReader

    pdf, trust = signed
    damaged = damage_subfilter(pdf)
    assert PdfFileReader(io.BytesIO(damaged), strict=False).embedded_signatures == []
    check = check_pdf(damaged, trust)
    (report,) = check.reports
    assert report.verdict is Verdict.MODIFIED and check.verdict is Verdict.MODIFIED
    assert report.reason == "underskriftens type er ukendt eller beskadiget"
    assert report.field == check_pdf(pdf, trust).reports[0].field  # the field that was signed
    from udsat_desktop.cli import main

    target = tmp_path / "s.pdf"
    target.write_bytes(damaged)
    capsys.readouterr()
    assert main(["verify", str(target), "--data-dir", str(paths.data)]) == 1
    out = capsys.readouterr().out
    assert "ændret efter underskrift (underskriftens type er ukendt eller beskadiget)" in out
    assert main(["verify", str(target), "--data-dir", str(paths.data), "--json"]) == 1
    result = json.loads(capsys.readouterr().out)
    assert result["ok"] is False
    (sig,) = result["files"][0]["signatures"]
    assert sig["verdict"] == "ændret efter underskrift" and sig["reason"]


@pytest.mark.expected_log(UNSUPPORTED_SUBFILTER)
def test_a_later_signature_of_unknown_type_changes_the_first_one_too(signed, tmp_path):
    pdf, trust = signed
    cert = create_key(tmp_path / "sof.p12", OTHER, "anden-kode-9")
    both = sign_pdf(pdf, tmp_path / "sof.p12", "anden-kode-9", OTHER, cosign=True)
    trust = trust.merged([cert], "sof-sae")
    assert [r.verdict for r in check_pdf(both, trust).reports] == [Verdict.TRUSTED] * 2
    first, second = check_pdf(damage_subfilter(both, last=True), trust).reports
    assert first.verdict is Verdict.MODIFIED and first.reason == "en senere ændring af indholdet"
    assert second.verdict is Verdict.MODIFIED
    assert second.reason == "underskriftens type er ukendt eller beskadiget"


@pytest.mark.expected_log(UNSUPPORTED_SUBFILTER, r"ERROR udsat_desktop.reports.verify: signature")
def test_a_signature_of_unknown_type_is_still_reported_when_the_check_fails(
    signed, tmp_path, monkeypatch
):
    from udsat_desktop.reports import verify

    pdf, trust = signed
    create_key(tmp_path / "sof.p12", OTHER, "anden-kode-9")
    both = sign_pdf(pdf, tmp_path / "sof.p12", "anden-kode-9", OTHER, cosign=True)

    def a_bug(*_a, **_k):
        raise RuntimeError("a bug in the revision analysis")

    monkeypatch.setattr(verify, "_level", a_bug)
    first, second = check_pdf(damage_subfilter(both, last=True), trust).reports
    assert first.verdict is Verdict.UNCHECKED
    assert second.verdict is Verdict.MODIFIED and second.reason.startswith("underskriftens type")
