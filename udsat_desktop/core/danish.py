"""Danish formats: sort order (æ, ø, å after z), numbers, dates and yes/no values."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import TypeVar

from udsat_desktop.core.errors import InputError
from udsat_desktop.core.text import Msg

_S = TypeVar("_S", bound=str)

# After "z" (0x7A) come "{", "|", "}" in code point order, so a plain binary comparison of
# the transformed string sorts æ, ø, å last, in that order, as Danish readers expect.
_DANISH_LETTERS = {"æ": "{", "ä": "{", "ø": "|", "ö": "|", "å": "}"}


def _build_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for cp in range(0x80, 0x250):
        ch = chr(cp)
        if ch in _DANISH_LETTERS:
            table[cp] = _DANISH_LETTERS[ch]
            continue
        base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        if base != ch:
            table[cp] = base
    return table


_TABLE = _build_table()


def sort_key(text: str | None) -> str:
    """A key whose binary order is Danish alphabetical order (case- and accent-insensitive).

    "aa" is the old spelling of "å" and sorts with it in names (Aagaard after Zacho).
    """
    if not text:
        return ""
    return text.casefold().translate(_TABLE).replace("aa", "}")


def one_or_many(n: int, one: _S, many: _S) -> _S:
    """Danish number agreement, the one rule for every count the program prints: the singular
    for exactly one (1 sag, -1 sag), the plural for everything else (0 sager, 2 sager). Works on
    `Msg`s too, so both forms are found by the translation catalogue:
    ``one_or_many(n, Msg("{n} ny sag", n=n), Msg("{n} nye sager", n=n))``."""
    return one if abs(n) == 1 else many


def count(n: int, one: str, many: str) -> str:
    """ "1 række", "3 rækker": the number and the noun (phrase) in the form that agrees with it
    (`one_or_many`)."""
    return f"{n} {one_or_many(n, one, many)}"


def format_number(value: float | int, decimals: int = 0) -> str:
    """1234.5 -> '1.234,5' (decimals fixed)."""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


_MONTHS = (
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
)


def format_date(value: dt.date | None, *, long: bool = False) -> str:
    if value is None:
        return ""
    if long:
        return f"{value.day}. {_MONTHS[value.month - 1]} {value.year}"
    return f"{value.day:02d}.{value.month:02d}.{value.year}"


_DATE_PATTERNS = (
    re.compile(r"^(?P<d>\d{1,2})[-./](?P<m>\d{1,2})[-./](?P<y>\d{4})$"),
    re.compile(r"^(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})$"),
    re.compile(r"^(?P<d>\d{1,2})[-./](?P<m>\d{1,2})[-./](?P<y>\d{2})$"),
)
_EXCEL_EPOCH = dt.date(1899, 12, 30)


class ValueProblem(InputError):
    """A cell value that cannot be read; the message is Danish and user-facing."""


def parse_date(value: object) -> dt.date | None:
    """Danish dates as written by people and by Excel; None for an empty cell."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 1 <= value < 2958466:  # an Excel serial date
            return _EXCEL_EPOCH + dt.timedelta(days=int(value))
        raise ValueProblem(Msg("ugyldig dato: {value}", value=value))
    text = str(value).strip()
    if not text:
        return None
    text = text.split(" ")[0] if re.match(r"^\d{4}-\d\d-\d\d[ T]", text) else text
    text = text.split("T")[0]
    for pattern in _DATE_PATTERNS:
        m = pattern.match(text)
        if m:
            year = int(m["y"])
            if year < 100:
                year += 2000 if year < 70 else 1900
            try:
                return dt.date(year, int(m["m"]), int(m["d"]))
            except ValueError:
                raise ValueProblem(Msg("datoen findes ikke: {text}", text=text)) from None
    if re.fullmatch(r"\d{5}", text):
        return parse_date(int(text))
    raise ValueProblem(
        Msg("ugyldig dato: {text} (brug fx 01-05-2025 eller 01.05.2025)", text=repr(text))
    )


_TRUE = {"ja", "j", "x", "1", "sand", "true", "yes", "y", "✓"}
_FALSE = {"nej", "n", "0", "falsk", "false", "no", ""}


def parse_bool(value: object) -> bool:
    if value is None:
        return False
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return value != 0
    text = str(value).strip().casefold()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise ValueProblem(
        Msg(
            "ugyldig ja/nej-værdi: {value} (brug Ja, Nej, x eller tom)",
            value=repr(str(value).strip()),
        )
    )


def parse_percent(value: object) -> float | None:
    """'97', '97 %', '97,5' or 0.97 (an Excel percentage cell) -> 97.0; None when empty."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValueProblem(Msg("ugyldig procent: {value}", value=value))
    if isinstance(value, int | float):
        number = float(value)
        if 0 < number <= 1 and isinstance(value, float):
            number *= 100  # stored as a fraction with percent formatting
    else:
        text = str(value).strip().replace("%", "").replace("\u00a0", "").strip()
        if not text:
            return None
        if re.fullmatch(r"\d{1,3}(\.\d{3})*(,\d+)?|\d+([.,]\d+)?", text) is None:
            raise ValueProblem(
                Msg("procent er ikke et tal: {value}", value=repr(str(value).strip()))
            )
        if "," in text:
            text = text.replace(".", "").replace(",", ".")
        number = float(text)
    if not 0 <= number <= 100:
        raise ValueProblem(
            Msg(
                "procent skal ligge mellem 0 og 100, fandt {number}",
                number=format_number(number, 1),
            )
        )
    return round(number, 1)
