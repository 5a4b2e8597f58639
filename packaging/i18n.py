"""Translation catalogues: refresh the .ts files from the source and compile them to .qm.

    python packaging/i18n.py update    # pyside6-lupdate: new texts land in the .ts files
    python packaging/i18n.py release   # pyside6-lrelease: .ts -> .qm (run by make and CI)
    python packaging/i18n.py check     # exit 1 when a text has no translation (CI)

The UI's own texts are found by lupdate in `udsat_desktop/ui/` (`self.tr`, `translate`,
`QT_TRANSLATE_NOOP`). Texts that reach the screen from below the UI have no Qt call to
find, so this script writes them into a generated Python file for lupdate, context
``Domain``: the labels of the core enums and tables, every text of the bundled checklist
templates, and every `Msg("…")` template in the non-UI code.
"""

from __future__ import annotations

import ast
import enum
import inspect
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "udsat_desktop"
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("da", "en")
TEMPLATE_KEYS = (
    "title",
    "intro",
    "label",
    "help",
    "example",
    "item_label",
    "unit",
    "name",
    "presented_label",
    "reference",
    "recipient",
    "value",
    "draft",
    "not_applicable",
)


def _tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install the project (pip install -e .)")
    return found


# ------------------------------------------------------------------ domain texts


def _enum_labels() -> Iterator[str]:
    from udsat_desktop.core import consent, status

    for module in (status, consent):
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if not issubclass(cls, enum.Enum) or cls.__module__ != module.__name__:
                continue
            for member in cls:
                for attr in ("label", "recipient"):
                    value = getattr(member, attr, None)
                    if isinstance(value, str):
                        yield value
    for consent_status in consent.ConsentStatus:  # "… samtykket er afvist" (lower case)
        yield consent_status.label.lower()


def _tables() -> Iterator[str]:
    from udsat_desktop.core import auditlog, progress, target_list
    from udsat_desktop.core.status import REVIEW_STATUS_LABELS
    from udsat_desktop.reports.signing import Verdict

    yield from auditlog.ACTION_LABELS.values()
    yield from auditlog.DETAIL_LABELS.values()
    yield progress.CLOSE_AT_START
    yield from REVIEW_STATUS_LABELS.values()
    yield from (field.label for field in target_list.FIELDS)
    yield from (verdict.value for verdict in Verdict)
    yield from ("lokal", "teamet", "fællesmappe")  # where a next step / candidate comes from


def _refusal_texts(on_refusal: dict[str, object]) -> Iterator[str]:
    """A refused consent's outcome, alone and as "outcome (reference)" (how it is shown)."""
    outcome, reference = on_refusal.get("outcome"), on_refusal.get("reference")
    if isinstance(outcome, str):
        yield outcome
        if reference:
            yield f"{outcome} ({reference})"


# Complexity (C901): one branch per kind of YAML node and per text-bearing key of a template.
def _template_texts() -> Iterator[str]:  # noqa: C901
    import yaml

    def walk(node: object) -> Iterator[str]:
        if isinstance(node, dict):
            for key, value in node.items():
                if key in TEMPLATE_KEYS and isinstance(value, str):
                    yield value
                elif key == "options" and isinstance(value, list):
                    for option in value:  # a value, or {value: ..., outcome: ...}
                        if isinstance(option, str):
                            yield option
                        else:
                            yield from walk(option)
                elif key == "changes" and isinstance(value, list):  # errata, told as written
                    yield from (c for c in value if isinstance(c, str))
                elif key == "on_refusal" and isinstance(value, dict):  # shown as "outcome (ref)"
                    yield from _refusal_texts(value)
                    yield from walk(value)
                elif key in ("roles", "id", "outcome", "candidate", "needs", "sources"):
                    continue  # names the code reads, never shown
                else:
                    yield from walk(value)
        elif isinstance(node, list):
            for item in node:
                yield from walk(item)

    for path in sorted((ROOT / "resources" / "checklists").glob("*.yaml")):
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        yield from walk(raw)
        vocabulary = raw.get("vocabulary") or {}
        for kind in ("next_step_types", "consents", "legal_bases"):  # "label (reference)"
            for item in vocabulary.get(kind, ()):
                if item.get("reference"):
                    yield f"{item['label']} ({item['reference']})"


def _msg_templates() -> Iterator[str]:
    for path in sorted(PACKAGE.rglob("*.py")):
        if "ui" in path.relative_to(PACKAGE).parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "Msg"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                yield node.args[0].value


def domain_texts() -> list[str]:
    sys.path.insert(0, str(ROOT))
    seen: dict[str, None] = {}
    for text in (*_enum_labels(), *_tables(), *_template_texts(), *_msg_templates()):
        if text and text.strip():
            seen.setdefault(text, None)
    return list(seen)


def write_stub(folder: Path) -> Path:
    stub = folder / "domain_texts.py"
    lines = ["from PySide6.QtCore import QT_TRANSLATE_NOOP", ""]
    lines += [f"QT_TRANSLATE_NOOP({'Domain'!r}, {text!r})" for text in domain_texts()]
    stub.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return stub


# ------------------------------------------------------------------ commands


def _sources() -> list[str]:
    return sorted(str(p) for p in (PACKAGE / "ui").rglob("*.py"))


def update(target: Path = I18N, quiet: bool = False) -> list[Path]:
    target.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory() as tmp:
        stub = write_stub(Path(tmp))
        for language in LANGUAGES:
            ts = target / f"udsat_{language}.ts"
            subprocess.run(
                [
                    _tool("pyside6-lupdate"),
                    *_sources(),
                    str(stub),
                    "-source-language",
                    "da",
                    "-target-language",
                    language,
                    "-locations",
                    "none",
                    "-no-obsolete",
                    "-ts",
                    str(ts),
                ],
                check=True,
                capture_output=quiet,
            )
            written.append(ts)
    return written


def release(folder: Path = I18N) -> list[Path]:
    out = []
    for language in LANGUAGES:
        ts = folder / f"udsat_{language}.ts"
        qm = ts.with_suffix(".qm")
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        out.append(qm)
    return out


def untranslated(ts: Path) -> list[str]:
    """Source texts of `ts` without a finished translation."""
    missing = []
    for message in ET.parse(ts).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        forms: Iterable[str] = [translation.text or ""] if translation is not None else [""]
        if translation is not None and translation.findall("numerusform"):
            forms = [f.text or "" for f in translation.findall("numerusform")]
        if (
            translation is None
            or translation.get("type") in ("unfinished", "vanished", "obsolete")
            or not all(f.strip() for f in forms)
        ):
            missing.append(source)
    return missing


def check() -> int:
    """Refresh copies of the catalogues from the source; every text must be translated."""
    with tempfile.TemporaryDirectory() as tmp:
        copies = Path(tmp)
        for language in LANGUAGES:
            shutil.copy(I18N / f"udsat_{language}.ts", copies)
        update(copies, quiet=True)
        problems = 0
        for language in LANGUAGES:
            for source in untranslated(copies / f"udsat_{language}.ts"):
                print(f"udsat_{language}.ts: no translation for {source!r}")
                problems += 1
    return 1 if problems else 0


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else "release"
    if command == "update":
        for ts in update():
            print(f"updated {ts.relative_to(ROOT)}")
        return 0
    if command == "release":
        release()
        return 0
    if command == "check":
        return check()
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
