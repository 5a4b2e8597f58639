"""The shared folder: its marker, its layout, write-once publishing and reading that a hostile
file cannot hijack (docs/share-protocol.md).

**Writes.** Every file goes to a temporary `.part` name in its target folder and is fsynced;
then it gets its final name without ever replacing one, by the first method the file system
offers (and the share keeps, once found):

1. a hard link (`link` fails when the name exists);
2. `renameat2(RENAME_NOREPLACE)` (Linux; through ctypes);
3. Windows' rename (`MoveFileEx` without `REPLACE_EXISTING`: it refuses an existing name);
4. an exclusively created final name (`O_CREAT|O_EXCL`, which SMB servers perform atomically)
   that the data is then written into. A copy cut short there is a prefix of its own bytes:
   the next publish of the same data completes it; readers check hashes and never trust a
   file because it is there.

Every errno a file system uses for "not supported" (EPERM, ENOTSUP, EOPNOTSUPP, ENOSYS, EXDEV,
EMLINK, EIO from FUSE mounts such as rclone's, EINVAL, and EACCES on Windows) moves on to the
next method. What landed is read back and its SHA-256 compared. A plain rename after an
existence check is never used: on SMB mounts it replaces the file that appeared in between.

**Folders.** The share's top folder carries a marker (`.udsat-share`, an id written once at
set-up). Nothing is written into a folder without it (an empty mount point, a wrong drive
letter), and the top folders are created only in a marked folder. Folders are walked from the
share's root one name at a time without following symbolic links (`O_NOFOLLOW` on directory
file descriptors), so a symlinked folder cannot redirect a write out of the share.

**Reads** take regular files only: opened with `O_NOFOLLOW | O_NONBLOCK` (a FIFO cannot block,
a link to `/dev/zero` is not followed), checked with `fstat`, and capped in size per kind.

**Bounded waits.** With `set_op_timeout(seconds)` (the CLI does) every share operation runs on
a helper thread and is given up after that long with a Danish sentence; a hung network drive
then cannot hold the process, and Ctrl-C is always heard.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import hashlib
import json
import os
import secrets
import stat
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from udsat_desktop.core import bounded_json
from udsat_desktop.core.danish import one_or_many
from udsat_desktop.core.errors import UserError
from udsat_desktop.core.text import Msg, message_of

SUBFOLDERS = (
    "reviewers",
    "assignments",
    "claims",
    "summaries",
    "records",
    "meetings",
    "decisions",
)
MARKER = ".udsat-share"
MARKER_FORMAT = "udsat-share/1"
PART = ".part"
STALE_PART_SECONDS = 3600

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

_T = TypeVar("_T")
_WINDOWS = os.name == "nt"
_DIR_FD = os.name == "posix" and os.open in os.supports_dir_fd
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_DIRECTORY = getattr(os, "O_DIRECTORY", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_BINARY = getattr(os, "O_BINARY", 0)

# errnos a file system answers for "I cannot do that kind of operation" (not "the share broke")
UNSUPPORTED = {
    errno.EPERM,
    errno.ENOTSUP,
    errno.EOPNOTSUPP,
    errno.ENOSYS,
    errno.EXDEV,
    errno.EMLINK,
    errno.EIO,
    errno.EINVAL,
}
if _WINDOWS:
    UNSUPPORTED.add(errno.EACCES)

METHODS = ("link", "renameat2", "windows-rename", "exclusive")


class ShareError(UserError):
    """The share cannot be used right now; the message says why, in Danish."""

    def __init__(self, message: str, code: int | None = None) -> None:
        super().__init__(message)
        self.errno = code


class WriteOnceConflict(ShareError):
    """A different file already has this name on the share; it is never overwritten."""


class InProgress(ShareError):
    """A file under its final name is still being written (exclusive-create method)."""


class NotAShare(ShareError):
    """The folder has no share marker (an empty mount point, a wrong drive letter)."""


class NotAFolder(ShareError):
    """A name on the share where a folder belongs is a file or a link; never gone through."""


class HostileFile(ShareError):
    """A file on the share that is not a regular file of a sane size; never read."""

    def __init__(self, message: str, name: str, why: str = "") -> None:
        super().__init__(message)
        self.name = name
        self.why = why  # what the file is instead (a link, too large, ...)


# ----------------------------------------------------------------------------- messages


def describe_os_error(exc: OSError) -> str:
    """One Danish sentence per way a network drive fails."""
    code = exc.errno
    if code == errno.ENOSPC or code == getattr(errno, "EDQUOT", -1):
        return Msg("fællesmappen er fuld (ingen plads tilbage på drevet)")
    if code == errno.EROFS:
        return Msg("fællesmappen er skrivebeskyttet (drevet er kun til læsning)")
    if code in (errno.EACCES, errno.EPERM):
        return Msg("ingen skriveadgang til fællesmappen (spørg IT om rettighederne)")
    if code == errno.ENOTCONN:
        return Msg("netværksdrevet er ikke forbundet (forbindelsen til fællesmappen er væk)")
    if code in (errno.ECONNABORTED, errno.ECONNRESET):
        return Msg("serveren afbrød forbindelsen til fællesmappen")
    if code == errno.ETIMEDOUT:
        return Msg("fællesmappen svarede ikke i tide (netværket eller serveren er for langsom)")
    if code == errno.EIO:
        return Msg(
            "læse- eller skrivefejl på fællesmappen (serveren eller netværksdrevet "
            "svarer ikke rigtigt)"
        )
    if code in (
        errno.ENOENT,
        errno.ENOTDIR,
        errno.EHOSTDOWN,
        errno.ENETUNREACH,
        errno.EHOSTUNREACH,
        errno.ESTALE,
        errno.ENODEV,
    ):
        return Msg("fællesmappen forsvandt undervejs (netværket afbrudt?)")
    if code == errno.ELOOP:
        return Msg("en mappe på fællesmappen er et symbolsk link; der skrives ikke gennem det")
    return Msg(
        "fællesmappen kan ikke bruges ({error})",
        error=errno.errorcode.get(code or 0, type(exc).__name__),
    )


def _share_error(exc: OSError) -> ShareError:
    return ShareError(describe_os_error(exc), exc.errno)


# ----------------------------------------------------------------------------- bounded waits


_OP_TIMEOUT: float | None = None
_HUNG: dict[str, str] = {}  # set once an operation timed out: every later one fails at once


def set_op_timeout(seconds: float | None) -> None:
    """Give up any single share operation after `seconds` (None: wait as long as it takes)."""
    global _OP_TIMEOUT
    _OP_TIMEOUT = seconds if seconds and seconds > 0 else None
    _HUNG.clear()


def op_timeout() -> float | None:
    return _OP_TIMEOUT


def _timed_out_message(seconds: float) -> str:
    return one_or_many(
        1 if seconds == 1 else 2,
        Msg(
            "fællesmappen svarede ikke inden for {seconds} sekund (netværksdrevet hænger?)",
            seconds=f"{seconds:g}",
        ),
        Msg(
            "fællesmappen svarede ikke inden for {seconds} sekunder (netværksdrevet hænger?)",
            seconds=f"{seconds:g}",
        ),
    )


def bounded(fn: Callable[..., _T], *args: Any, **kwargs: Any) -> _T:
    """`fn(*args)` on a daemon thread, given up after the operation timeout. The thread that
    hangs is left behind (a blocked system call cannot be cancelled); the process can still
    end, and nothing after the operation runs on that thread."""
    seconds = _OP_TIMEOUT
    if seconds is None or getattr(_local, "inside", False):
        return fn(*args, **kwargs)
    if "message" in _HUNG:
        raise ShareError(_HUNG["message"], errno.ETIMEDOUT)
    from concurrent.futures import Future

    future: Future[_T] = Future()
    caller = getattr(_local, "session", None)

    def run() -> None:
        _local.inside = True
        _local.session = caller  # the caller's open folders, handed over while it waits
        try:
            future.set_result(fn(*args, **kwargs))
        except BaseException as exc:  # handed over to the waiting thread
            future.set_exception(exc)

    threading.Thread(target=run, name="udsat-share-op", daemon=True).start()
    try:
        return future.result(timeout=seconds)
    except TimeoutError:
        _HUNG["message"] = _timed_out_message(seconds)
        raise ShareError(_HUNG["message"], errno.ETIMEDOUT) from None


def call_bounded(seconds: float, fn: Callable[..., _T], *args: Any, **kwargs: Any) -> _T:
    """`fn(*args)` on a daemon thread, given up after `seconds` with a ShareError: for a
    window that may wait a moment for the share but never longer."""
    from concurrent.futures import Future

    future: Future[_T] = Future()

    def run() -> None:
        try:
            future.set_result(fn(*args, **kwargs))
        except BaseException as exc:  # handed over to the waiting thread
            future.set_exception(exc)

    threading.Thread(target=run, name="udsat-share-call", daemon=True).start()
    try:
        return future.result(timeout=seconds)
    except TimeoutError:
        raise ShareError(_timed_out_message(seconds), errno.ETIMEDOUT) from None


def _bounded_op(fn: Callable[..., _T]) -> Callable[..., _T]:
    def wrapper(*args: Any, **kwargs: Any) -> _T:
        return bounded(fn, *args, **kwargs)

    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    wrapper.__wrapped__ = fn  # type: ignore[attr-defined]
    return wrapper


# ----------------------------------------------------------------------------- folders


_local = threading.local()


@dataclass
class _Session:
    dirs: dict[str, int]
    cleaned: set[str]


@contextlib.contextmanager
def session() -> Iterator[None]:
    """Within it, folders of the share stay open (one walk per folder, not per file) and stale
    temporary files are cleaned once per folder; a sync runs inside one."""
    if getattr(_local, "session", None) is not None:
        yield
        return
    _HUNG.clear()  # a new round asks the share again
    current = _local.session = _Session({}, set())
    try:
        yield
    finally:
        _local.session = None
        for fd in current.dirs.values():
            with contextlib.suppress(OSError):
                os.close(fd)


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
    fd = os.open(root, os.O_RDONLY | _DIRECTORY | _CLOEXEC)
    try:
        for part in parts:
            if part in ("", ".", ".."):
                raise _not_a_folder(part)
            flags = os.O_RDONLY | _DIRECTORY | _NOFOLLOW | _CLOEXEC
            try:
                try:
                    child = os.open(part, flags, dir_fd=fd)
                except FileNotFoundError:
                    if not create:
                        raise
                    with contextlib.suppress(FileExistsError):  # made at once by another
                        os.mkdir(part, 0o755, dir_fd=fd)
                    child = os.open(part, flags, dir_fd=fd)
            except OSError as exc:
                if exc.errno in (errno.ELOOP, errno.ENOTDIR):
                    raise _not_a_folder(part) from None
                raise
            os.close(fd)
            fd = child
    except BaseException:
        os.close(fd)
        raise
    if cache is not None:
        cache[key] = fd
    return fd, cache is not None


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
            return os.open(name, flags, mode, dir_fd=self.fd)
        return os.open(self.path / name, flags, mode)

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
        with os.scandir(self.fd if self.fd is not None else self.path) as it:
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


# ----------------------------------------------------------------------------- the marker


def marker_id(path: Path) -> str | None:
    """The share id in the marker, or None when there is none (or it is not a real file)."""
    return _marker(path)[0]


def _marker(path: Path) -> tuple[str | None, str]:
    """The share id in the marker; or None and what is wrong with the marker ("" when there
    is none at all)."""
    try:
        data = _read_file(path / MARKER, "marker", path)
    except FileNotFoundError:
        return None, ""
    except HostileFile as exc:
        return None, exc.why or message_of(exc)
    except ShareError as exc:
        return None, Msg("ulæselig: {reason}", reason=message_of(exc))
    except OSError as exc:
        return None, Msg("ulæselig: {reason}", reason=describe_os_error(exc))
    try:
        info = bounded_json.loads(data, max_bytes=LIMITS["marker"])
    except bounded_json.BadJson as exc:
        return None, Msg("ikke en mærkefil fra dette program: {reason}", reason=str(exc))
    if info.get("format") == MARKER_FORMAT and isinstance(info.get("share_id"), str):
        return str(info["share_id"]), ""
    return None, Msg("ikke en mærkefil fra dette program")


def _require_marker(path: Path) -> str:
    """The share id in the marker; NotAShare saying what is wrong when there is none."""
    found, why = _marker(path)
    if found is not None:
        return found
    if why:
        raise NotAShare(
            Msg(
                "{path} kan ikke bruges som fællesmappe: mærkefilen .udsat-share er afvist "
                "({why}). Nogen har ændret eller erstattet den; tal med koordinatoren.",
                path=path,
                why=why,
            )
        )
    raise NotAShare(
        Msg(
            "{path} er ikke fællesmappen (mærkefilen .udsat-share mangler). Er netværksdrevet "
            "forbundet, og er det den rigtige mappe? En fællesmappe sættes kun op én gang, af "
            "koordinatoren.",
            path=path,
        )
    )


class OtherShare(NotAShare):
    """The folder carries a share marker, but not the one this data folder has synced with."""


SHARE_ID_FILE = "share-id.json"


def known_share_id(config_dir: Path) -> str | None:
    """The id of the share this data folder has synced with (None before the first time)."""
    try:
        info = json.loads((config_dir / SHARE_ID_FILE).read_text("utf-8"))
        value = info.get("share_id") if isinstance(info, dict) else None
        return value if isinstance(value, str) and value else None
    except (OSError, ValueError):
        return None


def remember_share_id(config_dir: Path, share_id: str) -> None:
    from udsat_desktop.platform.fsutil import write_atomic

    config_dir.mkdir(parents=True, exist_ok=True)
    write_atomic(
        config_dir / SHARE_ID_FILE, json.dumps({"share_id": share_id}).encode("utf-8"), mode=0o600
    )


class NotTheTeamsShare(OtherShare):
    """The marker's id is not the share id the coordinator signed in the team's roster."""


def not_the_teams_share(share: Path) -> NotTheTeamsShare:
    return NotTheTeamsShare(
        Msg(
            "{path} er ikke teamets fællesmappe: mærkefilen passer ikke til den fællesmappe, "
            "koordinatoren har underskrevet i holdlisten. Intet er sendt dertil, og udbakken "
            "er urørt. Tal med koordinatoren.",
            path=share,
        )
    )


def check_identity(share: Path, config_dir: Path, signed: str | None = None) -> str:
    """The share's marker is the one this data folder has synced with; the first sync learns
    it. A folder marked as another share (a second share someone set up on an empty mount
    point, a wrong drive letter, a forged marker) gets nothing written to it. `signed`: the
    share id in the roster this app holds (the coordinator's word, not the share's); a
    marker that does not match it is refused and never learnt."""
    found = bounded(_require_marker, share)
    if signed and found != signed:
        raise not_the_teams_share(share)
    known = known_share_id(config_dir)
    if known is None:
        remember_share_id(config_dir, found)
    elif found != known:
        raise OtherShare(
            Msg(
                "{path} er en anden fællesmappe end den, programmet synkroniserer med. Er "
                "netværksdrevet forbundet til den rigtige mappe? Er teamets fællesmappe flyttet, "
                "så sker det med en ny holdliste fra koordinatoren: tal med koordinatoren.",
                path=share,
            )
        )
    return found


def set_up_share(path: Path, *, known: str | None = None, new_share: bool = False) -> str:
    """Make `path` the team's share: the marker (created once; kept when there) and the top
    folders. The only place where the share's folders are created from nothing. `known`: the
    share this data folder has synced with; then a folder without a marker is not made a new
    share unless `new_share` says the team really moves to one (an unconnected drive looks
    exactly like an empty folder)."""
    check_share(path, marker=False)
    existing = marker_id(path)
    if existing is None and known and not new_share:
        raise NotAShare(
            Msg(
                "{path} har ingen mærkefil (.udsat-share), og programmet har hidtil "
                "synkroniseret med en anden fællesmappe. Er netværksdrevet forbundet? Skal teamet "
                "virkelig have en ny fællesmappe, så kør `udsat config --share {path} "
                "--new-share`.",
                path=path,
            )
        )
    if existing is None:
        import uuid

        info = {
            "format": MARKER_FORMAT,
            "share_id": str(uuid.uuid4()),
            "created": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        }
        # someone may set it up in the same moment (or the marker is unreadable): read again
        with contextlib.suppress(WriteOnceConflict):
            create_exclusive(path / MARKER, json.dumps(info).encode("utf-8"), share=path)
        existing = marker_id(path)
        if existing is None:
            raise ShareError(Msg("Mærkefilen {name} i fællesmappen kan ikke læses", name=MARKER))
    ensure_layout(path)
    return existing


def check_share(path: Path | None, *, marker: bool = True) -> Path:
    """The share if it can be reached, is marked as the share (unless `marker=False`: the
    settings' check before set-up) and can be written to; otherwise a ShareError saying why."""
    if path is None:
        raise ShareError(
            Msg("Der er ikke valgt en fællesmappe. Vælg den under Filer → Indstillinger.")
        )
    return bounded(_check_share, path, marker)


def _check_share(path: Path, marker: bool) -> Path:
    try:
        if not path.exists():
            raise ShareError(
                Msg("Fællesmappen kan ikke nås: {path}. Er netværksdrevet forbundet?", path=path)
            )
        if not path.is_dir():
            raise ShareError(Msg("Fællesmappen er ikke en mappe: {path}", path=path))
        if marker:
            _require_marker(path)
        probe = path / f".udsat-probe-{os.getpid()}-{secrets.token_hex(4)}{PART}"
        fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, 0o600)
        try:
            os.write(fd, b"udsat")
        finally:
            os.close(fd)
            with contextlib.suppress(OSError):
                probe.unlink()
    except ShareError:
        raise
    except OSError as exc:
        raise ShareError(
            Msg("Fællesmappen kan ikke bruges: {reason}", reason=describe_os_error(exc)), exc.errno
        ) from None
    return path


