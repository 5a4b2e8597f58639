"""Summary PDF figures: render one summary, render + sign, and a batch of render + sign.

    python benchmarks/signing_bench.py DATA_DIR [BATCH]   (demo passphrase; one JSON line)

DATA_DIR must hold a demo database (`udsat demo`). The single-summary figures use one demo
review; the batch adds BATCH complete reviews, all ready to sign, and signs them with
`sign_ready` exactly as "Underskriv alle klar" and `udsat sign --ready` do: summaries read from
the database a group at a time, PDFs rendered and signed (in worker processes when the batch and
the free cores call for them), each group kept in the store and locked in one transaction.
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
    from udsat_desktop.flows.signing import pool_size, sign_ready
    from udsat_desktop.platform.checklists import bundled_library
    from udsat_desktop.platform.paths import resolve
    from udsat_desktop.reports.pdf import render_summary
    from udsat_desktop.reports.pdfa import to_pdfa
    from udsat_desktop.reports.signing import Identity, create_key, render_and_sign, sign_pdf
    from udsat_desktop.store.demo_reviews import build_demo_reviews
    from udsat_desktop.store.lifecycle import DEMO_PASSPHRASE, open_existing
    from udsat_desktop.store.reviews.review_flow import get_review
    from udsat_desktop.store.reviews.summaries import summary_of

    paths = resolve(sys.argv[1])
    batch = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    db, profile = open_existing(paths, os.environ.get("UDSAT_PASSPHRASE", DEMO_PASSPHRASE))
    library = bundled_library()
    build_demo_reviews(db, 2, profile.user_id, library, seed=11)
    found = db.reader().execute("SELECT id FROM review WHERE status = 'klar' LIMIT 1").fetchone()
    review = get_review(db, found[0])
    summary = summary_of(db, review.id, library.get(review.template_id, review.template_version))
    key = Path(tempfile.mkdtemp()) / "k.p12"
    who = Identity("Bench Mærk", "BIF", "BM", "Gennemgår sager")
    create_key(key, who, "bench-passphrase")
    render_summary(summary)
    render_and_sign(summary, key, "bench-passphrase", who)  # warm up
    to_pdfa(render_summary(summary))
    render, both, cosign, before, pdfa = [], [], [], [], []
    for _ in range(30):
        started = time.perf_counter()
        raw = render_summary(summary)
        render.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        to_pdfa(raw)
        pdfa.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        pdf = render_and_sign(summary, key, "bench-passphrase", who)
        both.append((time.perf_counter() - started) * 1000)
        # the baseline in the same run: render + sign as before PDF/A (no post-processing)
        started = time.perf_counter()
        sign_pdf(
            render_summary(summary, signature_stamp="x"),
            key,
            "bench-passphrase",
            who,
            stamp_in_page=True,
        )
        before.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        sign_pdf(pdf, key, "bench-passphrase", who, cosign=True)
        cosign.append((time.perf_counter() - started) * 1000)

    # the batch: BATCH more reviews, all ready, signed as the profile user
    open_cases = (
        db.reader()
        .execute("SELECT count(*) FROM \"case\" WHERE status IN ('ny', 'tildelt')")
        .fetchone()[0]
    )
    if open_cases < batch:  # the demo has every status; top up so BATCH cases can be reviewed
        from udsat_desktop.store.demo import build_demo

        build_demo(db, int((batch - open_cases) * 1.3) + 20, seed=99)
    started = time.perf_counter()
    build_demo_reviews(db, batch, profile.user_id, library, seed=12, all_ready=True)
    prepare_s = time.perf_counter() - started
    ready = db.reader().execute("SELECT count(*) FROM review WHERE status = 'klar'").fetchone()[0]
    workers = pool_size(ready)  # what the app would choose now (batch size, free cores)
    started = time.perf_counter()
    items = sign_ready(db, paths, profile, library, "bench-passphrase", workers=workers)
    batch_s = time.perf_counter() - started
    assert len(items) == ready, (len(items), ready)
    print(
        json.dumps(
            {
                "render_median_ms": round(statistics.median(render), 1),
                "render_sign_median_ms": round(statistics.median(both), 1),
                "render_sign_before_pdfa_median_ms": round(statistics.median(before), 1),
                "pdfa_median_ms": round(statistics.median(pdfa), 1),
                "cosign_median_ms": round(statistics.median(cosign), 1),
                "batch": len(items),
                "batch_s": round(batch_s, 1),
                "prepare_s": round(prepare_s, 1),
                "workers": workers,
                "estimate_2737_s": round(batch_s / max(len(items), 1) * 2737, 1),
            }
        )
    )
    db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
