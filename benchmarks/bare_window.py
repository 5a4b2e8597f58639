"""A bare PySide6 window: the yardstick for launch time. Prints ready_ms and cpu_ms like
`--smoke`."""

from __future__ import annotations

import os
import sys
import time

if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

from udsat_desktop.platform.proctime import process_age_ms  # stdlib only


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.resize(1400, 820)
    window.show()

    def report() -> None:
        print(f"ready_ms={process_age_ms():.0f}", flush=True)
        print(f"cpu_ms={time.process_time() * 1000:.0f}", flush=True)
        app.exit(0)

    QTimer.singleShot(0, report)
    return int(app.exec())


if __name__ == "__main__":
    raise SystemExit(main())
