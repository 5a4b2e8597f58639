"""Signing and verification in the window: sign one review, sign every ready review in the
background with progress and cancel, and check the signatures of a PDF. It is over 400 lines
because the key dialogs (new key, passphrase tries) belong to the same signing flow."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from udsat_desktop.core.danish import one_or_many
from udsat_desktop.core.passphrase import MIN_PASSPHRASE_LENGTH, passphrase_problem
from udsat_desktop.flows.keypolicy import same_as_database
from udsat_desktop.flows.signing import key_path, sign_ready
from udsat_desktop.platform.paths import AppPaths
from udsat_desktop.platform.settings import load_settings
from udsat_desktop.reports.errors import SigningError
from udsat_desktop.reports.keyfile import WrongKeyPassphrase, open_key
from udsat_desktop.reports.signing import verify_pdf
from udsat_desktop.reports.verify import BAD
from udsat_desktop.store.handovers import handed_over_case_ids
from udsat_desktop.store.queue import reviewer_labels
from udsat_desktop.sync.roster.certs import local_trust
from udsat_desktop.ui.common import theme
from udsat_desktop.ui.common.file_dialogs import choose_file
from udsat_desktop.ui.common.i18n import (
    domain,
    error_text,
    fill,
    fmt_datetime,
    fmt_number,
    localize,
    translate,
)
from udsat_desktop.ui.common.passphrase_guard import CapsLockWatch, WrongTries, forgotten_key_text
from udsat_desktop.ui.common.tasks import Cancelled


class NewKeyDialog(QDialog):
    """The first signature makes the signing key: its passphrase twice. A passphrase that is
    too short, or two that differ, are said in the dialog, which stays open to try again."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtWidgets import QDialogButtonBox, QFormLayout

        self.setWindowTitle(translate("Signing", "Ny signeringsnøgle"))
        intro = QLabel(
            fill(
                translate(
                    "Signing",
                    "Du har ingen signeringsnøgle endnu. Vælg en "
                    "adgangskode til den nye nøgle (mindst %1 tegn, "
                    "ikke den samme som databasens).",
                ),
                MIN_PASSPHRASE_LENGTH,  # the one rule (core.passphrase), quoted
            )
        )
        intro.setWordWrap(True)
        self.first = QLineEdit()
        self.second = QLineEdit()
        for edit, name in (
            (self.first, translate("Signing", "Adgangskode til nøglen")),
            (self.second, translate("Signing", "Gentag adgangskoden")),
        ):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setAccessibleName(name)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(theme.error_style())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        form = QFormLayout()
        form.addRow(translate("Signing", "&Adgangskode:"), self.first)
        form.addRow(translate("Signing", "&Gentag:"), self.second)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def accept(self) -> None:

        first, second = self.first.text(), self.second.text()
        problem = passphrase_problem(first)  # too short or too common: say why, ask again
        if problem:
            self.message.setText(localize(problem) + " " + translate("Signing", "Prøv igen."))
            self.first.clear()
            self.second.clear()
            self.first.setFocus()
            return
        if first != second:
            self.message.setText(translate("Signing", "De to adgangskoder er ikke ens. Prøv igen."))
            self.second.clear()
            self.second.setFocus()
            return
        super().accept()

    def passphrase(self) -> str:
        return self.first.text()


def ask_key_passphrase(parent: QWidget, paths: AppPaths, db: Any = None) -> str | None:
    """The key's passphrase. For a new key: asked again while it is too weak (with the
    reason), and a warning when it is also the database's passphrase."""

    if not key_path(paths).exists():
        while True:
            dialog = NewKeyDialog(parent)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            text = dialog.passphrase()
            if db is None or confirm_not_database_passphrase(parent, db, paths, text):
                return text
    asked = KeyPassphraseDialog(key_path(paths), parent)
    if asked.exec() != QDialog.DialogCode.Accepted:
        return None
    return asked.passphrase.text() or None


