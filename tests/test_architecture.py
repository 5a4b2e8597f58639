"""The import contract: README's "Allowed imports" table, checked against every import in the
package and the migrations (at the top of a module and inside functions alike)."""

from __future__ import annotations

import ast
import fnmatch
import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "udsat_desktop"
EVERYTHING = "everything"


@dataclass(frozen=True)
class Group:
    name: str
    patterns: tuple[str, ...]  # `core/` (a folder), `cli_*.py` (root modules)
    ours: frozenset[str]
    libraries: frozenset[str]


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def _names(cell: str) -> frozenset[str]:
    return frozenset(n.strip().strip("`") for n in cell.split(",") if n.strip())


def contract() -> list[Group]:
    """The rows of the table under "**Allowed imports.**" in README.md."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    lines = text[text.index("**Allowed imports.**") :].splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("|"))
    groups = []
    for line in lines[start + 2 :]:  # after the header and its rule
        if not line.startswith("|"):
            break
        name, modules, ours, libraries = _cells(line)
        groups.append(
            Group(name, tuple(re.findall(r"`([^`]+)`", modules)), _names(ours), _names(libraries))
        )
    return groups


def group_of(path: Path, groups: list[Group]) -> Group | None:
    """The group a source file (or a package folder) belongs to."""
    for group in groups:
        for pattern in group.patterns:
            if pattern.endswith("/"):
                folder = PACKAGE / pattern if (PACKAGE / pattern).is_dir() else ROOT / pattern
                if path == folder or folder in path.parents:
                    return group
            elif path.parent == PACKAGE and fnmatch.fnmatch(path.name, pattern):
                return group
    return None


def module_path(module: str) -> Path | None:
    """`udsat_desktop.store.db` -> its file (or folder); None for the package root itself."""
    parts = module.split(".")[1:]
    for size in range(len(parts), 0, -1):
        base = PACKAGE.joinpath(*parts[:size])
        if base.with_suffix(".py").is_file():
            return base.with_suffix(".py")
        if base.is_dir():
            return base
    return PACKAGE.joinpath(*parts) if parts else None


def imports(source: str, location: Path) -> list[tuple[int, str]]:
    """(line, absolute module) for every import in `source` as if it were the file at
    `location`; `from udsat_desktop import x` counts as `udsat_desktop.x` (`__version__` as
    the package root)."""
    own = (
        ["udsat_desktop", *location.relative_to(PACKAGE).with_suffix("").parts]
        if PACKAGE in location.parents
        else []
    )
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source, filename=str(location))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            module = node.module or ""
            if node.level:
                module = ".".join([*own[: -node.level], *([module] if module else [])])
            if module == "udsat_desktop":
                found += [
                    (
                        node.lineno,
                        "udsat_desktop"
                        if alias.name == "__version__"
                        else f"udsat_desktop.{alias.name}",
                    )
                    for alias in node.names
                ]
            else:
                found.append((node.lineno, module))
    return found


def check(source: str, location: Path, groups: list[Group]) -> list[str]:
    group = group_of(location, groups)
    where = location.relative_to(ROOT)
    if group is None:
        return (
            []
            if location == PACKAGE / "__init__.py"
            else [f"{where}: in no group of README's allowed-imports table"]
        )
    problems = []
    for line, module in imports(source, location):
        top = module.split(".")[0]
        what = f"{where}:{line}: {group.name} imports {module}"
        if top == "udsat_desktop":
            target = module_path(module)
            if target is None or EVERYTHING in group.ours:
                continue
            target_group = group_of(target, groups)
            if target_group is None:
                problems.append(f"{what}, which is in no group")
            elif target_group.name not in group.ours:
                problems.append(f"{what} (it may import: {', '.join(sorted(group.ours))})")
        elif top not in group.libraries:
            owners = sorted(g.name for g in groups if top in g.libraries)
            if owners:
                problems.append(f"{what} (only {', '.join(owners)} may)")
    return problems


def sources() -> list[Path]:
    return sorted([*PACKAGE.rglob("*.py"), *(ROOT / "db").rglob("*.py")])


def test_every_import_keeps_to_the_readme_table():
    groups = contract()
    problems = [
        p for path in sources() for p in check(path.read_text(encoding="utf-8"), path, groups)
    ]
    assert not problems, "\n".join(problems)


def test_every_package_and_root_module_has_a_row():
    groups = contract()
    assert {"core", "platform", "store", "reports", "sync", "ui"} <= {g.name for g in groups}
    loose = [
        p.name
        for p in PACKAGE.iterdir()
        if (
            (p.is_dir() and (p / "__init__.py").exists())
            or (p.suffix == ".py" and p.name != "__init__.py")
        )
        and group_of(p, groups) is None
    ]
    assert not loose, f"no row in README's allowed-imports table for {loose}"


def test_the_check_reports_what_the_table_forbids():
    groups = contract()
    forbidden = {
        "core/x.py": ("from PySide6.QtCore import QObject\n", "(only ui may)"),
        "core/y.py": ("from ..platform import paths\n", "core imports udsat_desktop.platform"),
        "reports/x.py": (
            "def f():\n    from udsat_desktop.store import db\n",
            "reports imports udsat_desktop.store ",
        ),
        "sync/x.py": ("import sqlalchemy.orm\n", "(only migrations, store may)"),
        "ui/x.py": ("from udsat_desktop import cli\n", "ui imports udsat_desktop.cli"),
        "platform/x.py": ("from udsat_desktop.store import db\n", "platform imports"),
    }
    for rel, (source, expected) in forbidden.items():
        problems = check(source, PACKAGE / rel, groups)
        assert len(problems) == 1 and expected in problems[0], (rel, problems)
    allowed = {
        "store/x.py": "from udsat_desktop.platform.paths import AppPaths\nimport sqlalchemy\n",
        "ui/x.py": "from udsat_desktop import __version__\nfrom ..sync import engine\n",
        "cli_new.py": "from udsat_desktop.app import main\nfrom udsat_desktop.ui import tasks\n",
    }
    for rel, source in allowed.items():
        assert check(source, PACKAGE / rel, groups) == [], rel


def _imported_names(tree: ast.AST) -> list[tuple[int, str]]:
    """Every `udsat_desktop...` name imported, outside `try: ... except ImportError` (where
    a script supports an older layout on purpose)."""
    guarded: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Try) and any(
            isinstance(h.type, ast.Name) and h.type.id in ("ImportError", "ModuleNotFoundError")
            for h in node.handlers
        ):
            guarded |= {id(n) for n in ast.walk(node)}
    found = []
    for node in ast.walk(tree):
        if id(node) in guarded:
            continue
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("udsat_desktop"):
            found += [(node.lineno, f"{node.module}.{a.name}") for a in node.names]
        elif isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names if a.name.startswith("udsat_")]
    return found


def test_benchmarks_and_packaging_import_only_what_exists():
    """Scripts that no test runs (benchmarks, packaging) still import modules that exist: a
    module moved in the package must not break `make bench` silently."""
    import importlib
    import importlib.util

    root = Path(__file__).resolve().parents[1]
    missing = []
    for script in sorted([*root.glob("benchmarks/*.py"), *root.glob("packaging/**/*.py")]):
        for line, name in _imported_names(ast.parse(script.read_text(encoding="utf-8"))):
            module, _, attr = name.rpartition(".")
            try:
                if importlib.util.find_spec(name) is not None:
                    continue  # a module
            except ModuleNotFoundError:
                pass  # its parent is a module, not a package: a name in it
            if importlib.util.find_spec(module) is not None and hasattr(
                importlib.import_module(module), attr
            ):
                continue  # a name in a module
            missing.append(f"{script.relative_to(root)}:{line}: {name}")
    assert not missing, missing
