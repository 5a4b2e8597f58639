"""Child process for the crash campaign: sign every ready review, then sync, over and over,
until it is killed. Prints a line when a round completes."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def main() -> int:
    from udsat_desktop.flows.signing import sign_ready
    from udsat_desktop.platform.checklists import bundled_library
    from udsat_desktop.platform.paths import resolve
    from udsat_desktop.store.lifecycle import open_existing
    from udsat_desktop.sync.engine import sync

    paths = resolve(sys.argv[1])
    share = Path(sys.argv[2])
    db, profile = open_existing(paths, os.environ["UDSAT_PASSPHRASE"])
    library = bundled_library()
    print("ready", flush=True)  # started: the campaign's kill moment is counted from here
    while True:
        # the campaign alternates: signing in this process, and in a pool of worker processes
        workers = int(os.environ.get("UDSAT_SIGN_WORKERS", "1"))
        signed = sign_ready(
            db, paths, profile, library, os.environ["UDSAT_KEY_PASSPHRASE"], workers=workers
        )
        report = sync(db, paths, profile, share)
        print(f"round signed={len(signed)} published={len(report.published)}", flush=True)
        if not signed and not report.published and report.pending == 0:
            return 0


if __name__ == "__main__":
    raise SystemExit(main())
