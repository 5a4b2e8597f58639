"""Team → Eksportér til journalisering…: coordinators export; reviewers are told no."""

from __future__ import annotations

import dataclasses
import json

from PySide6.QtWidgets import QFileDialog, QMessageBox

from udsat_desktop.core.status import Role
from udsat_desktop.flows.signing import sign_ready
from udsat_desktop.platform.checklists import bundled_library
from udsat_desktop.store.demo_reviews import build_demo_reviews

LIB = bundled_library()


def test_coordinator_exports_for_filing_from_the_team_menu(
    qtbot, demo_db, profile, paths, make_window, wait_tasks, monkeypatch, tmp_path
):
    build_demo_reviews(demo_db, 2, profile.user_id, LIB, seed=71, all_ready=True)
    items = sign_ready(demo_db, paths, profile, LIB, "nøgle-kode-1", workers=1)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append("ADVARSEL " + a[2]))
    target = tmp_path / "journal"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(target))
    main = make_window(demo_db, profile)
    team = next(a.menu() for a in main.menuBar().actions() if a.text() == "&Team")
    assert main.journal_action in team.actions()
    main.journal_action.trigger()
    wait_tasks(main.runner)
    assert shown and shown[0].startswith(f"{len(items)} underskrevne sammenfatninger (PDF/A)")
    manifest = json.loads((target / "manifest.json").read_text(encoding="utf-8"))
    assert len(manifest["documents"]) == len(items)
    assert all((target / d["fil"]).is_file() for d in manifest["documents"])


def test_reviewers_cannot_export_for_filing(
    qtbot, demo_db, profile, make_window, monkeypatch, tmp_path
):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path / "x"))
    main = make_window(demo_db, dataclasses.replace(profile, role=Role.REVIEWER))
    main.journal_action.trigger()
    assert shown and "koordinator" in shown[0].lower()
    assert not (tmp_path / "x").exists()
