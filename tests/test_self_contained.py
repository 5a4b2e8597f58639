"""Everything the README, the user guide and the code cite lives in the repository: a clone
has no folder of shared notes next to it (issue 26)."""

from __future__ import annotations

import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUTSIDE = "../" + "shared"  # spelled in two parts, so this file does not find itself
SKIP_SUFFIXES = {".png", ".ico", ".ttf", ".icc", ".pdf", ".xlsx"}


def tracked_files() -> list[Path]:
    """The files of the checkout: git's list when this is a git checkout, else every file
    outside the virtual environment and caches."""
    try:
        listed = subprocess.run(
            ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True
        ).stdout.decode("utf-8")
        return [ROOT / name for name in listed.split("\0") if name]
    except (OSError, subprocess.CalledProcessError):
        skip = {".venv", ".git", "build", "dist", ".demo-data", "__pycache__"}
        return [
            p for p in ROOT.rglob("*") if p.is_file() and not skip & set(p.relative_to(ROOT).parts)
        ]


def test_no_file_points_outside_the_repository():
    offenders = []
    for path in tracked_files():
        if path.suffix.casefold() in SKIP_SUFFIXES or not path.is_file():
            continue
        text = path.read_bytes().decode("utf-8", errors="replace")
        for number, line in enumerate(text.splitlines(), 1):
            if OUTSIDE in line:
                offenders.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert not offenders, "\n".join(offenders)


def test_the_sample_import_file_the_docs_cite_is_in_the_repository():
    cited = "docs/eksempler/maalgruppe_eksempel.csv"
    for doc in ("README.md", "docs/brugervejledning.md"):
        assert cited in (ROOT / doc).read_text(encoding="utf-8"), doc
    assert (ROOT / cited).is_file()
    # one copy: the tests use the file the documentation names, not a second one
    copies = [p for p in tracked_files() if p.name == "maalgruppe_eksempel.csv"]
    assert copies == [ROOT / cited]
