"""Long-term validation (PAdES B-LT / B-LTA) against a test organisation CA whose CRL and
timestamp server run on loopback; validated offline once that server is stopped."""

from __future__ import annotations

import asyncio
import hashlib
import io
import shutil
import subprocess

import pytest
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader

from tests.queued import pdf_of, record_text_of
from tests.reports.independent import (
    PART_NUMBER,
    pdfsig,
    preflight,
    preflight_classpath,
    qpdf_check,
)
from tests.reports.pki_server import organisation_pki
from tests.reports.tsa_server import tsa_server
from udsat_desktop.platform.checklists import bundled_library
from udsat_desktop.reports import ltv
from udsat_desktop.reports.signing import (
    Identity,
    Verdict,
    create_key,
    render_and_sign,
    sign_pdf,
    verify_pdf,
)
from udsat_desktop.store.demo_reviews import build_demo_reviews
from udsat_desktop.store.reviews.review_flow import get_review
from udsat_desktop.store.reviews.summaries import summary_of

LIB = bundled_library()
WHO = Identity("Karen Holm", "BIF", "KH", "Gennemgår sager")


@pytest.fixture
def summary(demo_db, profile):
    build_demo_reviews(demo_db, 2, profile.user_id, LIB, seed=5)
    rid = demo_db.reader().execute("SELECT id FROM review WHERE status = 'klar'").fetchone()[0]
    review = get_review(demo_db, rid)
    return summary_of(demo_db, rid, LIB.get(review.template_id, review.template_version))


def ades_lta(pdf: bytes, root) -> object:
    """pyHanko's AdES validation (ETSI EN 319 102-1, LTA) from what the file carries only:
    no fetching, revocation data required for every certificate."""
    from pyhanko.sign.validation.ades import ades_lta_validation
    from pyhanko.sign.validation.policy_decl import (
        PdfSignatureValidationSpec,
        RevinfoOnlineFetchingRule,
        RevocationInfoGatheringSpec,
        SignatureValidationSpec,
    )
    from pyhanko_certvalidator.context import CertValidationPolicySpec
    from pyhanko_certvalidator.policy_decl import (
        CertRevTrustPolicy,
        RevocationCheckingPolicy,
        RevocationCheckingRule,
    )
    from pyhanko_certvalidator.registry import SimpleTrustManager

    required = RevocationCheckingRule.CRL_OR_OCSP_REQUIRED
    spec = PdfSignatureValidationSpec(
        SignatureValidationSpec(
            cert_validation_policy=CertValidationPolicySpec(
                trust_manager=SimpleTrustManager.build(trust_roots=[ltv._asn1(root)]),
                revinfo_policy=CertRevTrustPolicy(
                    RevocationCheckingPolicy(
                        ee_certificate_rule=required, intermediate_ca_cert_rule=required
                    )
                ),
            ),
            revinfo_gathering_policy=RevocationInfoGatheringSpec(
                online_fetching_rule=RevinfoOnlineFetchingRule.LOCAL_ONLY
            ),
        )
    )
    sig = PdfFileReader(io.BytesIO(pdf)).embedded_signatures[0]
    return asyncio.run(ades_lta_validation(sig, spec))


