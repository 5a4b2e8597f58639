"""The shape of ui/ that keeps it workable: SQL only in the store, modules of a readable size,
every menu action declared once and owned by a controller, review windows opened in one place."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from udsat_desktop.ui import actions
from udsat_desktop.ui.admin_controller import AdminController
from udsat_desktop.ui.coordinator.meetings_controller import MeetingsController
from udsat_desktop.ui.queue.queue_controller import QueueController
from udsat_desktop.ui.review.review_controller import ReviewController
from udsat_desktop.ui.review.signing_controller import SigningController
from udsat_desktop.ui.team.team_controller import TeamController

UI = Path(actions.__file__).parent
MODULES = sorted(UI.rglob("*.py"))
LONGEST = 420  # "about 400"; a longer module says at its top why
SQL = re.compile(
    r"\.execute\(|\breader\(\)|\bwriter\(\)|\b(SELECT|INSERT|UPDATE|DELETE)\s"
    r"|read_session|write_session|^\s*(from|import)\s+sqlalchemy",
    re.MULTILINE,
)
CONTROLLERS = {
    "queue_ctrl": QueueController,
    "review_ctrl": ReviewController,
    "team_ctrl": TeamController,
    "meetings_ctrl": MeetingsController,
    "signing_ctrl": SigningController,
    "admin_ctrl": AdminController,
}


@pytest.mark.parametrize("module", MODULES, ids=lambda p: p.name)
def test_no_sql_in_the_ui(module):
    found = [m.group(0) for m in SQL.finditer(module.read_text(encoding="utf-8"))]
    assert not found, f"{module.name}: SQL belongs behind a named function in store/: {found}"


@pytest.mark.parametrize("module", MODULES, ids=lambda p: p.name)
def test_a_long_module_says_why(module):
    text = module.read_text(encoding="utf-8")
    lines = text.count("\n")
    doc = ast.get_docstring(ast.parse(text)) or ""
    assert lines <= LONGEST or "over 400 lines" in doc, (
        f"{module.name} has {lines} lines and no reason at its top"
    )


def test_every_action_is_declared_once_and_owned_by_a_controller():
    ids = [spec.id for spec in actions.ACTIONS]
    assert len(ids) == len(set(ids))
    menus = {key for key, _text in actions.MENUS}
    for spec in actions.ACTIONS:
        owner, method = spec.slot.split(".")
        assert spec.menu in menus, spec.id
        assert callable(getattr(CONTROLLERS[owner], method, None)), spec.slot
    shortcuts = [str(spec.shortcut) for spec in actions.ACTIONS if spec.shortcut is not None]
    assert len(shortcuts) == len(set(shortcuts)), "two actions share a shortcut"


def test_review_windows_are_created_only_by_the_opener():
    made = re.compile(r"(?<!class )\bReviewWindow\(")
    makers = [p.name for p in MODULES if made.search(p.read_text(encoding="utf-8"))]
    assert makers == ["review_opener.py"]
