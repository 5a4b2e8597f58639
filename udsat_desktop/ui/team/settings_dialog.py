"""The settings dialog: language, lock, the shared folder (checked and set up with bounded
worker calls, never on the GUI thread), the signing key and remembering the passphrase."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from udsat_desktop.flows.signing import import_key, key_path
from udsat_desktop.platform.paths import AppPaths
from udsat_desktop.platform.settings import LANGUAGES, AppSettings, load_settings, save_settings
from udsat_desktop.reports.errors import SigningError
from udsat_desktop.sync.roster.exchange import adopt_share
from udsat_desktop.sync.share import call_bounded, check_share
from udsat_desktop.ui.common import remember, wheel_guard
from udsat_desktop.ui.common.busy import run_busy
from udsat_desktop.ui.common.failures import failure_text
from udsat_desktop.ui.common.file_dialogs import choose_file, choose_folder
from udsat_desktop.ui.common.i18n import error_text, fill
from udsat_desktop.ui.review.signing_ui import confirm_not_database_passphrase

log = logging.getLogger(__name__)
SHARE_WAIT_S = 2.0  # the settings dialog's longest wait for the share


class SettingsDialog(QDialog):
    """Shared folder (checked: reachable, writable), timestamp server, auto-lock, language, and
    the signing key (import an organisation's .p12)."""

    def __init__(self, paths: AppPaths, profile: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths, self.profile = paths, profile
        self.setWindowTitle(self.tr("Indstillinger"))
        current = load_settings(paths.config)

        self.share = QLineEdit(current.share_path)
        self.share.setAccessibleName(self.tr("Fællesmappe"))
        self.share.setToolTip(
            self.tr(
                "Netværksdrevet, hvor teamets filer mødes, fx S:\\Taskforce eller /mnt/taskforce"
            )
        )
        self.share.setPlaceholderText(self.tr("fx S:\\Taskforce eller /mnt/taskforce"))
        browse = QPushButton(self.tr("&Gennemse…"))
        browse.setToolTip(self.tr("Vælg fællesmappen"))
        browse.clicked.connect(self._browse)
        check = self.check_button = QPushButton(self.tr("&Kontrollér"))
        check.setToolTip(self.tr("Kontrollér, at mappen kan nås og skrives i"))
        check.clicked.connect(lambda: self.check_share())
        self.share_state = QLabel()
        self.share_state.setWordWrap(True)
        self.share_state.setAccessibleName(self.tr("Fællesmappens tilstand"))
        row = QHBoxLayout()
        row.addWidget(self.share, 1)
        row.addWidget(browse)
        row.addWidget(check)

        self.tsa = QLineEdit(current.timestamp_url)
        self.tsa.setAccessibleName(self.tr("Tidsstemplingsserver"))
        self.tsa.setToolTip(
            self.tr(
                "RFC 3161-server til tidsstempler (PAdES B-T). Tom: "
                "underskrifter uden tidsstempel (B-B)."
            )
        )
        self.lock = QSpinBox()
        self.lock.setRange(0, 240)
        self.lock.setValue(current.lock_minutes)
        self.lock.setSuffix(self.tr(" min"))
        self.lock.setSpecialValueText(self.tr("aldrig"))
        self.lock.setAccessibleName(self.tr("Lås efter inaktivitet"))
        self.lock.setToolTip(
            self.tr(
                "Vinduet skjuler sagerne og beder om adgangskoden efter så mange minutter uden brug"
            )
        )
        self.language = QComboBox()
        for code, label in zip(LANGUAGES, (self.tr("Dansk"), self.tr("English")), strict=True):
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(0, self.language.findData(current.language)))
        self.language.setAccessibleName(self.tr("Sprog"))
        self.language.setToolTip(self.tr("Sproget i programmet (gælder fra næste start)"))

        self.remember = QCheckBox(
            self.tr("&Husk adgangskoden på denne computer (kun en betroet computer)")
        )
        self.remember.setChecked(current.remember_passphrase)
        self.remember.setAccessibleName(self.tr("Husk adgangskoden"))
        self.remember.setToolTip(
            self.tr(
                "Adgangskoden gemmes i styresystemets nøglering "
                "(fx Windows' legitimationsoplysninger), aldrig i en "
                "fil. Slået fra som standard."
            )
        )
        if not remember.available():
            self.remember.setEnabled(False)
            self.remember.setToolTip(
                self.tr("Styresystemet har ingen nøglering, programmet kan bruge")
            )
        form = QFormLayout()
        share_label = QLabel(self.tr("&Fællesmappe:"))
        share_label.setBuddy(self.share)  # the row is a layout: name its line edit
        form.addRow(share_label, row)
        form.addRow("", self.share_state)
        form.addRow(self.tr("&Tidsstempler:"), self.tsa)
        form.addRow(self.tr("&Lås efter:"), self.lock)
        form.addRow(self.tr("&Sprog:"), self.language)
        self.language_note = QLabel()
        self.language_note.setWordWrap(True)
        self.language_note.setAccessibleName(self.tr("Om sprogskiftet"))
        self.language_note.setText(self.tr("Sproget skiftes, når programmet startes igen."))
        self.language_note.hide()
        self.language.currentIndexChanged.connect(
            lambda _i: self.language_note.setVisible(
                self.language.currentData() != current.language
            )
        )
        form.addRow("", self.language_note)
        form.addRow("", self.remember)

        key_box = QGroupBox(self.tr("Signeringsnøgle"))
        self.key_state = QLabel()
        self.key_state.setWordWrap(True)
        self.key_state.setAccessibleName(self.tr("Signeringsnøgle"))
        import_key = QPushButton(self.tr("&Importér nøgle fra organisationen (.p12)…"))
        import_key.setToolTip(
            self.tr(
                "Brug en PKCS#12-fil udstedt af kommunen i stedet for "
                "den nøgle, programmet selv har lavet"
            )
        )
        import_key.clicked.connect(self.import_key)
        key_layout = QVBoxLayout(key_box)
        key_layout.addWidget(self.key_state)
        key_layout.addWidget(import_key)
        self._show_key_state()

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(key_box)
        layout.addWidget(buttons)
        self.resize(640, 0)

        wheel_guard.guard(self)  # the auto-lock minutes change only when focused

    def _browse(self) -> None:
        folder = choose_folder(self, self.tr("Vælg fællesmappe"), self.share.text() or None)
        if folder:
            self.share.setText(folder)
            self.check_share()

    def check_share(self, then: Callable[[bool], None] | None = None) -> Any:
        """Reachable and writable? Probed on a worker, which gives a network drive that does
        not answer SHARE_WAIT_S; the dialog never waits (a progress dialog offers *Annullér*).
        `then(reachable)` follows on the GUI thread."""

        text = self.share.text().strip()
        if not text:
            self.share_state.setText(self.tr("Ingen fællesmappe: programmet arbejder kun lokalt."))
            if then is not None:
                then(True)
            return None

        def reachable(_result: object) -> None:
            self.share_state.setText(self.tr("✓ Fællesmappen kan nås og skrives i."))
            if then is not None:
                then(True)

        def failed(exc: BaseException) -> None:
            self.share_state.setText("⚠ " + failure_text(exc))
            if then is not None:
                then(False)

        probe = functools.partial(check_share, marker=False)  # the marker is set up on saving
        self.share_state.setText(self.tr("Kontrollerer fællesmappen…"))
        return run_busy(
            self,
            self.tr("Fællesmappe"),
            self.tr("Kontrollerer fællesmappen…"),
            call_bounded,
            SHARE_WAIT_S,
            probe,
            Path(text).expanduser(),
            on_done=reachable,
            on_error=failed,
        )

    def _show_key_state(self) -> None:

        if key_path(self.paths).exists():
            self.key_state.setText(self.tr("Du har en signeringsnøgle i datamappen."))
        else:
            self.key_state.setText(
                self.tr(
                    "Ingen nøgle endnu: den laves, første gang du "
                    "underskriver, eller importeres her."
                )
            )

    def import_key(self) -> bool:

        name = choose_file(self, self.tr("Vælg nøglefil"), self.tr("PKCS#12 (*.p12 *.pfx)"))
        if not name:
            return False
        replace = key_path(self.paths).exists()
        if (
            replace
            and QMessageBox.question(
                self,
                self.tr("Erstat nøgle"),
                self.tr(
                    "Du har allerede en signeringsnøgle. Vil du bruge den importerede i "
                    "stedet? Den gamle gemmes som backup, og underskrifter lavet med den "
                    "kan stadig kontrolleres."
                ),
            )
            != QMessageBox.StandardButton.Yes
        ):
            return False
        passphrase, ok = QInputDialog.getText(
            self,
            self.tr("Importér nøgle"),
            self.tr("Adgangskode til nøglefilen:"),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return False
        db = getattr(self.parent(), "db", None)
        if db is not None and not confirm_not_database_passphrase(self, db, self.paths, passphrase):
            return False
        try:
            cert = import_key(self.paths, self.profile, Path(name), passphrase, replace=replace)
        except SigningError as exc:
            QMessageBox.warning(self, self.tr("Importér nøgle"), error_text(exc))
            return False
        subject = cert.subject.rfc4514_string()
        self.key_state.setText(fill(self.tr("Importeret: %1"), subject))
        return True

    def values(self) -> AppSettings:
        return AppSettings(
            share_path=self.share.text().strip(),
            timestamp_url=self.tsa.text().strip(),
            lock_minutes=self.lock.value(),
            language=str(self.language.currentData()),
            retention_years=load_settings(self.paths.config).retention_years,
            share_timeout=load_settings(self.paths.config).share_timeout,
            remember_passphrase=self.remember.isChecked(),
        )

    def save(self) -> None:
        url = self.tsa.text().strip()
        if url and not url.startswith(("http://", "https://")):
            QMessageBox.warning(
                self,
                self.tr("Indstillinger"),
                self.tr("Tidsstemplingsserverens adresse skal begynde med http:// eller https://"),
            )
            return
        self.check_share(then=self._save_checked)

    def _save_checked(self, reachable: bool) -> None:
        if (
            not reachable
            and QMessageBox.question(
                self,
                self.tr("Indstillinger"),
                self.tr(
                    "Fællesmappen kan ikke bruges lige nu. Gem alligevel? Programmet "
                    "prøver igen ved næste synkronisering."
                ),
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        values = self.values()
        save_settings(self.paths.config, values)
        if not values.remember_passphrase:
            remember.forget(self.paths)  # switched off: nothing stays in the keyring
        if values.share is None:
            self.accept()
            return

        def not_set_up(exc: BaseException) -> None:
            # an unconnected drive is not made a new share; the next sync says what is wrong
            log.info("share not set up yet: %s", type(exc).__name__)
            self.accept()

        def set_up(share: Path) -> str:
            # a folder marked as another share is adopted only when the team's roster
            # names it; otherwise the next sync says what is wrong
            return adopt_share(self.paths, share)

        # the marker that proves the folder is the share (kept when there), on a worker
        run_busy(
            self,
            self.tr("Fællesmappe"),
            self.tr("Kontrollerer fællesmappen…"),
            call_bounded,
            SHARE_WAIT_S,
            set_up,
            values.share,
            on_done=lambda _r: self.accept(),
            on_error=not_set_up,
        )
