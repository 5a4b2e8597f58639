"""The shared folder: checks, layout and write-once publishing (ARCHITECTURE.md, "Shared folder
protocol").

Every file goes to a temporary `.part` name in its target folder, is fsynced, and then gets its
final name with `os.link`, which fails when the name exists: a file on the share is never
overwritten and never seen half-written under its final name. Where the file system has no
hard links (some SMB mounts) a rename after an existence check takes its place. What landed is
read back and its SHA-256 compared before the local copy is let go.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import secrets
import time
from pathlib import Path

from udsat_desktop.core.text import Msg

SUBFOLDERS = ("reviewers", "assignments", "claims", "summaries", "records", "meetings")
PART = ".part"
STALE_PART_SECONDS = 3600


class ShareError(Exception):
    """The share cannot be used right now; the message says why, in Danish."""


class WriteOnceConflict(ShareError):
    """A different file already has this name on the share; it is never overwritten."""


def describe_os_error(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return Msg("fællesmappen er fuld (ingen plads tilbage på drevet)")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return Msg("ingen skriveadgang til fællesmappen")
    if exc.errno in (errno.ENOENT, errno.ENOTDIR, errno.EHOSTDOWN, errno.ENETUNREACH,
                     errno.ESTALE, errno.EIO):
        return Msg("fællesmappen forsvandt undervejs (netværket afbrudt?)")
    return exc.strerror or type(exc).__name__


def check_share(path: Path | None) -> Path:
    """The share if it can be reached and written to; otherwise a ShareError saying why."""
    if path is None:
        raise ShareError(Msg("Der er ikke valgt en fællesmappe. Vælg den under Filer → "
                             "Indstillinger."))
    try:
        if not path.exists():
            raise ShareError(Msg(
                    "Fællesmappen kan ikke nås: {path}. Er netværksdrevet forbundet?",
                    path=path))
        if not path.is_dir():
            raise ShareError(Msg(
                    "Fællesmappen er ikke en mappe: {path}",
                    path=path))
        probe = path / f".udsat-probe-{os.getpid()}-{secrets.token_hex(4)}{PART}"
        fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            os.write(fd, b"udsat")
        finally:
            os.close(fd)
            with contextlib.suppress(OSError):
                probe.unlink()
    except ShareError:
        raise
    except OSError as exc:
        raise ShareError(Msg(
                "Fællesmappen kan ikke bruges: {reason}",
                reason=describe_os_error(exc))) from None
    return path


def ensure_layout(share: Path) -> None:
    try:
        for name in SUBFOLDERS:
            (share / name).mkdir(exist_ok=True)
    except OSError as exc:
        raise ShareError(Msg(
                "Fællesmappen kan ikke bruges: {reason}",
                reason=describe_os_error(exc))) from None


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def is_part(path: Path) -> bool:
    return path.name.startswith(".") or path.name.endswith(PART)


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):  # some network file systems refuse; the data is synced
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _write_part(folder: Path, name: str, data: bytes) -> Path:
    part = folder / f".{name}.{os.getpid()}.{secrets.token_hex(4)}{PART}"
    fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o640)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            part.unlink()
        raise
    return part


def publish_once(target: Path, data: bytes) -> bool:
    """Put `data` at `target` unless it is already there. Returns True when written now, False
    when an identical file was there already (a repeated sync); raises WriteOnceConflict when
    a different file holds the name and ShareError when the share fails."""
    digest = hashlib.sha256(data).hexdigest()
    try:
        if target.exists():
            return _same_or_conflict(target, digest)
        target.parent.mkdir(parents=True, exist_ok=True)
        part = _write_part(target.parent, target.name, data)
        try:
            try:
                os.link(part, target)
            except FileExistsError:
                return _same_or_conflict(target, digest)
            except OSError as exc:
                if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV,
                                     errno.EMLINK, errno.ENOSYS, errno.EINVAL, errno.EACCES):
                    raise
                if target.exists():
                    return _same_or_conflict(target, digest)
                os.rename(part, target)  # on Windows this also refuses an existing name
        finally:
            with contextlib.suppress(OSError):
                part.unlink()
        _fsync_dir(target.parent)
        landed = file_sha256(target)
    except ShareError:
        raise
    except OSError as exc:
        raise ShareError(describe_os_error(exc)) from exc
    if landed != digest:
        # we made this file a moment ago and it is not what we wrote: take it away again
        with contextlib.suppress(OSError):
            target.unlink()
        raise ShareError(Msg(
                "{name} blev beskadiget på vej til fællesmappen",
                name=target.name))
    return True


def _same_or_conflict(target: Path, digest: str) -> bool:
    if file_sha256(target) == digest:
        return False
    raise WriteOnceConflict(Msg(
            "{name} findes allerede på fællesmappen med et andet indhold; den overskrives"
            " aldrig",
            name=target.name))


def publish_replace(target: Path, data: bytes) -> None:
    """For the few files that may change (a reviewer's public profile): temp, fsync, replace."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        part = _write_part(target.parent, target.name, data)
        try:
            os.replace(part, target)
        finally:
            with contextlib.suppress(OSError):
                part.unlink()
        _fsync_dir(target.parent)
    except OSError as exc:
        raise ShareError(describe_os_error(exc)) from exc


def remove_stale_parts(folder: Path, older_than: float = STALE_PART_SECONDS,
                       suffix: str = PART) -> int:
    """Leftover temporary files from a crash or a vanished share; anyone's, once old enough
    that no copy can still be running. (`suffix=".tmp"` for the local outbox's.)"""
    removed = 0
    if not folder.is_dir():
        return 0
    now = time.time()
    for path in folder.iterdir():
        if path.name.endswith(suffix) and path.name.startswith("."):
            with contextlib.suppress(OSError):
                if now - path.stat().st_mtime > older_than:
                    path.unlink()
                    removed += 1
    return removed
