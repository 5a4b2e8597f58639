"""Guards a view or controller asks before a coordinator's action."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMessageBox

from udsat_desktop.core.status import NotAllowed, require_coordinator
from udsat_desktop.store.queue import Profile
from udsat_desktop.ui.common.i18n import error_text, translate


def refuse_unless_coordinator(parent: Any, profile: Profile, what: str) -> bool:
    """True (after telling the user why) when the profile may not do a coordinator's action."""
    try:
        require_coordinator(profile.role, what)
    except NotAllowed as exc:
        QMessageBox.warning(parent, translate("Start", "Ikke tilladt"), error_text(exc))
        return True
    return False
