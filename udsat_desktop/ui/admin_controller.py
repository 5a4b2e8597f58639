"""This installation's administration from the main window: settings, locking and the
database passphrase, the audit log, the keyboard-shortcut list, About, and quitting."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMenu, QMessageBox, QVBoxLayout, QWidget

from udsat_desktop import __version__
from udsat_desktop.core.passphrase import MIN_PASSPHRASE_LENGTH
from udsat_desktop.platform.settings import load_settings
from udsat_desktop.store import audit_append as audit
from udsat_desktop.ui.common import remember
from udsat_desktop.ui.common.busy import run_busy
from udsat_desktop.ui.common.controller import Controller
from udsat_desktop.ui.common.failures import failure_text
from udsat_desktop.ui.common.i18n import fill, translate
from udsat_desktop.ui.review.review_names import REVIEW_SHORTCUTS

if TYPE_CHECKING:
    from udsat_desktop.ui.admin_actions import AdminActions


class AdminController(Controller):
    @functools.cached_property
    def actions(self) -> AdminActions:
        """The settings dialog and the audit log, loaded at the first opened."""
        from udsat_desktop.ui.admin_actions import AdminActions  # lazy: launch, ReportLab +4 s

        return AdminActions(self)

    def quit(self) -> None:
        self.window.close()

    def lock(self) -> None:
        self.window.locker.lock()

    def open_settings(self) -> QWidget:
        dialog = self.actions.settings_dialog()
        dialog.accepted.connect(self.window.sync.update_status)
        dialog.accepted.connect(self._apply_lock_setting)
        dialog.setModal(True)
        dialog.show()
        self.settings_dialog = dialog
        return dialog

    def _apply_lock_setting(self) -> None:

        locker = self.window.locker
        locker.minutes = load_settings(self.paths.config).lock_minutes
        if locker.minutes > 0:
            locker.timer.start()
        else:
            locker.timer.stop()

    def change_passphrase(self) -> bool:
        """Old passphrase, new one twice; the database is re-encrypted under the new one."""
        from PySide6.QtWidgets import QInputDialog

        def ask(prompt: str) -> str | None:
            text, ok = QInputDialog.getText(
                self.window, self.tr("Skift adgangskode"), prompt, QLineEdit.EchoMode.Password
            )
            return text if ok else None

        old = ask(self.tr("Nuværende adgangskode:"))
        if old is None:
            return False
        if not self.db.matches(self.paths.keyinfo, old):
            QMessageBox.warning(
                self.window, self.tr("Skift adgangskode"), self.tr("Forkert adgangskode")
            )
            return False
        new = ask(fill(self.tr("Ny adgangskode (mindst %1 tegn):"), MIN_PASSPHRASE_LENGTH))
        if new is None:
            return False
        if ask(self.tr("Gentag den nye adgangskode:")) != new:
            QMessageBox.warning(
                self.window, self.tr("Skift adgangskode"), self.tr("De to adgangskoder er ikke ens")
            )
            return False
        if self.runner.busy:
            QMessageBox.information(
                self.window,
                self.tr("Skift adgangskode"),
                self.tr("Vent, til det igangværende arbejde er færdigt."),
            )
            return False

        def failed(exc: BaseException) -> None:
            QMessageBox.warning(self.window, self.tr("Skift adgangskode"), failure_text(exc))

        # Re-encrypting takes seconds on a large store: on a worker, behind an application-
        # modal progress dialog (nothing else may use the store meanwhile), never abandoned.
        run_busy(
            self.window,
            self.tr("Skift adgangskode"),
            self.tr("Databasen krypteres med den nye adgangskode…"),
            self.db.rekey,
            self.paths.keyinfo,
            new,
            on_done=lambda _r: self._rekeyed(new),
            on_error=failed,
            daemon=False,
            cancellable=False,
            modality=Qt.WindowModality.ApplicationModal,
        )
        return True

    def _rekeyed(self, new: str) -> None:
        audit.append_now(self.db, self.profile.user_id, "passphrase.change", None)

        if load_settings(self.paths.config).remember_passphrase:
            remember.remember(self.paths, new)
        QMessageBox.information(
            self.window,
            self.tr("Skift adgangskode"),
            self.tr("Adgangskoden er skiftet, og databasen er krypteret med den nye."),
        )

    def open_audit_log(self) -> QWidget:
        window = self.actions.show_audit_log()
        self.audit_window = window
        return window

    # ------------------------------------------------------------------ help

    def shortcut_rows(self) -> list[tuple[str, str, str]]:
        """(where, what, keys) for every shortcut: the menus' actions, then the review form."""
        from PySide6.QtGui import QKeySequence as Keys

        rows = []
        for menu_action in self.window.menuBar().actions():
            menu = menu_action.menu()
            where = menu_action.text().replace("&", "")
            actions = menu.actions() if isinstance(menu, QMenu) else []
            for action in actions:
                if not action.shortcut().isEmpty():
                    rows.append(
                        (
                            where,
                            action.text().replace("&", "").rstrip("…"),
                            action.shortcut().toString(Keys.SequenceFormat.NativeText),
                        )
                    )
        native = Keys.SequenceFormat.NativeText
        rows += [
            (self.tr("Køen"), self.tr("Åbn den valgte sag"), Keys("Return").toString(native)),
            (
                self.tr("Køen"),
                self.tr("Fra søgefeltet ned i listen"),
                Keys("Down").toString(native),
            ),
        ]
        rows += [
            (
                self.tr("Gennemgang"),
                translate("ReviewWindow", text),
                Keys(keys).toString(Keys.SequenceFormat.NativeText),
            )
            for text, keys in REVIEW_SHORTCUTS
        ]
        return rows

    def show_shortcuts(self) -> QWidget:
        from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTableWidget, QTableWidgetItem

        rows = self.shortcut_rows()
        dialog = QDialog(self.window)
        dialog.setWindowTitle(self.tr("Tastaturgenveje"))
        table = QTableWidget(len(rows), 3)
        table.setHorizontalHeaderLabels([self.tr("Hvor"), self.tr("Handling"), self.tr("Taster")])
        table.setAccessibleName(self.tr("Tastaturgenveje"))
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                table.setItem(r, c, QTableWidgetItem(value))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(table)
        layout.addWidget(buttons)
        dialog.resize(620, 560)
        dialog.show()
        self.shortcuts_dialog = dialog
        return dialog

    def show_about(self) -> None:
        QMessageBox.about(
            self.window,
            self.tr("Om Udsat Desktop"),
            fill(
                self.tr(
                    "<b>Udsat Desktop</b> %1<br>Taskforcens gennemgang af sager for udsatte "
                    "ledige i Københavns Kommune.<br><br>Datamappe: %2<br>Logmappe: %3"
                ),
                __version__,
                str(self.paths.data),
                str(self.paths.logs),
            ),
        )
