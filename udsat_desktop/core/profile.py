"""Rules for a user profile."""

from __future__ import annotations

import re

from udsat_desktop.core.text import Msg


def validate_profile(name: str, initials: str) -> list[str]:
    problems: list[str] = []
    if not name.strip():
        problems.append(Msg("Navn skal udfyldes"))
    if not re.fullmatch(r"[A-Za-zÆØÅæøå]{2,6}", initials.strip()):
        problems.append(Msg("Initialer skal være 2-6 bogstaver"))
    return problems