def test_b_lta_summary_validates_offline_and_verify_reports_its_level(summary, tmp_path):
    from pyhanko.sign.ades.report import AdESPassed

    with organisation_pki(tmp_path) as pki:
        # an organisation key while online: B-LTA at once
        signed = render_and_sign(
            summary, pki.p12, pki.p12_passphrase, WHO, timestamp_url=pki.tsa_url
        )
        first = verify_pdf(signed, [pki.root])[0]
        assert first.level == "B-LTA" and first.archive_timestamp is not None
        # `udsat ltv` later: a new archive timestamp over the whole file (renewal)
        archived = ltv.augment(signed, [pki.root], timestamp_url=pki.tsa_url)
        assert pki.hits["crl"] >= 1
        root = pki.root
    # the server is gone: everything needed is in the file
    assert archived.startswith(signed), "the signed revision is kept byte for byte"
    result = ades_lta(archived, root)
    assert result.ades_subindic == AdESPassed.OK, result.failure_msg
    assert result.oldest_evidence_record_timestamp is not None
    [report] = verify_pdf(archived, [root])
    assert report.verdict is Verdict.TRUSTED and report.level == "B-LTA"
    assert report.timestamp is not None and report.archive_timestamp is not None
    assert report.archive_timestamp > first.archive_timestamp
    assert not report.covers_whole_file
    # the identity of the signed document is unchanged
    assert hashlib.sha256(signed).hexdigest() in ltv.signed_revision_digests(archived)
    # and the archival file is still PDF/A and accepted by the independent tools
    path = tmp_path / "lta.pdf"
    path.write_bytes(archived)
    if preflight_classpath():
        assert {c for c, _d in preflight([path])[path.name]} == {PART_NUMBER}
    if shutil.which("qpdf"):
        assert qpdf_check(path).returncode == 0
    if shutil.which("pdfsig"):
        assert "Signature is Valid" in pdfsig(path)
        text = subprocess.run(
            ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "Næste skridt" in text and "Gennemgået af" in text


@pytest.mark.expected_log(r"pyhanko.sign.diff_analysis.policies: Error in diff operation")
def test_b_lt_without_timestamp_server_and_tampering_after_it_is_refused(summary, tmp_path):
    with organisation_pki(tmp_path) as pki:
        lt = render_and_sign(summary, pki.p12, pki.p12_passphrase, WHO)
        root = pki.root
    [report] = verify_pdf(lt, [root])
    assert report.verdict is Verdict.TRUSTED and report.level == "B-LT"
    # bytes appended after the validation data (no revision of their own): refused
    assert verify_pdf(lt + b"\n% appended\n", [root])[0].verdict is Verdict.MODIFIED
    # a later revision that changes the page is not validation data: refused
    writer = IncrementalPdfFileWriter(io.BytesIO(lt))
    page = writer.root["/Pages"]["/Kids"][0].get_object()
    page[generic.pdf_name("/Rotate")] = generic.NumberObject(90)
    writer.update_container(page)
    out = io.BytesIO()
    writer.write(out)
    assert verify_pdf(out.getvalue(), [root])[0].verdict is Verdict.MODIFIED


def test_co_signature_after_ltv_is_still_recognised(summary, tmp_path):
    with organisation_pki(tmp_path) as pki:
        lt = render_and_sign(summary, pki.p12, pki.p12_passphrase, WHO)
        both = sign_pdf(lt, pki.p12, pki.p12_passphrase, WHO, cosign=True)
        root = pki.root
    reports = verify_pdf(both, [root])
    assert [r.verdict for r in reports] == [Verdict.TRUSTED, Verdict.TRUSTED]


def test_self_issued_key_cannot_be_validated_long_term(summary, tmp_path):
    key = tmp_path / "k.p12"
    create_key(key, WHO, "kode-12345")
    signed = render_and_sign(summary, key, "kode-12345", WHO)
    with pytest.raises(ltv.LtvError) as caught:
        ltv.augment(signed, [])
    assert "selvudstedt" in str(caught.value.args[0]) and "lang sigt" in str(caught.value.args[0])


def test_one_timestamper_per_server_across_a_batch(summary, tmp_path):
    key = tmp_path / "k.p12"
    create_key(key, WHO, "kode-12345")
    with tsa_server() as (url, hits):
        for _ in range(4):
            pdf = render_and_sign(summary, key, "kode-12345", WHO, timestamp_url=url)
            assert verify_pdf(pdf, [])[0].timestamp is not None
    # one size-estimate token for the batch, then one request per signature (was 2 each)
    assert len(hits) == 5


def test_organisation_key_signs_long_term_at_once_when_online(summary, tmp_path):
    with organisation_pki(tmp_path) as pki:
        lta = render_and_sign(summary, pki.p12, pki.p12_passphrase, WHO, timestamp_url=pki.tsa_url)
        lt = render_and_sign(summary, pki.p12, pki.p12_passphrase, WHO)
        root = pki.root
    assert verify_pdf(lta, [root])[0].level == "B-LTA"
    assert verify_pdf(lt, [root])[0].level == "B-LT"


def test_signed_offline_with_an_organisation_key_is_completed_at_the_next_sync(
    demo_db, profile, paths, tmp_path
):
    from tests.team_helpers import own_roster, unsealed
    from udsat_desktop.flows.signing import import_key, sign_ready
    from udsat_desktop.reports.signing import add_to_trust_list
    from udsat_desktop.sync.engine import sync
    from udsat_desktop.sync.ingest import ingest
    from udsat_desktop.sync.roster.pins import trust_dir
    from udsat_desktop.sync.share import set_up_share

    share = tmp_path / "share"
    share.mkdir()
    set_up_share(share)
    build_demo_reviews(demo_db, 2, profile.user_id, LIB, seed=5, all_ready=True)
    with organisation_pki(tmp_path) as pki:
        import_key(paths, profile, pki.p12, pki.p12_passphrase)
        add_to_trust_list(trust_dir(paths), pki.root, "testkommune-ca")
        own_roster(demo_db, paths, profile)  # what is sent is sealed to the roster
        pki.set_online(False)
        items = sign_ready(demo_db, paths, profile, LIB, pki.p12_passphrase, workers=1)
        assert items
        first = items[0]
        record = __import__("json").loads(record_text_of(demo_db, first))
        assert record["ltv"] == "afventer"
        signed = pdf_of(demo_db, first)
        assert verify_pdf(signed, [pki.root])[0].level == "B-B"
        assert record["pdf_sha256"] == hashlib.sha256(signed).hexdigest()
        pki.set_online(True)
        report = sync(demo_db, paths, profile, share)
        assert report.ok, report.to_json()
    from udsat_desktop.sync.keys import encryption_key
    from udsat_desktop.sync.layout import targets_of

    pdf_target, record_target = targets_of(record)
    key = encryption_key(demo_db)
    data = unsealed(share / pdf_target, key)
    assert data.startswith(signed)
    [rep] = verify_pdf(data, [pki.root])
    assert rep.level == "B-LT" and rep.verdict is Verdict.TRUSTED
    shared_record = __import__("json").loads(unsealed(share / record_target, key))
    assert "ltv" not in shared_record and shared_record["pdf_sha256"] == record["pdf_sha256"]
    # the coordinator's ingest sees the same signed document, not a modified one
    result = ingest(demo_db, paths, profile, share, full=True)
    assert not result.modified and result.new >= 1, result.to_json()


@pytest.mark.parametrize("stored_before", [True, False], ids=["own-upload", "colleague"])
def test_the_coordinators_ingest_adds_ltv_later(demo_db, profile, paths, tmp_path, stored_before):
    """A summary signed and synced while the organisation's revocation service was down
    reaches the share as B-B. The coordinator's ingest keeps it in the encrypted store; offline
    it stays B-B and waits, and the next ingest that reaches the services makes the stored
    copy B-LTA (a timestamp server is configured), the signed revision's hash unchanged.
    (`colleague`: the coordinator did not sign it, so the store has no copy before ingest.)"""
    import json

    from tests.team_helpers import own_roster, unsealed
    from udsat_desktop.flows.signing import import_key, sign_ready
    from udsat_desktop.platform.settings import update_settings
    from udsat_desktop.reports.signing import add_to_trust_list
    from udsat_desktop.store.signed_pdfs import signed_pdf
    from udsat_desktop.sync.engine import sync
    from udsat_desktop.sync.ingest import ingest
    from udsat_desktop.sync.keys import encryption_key
    from udsat_desktop.sync.layout import targets_of
    from udsat_desktop.sync.roster.pins import trust_dir
    from udsat_desktop.sync.share import set_up_share

    share = tmp_path / "share"
    share.mkdir()
    set_up_share(share)
    build_demo_reviews(demo_db, 2, profile.user_id, LIB, seed=5, all_ready=True)
    with organisation_pki(tmp_path) as pki:
        import_key(paths, profile, pki.p12, pki.p12_passphrase)
        add_to_trust_list(trust_dir(paths), pki.root, "testkommune-ca")
        pki.set_online(False)
        items = sign_ready(demo_db, paths, profile, LIB, pki.p12_passphrase, workers=1)
        record = json.loads(record_text_of(demo_db, items[0]))
        review_key, signed = record["review_id"], pdf_of(demo_db, items[0])
        own_roster(demo_db, paths, profile)  # what the share's copies are sealed to
        assert sync(demo_db, paths, profile, share).ok
        pdf_target, _ = targets_of(record)
        key = encryption_key(demo_db)
        assert unsealed(share / pdf_target, key) == signed  # the share has it as B-B
        if not stored_before:
            demo_db.reader().execute("DELETE FROM signed_pdf")
        update_settings(paths.config, timestamp_url=pki.tsa_url)

        first = ingest(demo_db, paths, profile, share)  # the services still down
        assert not first.modified and review_key in first.ltv_waiting, first.to_json()
        assert first.ltv_added == []
        assert signed_pdf(demo_db, review_key) == signed
        assert verify_pdf(signed, [pki.root])[0].level == "B-B"

        pki.set_online(True)
        second = ingest(demo_db, paths, profile, share)  # nothing new on the share
        assert second.new == 0 and review_key in second.ltv_added, second.to_json()
        assert second.ltv_waiting == []
        assert pki.hits["crl"] > 0
    from udsat_desktop.ui.team.sync_ui import describe_ingest  # what the coordinator is told

    def line(report, start: str) -> str:
        return next((t for t in describe_ingest(report).splitlines() if t.startswith(start)), "")

    assert review_key in line(first, "Venter på langtidsvalidering (prøves igen ved næste ")
    assert review_key in line(second, "Langtidsvalidering tilføjet (B-LT/B-LTA): ")
    stored = signed_pdf(demo_db, review_key)
    assert stored is not None and stored.startswith(signed) and len(stored) > len(signed)
    [rep] = verify_pdf(stored, [pki.root])  # the server is gone: what the file carries
    assert rep.level == "B-LTA" and rep.verdict is Verdict.TRUSTED
    assert record["pdf_sha256"] == hashlib.sha256(signed).hexdigest()
    assert record["pdf_sha256"] in ltv.signed_revision_digests(stored)
    identity = (
        demo_db.reader()
        .execute(
            "SELECT s.sha256, r.pdf_sha256 FROM signed_pdf s JOIN ingested_record r "
            "ON r.review_key = s.review_key WHERE s.review_key = ?",
            (review_key,),
        )
        .fetchone()
    )
    assert identity == (record["pdf_sha256"], record["pdf_sha256"])
    assert unsealed(share / pdf_target, key) == signed  # the write-once share is untouched
    third = ingest(demo_db, paths, profile, share)  # nothing waits any more
    assert third.ltv_added == [] and third.ltv_waiting == []


def test_an_old_outbox_pair_with_validation_data_added_is_taken_in(
    demo_db, profile, paths, tmp_path
):
    """Issue 36: an earlier version's sync added validation data to a waiting summary in the
    plain outbox (its record then no longer says "afventer" but still names the signed
    revision). The start takes that pair into the encrypted queue as it is, byte for byte."""
    import json

    from tests.queued import leave_plain_as_before, queued_names
    from udsat_desktop.flows.signing import import_key, sign_ready
    from udsat_desktop.reports.signing import add_to_trust_list, trust_list
    from udsat_desktop.store.outbox_absorb import absorb_outbox
    from udsat_desktop.store.signed_pdfs import signed_pdf
    from udsat_desktop.sync.roster.pins import trust_dir

    build_demo_reviews(demo_db, 2, profile.user_id, LIB, seed=36, all_ready=True)
    with organisation_pki(tmp_path) as pki:
        import_key(paths, profile, pki.p12, pki.p12_passphrase)
        add_to_trust_list(trust_dir(paths), pki.root, "testkommune-ca")
        pki.set_online(False)
        (item,) = sign_ready(demo_db, paths, profile, LIB, pki.p12_passphrase, workers=1)[:1]
        left = leave_plain_as_before(demo_db, paths)
        pki.set_online(True)
        # what the earlier version's sync did in the outbox
        pdf_path = paths.outbox / f"{item.name}.pdf"
        record_path = pdf_path.with_suffix(".json")
        signed = pdf_path.read_bytes()
        augmented = ltv.augment(signed, trust_list(trust_dir(paths)))
    record = json.loads(record_path.read_text(encoding="utf-8"))
    assert record.pop("ltv") == "afventer" and augmented != signed
    pdf_path.write_bytes(augmented)
    record_path.write_text(json.dumps(record, ensure_ascii=False, indent=2), encoding="utf-8")
    assert absorb_outbox(demo_db, paths) == len(left)
    assert not paths.outbox.exists() and item.name in queued_names(demo_db)
    assert signed_pdf(demo_db, item.review_key) == augmented
    assert json.loads(record_text_of(demo_db, item)) == record
