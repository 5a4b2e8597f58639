"""A start as a user meets it: no passphrase known, so the unlock dialog comes first.

    python benchmarks/unlock_start.py DATA [TYPING_MS]

Runs `udsat_desktop.app.main(["--data-dir", DATA])` (no `--demo`, no `--smoke`,
`UDSAT_PASSPHRASE` unset, the passphrase not remembered: the unlock dialog) in this process.
When the dialog has been painted (the next event-loop pass after its first `Paint`), it types
the passphrase (`UDSAT_BENCH_PASSPHRASE`, default the demo's) into it with real key events and
presses Enter TYPING_MS (default 1500: a person typing a passphrase of 12 or more characters)
after the paint, the event loop running meanwhile; 0 presses it in the same pass. When the
queue's first page has been painted (`ui.startup.FirstPaint`, the same point as `--smoke`'s
ready_ms) it prints and quits. Prints, like `--smoke`:

    dialog_ms   process age when the unlock dialog was painted (what the user sees first)
    dialog_cpu_ms  CPU of every thread until then
    enter_ms    process age when Enter was pressed
    window_at_dialog  1 if the queue window's module was loaded when the dialog was painted
    qt_enums_at_dialog  1 if PySide6 had made its `Qt` namespace (and its enums) by then
    qt_enums_after_dialog_ms  the CPU `from PySide6.QtCore import Qt` took after that paint
                (~45 ms if the dialog was painted without PySide6's `Qt` enums, else ~0)
    ready_ms    process age when the queue was painted
    unlock_ms   ready_ms - enter_ms: from Enter to the queue (key derivation, open, window)
    unlock_cpu_ms  CPU of every thread from Enter to the queue
    rows_loaded the queue's rows at that paint

Only the benchmark hooks in (by wrapping the dialog's and FirstPaint's methods once their
modules load); the product's start runs as it is."""

from __future__ import annotations

import importlib.abc
import importlib.util
import os
import sys
import time
from collections.abc import Callable
from types import ModuleType
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("UDSAT_PASSPHRASE", None)

from udsat_desktop.platform.proctime import process_age_ms  # stdlib only

PASSPHRASE = os.environ.pop("UDSAT_BENCH_PASSPHRASE", "udsat-demo-2737")
marks: dict[str, float] = {}
typing_ms = 1500


def mark(name: str) -> None:
    marks[f"{name}_ms"] = process_age_ms()
    marks[f"{name}_cpu"] = time.process_time() * 1000


class After(importlib.abc.MetaPathFinder):
    """Runs `then(module)` right after the module `name` has been executed."""

    def __init__(self, name: str, then: Callable[[ModuleType], None]) -> None:
        self.name, self.then = name, then

    def find_spec(self, fullname: str, path: Any = None, target: Any = None) -> Any:
        if fullname != self.name:
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(fullname)
        assert spec is not None and spec.loader is not None
        run = spec.loader.exec_module

        def exec_module(module: ModuleType) -> None:
            run(module)
            self.then(module)

        spec.loader.exec_module = exec_module  # type: ignore[method-assign]
        return spec


def drive_dialog(start_dialogs: ModuleType) -> None:
    # not `Qt` nor QtTest here: importing `Qt` makes PySide6 create its ~96 enums (~45 ms),
    # which the product's dialog may not need; they are imported after the dialog's mark
    from PySide6.QtCore import QEvent, QObject, QTimer

    dialog_class = start_dialogs.UnlockDialog
    init = dialog_class.__init__

    class Painted(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                QTimer.singleShot(0, self.type_passphrase)
            return False

        def type_passphrase(self) -> None:
            mark("dialog")
            marks["window_at_dialog"] = "udsat_desktop.ui.main_window" in sys.modules
            marks["qt_enums_at_dialog"] = "Qt" in vars(sys.modules["PySide6.QtCore"])
            before = time.process_time()
            from PySide6.QtCore import Qt  # noqa: F401  (its enums: made now if not before)

            marks["qt_enums_after_dialog"] = (time.process_time() - before) * 1000
            from PySide6.QtTest import QTest

            QTest.keyClicks(self.parent().passphrase, PASSPHRASE)
            QTimer.singleShot(typing_ms, self.enter)

        def enter(self) -> None:
            from PySide6.QtCore import Qt
            from PySide6.QtTest import QTest

            mark("enter")
            QTest.keyClick(self.parent().passphrase, Qt.Key.Key_Return)

    def wrapped(self: Any, *args: Any, **kwargs: Any) -> None:
        init(self, *args, **kwargs)
        self.installEventFilter(Painted(self))

    dialog_class.__init__ = wrapped
    startup = sys.modules["udsat_desktop.ui.startup"]
    drawn = startup.FirstPaint._drawn

    def at_first_paint(self: Any) -> None:
        first = not self._done and "enter_ms" in marks  # the queue's, not the dialog's
        if first:
            mark("ready")
            marks["rows_loaded"] = self._widget.parent().model().rowCount()
        drawn(self)
        if first:
            from PySide6.QtWidgets import QApplication

            QApplication.exit(0)

    startup.FirstPaint._drawn = at_first_paint


def main(data: str) -> int:
    sys.meta_path.insert(0, After("udsat_desktop.ui.start_dialogs", drive_dialog))
    from udsat_desktop import app

    code = app.main(["--data-dir", data])
    if "ready_ms" not in marks or "dialog_ms" not in marks:
        print("unlock_start: the dialog or the queue was never painted", file=sys.stderr)
        return 1
    print(f"dialog_ms={marks['dialog_ms']:.0f}")
    print(f"dialog_cpu_ms={marks['dialog_cpu']:.0f}")
    print(f"enter_ms={marks['enter_ms']:.0f}")
    print(f"window_at_dialog={int(marks['window_at_dialog'])}")
    print(f"qt_enums_at_dialog={int(marks['qt_enums_at_dialog'])}")
    print(f"qt_enums_after_dialog_ms={marks['qt_enums_after_dialog']:.0f}")
    print(f"ready_ms={marks['ready_ms']:.0f}")
    print(f"unlock_ms={marks['ready_ms'] - marks['enter_ms']:.0f}")
    print(f"unlock_cpu_ms={marks['ready_cpu'] - marks['enter_cpu']:.0f}")
    print(f"rows_loaded={int(marks['rows_loaded'])}", flush=True)
    return code


if __name__ == "__main__":
    if len(sys.argv) > 2:
        typing_ms = int(sys.argv[2])
    raise SystemExit(main(sys.argv[1]))
