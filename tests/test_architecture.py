"""The import contract: docs/architecture.md's "Allowed imports" table, checked against every
import in the package and the migrations (at the top of a module and inside functions alike);
and the house's structure (issue 27): no import loop inside a package, few imports inside
functions and each marked, no module over 600 lines without a reason."""

from __future__ import annotations

import ast
import fnmatch
import itertools
import re
import sys
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
    """The rows of the table under "**Allowed imports.**" in docs/architecture.md."""
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
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
            else [f"{where}: in no group of the allowed-imports table (docs/architecture.md)"]
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


def test_every_import_keeps_to_the_table():
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
    assert not loose, f"no row in the allowed-imports table (docs/architecture.md) for {loose}"


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


# --- The house's structure (issue 27): no loops inside a package, imports at the top, short
# modules. Each check prints every offender, so one run shows all there is to do.

# Imports under `if TYPE_CHECKING:` make a loop too: issue 27 counts ui/review_window <->
# review_pages, joined only there, among the five loops to break (and ui/controller ->
# main_window in the 12-file one). Such an edge is shown as `-(TYPE_CHECKING)->`.
TYPE_CHECKING_COUNTS = True
LAZY_BUDGET = 40
LAZY_MARK = "# lazy:"
MAX_LINES = 600
LONG_REASON = "Over 600 lines:"
_FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)


@dataclass(frozen=True)
class OwnImport:
    """One import statement's link to one of our modules."""

    source: str  # the importing module, dotted
    target: str  # the imported module, dotted (a package is its `__init__`)
    line: int  # the statement's first line
    end_line: int  # and its last
    in_function: bool
    type_checking: bool  # under `if TYPE_CHECKING:`: a loop all the same (issue 27 counts
    # ui/review_window <-> review_pages, joined only there, as one)


def module_name(path: Path) -> str:
    """`udsat_desktop/sync/share/read.py` -> `udsat_desktop.sync.share.read`; a package's
    `__init__.py` is the package."""
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _existing_module(dotted: str) -> str | None:
    """The longest prefix of `dotted` that is one of our modules or packages."""
    parts = dotted.split(".")
    while parts and parts[0] == "udsat_desktop":
        base = ROOT.joinpath(*parts)
        if base.with_suffix(".py").is_file() or (base / "__init__.py").is_file():
            return ".".join(parts)
        parts.pop()
    return None


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def own_imports(source: str, location: Path) -> list[OwnImport]:
    """Every import of our own modules in `source` (the file at `location`), with where it
    sits: inside a function or not, under `if TYPE_CHECKING:` or not. `from package import
    name` links to the module `package.name` when that is a module, else to the package."""
    me = module_name(location)
    package = me if location.name == "__init__.py" else me.rpartition(".")[0]
    tree = ast.parse(source, filename=str(location))
    found: list[OwnImport] = []

    def visit(node: ast.AST, in_function: bool, type_checking: bool) -> None:
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join([*anchor, *([base] if base else [])])
            for alias in node.names:
                targets.append(
                    f"{base}.{alias.name}" if _existing_module(f"{base}.{alias.name}") else base
                )
        for target in targets:
            resolved = _existing_module(target) if target.startswith("udsat_desktop") else None
            if resolved:
                end = getattr(node, "end_lineno", None) or node.lineno
                found.append(OwnImport(me, resolved, node.lineno, end, in_function, type_checking))
        for child in ast.iter_child_nodes(node):
            if isinstance(node, ast.If) and _is_type_checking(node.test) and child in node.body:
                visit(child, in_function, True)
            else:
                visit(child, in_function or isinstance(node, _FUNCTIONS), type_checking)

    visit(tree, False, False)
    return found


def package_sources() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def import_graph(links: list[OwnImport]) -> dict[str, dict[str, str]]:
    """Module -> {module it imports: how}: "" at the top of the file, "in a function", or
    "TYPE_CHECKING" (the plainest way wins when one module imports another several times)."""
    order = ["", "in a function", "TYPE_CHECKING"]
    graph: dict[str, dict[str, str]] = {}
    for link in links:
        if link.target == link.source or (link.type_checking and not TYPE_CHECKING_COUNTS):
            continue
        how = "TYPE_CHECKING" if link.type_checking else "in a function" if link.in_function else ""
        edges = graph.setdefault(link.source, {})
        if link.target not in edges or order.index(how) < order.index(edges[link.target]):
            edges[link.target] = how
    return graph


