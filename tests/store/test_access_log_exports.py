"""The citizen's access log says truly what each export was (issue 30, item 7).

A journal export carries the citizen's name and CPR number to the municipality's ESDH; the
management workbook carries neither; a meeting packet, a print and a single summary written
out are other accesses again. Each has its own sentence and purpose in the rendered log (read
back with poppler's `pdftotext`), and an export of a kind the log does not know gets a
cautious sentence of its own, never the management extract's "uden navn og CPR-nummer"."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest

import udsat_desktop
from udsat_desktop.core.auditlog import (
    EXPORT_JOURNAL,
    EXPORT_MANAGEMENT,
    EXPORT_SUMMARY,
    EXPORT_WHAT,
    AccessLog,
    LogEntry,
    access_lines,
)
from udsat_desktop.flows.journal import export_journal
from udsat_desktop.flows.signing import sign_ready
from udsat_desktop.platform.checklists import bundled_library
from udsat_desktop.reports.access_log import render_access_log
from udsat_desktop.store import audit
from udsat_desktop.store.demo_reviews import build_demo_reviews
from udsat_desktop.store.queue import CaseFilter, CaseQueue

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils missing")

MANAGEMENT = "Din sag indgik i et udtræk til ledelsen (uden navn og CPR-nummer)"
# (what, purpose) the citizen reads for each kind of access that takes their data out
EXPECTED = {
    "journal": (
        "Den underskrevne sammenfatning af din sag blev udtrukket med dit navn og CPR-nummer "
        "til kommunens journalsystem (ESDH)",
        "Journalisering: sammenfatningen skal ligge på din sag i kommunen",
    ),
    "management": (MANAGEMENT, "Opgørelse af taskforcens fremdrift"),
    "packet": (
        "Sammenfatningen af din sag indgik i en mødepakke: møde den 03.12.2026",
        "Forberede et møde om din sag",
    ),
    "print": (
        "Oplysninger om din sag blev udskrevet: 3 sider",
        "Udskrift til brug i sagsbehandlingen",
    ),
    "summary": (
        "Den underskrevne sammenfatning af din sag blev gemt som en fil uden for Udsat Desktop",
        "Brug af sammenfatningen i sagsbehandlingen",
    ),
    "unknown": (
        "Oplysninger om din sag indgik i et udtræk fra Udsat Desktop (udtrækket kan have "
        "indeholdt dit navn og CPR-nummer)",
        "Brug af oplysningerne uden for Udsat Desktop i taskforcens arbejde",
    ),
}


def table_text(pdf: bytes) -> str:
    """The rendered table's text in content order (a line broken at a word's own hyphen joined
    again), from after the header row to the page footer."""
    raw = subprocess.run(
        ["pdftotext", "-raw", "-", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode("utf-8")
    text = " ".join(re.sub(r"-\n", "-", raw).split())
    return text.split("Formål", 1)[1].rsplit("Adgangslog · sag", 1)[0].strip()


def test_each_kind_of_export_has_its_own_sentence_and_purpose_in_the_rendered_log(demo_db, profile):
    case, other = CaseQueue(demo_db).page(CaseFilter(), limit=2)
    user = profile.user_id
    # as the program writes them (flows/journal.py, the dashboard, flows/packets.py,
    # ui/common/printing.py, cli_summary.py), and an export of a kind not known here
    audit.append_now(demo_db, user, "export", case.id, kind=EXPORT_JOURNAL, review="R-1")
    audit.append_now(demo_db, user, "export", None, kind=EXPORT_MANAGEMENT, cases=audit.ALL_CASES)
    audit.append_now(
        demo_db, user, "meeting.packet", None, meeting="2026-12-03", cases=[case.id, other.id]
    )
    audit.append_now(demo_db, user, "print", None, file="x.pdf", pages=3, cases=[case.id])
    audit.append_now(demo_db, user, "export", case.id, kind=EXPORT_SUMMARY)
    audit.append_now(demo_db, user, "export", case.id, kind="csv-til-statistik")

    log = audit.access_log(demo_db, case.id, user)
    lines = log.lines[-len(EXPECTED) :]
    assert [(line.what, line.purpose) for line in lines] == list(EXPECTED.values())
    # the rendered PDF says the same, row by row: its table ends with these six rows
    rows = [
        f"{line.when} {line.who} {what} {purpose}"
        for line, (what, purpose) in zip(lines, EXPECTED.values(), strict=True)
    ]
    text = table_text(render_access_log(log))
    assert text.endswith(" ".join(rows)), text
    # the one sentence claiming "no name and CPR number" is the management extract's
    assert text.count("uden navn og CPR-nummer") == 1


@pytest.mark.parametrize("details", [{"kind": "xlsx"}, {}, {"kind": 7}, {"kind": None}])
def test_an_export_of_an_unknown_or_missing_kind_is_never_called_the_management_extract(
    details,
):
    at = dt.datetime(2026, 11, 2, 9, 0, tzinfo=dt.UTC)
    log = AccessLog("K", "N", "x", [LogEntry(1, at, "a", "export", 1, details)], {"a": "Ann"})
    (line,) = access_lines(log)
    assert (line.what, line.purpose) == EXPECTED["unknown"]
    assert MANAGEMENT not in line.what


def test_a_real_journal_export_reads_as_one_with_name_and_cpr(demo_db, profile, paths, tmp_path):
    lib = bundled_library()
    build_demo_reviews(demo_db, 1, profile.user_id, lib, seed=71, all_ready=True)
    (item,) = sign_ready(demo_db, paths, profile, lib, "nøgle-kode-1", workers=1)
    export_journal(demo_db, paths, profile, None, tmp_path / "journal")
    case_id = (
        demo_db.reader()
        .execute('SELECT id FROM "case" WHERE case_key = ?', (item.case_key,))
        .fetchone()[0]
    )
    log = audit.access_log(demo_db, case_id, profile.user_id)
    exports = [line for line in log.lines if "udtræk" in line.what or "udtrukket" in line.what]
    assert [(line.what, line.purpose) for line in exports] == [EXPECTED["journal"]]


def test_every_kind_the_program_exports_has_its_own_sentence():
    """A new kind of export added to the code without a sentence fails here (it would read
    as the cautious generic one, which is true but says less than the citizen is owed)."""
    root = Path(udsat_desktop.__file__).parent
    constants = {"EXPORT_JOURNAL", "EXPORT_MANAGEMENT", "EXPORT_SUMMARY"}
    found: list[tuple[str, str]] = []
    for path in root.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        for call in re.finditer(r"append(?:_now)?\(([^()]*?)\"export\",(.*?)\)", source, re.S):
            kind = re.search(r"kind=(\"?[\w-]+\"?)", call.group(2))
            assert kind, f"{path.name}: an export audited without its kind"
            found.append((path.name, kind.group(1)))
    assert len(found) >= 3, found  # journal, management workbook, summary
    for name, kind in found:
        assert kind in constants or kind.strip('"') in EXPORT_WHAT, (name, kind)
