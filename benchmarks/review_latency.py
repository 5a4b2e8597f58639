"""Review screen figures, in the real window (offscreen):

- the app's warm-up (`load_write_path`: SQLAlchemy, the templates and the claim's code, which
  the app loads on a background thread once the queue is shown), timed here on its own;
- open a case -> review form ready (the first open after the warm-up, and the median of the
  following opens);
- the first edit (claims the case and stores the draft: the work that opening a case did
  before reading stopped claiming);
- autosave latency (save started -> stored) and the longest GUI-thread stall while typing
  steadily after it (a 1 ms timer on the GUI thread; the largest gap between its ticks).

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

    from udsat_desktop.app import load_write_path
    from udsat_desktop.store.queue import CaseFilter

    app, db, main_window = open_window(sys.argv[1])
    started = time.perf_counter()
    load_write_path()  # as the app does in the background once the queue is shown
    warm_up_ms = (time.perf_counter() - started) * 1000
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

    editors = list(window.pages[0].editors.values())
    text = "Borgeren beskriver sin hverdag med konkrete eksempler og årstal. " * 3
    # the first edit claims the case and stores the draft (reading claims nothing): a one-off
    # step of its own, timed apart from the steady typing that follows
    editors[0].input.setFocus()
    started = time.perf_counter()
    QTest.keyClicks(editors[0].input, text[0])
    app.processEvents()
    first_edit_ms = (time.perf_counter() - started) * 1000
    QTest.qWait(30)
    ticker = QTimer()
    ticker.setInterval(1)
    ticker.timeout.connect(tick)
    last[0] = clock.elapsed()  # the first edit above is not a stall of the typing
    ticker.start()
    for n, editor in enumerate(editors):
        editor.input.setFocus()
        for ch in text[1:] if n == 0 else text:
            QTest.keyClicks(editor.input, ch)
            QTest.qWait(30)
    QTest.qWait(1500)
    ticker.stop()
    result = {
        "warm_up_ms": round(warm_up_ms, 1),
        "open_first_ms": round(first, 1),
        "first_edit_ms": round(first_edit_ms, 1),
        "open_median_ms": round(statistics.median(rest), 1),
        "open_max_ms": round(max(rest), 1),
        "keystrokes": len(text) * len(editors) - 1,  # after the first edit
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
