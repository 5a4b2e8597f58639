"""CPR numbers: validation (date part required, modulus 11 a warning), masking, synthesis.

The modulus-11 check is only a warning: CPR numbers without it have been issued since
2007 and must never be rejected (DOMAIN.md §5).
"""

from __future__ import annotations

import datetime as dt
import operator
import random
import re
from dataclasses import dataclass

from udsat_desktop.core.errors import InputError
from udsat_desktop.core.text import Msg

_WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)


class CprError(InputError):
    """A CPR number that cannot be accepted; the message is Danish and user-facing."""


@dataclass(slots=True)
class Cpr:
    number: str  # formatted DDMMYY-SSSS
    birth_date: dt.date
    is_male: bool
    modulus11_ok: bool

    @property
    def digits(self) -> str:
        return self.number.replace("-", "")

    @property
    def masked(self) -> str:
        return mask_cpr(self.number)


def compact(raw: str) -> str:
    return re.sub(r"[\s\-.]", "", raw or "")


def modulus11_ok(digits: str) -> bool:
    total: int = sum(map(operator.mul, map(int, digits), _WEIGHTS))
    return total % 11 == 0


_PLAIN = re.compile(r"(\d{6})-?(\d{4})")


def birth_date(digits: str) -> dt.date:
    """The date part with its century from the 7th digit (the rules python-stdnum uses;
    `tests/core/test_cpr.py` checks that both agree). Raises ValueError for a non-date."""
    day, month, year = int(digits[0:2]), int(digits[2:4]), int(digits[4:6])
    seventh = digits[6]
    if seventh in "5678" and year >= 58:
        year += 1800
    elif seventh in "0123" or (seventh in "49" and year >= 37):
        year += 1900
    else:
        year += 2000
    return dt.date(year, month, day)


def parse_cpr(raw: object, *, today: dt.date | None = None) -> Cpr:
    """Validate and normalise a CPR number; raises CprError with a Danish reason."""
    if isinstance(raw, str):
        plain = _PLAIN.fullmatch(raw.strip())
        if plain:  # the common case, without the general clean-up below
            return _checked(plain[1] + plain[2], today)
    text = "" if raw is None else str(raw).strip()
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        # Excel strips the leading zero of a CPR number stored as a number.
        text = f"{int(raw):010d}"
    digits = compact(text)
    if not digits:
        raise CprError(Msg("CPR-nummer mangler"))
    if not digits.isdigit():
        raise CprError(
            Msg(
                "CPR-nummeret må kun indeholde cifre ({masked_raw})", masked_raw=_masked_raw(digits)
            )
        )
    if len(digits) == 9:
        digits = "0" + digits  # leading zero lost in a spreadsheet
    if len(digits) != 10:
        raise CprError(
            Msg("CPR-nummeret skal have 10 cifre, fandt {digits_count}", digits_count=len(digits))
        )
    return _checked(digits, today)


def _checked(digits: str, today: dt.date | None) -> Cpr:
    try:
        birth = birth_date(digits)
    except ValueError:
        raise CprError(
            Msg(
                "CPR-nummerets fødselsdato findes ikke ({digits}.{digits2}.{digits3})",
                digits=digits[:2],
                digits2=digits[2:4],
                digits3=digits[4:6],
            )
        ) from None
    if birth > (today or dt.date.today()):
        raise CprError(Msg("CPR-nummerets fødselsdato ligger i fremtiden"))
    return Cpr(
        number=f"{digits[:6]}-{digits[6:]}",
        birth_date=birth,
        is_male=int(digits[9]) % 2 == 1,
        modulus11_ok=modulus11_ok(digits),
    )


def _masked_raw(digits: str) -> str:
    return digits[:6] + "-xxxx" if len(digits) >= 6 else "…"


def mask_cpr(number: str) -> str:
    """`DDMMYY-xxxx`: the date part is needed to tell people apart, the serial is not."""
    digits = compact(number)
    return f"{digits[:6]}-xxxx" if len(digits) >= 6 else "xxxxxx-xxxx"


# Ten digits (or 6-4) standing alone. Not inside a longer run of letters and digits: a review
# id (`R-` and twelve hex digits, e.g. R-0101901234AB), a hash or a case key holds such runs
# and must reach a log intact.
CPR_IN_TEXT = re.compile(r"(?<![0-9A-Za-z])(\d{6})-?\d{4}(?![0-9A-Za-z])")


def mask_cpr_in_text(text: str) -> str:
    """Every CPR-shaped number in free text (a log line, a crash report) masked as
    `DDMMYY-xxxx`."""
    return CPR_IN_TEXT.sub(r"\1-xxxx", text)


def _century_digit(rng: random.Random, year: int) -> int:
    if 1900 <= year <= 1999:
        if year >= 1937:
            return rng.choice((0, 1, 2, 3, 4, 9))
        return rng.choice((0, 1, 2, 3))
    if 2000 <= year <= 2036:
        return rng.choice((4, 5, 6, 7, 8, 9))
    if 2037 <= year <= 2057:
        return rng.choice((5, 6, 7, 8))
    if 1858 <= year <= 1899:
        return rng.choice((5, 6, 7, 8))
    raise ValueError(Msg("no CPR century digit for {year}", year=year))


def synthetic_cpr(rng: random.Random, birth: dt.date, *, male: bool) -> str:
    """A synthetic CPR number whose date part, century digit and sex digit are right.

    Births before 2007 mostly get a modulus-11-valid serial, like real ones; a few do not,
    so that the warning path stays exercised.
    """
    prefix = birth.strftime("%d%m%y")
    want_mod11 = birth.year < 2007 and rng.random() < 0.9
    for _ in range(200):
        serial = f"{_century_digit(rng, birth.year)}{rng.randrange(100):02d}"
        if want_mod11:
            partial = sum(int(d) * w for d, w in zip(prefix + serial, _WEIGHTS, strict=False))
            last = (-partial) % 11
            if last == 10 or (last % 2 == 1) != male:
                continue
        else:
            last = rng.choice((1, 3, 5, 7, 9) if male else (0, 2, 4, 6, 8))
        return f"{prefix}-{serial}{last}"
    last = rng.choice((1, 3, 5, 7, 9) if male else (0, 2, 4, 6, 8))
    return f"{prefix}-{_century_digit(rng, birth.year)}{rng.randrange(100):02d}{last}"
