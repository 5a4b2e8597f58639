"""The legal vocabulary a checklist template defines: what the law calls things this year.

Next-step types (label, statute reference, what each needs: a consent or a legal basis), the
procedural consents and the legal bases per information flow, the outcome groups the dashboard
counts, the forum a case is presented to (its name, participant roles, the recommendations it
may give and what makes a case a candidate) and the documentation types. Every entry may carry
`valid_from` / `valid_until`, so a law change is a new template file, never new code.

Code outside this module and `core/checklist.py` reads *roles* (`present_to_forum`,
`recommendation`, `reason`, ...) and ids that the template itself defines; it never names a
field id or a Danish label.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Protocol, TypeVar

# Field roles: what a field means to the code.
ROLE_RECOMMENDATION = "recommendation"  # the afklaringsretning (single choice)
ROLE_RECOMMENDATION_DETAIL = "recommendation_detail"  # free text for "anden indsats"
ROLE_PRESENT_TO_FORUM = "present_to_forum"  # yes/no: the case goes to the forum
ROLE_REASON = "reason"  # why (not) present it
ROLE_CLOSE = "close_to_clarification"  # yes/no: tæt på afklaring
ROLE_WEIGHING = "weighing"  # what was weighed (text per area)
ROLE_PARTICIPATION = "citizen_participation"  # how the citizen took part
ROLE_HEARING_DATE = "hearing_date"  # in a decision section: the day the citizen was heard
ROLE_DESCRIPTION = "description"  # a section of part A (describes only)
ROLE_ASSESSMENT = "assessment"  # a section of part B (assesses)
FIELD_ROLES = (
    ROLE_RECOMMENDATION,
    ROLE_RECOMMENDATION_DETAIL,
    ROLE_PRESENT_TO_FORUM,
    ROLE_REASON,
    ROLE_CLOSE,
    ROLE_WEIGHING,
    ROLE_PARTICIPATION,
    ROLE_HEARING_DATE,
)
SECTION_ROLES = (ROLE_DESCRIPTION, ROLE_ASSESSMENT)

# Next-step type roles.
STEP_ROLE_FORUM = "present_to_forum"  # the step that is done when the forum has decided
STEP_ROLE_NEEDS_NOTE = "needs_note"  # "Andet": the note says what it is
STEP_ROLES = (STEP_ROLE_FORUM, STEP_ROLE_NEEDS_NOTE)

# Review records written before the vocabulary moved into the template named the facts by
# the 2025/2026 templates' field ids; reading them maps those names onto roles here, in core.
LEGACY_RECORD_KEYS: dict[str, str] = {
    ROLE_RECOMMENDATION: "afklaringsretning",
    ROLE_PRESENT_TO_FORUM: "forelaeg_rehabiliteringsteam",
    ROLE_CLOSE: "taet_paa_afklaring",
}


def record_facts_of(record: Mapping[str, Any]) -> dict[str, Any]:
    """A review record's facts by role, whether it was written with role names or (before
    the vocabulary moved into the template) with the old templates' field ids."""
    rec = record.get("recommendation") or {}
    if not isinstance(rec, Mapping):
        return {}
    if "present_to_forum" in rec or "recommendation" in rec:
        return dict(rec)
    return {role: rec.get(key) for role, key in LEGACY_RECORD_KEYS.items()}


def _date(raw: Any) -> dt.date | None:
    return dt.date.fromisoformat(raw) if raw else None


@dataclass(frozen=True)
class Validity:
    valid_from: dt.date | None = None
    valid_until: dt.date | None = None

    def valid_on(self, day: dt.date | None) -> bool:
        if day is None:
            return True
        if self.valid_from is not None and day < self.valid_from:
            return False
        return not (self.valid_until is not None and day > self.valid_until)


def _validity(raw: Mapping[str, Any]) -> Validity:
    return Validity(_date(raw.get("valid_from")), _date(raw.get("valid_until")))


