"""Time one target-list import into a fresh store, in its own process (as a user's app would
be): reading, parsing and writing, in one transaction. Prints `seconds=<s> imported=<n>
peak_rss_mb=<MiB>` (the whole process's peak, interpreter and modules included; issue 34's
target is 300 MB at 100,000 rows).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from udsat_desktop.core.status import Organisation, Role
from udsat_desktop.platform.paths import resolve
from udsat_desktop.platform.proctime import peak_rss_mb
from udsat_desktop.store.importer import import_table, paused_gc, prepare_import
from udsat_desktop.store.lifecycle import initialise


def main() -> int:
    source = Path(sys.argv[1])
    paths = resolve(Path(tempfile.mkdtemp(prefix="udsat-import-"))).ensure()
    db, _ = initialise(
        paths, "bench-passphrase", "Bench Mark", "BM", Organisation.BIF, Role.COORDINATOR
    )
    try:
        started = time.perf_counter()
        with paused_gc():
            table, mapping = prepare_import(source, paths.config)
        summary = import_table(db, table, mapping, source_name=source.name, user_id=None)
        elapsed = time.perf_counter() - started
    finally:
        db.close()
    print(f"seconds={elapsed:.3f} imported={summary.imported} peak_rss_mb={peak_rss_mb():.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
