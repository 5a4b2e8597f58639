"""The exact speed-ups inside pyHanko and asn1crypto (reports/pyhanko_speedups.py; issue 31,
item 7) against the libraries' own functions: the same value, the same error and the stream
left at the same place, for hostile and random input; and a whole check gives the same
verdict with them as without, on a genuine summary and on damaged ones."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.queued import pdf_of
from udsat_desktop.flows.signing import sign_review
from udsat_desktop.platform.checklists import bundled_library
from udsat_desktop.reports import pyhanko_speedups, verify
from udsat_desktop.reports.verify import TrustSet, check_pdf
from udsat_desktop.store.demo_reviews import build_demo_reviews
from udsat_desktop.sync.roster.pins import trust_dir

CHUNK = pyhanko_speedups.CHUNK


def outcome(read: Callable[[Any], Any], data: bytes, at: int = 0) -> tuple[Any, ...]:
    """What reading a hex string at `at` gives: (type, value) or (error type, message), and
    where the stream is left."""
    stream = io.BytesIO(data)
    stream.seek(at)
    try:
        got = read(stream)
        return type(got).__name__, bytes(got.original_bytes), stream.tell()
    except Exception as exc:
        return type(exc).__name__, str(exc), stream.tell()


HOSTILE = [
    b"<>",
    b"<  \n\t\r\f\x00 >",
    b"<4142>",
    b"<414>",  # odd: a trailing 0, as pyHanko does
    b"<4 1\n4\r2\x00>rest",
    b"<FEFF00410042>",  # UTF-16 text by its BOM
    b"<EFBBBF41>",
    b"<41 % a comment > with a bracket\n42>",  # the comment's `>` is not the end
    b"<41%>\n42>",
    b"<41 G2>",  # a stray character
    b"<41<42>",
    b"<41)42>",
    b"<4142",  # no end
    b"<",
    b"<   ",
    b"<41 %comment without end",
    b"<" + b"0" * 9218 + b">",  # a signature's reserved room
    b"<" + b"a" * (CHUNK - 2) + b">",  # the end at the last byte of the first piece read
    b"<" + b"a" * (CHUNK - 1) + b">",  # ... at the first byte of the second
    b"<" + b"a" * CHUNK + b">",
    b"<" + b"a" * (CHUNK - 1) + b"%x>\n>",
    b"<" + b"b" * (3 * CHUNK + 7) + b" >>",
]


@pytest.mark.parametrize("data", HOSTILE, ids=range(len(HOSTILE)))
def test_a_hex_string_reads_as_pyhanko_reads_it(data):
    fast = pyhanko_speedups.read_hex_string_from_stream
    assert outcome(fast, data) == outcome(pyhanko_speedups.original("hex"), data)
    # inside a bigger file too: the stream is left where pyHanko leaves it
    framed = b"1 0 obj " + data + b" endobj"
    assert outcome(fast, framed, 8) == outcome(pyhanko_speedups.original("hex"), framed, 8)


@settings(max_examples=600, deadline=None)
@given(
    st.lists(
        st.sampled_from(list(b"07aFg \n\r\x00%><(/")).map(lambda c: bytes([c])),
        max_size=40,
    ).map(b"".join)
)
def test_random_hex_strings_read_as_pyhanko_reads_them(body):
    data = b"<" + body
    fast = pyhanko_speedups.read_hex_string_from_stream
    assert outcome(fast, data) == outcome(pyhanko_speedups.original("hex"), data)


NAMES = [
    "Udsat Desktop",
    "  Søren   Ærø\t",
    "Ｆｕｌｌ ｗｉｄｔｈ",  # NFKC
    "soft\u00adhyphen",
    "",
    "\ue000 private use",  # refused by RFC 4518
    "\u05d0abc",  # right-to-left mixed with left-to-right: refused
    "\u05d0\u05d1",
]


@pytest.mark.parametrize("text", NAMES, ids=range(len(NAMES)))
def test_a_name_is_prepared_as_asn1crypto_prepares_it(text):
    from asn1crypto import x509

    pyhanko_speedups.install()
    ntv = x509.Name.build({"common_name": "x"}).chosen[0][0]
    prep = pyhanko_speedups.original("prep")

    def prepared(fn: Callable[[Any, str], str]) -> tuple[str, str]:
        try:
            return "ok", fn(ntv, text)
        except Exception as exc:
            return type(exc).__name__, str(exc)

    expected = prepared(prep)
    for _ in range(2):  # remembered, and a refusal refused again
        assert prepared(x509.NameTypeAndValue._ldap_string_prep) == expected


def test_installed_once_from_many_threads():
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(8) as pool:
        list(pool.map(lambda _: pyhanko_speedups.install(), range(32)))
    assert pyhanko_speedups.installed_once()


def test_names_compare_as_before():
    from asn1crypto import x509

    pyhanko_speedups.install()

    def name(cn: str) -> Any:
        return x509.Name.build({"common_name": cn, "country_name": "DK"})

    assert name("Søren  Ærø") == name(" søren ærø ")
    assert name("Søren Ærø") != name("Søren Aerø")
    assert name("Ｓøren") == name("Søren")


# the whole check with and without the speed-ups


@pytest.fixture
def signed(demo_db, profile, paths):
    from cryptography import x509

    build_demo_reviews(demo_db, 2, profile.user_id, bundled_library(), seed=5)
    rid = demo_db.reader().execute("SELECT id FROM review WHERE status = 'klar'").fetchone()[0]
    item = sign_review(demo_db, paths, profile, bundled_library(), rid, "nøgle-kode-1")
    own = x509.load_pem_x509_certificate((trust_dir(paths) / f"{profile.user_id}.crt").read_bytes())
    return pdf_of(demo_db, item), TrustSet().merged([own], profile.user_id)


def _plain_context(trust: TrustSet) -> Any:
    """The ValidationContext as it was built before: from the roots, every check."""
    from asn1crypto import x509 as asn1_x509
    from pyhanko_certvalidator import ValidationContext

    return ValidationContext(
        trust_roots=[asn1_x509.Certificate.load(d) for d in trust.roots], allow_fetching=False
    )


@pytest.fixture
def without(monkeypatch) -> Iterator[Callable[[bytes, TrustSet], Any]]:
    """check_pdf with pyHanko's and asn1crypto's own functions and a context from scratch."""
    from asn1crypto import x509
    from pyhanko.pdf_utils import generic

    def check(pdf: bytes, trust: TrustSet) -> Any:
        with monkeypatch.context() as m:
            m.setattr(pyhanko_speedups, "install", lambda: None)
            m.setattr(generic, "read_hex_string_from_stream", pyhanko_speedups.original("hex"))
            m.setattr(x509.NameTypeAndValue, "_ldap_string_prep", pyhanko_speedups.original("prep"))
            m.setattr(verify, "_context", _plain_context)
            return check_pdf(pdf, trust)

    yield check


def _contents_at(pdf: bytes) -> int:
    """Where the signature's hex digits start."""
    at = pdf.rindex(b"/Contents <") + len(b"/Contents <")
    return at