class _HasId(Protocol):
    @property
    def id(self) -> str: ...


_Item = TypeVar("_Item", bound=_HasId)


def _by_id(items: Iterable[_Item], item_id: str) -> _Item | None:
    return next((i for i in items if i.id == item_id), None)


@dataclass(frozen=True)
class LegalBasis:
    id: str
    label: str
    reference: str = ""
    validity: Validity = Validity()
    source: str = ""  # where the reference was confirmed (docs/lovgrundlag.md lists it)

    @property
    def full_label(self) -> str:
        return f"{self.label} ({self.reference})" if self.reference else self.label


@dataclass(frozen=True)
class OnRefusal:
    """What happens when a consent is refused or withdrawn, in the template's words: the
    outcome (the case goes on without what the consent would have allowed), the statute that
    says so, and whether the caseworker must write a note."""

    outcome: str
    reference: str = ""
    note_required: bool = False

    @property
    def full_outcome(self) -> str:
        return f"{self.outcome} ({self.reference})" if self.reference else self.outcome


@dataclass(frozen=True)
class ConsentPurpose:
    """A procedural consent named in a sector law (rsl § 11 a, LAB § 40, stk. 3, ...)."""

    id: str
    label: str
    recipient: str = ""
    reference: str = ""
    written: bool = False
    validity: Validity = Validity()
    source: str = ""  # where the reference was confirmed
    on_refusal: OnRefusal | None = None

    @property
    def written_required(self) -> bool:
        return self.written

    @property
    def full_label(self) -> str:
        return f"{self.label} ({self.reference})" if self.reference else self.label


@dataclass(frozen=True)
class Needs:
    """What an information flow or a next step rests on: a named consent or a legal basis."""

    consent: str | None = None
    legal_basis: str | None = None


@dataclass(frozen=True)
class InformationFlow:
    id: str
    label: str
    recipient: str
    needs: Needs
    validity: Validity = Validity()


@dataclass(frozen=True)
class StepType:
    id: str
    label: str
    reference: str = ""
    needs: Needs = Needs()
    roles: tuple[str, ...] = ()
    validity: Validity = Validity()

    @property
    def full_label(self) -> str:
        return f"{self.label} ({self.reference})" if self.reference else self.label


@dataclass(frozen=True)
class OutcomeGroup:
    id: str
    label: str
    default: bool = False


@dataclass(frozen=True)
class Choice:
    """One value of a choice (afklaringsretning, a forum's recommendation): the text stored in
    the answer, the outcome group it counts in, and when it may be chosen."""

    value: str
    outcome: str | None = None
    needs_text: bool = False
    validity: Validity = Validity()


def parse_choice(raw: Any) -> Choice:
    if isinstance(raw, str):
        return Choice(raw)
    return Choice(
        raw["value"], raw.get("outcome"), bool(raw.get("needs_text", False)), _validity(raw)
    )


@dataclass(frozen=True)
class Labelled:
    id: str
    label: str
    reference: str = ""
    validity: Validity = Validity()


@dataclass(frozen=True)
class Forum:
    """Where a case is presented (the rehabiliteringsteam, or whatever succeeds it)."""

    id: str
    name: str  # in a sentence: "Sagen forelægges <name>"
    title: str  # as a heading: "<title> – mødepakke"
    presented_label: str  # the dashboard line for cases presented to it
    candidate_role: str = ROLE_PRESENT_TO_FORUM
    participant_roles: tuple[Labelled, ...] = ()
    recommendations: tuple[Choice, ...] = ()
    weighed_areas: tuple[Labelled, ...] = ()

    def recommendations_on(self, day: dt.date | None) -> tuple[str, ...]:
        return tuple(c.value for c in self.recommendations if c.validity.valid_on(day))

    def recommendation(self, value: str) -> Choice | None:
        return next((c for c in self.recommendations if c.value == value), None)

    def participant_labels(self) -> dict[str, str]:
        return {p.id: p.label for p in self.participant_roles}

    def weighed_labels(self) -> dict[str, str]:
        return {a.id: a.label for a in self.weighed_areas}


