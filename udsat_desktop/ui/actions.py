"""The main window's actions, declared once (after Picard's registered actions).

Each row of `ACTIONS` is one menu entry: its id (the main window's attribute and the action's
object name), its Danish text (translated in the ``MainWindow`` context), the menu it sits in,
its shortcut and tool tip, the controller method it calls, and whether its shortcut works
anywhere in the window (an action added to the window itself, not only to the closed menu).
`build_actions` turns the table into QActions and menus in table order; the keyboard-shortcut
list (Help → Tastaturgenveje) is read from the menus so built. A new command is one new row
here and one method on the controller that owns its area.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from udsat_desktop.ui.common.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "MainWindow"  # the catalogue context of the menu texts (unchanged since 1.0)

Shortcut = str | QKeySequence.StandardKey | None


@dataclass(frozen=True)
class ActionDef:
    id: str  # attribute on the main window and the QAction's object name
    text: str  # Danish, with its Alt-key mnemonic (&)
    menu: str  # a key of MENUS
    slot: str  # "<controller attribute>.<method>" on the main window
    shortcut: Shortcut = None
    tooltip: str | None = None
    window_wide: bool = True  # the shortcut works while the menu is closed
    separator_before: bool = False


MENUS: tuple[tuple[str, str], ...] = (
    ("file", QT_TRANSLATE_NOOP("MainWindow", "&Filer")),
    ("view", QT_TRANSLATE_NOOP("MainWindow", "&Vis")),
    ("team", QT_TRANSLATE_NOOP("MainWindow", "&Team")),
    ("help", QT_TRANSLATE_NOOP("MainWindow", "&Hjælp")),
)

_Std = QKeySequence.StandardKey

ACTIONS: tuple[ActionDef, ...] = (
    # ---------------------------------------------------------------- Filer
    ActionDef(
        "open_action",
        QT_TRANSLATE_NOOP("MainWindow", "Å&bn gennemgang af valgt sag"),
        "file",
        "review_ctrl.open_selected",
        "Ctrl+O",
    ),
    ActionDef(
        "import_action",
        QT_TRANSLATE_NOOP("MainWindow", "&Importér målgruppeliste…"),
        "file",
        "queue_ctrl.open_import",
        "Ctrl+I",
        QT_TRANSLATE_NOOP("MainWindow", "Importér sager fra en Excel- eller CSV-fil"),
    ),
    ActionDef(
        "sign_all_action",
        QT_TRANSLATE_NOOP("MainWindow", "&Underskriv alle, der er klar…"),
        "file",
        "signing_ctrl.sign_all",
        window_wide=False,
    ),
    ActionDef(
        "verify_action",
        QT_TRANSLATE_NOOP("MainWindow", "&Kontrollér underskrift…"),
        "file",
        "signing_ctrl.open_verify",
        "Ctrl+Shift+K",
    ),
    ActionDef(
        "print_action",
        QT_TRANSLATE_NOOP("MainWindow", "&Udskriv sammenfatning…"),
        "file",
        "signing_ctrl.print_selected",
        _Std.Print,
        QT_TRANSLATE_NOOP(
            "MainWindow", "Udskriv den valgte sags seneste underskrevne sammenfatning"
        ),
        separator_before=True,
    ),
    ActionDef(
        "sync_action",
        QT_TRANSLATE_NOOP("MainWindow", "&Synkronisér nu"),
        "file",
        "team_ctrl.sync_now",
        "F9",
        QT_TRANSLATE_NOOP("MainWindow", "Send udbakken til fællesmappen og hent nyt"),
    ),
    ActionDef(
        "pull_action",
        QT_TRANSLATE_NOOP("MainWindow", "&Hent mine sager"),
        "file",
        "team_ctrl.sync_now",
        "Ctrl+Shift+H",
        QT_TRANSLATE_NOOP("MainWindow", "Hent de sager, du er tildelt, før du går offline"),
    ),
    ActionDef(
        "settings_action",
        QT_TRANSLATE_NOOP("MainWindow", "&Indstillinger…"),
        "file",
        "admin_ctrl.open_settings",
        "Ctrl+,",
    ),
    ActionDef(
        "lock_action",
        QT_TRANSLATE_NOOP("MainWindow", "&Lås nu"),
        "file",
        "admin_ctrl.lock",
        "Ctrl+Shift+L",
        QT_TRANSLATE_NOOP("MainWindow", "Skjul sagerne, til adgangskoden skrives igen"),
        separator_before=True,
    ),
    ActionDef(
        "passphrase_action",
        QT_TRANSLATE_NOOP("MainWindow", "Skift &adgangskode…"),
        "file",
        "admin_ctrl.change_passphrase",
        window_wide=False,
    ),
    ActionDef(
        "quit_action",
        QT_TRANSLATE_NOOP("MainWindow", "&Afslut"),
        "file",
        "admin_ctrl.quit",
        _Std.Quit,
        window_wide=False,
        separator_before=True,
    ),
    # ---------------------------------------------------------------- Vis
    ActionDef(
        "search_action",
        QT_TRANSLATE_NOOP("MainWindow", "&Søg"),
        "view",
        "queue_ctrl.focus_search",
        _Std.Find,
    ),
    ActionDef(
        "clear_action",
        QT_TRANSLATE_NOOP("MainWindow", "&Ryd søgning og filtre"),
        "view",
        "queue_ctrl.clear_filters",
        "Ctrl+Shift+R",
    ),
    ActionDef(
        "refresh_action",
        QT_TRANSLATE_NOOP("MainWindow", "&Opdatér"),
        "view",
        "queue_ctrl.refresh",
        _Std.Refresh,
    ),
    ActionDef(
        "follow_up_action",
        QT_TRANSLATE_NOOP("MainWindow", "&Opfølgning (næste skridt)"),
        "view",
        "review_ctrl.open_follow_up",
        "Ctrl+Shift+O",
    ),
    ActionDef(
        "audit_action",
        QT_TRANSLATE_NOOP("MainWindow", "&Revisionslog…"),
        "view",
        "admin_ctrl.open_audit_log",
        "Ctrl+L",
        QT_TRANSLATE_NOOP("MainWindow", "Hvem har set, søgt, ændret, udskrevet og udleveret hvad"),
    ),
    ActionDef(
        "sync_log_action",
        QT_TRANSLATE_NOOP("MainWindow", "S&ynkroniseringslog"),
        "view",
        "team_ctrl.open_sync_log",
        window_wide=False,
    ),
    # ---------------------------------------------------------------- Team
    ActionDef(
        "assign_action",
        QT_TRANSLATE_NOOP("MainWindow", "&Tildel valgte sager…"),
        "team",
        "team_ctrl.assign_selected",
        "Ctrl+T",
        QT_TRANSLATE_NOOP(
            "MainWindow",
            "Koordinator: tildel de valgte sager til en medarbejder (krypteret til dem)",
        ),
    ),
    ActionDef(
        "ingest_action",
        QT_TRANSLATE_NOOP("MainWindow", "&Indlæs teamets gennemgange"),
        "team",
        "team_ctrl.ingest_now",
        "Ctrl+Shift+I",
        QT_TRANSLATE_NOOP(
            "MainWindow",
            "Koordinator: læs alle underskrevne gennemgange fra fællesmappen og kontrollér dem",
        ),
    ),
    ActionDef(
        "journal_action",
        QT_TRANSLATE_NOOP("MainWindow", "Eksportér til &journalisering…"),
        "team",
        "team_ctrl.export_journal",
        None,
        QT_TRANSLATE_NOOP(
            "MainWindow",
            "Koordinator: de underskrevne sammenfatninger (PDF/A) og et manifest til sagssystemet",
        ),
        window_wide=False,
    ),
    ActionDef(
        "team_action",
        QT_TRANSLATE_NOOP("MainWindow", "M&edlemmer…"),
        "team",
        "team_ctrl.open_team",
        None,
        QT_TRANSLATE_NOOP(
            "MainWindow", "Teamets holdliste, din kode og (koordinator) anmodninger om optagelse"
        ),
        window_wide=False,
    ),
    ActionDef(
        "meetings_action",
        QT_TRANSLATE_NOOP("MainWindow", "&Møder…"),
        "team",
        "meetings_ctrl.open_meetings",
        "Ctrl+M",
        QT_TRANSLATE_NOOP(
            "MainWindow",
            "Koordinator: planlæg møder i det forum, skabelonen nævner, byg og udskriv "
            "mødepakker, registrér forummets indstilling",
        ),
        separator_before=True,
    ),
    ActionDef(
        "dashboard_action",
        QT_TRANSLATE_NOOP("MainWindow", "&Fremdrift…"),
        "team",
        "meetings_ctrl.open_dashboard",
        "Ctrl+D",
        QT_TRANSLATE_NOOP(
            "MainWindow", "Fremdrift mod målene, udfald, næste skridt; eksport til Excel"
        ),
    ),
    ActionDef(
        "conflicts_action",
        QT_TRANSLATE_NOOP("MainWindow", "&Konflikter…"),
        "team",
        "meetings_ctrl.open_conflicts",
        "Ctrl+Shift+F",
        QT_TRANSLATE_NOOP(
            "MainWindow",
            "Sager med flere underskrevne gennemgange: sammenlign dem og vælg den gældende",
        ),
    ),
    # ---------------------------------------------------------------- Hjælp
    ActionDef(
        "shortcuts_action",
        QT_TRANSLATE_NOOP("MainWindow", "&Tastaturgenveje"),
        "help",
        "admin_ctrl.show_shortcuts",
        "F1",
    ),
    ActionDef(
        "about_action",
        QT_TRANSLATE_NOOP("MainWindow", "&Om Udsat Desktop"),
        "help",
        "admin_ctrl.show_about",
        window_wide=False,
    ),
)


def resolve(window: Any, slot: str) -> Callable[[], object]:
    """The bound method a table row names ("admin_ctrl.open_settings")."""
    owner, method = slot.split(".")
    found: Callable[[], object] = getattr(getattr(window, owner), method)
    return found


def build_actions(window: QMainWindow) -> dict[str, QAction]:
    """Menus and actions of `window` from the table; each action is also set as the window's
    attribute of its id. The controllers the slots name are looked up when an action runs."""
    menus: dict[str, QMenu] = {}
    for key, text in MENUS:
        menus[key] = window.menuBar().addMenu(translate(CONTEXT, text))
    built: dict[str, QAction] = {}
    for spec in ACTIONS:
        action = QAction(translate(CONTEXT, spec.text), window)
        action.setObjectName(spec.id)
        if spec.shortcut is not None:
            action.setShortcut(QKeySequence(spec.shortcut))
        if spec.tooltip:
            action.setToolTip(translate(CONTEXT, spec.tooltip))
        # the slot is looked up when the action runs: its controller may be built after the
        # first paint (`MainWindow.build_rest`), and a key pressed before then still works
        action.triggered.connect(lambda _checked=False, slot=spec.slot: resolve(window, slot)())
        if spec.separator_before:
            menus[spec.menu].addSeparator()
        menus[spec.menu].addAction(action)
        if spec.window_wide:
            window.addAction(action)
        setattr(window, spec.id, action)
        built[spec.id] = action
    return built
