"""Where file dialogs start, and their Danish labels.

Every file dialog starts in the user's documents folder (not the app's data folder, which
holds the encrypted store and which a user should never browse). Qt's own Danish catalogue
(qtbase_da) predates two of the file dialog's labels ("&Look in:", "Files of &type:"), so Qt
showed them in English in the Danish window: our catalogue carries them under Qt's own
context, and Qt finds them there (our translator is asked first)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from udsat_desktop.ui.common.i18n import QT_TRANSLATE_NOOP

# the two labels missing from qtbase_da (translated in resources/i18n/udsat_*.ts)
QT_TRANSLATE_NOOP("QFileDialog", "&Look in:")
QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:")


def documents_folder() -> Path:
    """The user's documents folder (home when the system names none that exists)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if found and Path(found).is_dir():
        return Path(found)
    return Path.home()


def in_documents(name: str = "") -> str:
    """A start path for a dialog: the documents folder, with a suggested file name."""
    folder = documents_folder()
    return str(folder / name) if name else str(folder)


def choose_folder(parent: QWidget | None, title: str, start: str | None = None) -> str:
    return QFileDialog.getExistingDirectory(parent, title, start or in_documents())


def choose_file(parent: QWidget | None, title: str, filters: str, start: str | None = None) -> str:
    name, _ = QFileDialog.getOpenFileName(parent, title, start or in_documents(), filters)
    return name


def choose_save_file(parent: QWidget | None, title: str, suggested: str, filters: str) -> str:
    name, _ = QFileDialog.getSaveFileName(parent, title, in_documents(suggested), filters)
    return name
