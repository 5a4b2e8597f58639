"""Atomic file writes: what lands under a final name is always complete."""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path


def write_atomic(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Write to a temporary name in the same folder, fsync, then rename over the target."""
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise
    if os.name == "posix":
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


class NotARegularFile(OSError):
    """A path the user named that is a FIFO, a device, a folder or over its size cap."""


def read_regular(path: Path, limit: int) -> bytes:
    """A file the user named (a link to it is fine), read only when it is a regular file of at
    most `limit` bytes: a FIFO cannot hang the reader (it is opened non-blocking and refused)
    and a link to /dev/zero cannot fill the memory."""
    import errno
    import stat

    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotARegularFile(errno.EINVAL, "det er ikke en almindelig fil", str(path))
        if info.st_size > limit:
            raise NotARegularFile(errno.EFBIG, f"filen er for stor (højst {limit} byte)", str(path))
        chunks: list[bytes] = []
        size = 0
        while chunk := os.read(fd, min(1 << 20, limit + 1 - size)):
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:  # it grew while being read
                raise NotARegularFile(
                    errno.EFBIG, f"filen er for stor (højst {limit} byte)", str(path)
                )
        return b"".join(chunks)
    finally:
        os.close(fd)
