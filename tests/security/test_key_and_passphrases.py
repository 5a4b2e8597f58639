"""The signing key is as hard to guess as the database, and weak passphrases are refused
(issue 16, item 3)."""

from __future__ import annotations

import datetime as dt

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from tests.conftest import PASSPHRASE
from tests.queued import pdf_of
from udsat_desktop.cli import main as cli
from udsat_desktop.core.passphrase import DEMO_PASSPHRASE, passphrase_problem
from udsat_desktop.flows.signing import ensure_key, import_key, key_path, sign_review
from udsat_desktop.platform import kdf
from udsat_desktop.platform.checklists import bundled_library
from udsat_desktop.platform.kdf import KeyInfo
from udsat_desktop.reports import keyfile
from udsat_desktop.reports.errors import SigningError
from udsat_desktop.reports.signing import Verdict, load_certificate, trust_list, verify_pdf
from udsat_desktop.store.db import Database
from udsat_desktop.store.demo_reviews import build_demo_reviews
from udsat_desktop.store.errors import StoreError
from udsat_desktop.sync.roster.pins import trust_dir

KEY_PASS = "nøgle-kode-1"
LIB = bundled_library()

WEAK = [
    "12345678",
    "kort",
    "1234567890",
    "password123",
    "Password123!",
    "Sommer2024!!",
    "kodeord12345",
    "qwertyuiop",
    "aaaaaaaaaaaa",
    "abcdefghijkl",
    "københavn2026",
    "  fck1234567",
    DEMO_PASSPHRASE,
]
STRONG = ["korrekt-hest-batteri", "nøgle-kode-1", "grøn kaffe på torvet"]


@pytest.mark.parametrize("weak", WEAK)
def test_weak_passphrases_are_refused_in_danish(weak):
    problem = passphrase_problem(weak)
    assert problem is not None
    assert "Adgangskode" in problem or "adgangskode" in problem


@pytest.mark.parametrize("strong", STRONG)
def test_long_uncommon_passphrases_pass(strong):
    assert passphrase_problem(strong) is None


def test_the_demo_passphrase_is_for_the_demo_database_only(tmp_path):
    assert passphrase_problem(DEMO_PASSPHRASE, demo=True) is None
    assert "demo" in (passphrase_problem(DEMO_PASSPHRASE) or "")
    with pytest.raises(StoreError, match="offentlig"):
        Database.create(tmp_path / "x.db", tmp_path / "keyinfo.json", DEMO_PASSPHRASE)


def test_database_create_and_rekey_refuse_weak(tmp_path, db, paths):
    with pytest.raises(StoreError, match="mindst 10 tegn"):
        Database.create(tmp_path / "x.db", tmp_path / "keyinfo.json", "12345678")
    with pytest.raises(StoreError, match="for almindelig"):
        db.rekey(paths.keyinfo, "password1234")
    assert db.matches(paths.keyinfo, PASSPHRASE)


def test_a_new_store_derives_its_key_at_the_full_scrypt_cost(tmp_path, real_kdf):
    """(The other tests make their stores with a cheaper cost: tests/conftest.py.)"""
    Database.create(tmp_path / "x.db", tmp_path / "keyinfo.json", PASSPHRASE).close()
    info = KeyInfo.load(tmp_path / "keyinfo.json")
    assert (info.n, info.r, info.p) == (2**15, 8, 1) == (kdf.SCRYPT_N, kdf.SCRYPT_R, kdf.SCRYPT_P)


def _scrypt_cost(n: int, r: int, p: int) -> int:
    return n * r * p


def test_key_file_kdf_costs_at_least_the_database_scrypt(profile, paths, real_kdf):
    ensure_key(paths, profile, KEY_PASS)
    blob = key_path(paths).read_bytes()
    assert keyfile.is_wrapped(blob)
    with pytest.raises(ValueError):
        pkcs12.load_key_and_certificates(blob, KEY_PASS.encode())  # no weak PKCS#12 inside
    header = keyfile.header_of(blob)
    assert header["kdf"] == "scrypt"
    # against the product's database cost (this test's store was made cheaper: conftest.py)
    assert _scrypt_cost(header["n"], header["r"], header["p"]) >= _scrypt_cost(
        kdf.SCRYPT_N, kdf.SCRYPT_R, kdf.SCRYPT_P
    )
    # a guess costs that scrypt derivation (its time against the PKCS#12 it replaces:
    # benchmarks/key_guess_bench.py)
    with pytest.raises(keyfile.WrongKeyPassphrase):
        keyfile.unwrap(blob, "forkert-gaet")
    with pytest.raises(SigningError, match="Forkert adgangskode"):
        load_certificate(key_path(paths), "forkert-kode-1")


def _legacy_p12(path, passphrase: str) -> x509.Certificate:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Karen Holm")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .sign(key, hashes.SHA256())
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"kh", key, cert, None, serialization.BestAvailableEncryption(passphrase.encode())
        )
    )
    return cert