@dataclass(frozen=True)
class SummaryPart:
    """A part of the summary ("A" describes only, "B" assesses): its heading and the note
    under it, in the words of the law the template follows."""

    id: str
    title: str
    note: str = ""


@dataclass(frozen=True)
class Vocabulary:
    legal_bases: tuple[LegalBasis, ...] = ()
    consents: tuple[ConsentPurpose, ...] = ()
    information_flows: tuple[InformationFlow, ...] = ()
    next_step_types: tuple[StepType, ...] = ()
    outcome_groups: tuple[OutcomeGroup, ...] = ()
    documentation_types: tuple[Labelled, ...] = ()
    forum: Forum | None = None
    summary_parts: tuple[SummaryPart, ...] = ()
    # "kind:id" of entries worded differently from an older template's entry with the same id
    # but meaning the same thing (a correction, not a new legal meaning)
    same_meaning: frozenset[str] = frozenset()
    # the legal basis for processing CPR numbers: stated where the product says why it holds
    # the number (the summary's legal bases, the citizen's access log)
    cpr_basis: str | None = None

    def cpr_legal_basis(self) -> LegalBasis | None:
        return self.legal_basis(self.cpr_basis) if self.cpr_basis else None

    def summary_part(self, part_id: str) -> SummaryPart | None:
        return _by_id(self.summary_parts, part_id)

    def consent(self, purpose_id: str) -> ConsentPurpose | None:
        return _by_id(self.consents, purpose_id)

    def legal_basis(self, basis_id: str) -> LegalBasis | None:
        return _by_id(self.legal_bases, basis_id)

    def step_type(self, type_id: str) -> StepType | None:
        return _by_id(self.next_step_types, type_id)

    def step_types_on(self, day: dt.date | None) -> tuple[StepType, ...]:
        return tuple(t for t in self.next_step_types if t.validity.valid_on(day))

    def step_ids_with_role(self, role: str) -> tuple[str, ...]:
        return tuple(t.id for t in self.next_step_types if role in t.roles)

    def default_outcome(self) -> str | None:
        return next((g.id for g in self.outcome_groups if g.default), None)

    def outcome_group(self, group_id: str) -> OutcomeGroup | None:
        return _by_id(self.outcome_groups, group_id)

    def needs_text(self, needs: Needs) -> str:
        """What a step or flow rests on, as one line: "Samtykke: ..." or "Hjemmel: ..."."""
        if needs.consent:
            purpose = self.consent(needs.consent)
            return purpose.label if purpose else needs.consent
        if needs.legal_basis:
            basis = self.legal_basis(needs.legal_basis)
            return basis.label if basis else needs.legal_basis
        return ""


