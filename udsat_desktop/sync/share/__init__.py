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

from udsat_desktop.sync.share.bounded_calls import (
    bounded,
    call_bounded,
    hung_message,
    hung_since,
    op_timeout,
    set_op_timeout,
    still_waiting,
)
from udsat_desktop.sync.share.claims import CLAIM_FILE, claim_once
from udsat_desktop.sync.share.cleanup import STALE_PART_SECONDS, remove_stale_parts, share_clock
from udsat_desktop.sync.share.errors import (
    HostileFile,
    InProgress,
    NotAFolder,
    NotAShare,
    ShareError,
    WriteOnceConflict,
    describe_os_error,
)
from udsat_desktop.sync.share.handles import session
from udsat_desktop.sync.share.marker import (
    MARKER,
    MARKER_FORMAT,
    SHARE_ID_FILE,
    SUBFOLDERS,
    NotTheTeamsShare,
    OtherShare,
    check_identity,
    check_share,
    ensure_layout,
    known_share_id,
    marker_id,
    not_the_teams_share,
    remember_share_id,
    set_up_share,
)
from udsat_desktop.sync.share.publish import (
    ABANDONED_SECONDS,
    METHODS,
    UNSUPPORTED,
    create_exclusive,
    publish_method,
    publish_once,
    publish_replace,
    remember_method,
)
from udsat_desktop.sync.share.read import (
    LIMITS,
    PART,
    Entry,
    is_part,
    list_folder,
    names_in,
    read_share_file,
)

__all__ = [
    "ABANDONED_SECONDS",
    "CLAIM_FILE",
    "LIMITS",
    "MARKER",
    "MARKER_FORMAT",
    "METHODS",
    "PART",
    "SHARE_ID_FILE",
    "STALE_PART_SECONDS",
    "SUBFOLDERS",
    "UNSUPPORTED",
    "Entry",
    "HostileFile",
    "InProgress",
    "NotAFolder",
    "NotAShare",
    "NotTheTeamsShare",
    "OtherShare",
    "ShareError",
    "WriteOnceConflict",
    "bounded",
    "call_bounded",
    "check_identity",
    "check_share",
    "claim_once",
    "create_exclusive",
    "describe_os_error",
    "ensure_layout",
    "hung_message",
    "hung_since",
    "is_part",
    "known_share_id",
    "list_folder",
    "marker_id",
    "names_in",
    "not_the_teams_share",
    "op_timeout",
    "publish_method",
    "publish_once",
    "publish_replace",
    "read_share_file",
    "remember_method",
    "remember_share_id",
    "remove_stale_parts",
    "session",
    "set_op_timeout",
    "set_up_share",
    "share_clock",
    "still_waiting",
]
