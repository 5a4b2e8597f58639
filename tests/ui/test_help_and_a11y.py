"""Help → Tastaturgenveje lists every shortcut; the form's text can be enlarged; every control
on the main screens has an accessible name (what a screen reader says) and a tooltip (a
dialog's standard OK/Annullér buttons excepted); Qt's own texts are Danish."""

from __future__ import annotations

import datetime as dt

import pytest
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

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QPlainTextEdit,
    QTextEdit,
)


def unnamed_controls(root: QWidget) -> list[str]:
    """Visible, enabled controls a screen reader would announce without a name."""
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(root):
            continue
        if widget.parent() is not None and type(widget.parent()).__name__ in (
            "QAbstractSpinBox",
            "QDateEdit",
            "QTimeEdit",
            "QSpinBox",
            "QComboBox",
            "QCalendarWidget",
            "QScrollBar",
            "QTabBar",
        ):
            continue  # Qt's own parts of a compound control
        if type(widget).__name__.startswith("QScrollBar") or (
            type(widget).__name__ == "QHeaderView"
            and isinstance(widget.parent(), QAbstractItemView)
        ):
            continue  # a table's header is part of the table, which has the name
        iface = QAccessible.queryAccessibleInterface(widget)
        name = iface.text(QAccessible.Text.Name) if iface is not None else ""
        standard = isinstance(widget.parent(), QDialogButtonBox)
        if not widget.toolTip().strip() and not standard:
            missing.append(
                f"no tooltip: {type(widget).__name__} {name!r} in {type(widget.window()).__name__}"
            )
        if not name.strip():
            missing.append(
                f"{type(widget).__name__} {widget.objectName()!r} "
                f"(in {type(widget.parent()).__name__}, tooltip "
                f"{widget.toolTip()[:40]!r}, placeholder "
                f"{getattr(widget, 'placeholderText', lambda: '')()!r}) in "
                f"{type(widget.window()).__name__}"
            )
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
    for opener in (
        main.admin_ctrl.open_settings,
        main.team_ctrl.open_sync_log,
        main.review_ctrl.open_follow_up,
        main.meetings_ctrl.open_dashboard,
        main.meetings_ctrl.open_meetings,
        main.admin_ctrl.open_audit_log,
        main.signing_ctrl.open_verify,
    ):
        window = opener()
        qtbot.addWidget(window)
        screens.append(window)
    missing = [m for screen in screens for m in unnamed_controls(screen)]
    assert not missing, "\n".join(sorted(set(missing)))


def test_shortcuts_dialog_lists_menu_and_form_shortcuts(qtbot, demo_db, profile, make_window):
    main = make_window(demo_db, profile)
    qtbot.keyClick(main, Qt.Key.Key_F1)
    dialog = main.admin_ctrl.shortcuts_dialog
    rows = main.admin_ctrl.shortcut_rows()
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

    from udsat_desktop.ui.startup import install_qt_translation

    locale = QLocale()
    assert install_qt_translation(qapp, paths)
    try:
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        qtbot.addWidget(box)
        texts = {b.text().replace("&", "") for b in box.buttons()}
        assert texts == {"Gem", "Annuller"}
    finally:
        for translator in qapp.findChildren(QTranslator):
            QApplication.removeTranslator(translator)
        QLocale.setDefault(locale)


