"""`udsat stats`, `udsat cases` and `udsat team list` read without the ORM (issue 34): SQLAlchemy
and the models were 60 % of every such command's start (and most of `team list`'s). A real
child process, as a script runs the CLI; the figures are still the store's (the same counts
the ORM path gave, checked beside)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from udsat_desktop import cli

PROBE = (
    "import sys\n"
    "from udsat_desktop import cli\n"
    "code = cli.main(sys.argv[1:])\n"
    "print('sqlalchemy_loaded=%d' % ('sqlalchemy' in sys.modules))\n"
    "raise SystemExit(code)\n"
)


@pytest.fixture
def data_dir(reviewer_data_dir: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """The reviewer's store with a few cases imported (the import is a write: ORM)."""
    source = reviewer_data_dir / "liste.csv"
    source.write_text(
        "CPR-nr.;Navn;Jobcenter\n"
        "010203-1235;Anna Ravn;Nord\n"
        "020304-2346;Bo Lund;Syd\n"
        "030405-3457;Cai Dam;Nord\n",
        encoding="utf-8",
    )
    assert cli.main(["import", str(source), "--data-dir", str(reviewer_data_dir)]) == 0
    capsys.readouterr()
    return reviewer_data_dir


def run(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", PROBE, *args, "--data-dir", str(data_dir)],
        env=dict(os.environ),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize(
    "command", [["stats", "--json"], ["cases", "--json"], ["team", "list", "--json"]]
)
def test_a_read_only_command_loads_no_sqlalchemy(data_dir: Path, command: list[str]) -> None:
    proc = run(data_dir, *command)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.rstrip().endswith("sqlalchemy_loaded=0")
    figures = json.loads(proc.stdout.rsplit("sqlalchemy_loaded", 1)[0])
    if command[0] == "stats":
        assert figures["cases"] == 3 and figures["by_status"]["ny"] == 3
    elif command[0] == "team":  # the team key, made at init, read back in plain SQL
        assert len(figures["my_fingerprint"]) == 64 and figures["version"] == 0
    else:
        assert figures["total"] == 3 and len(figures["cases"]) == 3


def test_a_writing_command_still_loads_it(data_dir: Path) -> None:
    """The probe can tell: a command that writes (an import) goes through the ORM."""
    proc = run(data_dir, "import", str(data_dir / "liste.csv"))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.rstrip().endswith("sqlalchemy_loaded=1"), proc.stdout


def test_the_team_key_read_in_plain_sql_is_the_one_kept(data_dir: Path) -> None:
    """The team key is made once (on its first use, in plain SQL when that use only reads) and
    every later command, a writing one through the ORM too, reads the same key back."""
    first = run(data_dir, "team", "list", "--json")
    assert first.returncode == 0, first.stderr
    mine = json.loads(first.stdout.rsplit("sqlalchemy_loaded", 1)[0])["my_fingerprint"]
    assert run(data_dir, "import", str(data_dir / "liste.csv")).returncode == 0  # the ORM's turn
    again = run(data_dir, "team", "list", "--json")
    assert json.loads(again.stdout.rsplit("sqlalchemy_loaded", 1)[0])["my_fingerprint"] == mine


PROBE_MODULES = (
    "import sys\n"
    "from udsat_desktop import cli\n"
    "code = cli.main(sys.argv[1:])\n"
    "print('loaded=' + ','.join(m for m in ('sqlalchemy', 'cryptography.x509', "
    "'udsat_desktop.sync.sealed', 'udsat_desktop.sync.roster.enrolment') if m in sys.modules))\n"
    "raise SystemExit(code)\n"
)


def test_team_list_with_a_held_roster_reads_it_without_x509_or_share_code(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A coordinator's held roster with her signing certificate on it: `team list` checks the
    roster's signature (Ed25519) but loads no X.509, sealing or enrolment code, and the
    certificate's fingerprint it prints (SHA-256 of the PEM's DER, by hashlib) is the one
    `cryptography` gives for the parsed certificate."""
    from cryptography import x509

    from tests.cli.conftest import PASS
    from tests.team_helpers import own_roster
    from udsat_desktop.cli_common import open_store
    from udsat_desktop.platform.paths import resolve
    from udsat_desktop.reports.verify import cert_sha256

    monkeypatch.setenv("UDSAT_PASSPHRASE", PASS)
    monkeypatch.setenv("UDSAT_KEY_PASSPHRASE", "min-egen-noegle-2026")
    folder = tmp_path / "coordinator"
    init = ["init", "--data-dir", str(folder), "--name", "Lis Berg", "--initials", "LB"]
    assert cli.main([*init, "--org", "SOF", "--role", "coordinator"]) == 0
    assert cli.main(["key", "create", "--data-dir", str(folder)]) == 0
    capsys.readouterr()
    paths = resolve(folder)
    db, profile = open_store(paths)
    try:
        own_roster(db, paths, profile)
    finally:
        db.close()
    (pem,) = (folder / "trust").glob("*.crt")
    wanted = cert_sha256(x509.load_pem_x509_certificate(pem.read_bytes()))

    proc = subprocess.run(
        [sys.executable, "-c", PROBE_MODULES, "team", "list", "--json", "--data-dir", str(folder)],
        env=dict(os.environ),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    body, loaded = proc.stdout.rsplit("loaded=", 1)
    assert loaded.strip() == ""  # none of the four
    listed = json.loads(body)
    assert listed["version"] == 1 and listed["members"][0]["role"] == "coordinator"
    assert listed["members"][0]["certificates"] == [wanted]


def test_a_roster_certificate_whose_pem_is_not_one_certificate_is_refused() -> None:
    """From the share every certificate is parsed; a PEM whose base64 is not the certificate's
    own DER (here: one byte added) is refused, so the fingerprint by hashlib can never name
    another certificate than the one `cryptography` reads."""
    import base64
    import datetime as dt

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    from udsat_desktop.sync.roster.model import Member, cert_fingerprint
    from udsat_desktop.sync.trust import TrustError, b64

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Prøve")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(1)
        .not_valid_before(now)
        .not_valid_after(now + dt.timedelta(days=1))
        .sign(key, hashes.SHA256())
    )
    pem = cert.public_bytes(serialization.Encoding.PEM).decode("ascii")
    assert cert_fingerprint(pem) == cert.fingerprint(hashes.SHA256()).hex()
    member = {
        "user_id": "sof-pp-0001",
        "name": "Prøve",
        "initials": "PP",
        "organisation": "SOF",
        "role": "reviewer",
        "team_key": b64(bytes(32)),
        "x25519": b64(bytes(32)),
        "valid_from": now.isoformat(),
        "certificates": [pem],
    }
    assert Member.from_json(member).cert_fingerprints() == [cert_fingerprint(pem)]
    der = cert.public_bytes(serialization.Encoding.DER) + b"\0"
    padded = (
        "-----BEGIN CERTIFICATE-----\n"
        + base64.encodebytes(der).decode("ascii")
        + "-----END CERTIFICATE-----\n"
    )
    with pytest.raises(TrustError, match="ugyldigt certifikat"):
        Member.from_json({**member, "certificates": [padded]})
