"""Bad input, fuzzed: the importer, the template loader, the review-record ingester and the
verifier get random and broken input. Every problem is one of the program's own, clearly
worded errors (never a crash), and nothing is written half-way.

UDSAT_FUZZ_EXAMPLES sets the examples per property (default 40; `make test-long` runs 400).
The runs are derandomized (the same examples every time; Hypothesis then keeps no example
database), so a case found by a longer run is kept as an explicit `@example`, which every run,
`make test` included, replays.
"""

from __future__ import annotations

import io
import json
import logging
import os
import tempfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.conftest import PASSPHRASE, SAMPLE_CSV
from udsat_desktop.core.checklist.library import load_template
from udsat_desktop.core.checklist.model import TemplateError
from udsat_desktop.core.checklist.parse import parse_template
from udsat_desktop.core.status import Organisation, Role
from udsat_desktop.core.target_list import ImportFileError
from udsat_desktop.platform.paths import resolve
from udsat_desktop.reports.signing import Verdict, verify_pdf
from udsat_desktop.store.importer import import_table, prepare_import
from udsat_desktop.store.lifecycle import initialise

EXAMPLES = int(os.environ.get("UDSAT_FUZZ_EXAMPLES", "40"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

cells = st.one_of(
    st.text(max_size=40),
    st.sampled_from(
        [
            "010180-1234",
            "31.02.90",
            '=HYPERLINK("http://x","klik")',
            "+1+1",
            "@SUM(A1)",
            "92,5",
            "ja",
            "",
            " ",
            '"',
            ";",
            "æøå",
            "x" * 5000,
        ]
    ),
)
rows = st.lists(st.lists(cells, min_size=1, max_size=8), min_size=0, max_size=12)
HEADERS = ["CPR-nr.", "Navn", "Ydelse", "Ledighed %", "Sagsbehandler", "Jobcenter"]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    paths = resolve(tmp_path_factory.mktemp("fuzz") / "data").ensure()
    db, profile = initialise(
        paths, PASSPHRASE, "Fuzz Test", "FT", Organisation.BIF, Role.COORDINATOR
    )
    yield db, profile, paths
    db.close()


def _csv(header: list[str], body: list[list[str]], encoding: str, sep: str) -> bytes:
    lines = [sep.join(header)] + [sep.join(r) for r in body]
    return "\r\n".join(lines).encode(encoding, errors="replace")


def _quick_check(db) -> str:
    """On a fresh connection: SQLite's check of an FTS5 table reports a "checksum mismatch" on
    a connection whose cached FTS structure predates another connection's write (the data are
    fine: a fresh connection, or any search on the same one, sees the current index)."""
    from udsat_desktop.store.db import connect_raw

    con = connect_raw(db.path, db._key)
    try:
        return str(con.execute("PRAGMA quick_check").fetchone()[0])
    finally:
        con.close()


def _import(store, data: bytes, suffix: str) -> None:
    db, profile, paths = store
    before = db.reader().execute('SELECT count(*) FROM "case"').fetchone()[0]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"liste{suffix}"
        path.write_bytes(data)
        try:
            table, mapping = prepare_import(path, paths.config)
        except ImportFileError as exc:  # includes MappingNeeded
            assert str(exc).strip()
            assert db.reader().execute('SELECT count(*) FROM "case"').fetchone()[0] == before
            return
        summary = import_table(db, table, mapping, source_name=path.name, user_id=profile.user_id)
    after = db.reader().execute('SELECT count(*) FROM "case"').fetchone()[0]
    assert after == before + summary.imported
    for problem in summary.rejected:
        assert problem.reason.strip() and problem.row >= 1
    assert _quick_check(db) == "ok"


@FUZZ
@given(
    body=rows,
    encoding=st.sampled_from(["utf-8", "cp1252", "utf-16", "utf-8-sig"]),
    sep=st.sampled_from([";", ",", "\t"]),
    header=st.booleans(),
)
def test_import_csv_never_crashes(store, body, encoding, sep, header):
    _import(store, _csv(HEADERS if header else [], body, encoding, sep), ".csv")


@FUZZ
@given(data=st.binary(max_size=3000), suffix=st.sampled_from([".csv", ".xlsx", ".xls", ""]))
def test_import_random_bytes_never_crashes(store, data, suffix):
    _import(store, data, suffix)


def _xlsx(body: list[list[str]]) -> bytes:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(HEADERS)
    for row in body:  # Excel files cannot hold control characters at all
        ws.append([ILLEGAL_CHARACTERS_RE.sub("", c) for c in row])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


@FUZZ
@given(body=rows, cut=st.floats(min_value=0.05, max_value=1.0))
def test_import_xlsx_whole_or_truncated_never_crashes(store, body, cut):
    data = _xlsx(body)
    _import(store, data[: max(1, int(len(data) * cut))], ".xlsx")


def test_control_characters_in_imported_data_do_not_break_the_export(store, tmp_path):
    from udsat_desktop.flows.workbook import write_workbook

    db, _profile, _paths = store
    # (a name with a control character is refused at import: test_hostile_imports.py)
    _import(
        store,
        _csv(
            HEADERS, [["010180-1234", "Ane Jensen", "x", "90", "y", "Enhed\x07 Syd"]], "utf-8", ";"
        ),
        ".csv",
    )
    write_workbook(db, tmp_path / "ud.xlsx")
    units = {c.value for c in openpyxl.load_workbook(tmp_path / "ud.xlsx")["Sager"]["C"]}
    assert "Enhed Syd" in units


def test_formulas_are_stored_as_text_and_never_exported_live(store, tmp_path):
    from udsat_desktop.flows.workbook import write_workbook

    db, _profile, _paths = store
    hostile = '=HYPERLINK("http://evil.example","klik")'
    text = SAMPLE_CSV.read_bytes().decode("cp1252")
    lines = text.splitlines()
    header_at = next(i for i, ln in enumerate(lines) if "CPR" in ln.upper())
    cols = lines[header_at].split(";")
    unit_col = next(
        i for i, c in enumerate(cols) if "enhed" in c.lower() or "jobcenter" in c.lower()
    )
    first = lines[header_at + 1].split(";")
    first[unit_col] = hostile
    lines[header_at + 1] = ";".join(first)
    _import(store, "\r\n".join(lines).encode("cp1252"), ".csv")
    assert (
        db.reader()
        .execute('SELECT count(*) FROM "case" WHERE jobcenter_unit = ?', (hostile,))
        .fetchone()[0]
        == 1
    )
    path = tmp_path / "ud.xlsx"
    write_workbook(db, path)
    wb = openpyxl.load_workbook(path)
    found = [c for ws in wb for row in ws.iter_rows() for c in row if c.value == hostile]
    assert found and all(c.data_type == "s" for c in found)
    assert not [c for ws in wb for row in ws.iter_rows() for c in row if c.data_type == "f"]


json_values = st.recursive(
    st.one_of(
        st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=30)
    ),
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=12), inner, max_size=5)
    ),
    max_leaves=25,
)


