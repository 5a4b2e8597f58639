"""Write-once publishing: a file appears on the share whole under its name or not at all, and
never replaces another's (link, renameat2, Windows rename or exclusive create, whichever the
file system supports, remembered per file system); and replacing one's own files.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
from pathlib import Path

from udsat_desktop.core.text import Msg
from udsat_desktop.sync.share.bounded_calls import Pending, _local, bounded, start
from udsat_desktop.sync.share.cleanup import _clean_once
from udsat_desktop.sync.share.errors import InProgress, ShareError, WriteOnceConflict, _share_error
from udsat_desktop.sync.share.handles import _NOFOLLOW, _NONBLOCK, _WINDOWS, _Dir
from udsat_desktop.sync.share.read import PART, _read_file, _refuse

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


# ----------------------------------------------------------------------------- writing


_METHOD: dict[int, str] = {}  # st_dev of the share's file system -> the method that worked


def publish_method(folder: Path) -> str | None:
    """The no-overwrite method remembered for the file system `folder` is on (None: unknown)."""
    try:
        return _METHOD.get(os.stat(folder).st_dev)
    except OSError:
        return None


def _write_part(
    folder: _Dir, name: str, data: bytes, *, clock_wanted: bool = True
) -> tuple[str, float]:
    """A complete, fsynced temporary copy; its name and the share's clock (its mtime; 0.0
    unless `clock_wanted`: one round trip to the share less per file)."""
    part = f".{name}.{os.getpid()}.{secrets.token_hex(4)}{PART}"
    fd = folder.open_file(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
        os.fsync(fd)
        clock = os.fstat(fd).st_mtime if clock_wanted else 0.0
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


def _device(folder: _Dir) -> int:
    """The file system `folder` is on; asked once per folder in a session (one round trip to
    the share less per file)."""
    current = getattr(_local, "session", None)
    key = str(folder.path)
    if current is not None and key in current.devices:
        return int(current.devices[key])
    dev = os.fstat(folder.fd).st_dev if folder.fd is not None else os.stat(folder.path).st_dev
    if current is not None:
        current.devices[key] = dev
    return dev


def _read_back_now(folder: _Dir, verify: bool) -> bool:
    """Whether this file is read back: always when asked to; else (a sealed file whose reader
    checks its hash, `verify=False`) only the first file written in each folder of a session,
    which catches a mount that loses or changes what it is given before anything leaves the
    queue."""
    if verify:
        return True
    current = getattr(_local, "session", None)
    if current is None:
        return True
    key = str(folder.path)
    if key in current.read_back:
        return False
    current.read_back.add(key)
    return True


def _publish(
    target: Path, data: bytes, share: Path | None, sole_writer: bool, verify: bool = True
) -> bool:
    with _Dir.open(target.parent, share, create=True) as folder:
        dev = _device(folder)
        if _METHOD.get(dev) == "exclusive" and sole_writer:
            # no temporary copy: on a share without link or renameat2 it would only prove
            # whose bytes a copy cut short holds, and the name is ours alone anyway
            placed = _exclusive(folder, target.name, data, sole_writer=True)
            current = getattr(_local, "session", None)
            if current is not None and str(folder.path) not in current.cleaned:
                _clean_once(folder, folder.stat(target.name).st_mtime)
        else:
            current = getattr(_local, "session", None)
            key = str(folder.path)
            listed = current.listed.get(key) if current is not None else None
            # a name only I write, absent from this session's listing of its folder, is not
            # looked up first (were it there after all, placing it finds it: EEXIST)
            if not (sole_writer and listed is not None and target.name not in listed):
                try:
                    if stat.S_ISREG(folder.stat(target.name).st_mode):
                        same = _same_or_conflict(folder, target.name, data, sole_writer=sole_writer)
                        _note_present(folder, target.name)
                        return same
                    raise _conflict(target.name)
                except FileNotFoundError:
                    pass
            # the share's clock only for the folder's one clean-up in a session
            cleaned = current is not None and key in current.cleaned
            part, clock = _write_part(folder, target.name, data, clock_wanted=not cleaned)
            try:
                placed = _place(folder, part, target.name, data, dev)
            finally:
                with contextlib.suppress(OSError):
                    folder.unlink(part)
            folder.fsync()
            _clean_once(folder, clock)
        if placed and _read_back_now(folder, verify):
            landed = _read_file(target, "packet", share, limit=max(len(data), 1))
            if landed != data:
                # we made this file a moment ago and it is not what we wrote
                with contextlib.suppress(OSError):
                    folder.unlink(target.name)
                raise ShareError(
                    Msg("{name} blev beskadiget på vej til fællesmappen", name=target.name)
                )
        _note_present(folder, target.name)
    return placed


def _note_present(folder: _Dir, name: str) -> None:
    """`name` is in `folder` now: added to the session's listing of it, if it has one
    (share/cleanup.py keeps it; `names_in(..., reuse_session=True)` reads it)."""
    current = getattr(_local, "session", None)
    listed = current.listed.get(str(folder.path)) if current is not None else None
    if listed is not None:
        listed.add(name)


def publish_once(
    target: Path,
    data: bytes,
    *,
    share: Path | None = None,
    sole_writer: bool = False,
    verify: bool = True,
) -> bool:
    """Put `data` at `target` unless it is already there. Returns True when written now, False
    when an identical file was there already (a repeated sync); raises WriteOnceConflict when
    a different file holds the name and ShareError when the share fails. With `share`, every
    folder between it and `target` must be a real folder (created when missing).
    `sole_writer`: only this installation ever writes that name (a review's own id), so a copy
    of it cut short is ours and is finished at once.
    `verify=False`: for sealed files whose every reader checks them by hash (AES-GCM, the
    record's `pdf_sha256`, the published list's hashes) and whose signed bytes stay in the
    store: what landed is read back for the first file of each folder in a session only (one
    round trip less per file: docs/share-protocol.md, *Writes*)."""
    try:
        return bounded(_publish, target, data, share, sole_writer, verify)
    except ShareError:
        raise
    except OSError as exc:
        raise _share_error(exc) from exc


def start_publish_once(
    target: Path,
    data: bytes,
    *,
    share: Path | None = None,
    sole_writer: bool = False,
    verify: bool = True,
) -> Pending[bool]:
    """`publish_once` handed to the share worker without waiting for it: `publish_result`
    gives its answer (or its error) within the operation timeout counted from now, so the
    caller can seal its next file meanwhile (sync/outbox.py)."""
    return start(_publish, target, data, share, sole_writer, verify)


def publish_result(pending: Pending[bool]) -> bool:
    """The answer of `start_publish_once`, as `publish_once` gives it."""
    try:
        return pending.result()
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
