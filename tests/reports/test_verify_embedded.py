"""`udsat verify` reads a B-LT/B-LTA file's own validation data offline and names the trust
path it used (issue 32, item 6): the team's own key, or an organisation's CA."""

from __future__ import annotations

import pytest

from tests.reports.pki_server import organisation_pki
from udsat_desktop.cli_verify import _signature_json
from udsat_desktop.platform.checklists import bundled_library
from udsat_desktop.reports import ltv
from udsat_desktop.reports.signing import Identity, Verdict, create_key, render_and_sign
from udsat_desktop.reports.verify import TrustSet, check_pdf
from udsat_desktop.store.demo_reviews import build_demo_reviews
from udsat_desktop.store.reviews import get_review, summary_of

LIB = bundled_library()
WHO = Identity("Karen Holm", "BIF", "KH", "Gennemgår sager")
OLD_KEYS = {
    "field",
    "verdict",
    "signer",
    "member",
    "certificate_sha256",
    "reason",
    "signed_at",
    "byte_range",
    "covers_whole_file",
    "timestamp",
    "level",
    "archive_timestamp",
}


@pytest.fixture
def summary(demo_db, profile):
    build_demo_reviews(demo_db, 2, profile.user_id, LIB, seed=5)
    rid = demo_db.reader().execute("SELECT id FROM review WHERE status = 'klar'").fetchone()[0]
    review = get_review(demo_db, rid)
    return summary_of(demo_db, rid, LIB.get(review.template_id, review.template_version))


@pytest.mark.expected_log(
    r"pyhanko.sign.validation.ades: Document timestamp chain failed",
    r"pyhanko.sign.validation.ades: Unable to construct plausible past validation path",
)
def test_b_lt_and_b_lta_are_validated_offline_from_what_the_file_carries(summary, tmp_path):
    (tmp_path / "org").mkdir()
    (tmp_path / "other").mkdir()
    with organisation_pki(tmp_path / "org") as pki:
        lt = render_and_sign(summary, pki.p12, pki.p12_passphrase, WHO)
        lta = render_and_sign(summary, pki.p12, pki.p12_passphrase, WHO, timestamp_url=pki.tsa_url)
        root = pki.root
    with organisation_pki(tmp_path / "other", "Ole Anden") as other:
        stranger_root = other.root
    # the services are gone: only the file's own data can answer
    trust = TrustSet.of([root])  # the organisation's CA, configured on this computer
    for data, level in ((lt, "B-LT"), (lta, "B-LTA")):
        [report] = check_pdf(data, trust).reports
        assert report.verdict is Verdict.TRUSTED, report.reason
        assert report.level == level
        assert report.trust_path == "organisation-ca" and report.validation_data == "embedded"
        shown = _signature_json(report, trust)
        assert set(shown) >= OLD_KEYS, "the --json keys that existed stay"
        assert shown["trust_path"] == "organisation-ca" and shown["validation_data"] == "embedded"
    # another organisation's CA: the file's data leads to no trusted root
    [report] = check_pdf(lta, TrustSet.of([stranger_root])).reports
    assert report.verdict is Verdict.UNKNOWN_SIGNER and report.validation_data == "embedded"
    assert "CHAIN" in report.reason and not report.trust_path
    assert ltv.validate_embedded(
        __import__("pyhanko.pdf_utils.reader", fromlist=["x"])
        .PdfFileReader(__import__("io").BytesIO(lta))
        .embedded_signatures[0],
        [__import__("udsat_desktop.reports.ltv", fromlist=["x"])._asn1(root).dump()],
    ) == (True, "OK")


def test_a_team_key_names_the_team_as_its_trust_path(summary, tmp_path):
    key = tmp_path / "k.p12"
    cert = create_key(key, WHO, "kode-1")
    signed = render_and_sign(summary, key, "kode-1", WHO)
    trust = TrustSet.of([cert])
    [report] = check_pdf(signed, trust).reports
    assert report.verdict is Verdict.TRUSTED and report.trust_path == "team"
    assert report.validation_data == ""  # a B-B file carries no validation data
    shown = _signature_json(report, trust)
    assert shown["trust_path"] == "team" and shown["validation_data"] is None
    [unknown] = check_pdf(signed, TrustSet()).reports
    assert (
        unknown.verdict is Verdict.UNKNOWN_SIGNER
        and _signature_json(unknown, TrustSet())["trust_path"] is None
    )