def _spelled(loop: list[str], graph: dict[str, dict[str, str]]) -> str:
    """`a -> b -(in a function)-> a`, without the `udsat_desktop.` in front."""
    text = loop[0].removeprefix("udsat_desktop.")
    for here, there in itertools.pairwise(loop):
        how = graph[here][there]
        text += (f" -({how})-> " if how else " -> ") + there.removeprefix("udsat_desktop.")
    return text


def _cycle_through(start: str, members: set[str], graph: dict[str, dict[str, str]]) -> list[str]:
    """One shortest loop from `start` back to itself inside `members` (breadth first)."""
    came_from: dict[str, str] = {}
    frontier = [start]
    while frontier:
        following = []
        for node in frontier:
            for nxt in sorted(graph.get(node, ())):
                if nxt not in members:
                    continue
                if nxt == start:
                    path = [node]
                    while path[-1] != start:
                        path.append(came_from[path[-1]])
                    return [start, *reversed(path[:-1]), start]
                if nxt not in came_from:
                    came_from[nxt] = node
                    following.append(nxt)
        frontier = following
    return []


def strongly_connected(nodes: set[str], graph: dict[str, dict[str, str]]) -> list[set[str]]:
    """The groups of two or more modules in `nodes` that reach each other (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[set[str]] = []
    counter = 0

    def connect(node: str) -> None:
        nonlocal counter
        index[node] = low[node] = counter
        counter += 1
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in nodes:
                continue
            if nxt not in index:
                connect(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.add(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(group)

    for node in sorted(nodes):
        if node not in index:
            connect(node)
    return groups


def loops_inside_packages(graph: dict[str, dict[str, str]], modules: set[str]) -> list[str]:
    """Every import loop whose modules all lie in one package (a folder: `sync/share/` is a
    package of its own and part of `sync/`), named by its smallest such package, with one
    loop spelled out and every module caught in it."""
    packages = {m for m in modules if (ROOT.joinpath(*m.split(".")) / "__init__.py").is_file()}
    reported: set[frozenset[str]] = set()
    problems = []
    for package in sorted(packages, key=lambda p: (-p.count("."), p)):  # innermost first
        inside = {m for m in modules if m == package or m.startswith(package + ".")}
        for group in strongly_connected(inside, graph):
            key = frozenset(group)
            if key in reported:
                continue
            reported.add(key)
            loop = _cycle_through(min(group), group, graph)
            others = sorted(m.removeprefix("udsat_desktop.") for m in group - set(loop))
            problems.append(
                f"{package.removeprefix('udsat_desktop.')}/: {_spelled(loop, graph)}"
                + (f"; caught in the same loop: {', '.join(others)}" if others else "")
            )
    return problems


def all_own_imports() -> list[OwnImport]:
    return [
        link
        for path in package_sources()
        for link in own_imports(path.read_text(encoding="utf-8"), path)
    ]


def test_no_import_loop_inside_a_package():
    """Issue 27: a loop inside a package, also one made only by imports inside functions,
    means the modules are one module in disguise; move the code to where it belongs."""
    links = all_own_imports()
    problems = loops_inside_packages(
        import_graph(links), {module_name(p) for p in package_sources()}
    )
    assert not problems, f"{len(problems)} import loop(s) inside a package:\n" + "\n".join(problems)


def lazy_import_problems(paths: list[Path]) -> tuple[list[str], list[str]]:
    """(every import statement of our modules inside a function, as `file:line: module(s)`;
    those of them without `# lazy:` on the statement's first or last line)."""
    everyone, unmarked = [], []
    for path in paths:
        lines = path.read_text(encoding="utf-8").splitlines()
        statements: dict[tuple[int, int], list[str]] = {}
        for link in own_imports("\n".join(lines), path):
            if link.in_function:
                statements.setdefault((link.line, link.end_line), []).append(link.target)
        for (first, last), targets in sorted(statements.items()):
            where = f"{path.relative_to(ROOT)}:{first}: {', '.join(sorted(set(targets)))}"
            everyone.append(where)
            if not any(LAZY_MARK in lines[n - 1] for n in {first, last}):
                unmarked.append(where)
    return everyone, unmarked


def test_imports_of_our_modules_inside_functions_are_few_and_marked():
    """Issue 27: imports at the top of the file; inside a function only where start-up time
    was measured to need it, the line saying so (`# lazy: <reason, measured figure>`), at
    most 40 in the whole package."""
    everyone, unmarked = lazy_import_problems(package_sources())
    message = []
    if len(everyone) > LAZY_BUDGET:
        message.append(
            f"{len(everyone)} imports of our own modules inside functions, at most {LAZY_BUDGET}:"
        )
    if unmarked:
        message.append(f"{len(unmarked)} of them without `{LAZY_MARK} <reason>` on their line:")
        message += unmarked
    if len(everyone) > LAZY_BUDGET and len(unmarked) < len(everyone):
        message.append("marked ones:")
        message += [w for w in everyone if w not in unmarked]
    assert not message, "\n".join(message)


def long_modules(paths: list[Path]) -> list[str]:
    """Modules over 600 lines whose docstring has no line beginning `Over 600 lines:`."""
    problems = []
    for path in paths:
        text = path.read_text(encoding="utf-8")
        count = len(text.splitlines())
        if count <= MAX_LINES:
            continue
        doc = ast.get_docstring(ast.parse(text)) or ""
        if not any(line.strip().startswith(LONG_REASON) for line in doc.splitlines()):
            problems.append(f"{path.relative_to(ROOT)}: {count} lines")
    return problems


def test_no_module_over_600_lines_without_a_reason():
    problems = long_modules(package_sources())
    assert not problems, (
        f"{len(problems)} module(s) over {MAX_LINES} lines without a docstring line beginning "
        f"`{LONG_REASON}`:\n" + "\n".join(problems)
    )


def test_the_structure_checks_find_what_they_look_for(tmp_path, monkeypatch):
    """The three checks above on a small made-up package: a loop through a function-level
    import, an unmarked lazy import, a long module; and what they must let pass."""
    monkeypatch.setattr(sys.modules[__name__], "ROOT", tmp_path)
    pkg = tmp_path / "udsat_desktop"
    files = {
        "__init__.py": "",
        "a/__init__.py": "",
        "a/one.py": "from udsat_desktop.a.two import x\n",
        "a/two.py": "x = 1\ndef f():\n    from udsat_desktop.a import one  # lazy: test\n",
        "a/three.py": (
            "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
            "    from udsat_desktop.a.four import y\n"
        ),
        "a/four.py": "from .three import TYPE_CHECKING\ny = 2\n",
        "b/__init__.py": "",
        "b/deep/__init__.py": "",
        "b/deep/p.py": "def g():\n    from ..deep import q\n",
        "b/deep/q.py": "from udsat_desktop.b.deep.p import g\n",
        "b/long.py": '"""Long.\n\nOver 600 lines: a test."""\n' + "x = 1\n" * 700,
        "b/longer.py": '"""Long, no reason."""\n' + "x = 1\n" * 700,
    }
    for rel, text in files.items():
        (pkg / rel).parent.mkdir(parents=True, exist_ok=True)
        (pkg / rel).write_text(text, encoding="utf-8")
    paths = sorted(pkg.rglob("*.py"))
    links = [link for p in paths for link in own_imports(p.read_text(encoding="utf-8"), p)]
    loops = loops_inside_packages(import_graph(links), {module_name(p) for p in paths})
    assert sorted(loops) == [
        "a/: a.four -> a.three -(TYPE_CHECKING)-> a.four",
        "a/: a.one -> a.two -(in a function)-> a.one",
        "b.deep/: b.deep.p -(in a function)-> b.deep.q -> b.deep.p",
    ], loops
    assert loops[0].startswith("b.deep/"), loops  # named by its innermost package, once
    everyone, unmarked = lazy_import_problems(paths)
    assert everyone == [
        "udsat_desktop/a/two.py:3: udsat_desktop.a.one",
        "udsat_desktop/b/deep/p.py:2: udsat_desktop.b.deep.q",
    ]
    assert unmarked == ["udsat_desktop/b/deep/p.py:2: udsat_desktop.b.deep.q"]
    assert long_modules(paths) == ["udsat_desktop/b/longer.py: 701 lines"]


def test_every_package_folder_ships() -> None:
    """A folder of the package that pyproject's `packages` list does not name is left out of
    the wheel and the frozen bundles (its modules would be missing only there)."""
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    listed = set(re.findall(r'"(udsat_desktop(?:\.[a-z_]+)*)"', text))
    folders = {
        ".".join(("udsat_desktop", *init.parent.relative_to(PACKAGE).parts))
        for init in PACKAGE.rglob("__init__.py")
    }
    assert sorted(folders - listed) == []