@_bounded_op
def ensure_layout(share: Path) -> None:
    """The top folders, created only in a folder that carries the marker."""
    _require_marker(share)
    try:
        for name in SUBFOLDERS:
            with _Dir.open(share / name, share, create=True):
                pass
    except ShareError:
        raise
    except OSError as exc:
        raise ShareError(
            Msg("Fællesmappen kan ikke bruges: {reason}", reason=describe_os_error(exc)), exc.errno
        ) from None


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


@dataclass(frozen=True)
class Entry:
    name: str
    path: Path
    size: int
    mtime_ns: int
    is_dir: bool


def _list(folder: Path, share: Path | None) -> tuple[list[Entry], list[tuple[str, str]]]:
    entries: list[Entry] = []
    refused: list[tuple[str, str]] = []
    try:
        with _Dir.open(folder, share) as d:
            for item in d.scandir():
                if item.name.startswith(".") or item.name.endswith(PART):
                    continue
                st = item.stat(follow_symlinks=False)
                if stat.S_ISDIR(st.st_mode):
                    entries.append(Entry(item.name, folder / item.name, 0, st.st_mtime_ns, True))
                elif stat.S_ISREG(st.st_mode):
                    entries.append(
                        Entry(item.name, folder / item.name, st.st_size, st.st_mtime_ns, False)
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
    folder: Path, *, share: Path | None = None
) -> tuple[list[Entry], list[tuple[str, str]]]:
    """The regular files and real folders in `folder` (temporary names left out), and what was
    refused there (symbolic links, FIFOs, devices) with the reason. A missing folder is empty;
    a folder that is a symbolic link raises ShareError."""
    return bounded(_list, folder, share)


