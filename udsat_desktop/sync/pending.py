"""What waits in the outbox for the share. Kept free of SQLAlchemy and the sync engine: the
window's status bar asks at start-up, before the write path has loaded."""

from __future__ import annotations

from pathlib import Path

from udsat_desktop.platform.paths import AppPaths


def sent_folder(paths: AppPaths) -> Path:
    return paths.outbox / "sendt"


def pending_files(paths: AppPaths) -> list[Path]:
    if not paths.outbox.is_dir():
        return []
    return sorted(
        p
        for p in paths.outbox.iterdir()
        if p.is_file() and p.suffix in (".pdf", ".json") and not p.name.startswith(".")
    )


def pending_count(paths: AppPaths) -> int:
    return len(pending_files(paths))
