"""The dialogs before the main window: the first run (a new profile and database) and
unlocking an existing database."""

import logging

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from udsat_desktop.core.passphrase import MIN_PASSPHRASE_LENGTH, passphrase_problem
from udsat_desktop.core.profile import validate_profile
from udsat_desktop.core.status import Organisation, Role
from udsat_desktop.platform.paths import AppPaths
from udsat_desktop.platform.settings import load_settings
from udsat_desktop.store.db import Database, WrongPassphrase
from udsat_desktop.store.errors import StoreError
from udsat_desktop.store.lifecycle import initialise, open_existing
from udsat_desktop.store.queue import Profile
from udsat_desktop.ui.common import remember
from udsat_desktop.ui.common.form import error_label, show_error, wait_cursor
from udsat_desktop.ui.common.i18n import (
    QT_TRANSLATE_NOOP,
    domain,
    error_text,
    fill,
    localize,
)
from udsat_desktop.ui.common.passphrase_guard import (
    CapsLockWatch,
    WrongTries,
    forgotten_database_text,
)

log = logging.getLogger(__name__)

ORG_LABELS = {
    Organisation.BIF: QT_TRANSLATE_NOOP(
        "Domain", "BIF – Beskæftigelses- og Integrationsforvaltningen"
    ),
    Organisation.SOF: QT_TRANSLATE_NOOP("Domain", "SOF – Socialforvaltningen"),
    Organisation.REGION: QT_TRANSLATE_NOOP("Domain", "Region Hovedstaden"),
}


class FirstRunDialog(QDialog):
    """Creates the local profile and the encrypted database on the first start."""

    def __init__(self, paths: AppPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.db: Database | None = None
        self.profile: Profile | None = None
        self.setWindowTitle(self.tr("Velkommen til Udsat Desktop"))
        intro = QLabel(
            self.tr(
                "Opret din profil. Sagerne gemmes krypteret på denne computer med en adgangskode, "
                "som kun du kender. Glemmer du den, kan data ikke gendannes."
            )
        )
        intro.setWordWrap(True)
        self.name = QLineEdit()
        self.initials = QLineEdit()
        self.initials.setMaxLength(6)
        self.org = QComboBox()
        for org, label in ORG_LABELS.items():
            self.org.addItem(domain(label), org.value)
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(domain(role.label), role.value)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        # the one rule (core.passphrase), quoted where the passphrase is chosen
        self.passphrase.setPlaceholderText(
            fill(self.tr("mindst %1 tegn, ikke en almindelig adgangskode"), MIN_PASSPHRASE_LENGTH)
        )
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        for widget, name in (
            (self.name, self.tr("Navn")),
            (self.initials, self.tr("Initialer")),
            (self.org, self.tr("Organisation")),
            (self.role, self.tr("Rolle")),
            (self.passphrase, self.tr("Adgangskode")),
            (self.repeat, self.tr("Gentag adgangskode")),
        ):
            widget.setAccessibleName(name)
            widget.setToolTip(name)
        form = QFormLayout()
        form.addRow(self.tr("&Navn"), self.name)
        form.addRow(self.tr("&Initialer"), self.initials)
        form.addRow(self.tr("&Organisation"), self.org)
        form.addRow(self.tr("&Rolle"), self.role)
        form.addRow(self.tr("&Adgangskode"), self.passphrase)
        form.addRow(self.tr("&Gentag adgangskode"), self.repeat)
        self.error = error_label()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Opret profil"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annullér"))
        buttons.accepted.connect(self._create)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def problems(self) -> list[str]:
        problems = [localize(p) for p in validate_profile(self.name.text(), self.initials.text())]
        weak = passphrase_problem(self.passphrase.text())
        if weak:
            problems.append(localize(weak))
        elif self.passphrase.text() != self.repeat.text():
            problems.append(self.tr("De to adgangskoder er ikke ens"))
        return problems

    def _create(self) -> None:
        problems = self.problems()
        if problems:
            show_error(self.error, "\n".join(problems))
            return
        try:
            with wait_cursor():
                self.db, self.profile = initialise(
                    self.paths,
                    self.passphrase.text(),
                    self.name.text(),
                    self.initials.text(),
                    Organisation(self.org.currentData()),
                    Role(self.role.currentData()),
                )
                # IT's pre-set coordinator code (issue 33); the roster's code loads the
                # verifier, which the unlock dialog at every launch does not need
                from udsat_desktop.sync.roster.pins import (  # lazy: new profile only, +580 ms
                    pin_machine_coordinator,
                )

                pin_machine_coordinator(self.paths)
        except StoreError as exc:
            show_error(self.error, error_text(exc))
            return
        self.accept()


class UnlockDialog(QDialog):
    """Asks for the passphrase; a wrong one is said plainly and the dialog stays open."""

    def __init__(self, paths: AppPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.db: Database | None = None
        self.profile: Profile | None = None
        self.setWindowTitle(self.tr("Lås Udsat Desktop op"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Adgangskode"))
        self.passphrase.setToolTip(self.tr("Adgangskoden til din krypterede database"))
        self.error = error_label()
        self.caps = QLabel()
        CapsLockWatch(self.passphrase, self.caps)
        self.forgotten = QLabel(forgotten_database_text())
        buttons = QDialogButtonBox()  # not the buttons' constructor: it makes PySide6 create
        buttons.setStandardButtons(  # its `Qt` enums (its orientation), ~45 ms before the dialog
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Lås op"))
        self.tries = WrongTries(
            [self.passphrase, self.ok_button],
            self.error,
            self.forgotten,
            self.tr("Forkert adgangskode"),
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Afslut"))
        buttons.accepted.connect(self._unlock)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Adgangskode"), self.passphrase)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Sagerne er krypteret. Skriv din adgangskode.")))
        layout.addLayout(form)
        layout.addWidget(self.caps)
        layout.addWidget(self.error)
        layout.addWidget(self.forgotten)
        layout.addWidget(buttons)
        self.resize(480, self.sizeHint().height())

    @property
    def attempts(self) -> int:
        return self.tries.attempts

    def _unlock(self) -> None:
        if self.tries.waiting:
            return
        try:
            with wait_cursor():
                self.db, self.profile = open_existing(self.paths, self.passphrase.text())
        except WrongPassphrase:
            self.passphrase.clear()
            self.passphrase.setFocus()
            self.tries.wrong()
            return
        except StoreError as exc:
            show_error(self.error, error_text(exc))
            return

        if load_settings(self.paths.config).remember_passphrase:
            remember.remember(self.paths, self.passphrase.text())
        self.accept()
