"""A wrong passphrase, as a user meets it: the count, a growing wait before the next try, a
Caps Lock hint, and what to do when it is forgotten; the signing key's dialog stays open."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from tests.conftest import PASSPHRASE
from udsat_desktop.ui.common import theme
from udsat_desktop.ui.common.passphrase_guard import wait_seconds
from udsat_desktop.ui.start_dialogs import UnlockDialog

KEY_PASS = "noegle-kode-2026"


def type_wrong(qtbot, edit, text="forkert-kode") -> None:
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_the_wait_grows_after_two_free_tries():
    assert [wait_seconds(n) for n in range(1, 9)] == [0, 0, 2, 4, 8, 16, 30, 30]


def test_wrong_database_passphrases_are_counted_slowed_down_and_explained(qtbot, store, paths):
    db, _profile = store
    db.close()
    dialog = UnlockDialog(paths)
    dialog.tries.ms_per_second = 50  # the real schedule, in "seconds" a test can wait for
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.forgotten.isVisible()
    type_wrong(qtbot, dialog.passphrase)
    assert "forsøg nr. 1" in dialog.error.text() and dialog.ok_button.isEnabled()
    # what to do when forgotten: whom to contact, and that nothing opens the store without it
    assert dialog.forgotten.isVisible()
    assert "koordinator" in dialog.forgotten.text() and "IT-support" in dialog.forgotten.text()
    assert "kan ikke nulstilles" in dialog.forgotten.text()
    type_wrong(qtbot, dialog.passphrase)
    assert "forsøg nr. 2" in dialog.error.text() and dialog.ok_button.isEnabled()
    type_wrong(qtbot, dialog.passphrase)
    assert "forsøg nr. 3" in dialog.error.text()
    assert "prøve igen om 2 sekunder" in dialog.error.text()
    # while waiting, neither the field nor the button takes another try
    assert not dialog.ok_button.isEnabled() and not dialog.passphrase.isEnabled()
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert dialog.attempts == 3
    qtbot.waitUntil(dialog.ok_button.isEnabled, timeout=5000)
    assert dialog.passphrase.isEnabled()
    type_wrong(qtbot, dialog.passphrase)
    assert "prøve igen om 4 sekunder" in dialog.error.text()
    qtbot.waitUntil(dialog.ok_button.isEnabled, timeout=5000)
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    dialog.db.close()


def test_caps_lock_is_pointed_out_while_typing(qtbot, store, paths):
    db, _profile = store
    db.close()
    dialog = UnlockDialog(paths)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.passphrase, "abc")
    assert not dialog.caps.isVisible()
    qtbot.keyClick(dialog.passphrase, "K")  # a capital without Shift: Caps Lock is on
    assert dialog.caps.isVisible() and "Caps Lock" in dialog.caps.text()
    qtbot.keyClick(dialog.passphrase, "K", Qt.KeyboardModifier.ShiftModifier)  # Shift + Caps
    assert not dialog.caps.isVisible()  # an upper-case letter with Shift: off
    qtbot.keyClick(dialog.passphrase, "k", Qt.KeyboardModifier.ShiftModifier)
    assert dialog.caps.isVisible()
    qtbot.keyClick(dialog.passphrase, "1")  # a digit says nothing either way
    assert dialog.caps.isVisible()
    qtbot.keyClick(dialog.passphrase, "k")
    assert not dialog.caps.isVisible()


def test_the_lock_page_counts_and_slows_wrong_tries(qtbot, demo_db, profile, make_window):
    main = make_window(demo_db, profile)
    page = main.lock_page
    page.tries.wait = lambda attempts: 2 if attempts >= 2 else 0
    page.tries.ms_per_second = 50
    main.locker.lock()
    type_wrong(qtbot, page.passphrase)
    assert "forsøg nr. 1" in page.message.text() and page.forgotten.isVisible()
    type_wrong(qtbot, page.passphrase)
    assert not page.button.isEnabled() and main.locker.locked
    qtbot.waitUntil(page.button.isEnabled, timeout=5000)
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    assert not main.locker.locked


def test_the_signing_key_dialog_stays_open_on_a_wrong_try(qtbot, store, paths):
    from udsat_desktop.flows.signing import ensure_key
    from udsat_desktop.ui.review.signing_ui import KeyPassphraseDialog, ask_key_passphrase

    db, profile = store
    ensure_key(paths, profile, KEY_PASS)
    seen: list[tuple[str, str, bool]] = []
    tries = iter(["forkert-noegle", "Forkert-noegle-2", KEY_PASS])
    dialogs: list[KeyPassphraseDialog] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, KeyPassphraseDialog):
            QTimer.singleShot(20, answer)
            return
        if not dialogs:
            dialogs.append(dialog)
            dialog.tries.ms_per_second = 10
        attempt = next(tries)
        qtbot.keyClicks(dialog.passphrase, attempt)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        if dialog.isVisible():
            seen.append((dialog.message.text(), dialog.forgotten.text(), dialog is dialogs[0]))
            QTimer.singleShot(0, answer)

    parent = QWidget()
    qtbot.addWidget(parent)
    QTimer.singleShot(0, answer)
    assert ask_key_passphrase(parent, paths, db) == KEY_PASS
    assert len(seen) == 2 and all(same for _, _, same in seen)  # one dialog, never reopened
    assert seen[0][0].startswith("Forkert adgangskode til signeringsnøglen (forkert forsøg nr. 1)")
    assert "forsøg nr. 2" in seen[1][0]
    assert all("beskadiget" not in message for message, _, _ in seen)
    assert "koordinator" in seen[0][1]


def test_a_damaged_key_file_is_said_to_be_damaged(qtbot, store, paths):
    from udsat_desktop.flows.signing import ensure_key, key_path
    from udsat_desktop.ui.review.signing_ui import KeyPassphraseDialog

    _db, profile = store
    ensure_key(paths, profile, KEY_PASS)
    key_path(paths).write_bytes(b"not a key file at all")
    dialog = KeyPassphraseDialog(key_path(paths))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.passphrase, KEY_PASS)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "beskadiget" in dialog.message.text()
    assert dialog.tries.attempts == 0


def test_the_unlock_dialogs_hidden_lines_are_styled_when_shown(qtbot, store, paths):
    """The error, Caps Lock and forgotten-passphrase lines get their colour when first shown
    (`theme.style_when_shown`: the dialog is painted without PySide6's `Qt` enums, issue 34);
    a wrong passphrase typed with real keys shows them styled."""
    db, _profile = store
    db.close()
    dialog = UnlockDialog(paths)
    qtbot.addWidget(dialog)
    dialog.show()
    hidden = (dialog.error, dialog.caps, dialog.forgotten)
    assert [line.styleSheet() for line in hidden] == ["", "", ""]
    qtbot.keyClick(dialog.passphrase, "F")  # a capital without Shift: Caps Lock is on
    assert dialog.caps.isVisible() and dialog.caps.styleSheet() == theme.error_style()
    type_wrong(qtbot, dialog.passphrase)
    assert dialog.error.isVisible() and dialog.error.styleSheet() == theme.error_style()
    assert dialog.forgotten.isVisible()
    assert dialog.forgotten.styleSheet() == theme.muted_style()
