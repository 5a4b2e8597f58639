"""The template library this installation uses: the bundled templates plus those in the
folder named by the environment variable UDSAT_CHECKLIST_DIR (a new law version is a file,
not a release), read once and kept as the active library; and the forum of a meeting's day
as that library defines it."""

from __future__ import annotations

import datetime as dt
import os
from importlib import resources
from pathlib import Path

from udsat_desktop.core.checklist.library import TemplateLibrary
from udsat_desktop.core.checklist.model import TemplateError
from udsat_desktop.core.danish import format_date
from udsat_desktop.core.text import Msg
from udsat_desktop.core.vocabulary import Forum, MergedVocabulary


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


def forum_on(day: dt.date, library: TemplateLibrary | None = None) -> Forum | None:
    """The forum that applies on a meeting's day, as the template of that day defines it;
    None when that template has none (then no meeting is planned and no case offered)."""
    return default_library(library).forum_template(day).vocabulary.forum


def require_forum(day: dt.date, library: TemplateLibrary | None = None) -> Forum:
    """The forum of the day, or a TemplateError saying there is none (one Danish sentence)."""
    forum = forum_on(day, library)
    if forum is None:
        raise TemplateError(
            Msg(
                "Skabelonen, der gælder {day}, har intet forum at forelægge sager for, så der "
                "holdes ingen møder den dag",
                day=format_date(day),
            )
        )
    return forum


def participant_roles(day: dt.date, library: TemplateLibrary | None = None) -> dict[str, str]:
    forum = forum_on(day, library)
    return forum.participant_labels() if forum is not None else {}


def weighed_areas(day: dt.date, library: TemplateLibrary | None = None) -> dict[str, str]:
    forum = forum_on(day, library)
    return forum.weighed_labels() if forum is not None else {}


def recommendations_for(
    meeting_date: dt.date, library: TemplateLibrary | None = None
) -> tuple[str, ...]:
    """What the forum may recommend at a meeting on this day (each value's validity)."""
    forum = forum_on(meeting_date, library)
    return forum.recommendations_on(meeting_date) if forum is not None else ()
