"""Review screen figures, in the real window (offscreen):

- open a case -> review form ready (first open, which loads SQLAlchemy and the templates, and
  the median of the following opens);
- autosave latency (save started -> stored) and the longest GUI-thread stall while typing
  steadily (a 1 ms timer on the GUI thread; the largest gap between its ticks).

    python benchmarks/review_latency.py DATA_DIR    (demo passphrase; prints one JSON line)
"""

from __future__ import annotations

import json
import statistics
import sys
import time


def main() -> int:
    from _window import close_window, open_window
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtTest import QTest

    from udsat_desktop.store.queue import CaseFilter

    app, db, main_window = open_window(sys.argv[1])
    cases = main_window.queue.page(CaseFilter(statuses=frozenset({"ny"})), limit=21, offset=500)
    opens: list[float] = []
    windows = []
    for row in cases:
        started = time.perf_counter()
        window = main_window.open_review_for(row.id)
        app.processEvents()
        opens.append((time.perf_counter() - started) * 1000)
        windows.append(window)
    first, rest = opens[0], opens[1:]
    for window in windows[:-1]:
        window.close()
    app.processEvents()

    window = windows[-1]
    saves: list[float] = []
    window.saved.connect(lambda seconds: saves.append(seconds * 1000))
    gaps: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.elapsed()]

    def tick() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    ticker = QTimer()
    ticker.setInterval(1)
    ticker.timeout.connect(tick)
    ticker.start()
    editors = list(window.pages[0].editors.values())
    text = "Borgeren beskriver sin hverdag med konkrete eksempler og årstal. " * 3
    for editor in editors:
        editor.input.setFocus()
        for ch in text:
            QTest.keyClicks(editor.input, ch)
            QTest.qWait(30)
    QTest.qWait(1500)
    ticker.stop()
    result = {
        "open_first_ms": round(first, 1),
        "open_median_ms": round(statistics.median(rest), 1),
        "open_max_ms": round(max(rest), 1),
        "keystrokes": len(text) * len(editors),
        "autosaves": len(saves),
        "autosave_median_ms": round(statistics.median(saves), 1) if saves else None,
        "autosave_max_ms": round(max(saves), 1) if saves else None,
        "longest_gui_stall_ms": max(gaps) if gaps else None,
    }
    print(json.dumps(result), flush=True)
    window.close()
    close_window(app, db, main_window)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
