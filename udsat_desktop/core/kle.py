"""KLE groups and which retention rule covers a case (DOMAIN.md §6: the municipality's
bevaring/kassation decision follows KLE's marks, set by the municipality with its archive).

A KLE number is a main group, group or topic: NN, NN.NN or NN.NN.NN. A rule for a group covers
every topic under it; of the rules covering a case, the most specific one applies (a rule for
32.10.05 before one for 32.10, before one for 32).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Protocol, TypeVar

KLE_GROUP = re.compile(r"\d{2}(\.\d{2}){0,2}")

# where a case's KLE group came from (`udsat retention --json`: cases[].kle_source)
KLE_FROM_CASE = "sag"  # the target list gave it
KLE_FROM_TEMPLATE = "skabelon"  # the template of the case's newest review names it
KLE_FROM_DEFAULT = "standard"  # the store's default rule's group
KLE_NONE = "ingen"


def valid_kle(text: str) -> bool:
    return KLE_GROUP.fullmatch(text.strip()) is not None


def covers(group: str, kle: str) -> bool:
    """Whether a rule for `group` covers a case in `kle` (the group itself or a topic under it)."""
    return kle == group or kle.startswith(group + ".")


class _HasKle(Protocol):
    @property
    def kle(self) -> str: ...


_Rule = TypeVar("_Rule", bound=_HasKle)


def rule_for(kle: str | None, rules: Iterable[_Rule]) -> _Rule | None:
    """The most specific of `rules` (one per group, those in force) that covers `kle`."""
    if not kle:
        return None
    found = [r for r in rules if covers(r.kle, kle)]
    return max(found, key=lambda r: len(r.kle)) if found else None