def variants(pdf: bytes) -> Iterator[tuple[str, bytes]]:
    at = _contents_at(pdf)
    yield "genuine", pdf
    yield (
        "a digit of the signature changed",
        pdf[: at + 300] + (b"1" if pdf[at + 300 : at + 301] != b"1" else b"2") + pdf[at + 301 :],
    )
    yield "a stray character in it", pdf[: at + 40] + b"G" + pdf[at + 41 :]
    yield "a comment in it", pdf[: at + 40] + b"%" + pdf[at + 41 :]
    yield "its end moved", pdf[: at + 40] + b">" + pdf[at + 41 :]
    end = pdf.index(b">", at)
    yield "a zero of the room made whitespace", pdf[: end - 1] + b" " + pdf[end:]
    yield "cut in the signature", pdf[: at + 100]
    yield "content changed", pdf.replace(b"/Keywords (", b"/Keywords (x", 1)


@pytest.mark.expected_log(r"signature not valid|pyhanko|reading the PDF|signature check failed")
def test_the_check_says_the_same_with_and_without_the_speed_ups(signed, without):
    pdf, trust = signed
    seen = set()
    for name, data in variants(pdf):
        fast = check_pdf(data, trust)
        slow = without(data, trust)
        assert fast.reports == slow.reports, name
        assert fast.keywords == slow.keywords, name
        seen.add(fast.verdict)
    # the variants reach more than one verdict: the comparison is not of one answer only
    assert verify.Verdict.TRUSTED in seen and len(seen) > 1
    # a stranger's roots: the shared anchors are per set of roots
    stranger = TrustSet()
    assert check_pdf(pdf, stranger).reports == without(pdf, stranger).reports
    assert check_pdf(pdf, stranger).verdict is verify.Verdict.UNKNOWN_SIGNER
