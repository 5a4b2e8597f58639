"""The share's errors (each one Danish sentence for the user) and how an OSError of the share
is told.
"""

from __future__ import annotations

import errno

from udsat_desktop.core.errors import UserError
from udsat_desktop.core.text import Msg


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
