"""Small JSON settings shared by the CLI and the GUI (e.g. remembered column mappings).

UI-only state (window geometry, column widths) lives in QSettings instead.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from udsat_desktop.fsutil import write_atomic

log = logging.getLogger(__name__)


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
