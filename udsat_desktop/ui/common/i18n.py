"""The UI's language: Qt translation catalogues and the chosen locale's dates and numbers.

Source texts are Danish. `resources/i18n/udsat_<lang>.ts` are the Qt Linguist catalogues
(`make i18n-update` refreshes them from the source, `make i18n` compiles them to `.qm`);
`udsat_da` and `udsat_en` carry the texts; a count picks its singular or plural text with
`core.danish.one_or_many` ("1 sag", "2 sager"), the same rule as the CLI's.

Three kinds of text are translated:
- the UI's own texts, through `self.tr(...)` or `translate("Context", ...)`;
- domain labels from `core/` and the checklist templates (status names, consent purposes,
  field labels, help texts): `domain(text)`, context ``Domain``;
- messages from the layers below the UI (`core.text.Msg`): `localize(msg)`, which
  translates the template and fills in its (translated) arguments again; a joined list
  (`core.text.join`) is translated part by part.

A translated text with markers is filled with `fill(self.tr("… %1 … %2"), a, b)`: one pass, so
a value containing ``%2`` is never substituted again; a `Msg` value is localized first.

What is written down — signed PDFs, records, the audit log — stays Danish whatever the UI
language: only what is shown on screen goes through here.
"""

from __future__ import annotations

import datetime as dt
import logging
from importlib import resources
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTime, QTranslator

from udsat_desktop.core.text import Joined, Msg, message_of
from udsat_desktop.core.text import fill as _fill

log = logging.getLogger(__name__)

translate = QCoreApplication.translate
LOCALES = {"da": "da_DK", "en": "en_GB"}


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for the catalogue under `context`; translated later with `translate`."""
    return text


def domain(text: str) -> str:
    """A Danish domain label (status, consent purpose, next-step type, template text)."""
    return translate("Domain", text) if text else text


def fill(text: str, *values: object) -> str:
    """A translated text with its ``%1`` … ``%N`` markers filled in a single pass; `Msg`
    values (and joined lists of them) in the UI's language."""
    return _fill(text, *(localize(v) if isinstance(v, Msg) else v for v in values))


def localize(text: str) -> str:
    """A message from below the UI in the UI's language; plain text is returned as it is."""
    if not isinstance(text, Msg):
        return text
    if isinstance(text, Joined):
        return text.separator.join(localize(part) for part in text.parts)
    template = domain(text.template)
    if not text.args:
        return template
    args = {
        key: localize(value) if isinstance(value, Msg) else _argument(value)
        for key, value in text.args.items()
    }
    try:
        return template.format(**args)
    except (KeyError, IndexError, ValueError):
        log.warning("translation of a message does not fit its arguments")
        return str(text)


def _argument(value: Any) -> str:
    if isinstance(value, bool | int):
        return str(value)  # counts, ids, line numbers: never grouped (a log entry 12.345)
    if isinstance(value, float):
        return fmt_number(value, 0 if value.is_integer() else 1)
    if isinstance(value, dt.date):
        return fmt_date(value)
    return str(value)


def error_text(exc: BaseException) -> str:
    """An exception's message for a dialog or a status line, in the UI's language."""
    return localize(message_of(exc))


def translations_folder() -> str:
    return str(resources.files("udsat_desktop.resources") / "i18n")


def qt_translation_folders() -> list[str]:
    """Where Qt's own catalogues (qtbase_da: OK/Annullér, the file and print dialogs) may be:
    Qt's configured folder, else PySide6's own (a frozen or relocated build may configure a
    folder that is not there)."""
    import PySide6

    package = Path(PySide6.__file__).parent
    found = [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)]
    found += [str(package / "Qt" / "translations"), str(package / "translations")]
    return list(dict.fromkeys(f for f in found if f and Path(f).is_dir()))


_installed: list[QTranslator] = []


def install_translations(app: Any, language: str) -> list[str]:
    """Load Qt's own texts and ours for `language` (replacing any loaded before), and make
    its locale the default one.

    Returns the catalogues that were found (a missing one is logged; the UI then shows the
    Danish source texts)."""
    uninstall_translations(app)
    QLocale.setDefault(QLocale(LOCALES.get(language, LOCALES["da"])))
    loaded: list[str] = []
    for name, folders in (
        (f"qtbase_{language}", qt_translation_folders()),
        (f"udsat_{language}", [translations_folder()]),
    ):
        translator = QTranslator(app)
        if any(translator.load(name, folder) for folder in folders):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(name)
        elif name.startswith("udsat") or language != "en":  # Qt's English is its source
            log.warning("translation catalogue %s not found", name)
    return loaded


def uninstall_translations(app: Any) -> None:
    while _installed:
        app.removeTranslator(_installed.pop())


# ------------------------------------------------------------------ dates and numbers


def _short(kind: str) -> str:
    locale = QLocale()
    fmt = QLocale.FormatType.ShortFormat
    return locale.dateFormat(fmt) if kind == "date" else locale.timeFormat(fmt)


def date_format() -> str:
    """The locale's short date format for QDateEdit (Danish ``dd.MM.yyyy``)."""
    return _short("date")


def date_hint() -> str:
    """What to type in a date field, e.g. ``dd.mm.åååå``."""
    return translate("Dates", "dd.mm.åååå")  # English: dd/mm/yyyy


def fmt_date(value: dt.date | None) -> str:
    """24.11.2026 in Danish, 24/11/2026 in English; empty for None."""
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), date_format())


def fmt_time(value: dt.datetime | dt.time, *, seconds: bool = False) -> str:
    """13.05 in Danish, 13:05 in English (with seconds on request)."""
    pattern = _short("time")
    if seconds and "ss" not in pattern:
        separator = pattern[pattern.index("HH") + 2] if "HH" in pattern else ":"
        pattern = pattern.replace("mm", f"mm{separator}ss", 1)
    return QLocale().toString(QTime(value.hour, value.minute, value.second), pattern)


def fmt_datetime(value: dt.datetime, *, seconds: bool = False) -> str:
    return f"{fmt_date(value.date())} {fmt_time(value, seconds=seconds)}"


def fmt_number(value: float | int, decimals: int = 0) -> str:
    """1.234,5 in Danish, 1,234.5 in English."""
    if isinstance(value, int) and decimals == 0:
        return QLocale().toString(value)
    return QLocale().toString(float(value), "f", decimals)


def fmt_percent(value: float, decimals: int = 0) -> str:
    return fill(translate("Numbers", "%1 %"), fmt_number(value, decimals))


def month_format() -> str:
    """Month and year in the locale's short date order, e.g. ``MM.yyyy`` / ``MM/yyyy``."""
    pattern = date_format()
    for day in ("dd", "d"):
        if day in pattern:
            at = pattern.index(day)
            after = pattern[at + len(day) : at + len(day) + 1]
            before = pattern[at - 1 : at] if at else ""
            return (
                pattern.replace(day + after, "", 1)
                if after and not after.isalpha()
                else pattern.replace(before + day, "", 1)
            )
    return pattern
