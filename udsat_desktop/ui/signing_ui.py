"""Signing and verification in the window: sign one review, sign every ready review in the
background with progress and cancel, and check the signatures of a PDF."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
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

from udsat_desktop.paths import AppPaths
from udsat_desktop.ui import theme
from udsat_desktop.ui.i18n import domain, error_text, fmt_datetime, translate

KEY_PASSPHRASE_MIN = 8  # as sync.outbox.ensure_key requires


class NewKeyDialog(QDialog):
    """The first signature makes the signing key: its passphrase twice. A passphrase that is
    too short, or two that differ, are said in the dialog, which stays open to try again."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtWidgets import QDialogButtonBox, QFormLayout

        self.setWindowTitle(translate("Signing", "Ny signeringsnøgle"))
        intro = QLabel(translate("Signing", "Du har ingen signeringsnøgle endnu. Vælg en "
                                            "adgangskode til den nye nøgle (mindst 8 tegn)."))
        intro.setWordWrap(True)
        self.first = QLineEdit()
        self.second = QLineEdit()
        for edit, name in ((self.first, translate("Signing", "Adgangskode til nøglen")),
                           (self.second, translate("Signing", "Gentag adgangskoden"))):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setAccessibleName(name)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(theme.error_style())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
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
        if len(first) < KEY_PASSPHRASE_MIN:
            self.message.setText(translate("Signing", "Adgangskoden er for kort: den skal have "
                                                      "mindst 8 tegn. Prøv igen."))
            self.first.clear()
            self.second.clear()
            self.first.setFocus()
            return
        if first != second:
            self.message.setText(translate("Signing", "De to adgangskoder er ikke ens. Prøv "
                                                      "igen."))
            self.second.clear()
            self.second.setFocus()
            return
        super().accept()

    def passphrase(self) -> str:
        return self.first.text()


def ask_key_passphrase(parent: QWidget, paths: AppPaths) -> str | None:
    from udsat_desktop.sync.outbox import key_path

    if not key_path(paths).exists():
        dialog = NewKeyDialog(parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.passphrase()
    prompt = translate("Signing", "Adgangskode til din signeringsnøgle:")
    text, ok = QInputDialog.getText(parent, translate("Signing", "Underskriv"), prompt,
                                    QLineEdit.EchoMode.Password)
    return text if ok and text else None


def sign_all_ready(parent: QWidget, db: Any, paths: AppPaths, profile: Any, library: Any,
                   runner: Any, passphrase: str, on_finished: Any = None) -> QProgressDialog:
    """Sign every ready review on a worker; the GUI stays responsive and can cancel."""
    from udsat_desktop.sync.outbox import sign_ready

    progress = QProgressDialog(translate("Signing", "Underskriver gennemgange…"),
                               translate("Signing", "Annullér"), 0, 0, parent)
    progress.setWindowTitle(translate("Signing", "Underskriv"))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(0)

    def work(task: Any) -> list[Any]:
        from udsat_desktop.settings import load_settings

        return sign_ready(db, paths, profile, library, passphrase, progress=task.report,
                          timestamp_url=load_settings(paths.config).tsa)

    def done(items: list[Any]) -> None:
        progress.close()
        QMessageBox.information(parent, translate("Signing", "Underskriv"), translate(
            "Signing", "%Ln gennemgange er underskrevet og lagt i udbakken.", "", len(items)))
        if on_finished:
            on_finished()

    def failed(exc: BaseException) -> None:
        progress.close()
        from udsat_desktop.ui.tasks import Cancelled

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
        self.table.setHorizontalHeaderLabels([self.tr("Underskrift"), self.tr("Resultat"),
                                              self.tr("Underskriver"), self.tr("Tidspunkt"),
                                              self.tr("Tidsstempel"), self.tr("Dækkede bytes")])
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
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Vælg PDF"), str(self.paths.outbox),
                                              "PDF (*.pdf)")
        if name:
            self.path.setText(name)
            self.check()

    def check(self) -> None:
        from udsat_desktop.reports.signing import Verdict, trust_list, verify_pdf
        from udsat_desktop.sync.outbox import trust_folder

        try:
            data = Path(self.path.text().strip()).read_bytes()
        except OSError as exc:
            self.verdict.setText(self.tr("Filen kan ikke læses: %1").replace(
                "%1", exc.strerror or type(exc).__name__))
            self.table.setRowCount(0)
            return
        reports = verify_pdf(data, trust_list(trust_folder(self.paths)))
        self.table.setRowCount(len(reports))
        for r, rep in enumerate(reports):
            values = [rep.field or "–", domain(rep.verdict.value), rep.signer or "–",
                      fmt_datetime(rep.signed_at) if rep.signed_at else "–",
                      fmt_datetime(rep.timestamp.astimezone(), seconds=True)
                      if rep.timestamp else "–",
                      ", ".join(str(b) for b in rep.byte_range) or "–"]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c == 1 and rep.verdict in (Verdict.MODIFIED, Verdict.UNSIGNED):
                    item.setForeground(theme.error_color())
                self.table.setItem(r, c, item)
        bad = [r for r in reports if r.verdict in (Verdict.MODIFIED, Verdict.UNSIGNED)]
        self.verdict.setText(self.tr("Filen er IKKE i orden: %1").replace(
            "%1", domain(bad[0].verdict.value)) if bad
            else self.tr("Alle underskrifter er intakte."))
