"""The queue's totals ("Viser N af M sager") follow changes another process makes to the
store while the window is open: a `udsat import` run from the command line."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.conftest import PASSPHRASE
from tests.import_helpers import warehouse_xlsx
from udsat_desktop.ui.queue.queue_controller import WATCH_MS


def test_an_import_from_the_command_line_reaches_the_open_window(
    qtbot, store, paths, make_window, sample_csv, tmp_path
):
    db, profile = store
    main = make_window(db, profile)
    assert main.model.total == 0 and main.count_label.text() == "0 sager"
    path = tmp_path / "udtræk.xlsx"
    citizens = warehouse_xlsx(path)
    env = {**os.environ, "UDSAT_PASSPHRASE": PASSPHRASE}
    cmd = [sys.executable, "-m", "udsat_desktop.cli", "import", str(path), "--json"]
    done = subprocess.run(
        [*cmd, "--data-dir", str(paths.data)], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["imported"] == len(citizens)
    qtbot.waitUntil(lambda: main.model.total == len(citizens), timeout=WATCH_MS * 5)
    assert main.count_label.text() == f"{len(citizens)} sager"
    assert main.model.rowCount() == len(citizens)

    # with a search shown: "Viser N af M sager" follows a second import
    qtbot.keyClicks(main.filters.search, "Nummer1")
    qtbot.waitUntil(lambda: main.model.matches == 1)
    assert main.count_label.text() == f"Viser 1 af {len(citizens)} sager"
    more = tmp_path / "mere.csv"
    more.write_text("CPR-nr.;Navn\n070761-4285;Søren Nummer10\n", encoding="utf-8")
    cmd = [sys.executable, "-m", "udsat_desktop.cli", "import", str(more)]
    done = subprocess.run(
        [*cmd, "--data-dir", str(paths.data)], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    total = len(citizens) + 1
    qtbot.waitUntil(lambda: main.model.total == total, timeout=WATCH_MS * 5)
    assert main.count_label.text() == f"Viser 2 af {total} sager"
