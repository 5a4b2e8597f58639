"""Help → Tastaturgenveje lists every shortcut; the form's text can be enlarged; every control
on the main screens has an accessible name (what a screen reader says) and a tooltip (a
dialog's standard OK/Annullér buttons excepted); Qt's own texts are Danish."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView,
            QPlainTextEdit, QTextEdit)


def unnamed_controls(root: QWidget) -> list[str]:
    """Visible, enabled controls a screen reader would announce without a name."""
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(root):
            continue
        if widget.parent() is not None and type(widget.parent()).__name__ in (
                "QAbstractSpinBox", "QDateEdit", "QTimeEdit", "QSpinBox", "QComboBox",
                "QCalendarWidget", "QScrollBar", "QTabBar"):
            continue  # Qt's own parts of a compound control
        if type(widget).__name__.startswith("QScrollBar") or (
                type(widget).__name__ == "QHeaderView"
                and isinstance(widget.parent(), QAbstractItemView)):
            continue  # a table's header is part of the table, which has the name
        iface = QAccessible.queryAccessibleInterface(widget)
        name = iface.text(QAccessible.Text.Name) if iface is not None else ""
        standard = isinstance(widget.parent(), QDialogButtonBox)
        if not widget.toolTip().strip() and not standard:
            missing.append(f"no tooltip: {type(widget).__name__} {name!r} in "
                           f"{type(widget.window()).__name__}")
        if not name.strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} "
                           f"(in {type(widget.parent()).__name__}, tooltip "
                           f"{widget.toolTip()[:40]!r}, placeholder "
                           f"{getattr(widget, 'placeholderText', lambda: '')()!r}) in "
                           f"{type(widget.window()).__name__}")
    return missing


def test_main_screens_have_no_unnamed_control(qtbot, demo_db, profile, paths, make_window):
    main = make_window(demo_db, profile)
    screens: list[QWidget] = [main]
    review = main.open_review_for(main.model.row_object(0).id)
    qtbot.addWidget(review)
    screens.append(review)
    for index in range(review.sections.count()):  # every page of the form
        review.sections.setCurrentRow(index)
        screens.append(review.stack.currentWidget())
    for opener in (main.open_settings, main.open_sync_log, main.open_follow_up,
                   main.open_dashboard, main.open_meetings, main.open_audit_log,
                   main.open_verify):
        window = opener()
        qtbot.addWidget(window)
        screens.append(window)
    missing = [m for screen in screens for m in unnamed_controls(screen)]
    assert not missing, "\n".join(sorted(set(missing)))


def test_shortcuts_dialog_lists_menu_and_form_shortcuts(qtbot, demo_db, profile, make_window):
    main = make_window(demo_db, profile)
    qtbot.keyClick(main, Qt.Key.Key_F1)
    dialog = main.shortcuts_dialog
    rows = main.shortcut_rows()
    shown = {(r[1], r[2]) for r in rows}
    assert ("Synkronisér nu", "F9") in shown and ("Gem nu", "Ctrl+S") in shown
    assert ("Lås nu", "Ctrl+Shift+L") in shown
    assert dialog.isVisible()
    # every shortcut listed is unique: no two actions fight over one key
    keys = [r[2] for r in rows if r[0] != "Gennemgang"]
    assert len(keys) == len(set(keys))


def test_form_text_can_be_enlarged(qtbot, demo_db, profile, make_window):
    main = make_window(demo_db, profile)
    review = main.open_review_for(main.model.row_object(0).id)
    qtbot.addWidget(review)
    before = review.stack.font().pointSizeF()
    review.zoom(1)
    review.zoom(1)
    assert review.stack.font().pointSizeF() > before * 1.2
    review.zoom(0)
    assert abs(review.stack.font().pointSizeF() - before) < 0.01


def test_qt_s_own_texts_are_danish(qtbot, qapp, paths):
    from PySide6.QtCore import QLocale, QTranslator
    from PySide6.QtWidgets import QApplication

    from udsat_desktop.ui.app_support import install_qt_translation

    locale = QLocale()
    assert install_qt_translation(qapp, paths)
    try:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                               | QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(box)
        texts = {b.text().replace("&", "") for b in box.buttons()}
        assert texts == {"Gem", "Annuller"}
    finally:
        for translator in qapp.findChildren(QTranslator):
            QApplication.removeTranslator(translator)
        QLocale.setDefault(locale)