# ----------------------------------------------------------------------------- writing


_METHOD: dict[int, str] = {}  # st_dev of the share's file system -> the method that worked


def publish_method(folder: Path) -> str | None:
    """The no-overwrite method remembered for the file system `folder` is on (None: unknown)."""
    try:
        return _METHOD.get(os.stat(folder).st_dev)
    except OSError:
        return None


def _write_part(folder: _Dir, name: str, data: bytes) -> tuple[str, float]:
    """A complete, fsynced temporary copy; its name and the share's clock (its mtime)."""
    part = f".{name}.{os.getpid()}.{secrets.token_hex(4)}{PART}"
    fd = folder.open_file(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
        os.fsync(fd)
        clock = os.fstat(fd).st_mtime
    except BaseException:
        os.close(fd)
        with contextlib.suppress(OSError):
            folder.unlink(part)
        raise
    os.close(fd)
    return part, clock


def _same_or_conflict(
    folder: _Dir,
    name: str,
    data: bytes,
    *,
    complete: bool = True,
    own_part: str | None = None,
    sole_writer: bool = False,
) -> bool:
    """False when `name` holds exactly `data`; an exclusively created copy cut short (a prefix
    of `data`) is completed when it is provably a copy of these bytes; anything else is a
    conflict."""
    try:
        fd = folder.open_file(name, os.O_RDWR | _NOFOLLOW | _NONBLOCK)
    except OSError as exc:
        if exc.errno in (errno.ELOOP, errno.EISDIR, errno.ENXIO):
            raise _conflict(name) from None
        raise
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode) or st.st_size > len(data):
            raise _conflict(name)
        have = b""
        while len(have) < st.st_size:
            chunk = os.read(fd, st.st_size - len(have))
            if not chunk:
                break
            have += chunk
        if have == data:
            return False
        if complete and data.startswith(have):
            if not (
                sole_writer
                or _left_by_a_copy_of(folder, name, data, own_part)
                or _abandoned(folder, st.st_mtime)
            ):
                raise InProgress(
                    Msg(
                        "{name} skrives lige nu på fællesmappen; der prøves igen "
                        "ved næste synkronisering",
                        name=name,
                    )
                )
            os.lseek(fd, len(have), os.SEEK_SET)  # our own copy, cut short: finish it
            view = memoryview(data)[len(have) :]
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
            return False
        raise _conflict(name)
    finally:
        os.close(fd)


