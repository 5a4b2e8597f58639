"""First run, unlock and the import of a target list.

Why this module is over 400 lines: the import dialog (mapping panel, report tree, worker) is
about 300 of them (its preview table lives in ui/import_preview.py) and shares the error
label, busy cursor and passphrase checks with the first run and unlock dialogs; split it
when it grows again."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from udsat_desktop.core.danish import one_or_many
from udsat_desktop.core.import_report import duplicate_group, warning_groups
from udsat_desktop.core.passphrase import MIN_PASSPHRASE_LENGTH, passphrase_problem
from udsat_desktop.core.profile import validate_profile
from udsat_desktop.core.status import Organisation, Role
from udsat_desktop.core.target_list import (
    FIELDS,
    ImportFileError,
    RawTable,
    apply_named_mapping,
)
from udsat_desktop.platform.paths import AppPaths
from udsat_desktop.store.db import Database, StoreError, WrongPassphrase
from udsat_desktop.store.importer import (
    ImportSummary,
    MappingNeeded,
    import_table,
    prepare_import,
    preview_import,
)
from udsat_desktop.store.lifecycle import initialise, open_existing
from udsat_desktop.store.queue import Profile
from udsat_desktop.ui import theme
from udsat_desktop.ui.file_dialogs import choose_file, in_documents
from udsat_desktop.ui.i18n import QT_TRANSLATE_NOOP, domain, error_text, fill, localize, translate
from udsat_desktop.ui.import_preview import ImportPreview
from udsat_desktop.ui.passphrase_guard import CapsLockWatch, WrongTries, forgotten_database_text
from udsat_desktop.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

ORG_LABELS = {
    Organisation.BIF: QT_TRANSLATE_NOOP(
        "Domain", "BIF – Beskæftigelses- og Integrationsforvaltningen"
    ),
    Organisation.SOF: QT_TRANSLATE_NOOP("Domain", "SOF – Socialforvaltningen"),
    Organisation.REGION: QT_TRANSLATE_NOOP("Domain", "Region Hovedstaden"),
}


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("errorLabel")
    label.setStyleSheet(theme.error_style())
    label.setWordWrap(True)
    label.setAccessibleName(translate("Dialogs", "Fejlbesked"))
    label.hide()
    return label


@contextlib.contextmanager
def _busy() -> Iterator[None]:
    """A wait cursor around short, blocking work (key derivation and opening the store)."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