@FUZZ
@given(raw=json_values)
def test_template_loader_reports_every_problem_as_a_template_error(raw):
    try:
        parse_template(raw, "fuzz.yaml")
    except TemplateError as exc:
        assert str(exc).startswith("fuzz.yaml")


@FUZZ
@given(text=st.text(max_size=400))
def test_template_loader_on_random_yaml_text(text, tmp_path_factory):
    path = tmp_path_factory.mktemp("tpl") / "broken.yaml"
    path.write_text(text, encoding="utf-8")
    try:
        load_template(path)
    except TemplateError as exc:
        assert "broken.yaml" in str(exc)


@FUZZ
@given(record=json_values, raw=st.binary(max_size=200))
def test_ingest_reports_broken_records_and_keeps_going(store, record, raw):
    from udsat_desktop.sync.ingest import ingest

    db, profile, paths = store
    with tempfile.TemporaryDirectory() as tmp:
        share = Path(tmp)
        from udsat_desktop.sync.share import remember_share_id, set_up_share

        remember_share_id(paths.config, set_up_share(share))  # this example's share
        (share / "records" / "R-FUZZ1.json").write_text(json.dumps(record), encoding="utf-8")
        (share / "records" / "R-FUZZ2.json").write_bytes(raw)
        before = db.reader().execute("SELECT count(*) FROM ingested_record").fetchone()[0]
        report = ingest(db, paths, profile, share)
        after = db.reader().execute("SELECT count(*) FROM ingested_record").fetchone()[0]
    assert after == before  # nothing half-read is stored
    assert len(report.problems) == 2 and all(msg for _n, msg in report.problems)