ABANDONED_SECONDS = 120


def _left_by_a_copy_of(folder: _Dir, name: str, data: bytes, own_part: str | None) -> bool:
    """A temporary copy of exactly `data` left beside `name` by an earlier publish: the copy
    cut short under the final name was being made from it, so finishing it is safe now."""
    prefix = f".{name}."
    for item in folder.scandir():
        if not (item.name.startswith(prefix) and item.name.endswith(PART)) or item.name == own_part:
            continue
        with contextlib.suppress(OSError):
            if item.stat(follow_symlinks=False).st_size != len(data):
                continue
            fd = folder.open_file(item.name, os.O_RDONLY | _NOFOLLOW | _NONBLOCK)
            try:
                if os.read(fd, len(data) + 1) == data:
                    return True
            finally:
                os.close(fd)
    return False


def _abandoned(folder: _Dir, mtime: float) -> bool:
    """A cut-short copy is completed only once nobody can still be writing it: untouched for
    two minutes by the share's own clock (a file written there now). A younger one may be a
    colleague's copy in progress (claims share their first bytes): tried again later."""
    probe = f".udsat-clock-{os.getpid()}-{secrets.token_hex(4)}{PART}"
    fd = folder.open_file(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW)
    try:
        now = os.fstat(fd).st_mtime
    finally:
        os.close(fd)
        with contextlib.suppress(OSError):
            folder.unlink(probe)
    return now - mtime > ABANDONED_SECONDS


