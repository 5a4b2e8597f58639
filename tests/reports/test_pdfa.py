"""PDF/A: summaries, co-signed summaries and access logs (PDF/A-2b) and meeting packets
(PDF/A-3b), checked by independent tools: Apache PDFBox Preflight, qpdf, poppler."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pikepdf
import pytest

from tests.queued import copy_out
from tests.reports.independent import (
    ICC_V4,
    PART_NUMBER,
    PDFA3_EMBEDDED_FILES,
    pdfsig,
    preflight,
    preflight_classpath,
    qpdf_check,
)
from udsat_desktop.flows.packets import make_packet
from udsat_desktop.flows.signing import identity_of, key_path, sign_ready
from udsat_desktop.platform.checklists import bundled_library
from udsat_desktop.reports.access_log import render_access_log
from udsat_desktop.reports.pdf import render_summary
from udsat_desktop.reports.pdfa import to_pdfa
from udsat_desktop.reports.signing import sign_pdf
from udsat_desktop.store import audit
from udsat_desktop.store.demo_reviews import build_demo_reviews
from udsat_desktop.store.meetings import add_case, candidates, create_meeting
from udsat_desktop.store.reviews.review_flow import get_review
from udsat_desktop.store.reviews.summaries import summary_of

LIB = bundled_library()
KEY_PASS = "nøgle-kode-1"
MEETING = dt.date(2026, 12, 3)
TOOLS = bool(preflight_classpath() and shutil.which("qpdf") and shutil.which("pdfsig"))
needs_tools = pytest.mark.skipif(
    not TOOLS and not __import__("os").environ.get("CI"),
    reason="PDFBox Preflight, qpdf or poppler missing; packaging/install-system-deps.sh "
    "installs them (in CI their absence fails the test)",
)
ENDSTREAM_WITHOUT_EOL = re.compile(rb"[^\r\n]endstream")


def _xmp_agrees_with_info(path: Path, part: str) -> None:
    with pikepdf.open(path) as pdf:
        meta = pdf.open_metadata()
        info = pdf.docinfo
        assert meta["pdfaid:part"] == part and meta["pdfaid:conformance"] == "B"
        assert meta["dc:title"] == str(info["/Title"])
        assert meta["pdf:Producer"] == str(info["/Producer"])
        assert "/OutputIntents" in pdf.Root
        intent = pdf.Root.OutputIntents[0]
        assert intent.S == pikepdf.Name.GTS_PDFA1 and intent.DestOutputProfile.N == 3


def test_to_pdfa_writes_an_eol_before_every_endstream(demo_db, profile):
    build_demo_reviews(demo_db, 2, profile.user_id, LIB, seed=5)
    rid = demo_db.reader().execute("SELECT id FROM review LIMIT 1").fetchone()[0]
    review = get_review(demo_db, rid)
    raw = render_summary(
        summary_of(demo_db, rid, LIB.get(review.template_id, review.template_version))
    )
    assert ENDSTREAM_WITHOUT_EOL.search(raw), "ReportLab's own output lacks the EOL"
    archival = to_pdfa(raw)
    assert not ENDSTREAM_WITHOUT_EOL.search(archival)
    with pikepdf.open(__import__("io").BytesIO(archival)) as pdf:
        assert "/Trapped" not in pdf.docinfo
        assert len(pdf.pages) == len(pikepdf.open(__import__("io").BytesIO(raw)).pages)


@needs_tools
def test_summary_cosigned_summary_packet_and_access_log_pass_the_independent_checks(
    demo_db, profile, paths, tmp_path
):
    build_demo_reviews(demo_db, 12, profile.user_id, LIB, seed=71, all_ready=True)
    items = sign_ready(demo_db, paths, profile, LIB, KEY_PASS, workers=1)
    summary = copy_out(demo_db, items[0], tmp_path / "out")
    signed = tmp_path / "sammenfatning.pdf"
    shutil.copyfile(summary, signed)
    cosigned = tmp_path / "medunderskrevet.pdf"
    cosigned.write_bytes(
        sign_pdf(signed.read_bytes(), key_path(paths), KEY_PASS, identity_of(profile), cosign=True)
    )
    # the meeting packet (PDF/A-3b with the signed originals attached)
    found = candidates(demo_db)
    create_meeting(
        demo_db,
        profile,
        MEETING,
        "09:30",
        "Mødelokale 2",
        {"beskaeftigelse": "Jens Holm"},
        minutes_per_case=20,
    )
    for c in found[:2]:
        add_case(demo_db, profile, MEETING, c)
    packet = make_packet(demo_db, paths, profile, None, MEETING, tmp_path / "pakke")
    packet_file = packet.packet.packet
    # the citizen's access log
    case_id = demo_db.reader().execute("SELECT case_id FROM review LIMIT 1").fetchone()[0]
    access = tmp_path / "adgangslog.pdf"
    access.write_bytes(render_access_log(audit.access_log(demo_db, case_id, profile.user_id)))

    files = [signed, cosigned, packet_file, access]
    findings = preflight(files)
    for f in files:
        codes = {code for code, _details in findings[f.name]}
        if f == packet_file:  # PDF/A-3 allows what PDF/A-1 forbids: the attached originals
            assert PART_NUMBER in codes and codes <= {PART_NUMBER, *PDFA3_EMBEDDED_FILES}, findings[
                f.name
            ]
        elif f == access:  # Typst's colours use ICC version 4 profiles, allowed in PDF/A-2
            codes = {c for c, d in findings[f.name] if (c, d) != ICC_V4}
            assert codes == {PART_NUMBER}, (f.name, findings[f.name])
        else:
            assert codes == {PART_NUMBER}, (f.name, findings[f.name])
        check = qpdf_check(f)
        assert check.returncode == 0, (f.name, check.stdout, check.stderr)
        text = subprocess.run(
            ["pdftotext", str(f), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "Københavns" in text or "København" in text, f.name
    for f in (signed, cosigned):
        text = subprocess.run(
            ["pdftotext", str(f), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "Næste skridt" in text and "Gennemgået af" in text
        _xmp_agrees_with_info(f, "2")
    _xmp_agrees_with_info(packet_file, "3")
    assert pdfsig(signed).count("Signature is Valid") == 1
    assert pdfsig(cosigned).count("Signature is Valid") == 2
    with pikepdf.open(packet_file) as pdf:
        assert len(pdf.Root.AF) == 2
        assert all(spec.AFRelationship == pikepdf.Name.Source for spec in pdf.Root.AF)
