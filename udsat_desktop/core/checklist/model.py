"""Checklist templates as versioned data: templates, sections, fields and conditions.

A review keeps the template id and version it was made with; the newest template valid on
the review's date is picked for a new review. Answers are plain JSON-able values keyed by
field id: text -> str, number -> float, date -> "YYYY-MM-DD", yes/no -> bool, single
choice -> str, multiple choice -> list[str], person -> {"name", "role"}, group -> list of
answer dicts."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from udsat_desktop.core.vocabulary import (
    ROLE_RECOMMENDATION,
    Choice,
    Validity,
    Vocabulary,
)

Answers = dict[str, Any]


def is_filled(value: Any) -> bool:
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, list | tuple | dict):
        if isinstance(value, dict) and "name" in value:
            return bool(str(value.get("name") or "").strip())
        return bool(value)
    return True


class TemplateError(Exception):
    """A template file that cannot be used; the message names the file and the field."""


@dataclass(frozen=True)
class Condition:
    field: str = ""
    equals: Any = None
    in_: tuple[Any, ...] | None = None
    filled: bool | None = None
    negate: bool = False  # `not: true`: the condition holds when the test fails
    all_: tuple[Condition, ...] = ()  # `all: [...]`: every one holds

    def holds(self, answers: Mapping[str, Any]) -> bool:
        return self._test(answers) != self.negate

    def _test(self, answers: Mapping[str, Any]) -> bool:
        if self.all_:
            return all(c.holds(answers) for c in self.all_)
        value = answers.get(self.field)
        if self.filled is not None:
            return is_filled(value) == self.filled
        if self.in_ is not None:
            return value in self.in_
        if isinstance(value, list):
            return self.equals in value
        return bool(value == self.equals)

    def fields(self) -> Iterator[str]:
        if self.field:
            yield self.field
        for cond in self.all_:
            yield from cond.fields()


@dataclass(frozen=True)
class Field:
    id: str
    type: str
    label: str
    required: bool = False
    help: str = ""
    example: str = ""
    unit: str = ""
    min: float | None = None
    max: float | None = None
    options: tuple[str, ...] = ()
    choices: tuple[Choice, ...] = ()  # the options with outcome group and validity
    roles: tuple[str, ...] = ()
    show_if: Condition | None = None
    require_if: Condition | None = None
    fields: tuple[Field, ...] = ()
    item_label: str = ""
    # a text the field starts with when it is shown empty (the template's standard wording)
    default: str = ""
    # the statute the field records compliance with, as the template cites it
    reference: str = ""

    @property
    def printed_label(self) -> str:
        """The label with the template's reference, as the summary prints it."""
        return f"{self.label} ({self.reference})" if self.reference else self.label

    def visible(self, answers: Mapping[str, Any]) -> bool:
        return self.show_if is None or self.show_if.holds(answers)

    def is_required(self, answers: Mapping[str, Any]) -> bool:
        if not self.visible(answers):
            return False
        return self.required or (self.require_if is not None and self.require_if.holds(answers))

    def choice(self, value: Any) -> Choice | None:
        return next((c for c in self.choices if c.value == value), None)


@dataclass(frozen=True)
class Decision:
    """A section that records a decision (afgørelse): it applies only when the answers lead
    to one (`when`, the template's rule); otherwise its fields are hidden, not required and
    not printed, and the review window shows `not_applicable`."""

    when: Condition
    not_applicable: str = ""


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    kind: str = "fields"
    intro: str = ""
    fields: tuple[Field, ...] = ()
    consent_purposes: tuple[str, ...] = ()
    information_flows: tuple[str, ...] = ()
    part: str = ""  # "A" (describes only) or "B" (assesses and recommends); "" = not split
    decision: Decision | None = None  # a decision section: applies only when `when` holds

    def applies(self, answers: Mapping[str, Any]) -> bool:
        """False for a decision section whose answers lead to no decision."""
        return self.decision is None or self.decision.when.holds(answers)


@dataclass(frozen=True)
class Erratum:
    """What one revision of a template version corrected (Danish sentences for the reviewer)."""

    revision: int
    date: dt.date
    changes: tuple[str, ...]


