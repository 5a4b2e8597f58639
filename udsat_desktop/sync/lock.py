"""One sync at a time per data folder: the window's background sync and `udsat sync` must not
push the same outbox at once. An OS file lock (released by the OS when a process dies, so a
killed sync never leaves it stuck) on `<data>/sync.lock`."""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Iterator

from udsat_desktop.core.text import Msg
from udsat_desktop.platform.paths import AppPaths
from udsat_desktop.sync.share.errors import ShareError

LOCK_FILE = "sync.lock"


class SyncBusy(ShareError):
    """Another sync holds the data folder."""


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    else:
        import fcntl

        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        with contextlib.suppress(OSError):
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)


@contextlib.contextmanager
def data_lock(paths: AppPaths, *, wait: float = 0.0) -> Iterator[None]:
    """Hold the data folder's sync lock; wait up to `wait` seconds for another sync to finish,
    then raise SyncBusy with a Danish sentence."""
    paths.data.mkdir(parents=True, exist_ok=True)
    fd = os.open(paths.data / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        deadline = time.monotonic() + max(wait, 0.0)
        while not _try_lock(fd):
            if time.monotonic() >= deadline:
                raise SyncBusy(
                    Msg(
                        "En anden synkronisering kører allerede på denne datamappe "
                        "(i programmet eller med udsat sync); prøv igen om lidt"
                    )
                )
            time.sleep(0.1)
        try:
            yield
        finally:
            _unlock(fd)
    finally:
        os.close(fd)