def test_an_old_pkcs12_key_file_is_rewrapped_on_first_unlock(demo_db, profile, paths):
    cert = _legacy_p12(key_path(paths), KEY_PASS)
    from udsat_desktop.reports.signing import add_to_trust_list

    add_to_trust_list(trust_dir(paths), cert, profile.user_id)
    assert not keyfile.is_wrapped(key_path(paths).read_bytes())
    build_demo_reviews(demo_db, 2, profile.user_id, LIB, seed=16, all_ready=True)
    review_id = (
        demo_db.reader()
        .execute("SELECT id FROM review WHERE status = 'klar' LIMIT 1")
        .fetchone()[0]
    )
    item = sign_review(demo_db, paths, profile, LIB, review_id, KEY_PASS)
    blob = key_path(paths).read_bytes()
    assert keyfile.is_wrapped(blob)
    assert load_certificate(key_path(paths), KEY_PASS).fingerprint(
        hashes.SHA256()
    ) == cert.fingerprint(hashes.SHA256())
    (report,) = verify_pdf(pdf_of(demo_db, item), trust_list(trust_dir(paths)))
    assert report.verdict is Verdict.TRUSTED
    assert oct(key_path(paths).stat().st_mode & 0o777) == "0o600"


def test_a_weak_key_passphrase_is_refused(profile, paths, tmp_path):
    with pytest.raises(SigningError, match="mindst 10 tegn"):
        ensure_key(paths, profile, "12345678")
    with pytest.raises(SigningError, match="for almindelig"):
        ensure_key(paths, profile, "kodeord2026!")
    assert not key_path(paths).exists()
    org = tmp_path / "org.p12"
    _legacy_p12(org, "sommer2026")
    with pytest.raises(SigningError, match="for svag"):
        import_key(paths, profile, org, "sommer2026")
    assert not key_path(paths).exists()
    org2 = tmp_path / "org2.p12"
    cert = _legacy_p12(org2, "valby-sommer-kode")
    assert import_key(paths, profile, org2, "valby-sommer-kode") == cert
    assert keyfile.is_wrapped(key_path(paths).read_bytes())


def run(capsys, *argv):
    code = cli(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_refuses_weak_passphrases_and_warns_on_a_shared_one(capsys, tmp_path, monkeypatch):
    data = str(tmp_path / "d")
    monkeypatch.setenv("UDSAT_PASSPHRASE", "12345678")
    code, _out, err = run(
        capsys,
        "init",
        "--name",
        "Karen Holm",
        "--initials",
        "KH",
        "--org",
        "BIF",
        "--role",
        "coordinator",
        "--data-dir",
        data,
    )
    assert code == 2 and "mindst 10 tegn" in err and "Traceback" not in err
    monkeypatch.setenv("UDSAT_PASSPHRASE", PASSPHRASE)
    code, _out, err = run(
        capsys,
        "init",
        "--name",
        "Karen Holm",
        "--initials",
        "KH",
        "--org",
        "BIF",
        "--role",
        "coordinator",
        "--data-dir",
        data,
    )
    assert code == 0
    run(capsys, "demo", "--cases", "5", "--reviews", "2", "--data-dir", data)
    monkeypatch.setenv("UDSAT_KEY_PASSPHRASE", "password2024")
    code, _out, err = run(capsys, "sign", "--ready", "--data-dir", data)
    assert code == 2 and "for almindelig" in err
    monkeypatch.setenv("UDSAT_KEY_PASSPHRASE", PASSPHRASE)
    code, _out, err = run(capsys, "sign", "--ready", "--data-dir", data)
    assert code == 0 and "samme som til databasen" in err


def test_first_run_dialog_explains_a_common_passphrase(qtbot, paths):
    from udsat_desktop.ui.start_dialogs import FirstRunDialog

    dialog = FirstRunDialog(paths)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, "Mette Ørum")
    qtbot.keyClicks(dialog.initials, "MØ")
    qtbot.keyClicks(dialog.passphrase, "Password1234")
    qtbot.keyClicks(dialog.repeat, "Password1234")
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible() and "for almindelig" in dialog.error.text()
    assert not paths.database.exists()


def test_window_asks_again_for_a_weak_key_passphrase_and_warns_on_the_database_one(
    qtbot, store, paths, monkeypatch
):
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

    from udsat_desktop.ui.review.signing_ui import NewKeyDialog, ask_key_passphrase

    db, _profile = store
    attempts = ["12345678", PASSPHRASE, "min-egen-noegle-2026"]
    shown: list[str] = []

    def answer() -> None:
        """Type each attempt (twice) into whichever new-key dialog is open, and press OK."""
        dialog = QApplication.activeModalWidget()
        if attempts and isinstance(dialog, NewKeyDialog) and dialog.isVisible():
            attempt = attempts.pop(0)
            qtbot.keyClicks(dialog.first, attempt)
            qtbot.keyClicks(dialog.second, attempt)
            qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
            if dialog.isVisible():
                shown.append(dialog.message.text())
        if attempts:
            QTimer.singleShot(20, answer)

    def warning(_parent, _title, text, *buttons):
        shown.append(text)
        return QMessageBox.StandardButton.No  # "use it anyway?" no: choose another

    monkeypatch.setattr(QMessageBox, "warning", warning)
    parent = QWidget()
    qtbot.addWidget(parent)
    QTimer.singleShot(0, answer)
    assert ask_key_passphrase(parent, paths, db) == "min-egen-noegle-2026"
    assert len(shown) == 2
    assert "mindst 10 tegn" in shown[0]
    assert "samme som til databasen" in shown[1]