def _conflict(name: str) -> WriteOnceConflict:
    return WriteOnceConflict(
        Msg(
            "{name} findes allerede på fællesmappen med et andet indhold; den overskrives aldrig",
            name=name,
        )
    )


def _exclusive(
    folder: _Dir, name: str, data: bytes, own_part: str | None = None, *, sole_writer: bool = False
) -> bool:
    try:
        fd = folder.open_file(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW)
    except FileExistsError:
        return _same_or_conflict(folder, name, data, own_part=own_part, sole_writer=sole_writer)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
        os.fsync(fd)
    finally:
        os.close(fd)
    return True


def _place(folder: _Dir, part: str, name: str, data: bytes, dev: int) -> bool:
    """Give the fsynced `part` the final `name` without replacing anything: True when placed,
    False when an identical file was there; WriteOnceConflict when a different one is."""
    known = _METHOD.get(dev)
    start = METHODS.index(known) if known else 0
    for method in METHODS[start:]:
        try:
            if method == "link":
                folder.link(part, name)
            elif method == "renameat2":
                folder.rename_noreplace(part, name)
            elif method == "windows-rename":
                folder.windows_rename(part, name)
            else:
                placed = _exclusive(folder, name, data, own_part=part)
                _METHOD[dev] = method
                return placed
        except FileExistsError:
            return _same_or_conflict(folder, name, data, own_part=part)
        except OSError as exc:
            if exc.errno not in UNSUPPORTED or method == METHODS[-1]:
                raise  # the last method's error is the share's own (EIO: smbd gone)
            continue
        _METHOD[dev] = method
        return True
    raise AssertionError("the exclusive create always decides")


