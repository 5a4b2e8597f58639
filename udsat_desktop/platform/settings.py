"""Settings shared by the GUI and the CLI, kept as JSON files in the config folder.

`settings.json` (`AppSettings`):

    share_path      the shared folder (mapped drive, UNC path or mount); empty: no sync
    timestamp_url   an RFC 3161 timestamp server; empty: signatures are PAdES B-B
    lock_minutes    lock the window after this many minutes without input (0: never)
    retention_years audit entries older than this may be purged by a coordinator
    case_retention_years  a closed case's data is deleted this long after its last change
                    (`udsat retention`; legal holds excepted)
    remember_passphrase  keep the passphrase in the OS keyring (trusted computers; off)
    language        "da" or "en"
    share_timeout   seconds one operation on the share may take before it is given up (CLI)

`column_maps.json`: the column mapping remembered per import file layout.

`packets.json`: where the latest meeting packet of each meeting date was written (by the
window or `udsat packet`), so *Udskriv mødepakke…* finds it whichever built it.

UI-only state (window geometry, column widths) lives in QSettings instead.

Machine-wide settings (`MachineSettings`, issue 33): what municipal IT pre-sets for every user
of a computer, read once, when a user's profile is created (`udsat init`, the window's first
start). Looked for in `UDSAT_MACHINE_SETTINGS` (a file path), else `%ProgramData%\\Udsat\\
settings.json` on Windows, `/etc/udsat/settings.json` elsewhere; on Windows the registry
policy `HKLM\\SOFTWARE\\Policies\\KobenhavnsKommune\\UdsatDesktop` (values `SharePath`,
`CoordinatorCode`, `TimestampUrl`; Group Policy) wins over the file. Keys of the file:

    share_path        the team's shared folder: becomes the new user's `share_path`
    coordinator_code  the coordinator's code: pinned as a coordinator the user trusts, as
                      `udsat init --coordinator CODE` does. A pin says whose rosters to
                      trust; it grants no one a role (docs/trust-model.md)
    timestamp_url     becomes the new user's `timestamp_url`

A user who already has settings keeps them; the file is never written by the app.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from udsat_desktop.platform.fsutil import write_atomic

log = logging.getLogger(__name__)

LANGUAGES = ("da", "en")


class JsonConfig:
    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (ValueError, OSError):
            log.warning("settings file %s unreadable; using defaults", self.path.name)
            return {}
        return data if isinstance(data, dict) else {}

    def save(self, data: dict[str, Any]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(self.path, json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8"))


@dataclass(frozen=True)
class AppSettings:
    share_path: str = ""
    timestamp_url: str = ""
    lock_minutes: int = 10
    language: str = "da"
    retention_years: int = 5
    case_retention_years: int = 5
    remember_passphrase: bool = False
    share_timeout: int = 10

    @property
    def share(self) -> Path | None:
        return Path(self.share_path).expanduser() if self.share_path.strip() else None

    @property
    def tsa(self) -> str | None:
        return self.timestamp_url.strip() or None


def _store(config_dir: Path) -> JsonConfig:
    return JsonConfig(config_dir / "settings.json")


def load_settings(config_dir: Path) -> AppSettings:
    """Unknown keys and wrongly typed values fall back to the defaults, never to a crash."""
    data = _store(config_dir).load()
    values: dict[str, Any] = {}
    for field in dataclasses.fields(AppSettings):
        value = data.get(field.name)
        default = field.default
        if isinstance(value, type(default)) and (
            isinstance(default, bool) or not isinstance(value, bool)
        ):
            values[field.name] = value
    settings = AppSettings(**values)
    if settings.language not in LANGUAGES:
        settings = dataclasses.replace(settings, language="da")
    if settings.retention_years < 1:
        settings = dataclasses.replace(settings, retention_years=5)
    if settings.case_retention_years < 1:
        settings = dataclasses.replace(settings, case_retention_years=5)
    if settings.share_timeout < 1:
        settings = dataclasses.replace(settings, share_timeout=10)
    if settings.lock_minutes < 0:
        settings = dataclasses.replace(settings, lock_minutes=0)
    return settings


def save_settings(config_dir: Path, settings: AppSettings) -> None:
    _store(config_dir).save(dataclasses.asdict(settings))


def update_settings(config_dir: Path, **changes: Any) -> AppSettings:
    settings = dataclasses.replace(load_settings(config_dir), **changes)
    save_settings(config_dir, settings)
    return settings


def column_maps(config_dir: Path) -> JsonConfig:
    return JsonConfig(config_dir / "column_maps.json")


def remembered_mapping(config_dir: Path, signature: str) -> dict[str, str] | None:
    found = column_maps(config_dir).load().get(signature)
    return dict(found) if isinstance(found, dict) else None


def remember_mapping(config_dir: Path, signature: str, named: dict[str, str]) -> None:
    store = column_maps(config_dir)
    data = store.load()
    data[signature] = named
    store.save(data)


def _packets(config_dir: Path) -> JsonConfig:
    return JsonConfig(config_dir / "packets.json")


def remember_packet(config_dir: Path, meeting: str, packet: Path) -> None:
    """The packet just built for the meeting on `meeting` (ISO date) is at `packet`."""
    store = _packets(config_dir)
    data = store.load()
    data[meeting] = str(packet.resolve())
    store.save(data)


def remembered_packet(config_dir: Path, meeting: str) -> Path | None:
    """The latest packet built on this computer for the meeting, while it is still there."""
    found = _packets(config_dir).load().get(meeting)
    if not isinstance(found, str) or not found:
        return None
    path = Path(found)
    return path if path.is_file() else None


MACHINE_SETTINGS_ENV = "UDSAT_MACHINE_SETTINGS"
POLICY_KEY = r"SOFTWARE\Policies\KobenhavnsKommune\UdsatDesktop"
_POLICY_VALUES = {
    "SharePath": "share_path",
    "CoordinatorCode": "coordinator_code",
    "TimestampUrl": "timestamp_url",
}


@dataclass(frozen=True)
class MachineSettings:
    """What IT pre-set for every user of this computer (empty: nothing)."""

    share_path: str = ""
    coordinator_code: str = ""
    timestamp_url: str = ""
    source: str = ""  # where they came from, for the log and `udsat init --json`


def machine_settings_path() -> Path:
    given = os.environ.get(MACHINE_SETTINGS_ENV, "").strip()
    if given:
        return Path(given)
    if sys.platform == "win32":
        program_data = os.environ.get("PROGRAMDATA") or r"C:\ProgramData"
        return Path(program_data) / "Udsat" / "settings.json"
    return Path("/etc/udsat/settings.json")


def _policy() -> dict[str, str]:
    """The Group Policy values under HKLM (Windows only; only administrators can write them)."""
    if sys.platform != "win32":
        return {}
    import winreg

    found: dict[str, str] = {}
    try:
        with winreg.OpenKey(
            winreg.HKEY_LOCAL_MACHINE, POLICY_KEY, 0, winreg.KEY_READ | winreg.KEY_WOW64_64KEY
        ) as key:
            for value, field in _POLICY_VALUES.items():
                try:
                    data, kind = winreg.QueryValueEx(key, value)
                except OSError:
                    continue
                if kind in (winreg.REG_SZ, winreg.REG_EXPAND_SZ) and isinstance(data, str):
                    found[field] = data.strip()
    except OSError:
        return {}
    return found


def load_machine_settings() -> MachineSettings:
    """The machine-wide settings; a missing file is no settings, an unreadable one is logged
    and ignored (a user then sets up by hand, as without it)."""
    path = machine_settings_path()
    values: dict[str, str] = {}
    source = ""
    if path.is_file():
        data = JsonConfig(path).load()
        for field in ("share_path", "coordinator_code", "timestamp_url"):
            value = data.get(field)
            if isinstance(value, str) and value.strip():
                values[field] = value.strip()
        source = str(path)
    policy = _policy()
    if policy:
        values.update({k: v for k, v in policy.items() if v})
        source = "HKLM\\" + POLICY_KEY
    return MachineSettings(**values, source=source) if values else MachineSettings()


def preset_new_user(config_dir: Path, machine: MachineSettings) -> bool:
    """A new user's settings from the machine-wide ones (their share path and timestamp
    server), unless the user has a settings file already. True when something was set."""
    if _store(config_dir).path.exists():
        return False
    if not (machine.share_path or machine.timestamp_url):
        return False
    preset = AppSettings(share_path=machine.share_path, timestamp_url=machine.timestamp_url)
    save_settings(config_dir, preset)
    log.info("share path and timestamp server pre-set by the machine-wide settings")
    return True