def _show_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


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
        self.error = _error_label()
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
            _show_error(self.error, "\n".join(problems))
            return
        try:
            with _busy():
                self.db, self.profile = initialise(
                    self.paths,
                    self.passphrase.text(),
                    self.name.text(),
                    self.initials.text(),
                    Organisation(self.org.currentData()),
                    Role(self.role.currentData()),
                )
                from udsat_desktop.sync import roster  # lazy: new profile only; +580 ms

                roster.pin_machine_coordinator(self.paths)  # IT's pre-set code (issue 33)
        except StoreError as exc:
            _show_error(self.error, error_text(exc))
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
        self.error = _error_label()
        self.caps = QLabel()
        CapsLockWatch(self.passphrase, self.caps)
        self.forgotten = QLabel(forgotten_database_text())
        buttons = QDialogButtonBox(
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
            with _busy():
                self.db, self.profile = open_existing(self.paths, self.passphrase.text())
        except WrongPassphrase:
            self.passphrase.clear()
            self.passphrase.setFocus()
            self.tries.wrong()
            return
        except StoreError as exc:
            _show_error(self.error, error_text(exc))
            return
        from udsat_desktop.platform.settings import load_settings
        from udsat_desktop.ui import remember

        if load_settings(self.paths.config).remember_passphrase:
            remember.remember(self.paths, self.passphrase.text())
        self.accept()


class MappingPanel(QGroupBox):
    """One combo box per case field, listing the file's columns."""

    changed = Signal()  # the user chose another column for a field

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Kolonner"))
        self.form = QFormLayout(self)
        self.combos: dict[str, QComboBox] = {}

    def show_table(self, table: RawTable, mapping: dict[str, int]) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.combos.clear()
        for spec in FIELDS:
            combo = QComboBox()
            combo.setAccessibleName(domain(spec.label))
            combo.setToolTip(
                fill(self.tr("Hvilken kolonne i filen indeholder »%1«?"), domain(spec.label))
            )
            combo.addItem(self.tr("(ingen)"), "")
            for header in table.headers:
                if header:
                    combo.addItem(header, header)
            if spec.key in mapping:
                combo.setCurrentIndex(combo.findData(table.headers[mapping[spec.key]]))
            combo.currentIndexChanged.connect(self.changed)
            self.combos[spec.key] = combo
            label = domain(spec.label) + (" *" if spec.required else "")
            self.form.addRow(label, combo)

    def named_mapping(self) -> dict[str, str]:
        return {
            key: combo.currentData() for key, combo in self.combos.items() if combo.currentData()
        }


class ImportDialog(QDialog):
    """Choose a file, match columns if needed, import in the background, see every rejection."""

    imported = Signal(object)  # ImportSummary

    def __init__(
        self,
        db: Database,
        paths: AppPaths,
        profile: Profile,
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.paths, self.profile, self.runner = db, paths, profile, runner
        self.summary: ImportSummary | None = None
        self._named: dict[str, str] | None = None
        self.setWindowTitle(self.tr("Importér målgruppeliste"))
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("Vælg en .xlsx- eller .csv-fil"))
        self.path.setAccessibleName(self.tr("Fil"))
        self.path.setToolTip(self.tr("Målgruppelisten som Excel (.xlsx) eller CSV"))
        self.path.returnPressed.connect(self.start_import)
        browse = QPushButton(self.tr("&Gennemse…"))
        browse.setToolTip(self.tr("Vælg filen"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.path.textEdited.connect(self._forget_preview)
        self.preview = ImportPreview()
        self.preview.hide()
        self.preview.header_row_changed.connect(self._load_preview)
        self._previewed: tuple[str, int] | None = None  # (file, header row) shown
        self._preview_named: dict[str, str] = {}
        self.mapping = MappingPanel()
        self.mapping.hide()
        self.mapping.changed.connect(self._mapping_changed)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setAccessibleName(self.tr("Resultat"))
        self.error = _error_label()
        # rejected rows first, each marked; then duplicates and warnings as groups to expand
        self.issues = QTreeWidget()
        self.issues.setColumnCount(2)
        self.issues.setHeaderLabels([self.tr("Række"), self.tr("Årsag")])
        self.issues.header().setStretchLastSection(True)
        self.issues.setRootIsDecorated(True)
        self.issues.setUniformRowHeights(True)
        self.issues.setAccessibleName(self.tr("Afviste rækker og advarsler"))
        self.issues.setToolTip(
            self.tr("Afviste rækker øverst; en gruppe foldes ud med pil højre eller dobbeltklik")
        )
        self.issues.hide()
        self.import_button = QPushButton(self.tr("&Importér"))
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start_import)
        self.close_button = QPushButton(self.tr("&Luk"))
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "CPR-nummer og navn skal findes i filen. Først vises filens første "
                    "rækker og hvad hver kolonne bliver til; intet importeres, før du trykker "
                    "Importér igen. Rækker med fejl springes over og vises med rækkenummer og "
                    "årsag; resten importeres samlet."
                )
            )
        )
        layout.addLayout(row)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.mapping)
        layout.addWidget(self.progress)
        layout.addWidget(self.error)
        layout.addWidget(self.result_label)
        layout.addWidget(self.issues, 1)
        layout.addLayout(buttons)
        self.resize(720, 480)

    def _browse(self) -> None:
        settings = QSettings()
        start = str(settings.value("import/last_dir", in_documents()))
        name = choose_file(
            self,
            self.tr("Vælg målgruppeliste"),
            self.tr("Målgruppelister (*.xlsx *.csv *.txt);;Alle filer (*)"),
            start,
        )
        if name:
            settings.setValue("import/last_dir", str(Path(name).parent))
            self.path.setText(name)
            self._forget_preview()
            self._load_preview()

    def _forget_preview(self, *_: object) -> None:
        self._previewed = None
        self.preview.hide()
        self.mapping.hide()
        self._named = None

    @property
    def ready_to_import(self) -> bool:
        """The file's preview is shown: the next Importér writes."""
        return self._previewed is not None and self._previewed == (
            self.path.text().strip(),
            self.preview.header_row.value(),
        )

    def _load_preview(self, header_row: int | None = None) -> None:
        """Read the file on the worker and show it; nothing is written."""
        text = self.path.text().strip()
        if not text:
            _show_error(self.error, self.tr("Vælg en fil først"))
            return
        _show_error(self.error, "")
        self.result_label.clear()
        self.issues.hide()
        self.import_button.setEnabled(False)
        self.progress.show()
        self.runner.start(
            _run_preview,
            self.paths,
            Path(text),
            header_row,
            on_done=lambda result: self._show_preview(text, result),
            on_error=self._failed,
        )

    def _show_preview(self, text: str, result: tuple[RawTable, dict[str, int], list[str]]) -> None:
        table, mapping, problems = result
        self.progress.hide()
        self.import_button.setEnabled(True)
        self.mapping.blockSignals(True)
        self.mapping.show_table(table, mapping)
        self.mapping.blockSignals(False)
        self._preview_named = self.mapping.named_mapping()
        self.mapping.show()
        self.preview.show_preview(table, mapping)
        self.preview.show()
        self._previewed = (text, table.header_row)
        if problems:
            _show_error(
                self.error,
                fill(
                    self.tr(
                        "Kolonnerne kunne ikke genkendes: %1. Vælg dem herunder (eller "
                        "overskriftsrækken) og tryk Importér."
                    ),
                    "; ".join(localize(p) for p in problems),
                ),
            )
        else:
            self.result_label.setText(
                self.tr("Kontrollér kolonnerne herunder, og tryk Importér for at importere.")
            )

    def _mapping_changed(self) -> None:
        table = self.preview.shown
        if table is None:
            return
        try:
            mapping = apply_named_mapping(table.headers, self.mapping.named_mapping())
        except ImportFileError:
            return
        self.preview.show_mapping(mapping)

    def start_import(self) -> None:
        path = Path(self.path.text().strip())
        if not self.path.text().strip():
            _show_error(self.error, self.tr("Vælg en fil først"))
            return
        if not self.ready_to_import:  # shown first, written on the next press
            self._load_preview(self.preview.header_row.value() if self._previewed else None)
            return
        named: dict[str, str] | None = self.mapping.named_mapping()
        if named == self._preview_named:
            named = None  # as detected (or remembered): nothing new to remember
        header_row = self.preview.header_row.value()
        _show_error(self.error, "")
        self.result_label.clear()
        self.issues.hide()
        self.import_button.setEnabled(False)
        self.progress.show()
        self.runner.start(
            _run_import,
            self.db,
            self.paths,
            path,
            named,
            self.profile.user_id,
            header_row,
            on_done=self._done,
            on_error=self._failed,
        )

    def _failed(self, exc: BaseException) -> None:
        self.progress.hide()
        self.import_button.setEnabled(True)
        if isinstance(exc, MappingNeeded):
            self.mapping.blockSignals(True)
            self.mapping.show_table(exc.table, exc.mapping)
            self.mapping.blockSignals(False)
            self.mapping.show()
            _show_error(
                self.error,
                fill(
                    self.tr(
                        "Kolonnerne kunne ikke genkendes: %1. Vælg dem "
                        "herunder og tryk Importér igen."
                    ),
                    "; ".join(localize(p) for p in exc.problems),
                ),
            )
        elif isinstance(exc, ImportFileError | StoreError):
            _show_error(self.error, error_text(exc))
        else:
            _show_error(
                self.error,
                fill(self.tr("Importen mislykkedes; intet er gemt. %1"), type(exc).__name__),
            )
            log.error("import failed: %s", type(exc).__name__)

    def _done(self, summary: ImportSummary) -> None:
        self.summary = summary
        self.progress.hide()
        self.import_button.setEnabled(True)
        self.mapping.hide()
        self.preview.hide()
        self._previewed = None  # a new press shows the file again before it writes
        parts = [
            fill(
                one_or_many(
                    summary.imported,
                    self.tr("%1 ny sag, %2 opdateret, %3 uændret."),
                    self.tr("%1 nye sager, %2 opdateret, %3 uændret."),
                ),
                str(summary.imported),
                str(summary.updated),
                str(summary.unchanged),
            )
        ]
        if summary.rejected:
            rejected = one_or_many(
                len(summary.rejected),
                self.tr("%1 række afvist (øverst, markeret ✖): ret den i filen og importér igen."),
                self.tr("%1 rækker afvist (øverst, markeret ✖): ret dem i filen og importér igen."),
            )
            parts.append(fill(rejected, str(len(summary.rejected))))
        if summary.duplicates:
            duplicates = one_or_many(
                len(summary.duplicates),
                self.tr("%1 dublet sprunget over."),
                self.tr("%1 dubletter sprunget over."),
            )
            parts.append(fill(duplicates, str(len(summary.duplicates))))
        if summary.warnings:
            warnings = one_or_many(
                len(summary.warnings),
                self.tr("%1 advarsel (importeret alligevel)."),
                self.tr("%1 advarsler (importeret alligevel)."),
            )
            parts.append(fill(warnings, str(len(summary.warnings))))
        if summary.ignored_columns:
            parts.append(
                fill(
                    self.tr("Ikke importeret: %1."),
                    ", ".join(
                        fill(self.tr("kolonne %1 »%2«"), c.column, c.header)
                        if c.header
                        else fill(self.tr("kolonne %1"), c.column)
                        for c in summary.ignored_columns
                    ),
                )
            )
        self.result_label.setText(" ".join(parts))
        self.show_issues(summary)
        self.imported.emit(summary)

    def show_issues(self, summary: ImportSummary) -> None:
        self.issues.clear()
        bold = self.issues.font()
        bold.setBold(True)
        for issue in sorted(summary.rejected, key=lambda r: r.row):
            item = QTreeWidgetItem(["", fill(self.tr("✖ Afvist: %1"), localize(issue.reason))])
            item.setData(0, Qt.ItemDataRole.DisplayRole, issue.row)
            for column in (0, 1):
                item.setForeground(column, theme.error_color())
                item.setFont(column, bold)
            item.setToolTip(1, localize(issue.reason))
            self.issues.addTopLevelItem(item)
        groups = [g for g in (duplicate_group(summary.duplicates),) if g is not None]
        groups += warning_groups(summary.warnings)
        for group in groups:
            head = QTreeWidgetItem(
                ["", ("⚠ " if group.kind == "warning" else "") + localize(group.title)]
            )
            head.setFirstColumnSpanned(False)
            for issue in group.rows:
                child = QTreeWidgetItem(["", localize(issue.reason)])
                child.setData(0, Qt.ItemDataRole.DisplayRole, issue.row)
                head.addChild(child)
            self.issues.addTopLevelItem(head)
        # room for the largest row number inside an unfolded group
        widest = max((i.row for i in (*summary.rejected, *summary.warnings)), default=0)
        widest = max(widest, *(d.row for d in summary.duplicates)) if summary.duplicates else widest
        self.issues.setColumnWidth(
            0,
            self.issues.indentation()
            + 24
            + self.issues.fontMetrics().horizontalAdvance(str(max(widest, 9999))),
        )
        self.issues.setVisible(self.issues.topLevelItemCount() > 0)


def _run_import(
    db: Database,
    paths: AppPaths,
    path: Path,
    named: dict[str, str] | None,
    user_id: str,
    header_row: int | None = None,
) -> Any:
    table, mapping = prepare_import(path, paths.config, named, header_row)
    return import_table(db, table, mapping, source_name=path.name, user_id=user_id)


def _run_preview(
    paths: AppPaths, path: Path, header_row: int | None
) -> tuple[RawTable, dict[str, int], list[str]]:
    return preview_import(path, paths.config, header_row)