def parse_vocabulary(raw: Mapping[str, Any] | None) -> Vocabulary:
    raw = raw or {}

    def needs(item: Mapping[str, Any]) -> Needs:
        spec = item.get("needs") or {}
        return Needs(spec.get("consent"), spec.get("legal_basis"))

    def labelled(items: Iterable[Mapping[str, Any]]) -> tuple[Labelled, ...]:
        return tuple(
            Labelled(i["id"], i["label"], i.get("reference", ""), _validity(i)) for i in items
        )

    forum_raw = raw.get("forum")
    forum = None
    if forum_raw:
        forum = Forum(
            id=forum_raw["id"],
            name=forum_raw["name"],
            title=forum_raw["title"],
            presented_label=forum_raw["presented_label"],
            candidate_role=(forum_raw.get("candidate") or {}).get("role", ROLE_PRESENT_TO_FORUM),
            participant_roles=labelled(forum_raw.get("participant_roles", ())),
            recommendations=tuple(parse_choice(c) for c in forum_raw.get("recommendations", ())),
            weighed_areas=labelled(forum_raw.get("weighed_areas", ())),
        )
    return Vocabulary(
        legal_bases=tuple(
            LegalBasis(
                b["id"], b["label"], b.get("reference", ""), _validity(b), b.get("source", "")
            )
            for b in raw.get("legal_bases", ())
        ),
        consents=tuple(
            ConsentPurpose(
                c["id"],
                c["label"],
                c.get("recipient", ""),
                c.get("reference", ""),
                bool(c.get("written", False)),
                _validity(c),
                c.get("source", ""),
                _on_refusal(c.get("on_refusal")),
            )
            for c in raw.get("consents", ())
        ),
        information_flows=tuple(
            InformationFlow(f["id"], f["label"], f.get("recipient", ""), needs(f), _validity(f))
            for f in raw.get("information_flows", ())
        ),
        next_step_types=tuple(
            StepType(
                t["id"],
                t["label"],
                t.get("reference", ""),
                needs(t),
                tuple(t.get("roles", ())),
                _validity(t),
            )
            for t in raw.get("next_step_types", ())
        ),
        outcome_groups=tuple(
            OutcomeGroup(g["id"], g["label"], bool(g.get("default", False)))
            for g in raw.get("outcome_groups", ())
        ),
        documentation_types=labelled(raw.get("documentation_types", ())),
        forum=forum,
        summary_parts=tuple(
            SummaryPart(p["id"], p["title"], p.get("note", ""))
            for p in raw.get("summary_parts", ())
        ),
        same_meaning=frozenset(raw.get("same_meaning", ())),
        cpr_basis=raw.get("cpr_basis"),
    )


def _on_refusal(raw: Mapping[str, Any] | None) -> OnRefusal | None:
    if not raw:
        return None
    return OnRefusal(
        raw["outcome"], raw.get("reference", ""), bool(raw.get("note_required", False))
    )


@dataclass
class MergedVocabulary:
    """Every template's vocabulary, newest first: labels for ids stored long ago (a next step
    made on an old template keeps its type id; the newest template that knows it names it)."""

    newest_first: list[Vocabulary] = field(default_factory=list)

    def _newest(self, items_of: Callable[[Vocabulary], Iterable[_Item]]) -> dict[str, _Item]:
        """Each id's newest definition among the items `items_of` gives of each vocabulary."""
        index: dict[str, _Item] = {}
        for vocab in self.newest_first:
            for item in items_of(vocab):
                index.setdefault(item.id, item)
        return index

    @cached_property
    def _steps(self) -> dict[str, StepType]:  # the dashboard asks once per step
        return self._newest(lambda vocab: vocab.next_step_types)

    @cached_property
    def _consents(self) -> dict[str, ConsentPurpose]:
        return self._newest(lambda vocab: vocab.consents)

    def step_type(self, type_id: str) -> StepType | None:
        return self._steps.get(type_id)

    def step_label(self, type_id: str) -> str:
        found = self.step_type(type_id)
        return found.full_label if found else type_id

    def consent(self, purpose_id: str) -> ConsentPurpose | None:
        return self._consents.get(purpose_id)

    def consent_label(self, purpose_id: str) -> str:
        found = self.consent(purpose_id)
        return found.full_label if found else purpose_id

    def default_outcome(self) -> str | None:
        return next((d for vocab in self.newest_first if (d := vocab.default_outcome())), None)

    def step_ids_with_role(self, role: str) -> set[str]:
        return {i for vocab in self.newest_first for i in vocab.step_ids_with_role(role)}

    def step_ids_needing(self, purpose_id: str) -> set[str]:
        """Step types whose newest definition needs this consent."""
        ids = {t.id for vocab in self.newest_first for t in vocab.next_step_types}
        return {
            i
            for i in ids
            if (found := self.step_type(i)) is not None and found.needs.consent == purpose_id
        }
