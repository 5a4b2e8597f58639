"""Hostile bytes in every kind of file read from the share (issue 28, point 2): nested
brackets, numbers of thousands of digits, NaN and Infinity, invalid UTF-8, a key twice, a list
or a string where an object belongs, random bytes and well-formed JSON of the wrong shape.
Each reader answers with its own Danish reason (or ignores the file, saying so); no exception
escapes, and nothing is believed.

UDSAT_FUZZ_EXAMPLES sets the examples per property (default 40).
"""

from __future__ import annotations

import json
import os
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import PASSPHRASE
from udsat_desktop.core import bounded_json
from udsat_desktop.core.errors import UserError
from udsat_desktop.core.status import Organisation, Role
from udsat_desktop.platform.paths import resolve
from udsat_desktop.store.lifecycle import initialise
from udsat_desktop.sync import audit_heads, roster, sealed, trust
from udsat_desktop.sync import share as share_mod
from udsat_desktop.sync.assignments import _open_assignment, pull_assignments
from udsat_desktop.sync.claims import _read_claim, claim_target
from udsat_desktop.sync.ingest import ingest
from udsat_desktop.sync.keys import encryption_key
from udsat_desktop.sync.layout import KIND_RECORD
from udsat_desktop.sync.report import SyncReport
from udsat_desktop.sync.roster import enrolment, exchange
from udsat_desktop.sync.share import marker as share_marker

# a refused file is logged (the folder only) as it should be
pytestmark = pytest.mark.expected_log(r"file on the share refused", r"local roster")

