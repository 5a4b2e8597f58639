"""Checklist templates as versioned data, and the rules for a review's answers.

A template is a YAML file in `resources/checklists/` validated against `schema.json` on load.
A review keeps the template id and version it was made with; the newest template valid on the
review's date is picked for a new review. Answers are plain JSON-able values keyed by field id:
text -> str, number -> float, date -> "YYYY-MM-DD", yes/no -> bool, single choice -> str,
multiple choice -> list[str], person -> {"name", "role"}, group -> list of answer dicts.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from udsat_desktop.core.danish import format_number
from udsat_desktop.core.text import Msg
from udsat_desktop.core.vocabulary import (
    FIELD_ROLES,
    ROLE_PRESENT_TO_FORUM,
    ROLE_RECOMMENDATION,
    STEP_ROLES,
    Choice,
    MergedVocabulary,
    Validity,
    Vocabulary,
    parse_choice,
    parse_vocabulary,
)

Answers = dict[str, Any]


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

    def visible(self, answers: Mapping[str, Any]) -> bool:
        return self.show_if is None or self.show_if.holds(answers)

    def is_required(self, answers: Mapping[str, Any]) -> bool:
        if not self.visible(answers):
            return False
        return self.required or (self.require_if is not None and self.require_if.holds(answers))

    def choice(self, value: Any) -> Choice | None:
        return next((c for c in self.choices if c.value == value), None)


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

    @property
    def key(self) -> str:
        return f"{self.id}@{self.version}"

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
        role = forum.candidate_role if forum is not None else ROLE_PRESENT_TO_FORUM
        return self.answer_of(role, answers) is True

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


# ------------------------------------------------------------------------------- loading


@cache
def _schema() -> dict[str, Any]:
    text = resources.files("udsat_desktop.resources").joinpath("checklists/schema.json")
    loaded: dict[str, Any] = json.loads(text.read_text(encoding="utf-8"))
    return loaded


@cache
def _validator() -> Any:
    """The schema's validator, made once: `jsonschema.validate` checks the schema itself
    against its meta-schema on every call, which cost a template load 50-250 ms (found by the
    fuzzing of issue 35); the errors and their choice (`best_match`) are the same."""
    schema = _schema()
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def _where(path: Iterable[Any], raw: Any) -> str:
    """A readable location such as `sections[2] (arbejdsevne).fields[0] (timer_pr_uge).type`."""
    parts: list[str] = []
    node = raw
    for step in path:
        if isinstance(step, int):
            node = node[step] if isinstance(node, list) and step < len(node) else None
            name = node.get("id") if isinstance(node, dict) else None
            parts[-1] = f"{parts[-1]}[{step}]" + (f" ({name})" if name else "")
        else:
            parts.append(str(step))
            node = node.get(step) if isinstance(node, dict) else None
    return ".".join(parts) or "(hele filen)"


def parse_template(raw: Any, source: str) -> Template:
    exc = jsonschema.exceptions.best_match(_validator().iter_errors(raw))
    if exc is not None:
        raise TemplateError(f"{source}: {_where(exc.absolute_path, raw)}: {exc.message}")
    vocabulary = parse_vocabulary(raw.get("vocabulary"))
    template = Template(
        id=raw["id"],
        version=str(raw["version"]),
        title=raw["title"],
        valid_from=dt.date.fromisoformat(raw["valid_from"]),
        sections=tuple(_section(s, vocabulary) for s in raw["sections"]),
        legal_basis=raw.get("legal_basis", ""),
        source=source,
        full_cpr_outputs=frozenset(
            name
            for name, spec in (raw.get("outputs") or {}).items()
            if spec.get("full_cpr") is True
        ),
        valid_until=dt.date.fromisoformat(raw["valid_until"]) if raw.get("valid_until") else None,
        vocabulary=vocabulary,
    )
    _check_references(template, source)
    return template


def _condition(raw: Mapping[str, Any] | None) -> Condition | None:
    if raw is None:
        return None
    return Condition(
        field=raw.get("field", ""),
        equals=raw.get("equals"),
        in_=tuple(raw["in"]) if "in" in raw else None,
        filled=raw.get("filled"),
        negate=bool(raw.get("not", False)),
        all_=tuple(c for c in (_condition(x) for x in raw.get("all", ())) if c is not None),
    )


def _field(raw: Mapping[str, Any], vocabulary: Vocabulary) -> Field:
    if raw.get("options_from") == "documentation_types":
        choices = tuple(
            Choice(d.label, validity=d.validity) for d in vocabulary.documentation_types
        )
    else:
        choices = tuple(parse_choice(o) for o in raw.get("options", ()))
    return Field(
        id=raw["id"],
        type=raw["type"],
        label=raw["label"],
        required=raw.get("required", False),
        help=raw.get("help", ""),
        example=raw.get("example", ""),
        unit=raw.get("unit", ""),
        min=raw.get("min"),
        max=raw.get("max"),
        options=tuple(c.value for c in choices),
        choices=choices,
        roles=tuple(raw.get("roles", ())),
        show_if=_condition(raw.get("show_if")),
        require_if=_condition(raw.get("require_if")),
        fields=tuple(_field(f, vocabulary) for f in raw.get("fields", ())),
        item_label=raw.get("item_label", ""),
    )


def _section(raw: Mapping[str, Any], vocabulary: Vocabulary) -> Section:
    flows = tuple(raw.get("information_flows", ()))
    purposes = list(raw.get("consent_purposes", ()))
    for flow in vocabulary.information_flows:  # a flow that rests on a consent asks for it
        if flow.id in flows and flow.needs.consent and flow.needs.consent not in purposes:
            purposes.append(flow.needs.consent)
    return Section(
        id=raw["id"],
        title=raw["title"],
        kind=raw.get("kind", "fields"),
        intro=raw.get("intro", ""),
        fields=tuple(_field(f, vocabulary) for f in raw.get("fields", ())),
        consent_purposes=tuple(purposes),
        information_flows=flows,
        part=raw.get("part", ""),
    )


def _check_references(template: Template, source: str) -> None:
    seen: set[str] = set()
    for section in template.sections:
        for fld in section.fields:
            where = f"{source}: sections ({section.id}).fields ({fld.id})"
            if fld.id in seen:
                raise TemplateError(f"{where}: feltet findes to gange")
            seen.add(fld.id)
            if fld.type in ("single_choice", "multi_choice") and not fld.options:
                raise TemplateError(f"{where}: et valgfelt skal have options")
            if fld.type == "group" and not fld.fields:
                raise TemplateError(f"{where}: en gruppe skal have fields")
    for section in template.sections:
        for fld in section.fields:
            for cond in (fld.show_if, fld.require_if):
                for name in cond.fields() if cond is not None else ():
                    if name not in seen:
                        raise TemplateError(
                            f"{source}: sections ({section.id}).fields ({fld.id}): betingelsen "
                            f"henviser til et ukendt felt »{name}«"
                        )
    _check_vocabulary(template, source)


_ROLE_TYPES = {
    ROLE_RECOMMENDATION: ("single_choice",),
    ROLE_PRESENT_TO_FORUM: ("yes_no",),
    "close_to_clarification": ("yes_no",),
}


# Complexity (C901): one flat check per kind of reference a template can make.
def _check_vocabulary(template: Template, source: str) -> None:  # noqa: C901
    """Every id the template refers to is defined in it, and every role sits on a field of a
    type the code can read."""
    vocab = template.vocabulary
    groups = {g.id for g in vocab.outcome_groups}
    consents = {c.id for c in vocab.consents}
    bases = {b.id for b in vocab.legal_bases}

    def fail(where: str, what: str) -> None:
        raise TemplateError(f"{source}: {where}: {what}")

    for fld in template.all_fields():
        for role in fld.roles:
            if role not in FIELD_ROLES:
                fail(f"fields ({fld.id})", f"ukendt rolle »{role}«")
            if role in _ROLE_TYPES and fld.type not in _ROLE_TYPES[role]:
                fail(
                    f"fields ({fld.id})",
                    f"rollen »{role}« kræver typen {' eller '.join(_ROLE_TYPES[role])}",
                )
        for choice in fld.choices:
            if choice.outcome is not None and choice.outcome not in groups:
                fail(f"fields ({fld.id})", f"ukendt udfaldsgruppe »{choice.outcome}«")
    forum = vocab.forum
    for choice in forum.recommendations if forum else ():
        if choice.outcome is not None and choice.outcome not in groups:
            fail("vocabulary.forum.recommendations", f"ukendt udfaldsgruppe »{choice.outcome}«")
    needs = [(f"vocabulary.next_step_types ({t.id})", t.needs) for t in vocab.next_step_types]
    needs += [(f"vocabulary.information_flows ({f.id})", f.needs) for f in vocab.information_flows]
    for where, need in needs:
        if need.consent is not None and need.consent not in consents:
            fail(where, f"ukendt samtykke »{need.consent}«")
        if need.legal_basis is not None and need.legal_basis not in bases:
            fail(where, f"ukendt hjemmel »{need.legal_basis}«")
    for step in vocab.next_step_types:
        for role in step.roles:
            if role not in STEP_ROLES:
                fail(f"vocabulary.next_step_types ({step.id})", f"ukendt rolle »{role}«")
    flows = {f.id for f in vocab.information_flows}
    for section in template.sections:
        for purpose in section.consent_purposes:
            if vocab.consents and purpose not in consents:
                fail(f"sections ({section.id})", f"ukendt samtykke »{purpose}«")
        for flow in section.information_flows:
            if flow not in flows:
                fail(f"sections ({section.id})", f"ukendt informationsstrøm »{flow}«")


def load_template(path: Path) -> Template:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" linje {mark.line + 1}" if mark is not None else ""
        raise TemplateError(
            f"{path.name}:{where} ikke gyldig YAML: {getattr(exc, 'problem', exc)}"
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise TemplateError(f"{path.name}: kan ikke læses: {exc}") from None
    return parse_template(raw, path.name)


@dataclass
class TemplateLibrary:
    templates: list[Template] = field(default_factory=list)

    @classmethod
    def from_folder(cls, folder: Path) -> TemplateLibrary:
        return cls([load_template(p) for p in sorted(folder.glob("*.yaml"))])

    def get(self, template_id: str, version: str) -> Template:
        for t in self.templates:
            if t.id == template_id and t.version == version:
                return t
        raise TemplateError(f"Skabelonen {template_id} version {version} findes ikke")

    @classmethod
    def from_folders(cls, *folders: Path) -> TemplateLibrary:
        """Templates from several folders, e.g. the bundled ones plus a folder with a new
        version: a law change is a file, not a release."""
        library = cls()
        for folder in folders:
            for template in cls.from_folder(folder).templates:
                if any(t.key == template.key for t in library.templates):
                    raise TemplateError(
                        f"{template.source}: skabelonen {template.id} version "
                        f"{template.version} findes allerede"
                    )
                library.templates.append(template)
        return library

    def pick(self, template_id: str, on: dt.date) -> Template:
        """The newest version valid on the given date."""
        valid = [t for t in self.templates if t.id == template_id and t.valid_on(on)]
        if not valid:
            raise TemplateError(f"Ingen skabelon {template_id} gælder {on.isoformat()}")
        return max(valid, key=lambda t: t.valid_from)

    def find(self, template_id: str | None, version: str | None) -> Template | None:
        return next(
            (t for t in self.templates if t.id == template_id and t.version == version), None
        )

    def newer_than(self, template: Template, on: dt.date) -> Template | None:
        """The template that applies on `on` when it is newer than `template`, else None."""
        try:
            current = self.pick(template.id, on)
        except TemplateError:
            return None
        return current if current.valid_from > template.valid_from else None

    def merged(self) -> MergedVocabulary:
        ordered = sorted(self.templates, key=lambda t: t.valid_from, reverse=True)
        return MergedVocabulary([t.vocabulary for t in ordered])

    def forum_template(self, on: dt.date, template_id: str = "") -> Template:
        """The template whose forum applies on a date (a meeting's date)."""
        template_id = template_id or DEFAULT_TEMPLATE
        try:
            return self.pick(template_id, on)
        except TemplateError:
            return min(
                (t for t in self.templates if t.id == template_id), key=lambda t: t.valid_from
            )


def bundled_folder() -> Path:
    with resources.as_file(resources.files("udsat_desktop.resources") / "checklists") as folder:
        return Path(folder)


def bundled_library() -> TemplateLibrary:
    return TemplateLibrary.from_folder(bundled_folder())


_ACTIVE: list[TemplateLibrary] = []


def use_library(library: TemplateLibrary | None) -> None:
    """Make `library` the one every lookup without an explicit library uses (the app sets
    the bundled templates plus any configured folder; None goes back to the bundled ones)."""
    _ACTIVE[:] = [library] if library is not None else []


CHECKLIST_DIR_ENV = "UDSAT_CHECKLIST_DIR"


def configured_library() -> TemplateLibrary:
    """The bundled templates plus those in the folder named by UDSAT_CHECKLIST_DIR (if set):
    a new law version can be installed as a file without a new release."""
    extra = os.environ.get(CHECKLIST_DIR_ENV, "").strip()
    if extra and Path(extra).is_dir():
        return TemplateLibrary.from_folders(bundled_folder(), Path(extra))
    return bundled_library()


def default_library(library: TemplateLibrary | None = None) -> TemplateLibrary:
    """`library` when given, else the active one (the configured templates, read once)."""
    if library is not None:
        return library
    if not _ACTIVE:
        _ACTIVE.append(configured_library())
    return _ACTIVE[0]


def merged_vocabulary(library: TemplateLibrary | None = None) -> MergedVocabulary:
    return default_library(library).merged()


def move_answers(
    old: Template, new: Template, answers: Mapping[str, Any]
) -> tuple[Answers, list[str]]:
    """Carry a review's answers across to a newer template: every answer whose field id, type
    and (for choices) value still exist in the new template moves; the labels of the rest are
    returned so the user can be told what must be filled in again."""
    moved: Answers = {}
    dropped: list[str] = []
    new_fields = {f.id: f for f in new.all_fields()}
    for fld in old.all_fields():
        if fld.id not in answers or not _kept(answers[fld.id]):
            continue
        value = answers[fld.id]
        target = new_fields.get(fld.id)
        if target is None or target.type != fld.type:
            dropped.append(fld.label)
            continue
        if target.type == "single_choice" and value not in target.options:
            dropped.append(fld.label)
            continue
        if target.type == "multi_choice" and isinstance(value, list):
            kept = [v for v in value if v in target.options]
            if len(kept) != len(value):
                dropped.append(fld.label)
            value = kept
        moved[fld.id] = value
    return clean_answers(new, moved), dropped


DEFAULT_TEMPLATE = "taskforce-gennemgang"


# ------------------------------------------------------------------------------- answers


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


# Complexity (C901): one branch per field type and condition, as the template format lists them.
def field_problems(fld: Field, value: Any, answers: Mapping[str, Any]) -> list[str]:  # noqa: C901
    """Danish messages for one field; empty when it is fine."""
    if not fld.visible(answers):
        return []
    if not is_filled(value):
        return [Msg("Skal udfyldes")] if fld.is_required(answers) else []
    problems: list[str] = []
    if fld.type == "number":
        try:
            number = float(value)
        except (TypeError, ValueError):
            return [Msg("Skal være et tal")]
        if fld.min is not None and number < fld.min:
            problems.append(
                Msg("Mindst {number} {unit}", number=format_number(fld.min), unit=Msg(fld.unit))
                if fld.unit
                else Msg("Mindst {number}", number=format_number(fld.min))
            )
        if fld.max is not None and number > fld.max:
            problems.append(
                Msg("Højst {number} {unit}", number=format_number(fld.max), unit=Msg(fld.unit))
                if fld.unit
                else Msg("Højst {number}", number=format_number(fld.max))
            )
    elif fld.type == "date":
        try:
            dt.date.fromisoformat(str(value))
        except ValueError:
            problems.append(Msg("Ugyldig dato (brug dd.mm.åååå)"))
    elif fld.type == "single_choice" and value not in fld.options:
        problems.append(Msg("Vælg en af mulighederne"))
    elif fld.type == "multi_choice":
        if not isinstance(value, list) or any(v not in fld.options for v in value):
            problems.append(Msg("Ukendt valgmulighed"))
    elif fld.type == "yes_no" and not isinstance(value, bool):
        problems.append(Msg("Vælg ja eller nej"))
    elif fld.type == "group":
        if not isinstance(value, list):
            return [Msg("Ugyldig gruppe")]
        for i, item in enumerate(value, start=1):
            for sub in fld.fields:
                for problem in field_problems(sub, item.get(sub.id), item):
                    problems.append(
                        Msg(
                            "{item} {number}, {field}: {problem}",
                            item=Msg(fld.item_label or "Punkt"),
                            number=i,
                            field=Msg(sub.label),
                            problem=problem,
                        )
                    )
    return problems


def section_problems(section: Section, answers: Mapping[str, Any]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for fld in section.fields:
        problems = field_problems(fld, answers.get(fld.id), answers)
        if problems:
            out[fld.id] = problems
    return out


def completeness(section: Section, answers: Mapping[str, Any]) -> tuple[int, int]:
    """(required fields filled without problems, required fields) for a field section."""
    done = total = 0
    for fld in section.fields:
        if fld.is_required(answers):
            total += 1
            if not field_problems(fld, answers.get(fld.id), answers):
                done += 1
    return done, total


def _kept(value: Any) -> bool:
    return isinstance(value, bool) or is_filled(value)


def clean_answers(template: Template, answers: Mapping[str, Any]) -> Answers:
    """Only the template's own fields, and no empty values, so that the same answers always
    compare equal however they were entered. Hidden fields keep their values (a condition may
    show them again)."""
    fields = {f.id: f for f in template.all_fields()}
    out: Answers = {}
    for key, value in answers.items():
        fld = fields.get(key)
        if fld is None or not _kept(value):
            continue
        if fld.type == "group" and isinstance(value, list):
            subs = {f.id: f for f in fld.fields}
            value = [
                {k: _ordered(subs.get(k), v) for k, v in item.items() if _kept(v)}
                for item in value
                if isinstance(item, dict)
            ]
        out[key] = _ordered(fld, value)
    return out


def _ordered(fld: Field | None, value: Any) -> Any:
    """Multiple choices in the template's order, whatever order they were ticked in."""
    if fld is not None and fld.type == "multi_choice" and isinstance(value, list):
        rank = {option: i for i, option in enumerate(fld.options)}
        return sorted(value, key=lambda v: rank.get(v, len(rank)))
    return value


def answered_text(value: Any) -> str:
    """An answer as text for summaries and search."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Ja" if value else "Nej"
    if isinstance(value, list):
        return ", ".join(answered_text(v) for v in value)
    if isinstance(value, dict):
        return " – ".join(answered_text(v) for v in value.values() if v)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = str(value)
    if re.fullmatch(r"\d{4}-\d\d-\d\d", text):
        d = dt.date.fromisoformat(text)
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    return text
