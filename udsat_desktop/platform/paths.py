"""Where Udsat Desktop keeps its files: platformdirs by default, `--data-dir` to override.

With `--data-dir DIR` everything (database, keys, logs, settings) lives under DIR,
which is what tests and portable installs use.
"""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from udsat_desktop.core.errors import UserError
from udsat_desktop.core.text import Msg, reason_of

APP_NAME = "UdsatDesktop"
APP_AUTHOR = "KobenhavnsKommune"


@dataclass(frozen=True)
class AppPaths:
    data: Path
    config: Path
    logs: Path

    @property
    def database(self) -> Path:
        return self.data / "udsat.db"

    @property
    def keyinfo(self) -> Path:
        return self.data / "keyinfo.json"

    @property
    def backups(self) -> Path:
        return self.data / "backups"

    @property
    def outbox(self) -> Path:
        """Where earlier versions kept unsent work plain; now only read once, to take it into
        the encrypted store (store.signed_pdfs.absorb_outbox). Never created."""
        return self.data / "outbox"

    def ensure(self) -> AppPaths:
        """Create the folders readable by the user only (0700): they hold personal data. The
        data folder's own subfolders (backups, trust list, ...) are made or tightened
        to 0700 too, whoever created them."""
        for folder in (
            self.data,
            self.config,
            self.logs,
            self.backups,
            self.data / "trust",
        ):
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            if os.name == "posix":
                folder.chmod(0o700)
        if os.name == "posix":
            with os.scandir(self.data) as entries:
                for entry in entries:
                    if (
                        entry.is_dir(follow_symlinks=False)
                        and entry.stat(follow_symlinks=False).st_mode & 0o077
                    ):
                        os.chmod(entry.path, 0o700)
        return self


class PathError(UserError):
    """A path the user gave (`--data-dir`, `--share`, `--out`, `UDSAT_DATA_DIR`) that cannot be
    used: one Danish sentence naming the option and the path."""


_ERROR_PATH_NOT_FOUND, _ERROR_FILENAME_EXCED_RANGE = 3, 206  # Windows' codes for a long path


def shown(path: str | os.PathLike[str]) -> str:
    """A path as a message shows it: a very long one by its start and end and its length."""
    text = os.fspath(path)
    return text if len(text) <= 120 else f"{text[:60]}…{text[-40:]} ({len(text)} tegn)"


def path_reason(exc: BaseException) -> str:
    """Why a path cannot be used, in Danish: `Path.resolve`'s symlink loop (a RuntimeError
    before Python 3.13), a path too long for the system (Linux: ENAMETOOLONG; Windows: error
    206 or 3 for a path over 260 characters, which Python calls "not found"), or the system's
    reason (`core.text.reason_of`)."""
    if isinstance(exc, RuntimeError) or getattr(exc, "errno", None) == errno.ELOOP:
        return Msg("stien går i ring gennem symbolske links")
    winerror = getattr(exc, "winerror", None)
    name = getattr(exc, "filename", None)
    long_name = isinstance(name, str) and len(name) >= 248  # CreateDirectory's own limit
    if (
        getattr(exc, "errno", None) == errno.ENAMETOOLONG
        or winerror == _ERROR_FILENAME_EXCED_RANGE
        or (winerror == _ERROR_PATH_NOT_FOUND and long_name)
    ):
        return Msg("stien er for lang til styresystemet; vælg en kortere")
    if getattr(exc, "errno", None) == errno.ENOTDIR:
        return Msg("en del af stien er en fil, ikke en mappe")
    return reason_of(exc)


def _stat(path: Path) -> tuple[os.stat_result | None, str | None]:
    """`path`'s stat (None when it does not exist yet), or why it cannot be used as a path:
    `os.stat` says what `Path.exists` and `is_dir` hide or raise (a symlink loop, a path too
    long), and a missing path's nearest existing parent must be a folder."""
    for candidate in (path, *path.parents):
        try:
            found = os.stat(candidate)
        except (FileNotFoundError, NotADirectoryError) as exc:
            if getattr(exc, "winerror", None) == _ERROR_FILENAME_EXCED_RANGE:
                return None, path_reason(exc)
            continue  # look at the parent
        except OSError as exc:
            return None, path_reason(exc)
        except ValueError:  # a NUL character in the path
            return None, Msg("stien har et ugyldigt tegn")
        if candidate == path:
            return found, None
        if not stat.S_ISDIR(found.st_mode):
            return None, Msg("{parent} er en fil, ikke en mappe", parent=shown(candidate))
        return None, None
    return None, None


def os_problem(path: Path) -> str | None:
    """Why `path` cannot be used as a path at all (a symlink loop, a path too long, a file
    where a folder should be on the way), or None."""
    return _stat(path)[1]


def path_problem(path: Path, *, folder: bool) -> str | None:
    """Why `path` cannot be used as a folder (`folder`) or a file, or None: it is one, or it
    does not exist yet and its nearest existing parent is a folder."""
    found, problem = _stat(path)
    if problem is None and found is not None and folder and not stat.S_ISDIR(found.st_mode):
        return Msg("det er en fil, ikke en mappe")
    return problem


def unusable(option: str, path: str | os.PathLike[str], reason: str) -> PathError:
    return PathError(
        Msg(
            "{option} {path} kan ikke bruges: {reason}",
            option=option,
            path=shown(path),
            reason=reason,
        )
    )


def resolve(data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
    """The folders for `data_dir` (`--data-dir`; `UDSAT_DATA_DIR`; else the user's folders).
    A given folder that cannot be used (a symlink loop, a path too long, a file) is a
    `PathError`, never a traceback."""
    option = "--data-dir"
    if data_dir is None:
        data_dir = os.environ.get("UDSAT_DATA_DIR") or None
        option = "UDSAT_DATA_DIR"
    if data_dir is not None:
        try:
            root = Path(data_dir).expanduser().resolve()
        except (OSError, RuntimeError) as exc:
            raise unusable(option, data_dir, path_reason(exc)) from None
        problem = path_problem(root, folder=True)
        if problem is not None:
            raise unusable(option, data_dir, problem)
        return AppPaths(data=root, config=root / "config", logs=root / "logs")
    return AppPaths(
        data=Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)),
        config=Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR)),
        logs=Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR)),
    )
