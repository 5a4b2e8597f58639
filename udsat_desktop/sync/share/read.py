"""Reading the share: a file read whole under a size cap for its kind (links, FIFOs and
folders named like files refused), a folder's entries, and only the names in folders.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from udsat_desktop.core.text import Msg
from udsat_desktop.sync.share.bounded_calls import _local, bounded
from udsat_desktop.sync.share.errors import HostileFile, ShareError, _share_error
from udsat_desktop.sync.share.handles import _NOFOLLOW, _NONBLOCK, _Dir

PART = ".part"

# size caps per kind of file read from the share (bytes)
LIMITS: dict[str, int] = {
    "marker": 4 << 10,
    "claim": 64 << 10,
    "decision": 64 << 10,
    "cert": 64 << 10,
    "reviewer": 256 << 10,
    "record": 1 << 20,
    "roster": 1 << 20,
    "assignment": 8 << 20,
    "pdf": 64 << 20,
    "packet": 256 << 20,
}


# ----------------------------------------------------------------------------- reading


def is_part(path: Path) -> bool:
    return path.name.startswith(".") or path.name.endswith(PART)


def _refuse(name: str, why: str) -> HostileFile:
    return HostileFile(
        Msg("{name} på fællesmappen er afvist: {why}", name=name, why=why), name, why
    )


def _read_file(path: Path, kind: str, share: Path | None, limit: int | None = None) -> bytes:
    cap = limit if limit is not None else LIMITS.get(kind, LIMITS["record"])
    with _Dir.open(path.parent, share) as folder:
        try:
            fd = folder.open_file(path.name, os.O_RDONLY | _NOFOLLOW | _NONBLOCK)
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                raise _refuse(path.name, Msg("et symbolsk link")) from None
            if exc.errno in (errno.ENXIO, errno.EISDIR):
                raise _refuse(path.name, Msg("ikke en almindelig fil")) from None
            raise
        try:
            st = os.fstat(fd)
            if not stat.S_ISREG(st.st_mode):
                raise _refuse(
                    path.name, Msg("ikke en almindelig fil (en mappe, en FIFO eller en enhed)")
                )
            if st.st_size > cap:
                raise _refuse(
                    path.name, Msg("for stor ({size} byte; højst {cap})", size=st.st_size, cap=cap)
                )
            chunks, total = [], 0
            while True:
                chunk = os.read(fd, min(1 << 20, cap + 1 - total))
                if not chunk:
                    break
                chunks.append(chunk)
                total += len(chunk)
                if total > cap:
                    raise _refuse(path.name, Msg("for stor (højst {cap} byte)", cap=cap))
            return b"".join(chunks)
        finally:
            os.close(fd)


def read_share_file(
    path: Path, kind: str = "record", *, share: Path | None = None, limit: int | None = None
) -> bytes:
    """A regular file of the share, whole, if it is within the cap of its kind. A symbolic
    link, a FIFO, a device, a folder named like a file or an oversized file raises HostileFile
    (never blocks, never follows); an unreachable share raises OSError."""
    return bounded(_read_file, path, kind, share, limit)


class Entry(NamedTuple):
    """One entry of a listed folder, with the size and time of the listing's one stat. Its
    path is made when asked for (`text` is the plain string): a folder of 20,000 files costs
    no 20,000 path objects, and an entry is a plain tuple (issue 31)."""

    name: str
    text: str
    size: int
    mtime_ns: int
    is_dir: bool

    @property
    def path(self) -> Path:
        return Path(self.text)


NOT_LOOKED_AT = -1  # an entry's size and time when `wanted` passed it over (no stat)


def _list(
    folder: Path,
    share: Path | None,
    wanted: Callable[[str], bool] | None = None,
    stat_files: bool = True,
) -> tuple[list[Entry], list[tuple[str, str]]]:
    entries: list[Entry] = []
    refused: list[tuple[str, str]] = []
    base = str(folder) + os.sep
    try:
        with _Dir.open(folder, share) as d:
            for item in d.scandir():
                if item.name.startswith(".") or item.name.endswith(PART):
                    continue
                # the listing's own file type (no stat of its own when the file system gives
                # it): a plain file whose name is refused needs no size or time
                if (
                    not stat_files or (wanted is not None and not wanted(item.name))
                ) and item.is_file(follow_symlinks=False):
                    entries.append(
                        Entry(item.name, base + item.name, NOT_LOOKED_AT, NOT_LOOKED_AT, False)
                    )
                    continue
                st = item.stat(follow_symlinks=False)
                if stat.S_ISDIR(st.st_mode):
                    entries.append(Entry(item.name, base + item.name, 0, st.st_mtime_ns, True))
                elif stat.S_ISREG(st.st_mode):
                    entries.append(
                        Entry(item.name, base + item.name, st.st_size, st.st_mtime_ns, False)
                    )
                else:
                    why = (
                        Msg("et symbolsk link")
                        if stat.S_ISLNK(st.st_mode)
                        else Msg("ikke en almindelig fil (en FIFO eller en enhed)")
                    )
                    refused.append((str(folder / item.name), why))
    except FileNotFoundError:
        return [], []
    entries.sort(key=lambda e: e.name)
    return entries, refused


def list_folder(
    folder: Path,
    *,
    share: Path | None = None,
    wanted: Callable[[str], bool] | None = None,
    stat_files: bool = True,
) -> tuple[list[Entry], list[tuple[str, str]]]:
    """The regular files and real folders in `folder` (temporary names left out), and what was
    refused there (symbolic links, FIFOs, devices) with the reason. A missing folder is empty;
    a folder that is a symbolic link raises ShareError. With `wanted`, a regular file whose
    name it refuses is listed without its own stat (size and time `NOT_LOOKED_AT`; through a
    network mount a stat is a round trip each: issue 31); with `stat_files=False` no regular
    file is (the listing's own file type tells it from a folder, a link or a FIFO): the caller
    looks at the few it needs (`look`), 20,000 junk files cost the listing alone."""
    return bounded(_list, folder, share, wanted, stat_files)


def _look(entry: Entry) -> Entry | None:
    try:
        st = os.lstat(entry.text)
    except FileNotFoundError:
        return None
    if not stat.S_ISREG(st.st_mode):
        return None
    return entry._replace(size=st.st_size, mtime_ns=st.st_mtime_ns)


def look(entry: Entry) -> Entry | None:
    """`entry` (listed without its stat) with its size and time: one bounded lstat, never
    following a link; None when it is gone or no longer a regular file (whoever reads it then
    finds out why, as for any file that changes after its listing)."""
    if entry.size != NOT_LOOKED_AT or entry.is_dir:
        return entry
    try:
        return bounded(_look, entry)
    except ShareError:
        raise
    except OSError as exc:
        raise _share_error(exc) from exc


# ----------------------------------------------------------------------------- names only


def _names_in(folders: list[Path], share: Path | None) -> dict[Path, set[str] | None]:
    out: dict[Path, set[str] | None] = {}
    real: dict[Path, bool] = {}  # each folder on the way: a real folder (not a link)

    def is_real(folder: Path) -> bool:
        if folder not in real:
            parent_ok = share is None or folder == share or is_real(folder.parent)
            try:
                real[folder] = parent_ok and stat.S_ISDIR(os.lstat(folder).st_mode)
            except FileNotFoundError:
                real[folder] = False
        return real[folder]

    for folder in folders:
        if share is not None and share not in folder.parents:
            out[folder] = None
            continue
        if not is_real(folder):
            # missing: empty; a link or a file in its place or on the way: not a folder
            first = folder
            while first.parent in real and not real[first.parent] and first.parent != share:
                first = first.parent
            out[folder] = None if os.path.lexists(first) else set()
            continue
        try:
            names = os.listdir(folder)
        except FileNotFoundError:
            out[folder] = set()
            continue
        except NotADirectoryError:
            out[folder] = None
            continue
        out[folder] = {n for n in names if not (n.startswith(".") or n.endswith(PART))}
    return out


def names_in(
    folders: list[Path], *, share: Path | None = None, reuse_session: bool = False
) -> dict[Path, set[str] | None]:
    """The names in each folder (temporary names left out; no stat of each entry: what is
    there, not what it is), in one bounded operation: a presence check of many files costs a
    few round trips. A missing folder is empty; None for a folder that is not a real folder
    (a file, or a symbolic link on the way from the share: never followed).
    `reuse_session`: a folder this sync session already listed (the clean-up of a folder
    written to, share/cleanup.py; reached without following links) is not listed again: its
    names then, with the files this session put there since. A file someone else removes in
    between is seen by the next sync."""
    current = getattr(_local, "session", None) if reuse_session else None
    known: dict[Path, set[str] | None] = {
        folder: set(current.listed[str(folder)])
        for folder in folders
        if current is not None and str(folder) in current.listed
    }
    rest = [folder for folder in folders if folder not in known]
    if not rest:
        return dict(known)
    try:
        return {**known, **bounded(_names_in, rest, share)}
    except ShareError:
        raise
    except OSError as exc:
        raise _share_error(exc) from exc