EXAMPLES = int(os.environ.get("UDSAT_FUZZ_EXAMPLES", "40"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# what Python's own parsers and a crash would say; a reason shown to the user never does
NOT_DANISH = re.compile(
    r"Expecting|line \d+ column|codec|recursion|Traceback|has no attribute|object is not|"
    r"unhashable|invalid literal|Extra data|Unterminated|NoneType",
    re.IGNORECASE,
)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=12,
)


def _deep(n: int, inner: bytes = b"1") -> bytes:
    return b'{"a":' * n + inner + b"}" * n


hostile = st.one_of(
    st.integers(33, 100_000).map(lambda n: b"[" * n),
    st.integers(33, 3_000).map(lambda n: b"[" * n + b"]" * n),
    st.integers(33, 3_000).map(
        lambda n: b'{"format":"udsat-signed/1","kind":"udsat-roster/1","payload":' + _deep(n) + b"}"
    ),
    st.integers(101, 20_000).map(lambda n: b'{"version":' + b"9" * n + b"}"),
    st.integers(101, 5_000).map(lambda n: b'{"version":1.' + b"5" * n + b"}"),
    st.sampled_from(
        [
            b'{"a":NaN}',
            b'{"a":Infinity}',
            b'{"a":-Infinity}',
            b'{"a":1e999}',
            b'{"format":"udsat-signed/1","format":"udsat-signed/1"}',
            b'{"format":"udsat-share/1","share_id":"a","share_id":"b"}',
            b"[]",
            b'"udsat-signed/1"',
            b"1",
            b"null",
            b"true",
            b"\xff\xfe{}",
            b'{"a":"\xc3\x28"}',
            b'{"a":"\xed\xa0\x80"}',
            b"",
            b"{",
            b"\x00" * 64,
            b'{"format":"udsat-signed/1","kind":"udsat-roster/1","payload":[]}',
            b'{"format":"udsat-signed/1","kind":"udsat-roster/1","payload":{},"signer":1}',
        ]
    ),
    st.binary(max_size=300),
    json_values.map(lambda v: json.dumps(v).encode()),
    st.fixed_dictionaries(
        {
            "format": st.sampled_from(["udsat-signed/1", "udsat-share/1", "udsat-sealed/1"]),
            "kind": st.sampled_from(
                [roster.ROSTER_KIND, roster.REQUEST_KIND, "udsat-claim/1", "udsat-assignment/1"]
            ),
            "payload": json_values,
            "signer": json_values,
            "signature": json_values,
            "share_id": json_values,
            "head": json_values,
        }
    ).map(lambda d: json.dumps(d).encode()),
)


def danish(reason: object) -> None:
    text = str(reason)
    assert text.strip(), "an empty reason"
    assert not NOT_DANISH.search(text), text


def refused(fn, *args, errors=(UserError,), **kwargs):
    """Run a reader: it may return; if it raises, it is its own error with a Danish reason."""
    try:
        return fn(*args, **kwargs)
    except errors as exc:
        danish(exc)
        return None


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    paths = resolve(root / "data").ensure()
    db, profile = initialise(
        paths, PASSPHRASE, "Koordinator Kim", "KK", Organisation.BIF, Role.COORDINATOR
    )
    share = root / "share"
    share.mkdir()
    share_mod.set_up_share(share)
    (share / "team").mkdir()
    yield db, profile, paths, share
    db.close()


@FUZZ
@given(data=hostile)
def test_the_bounded_reader_says_why_in_danish(data):
    try:
        value = bounded_json.loads(data)
    except bounded_json.BadJson as exc:
        danish(exc)
        return
    assert isinstance(value, dict)


@FUZZ
@given(data=hostile)
def test_a_hostile_marker_is_called_that(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("marker")
    (folder / share_mod.MARKER).write_bytes(data)
    found, why = share_marker._marker(folder)
    if found is None:
        danish(why)
        with pytest.raises(share_mod.NotAShare) as caught:
            share_mod.check_share(folder)
        danish(caught.value)
        assert "afvist" in str(caught.value)


@FUZZ
@given(data=hostile)
def test_hostile_envelopes_of_every_kind_are_refused(data):
    for kind in (roster.ROSTER_KIND, roster.REQUEST_KIND, "udsat-claim/1", "udsat-assignment/1"):
        assert refused(trust.open_envelope, data, kind, errors=(trust.TrustError,)) is None


@FUZZ
@given(data=hostile)
def test_hostile_rosters_and_requests_are_named_and_skipped(store, data):
    _db, _profile, paths, share = store
    roster.pin(paths, "a" * 64)  # someone is trusted, so the rosters are read
    target = share / "team" / "roster-000007.json"
    request = share / "reviewers" / "ond-0001.json"
    target.write_bytes(data)
    request.write_bytes(data)
    try:
        held, problems = exchange.refresh(paths, share)
        assert held is None
        assert [name for name, _ in problems] == [target.name]
        danish(problems[0][1])
        found, problems = enrolment.requests(share, None)
        assert not found and [name for name, _ in problems] == [request.name]
        danish(problems[0][1])
        assert refused(enrolment.read_request, request, errors=(trust.TrustError,)) is None
    finally:
        target.unlink()
        request.unlink()


@FUZZ
@given(data=hostile)
def test_hostile_sealed_files_are_refused(store, data):
    db, _profile, _paths, _share = store
    private = encryption_key(db)
    assert refused(sealed.open_sealed, private, data, errors=(sealed.SealError,)) is None
    framed = sealed.MAGIC + len(data).to_bytes(4, "big") + data + b"\x00" * 16
    for blob in (data, framed):
        refused(
            sealed.unseal_share_file,
            private,
            blob,
            name="records/x.json",
            kind=KIND_RECORD,
            errors=(sealed.SealError,),
        )


@FUZZ
@given(data=hostile)
def test_hostile_audit_heads_are_refused(store, data):
    db, _profile, _paths, _share = store
    key = audit_heads.audit_key(db).public_key()
    with pytest.raises(ValueError) as caught:
        audit_heads._parse_head(data, key)
    danish(caught.value)


@settings(FUZZ, max_examples=max(10, EXAMPLES // 2))
@given(data=hostile)
def test_hostile_claims_and_assignments_count_for_nothing(store, data):
    db, profile, _paths, share = store
    claim = claim_target(share, "sag-0001") / share_mod.CLAIM_FILE
    claim.parent.mkdir(parents=True, exist_ok=True)
    claim.write_bytes(data)
    try:
        holder, _at = _read_claim(db, claim.parent, share)
        assert holder in ("", None)
    finally:
        claim.unlink()
    batch = share / "assignments" / profile.user_id / "20260101T000000-aaaaaa.json"
    batch.parent.mkdir(parents=True, exist_ok=True)
    batch.write_bytes(data)
    with pytest.raises((trust.TrustError, sealed.SealError)) as caught:
        _open_assignment(db, profile, batch, data)
    danish(caught.value)
    report = SyncReport()
    pull_assignments(db, profile, share, report)
    assert report.assignments == 0
    assert [name for name, _ in report.refused] == [f"assignments/{profile.user_id}/{batch.name}"]
    danish(report.refused[0][1])
    batch.unlink()


@settings(FUZZ, max_examples=max(8, EXAMPLES // 4))
@given(data=hostile)
def test_a_hostile_record_is_one_problem_of_the_ingest(store, data):
    db, profile, paths, share = store
    paths.config.mkdir(parents=True, exist_ok=True)
    record = share / "records" / "2026" / "01" / "R-0000000000DD.json"
    record.parent.mkdir(parents=True, exist_ok=True)
    record.write_bytes(data)
    try:
        report = ingest(db, paths, profile, share, full=True)
    finally:
        record.unlink()
    named = [name for name, _ in [*report.problems, *report.refused]]
    assert named == [record.name], report
    danish([*report.problems, *report.refused][0][1])
