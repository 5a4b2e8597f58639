"""The review window's widgets, laid out and nothing more: the case header with status and
co-reviewer, the section list beside the stacked pages, the law-change notice, the problems
and the list of what is missing, and the navigation and status buttons; and the form's text
size, which the window's zoom keys change. `ReviewWindow` fills the widgets and gives them
their behaviour."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from udsat_desktop.ui.common import theme
from udsat_desktop.ui.review.review_names import OPEN_REVIEW_KEY as OPEN_REVIEW_KEY
from udsat_desktop.ui.review.review_names import REVIEW_SHORTCUTS as REVIEW_SHORTCUTS
from udsat_desktop.ui.review.review_names import TEXT_SIZE_KEY as TEXT_SIZE_KEY


def text_size_step() -> int:
    """The remembered text-size step of the form (0 is the application's font)."""
    try:
        return int(str(QSettings().value(TEXT_SIZE_KEY, 0) or 0))
    except ValueError:
        return 0


class ReviewView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.header = QLabel()
        self.header.setStyleSheet("font-size: 13pt;")
        self.header.setAccessibleName(self.tr("Sag og skabelon"))
        self.status_label = QLabel()
        self.status_label.setAccessibleName(self.tr("Gennemgangens status"))
        self.co_reviewer = QComboBox()
        self.co_reviewer.setAccessibleName(self.tr("Medgennemgåer"))
        self.co_reviewer.setToolTip(self.tr("Gennemgåer fra den anden forvaltning (tværfaglighed)"))
        self.sections = QListWidget()
        self.sections.setAccessibleName(self.tr("Afsnit"))
        self.sections.setToolTip(self.tr("Afsnit (Ctrl+PgDown/PgUp skifter)"))
        self.stack = QStackedWidget()

        self.prev_button = QPushButton(self.tr("◀ &Forrige"))
        self.next_button = QPushButton(self.tr("&Næste ▶"))
        self.ready_button = QPushButton(self.tr("Markér &klar til underskrift"))
        self.correction_button = QPushButton(self.tr("Opret &rettelse (ny version)"))
        self.sign_button = QPushButton(self.tr("&Underskriv…"))
        self.sign_button.setToolTip(self.tr("Underskriv sammenfatningen digitalt (PAdES)"))
        self.save_label = QLabel()
        self.save_label.setAccessibleName(self.tr("Gemt"))
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(theme.error_style())
        self.missing = QListWidget()  # what stops "klar til underskrift"; a choice jumps there
        self.missing.setAccessibleName(self.tr("Mangler før underskrift"))
        self.missing.setToolTip(self.tr("Vælg en linje (klik eller Enter) for at gå til feltet"))
        self.missing.setMaximumHeight(140)
        self.missing.hide()
        self.newer_label = QLabel()
        self.newer_label.setWordWrap(True)
        # a corrected template (errata) and a template whose sources are not yet confirmed
        self.errata_label = QLabel()
        self.errata_label.setWordWrap(True)
        self.errata_label.setAccessibleName(self.tr("Skabelonen er rettet"))
        self.errata_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.errata_label.hide()
        self.draft_label = QLabel()
        self.draft_label.setWordWrap(True)
        self.draft_label.setAccessibleName(self.tr("Skabelonen er et udkast"))
        self.draft_label.hide()
        self.move_button = QPushButton(self.tr("&Flyt svarene til den nye skabelon"))
        self.move_button.setToolTip(self.tr("Flyt svarene til den skabelon, der gælder i dag"))
        for button, tip in (
            (self.prev_button, self.tr("Forrige afsnit (Ctrl+PgUp)")),
            (self.next_button, self.tr("Næste afsnit (Ctrl+PgDown)")),
            (self.ready_button, self.tr("Tjek og markér klar til underskrift")),
            (self.correction_button, self.tr("Ret en underskrevet gennemgang")),
        ):
            button.setToolTip(tip)

        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(QLabel(self.tr("Medgennemgåer:")))
        top.addWidget(self.co_reviewer)
        top.addWidget(self.status_label)
        bottom = QHBoxLayout()
        bottom.addWidget(self.prev_button)
        bottom.addWidget(self.next_button)
        bottom.addStretch(1)
        bottom.addWidget(self.save_label)
        bottom.addWidget(self.correction_button)
        bottom.addWidget(self.sign_button)
        bottom.addWidget(self.ready_button)
        splitter = QSplitter()
        splitter.addWidget(self.sections)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 4)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        newer = QHBoxLayout()
        newer.addWidget(self.newer_label, 1)
        newer.addWidget(self.move_button)
        layout.addLayout(newer)
        layout.addWidget(self.errata_label)
        layout.addWidget(self.draft_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.missing)
        layout.addLayout(bottom)

    def set_text_size(self, step: int) -> None:
        """The pages' font: 12 % larger or smaller per step than the application's."""
        font = self.stack.font()
        base = QApplication.font().pointSizeF()
        font.setPointSizeF(max(6.0, base * (1 + 0.12 * step)))
        self.stack.setFont(font)
