"""The administration windows `AdminController` (admin_controller.py) opens: the settings
dialog and the audit log. Kept apart so the controller loads them (ReportLab with them) at the
first opening, not at launch."""

from __future__ import annotations

from udsat_desktop.ui.common.controller import Controller
from udsat_desktop.ui.coordinator.audit_view import AuditLogWindow
from udsat_desktop.ui.team.settings_dialog import SettingsDialog


class AdminActions:
    def __init__(self, controller: Controller) -> None:
        self.c = controller

    def settings_dialog(self) -> SettingsDialog:
        return SettingsDialog(self.c.paths, self.c.profile, self.c.window)

    def show_audit_log(self) -> AuditLogWindow:
        c = self.c
        window = AuditLogWindow(c.db, c.profile, c.paths, c.window)
        window.show()
        return window
