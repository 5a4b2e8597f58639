"""Coordinator figures: a 10-case meeting packet, and a dashboard refresh (figures alone, and
the whole window with its six charts).

    python benchmarks/coordinator_bench.py DATA_DIR [--packet]   (one JSON line)

With --packet, DATA_DIR must hold signed reviews (benchmarks/signing_bench.py leaves them):
a meeting with ten of them is planned and its packet built five times.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from udsat_desktop.core.meetings import check_meeting_date


def free_monday(taken: set[dt.date], today: dt.date) -> dt.date:
    """The first Monday at least a week after `today` with no meeting in the store yet: inside
    the app's rule (no meeting more than five years ahead, core.meetings), and the same day on
    every run against the same store and date (a kept store takes the next free Monday)."""
    day = today + dt.timedelta(days=7 + (7 - today.weekday()) % 7)
    while day in taken:
        day += dt.timedelta(days=7)
    check_meeting_date(day, today)  # a store full of meetings: said here, not by a crash later
    return day


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from udsat_desktop.platform.paths import resolve
    from udsat_desktop.store.dashboard import figures
    from udsat_desktop.store.lifecycle import DEMO_PASSPHRASE, open_existing

    paths = resolve(sys.argv[1])
    db, profile = open_existing(paths, os.environ.get("UDSAT_PASSPHRASE", DEMO_PASSPHRASE))
    out: dict[str, object] = {
        "cases": db.reader().execute('SELECT count(*) FROM "case"').fetchone()[0]
    }
    figures(db)
    runs = []
    for _ in range(9):
        started = time.perf_counter()
        figures(db)
        runs.append((time.perf_counter() - started) * 1000)
    out["figures_median_ms"] = round(statistics.median(runs), 1)

    app = QApplication.instance() or QApplication([])
    from udsat_desktop.ui.coordinator.dashboard import DashboardWindow

    window = DashboardWindow(db, profile, paths)
    window.show()
    app.processEvents()
    runs = []
    for _ in range(9):
        started = time.perf_counter()
        window.refresh()
        app.processEvents()
        runs.append((time.perf_counter() - started) * 1000)
    out["dashboard_refresh_median_ms"] = round(statistics.median(runs), 1)
    window.close()

    if "--packet" in sys.argv:
        from udsat_desktop.flows.packets import make_packet
        from udsat_desktop.store.meetings import (
            add_case,
            candidates,
            create_meeting,
            meeting_dates,
        )

        day = free_monday(set(meeting_dates(db)), dt.date.today())
        create_meeting(db, profile, day, "09:00", "Benchmark", {"sundhed": "B"})
        for candidate in candidates(db)[:10]:
            add_case(db, profile, day, candidate)
        target = Path(tempfile.mkdtemp(prefix="udsat-packet-"))
        runs = []
        for i in range(5):
            started = time.perf_counter()
            result = make_packet(db, paths, profile, None, day, target / str(i))
            runs.append(time.perf_counter() - started)
        out["packet_cases"] = len(result.packet.originals)
        out["packet_pages"] = result.packet.pages
        out["packet_median_s"] = round(statistics.median(runs), 3)
    db.close()
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
