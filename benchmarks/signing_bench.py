"""Summary PDF figures: render one summary, render + sign, and a batch of render + sign.

    python benchmarks/signing_bench.py DATA_DIR [BATCH]   (demo passphrase; one JSON line)

The summary is built from a real demo review; signing uses a fresh ECDSA P-256 key.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path


def main() -> int:
    from udsat_desktop.core.checklist import bundled_library
    from udsat_desktop.paths import resolve
    from udsat_desktop.reports.pdf import render_summary
    from udsat_desktop.reports.signing import Identity, create_key, sign_pdf
    from udsat_desktop.store.demo_reviews import build_demo_reviews
    from udsat_desktop.store.lifecycle import DEMO_PASSPHRASE, open_existing
    from udsat_desktop.store.reviews import get_review, summary_of

    paths = resolve(sys.argv[1])
    batch = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    db, profile = open_existing(paths, os.environ.get("UDSAT_PASSPHRASE", DEMO_PASSPHRASE))
    library = bundled_library()
    found = db.reader().execute("SELECT id FROM review WHERE status = 'klar' LIMIT 1").fetchone()
    if found is None:
        build_demo_reviews(db, 2, profile.user_id, library)
        found = db.reader().execute("SELECT id FROM review WHERE status = 'klar'").fetchone()
    review = get_review(db, found[0])
    summary = summary_of(db, review.id, library.get(review.template_id, review.template_version))
    key = Path(tempfile.mkdtemp()) / "k.p12"
    who = Identity("Bench Mærk", "BIF", "BM", "Gennemgår sager")
    create_key(key, who, "bench-passphrase")
    render_summary(summary)
    sign_pdf(render_summary(summary), key, "bench-passphrase", who)  # warm up
    render, both = [], []
    for _ in range(30):
        started = time.perf_counter()
        pdf = render_summary(summary)
        render.append((time.perf_counter() - started) * 1000)
        sign_pdf(pdf, key, "bench-passphrase", who)
        both.append((time.perf_counter() - started) * 1000)
    started = time.perf_counter()
    for _ in range(batch):
        sign_pdf(render_summary(summary), key, "bench-passphrase", who)
    batch_s = time.perf_counter() - started
    print(json.dumps({
        "pages": None, "render_median_ms": round(statistics.median(render), 1),
        "render_sign_median_ms": round(statistics.median(both), 1), "batch": batch,
        "batch_s": round(batch_s, 1),
        "estimate_2737_s": round(batch_s / batch * 2737, 1),
    }))
    db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