@pytest.fixture(scope="module")
def signed_pdf(tmp_path_factory) -> bytes:
    from tests.reports.test_summary_and_signing import render_summary_stub
    from udsat_desktop.reports.signing import Identity, create_key, sign_pdf

    key = tmp_path_factory.mktemp("k") / "k.p12"
    who = Identity("Fuzz Test", "BIF", "FT", "Gennemgår sager")
    create_key(key, who, "fuzz-kode-1")
    return sign_pdf(render_summary_stub(), key, "fuzz-kode-1", who)


@FUZZ
@given(data=st.binary(max_size=2000))
def test_verifier_on_random_bytes(data):
    for report in verify_pdf(data, []):
        assert report.verdict in (Verdict.MODIFIED, Verdict.UNSIGNED)


class _SkippedSignatures(logging.Handler):
    """Counts pyHanko's "unsupported SubFilter ...; ignoring": a signature it leaves out."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += "unsupported SubFilter" in record.getMessage()


def _verify_counting_skipped(data: bytes) -> tuple[list, int]:
    logger = logging.getLogger("pyhanko.sign.validation.pdf_embedded")
    skipped = _SkippedSignatures()
    logger.addHandler(skipped)
    try:
        return verify_pdf(data, []), skipped.count
    finally:
        logger.removeHandler(skipped)


# Where a byte is flipped: anywhere (""), or counted from the start of one of the signature's
# own entries, so that the signature dictionary gets its share of the examples and a case
# found there replays at the same place in any newly signed file (byte offsets differ a little
# from one key to the next).
ANCHORS = ("", "/SubFilter", "/ByteRange", "/Contents <", "/FT", "/AcroForm", "/Type /Sig")


@pytest.mark.expected_log(r"WARNING pyhanko.sign.validation.pdf_embedded: .*unsupported SubFilter")
@FUZZ
@given(
    cut=st.floats(min_value=0.0, max_value=0.999),
    flip=st.integers(min_value=0),
    near=st.sampled_from(ANCHORS),
)
# found with 2,000 examples (issue 35): /ETSI.CAdeS.detached, pyHanko skipped the signature
@example(cut=0.5, flip=len("/SubFilter /ETSI.CAd"), near="/SubFilter")
@example(cut=0.5, flip=len("/SubFilter /ETSI.CAdES.detach"), near="/SubFilter")
@example(cut=0.5, flip=len("/SubFilt"), near="/SubFilter")  # the key itself: no /SubFilter
def test_verifier_on_truncated_or_flipped_signed_pdfs(signed_pdf, cut, flip, near):
    truncated = signed_pdf[: int(len(signed_pdf) * cut)]
    assert all(r.verdict is not Verdict.TRUSTED for r in verify_pdf(truncated, []))
    flipped = bytearray(signed_pdf)
    start = signed_pdf.find(near.encode()) if near else 0
    assert start >= 0
    flipped[(start + flip) % len(flipped)] ^= 0x20
    reports, skipped = _verify_counting_skipped(bytes(flipped))
    for report in reports:
        assert report.verdict in (Verdict.MODIFIED, Verdict.UNSIGNED, Verdict.UNKNOWN_SIGNER)
    if skipped:  # a signature pyHanko leaves out is reported as changed, never left out
        assert any(
            r.verdict is Verdict.MODIFIED
            and r.reason == "underskriftens type er ukendt eller beskadiget"
            for r in reports
        )
