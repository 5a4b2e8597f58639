"""Batch signing in worker processes, PAdES B-T against a local timestamp server, importing an
organisation's .p12, and the settings the CLI writes."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
import subprocess

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from tests.queued import copy_out, pdf_of, queued_names, record_text_of
from tests.reports.tsa_server import tsa_server
from udsat_desktop.cli import main as cli
from udsat_desktop.flows.signing import ensure_key, import_key, key_path, sign_ready, sign_review
from udsat_desktop.platform.checklists import bundled_library
from udsat_desktop.platform.settings import load_settings
from udsat_desktop.reports.errors import SigningError
from udsat_desktop.reports.signing import Verdict, trust_list, verify_pdf
from udsat_desktop.store.demo_reviews import build_demo_reviews
from udsat_desktop.store.reviews import SIGNED
from udsat_desktop.store.reviews.review_flow import get_review
from udsat_desktop.sync.roster.pins import trust_dir

LIB = bundled_library()
KEY_PASS = "nøgle-kode-1"


def ready_ids(db) -> list[int]:
    return [
        r[0] for r in db.reader().execute("SELECT id FROM review WHERE status = 'klar' ORDER BY id")
    ]


def test_batch_in_worker_processes_signs_every_ready_review(demo_db, profile, paths):
    build_demo_reviews(demo_db, 8, profile.user_id, LIB, seed=21, all_ready=True)
    ids = ready_ids(demo_db)
    assert len(ids) == 8
    seen: list[tuple[int, int]] = []
    items = sign_ready(
        demo_db, paths, profile, LIB, KEY_PASS, progress=lambda i, n: seen.append((i, n)), workers=2
    )
    assert seen[-1] == (8, 8) and len(items) == 8
    assert all(get_review(demo_db, i).status == SIGNED for i in ids)
    trusted = trust_list(trust_dir(paths))
    for item in items:
        pdf = pdf_of(demo_db, item)
        record = json.loads(record_text_of(demo_db, item))
        assert record["pdf_sha256"] == hashlib.sha256(pdf).hexdigest() == item.sha256
        (report,) = verify_pdf(pdf, trusted)
        assert report.verdict is Verdict.TRUSTED and report.covers_whole_file
    assert not paths.outbox.exists()  # the queue is in the encrypted store
    assert queued_names(demo_db) == {i.name for i in items}


def test_cancelled_batch_keeps_finished_reviews_and_leaves_the_rest_ready(demo_db, profile, paths):
    build_demo_reviews(demo_db, 8, profile.user_id, LIB, seed=22, all_ready=True)
    ids = ready_ids(demo_db)

    class Stop(Exception):
        pass

    def progress(current: int, total: int) -> None:
        if current == 3:
            raise Stop

    with pytest.raises(Stop):
        sign_ready(demo_db, paths, profile, LIB, KEY_PASS, progress=progress, workers=2)
    statuses = [get_review(demo_db, i).status for i in ids]
    assert statuses.count(SIGNED) == 3 and statuses.count("klar") == 5
    assert len(queued_names(demo_db)) == 3 and not paths.outbox.exists()
    # and the rest can be signed afterwards
    assert len(sign_ready(demo_db, paths, profile, LIB, KEY_PASS, workers=1)) == 5


def test_wrong_passphrase_stops_a_batch_before_anything_is_signed(demo_db, profile, paths):
    build_demo_reviews(demo_db, 4, profile.user_id, LIB, seed=23, all_ready=True)
    ensure_key(paths, profile, KEY_PASS)
    with pytest.raises(SigningError, match="Forkert adgangskode"):
        sign_ready(demo_db, paths, profile, LIB, "forkert-kode", workers=2)
    assert len(ready_ids(demo_db)) == 4


def test_timestamp_server_makes_pades_b_t(demo_db, profile, paths):
    build_demo_reviews(demo_db, 2, profile.user_id, LIB, seed=24)
    (review_id,) = ready_ids(demo_db)[:1]
    with tsa_server() as (url, hits):
        item = sign_review(demo_db, paths, profile, LIB, review_id, KEY_PASS, timestamp_url=url)
    assert hits, "the timestamp server was never asked"
    (report,) = verify_pdf(pdf_of(demo_db, item), trust_list(trust_dir(paths)))
    assert report.verdict is Verdict.TRUSTED
    assert report.timestamp is not None
    assert abs(report.timestamp - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=2)


def test_unreachable_timestamp_server_is_a_clear_error_and_nothing_is_signed(
    demo_db, profile, paths
):
    build_demo_reviews(demo_db, 2, profile.user_id, LIB, seed=25)
    (review_id,) = ready_ids(demo_db)[:1]
    with pytest.raises(SigningError, match="Tidsstemplingsserveren svarer ikke"):
        sign_review(
            demo_db,
            paths,
            profile,
            LIB,
            review_id,
            KEY_PASS,
            timestamp_url="http://127.0.0.1:9/tsa",
        )
    assert get_review(demo_db, review_id).status == "klar"
    assert not paths.outbox.exists() and not queued_names(demo_db)


def organisation_p12(
    tmp_path, passphrase: str, *, kind: str = "rsa", days: int = 365, with_key: bool = True
):
    key = (
        rsa.generate_private_key(65537, 2048)
        if kind == "rsa"
        else ec.generate_private_key(ec.SECP256R1())
    )
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, "Åse Øberg"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Københavns Kommune"),
        ]
    )
    issuer = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "KK Medarbejder-CA")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(issuer)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=2))
        .not_valid_after(now + dt.timedelta(days=days))
        .sign(key, hashes.SHA256())
    )
    blob = pkcs12.serialize_key_and_certificates(
        b"kk",
        key if with_key else None,
        cert,
        None,
        serialization.BestAvailableEncryption(passphrase.encode()),
    )
    path = tmp_path / "medarbejder.p12"
    path.write_bytes(blob)
    return path, cert


def test_organisation_p12_is_imported_and_signs(demo_db, profile, paths, tmp_path):
    build_demo_reviews(demo_db, 2, profile.user_id, LIB, seed=26)
    ensure_key(paths, profile, KEY_PASS)  # the self-issued key made on first use
    source, _cert = organisation_p12(tmp_path, "org-kode-42")
    with pytest.raises(SigningError, match="allerede en signeringsnøgle"):
        import_key(paths, profile, source, "org-kode-42")
    with pytest.raises(SigningError, match="Forkert adgangskode"):
        import_key(paths, profile, source, "forkert", replace=True)
    import_key(paths, profile, source, "org-kode-42", replace=True)
    assert list(key_path(paths).parent.glob("signing-key.p12.*.bak"))
    (review_id,) = ready_ids(demo_db)[:1]
    item = sign_review(demo_db, paths, profile, LIB, review_id, "org-kode-42")
    (report,) = verify_pdf(pdf_of(demo_db, item), trust_list(trust_dir(paths)))
    assert report.verdict is Verdict.TRUSTED and "Åse Øberg" in report.signer
    if shutil.which("pdfsig"):
        copy = copy_out(demo_db, item, tmp_path / "out")
        out = subprocess.run(["pdfsig", str(copy)], capture_output=True, text=True)
        assert "Signature is Valid" in out.stdout


@pytest.mark.parametrize(
    "problem,match",
    [
        ({"days": -1}, "ikke gyldigt nu"),
        ({"with_key": False}, "både en privat nøgle og et certifikat"),
    ],
)
def test_unusable_p12_is_refused_and_the_old_key_kept(profile, paths, tmp_path, problem, match):
    ensure_key(paths, profile, KEY_PASS)
    before = key_path(paths).read_bytes()
    source, _ = organisation_p12(tmp_path, "org-kode-42", **problem)
    with pytest.raises(SigningError, match=match):
        import_key(paths, profile, source, "org-kode-42", replace=True)
    assert key_path(paths).read_bytes() == before


def test_cli_key_import_show_and_config(capsys, monkeypatch, tmp_path, paths, store):
    db, _profile = store
    db.close()
    monkeypatch.setenv("UDSAT_PASSPHRASE", "korrekt-hest-batteri")
    monkeypatch.setenv("UDSAT_KEY_PASSPHRASE", "org-kode-42")
    source, cert = organisation_p12(tmp_path, "org-kode-42", kind="ec")
    data = str(paths.data)
    assert cli(["--data-dir", data, "--json", "key", "import", str(source)]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["sha256"] == cert.fingerprint(hashes.SHA256()).hex()
    assert cli(["--data-dir", data, "key", "show"]) == 0
    assert "Åse Øberg" in capsys.readouterr().out
    assert cli(["--data-dir", data, "key", "import", str(source)]) == 2
    assert "allerede en signeringsnøgle" in capsys.readouterr().err

    (tmp_path / "share").mkdir()  # a folder that is not there is never stored (issue 26)
    assert (
        cli(
            [
                "--data-dir",
                data,
                "config",
                "--share",
                str(tmp_path / "share"),
                "--tsa",
                "http://tsa.example/",
                "--lock-minutes",
                "5",
            ]
        )
        == 0
    )
    settings = load_settings(paths.config)
    assert settings.share == tmp_path / "share" and settings.tsa == "http://tsa.example/"
    assert settings.lock_minutes == 5
    assert cli(["--data-dir", data, "config", "--lock-minutes", "-1"]) == 2


def test_full_cpr_only_when_the_template_says_the_summary_needs_it(demo_db, profile, paths):
    import dataclasses as dc
    import io as _io

    import pypdf

    from udsat_desktop.core.checklist.library import TemplateLibrary

    build_demo_reviews(demo_db, 2, profile.user_id, LIB, seed=27, all_ready=True)
    first, second = ready_ids(demo_db)[:2]
    masked = sign_review(demo_db, paths, profile, LIB, first, KEY_PASS)
    needs_full = TemplateLibrary(
        [dc.replace(t, full_cpr_outputs=frozenset({"summary_pdf"})) for t in LIB.templates]
    )
    full = sign_review(demo_db, paths, profile, needs_full, second, KEY_PASS)

    def text(item) -> str:
        return "".join(
            p.extract_text() for p in pypdf.PdfReader(_io.BytesIO(pdf_of(demo_db, item))).pages
        )

    cprs = dict(
        demo_db.reader().execute(
            'SELECT r.id, c.cpr FROM review r JOIN "case" c ON c.id = r.case_id'
        )
    )
    assert cprs[first] not in text(masked) and cprs[first][:6] + "-xxxx" in text(masked)
    assert cprs[second] in text(full)


def test_template_outputs_setting_is_validated():
    from udsat_desktop.core.checklist.model import TemplateError
    from udsat_desktop.core.checklist.parse import parse_template

    raw = {
        "id": "t",
        "version": "1",
        "title": "T",
        "valid_from": "2026-01-01",
        "outputs": {"summary_pdf": {"full_cpr": True}},
        "sections": [
            {"id": "s", "title": "S", "fields": [{"id": "f", "type": "short_text", "label": "F"}]}
        ],
    }
    assert parse_template(raw, "t.yaml").full_cpr_outputs == {"summary_pdf"}
    raw["outputs"] = {"summary_pdf": {"full_cpr": "ja"}}
    with pytest.raises(TemplateError, match=r"t\.yaml"):
        parse_template(raw, "t.yaml")