class KeyPassphraseDialog(QDialog):
    """The signing key's passphrase, checked against the key file before the dialog closes: a
    wrong one is said (with the count, a growing wait and a Caps Lock hint) and the dialog
    stays open for the next try."""

    def __init__(self, key_file: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtWidgets import QDialogButtonBox, QFormLayout

        self.key_file = key_file
        self.setWindowTitle(translate("Signing", "Underskriv"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(translate("Signing", "Adgangskode til nøglen"))
        self.caps = QLabel()
        CapsLockWatch(self.passphrase, self.caps)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(theme.error_style())
        self.message.hide()
        self.forgotten = QLabel(forgotten_key_text())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(translate("Signing", "Underskriv"))
        self.tries = WrongTries(
            [self.passphrase, self.ok_button],
            self.message,
            self.forgotten,
            translate("Signing", "Forkert adgangskode til signeringsnøglen"),
        )
        form = QFormLayout()
        form.addRow(translate("Signing", "&Adgangskode til din signeringsnøgle:"), self.passphrase)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.caps)
        layout.addWidget(self.message)
        layout.addWidget(self.forgotten)
        layout.addWidget(buttons)
        self.resize(480, self.sizeHint().height())

    def accept(self) -> None:

        if self.tries.waiting or not self.passphrase.text():
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            open_key(self.key_file, self.passphrase.text(), migrate=False)
        except WrongKeyPassphrase:
            self.passphrase.clear()
            self.tries.wrong()
            return
        except SigningError as exc:  # the file itself is damaged or unreadable: said so
            self.message.setText(error_text(exc))
            self.message.show()
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        super().accept()


def confirm_not_database_passphrase(
    parent: QWidget, db: Any, paths: AppPaths, key_passphrase: str
) -> bool:
    """True unless the key passphrase is the database's and the user then chooses another."""

    warning = same_as_database(db, paths, key_passphrase)
    if warning is None:
        return True
    answer = QMessageBox.warning(
        parent,
        translate("Signing", "Underskriv"),
        localize(warning) + "\n\n" + translate("Signing", "Vil du bruge den alligevel?"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def sign_all_ready(
    parent: QWidget,
    db: Any,
    paths: AppPaths,
    profile: Any,
    library: Any,
    runner: Any,
    passphrase: str,
    on_finished: Any = None,
) -> QProgressDialog:
    """Sign every ready review on a worker; the GUI stays responsive and can cancel."""

    progress = QProgressDialog(
        translate("Signing", "Underskriver gennemgange…"),
        translate("Signing", "Annullér"),
        0,
        0,
        parent,
    )
    progress.setWindowTitle(translate("Signing", "Underskriv"))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(0)

    def work(task: Any) -> list[Any]:

        return sign_ready(
            db,
            paths,
            profile,
            library,
            passphrase,
            progress=task.report,
            timestamp_url=load_settings(paths.config).tsa,
        )

    def done(items: list[Any]) -> None:
        progress.close()
        QMessageBox.information(
            parent,
            translate("Signing", "Underskriv"),
            fill(
                one_or_many(
                    len(items),
                    translate("Signing", "%1 gennemgang er underskrevet og lagt i udbakken."),
                    translate("Signing", "%1 gennemgange er underskrevet og lagt i udbakken."),
                ),
                fmt_number(len(items)),
            ),
        )
        if on_finished:
            on_finished()

    def failed(exc: BaseException) -> None:
        progress.close()

        if not isinstance(exc, Cancelled):
            QMessageBox.warning(parent, translate("Signing", "Underskriv"), error_text(exc))
        if on_finished:
            on_finished()

    def report(current: int, total: int) -> None:
        progress.setMaximum(total)
        progress.setValue(current)

    task = runner.start(work, on_done=done, on_error=failed, on_progress=report, pass_task=True)
    progress.canceled.connect(lambda: setattr(task, "cancelled", True))
    progress.show()
    return progress


class VerifyDialog(QDialog):
    """Per signature: intact and known / intact, unknown signer / modified / not signed."""

    def __init__(self, paths: AppPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.setWindowTitle(self.tr("Kontrollér underskrift"))
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("PDF-fil"))
        self.path.setToolTip(self.tr("Den PDF, hvis underskrifter skal kontrolleres"))
        self.path.returnPressed.connect(self.check)
        browse = QPushButton(self.tr("&Gennemse…"))
        browse.setToolTip(self.tr("Vælg PDF-filen"))
        browse.clicked.connect(self._browse)
        check = QPushButton(self.tr("&Kontrollér"))
        check.setToolTip(self.tr("Kontrollér underskrifterne i filen"))
        check.setDefault(True)
        check.clicked.connect(self.check)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.verdict.setAccessibleName(self.tr("Resultat"))
        self.table = QTableWidget(0, 6)
        self.table.setProperty("dataColumns", [0, 2, 5])  # what the file itself says
        self.table.setToolTip(self.tr("Hver underskrift i filen og resultatet af kontrollen"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Underskrift"),
                self.tr("Resultat"),
                self.tr("Underskriver"),
                self.tr("Tidspunkt"),
                self.tr("Tidsstempel"),
                self.tr("Dækkede bytes"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Underskrifter"))
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        row.addWidget(check)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.verdict)
        layout.addWidget(self.table, 1)
        self.resize(900, 320)

    def _browse(self) -> None:

        name = choose_file(self, self.tr("Vælg PDF"), "PDF (*.pdf)")
        if name:
            self.path.setText(name)
            self.check()

    def check(self) -> None:

        try:
            data = Path(self.path.text().strip()).read_bytes()
        except OSError as exc:
            self.verdict.setText(
                self.tr("Filen kan ikke læses: %1").replace(
                    "%1", exc.strerror or type(exc).__name__
                )
            )
            self.table.setRowCount(0)
            return
        reports = verify_pdf(data, local_trust(self.paths))
        self.table.setRowCount(len(reports))
        for r, rep in enumerate(reports):
            verdict = domain(rep.verdict.value) + (
                f" ({localize(rep.reason)})" if rep.reason else ""
            )
            values = [
                rep.field or "–",
                verdict,
                rep.signer or "–",
                fmt_datetime(rep.signed_at) if rep.signed_at else "–",
                fmt_datetime(rep.timestamp.astimezone(), seconds=True) if rep.timestamp else "–",
                ", ".join(str(b) for b in rep.byte_range) or "–",
            ]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c == 1 and rep.verdict in BAD:
                    item.setForeground(theme.error_color())
                self.table.setItem(r, c, item)
        bad = [r for r in reports if r.verdict in BAD]
        self.verdict.setText(
            self.tr("Filen er IKKE i orden: %1").replace("%1", domain(bad[0].verdict.value))
            if bad
            else self.tr("Alle underskrifter er intakte.")
        )


def confirm_despite_handover(parent: QWidget, db: Any, profile: Any, case_ids: list[int]) -> bool:
    """Before signing a review of a case a coordinator handed to someone else: say to whom, by
    whom and when, and ask (default: no). Signing it makes a second signed review of the
    case, which the coordinator decides between (issue 29). True: go on."""

    handed = handed_over_case_ids(db, profile.user_id)
    found = [handed[i] for i in case_ids if i in handed]
    if not found:
        return True
    names = reviewer_labels(db, full=True)
    cases = "\n".join(
        fill(
            translate("Signing", "• Sag %1: overdraget til %2 af %3 den %4"),
            h.case_key,
            names.get(h.to_user, h.to_user),
            names.get(h.by_user, h.by_user),
            h.at[:10],
        )
        for h in found
    )
    answer = QMessageBox.question(
        parent,
        translate("Signing", "Sagen er overdraget"),
        fill(
            translate(
                "Signing",
                "Koordinatoren har overdraget sagen til en anden:\n%1\n\nDin kladde er gemt. "
                "Underskriver du alligevel, får sagen to underskrevne gennemgange, og "
                "koordinatoren vælger den gældende. Vil du underskrive alligevel?",
            ),
            cases,
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
