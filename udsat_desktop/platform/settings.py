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
"""

from __future__ import annotations

import dataclasses
import json
import logging
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
