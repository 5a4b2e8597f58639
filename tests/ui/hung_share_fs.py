"""A FUSE file system that stops answering, like a network drive whose server went away.

    python tests/ui/hung_share_fs.py MOUNTPOINT

The mount point itself answers (so the mount can be seen); every other request is taken and
never answered until this process is killed. Used by tests/ui/test_hung_share.py.
"""

from __future__ import annotations

import errno
import stat
import sys
import threading
import time

from fuse import FUSE, FuseOSError, Operations

NEVER = threading.Event()


class Hung(Operations):
    def getattr(self, path, fh=None):
        if path == "/":
            now = time.time()
            return {
                "st_mode": stat.S_IFDIR | 0o755,
                "st_nlink": 2,
                "st_ctime": now,
                "st_mtime": now,
                "st_atime": now,
            }
        NEVER.wait()  # the server has gone away
        raise FuseOSError(errno.EIO)

    def __getattribute__(self, name):
        if name in ("getattr", "init", "destroy", "__call__", "statfs"):
            return object.__getattribute__(self, name)
        if name in (
            "readdir",
            "open",
            "create",
            "access",
            "mkdir",
            "read",
            "write",
            "opendir",
            "unlink",
            "rename",
            "link",
            "release",
            "fsync",
            "flush",
        ):

            def hang(*_args, **_kwargs):
                NEVER.wait()
                raise FuseOSError(errno.EIO)

            return hang
        return object.__getattribute__(self, name)


if __name__ == "__main__":
    FUSE(Hung(), sys.argv[1], foreground=True, nothreads=False, allow_other=False)