@dataclass(frozen=True)
class Template:
    id: str
    version: str
    title: str
    valid_from: dt.date
    sections: tuple[Section, ...]
    legal_basis: str = ""
    source: str = ""
    # outputs whose recipient needs the full CPR number (e.g. "summary_pdf"); all others mask
    full_cpr_outputs: frozenset[str] = frozenset()
    valid_until: dt.date | None = None
    vocabulary: Vocabulary = field(default_factory=Vocabulary)
    # a correction of this version without a new legal version (1: as first issued)
    revision: int = 1
    errata: tuple[Erratum, ...] = ()
    # non-empty while the template's sources are not confirmed: the sentence users are shown
    draft: str = ""
    # (reference, where it was confirmed or that it was not), as the template file gives them
    sources: tuple[tuple[str, str], ...] = ()
    # the KLE group of the cases reviewed with it, when the municipality's journal plan gives
    # one (a case's own group from the target list comes first; retention follows it)
    kle: str = ""

    @property
    def key(self) -> str:
        return f"{self.id}@{self.version}"

    @property
    def revision_key(self) -> str:
        return f"{self.key}#{self.revision}"

    @property
    def edition(self) -> str:
        """How the PDF footer names the template: "skabelon 2026, rettelse 2"; a template whose
        sources are not confirmed says "(udkast)"."""
        name = f"skabelon {self.version}"
        if self.revision > 1:
            name += f", rettelse {self.revision}"
        return name + (" (udkast)" if self.draft else "")

    def errata_since(self, revision: int) -> tuple[Erratum, ...]:
        """The corrections made after `revision`, oldest first."""
        return tuple(
            e for e in sorted(self.errata, key=lambda e: e.revision) if e.revision > revision
        )

    def valid_on(self, day: dt.date) -> bool:
        return Validity(self.valid_from, self.valid_until).valid_on(day)

    def field_with_role(self, role: str) -> Field | None:
        """The (first) top-level field the template gives this role, e.g. "recommendation"."""
        return next((f for f in self.all_fields() if role in f.roles), None)

    def fields_with_role(self, role: str) -> tuple[Field, ...]:
        return tuple(f for f in self.all_fields() if role in f.roles)

    def answer_of(self, role: str, answers: Mapping[str, Any]) -> Any:
        fld = self.field_with_role(role)
        return answers.get(fld.id) if fld is not None else None

    def outcome_of(self, recommendation: Any) -> str | None:
        """The outcome group id a recommendation value counts in (the template's default group
        for a value it does not map)."""
        if recommendation in (None, ""):
            return None
        fld = self.field_with_role(ROLE_RECOMMENDATION)
        choice = fld.choice(recommendation) if fld is not None else None
        if choice is None and self.vocabulary.forum is not None:
            choice = self.vocabulary.forum.recommendation(recommendation)
        if choice is not None and choice.outcome:
            return choice.outcome
        return self.vocabulary.default_outcome()

    def is_forum_candidate(self, answers: Mapping[str, Any]) -> bool:
        forum = self.vocabulary.forum
        if forum is None:  # a template without a forum offers no case to a meeting
            return False
        return self.answer_of(forum.candidate_role, answers) is True

    def as_of(self, day: dt.date) -> Template:
        """The template with only the options and vocabulary entries valid on `day`."""

        def fld(f: Field) -> Field:
            if not f.choices:
                return dataclasses.replace(f, fields=tuple(fld(s) for s in f.fields))
            kept = tuple(c for c in f.choices if c.validity.valid_on(day))
            return dataclasses.replace(
                f,
                choices=kept,
                options=tuple(c.value for c in kept),
                fields=tuple(fld(s) for s in f.fields),
            )

        sections = tuple(
            dataclasses.replace(s, fields=tuple(fld(f) for f in s.fields)) for s in self.sections
        )
        vocab = self.vocabulary
        vocab = dataclasses.replace(
            vocab,
            next_step_types=vocab.step_types_on(day),
            consents=tuple(c for c in vocab.consents if c.validity.valid_on(day)),
            information_flows=tuple(f for f in vocab.information_flows if f.validity.valid_on(day)),
        )
        return dataclasses.replace(self, sections=sections, vocabulary=vocab)

    def field(self, field_id: str) -> Field:
        return self._index()[field_id]

    def all_fields(self) -> Iterator[Field]:
        for section in self.sections:
            yield from section.fields

    def _index(self) -> dict[str, Field]:
        return {f.id: f for f in self.all_fields()}

    def section_of(self, field_id: str) -> Section | None:
        for section in self.sections:
            if any(f.id == field_id for f in section.fields):
                return section
        return None


DEFAULT_TEMPLATE = "taskforce-gennemgang"
