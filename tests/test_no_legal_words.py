"""No legal vocabulary in code (issue 30): the forum's name and every sentence about it, the
summary's part headings and every other legal term shown to users come from the template (of
the review, or of the meeting's day). A law change renames them with a new template file, so
a string literal in the code that names one fails here (scanned like test_danish_plurals)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "udsat_desktop"
# the law's words that the bundled templates define (forum, schemes, documents, statutes)
LEGAL = re.compile(
    r"rehabiliter|forberedende del|jobafklaring|ressourceforløb|revalidering|sundhedsfaglig"
    r"|lægeattest|LÆ ?\d{3}|fleksjob|førtidspension|\b(?:LAB|LOB|SEL|BEK|rsl)\b|§ ?\d"
    r"|partshøring|klagevejledning|forvaltningslov",
    re.IGNORECASE,
)
# files whose strings are not the product's legal vocabulary, each with its reason
EXEMPT = {
    "core/demo_content.py": "synthetic demo cases: a fictional citizen's history, and answers "
    "picked from the bundled templates' own options",
}
# single literals that are not shown to users, each with its reason
EXEMPT_LITERALS = {
    "forelaeg_rehabiliteringsteam": "the field id old review records were stored under",
}


def _docstrings(tree: ast.AST) -> set[int]:
    nodes = (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
    return {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, nodes)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }


def legal_words_in(source: str, name: str) -> list[str]:
    tree = ast.parse(source)
    docs = _docstrings(tree)
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Constant) or not isinstance(node.value, str):
            continue
        if id(node) in docs or node.value in EXEMPT_LITERALS:
            continue
        match = LEGAL.search(node.value)
        if match:
            found.append(f"{name}:{node.lineno}: {match.group(0)!r} in {node.value[:80]!r}")
    return found


def test_no_legal_term_in_a_code_string():
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        name = path.relative_to(PACKAGE).as_posix()
        if name not in EXEMPT:
            found += legal_words_in(path.read_text(encoding="utf-8"), name)
    assert found == [], "legal vocabulary belongs in the template:\n" + "\n".join(found)


def test_the_scan_finds_a_legal_term_and_leaves_docstrings_alone():
    code = (
        '"""Meetings of the rehabiliteringsteam (a docstring explains)."""\n'
        'TITLE = "Møder i rehabiliteringsteamet"\n'
        'HEAD = f"Del A. Forberedende del — {x}"\n'
        'REF = "LAB § 40, stk. 3"\n'
        'OK = "Møder i %1"\n'
    )
    found = legal_words_in(code, "x.py")
    assert sorted(line.split(":")[1] for line in found) == ["2", "3", "4"]
