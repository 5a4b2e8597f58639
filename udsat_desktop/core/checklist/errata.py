"""Errata: a correction of a template version without a new legal version (a wrong
reference, an option abolished before the version's date). An unsigned review moves to the
newest revision of its own version on its next opening; the reviewer is told what the
correction changed and which of the review's answers it removed. A signed review keeps its
revision, and its signed PDF its bytes."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from udsat_desktop.core.checklist.answers import clean_answers
from udsat_desktop.core.checklist.model import Answers, Template, is_filled
from udsat_desktop.core.text import Msg


@dataclass(frozen=True)
class ErrataNotice:
    """What the reviewer is told when a review moved to a newer revision of its version."""

    template_id: str
    version: str
    from_revision: int
    to_revision: int
    changes: tuple[str, ...]  # what the corrections say they changed
    removed: tuple[str, ...]  # the review's own answers the correction removed

    def headline(self) -> str:
        return Msg(
            "Skabelon {version} er rettet (rettelse {revision}); gennemgangen bruger nu den "
            "rettede udgave.",
            version=self.version,
            revision=self.to_revision,
        )

    def lines(self) -> tuple[str, ...]:
        """The headline, each change, then each removed answer (one sentence each)."""
        return (
            self.headline(),
            *self.changes,
            *(
                Msg("Dit svar er fjernet, vælg igen: {answer}", answer=answer)
                for answer in self.removed
            ),
        )

    def as_json(self) -> dict[str, Any]:
        return {
            "template": self.template_id,
            "version": self.version,
            "from_revision": self.from_revision,
            "to_revision": self.to_revision,
            "changes": list(self.changes),
            "removed": list(self.removed),
        }

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> ErrataNotice:
        return cls(
            str(raw["template"]),
            str(raw["version"]),
            int(raw["from_revision"]),
            int(raw["to_revision"]),
            tuple(str(c) for c in raw.get("changes", ())),
            tuple(str(r) for r in raw.get("removed", ())),
        )


def apply_revision(
    old: Template, new: Template, answers: Mapping[str, Any]
) -> tuple[Answers, ErrataNotice]:
    """The answers under the corrected revision `new` of `old`'s version, and the notice.

    An answer whose field or choice the correction removed is taken out (a value the law no
    longer allows cannot be signed) and named in the notice, with its value, so nothing goes
    without the reviewer being told."""
    if (old.id, old.version) != (new.id, new.version) or new.revision <= old.revision:
        raise ValueError(f"{new.revision_key} is not a newer revision of {old.revision_key}")
    kept: Answers = {}
    removed: list[str] = []
    new_fields = {f.id: f for f in new.all_fields()}
    for fld in old.all_fields():
        if fld.id not in answers:
            continue
        value = answers[fld.id]
        target = new_fields.get(fld.id)
        if target is None or target.type != fld.type:
            if isinstance(value, bool) or is_filled(value):
                removed.append(f"{fld.label}: {_shown(value)}")
            continue
        if target.type == "single_choice" and is_filled(value) and value not in target.options:
            removed.append(f"{fld.label}: »{value}«")
            continue
        if target.type == "multi_choice" and isinstance(value, list):
            gone = [v for v in value if v not in target.options]
            removed += [f"{fld.label}: »{v}«" for v in gone]
            value = [v for v in value if v in target.options]
        kept[fld.id] = value
    changes = tuple(c for e in new.errata_since(old.revision) for c in e.changes)
    notice = ErrataNotice(new.id, new.version, old.revision, new.revision, changes, tuple(removed))
    return clean_answers(new, kept), notice


def _shown(value: Any) -> str:
    if isinstance(value, bool):
        return "ja" if value else "nej"
    if isinstance(value, list):
        return ", ".join(f"»{v}«" for v in value)
    return f"»{value}«"
