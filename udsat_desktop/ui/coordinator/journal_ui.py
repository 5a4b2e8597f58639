"""Team → *Eksportér til journalisering…*: the coordinator picks a folder; a worker writes
every signed review's PDF/A summary and the manifest (sync/journal.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from udsat_desktop.flows.journal import export_journal
from udsat_desktop.ui.common.file_dialogs import choose_folder
from udsat_desktop.ui.common.guards import refuse_unless_coordinator
from udsat_desktop.ui.common.i18n import error_text, fill


class JournalExport(QObject):
    """Lives as long as the main window (its parent); `window` gives the profile, paths,
    database, task runner and share."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window

    def run(self, folder: str | None = None) -> None:

        window = self.window
        if refuse_unless_coordinator(
            window, window.profile, self.tr("eksportere til journalisering")
        ):
            return
        if folder is None:
            folder = choose_folder(
                window, self.tr("Eksportér til journalisering: vælg en tom mappe")
            )
        if not folder:
            return
        title = self.tr("Eksportér til journalisering")

        def done(result: Any) -> None:
            text = fill(
                self.tr(
                    "%1 underskrevne sammenfatninger (PDF/A) og manifest.csv og "
                    "manifest.json er skrevet til %2."
                ),
                str(len(result.rows)),
                str(result.folder),
            )
            if result.missing:
                text += " " + fill(
                    self.tr("Den underskrevne PDF mangler for: %1"), ", ".join(result.missing)
                )
            if result.not_exported:
                text += "\n\n" + fill(
                    self.tr(
                        "Ikke eksporteret (kun intakte dokumenter med en kendt underskriver "
                        "går til journalen): %1"
                    ),
                    "; ".join(
                        f"{n.sagsnoegle} ({n.gennemgang}): {n.reason}" for n in result.not_exported
                    ),
                )
            box = (
                QMessageBox.warning
                if result.missing or result.not_exported
                else QMessageBox.information
            )
            box(window, title, text)

        def failed(exc: BaseException) -> None:
            QMessageBox.warning(window, title, error_text(exc))

        window.runner.start(
            export_journal,
            window.db,
            window.paths,
            window.profile,
            window.sync.share,
            Path(folder),
            on_done=done,
            on_error=failed,
            daemon=True,
        )  # reads the share, which may hang
