"""JSON from files nobody vouches for (the share), parsed within limits.

`json.loads` recurses once per nesting level: 4 KB of `[` raised RecursionError and stopped
every sync, ingest and audit check of the team. Here the size is checked first, the parse
stops cleanly at the interpreter's recursion limit, and the result's nesting is checked
(walked without recursion); the parse is strict: valid UTF-8, no NaN or Infinity, no number
of more than a few hundred digits, no key twice in one object, and (by default) an object at
the root. Every failure is `BadJson`, a ValueError with one Danish sentence; nothing else
escapes. The one place every reader of share files goes through.
"""

from __future__ import annotations

import json
from typing import Any

from udsat_desktop.core.text import Msg, reason_of

MAX_DEPTH = 32  # the deepest honest file (a review record's answers) is well under ten
MAX_NUMBER_DIGITS = 100
DEFAULT_MAX_BYTES = 4 << 20


class BadJson(ValueError):
    """Not JSON this program reads from the share; the message says why, in Danish.
    `incomplete`: the text stops before the JSON does (a file still being written may look
    like that; any other fault cannot come from a copy cut short)."""

    def __init__(self, message: str, *, incomplete: bool = False) -> None:
        super().__init__(message)
        self.incomplete = incomplete


def _depth(value: Any, limit: int) -> int:
    """How deep `value` nests lists and objects (walked without recursion; stops past
    `limit`)."""
    deepest = 0
    todo: list[tuple[Any, int]] = [(value, 1)]
    while todo:
        item, level = todo.pop()
        if isinstance(item, dict):
            children: Any = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        deepest = max(deepest, level)
        if deepest > limit:
            return deepest
        todo.extend((child, level + 1) for child in children)
    return deepest


def _no_constant(name: str) -> Any:
    raise BadJson(Msg("ugyldigt tal ({name})", name=name))


def _number(text: str) -> float | int:
    if len(text) > MAX_NUMBER_DIGITS:
        raise BadJson(Msg("et tal er for langt"))
    if any(ch in text for ch in ".eE"):
        value = float(text)
        if value in (float("inf"), float("-inf")):
            raise BadJson(Msg("et tal er for stort"))
        return value
    return int(text)


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise BadJson(Msg("nøglen {key} står to gange", key=key[:40]))  # not a count
        out[key] = value
    return out


def loads(
    data: bytes | str,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_depth: int = MAX_DEPTH,
    root: type | None = dict,
) -> Any:
    """`data` parsed as strict JSON within the limits; BadJson (a ValueError) with a Danish
    reason otherwise. `root`: the type the top value must have (None: any)."""
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else bytes(data)
    if len(raw) > max_bytes:
        raise BadJson(
            Msg("filen er for stor ({size} byte; højst {cap})", size=len(raw), cap=max_bytes)
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise BadJson(Msg("ikke gyldig UTF-8")) from None
    too_deep = BadJson(Msg("for dybt indlejret (højst {depth} niveauer)", depth=max_depth))
    try:
        value = json.loads(
            text,
            parse_constant=_no_constant,
            parse_int=_number,
            parse_float=_number,
            object_pairs_hook=_object,
        )
    except BadJson:
        raise
    except RecursionError:
        # the C decoder stops at the interpreter's recursion limit, cleanly
        raise too_deep from None
    except json.JSONDecodeError as exc:
        incomplete = exc.pos >= len(text.rstrip())
        raise BadJson(reason_of(exc), incomplete=incomplete) from None
    except (ValueError, MemoryError):
        raise BadJson(Msg("ikke gyldig JSON")) from None
    if _depth(value, max_depth) > max_depth:
        raise too_deep
    if root is not None and not isinstance(value, root):
        raise BadJson(Msg("ikke et JSON-objekt"))
    return value
