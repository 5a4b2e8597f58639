"""Danish messages that a user interface can show in another language.

A `Msg` *is* the Danish text (a `str`), so the CLI, the PDFs and every test that compares
Danish text keep working unchanged. It also remembers its template and arguments, so the Qt
UI can look the template up in its translation catalogue and fill in the arguments again
(`udsat_desktop.ui.common.i18n.localize`). `packaging/i18n.py` finds every `Msg("…")` template in
the source and puts it into the catalogue.

An argument that is itself a Danish label (a section title, a consent purpose) is passed as
`Msg(label)` so that it is translated too; numbers and names are passed as they are. A list of
messages is joined with `join(...)`, which keeps each part's template, so the list is
translated part by part (``"; ".join(...)`` would flatten it into Danish text).

Texts with Qt-style numbered markers (``%1``, ``%2``: the UI's `tr()` strings) are filled with
`fill(...)`, in one pass: a value that itself contains ``%2`` stays as it is. Never chain
``.replace("%1", …).replace("%2", …)``.
"""

from __future__ import annotations

import errno
import json
import os
import re
from collections.abc import Iterable
from typing import Any

_MARKER = re.compile(r"%(\d{1,2})")


def fill(text: str, *values: object) -> str:
    """`text` with ``%1`` … ``%99`` replaced by the values, in a single pass (a value is never
    searched for markers again). A marker without a value is left as it is."""
    if not values:
        return text
    strings = [str(v) for v in values]

    def one(match: re.Match[str]) -> str:
        n = int(match.group(1))
        return strings[n - 1] if 1 <= n <= len(strings) else match.group(0)

    return _MARKER.sub(one, text)


class Msg(str):
    template: str
    args: dict[str, Any]

    def __new__(cls, template: str, **args: Any) -> Msg:
        text = template.format(**{k: str(v) for k, v in args.items()}) if args else template
        obj = super().__new__(cls, text)
        obj.template = template
        obj.args = args
        return obj

    def __reduce__(self) -> tuple[Any, ...]:  # pickles (worker processes) as a plain Msg
        return (_rebuild, (self.template, self.args))


def _rebuild(template: str, args: dict[str, Any]) -> Msg:
    return Msg(template, **args)


class Joined(Msg):
    """Several messages shown as one (``a; b; c``); each part keeps its template, so the UI
    translates the parts (`udsat_desktop.ui.common.i18n.localize`)."""

    parts: tuple[str, ...]
    separator: str

    def __new__(cls, parts: Iterable[str], separator: str = "; ") -> Joined:
        items = tuple(parts)
        obj = str.__new__(cls, separator.join(items))
        obj.template, obj.args = separator.join(items), {}
        obj.parts, obj.separator = items, separator
        return obj

    def __reduce__(self) -> tuple[Any, ...]:
        return (Joined, (self.parts, self.separator))


def join(parts: Iterable[str], separator: str = "; ") -> Joined:
    """Messages (or plain texts) as one message whose parts are translated one by one."""
    return Joined(parts, separator)


def message_of(exc: BaseException) -> str:
    """The exception's message, keeping a `Msg` (``str(exc)`` would flatten it). Python's own
    English messages of a JSON or text decode error and of an operating-system error are
    said in Danish (`reason_of`)."""
    if isinstance(exc, (json.JSONDecodeError, UnicodeError)) or (
        isinstance(exc, OSError) and exc.errno is not None
    ):
        return reason_of(exc)
    if len(exc.args) == 1 and isinstance(exc.args[0], str):
        return exc.args[0]
    return str(exc)


_OS_REASONS: dict[int, str] = {
    errno.ENOENT: Msg("filen findes ikke"),
    errno.EACCES: Msg("ingen adgang til filen"),
    errno.EPERM: Msg("ingen adgang til filen"),
    errno.EISDIR: Msg("det er en mappe, ikke en fil"),
    errno.ENOTDIR: Msg("en del af stien er ikke en mappe"),
    errno.ELOOP: Msg("stien går gennem for mange links"),
    errno.EIO: Msg("læsefejl på drevet"),
    errno.ENOSPC: Msg("ingen plads tilbage på drevet"),
    errno.EROFS: Msg("drevet er skrivebeskyttet"),
    errno.ENAMETOOLONG: Msg("filnavnet er for langt"),
    errno.EEXIST: Msg("filen findes allerede"),
    errno.ETIMEDOUT: Msg("drevet svarede ikke i tide"),
    errno.ENXIO: Msg("der er ingen fil bag navnet (en enhed eller et rør)"),
}


def reason_of(exc: BaseException) -> str:
    """One Danish phrase for the ways reading a file fails whose message Python gives in
    English: not valid JSON (where), not valid text, and an operating-system error by its
    error number; any other exception's own message (`message_of`)."""
    if isinstance(exc, json.JSONDecodeError):
        return Msg(
            "ikke gyldig JSON (linje {line}, kolonne {column})", line=exc.lineno, column=exc.colno
        )
    if isinstance(exc, UnicodeError):
        return Msg("ikke gyldig tekst (forkert tegnkodning)")
    if isinstance(exc, OSError) and exc.errno is not None:
        if exc.strerror and exc.strerror != os.strerror(exc.errno):
            return exc.strerror  # our own words (a refused file), not the system's English
        known = _OS_REASONS.get(exc.errno)
        if known is not None:
            return known
        return Msg(
            "fejl fra styresystemet ({code})", code=errno.errorcode.get(exc.errno, str(exc.errno))
        )
    return message_of(exc)
