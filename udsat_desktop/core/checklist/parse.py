"""Parsing a template: the raw YAML data validated against `schema.json` (bundled with the
package) and checked for references and vocabulary."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Callable, Iterable, Mapping
from functools import cache
from importlib import resources
from typing import Any

from udsat_desktop.core.checklist.model import (
    Condition,
    Decision,
    Erratum,
    Field,
    Section,
    Template,
    TemplateError,
)
from udsat_desktop.core.vocabulary import (
    FIELD_ROLES,
    ROLE_HEARING_DATE,
    ROLE_PRESENT_TO_FORUM,
    ROLE_RECOMMENDATION,
    STEP_ROLES,
    Choice,
    Vocabulary,
    parse_choice,
    parse_vocabulary,
)


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
    import jsonschema.validators  # imported here: the queue's launch reads no template

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
    import jsonschema.exceptions  # imported here: 0.15-1.3 s of the GUI launch (issue 34)

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
        revision=int(raw.get("revision", 1)),
        errata=tuple(
            Erratum(int(e["revision"]), dt.date.fromisoformat(e["date"]), tuple(e["changes"]))
            for e in raw.get("errata", ())
        ),
        draft=raw.get("draft", ""),
        sources=tuple((str(k), str(v)) for k, v in (raw.get("sources") or {}).items()),
        kle=raw.get("kle", ""),
    )
    _check_references(template, source)
    _check_errata(template, source)
    return template


def _check_errata(template: Template, source: str) -> None:
    """A revision above 1 says what it corrected; no erratum names a revision after the
    template's own."""
    told = {e.revision for e in template.errata}
    for erratum in template.errata:
        if erratum.revision > template.revision:
            raise TemplateError(
                f"{source}: errata: rettelse {erratum.revision} er nyere end skabelonens "
                f"revision {template.revision}"
            )
    if template.revision > 1 and template.revision not in told:
        raise TemplateError(
            f"{source}: errata: rettelse {template.revision} skal sige, hvad den retter"
        )


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
        default=raw.get("default", ""),
        reference=raw.get("reference", ""),
    )


def _section(raw: Mapping[str, Any], vocabulary: Vocabulary) -> Section:
    flows = tuple(raw.get("information_flows", ()))
    purposes = list(raw.get("consent_purposes", ()))
    for flow in vocabulary.information_flows:  # a flow that rests on a consent asks for it
        if flow.id in flows and flow.needs.consent and flow.needs.consent not in purposes:
            purposes.append(flow.needs.consent)
    fields = tuple(_field(f, vocabulary) for f in raw.get("fields", ()))
    decision = None
    if "decision" in raw:
        when = _condition(raw["decision"]["when"])
        assert when is not None  # the schema requires it
        decision = Decision(when, raw["decision"].get("not_applicable", ""))
        # a field of a decision section is shown (and so required) only when it applies
        fields = tuple(
            dataclasses.replace(
                f, show_if=when if f.show_if is None else Condition(all_=(when, f.show_if))
            )
            for f in fields
        )
    return Section(
        id=raw["id"],
        title=raw["title"],
        kind=raw.get("kind", "fields"),
        intro=raw.get("intro", ""),
        fields=fields,
        decision=decision,
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
    ROLE_HEARING_DATE: ("date",),
}


def _check_decision_values(
    template: Template, when: Condition, section_id: str, fail: Callable[[str, str], None]
) -> None:
    """Each value the decision's rule names is an option of its field: a misspelt value
    would silently make no review lead to a decision."""
    for cond in (when, *when.all_):
        if not cond.field:
            continue
        fld = template.field(cond.field)
        if not fld.options:
            continue
        named = list(cond.in_ or ()) + ([cond.equals] if cond.equals is not None else [])
        for value in named:
            if value not in fld.options:
                fail(
                    f"sections ({section_id}).decision",
                    f"»{value}« er ikke en mulighed i feltet »{cond.field}«",
                )


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
    if vocab.cpr_basis is not None and vocab.cpr_basis not in bases:
        fail("vocabulary.cpr_basis", f"ukendt hjemmel »{vocab.cpr_basis}«")
    for step in vocab.next_step_types:
        for role in step.roles:
            if role not in STEP_ROLES:
                fail(f"vocabulary.next_step_types ({step.id})", f"ukendt rolle »{role}«")
    flows = {f.id for f in vocab.information_flows}
    for section in template.sections:
        if section.decision is not None and section.kind != "fields":
            fail(f"sections ({section.id})", "kun et afsnit med felter kan have »decision«")
        if section.decision is not None:
            _check_decision_values(template, section.decision.when, section.id, fail)
        for fld in section.fields:
            if ROLE_HEARING_DATE in fld.roles and section.decision is None:
                fail(f"fields ({fld.id})", f"rollen »{ROLE_HEARING_DATE}« hører til »decision«")
        for purpose in section.consent_purposes:
            if vocab.consents and purpose not in consents:
                fail(f"sections ({section.id})", f"ukendt samtykke »{purpose}«")
        for flow in section.information_flows:
            if flow not in flows:
                fail(f"sections ({section.id})", f"ukendt informationsstrøm »{flow}«")
