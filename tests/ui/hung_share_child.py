"""Child process for the hung-share test: the real main window, its shared folder on a FUSE
mount that has stopped answering.

    python -m tests.ui.hung_share_child DATA_DIR

Presses F9 (sync) and *Kontrollér* in Settings, both of which touch the hung share, lets the
event loop run for a second (or UDSAT_CHILD_WAIT_S) while counting the ticks of a 20 ms timer,
prints one JSON line, closes the window, prints "closing <monotonic time>" and leaves the way
`udsat-desktop` does.
"""

from __future__ import annotations

import json
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    from PySide6.QtCore import QSettings, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from udsat_desktop.platform.paths import resolve
    from udsat_desktop.store.lifecycle import open_existing
    from udsat_desktop.store.queue import reviewer_labels
    from udsat_desktop.ui.main_window import MainWindow

    paths = resolve(sys.argv[1])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(paths.config))
    app = QApplication(sys.argv[:1])
    db, profile = open_existing(paths, os.environ["UDSAT_PASSPHRASE"])
    window = MainWindow(db, profile, paths, reviewer_names=reviewer_labels(db))
    window.show()
    window.activateWindow()
    QTest.qWaitForWindowActive(window)
    ticks = [0]
    ticker = QTimer()
    ticker.timeout.connect(lambda: ticks.__setitem__(0, ticks[0] + 1))
    ticker.start(20)

    QTest.keyClick(window, Qt.Key.Key_F9)  # Synkronisér nu
    dialog = window.admin_ctrl.open_settings()
    QTest.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)  # probe the share
    started = time.monotonic()

    def finish() -> None:
        busy = getattr(dialog, "busy_task", None)
        print(
            json.dumps(
                {
                    "ticks": ticks[0],
                    "seconds": round(time.monotonic() - started, 3),
                    "sync_running": window.sync.running,
                    "sync_succeeded": window.sync.last_success is not None,
                    "probe_waiting": busy is not None and not busy.done,
                    "share_state": dialog.share_state.text(),
                    "sync_label": window.sync_label.text(),
                }
            ),
            flush=True,
        )
        dialog.reject()
        window.close()
        print(f"closing {time.monotonic():.4f}", flush=True)
        app.quit()

    QTimer.singleShot(int(1000 * float(os.environ.get("UDSAT_CHILD_WAIT_S", "1"))), finish)
    from udsat_desktop.app import leave

    try:
        code = int(app.exec())
    finally:  # the teardown of udsat_desktop.ui.startup.run_gui
        window.deleteLater()
        app.processEvents()
        db.close()
    leave(code)  # as `udsat-desktop` ends


if __name__ == "__main__":
    raise SystemExit(main())
