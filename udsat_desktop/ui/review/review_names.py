"""What the review window is known by outside it: its settings keys and its shortcuts' names.
Apart from the window's widgets (review_view.py) so that the main window's controllers, which
name them at launch, do not load the review window's modules (issue 34)."""

from __future__ import annotations

from udsat_desktop.ui.common.i18n import QT_TRANSLATE_NOOP

TEXT_SIZE_KEY = "review/text_size_step"
REVIEW_SHORTCUTS = (
    (QT_TRANSLATE_NOOP("ReviewWindow", "Næste afsnit"), "Ctrl+PgDown"),
    (QT_TRANSLATE_NOOP("ReviewWindow", "Forrige afsnit"), "Ctrl+PgUp"),
    (QT_TRANSLATE_NOOP("ReviewWindow", "Gem nu"), "Ctrl+S"),
    (QT_TRANSLATE_NOOP("ReviewWindow", "Større tekst i formularen"), "Ctrl++"),
    (QT_TRANSLATE_NOOP("ReviewWindow", "Mindre tekst i formularen"), "Ctrl+-"),
    (QT_TRANSLATE_NOOP("ReviewWindow", "Normal tekststørrelse"), "Ctrl+0"),
)

OPEN_REVIEW_KEY = "review/open"  # QSettings: the review open at the last stop
