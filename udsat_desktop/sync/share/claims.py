"""The file operations of a claim: its folder made with `mkdir` (atomic on every SMB server)
and claim.json written into it once.
"""

from __future__ import annotations

import os
from pathlib import Path

from udsat_desktop.core.text import Msg
from udsat_desktop.sync.share.bounded_calls import bounded
from udsat_desktop.sync.share.errors import InProgress, ShareError, _share_error
from udsat_desktop.sync.share.handles import _Dir
from udsat_desktop.sync.share.publish import _abandoned, _exclusive, _same_or_conflict

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
