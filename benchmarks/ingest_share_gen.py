"""The records a first-ingest benchmark reads: a demo store with N complete reviews, each
signed by this store's member (its own content: the demo's reviews differ per case), made
once and cached so every benchmark run reuses them.

    python benchmarks/ingest_share_gen.py N [DIR]   (default DIR: /tmp/udsat-ingest-share-N)

Signing is the slow part: `sign_ready` signs the batch as "Underskriv alle klar" does, in
worker processes (one per core), a group at a time. Run it niced on a shared machine. The
store is left in DIR with its queue of N signed summaries; `ingest_bench.py DIR` pushes them.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path


def main() -> int:
    from udsat_desktop.flows.signing import pool_size, sign_ready
    from udsat_desktop.platform.checklists import default_library
    from udsat_desktop.platform.paths import resolve
    from udsat_desktop.store.reviews import ready_reviews

    sys.path.insert(0, str(Path(__file__).parent))
    from batch_sign_bench import KEY_PASS, build_store

    n = int(sys.argv[1])
    data = Path(sys.argv[2] if len(sys.argv) > 2 else f"/tmp/udsat-ingest-share-{n}")
    done = data / "signed.json"
    if done.exists():
        print(done.read_text())
        return 0
    started = time.perf_counter()
    build_store(data, n)
    built_s = time.perf_counter() - started
    from udsat_desktop.store.lifecycle import DEMO_PASSPHRASE, open_existing

    paths = resolve(data)
    db, profile = open_existing(paths, DEMO_PASSPHRASE)
    ready = len(list(ready_reviews(db)))
    started = time.perf_counter()
    items = sign_ready(
        db, paths, profile, default_library(), KEY_PASS, workers=max(2, pool_size(ready))
    )
    out = {
        "records": len(items),
        "build_s": round(built_s, 1),
        "sign_s": round(time.perf_counter() - started, 1),
    }
    db.close()
    done.write_text(json.dumps(out))
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
