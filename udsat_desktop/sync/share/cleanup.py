"""Clean-up: temporary files (`.part`) a writer cut short left behind, removed once they are
old by the share's own clock.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from pathlib import Path

from udsat_desktop.sync.share.bounded_calls import _local, bounded
from udsat_desktop.sync.share.errors import ShareError
from udsat_desktop.sync.share.handles import _NOFOLLOW, _Dir
from udsat_desktop.sync.share.read import PART

STALE_PART_SECONDS = 3600


# ----------------------------------------------------------------------------- clean-up


def _clean_once(folder: _Dir, clock: float) -> None:
    current = getattr(_local, "session", None)
    cleaned = current.cleaned if current is not None else None
    key = str(folder.path)
    if cleaned is not None:
        if key in cleaned:
            return
        cleaned.add(key)
    names: set[str] = set()
    with contextlib.suppress(OSError):
        _remove_parts(folder, STALE_PART_SECONDS, PART, clock, names)
        if current is not None:  # the whole listing, kept for this session's presence check
            current.listed[key] = names


def _is_temporary(name: str, suffix: str) -> bool:
    return name.endswith(suffix) and name.startswith(".")


def _remove_parts(
    folder: _Dir, older_than: float, suffix: str, now: float, names: set[str] | None = None
) -> int:
    """Temporary files older than `older_than` removed; the other names (not temporary, not
    starting with a dot) collected into `names` when given."""
    removed = 0
    for item in folder.scandir():
        if names is not None and not (item.name.startswith(".") or item.name.endswith(PART)):
            names.add(item.name)
        if _is_temporary(item.name, suffix):
            with contextlib.suppress(OSError):
                st = item.stat(follow_symlinks=False)
                if stat.S_ISREG(st.st_mode) and now - st.st_mtime > older_than:
                    folder.unlink(item.name)
                    removed += 1
    return removed


def share_clock(folder: Path, *, share: Path | None = None) -> float:
    """The time on the share's own clock: the mtime of a file just written in `folder`."""
    with _Dir.open(folder, share) as d:
        probe = f".udsat-clock-{os.getpid()}-{secrets.token_hex(4)}{PART}"
        fd = d.open_file(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW)
        try:
            return os.fstat(fd).st_mtime
        finally:
            os.close(fd)
            with contextlib.suppress(OSError):
                d.unlink(probe)


def remove_stale_parts(
    folder: Path,
    older_than: float = STALE_PART_SECONDS,
    suffix: str = PART,
    *,
    now: float | None = None,
    share: Path | None = None,
) -> int:
    """Leftover temporary files from a crash or a vanished share; anyone's, once old enough
    that no copy can still be running. Age is judged by the folder's own clock (a file written
    there now) unless `now` is given; `suffix=".tmp"` for the local outbox's."""

    def run() -> int:
        try:
            with _Dir.open(folder, share) as d:
                # the share's clock costs a file written and removed: asked only when there
                # is a temporary file to judge (a sync with nothing new writes nothing here)
                if now is None and not any(
                    _is_temporary(item.name, suffix) for item in d.scandir()
                ):
                    return 0
                clock = now if now is not None else share_clock(folder, share=share)
                return _remove_parts(d, older_than, suffix, clock)
        except (FileNotFoundError, NotADirectoryError):
            return 0

    try:
        return bounded(run)
    except ShareError:
        return 0
    except OSError:
        return 0
