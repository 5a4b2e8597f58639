"""Checklist templates as versioned data, and the rules for a review's answers.

A template is a YAML file in `resources/checklists/` validated against `schema.json` on load.
A review keeps the template id and version it was made with; the newest template valid on the
review's date is picked for a new review. Answers are plain JSON-able values keyed by field id:
text -> str, number -> float, date -> "YYYY-MM-DD", yes/no -> bool, single choice -> str,
multiple choice -> list[str], person -> {"name", "role"}, group -> list of answer dicts.
"""

from __future__ import annotations

import datetime as dt
import json
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

Answers = dict[str, Any]


class TemplateError(Exception):
    """A template file that cannot be used; the message names the file and the field."""


@dataclass(frozen=True)
class Condition:
    field: str
    equals: Any = None
    in_: tuple[Any, ...] | None = None
    filled: bool | None = None

    def holds(self, answers: Mapping[str, Any]) -> bool:
        value = answers.get(self.field)
        if self.filled is not None:
            return is_filled(value) == self.filled
        if self.in_ is not None:
            return value in self.in_
        if isinstance(value, list):
            return self.equals in value
        return bool(value == self.equals)


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


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    kind: str = "fields"
    intro: str = ""
    fields: tuple[Field, ...] = ()
    consent_purposes: tuple[str, ...] = ()


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

    @property
    def key(self) -> str:
        return f"{self.id}@{self.version}"

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

    def choice_options(self, field_id: str) -> tuple[str, ...]:
        return self.field(field_id).options


# ------------------------------------------------------------------------------- loading


@cache
def _schema() -> dict[str, Any]:
    text = resources.files("udsat_desktop.resources").joinpath("checklists/schema.json")
    loaded: dict[str, Any] = json.loads(text.read_text(encoding="utf-8"))
    return loaded


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
    try:
        jsonschema.validate(raw, _schema())
    except jsonschema.ValidationError as exc:
        raise TemplateError(
            f"{source}: {_where(exc.absolute_path, raw)}: {exc.message}") from None
    template = Template(
        id=raw["id"], version=str(raw["version"]), title=raw["title"],
        valid_from=dt.date.fromisoformat(raw["valid_from"]),
        sections=tuple(_section(s) for s in raw["sections"]),
        legal_basis=raw.get("legal_basis", ""), source=source,
        full_cpr_outputs=frozenset(name for name, spec in (raw.get("outputs") or {}).items()
                                   if spec.get("full_cpr") is True),
    )
    _check_references(template, source)
    return template


def _condition(raw: Mapping[str, Any] | None) -> Condition | None:
    if raw is None:
        return None
    return Condition(field=raw["field"], equals=raw.get("equals"),
                     in_=tuple(raw["in"]) if "in" in raw else None, filled=raw.get("filled"))


def _field(raw: Mapping[str, Any]) -> Field:
    return Field(
        id=raw["id"], type=raw["type"], label=raw["label"], required=raw.get("required", False),
        help=raw.get("help", ""), example=raw.get("example", ""), unit=raw.get("unit", ""),
        min=raw.get("min"), max=raw.get("max"), options=tuple(raw.get("options", ())),
        roles=tuple(raw.get("roles", ())), show_if=_condition(raw.get("show_if")),
        require_if=_condition(raw.get("require_if")),
        fields=tuple(_field(f) for f in raw.get("fields", ())),
        item_label=raw.get("item_label", ""),
    )


def _section(raw: Mapping[str, Any]) -> Section:
    return Section(id=raw["id"], title=raw["title"], kind=raw.get("kind", "fields"),
                   intro=raw.get("intro", ""),
                   fields=tuple(_field(f) for f in raw.get("fields", ())),
                   consent_purposes=tuple(raw.get("consent_purposes", ())))


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
                if cond is not None and cond.field not in seen:
                    raise TemplateError(
                        f"{source}: sections ({section.id}).fields ({fld.id}): betingelsen "
                        f"henviser til et ukendt felt »{cond.field}«")


def load_template(path: Path) -> Template:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" linje {mark.line + 1}" if mark is not None else ""
        raise TemplateError(f"{path.name}:{where} ikke gyldig YAML: "
                            f"{getattr(exc, 'problem', exc)}") from None
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

    def pick(self, template_id: str, on: dt.date) -> Template:
        """The newest version valid on the given date."""
        valid = [t for t in self.templates if t.id == template_id and t.valid_from <= on]
        if not valid:
            raise TemplateError(f"Ingen skabelon {template_id} gælder {on.isoformat()}")
        return max(valid, key=lambda t: t.valid_from)


def bundled_library() -> TemplateLibrary:
    with resources.as_file(resources.files("udsat_desktop.resources") / "checklists") as folder:
        return TemplateLibrary.from_folder(Path(folder))


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


def field_problems(fld: Field, value: Any, answers: Mapping[str, Any]) -> list[str]:
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
            problems.append(Msg("Mindst {number} {unit}", number=format_number(fld.min),
                                unit=Msg(fld.unit)) if fld.unit else
                            Msg("Mindst {number}", number=format_number(fld.min)))
        if fld.max is not None and number > fld.max:
            problems.append(Msg("Højst {number} {unit}", number=format_number(fld.max),
                                unit=Msg(fld.unit)) if fld.unit else
                            Msg("Højst {number}", number=format_number(fld.max)))
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
                    problems.append(Msg("{item} {number}, {field}: {problem}",
                                        item=Msg(fld.item_label or "Punkt"), number=i,
                                        field=Msg(sub.label), problem=problem))
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
            value = [{k: _ordered(subs.get(k), v) for k, v in item.items() if _kept(v)}
                     for item in value if isinstance(item, dict)]
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
