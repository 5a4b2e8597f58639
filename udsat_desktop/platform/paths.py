"""Where Udsat Desktop keeps its files: platformdirs by default, `--data-dir` to override.

With `--data-dir DIR` everything (database, keys, logs, settings) lives under DIR,
which is what tests and portable installs use.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

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


def resolve(data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
    if data_dir is None:
        data_dir = os.environ.get("UDSAT_DATA_DIR") or None
    if data_dir is not None:
        root = Path(data_dir).expanduser().resolve()
        return AppPaths(data=root, config=root / "config", logs=root / "logs")
    return AppPaths(
        data=Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)),
        config=Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR)),
        logs=Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR)),
    )
