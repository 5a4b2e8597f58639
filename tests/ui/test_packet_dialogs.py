"""The meeting packet's dialogs: *Udskriv mødepakke…* finds a packet `udsat packet` built;
file dialogs start in the user's documents folder and speak Danish."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox

from tests.conftest import PASSPHRASE
from udsat_desktop.flows.signing import sign_ready
from udsat_desktop.platform.checklists import bundled_library
from udsat_desktop.store import meetings as m
from udsat_desktop.store.demo_reviews import build_demo_reviews
from udsat_desktop.ui.common.file_dialogs import documents_folder

LIB = bundled_library()
DAY = dt.date(2026, 12, 3)


@pytest.fixture
def meeting(demo_db, profile, paths):
    build_demo_reviews(demo_db, 8, profile.user_id, LIB, seed=101, all_ready=True)
    sign_ready(demo_db, paths, profile, LIB, "nøgle-kode-1", workers=1)
    m.create_meeting(demo_db, profile, DAY, "09:00", "Rådhuset", {})
    m.add_cases(demo_db, profile, DAY, m.candidates(demo_db)[:2])
    return DAY


@pytest.fixture
def danish(qapp):
    from udsat_desktop.ui.common.i18n import install_translations, uninstall_translations

    install_translations(qapp, "da")
    yield
    uninstall_translations(qapp)


def open_meetings(qtbot, main):
    qtbot.keyClick(main, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    win = main.meetings_ctrl.meetings_window
    qtbot.addWidget(win)
    assert win.meeting.count() == 1 and win.current_date() == DAY
    return win


def test_print_finds_the_packet_the_cli_built(
    qtbot, demo_db, profile, paths, meeting, make_window, monkeypatch, tmp_path, capsys
):
    from udsat_desktop.cli import main as cli

    monkeypatch.setenv("UDSAT_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "pakker"
    out.mkdir()
    code = cli(
        ["--data-dir", str(paths.data), "packet", "--meeting", DAY.isoformat(), "--out", str(out)]
    )
    assert code == 0, capsys.readouterr().err
    built = out / f"moedepakke_{DAY.isoformat()}.pdf"
    assert built.is_file()
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]))
    win = open_meetings(qtbot, make_window(demo_db, profile))
    qtbot.mouseClick(win.buttons["print"], Qt.MouseButton.LeftButton)
    assert asked == []  # found, not "build it first"
    assert win.print_dialog.isVisible() and built.name in win.print_dialog.windowTitle()
    win.print_dialog.close()
    # moved away: the user is told and may choose the file
    built.rename(tmp_path / built.name)
    qtbot.mouseClick(win.buttons["print"], Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and "03.12.2026" in asked[0] and "Byg mødepakke" in asked[0]


def test_build_packet_opens_a_danish_dialog_in_the_documents_folder(
    qtbot, demo_db, profile, paths, meeting, make_window, danish
):
    win = open_meetings(qtbot, make_window(demo_db, profile))
    seen: dict = {}

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, look)
            return
        seen["folder"] = dialog.directory().absolutePath()
        seen["labels"] = [label.text() for label in dialog.findChildren(QLabel)]
        seen["look_in"] = dialog.labelText(QFileDialog.DialogLabel.LookIn)
        seen["file_type"] = dialog.labelText(QFileDialog.DialogLabel.FileType)
        dialog.reject()

    QTimer.singleShot(0, look)
    qtbot.mouseClick(win.buttons["packet"], Qt.MouseButton.LeftButton)
    assert seen["folder"] == str(documents_folder())
    assert str(paths.data) not in seen["folder"]
    assert seen["look_in"] == "Kig &i:" and seen["file_type"] == "Fil&typer:"
    english = {"&Look in:", "Look in:", "Files of &type:", "Files of type:", "File &name:"}
    assert not english & set(seen["labels"]), seen["labels"]
    assert "Kig &i:" in seen["labels"]


def test_qts_own_catalogue_is_found(qapp, danish):
    from udsat_desktop.ui.common.i18n import install_translations, qt_translation_folders

    assert qt_translation_folders()
    assert "qtbase_da" in install_translations(qapp, "da")
    assert QApplication.translate("QFileDialog", "&Look in:") == "Kig &i:"
    assert QApplication.translate("QFileDialog", "Detail View") == "Detaljeret visning"