def remember_method(folder: Path, method: str | None) -> None:
    """Forget (None) or set the method for `folder`'s file system (tests, diagnostics)."""
    dev = os.stat(folder).st_dev
    if method is None:
        _METHOD.pop(dev, None)
    else:
        _METHOD[dev] = method


def _publish(target: Path, data: bytes, share: Path | None, sole_writer: bool) -> bool:
    digest = hashlib.sha256(data).hexdigest()
    with _Dir.open(target.parent, share, create=True) as folder:
        dev = os.fstat(folder.fd).st_dev if folder.fd is not None else os.stat(target.parent).st_dev
        if _METHOD.get(dev) == "exclusive" and sole_writer:
            # no temporary copy: on a share without link or renameat2 it would only prove
            # whose bytes a copy cut short holds, and the name is ours alone anyway
            placed = _exclusive(folder, target.name, data, sole_writer=True)
            current = getattr(_local, "session", None)
            if current is not None and str(folder.path) not in current.cleaned:
                _clean_once(folder, folder.stat(target.name).st_mtime)
        else:
            try:
                if stat.S_ISREG(folder.stat(target.name).st_mode):
                    return _same_or_conflict(folder, target.name, data, sole_writer=sole_writer)
                raise _conflict(target.name)
            except FileNotFoundError:
                pass
            part, clock = _write_part(folder, target.name, data)
            try:
                placed = _place(folder, part, target.name, data, dev)
            finally:
                with contextlib.suppress(OSError):
                    folder.unlink(part)
            folder.fsync()
            _clean_once(folder, clock)
        if placed:
            landed = _read_file(target, "packet", share, limit=max(len(data), 1))
            if hashlib.sha256(landed).hexdigest() != digest:
                # we made this file a moment ago and it is not what we wrote
                with contextlib.suppress(OSError):
                    folder.unlink(target.name)
                raise ShareError(
                    Msg("{name} blev beskadiget på vej til fællesmappen", name=target.name)
                )
    return placed


