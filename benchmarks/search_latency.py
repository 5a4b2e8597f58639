"""Search keystroke latency in the real queue window, typed like a person.

    python benchmarks/search_latency.py DATA_DIR   (demo passphrase; prints one JSON line)

Each keystroke is timed from the key event to the model holding its first page of results
(the search runs synchronously on the GUI thread, so this is what the user waits for).
Afterwards the whole queue is scrolled to the end to measure the memory of a fully loaded
list.
"""

from __future__ import annotations

import json
import random
import statistics
import sys
import time


def main() -> int:
    from _window import close_window, open_window
    from PySide6.QtTest import QTest

    from udsat_desktop.platform.proctime import peak_rss_mb
    from udsat_desktop.store.queue import CaseFilter

    app, db, window = open_window(sys.argv[1])
    rng = random.Random(42)
    total = window.model.total
    samples = [
        window.queue.page(CaseFilter(), offset=rng.randrange(total), limit=1)[0] for _ in range(25)
    ]
    queries = [s.name for s in samples[:15]]
    queries += [s.cpr.replace("-", "")[:8] for s in samples[15:20]]
    queries += [s.case_key for s in samples[20:]]
    search = window.filters.search
    latencies: list[float] = []
    for query in queries:
        search.clear()
        app.processEvents()
        for ch in query:
            started = time.perf_counter()
            QTest.keyClick(search, ch)
            latencies.append((time.perf_counter() - started) * 1000)
        app.processEvents()
    search.clear()
    app.processEvents()
    latencies.sort()
    rss_after_start = peak_rss_mb()
    started = time.perf_counter()
    while window.model.canFetchMore():
        window.model.fetchMore()
    window.table.scrollToBottom()
    app.processEvents()
    scroll_all_s = time.perf_counter() - started
    result = {
        "cases": total,
        "keystrokes": len(latencies),
        "median_ms": round(statistics.median(latencies), 2),
        "p95_ms": round(latencies[int(0.95 * (len(latencies) - 1))], 2),
        "max_ms": round(latencies[-1], 2),
        "peak_rss_mb_searching": round(rss_after_start),
        "load_all_rows_s": round(scroll_all_s, 2),
        "peak_rss_mb_all_rows_loaded": round(peak_rss_mb()),
    }
    print(json.dumps(result), flush=True)
    close_window(app, db, window)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
