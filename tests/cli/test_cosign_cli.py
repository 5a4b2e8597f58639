"""`udsat sign --cosign FILE`: a refused co-signature is one Danish sentence and exit 2, with
nothing written and no signing key made; the one who signed a summary cannot co-sign it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.conftest import PASS as KAREN_PASS
from tests.conftest import PASSPHRASE
from tests.queued import pdf_of
from udsat_desktop.cli import main as cli
from udsat_desktop.flows.signing import key_path, sign_review
from udsat_desktop.platform.checklists import bundled_library
from udsat_desktop.platform.paths import resolve
from udsat_desktop.reports.signing import verify_pdf
from udsat_desktop.store.demo_reviews import build_demo_reviews
from udsat_desktop.sync.roster.pins import trust_dir

LIB = bundled_library()
KEY_PASS = "nøgle-kode-1"


@pytest.fixture
def signed_summary(demo_db, profile, paths, tmp_path) -> Path:
    """A summary signed by the user of `paths`, copied out of the encrypted store."""
    build_demo_reviews(demo_db, 2, profile.user_id, LIB, seed=5)
    rid = demo_db.reader().execute("SELECT id FROM review WHERE status = 'klar'").fetchone()[0]
    item = sign_review(demo_db, paths, profile, LIB, rid, KEY_PASS)
    target = tmp_path / "sammenfatning.pdf"
    target.write_bytes(pdf_of(demo_db, item))
    return target


def cosign(capsys, monkeypatch, data_dir: Path, passphrase: str, file: Path) -> tuple[int, str]:
    monkeypatch.setenv("UDSAT_PASSPHRASE", passphrase)
    monkeypatch.setenv("UDSAT_KEY_PASSPHRASE", KEY_PASS)
    code = cli(["sign", "--cosign", str(file), "--data-dir", str(data_dir)])
    _out, err = capsys.readouterr()
    return code, err


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (b"cpr;navn\n010190-1234;Ane\n", "er ikke en PDF"),
        (b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\n%%EOF\n", "kan ikke læses som PDF"),
    ],
)
def test_a_file_that_is_no_signed_pdf_is_refused_and_no_key_is_made(
    capsys, monkeypatch, reviewer_data_dir, tmp_path, content, said
):
    file = tmp_path / "bilag.pdf"
    file.write_bytes(content)
    code, err = cosign(capsys, monkeypatch, reviewer_data_dir, KAREN_PASS, file)
    assert code == 2, err
    assert err.startswith("udsat: bilag.pdf ") and said in err
    assert len(err.strip().splitlines()) == 1 and "uventet fejl" not in err
    assert file.read_bytes() == content
    assert not key_path(resolve(reviewer_data_dir)).exists()


def test_an_unsigned_summary_is_refused(capsys, monkeypatch, reviewer_data_dir, tmp_path):
    from tests.reports.test_summary_and_signing import render_summary_stub

    file = tmp_path / "usigneret.pdf"
    file.write_bytes(render_summary_stub())
    code, err = cosign(capsys, monkeypatch, reviewer_data_dir, KAREN_PASS, file)
    assert code == 2 and "ikke underskrevet" in err
    assert not key_path(resolve(reviewer_data_dir)).exists()


def test_a_colleague_co_signs_once_and_a_second_co_signature_is_refused(
    capsys, monkeypatch, reviewer_data_dir, signed_summary
):
    code, err = cosign(capsys, monkeypatch, reviewer_data_dir, KAREN_PASS, signed_summary)
    assert code == 0, err
    once = signed_summary.read_bytes()
    assert [r.field for r in verify_pdf(once, [])] == ["Underskrift", "Medunderskrift"]
    code, err = cosign(capsys, monkeypatch, reviewer_data_dir, KAREN_PASS, signed_summary)
    assert code == 2, err
    assert "sammenfatning.pdf er allerede medunderskrevet" in err and "uventet" not in err
    assert signed_summary.read_bytes() == once


@pytest.mark.parametrize("trust_file", ["kept", "removed"])
def test_the_signer_cannot_co_sign_her_own_summary(
    capsys, monkeypatch, paths, profile, signed_summary, trust_file
):
    if trust_file == "removed":  # then the key itself tells that it is hers
        (trust_dir(paths) / f"{profile.user_id}.crt").unlink()
    before = signed_summary.read_bytes()
    code, err = cosign(capsys, monkeypatch, paths.data, PASSPHRASE, signed_summary)
    assert code == 2, err
    assert "Du har selv underskrevet sammenfatning.pdf" in err and "fire øjne" in err
    assert signed_summary.read_bytes() == before
    assert [r.field for r in verify_pdf(before, [])] == ["Underskrift"]


def test_a_summary_changed_after_signing_is_refused(
    capsys, monkeypatch, reviewer_data_dir, signed_summary
):
    data = bytearray(signed_summary.read_bytes())
    data[data.index(b"stream", len(data) // 4) + 40] ^= 0x01  # inside signed page content
    signed_summary.write_bytes(bytes(data))
    code, err = cosign(capsys, monkeypatch, reviewer_data_dir, KAREN_PASS, signed_summary)
    assert code == 2, err
    assert "sammenfatning.pdf kan ikke medunderskrives: " in err and "uventet" not in err
    assert signed_summary.read_bytes() == bytes(data)


def test_a_signed_pdf_with_no_room_for_a_co_signature_is_refused(
    capsys, monkeypatch, reviewer_data_dir, tmp_path
):
    """A form field named like the co-signature that is no signature field: pyHanko cannot
    add the co-signature, and says so in its own exception."""
    import io

    import pypdf
    from pypdf.generic import ArrayObject, DictionaryObject, NameObject, TextStringObject

    from tests.reports.test_summary_and_signing import render_summary_stub
    from udsat_desktop.reports.signing import Identity, create_key, sign_pdf

    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(render_summary_stub())))
    field = writer._add_object(
        DictionaryObject(
            {
                NameObject("/FT"): NameObject("/Tx"),
                NameObject("/T"): TextStringObject("Medunderskrift"),
                NameObject("/Subtype"): NameObject("/Widget"),
                NameObject("/Rect"): ArrayObject([]),
            }
        )
    )
    writer.pages[-1][NameObject("/Annots")] = ArrayObject([field])
    writer._root_object[NameObject("/AcroForm")] = DictionaryObject(
        {NameObject("/Fields"): ArrayObject([field])}
    )
    buf = io.BytesIO()
    writer.write(buf)
    who = Identity("Ole Udefra", "SOF", "OU", "Gennemgår sager")
    create_key(tmp_path / "ole.p12", who, KEY_PASS)
    file = tmp_path / "felt.pdf"
    file.write_bytes(sign_pdf(buf.getvalue(), tmp_path / "ole.p12", KEY_PASS, who))
    code, err = cosign(capsys, monkeypatch, reviewer_data_dir, KAREN_PASS, file)
    assert code == 2, err
    assert "felt.pdf kan ikke medunderskrives" in err and "uventet" not in err