def publish_once(
    target: Path, data: bytes, *, share: Path | None = None, sole_writer: bool = False
) -> bool:
    """Put `data` at `target` unless it is already there. Returns True when written now, False
    when an identical file was there already (a repeated sync); raises WriteOnceConflict when
    a different file holds the name and ShareError when the share fails. With `share`, every
    folder between it and `target` must be a real folder (created when missing).
    `sole_writer`: only this installation ever writes that name (a review's own id), so a copy
    of it cut short is ours and is finished at once."""
    try:
        return bounded(_publish, target, data, share, sole_writer)
    except ShareError:
        raise
    except OSError as exc:
        raise _share_error(exc) from exc


def _create_exclusive(target: Path, data: bytes, share: Path | None) -> bool:
    with _Dir.open(target.parent, share, create=True) as folder:
        return _exclusive(folder, target.name, data)


def create_exclusive(target: Path, data: bytes, *, share: Path | None = None) -> bool:
    """A claim: `O_CREAT|O_EXCL` on the final name, which an SMB server decides atomically, so
    of two reviewers on two mounts exactly one wins. True when created now, False when the
    same bytes are there (completing our own copy cut short), WriteOnceConflict otherwise."""
    try:
        return bounded(_create_exclusive, target, data, share)
    except ShareError:
        raise
    except OSError as exc:
        raise _share_error(exc) from exc


