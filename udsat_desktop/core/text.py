"""Danish messages that a user interface can show in another language.

A `Msg` *is* the Danish text (a `str`), so the CLI, the PDFs and every test that compares
Danish text keep working unchanged. It also remembers its template and arguments, so the Qt
UI can look the template up in its translation catalogue and fill in the arguments again
(`udsat_desktop.ui.i18n.localize`). `packaging/i18n.py` finds every `Msg("…")` template in
the source and puts it into the catalogue.

An argument that is itself a Danish label (a section title, a consent purpose) is passed as
`Msg(label)` so that it is translated too; numbers and names are passed as they are.
"""

from __future__ import annotations

from typing import Any


class Msg(str):
    template: str
    args: dict[str, Any]

    def __new__(cls, template: str, **args: Any) -> Msg:
        text = template.format(**{k: str(v) for k, v in args.items()}) if args else template
        obj = super().__new__(cls, text)
        obj.template = template
        obj.args = args
        return obj

    def __reduce__(self) -> tuple[Any, ...]:  # pickles (worker processes) as a plain Msg
        return (_rebuild, (self.template, self.args))


def _rebuild(template: str, args: dict[str, Any]) -> Msg:
    return Msg(template, **args)


def message_of(exc: BaseException) -> str:
    """The exception's message, keeping a `Msg` (``str(exc)`` would flatten it)."""
    if len(exc.args) == 1 and isinstance(exc.args[0], str):
        return exc.args[0]
    return str(exc)
