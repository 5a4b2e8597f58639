"""Whether claims can be atomic on the mount the share is on (issue 31, item 5).

A claim is a `mkdir` the SMB server decides: of two reviewers exactly one wins. Some mounts do
not pass that decision on: rclone's FUSE mount makes a folder that is already there without an
error (its backends' mkdir is idempotent), so two reviewers on two rclone mounts were both told
they held the case (17 of 100 races). Such a mount is told two ways:

- by its type, from the kernel's mount table (`/proc/self/mountinfo`): `fuse.rclone`;
- by a probe: in a scratch folder of the share, two threads race to make the same folder and
  to create the same file exclusively, a few times; two winners of one race = not atomic.
  (One mount decides its own races in its own cache, so the probe finds what the mount itself
  gets wrong; the type is what tells rclone, whose fault is between two mounts.)

`claims_unsafe(share)` gives one Danish sentence naming the mount, or None. Claims on such a
share are not made: they stay queued locally and every sync says why (sync/claims.py).
"""

from __future__ import annotations

import contextlib
import functools
import os
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from udsat_desktop.core.text import Msg
from udsat_desktop.sync.share.bounded_calls import bounded
from udsat_desktop.sync.share.errors import ShareError

# mount types on which a claim's mkdir (and an exclusive create) is not decided by the server
NON_ATOMIC_TYPES = {"fuse.rclone": "rclone"}
# FUSE mounts known to pass mkdir on to the server as it is (tests/sync/test_real_mounts.py:
# 100 of 100 races with one winner on smbnetfs): no probe at every sync
ATOMIC_FUSE_TYPES = frozenset({"fuse.smbnetfs"})
PROBE_FOLDER = ".udsat-probe"
PROBE_RACES = 4


@dataclass(frozen=True)
class Mount:
    point: str
    fstype: str
    source: str


def _unescape(field: str) -> str:
    """mountinfo writes space, tab, newline and backslash as octal escapes."""
    for code in ("\\040", "\\011", "\\012", "\\134"):
        field = field.replace(code, chr(int(code[1:], 8)))
    return field


def mount_of(path: Path, mountinfo: str | None = None) -> Mount | None:
    """The mount `path` is on (the longest mount point above it), from /proc/self/mountinfo;
    None where there is no such table (Windows, macOS)."""
    if mountinfo is None:
        try:
            mountinfo = Path("/proc/self/mountinfo").read_text(encoding="utf-8")
        except OSError:
            return None
    target = os.path.realpath(path)
    best: Mount | None = None
    for line in mountinfo.splitlines():
        before, sep, after = line.partition(" - ")
        fields, tail = before.split(), after.split()
        if not sep or len(fields) < 5 or len(tail) < 2:
            continue
        point = _unescape(fields[4])
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and (best is None or len(point) >= len(best.point)):
            best = Mount(point, tail[0], _unescape(tail[1]))
    return best


def _race(make: Callable[[], object]) -> int:
    """How many of two threads won the same exclusive step at the same moment."""
    barrier = threading.Barrier(2)
    wins: list[bool] = []

    def one() -> None:
        barrier.wait()
        try:
            make()
            wins.append(True)
        except OSError:  # EEXIST: the other one won (any other failure wins nothing)
            wins.append(False)

    threads = [threading.Thread(target=one, name="udsat-probe") for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return sum(wins)


def _create(path: Path, flags: int) -> None:
    os.close(os.open(path, flags, 0o600))


def _probe(share: Path) -> bool:
    """True when two racing exclusive steps (mkdir, O_CREAT|O_EXCL) both won at least once;
    the scratch folder is removed again."""
    base = share / PROBE_FOLDER
    with contextlib.suppress(FileExistsError):
        base.mkdir(0o755)
    scratch = base / f"{os.getpid()}-{secrets.token_hex(4)}"
    scratch.mkdir(0o755)
    made: list[Path] = []
    try:
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
        for n in range(PROBE_RACES):
            folder, file = scratch / f"d{n}", scratch / f"f{n}"
            made += [file, folder]
            if _race(functools.partial(os.mkdir, folder, 0o755)) > 1:
                return True
            if _race(functools.partial(_create, file, flags)) > 1:
                return True
            # a second, late create of what is there must fail too
            with contextlib.suppress(FileExistsError):
                os.mkdir(folder, 0o755)
                return True
        return False
    finally:
        for path in made:
            with contextlib.suppress(OSError):
                path.rmdir() if path.name.startswith("d") else path.unlink()
        with contextlib.suppress(OSError):
            scratch.rmdir()
        with contextlib.suppress(OSError):
            base.rmdir()  # only when no one else probes at this moment


def _unsafe_message(kind: str) -> str:
    return Msg(
        "fællesmappen ligger på et {kind}-drev, hvor krav på sager ikke kan afgøres sikkert "
        "(to kolleger kan begge få sagen); krav lægges ikke på fællesmappen herfra, men venter "
        "lokalt. Bed IT om at tilknytte drevet som et almindeligt netværksdrev",
        kind=kind,
    )


_KNOWN: dict[tuple[str, int], str | None] = {}


def claims_unsafe(share: Path, *, probe: bool | None = None) -> str | None:
    """A Danish sentence naming the mount when claims on `share` cannot be atomic; None when
    they can (or it cannot be told: an unreachable share is told elsewhere). `probe`: race
    on the share (None: only on a FUSE mount not known to be atomic). Remembered per process
    for a share and its device."""
    mount = mount_of(share)
    fstype = mount.fstype if mount is not None else ""
    if fstype in NON_ATOMIC_TYPES:
        return _unsafe_message(NON_ATOMIC_TYPES[fstype])
    if probe is None:
        probe = fstype.startswith("fuse") and fstype not in ATOMIC_FUSE_TYPES
    if not probe:
        return None
    try:
        key = (str(share), int(bounded(os.stat, share).st_dev))
    except (OSError, ShareError):
        return None
    if key not in _KNOWN:
        try:
            racy = bool(bounded(_probe, share))
        except (OSError, ShareError):
            return None  # the share's failure is told by the step that needs it
        kind = fstype.removeprefix("fuse.") or "netværks"
        _KNOWN[key] = _unsafe_message(kind) if racy else None
    return _KNOWN[key]
