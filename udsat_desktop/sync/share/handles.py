"""Folder handles: a sync session's open folders on the share, walked from the share's root
one component at a time without following links (`O_NOFOLLOW`, `dir_fd`), and the `_Dir`
handle every read and write goes through.

Open handles are a shared resource of the mount, not only of this process: an smbnetfs mount
serves all its users' open files and folders on a share from one libsmbclient process, which
hands out at most 1,024 (FD_SETSIZE in libsmbclient's compatibility layer) and answers EMFILE
beyond that. So a session keeps at most `MAX_HELD` folders open, and an open the share refuses
as busy (EMFILE, ENFILE) is tried again with backoff within the operation's time bound
(`_when_busy`) before it is told (issue 31).
"""

from __future__ import annotations

import contextlib
import errno
import functools
import logging
import os
import stat
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from udsat_desktop.core.text import Msg
from udsat_desktop.sync.share.bounded_calls import _HUNG, _local, op_timeout
from udsat_desktop.sync.share.errors import NotAFolder, ShareError

log = logging.getLogger(__name__)

_WINDOWS = os.name == "nt"
_DIR_FD = os.name == "posix" and os.open in os.supports_dir_fd
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_DIRECTORY = getattr(os, "O_DIRECTORY", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_BINARY = getattr(os, "O_BINARY", 0)
_T = TypeVar("_T")

# Folders a session keeps open at once: a push into 12 month folders of two kinds holds 38
# (and 30 such syncs on one smbnetfs mount, 1,024 handles in all, got EMFILE); beyond the cap a
# folder is opened from its nearest held parent and closed after use. Not lower: through
# smbnetfs every open of a folder lists it, so at 16 a push of 300 pairs into 12 months with
# 20,000 records there took 15.7-15.9 s against 5.5-5.9 s at 40 (same run, quiet machine).
MAX_HELD = 40

# An open the share refuses as busy (EMFILE, ENFILE: the mount's or the server's handles are
# all in use by others) is tried again after BUSY_FIRST_S, doubling up to BUSY_MAX_S; within
# the operation's time bound (less a margin, so that the busy share is told, not a hang), and
# in a whole session at most BUSY_BUDGET_S or the operation timeout less that margin, whichever
# is less (a share that stays busy is told within about one timeout).
_BUSY = (errno.EMFILE, errno.ENFILE)
BUSY_FIRST_S = 0.02
BUSY_MAX_S = 0.5
BUSY_BUDGET_S = 10.0


@dataclass
class _Session:
    dirs: dict[str, int]
    cleaned: set[str]
    devices: dict[str, int] = field(default_factory=dict)  # folder -> st_dev, asked once
    read_back: set[str] = field(default_factory=set)  # folders a file was read back in
    # folder -> its names as the clean-up listed them, with what this session put there since
    # (keep_complete's presence check reuses them: one listing of a folder per sync, not two)
    listed: dict[str, set[str]] = field(default_factory=dict)
    busy_waited: float = 0.0  # seconds waited this session for a busy share (_when_busy)


@contextlib.contextmanager
def session() -> Iterator[None]:
    """Within it, folders of the share stay open (one walk per folder, not per file) and stale
    temporary files are cleaned once per folder; a sync runs inside one."""
    if getattr(_local, "session", None) is not None:
        yield
        return
    _HUNG.clear()  # a new round asks the share again
    log.info("share session opened")  # where a hung share's time bound is counted from
    current = _local.session = _Session({}, set())
    try:
        yield
    finally:
        _local.session = None
        for fd in current.dirs.values():
            with contextlib.suppress(OSError):
                os.close(fd)


def _when_busy(fn: Callable[..., _T], *args: Any, **kwargs: Any) -> _T:
    """`fn(*args)`, an open of a file or folder on the share; when the share answers EMFILE
    or ENFILE (busy: nothing was opened), tried again after a growing pause while the
    operation's time bound and the session's budget allow, then the error as it was."""
    delay = BUSY_FIRST_S
    first: float | None = None  # when the share first said busy to this open
    try:
        while True:
            try:
                return fn(*args, **kwargs)
            except OSError as exc:
                if exc.errno not in _BUSY:
                    raise
                first = time.monotonic() if first is None else first
                if not _may_wait(delay, time.monotonic() - first):
                    raise
                log.info("the share is busy (%s); trying again in %.2f s", exc.errno, delay)
            time.sleep(delay)  # backoff: the handles are someone else's, freed when they close
            delay = min(delay * 2, BUSY_MAX_S)
    finally:
        current = getattr(_local, "session", None)
        if first is not None and current is not None:
            current.busy_waited += time.monotonic() - first


def _may_wait(delay: float, spent: float) -> bool:
    """Whether `delay` more seconds of waiting for a busy share (after `spent` already for
    this open) fit in the operation's time bound (bounded_calls: `_local.deadline`, less a
    margin) and the session's budget."""
    if "message" in _HUNG:  # an operation timed out: no other starts
        return False
    bound = op_timeout()
    budget = BUSY_BUDGET_S
    if bound is not None:  # in all, a session waits for a busy share less than one timeout
        margin = min(1.0, 0.25 * bound)
        budget = min(budget, bound - margin)
        deadline = getattr(_local, "deadline", None)
        if deadline is not None and time.monotonic() + delay > deadline - margin:
            return False
    current = getattr(_local, "session", None)
    waited = current.busy_waited if current is not None else 0.0
    return waited + spent + delay <= budget


def _not_a_folder(name: str) -> ShareError:
    return NotAFolder(
        Msg(
            "{name} på fællesmappen er ikke en rigtig mappe (et symbolsk link "
            "eller en fil); der skrives og læses ikke gennem den",
            name=name,
        ),
        errno.ENOTDIR,
    )


def _root_and_parts(folder: Path, share: Path | None) -> tuple[Path, tuple[str, ...]]:
    if share is not None:
        try:
            return share, folder.relative_to(share).parts
        except ValueError:
            pass
    return folder.parent, (folder.name,)


def _open_dir(folder: Path, share: Path | None, *, create: bool = False) -> tuple[int, bool]:
    """A directory fd for `folder`, reached from the share's root without following a symbolic
    link on the way (the root itself may be one: the user chose it); and whether the session
    keeps it (else the caller closes it)."""
    current = getattr(_local, "session", None)
    cache = current.dirs if current is not None else None
    key = str(folder)
    if cache is not None and key in cache:
        return cache[key], True
    root, parts = _root_and_parts(folder, share)
    # from the nearest folder on the way this session holds open (summaries/<yyyy>/ for the
    # next month's folder): fewer round trips to the share per new folder
    start, held = _nearest_held(cache, root, parts)
    fd, owned = (held, False) if held is not None else (_open_root(root), True)
    try:
        for depth, part in enumerate(parts[start:], start + 1):
            child = _open_child(fd, part, create)
            if owned:
                os.close(fd)
            fd, owned = child, True
            if _room(cache) and depth < len(parts):  # a folder on the way: kept open
                assert cache is not None
                cache[str(root.joinpath(*parts[:depth]))] = fd
                owned = False
    except BaseException:
        if owned:
            os.close(fd)
        raise
    if not _room(cache):
        return fd, False  # the caller closes it after use
    assert cache is not None
    cache[key] = fd
    return fd, True


def _room(cache: dict[str, int] | None) -> bool:
    """Whether the session may keep one more folder open (none is closed before the session
    ends: a handle given out may be in use)."""
    return cache is not None and len(cache) < MAX_HELD


def _nearest_held(
    cache: dict[str, int] | None, root: Path, parts: tuple[str, ...]
) -> tuple[int, int | None]:
    """How many of `parts` the nearest folder on the way held open this session covers, and
    its fd (0, None: none is held)."""
    for depth in range(len(parts) - 1, 0, -1) if cache is not None else ():
        assert cache is not None
        held = cache.get(str(root.joinpath(*parts[:depth])))
        if held is not None:
            return depth, held
    return 0, None


def _open_root(root: Path) -> int:
    return _when_busy(os.open, root, os.O_RDONLY | _DIRECTORY | _CLOEXEC)


def _open_child(fd: int, part: str, create: bool) -> int:
    """The folder `part` in the folder `fd`, never through a symbolic link; made when missing
    and `create`."""
    if part in ("", ".", ".."):
        raise _not_a_folder(part)
    flags = os.O_RDONLY | _DIRECTORY | _NOFOLLOW | _CLOEXEC
    try:
        try:
            return _when_busy(os.open, part, flags, dir_fd=fd)
        except FileNotFoundError:
            if not create:
                raise
            with contextlib.suppress(FileExistsError):  # made at once by another
                os.mkdir(part, 0o755, dir_fd=fd)
            return _when_busy(os.open, part, flags, dir_fd=fd)
    except OSError as exc:
        if exc.errno in (errno.ELOOP, errno.ENOTDIR):
            raise _not_a_folder(part) from None
        raise


def _check_path_dirs(folder: Path, share: Path | None, *, create: bool) -> None:
    """Without directory fds (Windows): every folder below the root must be a real folder."""
    root, parts = _root_and_parts(folder, share)
    current = root
    for part in parts:
        current = current / part
        if create:
            with contextlib.suppress(FileExistsError):
                current.mkdir(0o755)
        st = os.lstat(current)
        if (
            stat.S_ISLNK(st.st_mode)
            or not stat.S_ISDIR(st.st_mode)
            or getattr(st, "st_file_attributes", 0) & 0x400
        ):  # FILE_ATTRIBUTE_REPARSE_POINT
            raise _not_a_folder(part)


@dataclass
class _Dir:
    """One folder of the share, by fd where the OS has `*at` calls, else by path."""

    path: Path
    fd: int | None

    @classmethod
    @contextlib.contextmanager
    def open(cls, folder: Path, share: Path | None, *, create: bool = False) -> Iterator[_Dir]:
        if _DIR_FD:
            fd, kept = _open_dir(folder, share, create=create)
            try:
                yield cls(folder, fd)
            finally:
                if not kept:
                    os.close(fd)
        else:
            _check_path_dirs(folder, share, create=create)
            yield cls(folder, None)

    def _name(self, name: str) -> Any:
        return name if self.fd is not None else str(self.path / name)

    def open_file(self, name: str, flags: int, mode: int = 0o640) -> int:
        flags |= _CLOEXEC | _BINARY
        if self.fd is not None:
            return _when_busy(os.open, name, flags, mode, dir_fd=self.fd)
        return _when_busy(os.open, self.path / name, flags, mode)

    def stat(self, name: str) -> os.stat_result:
        if self.fd is not None:
            return os.stat(name, dir_fd=self.fd, follow_symlinks=False)
        return os.lstat(self.path / name)

    def unlink(self, name: str) -> None:
        if self.fd is not None:
            os.unlink(name, dir_fd=self.fd)
        else:
            os.unlink(self.path / name)

    def link(self, src: str, dst: str) -> None:
        if self.fd is not None:
            os.link(src, dst, src_dir_fd=self.fd, dst_dir_fd=self.fd, follow_symlinks=False)
        else:
            os.link(self.path / src, self.path / dst)

    def rename_noreplace(self, src: str, dst: str) -> None:
        renameat2 = _renameat2()
        if self.fd is None or renameat2 is None:
            raise OSError(errno.ENOSYS, "renameat2 not available")
        if renameat2(self.fd, src.encode(), self.fd, dst.encode(), 1) != 0:  # NOREPLACE
            import ctypes

            code = ctypes.get_errno()
            raise OSError(code, os.strerror(code))

    def windows_rename(self, src: str, dst: str) -> None:
        if not _WINDOWS:
            raise OSError(errno.ENOSYS, "not Windows")
        os.rename(self.path / src, self.path / dst)  # never replaces on Windows

    def scandir(self) -> Iterator[os.DirEntry[Any]]:
        with _when_busy(os.scandir, self.fd if self.fd is not None else self.path) as it:
            yield from it

    def fsync(self) -> None:
        if self.fd is not None:
            with contextlib.suppress(OSError):  # some network file systems refuse
                os.fsync(self.fd)


@functools.cache
def _renameat2() -> Any:
    """libc's renameat2, loaded on first use (ctypes is not loaded at start)."""
    if os.name != "posix":
        return None
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        fn = libc.renameat2
    except (OSError, AttributeError):
        return None
    fn.argtypes = (ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint)
    fn.restype = ctypes.c_int
    return fn