CLAIM_FILE = "claim.json"


def _claim(folder: Path, data: bytes, share: Path | None) -> bool:
    with _Dir.open(folder.parent, share, create=True) as parent:
        try:
            if parent.fd is not None:
                os.mkdir(folder.name, 0o755, dir_fd=parent.fd)
            else:
                os.mkdir(folder, 0o755)
            created = True
        except FileExistsError:
            created = False
    with _Dir.open(folder, share) as d:
        if created:
            _exclusive(d, CLAIM_FILE, data)
            return True
        try:
            return _same_or_conflict(d, CLAIM_FILE, data, complete=False)
        except FileNotFoundError:
            # the winner of the folder was stopped before it wrote who it is: taken over
            # only once abandoned by the share's clock
            if not _abandoned(
                d, os.fstat(d.fd).st_mtime if d.fd is not None else os.stat(folder).st_mtime
            ):
                raise InProgress(
                    Msg(
                        "{name} skrives lige nu på fællesmappen; der prøves igen "
                        "ved næste synkronisering",
                        name=folder.name,
                    )
                ) from None
            return _exclusive(d, CLAIM_FILE, data)


def claim_once(folder: Path, data: bytes, *, share: Path | None = None) -> bool:
    """A claim: `mkdir` of the claim's folder, which every SMB server (and every local file
    system) decides atomically, then `claim.json` inside it written by the winner. Of two
    reviewers on two mounts exactly one wins. (An exclusive create of a file is not enough:
    smbnetfs drops O_EXCL on its way to the server: 97 of 100 races had two winners.) True
    when claimed now, False when the claim is already exactly `data`, WriteOnceConflict when
    someone else holds it."""
    try:
        return bounded(_claim, folder, data, share)
    except ShareError:
        raise
    except OSError as exc:
        raise _share_error(exc) from exc


def _replace(target: Path, data: bytes, share: Path | None) -> None:
    with _Dir.open(target.parent, share, create=True) as folder:
        with contextlib.suppress(FileNotFoundError):
            if not stat.S_ISREG(folder.stat(target.name).st_mode):
                raise _refuse(target.name, Msg("ikke en almindelig fil"))
        part, _clock = _write_part(folder, target.name, data)
        try:
            if folder.fd is not None:
                os.replace(part, target.name, src_dir_fd=folder.fd, dst_dir_fd=folder.fd)
            else:
                os.replace(folder.path / part, target)
        finally:
            with contextlib.suppress(OSError):
                folder.unlink(part)
        folder.fsync()


def publish_replace(target: Path, data: bytes, *, share: Path | None = None) -> None:
    """For the few files that may change (a reviewer's public profile): temp, fsync, replace."""
    try:
        bounded(_replace, target, data, share)
    except ShareError:
        raise
    except OSError as exc:
        raise _share_error(exc) from exc


# ----------------------------------------------------------------------------- clean-up


def _clean_once(folder: _Dir, clock: float) -> None:
    current = getattr(_local, "session", None)
    cleaned = current.cleaned if current is not None else None
    key = str(folder.path)
    if cleaned is not None:
        if key in cleaned:
            return
        cleaned.add(key)
    with contextlib.suppress(OSError):
        _remove_parts(folder, STALE_PART_SECONDS, PART, clock)


def _is_temporary(name: str, suffix: str) -> bool:
    return name.endswith(suffix) and name.startswith(".")


def _remove_parts(folder: _Dir, older_than: float, suffix: str, now: float) -> int:
    removed = 0
    for item in folder.scandir():
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


def names_in(folders: list[Path], *, share: Path | None = None) -> dict[Path, set[str] | None]:
    """The names in each folder (temporary names left out; no stat of each entry: what is
    there, not what it is), in one bounded operation: a presence check of many files costs a
    few round trips. A missing folder is empty; None for a folder that is not a real folder
    (a file, or a symbolic link on the way from the share: never followed)."""
    try:
        return bounded(_names_in, folders, share)
    except ShareError:
        raise
    except OSError as exc:
        raise _share_error(exc) from exc
