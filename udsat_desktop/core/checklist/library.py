"""A set of templates (`TemplateLibrary`): picking the version valid on a day, finding
one by id and version; loading a template file or a folder of them."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from udsat_desktop.core.checklist.model import DEFAULT_TEMPLATE, Template, TemplateError
from udsat_desktop.core.checklist.parse import parse_template
from udsat_desktop.core.vocabulary import (
    MergedVocabulary,
)


def load_template(path: Path) -> Template:
    import yaml  # imported here: the queue's launch reads no template (issue 34)

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

    def get(self, template_id: str, version: str, revision: int | None = None) -> Template:
        """The template of this id and version: the given revision, or its newest one."""
        found = self.find(template_id, version, revision)
        if found is None:
            raise TemplateError(f"Skabelonen {template_id} version {version} findes ikke")
        return found

    @classmethod
    def from_folders(cls, *folders: Path) -> TemplateLibrary:
        """Templates from several folders, e.g. the bundled ones plus a folder with a new
        version: a law change is a file, not a release."""
        library = cls()
        for folder in folders:
            for template in cls.from_folder(folder).templates:
                if any(t.revision_key == template.revision_key for t in library.templates):
                    again = f" rettelse {template.revision}" if template.revision > 1 else ""
                    raise TemplateError(
                        f"{template.source}: skabelonen {template.id} version "
                        f"{template.version}{again} findes allerede"
                    )
                library.templates.append(template)
        return library

    def pick(self, template_id: str, on: dt.date) -> Template:
        """The newest version valid on the given date."""
        valid = [t for t in self.templates if t.id == template_id and t.valid_on(on)]
        if not valid:
            raise TemplateError(f"Ingen skabelon {template_id} gælder {on.isoformat()}")
        return max(valid, key=lambda t: (t.valid_from, t.revision))

    def find(
        self, template_id: str | None, version: str | None, revision: int | None = None
    ) -> Template | None:
        """The given revision of a version, or its newest revision when none is given."""
        same = [t for t in self.templates if t.id == template_id and t.version == version]
        if revision is not None:
            return next((t for t in same if t.revision == revision), None)
        return max(same, key=lambda t: t.revision, default=None)

    def newest_revision(self, template: Template) -> Template | None:
        """The newest correction of the same version when it is newer than `template`."""
        newest = self.find(template.id, template.version)
        return newest if newest is not None and newest.revision > template.revision else None

    def newer_than(self, template: Template, on: dt.date) -> Template | None:
        """The template that applies on `on` when it is newer than `template`, else None."""
        try:
            current = self.pick(template.id, on)
        except TemplateError:
            return None
        return current if current.valid_from > template.valid_from else None

    def merged(self) -> MergedVocabulary:
        ordered = sorted(self.templates, key=lambda t: (t.valid_from, t.revision), reverse=True)
        return MergedVocabulary([t.vocabulary for t in ordered])

    def read_through(self, key: tuple[str, str] | None) -> MergedVocabulary:
        """The vocabulary a record made with template `key` (id, version) is read through:
        that template's own first, then every other one's, newest first, for ids it does not
        know (issue 30: a step keeps the label of the template that made it). An entry a
        newer version declares the same (`same_meaning`, a corrected wording) is read in the
        newest words."""
        merged = self.merged()
        template = self.find(*key) if key is not None else None
        if template is None:
            return merged
        corrected = {
            alias
            for t in self.templates
            if t.id == template.id and t.valid_from > template.valid_from
            for alias in t.vocabulary.same_meaning
        }
        own = template.vocabulary
        if corrected:
            own = dataclasses.replace(
                own,
                next_step_types=tuple(
                    s for s in own.next_step_types if f"next_step_types:{s.id}" not in corrected
                ),
                consents=tuple(c for c in own.consents if f"consents:{c.id}" not in corrected),
            )
        return MergedVocabulary([own, *merged.newest_first])

    def valid_between(
        self, start: dt.date | None, end: dt.date | None, template_id: str = ""
    ) -> list[Template]:
        """The versions of a template that apply on some day of a period (oldest first); with
        no start, from the first version; with no end, up to today's."""
        template_id = template_id or DEFAULT_TEMPLATE
        out = []
        for t in sorted(self.templates, key=lambda t: t.valid_from):
            if t.id != template_id:
                continue
            if end is not None and t.valid_from > end:
                continue
            if start is not None and t.valid_until is not None and t.valid_until < start:
                continue
            out.append(t)
        if start is not None:  # a newer version replaces an older one from its valid_from
            later = [t for t in out if t.valid_from <= start]
            if len(later) > 1:
                out = [t for t in out if t not in later[:-1]]
        return out

    def forum_template(self, on: dt.date, template_id: str = "") -> Template:
        """The template whose forum applies on a date (a meeting's date)."""
        template_id = template_id or DEFAULT_TEMPLATE
        try:
            return self.pick(template_id, on)
        except TemplateError:
            return min(
                (t for t in self.templates if t.id == template_id), key=lambda t: t.valid_from
            )
