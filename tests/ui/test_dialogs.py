from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from tests.conftest import PASSPHRASE
from udsat_desktop.ui.start_dialogs import FirstRunDialog, UnlockDialog


def ok_button(dialog):
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)


def test_first_run_creates_profile_and_encrypted_store(qtbot, tmp_path):
    from udsat_desktop.platform.paths import resolve

    paths = resolve(tmp_path / "new").ensure()
    dialog = FirstRunDialog(paths)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, "Mette Ørum")
    qtbot.keyClicks(dialog.initials, "MØ")
    dialog.org.setCurrentIndex(1)  # SOF
    qtbot.keyClicks(dialog.passphrase, "hemmelig-kode")
    qtbot.keyClicks(dialog.repeat, "hemmelig-kodx")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible() and "ikke ens" in dialog.error.text()
    assert not paths.database.exists()
    dialog.repeat.clear()
    qtbot.keyClicks(dialog.repeat, "hemmelig-kode")
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.profile is not None and dialog.profile.organisation.value == "SOF"
    assert dialog.profile.initials == "MØ"
    assert paths.database.exists()
    dialog.db.close()


def test_first_run_validates_initials_and_length(qtbot, paths):
    dialog = FirstRunDialog(paths)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "X")
    qtbot.keyClicks(dialog.initials, "1")
    qtbot.keyClicks(dialog.passphrase, "kort")
    qtbot.keyClicks(dialog.repeat, "kort")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert "Initialer" in dialog.error.text() and "mindst 10 tegn" in dialog.error.text()


def test_unlock_says_wrong_passphrase_then_opens(qtbot, store, paths):
    db, _profile = store
    db.close()
    dialog = UnlockDialog(paths)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.passphrase, "forkert-kode")
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert dialog.error.isVisible() and "Forkert adgangskode" in dialog.error.text()
    assert dialog.passphrase.text() == ""
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert dialog.profile is not None and dialog.profile.initials == "KH"
    dialog.db.close()
