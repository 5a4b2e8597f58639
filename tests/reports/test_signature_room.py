"""The room reserved in a signed PDF for its CMS signature is tight (every reserved byte is
parsed digit by digit by every reader, at each coordinator's ingest: issue 31), and a key whose
signature would not fit is signed once more with more room instead of failing."""

from __future__ import annotations

import io
import re
from pathlib import Path

from reportlab.pdfgen import canvas

from udsat_desktop.reports import signing
from udsat_desktop.reports.signing import Identity, create_key, sign_pdf
from udsat_desktop.reports.verdicts import Verdict
from udsat_desktop.reports.verify import check_pdf

PASS = "rum-til-underskrift-1"
IDENT = Identity("Synne Testesen", "Københavns Kommune", "ST", "gennemgår")


def _page() -> bytes:
    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.drawString(100, 700, "Sammenfatning")
    page.showPage()
    page.save()
    return out.getvalue()


def _contents(pdf: bytes) -> bytes:
    found = re.findall(rb"/Contents\s*<([0-9A-Fa-f]+)>", pdf)
    assert len(found) == 1
    return found[0]


def _certificates_der(key: Path) -> int:
    signer = signing._signer(key, PASS)
    return sum(len(c.dump()) for c in [signer.signing_cert, *signer.cert_registry] if c)


def test_the_reserved_room_is_the_certificates_and_1_5_kb(tmp_path: Path) -> None:
    key = tmp_path / "nøgle.p12"
    cert = create_key(key, IDENT, PASS)
    signed = sign_pdf(_page(), key, PASS, IDENT)
    hexdigits = _contents(signed)
    assert len(hexdigits) == 2 * (_certificates_der(key) + 1536)
    used = len(hexdigits.rstrip(b"0"))
    assert used < len(hexdigits)  # it fitted, with room to spare
    assert check_pdf(signed, [cert]).verdict is Verdict.TRUSTED


def test_a_signature_that_does_not_fit_is_signed_again_with_more_room(tmp_path: Path) -> None:
    key = tmp_path / "nøgle.p12"
    cert = create_key(key, IDENT, PASS)
    # one byte beyond the certificates cannot hold a signature: pyHanko refuses to write it
    signed = sign_pdf(_page(), key, PASS, IDENT, slack=1)
    assert len(_contents(signed)) == 2 * (_certificates_der(key) + signing._ROOMY)
    assert check_pdf(signed, [cert]).verdict is Verdict.TRUSTED
