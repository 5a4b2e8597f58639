"""An id keeps its meaning across template versions (issue 30): a stored step, consent or
outcome id is read through the template that made it, and a newer template that reuses the id
with another label, reference or outcome group must say it means the same thing
(`vocabulary.same_meaning`); otherwise the new meaning needs a new id."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator

from udsat_desktop.core.checklist.model import Template
from udsat_desktop.core.vocabulary import ROLE_RECOMMENDATION
from udsat_desktop.platform.checklists import bundled_library

KINDS = (
    "next_step_types",
    "consents",
    "legal_bases",
    "outcome_groups",
    "documentation_types",
    "information_flows",
)


def _entries(template: Template) -> Iterator[tuple[str, str, tuple[object, ...]]]:
    """(kind, id, what it means) for every vocabulary entry and recommendation value."""
    vocab = template.vocabulary
    for kind in KINDS:
        for item in getattr(vocab, kind):
            yield kind, item.id, (item.label, getattr(item, "reference", ""))
    fld = template.field_with_role(ROLE_RECOMMENDATION)
    for choice in fld.choices if fld is not None else ():
        yield "recommendations", choice.value, (template.outcome_of(choice.value),)
    if vocab.forum is not None:
        for choice in vocab.forum.recommendations:
            yield "forum_recommendations", choice.value, (template.outcome_of(choice.value),)


def newest_revisions(templates: Iterable[Template]) -> list[Template]:
    """Each version's newest revision: an older revision of the same version is superseded by
    its correction (its `errata` say what changed, and unsigned reviews move to it), so it is
    the corrected words a later version must keep to."""
    newest: dict[tuple[str, str], Template] = {}
    for template in templates:
        key = (template.id, template.version)
        if key not in newest or template.revision > newest[key].revision:
            newest[key] = template
    return list(newest.values())


def reused_ids(templates: Iterable[Template]) -> list[str]:
    """Ids a newer template reuses with another meaning and no `same_meaning` alias."""
    seen: dict[tuple[str, str], tuple[str, tuple[object, ...]]] = {}
    problems = []
    for template in sorted(newest_revisions(templates), key=lambda t: (t.id, t.valid_from)):
        for kind, item_id, meaning in _entries(template):
            key = (kind, item_id)
            before = seen.get(key)
            alias = f"{kind}:{item_id}" in template.vocabulary.same_meaning
            if before is not None and before[1] != meaning and not alias:
                problems.append(
                    f"{template.key}: {kind} {item_id!r} was {before[1]} in {before[0]}, "
                    f"now {meaning}"
                )
            seen[key] = (template.key, meaning)
    return problems


def test_no_bundled_template_reuses_an_id_with_another_meaning():
    assert reused_ids(bundled_library().templates) == []


def test_a_reused_id_with_a_new_label_is_refused_unless_an_alias_says_it_is_the_same():
    templates = sorted(bundled_library().templates, key=lambda t: t.valid_from)
    newest = templates[-1]
    vocab = newest.vocabulary
    renamed = tuple(
        dataclasses.replace(t, label="Forelæg sagen for et nyt forum", reference="ny lov § 1")
        if t.id == "opfoelgningssamtale"
        else t
        for t in vocab.next_step_types
    )
    changed = dataclasses.replace(
        newest,
        version="test",
        vocabulary=dataclasses.replace(vocab, next_step_types=renamed),
    )
    (problem,) = reused_ids([*templates, changed])
    assert "next_step_types 'opfoelgningssamtale'" in problem and "ny lov § 1" in problem
    aliased = dataclasses.replace(
        changed,
        vocabulary=dataclasses.replace(
            changed.vocabulary,
            same_meaning=vocab.same_meaning | {"next_step_types:opfoelgningssamtale"},
        ),
    )
    assert reused_ids([*templates, aliased]) == []


def test_an_outcome_group_renamed_under_its_old_id_is_refused():
    templates = sorted(bundled_library().templates, key=lambda t: t.valid_from)
    newest = templates[-1]
    groups = tuple(
        dataclasses.replace(g, label="Omdøbt udfald") if g.id == "fleksjob" else g
        for g in newest.vocabulary.outcome_groups
    )
    changed = dataclasses.replace(
        newest,
        version="test",
        vocabulary=dataclasses.replace(newest.vocabulary, outcome_groups=groups),
    )
    assert [p for p in reused_ids([*templates, changed]) if "fleksjob" in p]


def test_a_corrected_entry_is_read_in_the_newest_words_and_others_in_their_own():
    library = bundled_library()
    templates = sorted(newest_revisions(library.templates), key=lambda t: t.valid_from)
    # the newest template that corrects a next step's words under its old id
    at = max(
        i
        for i, t in enumerate(templates)
        if any("next_step" in a for a in t.vocabulary.same_meaning)
    )
    newest = templates[at]
    (kind_id, *_rest) = sorted(a for a in newest.vocabulary.same_meaning if "next_step" in a)
    step_id = kind_id.split(":", 1)[1]
    corrected = newest.vocabulary.step_type(step_id).full_label
    for older in templates[:at]:
        if older.vocabulary.step_type(step_id) is not None:
            assert library.read_through((older.id, older.version)).step_label(step_id) == (
                corrected
            )
    # an entry with no alias keeps the words of the template that made it
    renamed = dataclasses.replace(
        templates[0],
        version="test-old",
        vocabulary=dataclasses.replace(
            templates[0].vocabulary,
            next_step_types=tuple(
                dataclasses.replace(t, label="Gammel samtale")
                if t.id == "opfoelgningssamtale"
                else t
                for t in templates[0].vocabulary.next_step_types
            ),
        ),
    )
    library.templates.append(renamed)
    assert library.read_through((renamed.id, "test-old")).step_label("opfoelgningssamtale") == (
        "Gammel samtale"
    )
