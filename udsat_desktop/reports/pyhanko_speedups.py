"""Two exact speed-ups inside the libraries a PDF check runs (issue 31, item 7): the one place
where this product changes pyHanko's and asn1crypto's internals. Each replaces a function by
one that returns the same value, leaves the stream where the original leaves it and raises
what it raises, for every input; tests/reports/test_pyhanko_speedups.py compares both with
the originals on hostile and random inputs. Nothing in a check is skipped or trusted more.

- **Hex strings** (`pyhanko.pdf_utils.generic.read_hex_string_from_stream`). pyHanko's
  tokenizer reads a hex string one digit per Python call (two generator steps and a
  whitespace loop a digit). A signature's /Contents is one: 9,218 digits in a summary signed
  with 4 KB of room, about half of the CPU of a whole check. The fast path reads up to the
  first `>` in one piece and takes it only when everything before it is hex digits and PDF
  whitespace, which the original reads digit by digit to the same bytes and the same end.
  Anything else there (a comment, whose text may itself hold a `>`; a stray character; the
  end of the file) goes to pyHanko's own function from the string's start.
- **Name comparison** (`asn1crypto.x509.NameTypeAndValue._ldap_string_prep`). Comparing the
  signer certificate's issuer with the ESS signing-certificate attribute (three times a
  signature) prepares every name part by RFC 4518 string preparation; the preparation is a
  pure function of the text (it reads no object state), so its results are remembered per
  process for the most recent texts (a bounded LRU: hostile names cannot grow it). A text
  the preparation refuses raises again each time (exceptions are not remembered).

`install()` is called by the check before pyHanko reads a file; it is idempotent.
"""

from __future__ import annotations

import binascii
import functools
import threading
from typing import Any

CHUNK = 16384  # bytes read at a time while looking for a hex string's end
PREPARED = 4096  # name texts whose preparation is remembered

_ORIGINAL: dict[str, Any] = {}


_INSTALLING = threading.Lock()


def install() -> None:
    """Both speed-ups in place (once per process; checks may run in several threads)."""
    if "prep" in _ORIGINAL:
        return
    from asn1crypto import x509
    from pyhanko.pdf_utils import generic

    with _INSTALLING:
        if "prep" in _ORIGINAL:
            return
        _ORIGINAL["hex"] = generic.read_hex_string_from_stream
        generic.read_hex_string_from_stream = read_hex_string_from_stream
        _ORIGINAL["prep"] = x509.NameTypeAndValue._ldap_string_prep
        x509.NameTypeAndValue._ldap_string_prep = _ldap_string_prep


def original(name: str) -> Any:
    """The library's own function a speed-up replaced ("hex" or "prep"; for the tests)."""
    install()
    return _ORIGINAL[name]


def installed_once() -> bool:
    """Whether pyHanko's and asn1crypto's functions are ours, and the originals kept are
    theirs (never ours: a fallback to an original must not reach the speed-up again)."""
    from asn1crypto import x509
    from pyhanko.pdf_utils import generic

    return (
        generic.read_hex_string_from_stream is read_hex_string_from_stream
        and x509.NameTypeAndValue._ldap_string_prep is _ldap_string_prep
        and _ORIGINAL["hex"] is not read_hex_string_from_stream
        and _ORIGINAL["prep"] is not _ldap_string_prep
    )


def read_hex_string_from_stream(stream: Any) -> Any:
    """pyHanko's `read_hex_string_from_stream`, reading a plain hex string in one piece."""
    from pyhanko.pdf_utils.generic import HEX_DIGITS, pdf_string
    from pyhanko.pdf_utils.misc import PDF_WHITESPACE

    start = stream.tell()
    stream.read(1)  # the `<` (not looked at, as in the original)
    body = b""
    end = -1
    while end < 0:
        chunk = stream.read(CHUNK)
        if not chunk:
            break
        found = chunk.find(b">")
        end = len(body) + found if found >= 0 else -1
        body += chunk
    if end >= 0:
        digits = body[:end].translate(None, PDF_WHITESPACE)
        if not digits.translate(None, HEX_DIGITS):
            stream.seek(start + 1 + end + 1)
            odd = len(digits) % 2 == 1
            return pdf_string(binascii.unhexlify(digits + (b"0" if odd else b"")))
    stream.seek(start)  # not plain hex digits up to a `>`: pyHanko's own reading
    return _ORIGINAL["hex"](stream)


@functools.lru_cache(maxsize=PREPARED)
def _prepared(text: str) -> str:
    result: str = _ORIGINAL["prep"](None, text)
    return result


def _ldap_string_prep(self: Any, string: Any) -> Any:
    """asn1crypto's RFC 4518 preparation of a name's text, remembered per text."""
    if type(string) is not str:  # what the original makes of anything else, unchanged
        return _ORIGINAL["prep"](self, string)
    return _prepared(string)
