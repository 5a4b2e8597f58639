"""The text of a crash file: the traceback of an error and its causes, messages left out and
CPR-shaped numbers masked (crash files are sent to IT)."""

from __future__ import annotations

import traceback
from types import TracebackType

from udsat_desktop.core.cpr import mask_cpr_in_text


def crash_text(exc: BaseException, tb: TracebackType | None) -> str:
    """Where it went wrong — exception types and stack frames, for each exception in the chain
    — but not the messages: a message can carry any value (a name, a CPR number), and crash
    files are sent to IT. CPR-shaped numbers in what remains are masked as well."""
    parts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    frames = tb
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        kind = type(current)
        # an import error's message is a module name, nothing personal: keep it
        message = str(current) if isinstance(current, ImportError) else "(besked udeladt)"
        block = [
            "Traceback (most recent call last):\n",
            *traceback.format_tb(frames or current.__traceback__),
            f"{kind.__module__}.{kind.__qualname__}: {message}\n",
        ]
        parts.insert(0, "".join(block))
        nxt = current.__cause__ or (None if current.__suppress_context__ else current.__context__)
        current, frames = nxt, None
    return mask_cpr_in_text("\nDuring handling, another error:\n\n".join(parts))