def test_queue_review_sign_and_print_with_the_keyboard_only(
    qtbot, demo_db, profile, paths, make_window, monkeypatch, wait_tasks
):
    """Find a case, open it, move through the form, sign and print without the mouse."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from udsat_desktop.platform.checklists import bundled_library
    from udsat_desktop.store.demo_reviews import build_demo_reviews
    from udsat_desktop.store.reviews.review_flow import get_review

    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    build_demo_reviews(demo_db, 2, profile.user_id, bundled_library(), seed=5)
    case_key = (
        demo_db.reader()
        .execute(
            'SELECT c.case_key FROM review r JOIN "case" c ON c.id = r.case_id '
            "WHERE r.status = 'klar'"
        )
        .fetchone()[0]
    )
    main = make_window(demo_db, profile)
    # its own dialog
    monkeypatch.setattr(main.signing_ctrl, "ask_key_passphrase", lambda: "nøgle-kode-1")
    ctrl = Qt.KeyboardModifier.ControlModifier

    qtbot.keyClick(main, Qt.Key.Key_F, ctrl)  # search, then down into the list, Enter opens
    qtbot.keyClicks(main.filters.search, case_key)
    qtbot.keyClick(main.filters.search, Qt.Key.Key_Down)
    assert main.table.hasFocus() and main.panel.fields["case_key"].text() == case_key
    qtbot.keyClick(main.table, Qt.Key.Key_Return)
    review = main.review_windows[-1]  # closed (and deleted) by the test itself below
    review.activateWindow()  # a window manager does this for a new window; offscreen does not
    qtbot.waitUntil(lambda: QApplication.activeWindow() is review)
    start = review.sections.currentRow()  # where the review was left: the last section
    assert start > 0
    qtbot.keyClick(review, Qt.Key.Key_PageUp, ctrl)  # previous section
    assert review.sections.currentRow() == start - 1
    qtbot.keyClick(review, Qt.Key.Key_PageDown, ctrl)
    assert review.sections.currentRow() == start
    qtbot.keyClick(review, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)  # &Underskriv…
    # a mnemonic "animates" the click: the button fires after a short moment
    qtbot.waitUntil(
        lambda: get_review(demo_db, review.review.id).status == "underskrevet", timeout=20000
    )
    wait_tasks(main.runner)

    review.close()
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main)
    main.table.setFocus()
    qtbot.keyClick(main.table, Qt.Key.Key_P, ctrl)  # print the signed summary
    # found on a worker
    qtbot.waitUntil(lambda: getattr(main.signing_ctrl, "print_dialog", None) is not None)
    dialog = main.signing_ctrl.print_dialog
    qtbot.addWidget(dialog)
    assert dialog.isVisible()  # the preview, with Print and page set-up in reach
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert QApplication.activeModalWidget() is None


def _mnemonics(window) -> list[str]:
    """Alt+letter keys of the visible controls (and the menu bar) of one window."""
    import re

    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenuBar

    keys = []
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisibleTo(window) or widget.window() is not window:
            continue
        text = ""
        if isinstance(widget, QAbstractButton | QGroupBox):
            text = widget.text() if isinstance(widget, QAbstractButton) else widget.title()
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            text = widget.text()
        elif isinstance(widget, QMenuBar):
            keys += [
                m.group(1).lower()
                for a in widget.actions()
                if (m := re.search(r"&([^&\s])", a.text()))
            ]
            continue
        match = re.search(r"&([^&\s])", text.replace("&&", ""))
        if match:
            keys.append(f"{match.group(1).lower()} ({text})")
    return keys


@pytest.mark.parametrize("language", ["da", "en"])
def test_no_two_visible_controls_share_an_alt_key(
    qtbot, qapp, demo_db, profile, make_window, language
):
    """Two controls with the same Alt+letter make the key cycle instead of act."""
    from PySide6.QtCore import QLocale

    from udsat_desktop.ui.common.i18n import install_translations, uninstall_translations

    install_translations(qapp, language)
    try:
        main = make_window(demo_db, profile)
        review = main.open_review_for(main.model.row_object(0).id)
        qtbot.addWidget(review)
        states = [("main", main)]
        for index in range(review.sections.count()):
            review.sections.setCurrentRow(index)
            states.append((f"review page {index}", review))
            clashes = _clashes(_mnemonics(review))
            assert not clashes, f"{language}, review page {index}: {clashes}"
        from udsat_desktop.core.meetings import AgendaItem
        from udsat_desktop.ui.coordinator.meeting_dialogs import NewMeetingDialog, OutcomeDialog
        from udsat_desktop.ui.queue.import_dialog import ImportDialog
        from udsat_desktop.ui.start_dialogs import FirstRunDialog, UnlockDialog

        item = AgendaItem("ABCD-1234", "R-1", 0, "010101-xxxx", "Jonna Krogh", "JC Valby")
        dialogs = [
            NewMeetingDialog(),
            OutcomeDialog(dt.date(2026, 1, 20), item),
            ImportDialog(main.db, main.paths, main.profile, main.runner, main),
            FirstRunDialog(main.paths),
            UnlockDialog(main.paths),
        ]
        for dialog in dialogs:
            dialog.show()
        for opener in (
            main.admin_ctrl.open_settings,
            main.meetings_ctrl.open_meetings,
            main.admin_ctrl.open_audit_log,
            main.signing_ctrl.open_verify,
            main.meetings_ctrl.open_dashboard,
            main.review_ctrl.open_follow_up,
            main.team_ctrl.open_sync_log,
            *(lambda d=d: d for d in dialogs),
        ):
            window = opener()
            qtbot.addWidget(window)
            clashes = _clashes(_mnemonics(window))
            assert not clashes, f"{language}, {type(window).__name__}: {clashes}"
        assert not _clashes(_mnemonics(main)), f"{language}, main: {_clashes(_mnemonics(main))}"
    finally:
        uninstall_translations(qapp)
        QLocale.setDefault(QLocale("da_DK"))


def _clashes(keys: list[str]) -> list[str]:
    letters = [k[0] for k in keys]
    return sorted(k for k in keys if letters.count(k[0]) > 1)
