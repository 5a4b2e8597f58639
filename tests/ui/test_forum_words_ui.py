"""The meetings window speaks of the forum the template of the day names (issue 30): a
template dropped into the checklist folder renames the forum in the window's title, its
hints, the new-meeting dialog and its participant fields; a template with no forum offers no
candidate and refuses a meeting with one Danish sentence. Driven by real key input."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from udsat_desktop.flows.signing import sign_ready
from udsat_desktop.platform import checklists
from udsat_desktop.platform.checklists import bundled_folder, default_library, use_library
from udsat_desktop.store.demo_reviews import build_demo_reviews
from udsat_desktop.ui.coordinator.meeting_dialogs import NewMeetingDialog

FORUM = "det tværfaglige forum"


def _install(tmp_path, monkeypatch, *, forum: bool):
    """A template valid from today, made from the bundled 2026-12 file by editing data."""
    raw = yaml.safe_load(
        (bundled_folder() / "taskforce-gennemgang-2026-12.yaml").read_text(encoding="utf-8")
    )
    raw.update(version="i30-ui", valid_from=dt.date.today().isoformat())
    if forum:
        raw["vocabulary"]["forum"].update(id="tvaerfagligt", name=FORUM, title="Tværfagligt forum")
        raw["vocabulary"]["forum"]["participant_roles"] = [
            {"id": "jurist", "label": "Jurist"},
            {"id": "borger", "label": "Borger"},
        ]
    else:
        del raw["vocabulary"]["forum"]
    folder = tmp_path / "skabeloner"
    folder.mkdir()
    (folder / "i30.yaml").write_text(
        yaml.safe_dump(raw, allow_unicode=True, sort_keys=False), encoding="utf-8"
    )
    monkeypatch.setenv(checklists.CHECKLIST_DIR_ENV, str(folder))
    use_library(None)
    return default_library()


@pytest.fixture
def restore_library():
    yield
    use_library(None)


def _open_meetings(qtbot, main):
    qtbot.keyClick(main, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    win = main.meetings_ctrl.meetings_window
    qtbot.addWidget(win)
    return win


def test_the_forum_of_the_day_names_the_meetings_window(
    qtbot, demo_db, profile, paths, make_window, monkeypatch, tmp_path, restore_library
):
    library = _install(tmp_path, monkeypatch, forum=True)
    build_demo_reviews(demo_db, 6, profile.user_id, library, seed=5, all_ready=True)
    sign_ready(demo_db, paths, profile, library, "nøgle-kode-1", workers=1)
    main = make_window(demo_db, profile)
    assert main.meetings_action.text() == "&Møder…"
    win = _open_meetings(qtbot, main)
    assert win.windowTitle() == f"Møder i {FORUM}"
    assert FORUM in win.candidates.toolTip()
    assert "rehabiliteringsteam" not in win.windowTitle() + win.candidates.toolTip()
    seen = {}

    def fill(dialog: NewMeetingDialog) -> int:
        seen["title"], seen["roles"] = dialog.windowTitle(), set(dialog.people)
        dialog.date.selectAll()
        qtbot.keyClicks(dialog.date, (dt.date.today() + dt.timedelta(days=3)).strftime("%d.%m.%Y"))
        qtbot.keyClicks(dialog.people["jurist"], "Jens Juul")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NewMeetingDialog, "exec", fill)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: pytest.fail(a[2]))
    assert win.new_meeting() == dt.date.today() + dt.timedelta(days=3)
    assert seen == {"title": f"Nyt møde i {FORUM}", "roles": {"jurist", "borger"}}
    assert "Jurist: Jens Juul" in win.info.text()


def test_a_template_without_a_forum_offers_no_meeting(
    qtbot, demo_db, profile, paths, make_window, monkeypatch, tmp_path, restore_library
):
    library = _install(tmp_path, monkeypatch, forum=False)
    build_demo_reviews(demo_db, 6, profile.user_id, library, seed=5, all_ready=True)
    sign_ready(demo_db, paths, profile, library, "nøgle-kode-1", workers=1)
    main = make_window(demo_db, profile)
    win = _open_meetings(qtbot, main)
    assert win.windowTitle() == "Møder"
    assert win.candidates.count() == 0  # no review of this template is offered

    def fill(dialog: NewMeetingDialog) -> int:
        assert dialog.people == {} and dialog.windowTitle() == "Nyt møde"
        dialog.date.selectAll()
        qtbot.keyClicks(dialog.date, (dt.date.today() + dt.timedelta(days=3)).strftime("%d.%m.%Y"))
        return QDialog.DialogCode.Accepted

    warned: list[str] = []
    monkeypatch.setattr(NewMeetingDialog, "exec", fill)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    assert win.new_meeting() is None
    assert len(warned) == 1 and "intet forum" in warned[0]
