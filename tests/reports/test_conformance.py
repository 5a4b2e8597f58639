"""Honest conformance (issue 32): every signed PDF/A-2b file declares PDF 1.7 — B-B, B-T, B-LT,
B-LTA, co-signed, and an LTV update on top of a co-signature — as poppler's pdfinfo reads it,
and passes the focused PDF/A-2 rule check (tests/reports/pdfa_rules.py) and qpdf."""

from __future__ import annotations

import shutil
from pathlib import Path

import pikepdf
import pytest

from tests.reports.independent import pdfsig, qpdf_check
from tests.reports.pdfa_rules import declared_version, pdfa_findings
from tests.reports.pki_server import organisation_pki
from tests.reports.tsa_server import tsa_server
from udsat_desktop.platform.checklists import bundled_library
from udsat_desktop.reports import ltv
from udsat_desktop.reports.signing import Identity, create_key, render_and_sign, sign_pdf
from udsat_desktop.store.demo_reviews import build_demo_reviews
from udsat_desktop.store.reviews import get_review, summary_of

LIB = bundled_library()
WHO = Identity("Karen Holm", "BIF", "KH", "Gennemgår sager")
needs_poppler = pytest.mark.skipif(
    not (shutil.which("pdfinfo") and shutil.which("qpdf") and shutil.which("pdfsig"))
    and not __import__("os").environ.get("CI"),
    reason="poppler-utils and qpdf are installed by packaging/install-system-deps.sh",
)


@pytest.fixture
def summary(demo_db, profile):
    build_demo_reviews(demo_db, 2, profile.user_id, LIB, seed=5)
    rid = demo_db.reader().execute("SELECT id FROM review WHERE status = 'klar'").fetchone()[0]
    review = get_review(demo_db, rid)
    return summary_of(demo_db, rid, LIB.get(review.template_id, review.template_version))


def _check(path: Path, signatures: int) -> None:
    assert declared_version(path) == "1.7", path.name
    assert pdfa_findings(path, 2) == [], path.name
    assert qpdf_check(path).returncode == 0, path.name
    assert pdfsig(path).count("Signature is Valid") == signatures, (path.name, pdfsig(path))
    with pikepdf.open(path) as pdf:
        assert pdf.pdf_version == "1.7" and "/Version" not in pdf.Root, path.name
        extensions = pdf.Root.Extensions
        # PAdES's own declaration for PDF 1.7, nothing based on PDF 2.0
        assert list(extensions.keys()) == ["/ESIC"], path.name
        assert str(extensions.ESIC.BaseVersion) == "/1.7"


@needs_poppler
def test_every_signed_summary_declares_pdf_1_7(summary, tmp_path):
    key = tmp_path / "k.p12"
    create_key(key, WHO, "kode-1")  # ECDSA P-256: the key pyHanko would move to PDF 2.0
    files: dict[str, tuple[bytes, int]] = {}
    bb = render_and_sign(summary, key, "kode-1", WHO)
    files["b-b"] = (bb, 1)
    files["co-signed"] = (sign_pdf(bb, key, "kode-1", WHO, cosign=True), 2)
    with tsa_server() as (url, _hits):
        files["b-t"] = (render_and_sign(summary, key, "kode-1", WHO, timestamp_url=url), 1)
    with organisation_pki(tmp_path) as pki:
        lt = render_and_sign(summary, pki.p12, pki.p12_passphrase, WHO)
        files["b-lt"] = (lt, 1)
        lta = render_and_sign(summary, pki.p12, pki.p12_passphrase, WHO, timestamp_url=pki.tsa_url)
        files["b-lta"] = (lta, 1)  # pdfsig counts signatures, not document timestamps
        cosigned = sign_pdf(lt, pki.p12, pki.p12_passphrase, WHO, cosign=True)
        files["co-signed-then-ltv"] = (
            ltv.augment(cosigned, [pki.root], timestamp_url=pki.tsa_url),
            2,
        )
        files["lta-renewed"] = (ltv.augment(lta, [pki.root], timestamp_url=pki.tsa_url), 1)
    for name, (data, signatures) in files.items():
        path = tmp_path / f"{name}.pdf"
        path.write_bytes(data)
        _check(path, signatures)


def test_the_rule_check_finds_a_pdf_2_0_file_and_a_missing_output_intent(summary, tmp_path):
    """The checker itself: what pyHanko writes without the PDF 1.7 signer is caught."""
    from udsat_desktop.reports.pdf import render_summary
    from udsat_desktop.reports.pdfa import to_pdfa

    good = tmp_path / "good.pdf"
    good.write_bytes(to_pdfa(render_summary(summary)))
    assert pdfa_findings(good, 2) == []
    bad = tmp_path / "bad.pdf"
    with pikepdf.open(good) as pdf:
        pdf.Root.Version = pikepdf.Name("/2.0")
        del pdf.Root["/OutputIntents"]
        pdf.save(bad)
    found = pdfa_findings(bad, 2)
    assert any("PDF 2.0 declared" in f for f in found), found
    assert "no GTS_PDFA1 output intent" in found
    assert pdfa_findings(good, 3) == ["pdfaid:part is '2', not 3"]
