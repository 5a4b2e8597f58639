"""Guards against a Qt binding release that leaks references to None/True/False.

PySide6 6.12.0 on Python 3.11 decremented None's reference count on every call of a void
method, so a form that updated labels while the user typed aborted the interpreter after a few
thousand keystrokes. pyproject.toml excludes it; this test fails if such a release comes back.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit


def test_void_calls_do_not_eat_references_to_singletons(qtbot):
    label, edit, combo = QLabel(), QLineEdit(), QComboBox()
    for widget in (label, edit, combo):
        qtbot.addWidget(widget)
    combo.addItem("ja", True)
    combo.addItem("tom", None)
    before = [sys.getrefcount(x) for x in (None, True, False)]
    for i in range(3000):
        label.setText("x")
        label.setVisible(bool(i % 2))
        edit.setText("y")
        combo.setCurrentIndex(i % 2)
        combo.currentData()
    after = [sys.getrefcount(x) for x in (None, True, False)]
    assert all(abs(a - b) < 100 for a, b in zip(after, before, strict=True)), (before, after)
