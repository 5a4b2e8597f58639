"""`udsat demo`: synthetic cases and reviews (apart from `cli_setup`: the demo data and the
templates load in 0.4 to 0.5 s each, which `udsat stats` never needs)."""

from __future__ import annotations

import argparse
import os
import time

from udsat_desktop.cli_common import (
    PASSPHRASE_ENV,
    CliError,
    emit,
    open_store,
)
from udsat_desktop.core.danish import count
from udsat_desktop.platform.checklists import default_library
from udsat_desktop.platform.paths import AppPaths
from udsat_desktop.store.demo import add_cases_for_reviews, build_demo
from udsat_desktop.store.demo_reviews import build_demo_reviews
from udsat_desktop.store.lifecycle import (
    DEMO_PASSPHRASE,
    ensure_demo,
    is_initialised,
)


def cmd_demo(args: argparse.Namespace, paths: AppPaths) -> int:
    if args.cases < 0 or args.reviews < 0:
        raise CliError("--cases og --reviews skal være 0 eller mere")
    started = time.perf_counter()
    if is_initialised(paths):
        db, profile = open_store(paths)
        try:
            added = build_demo(db, args.cases, seed=args.seed) if args.cases else 0
        except BaseException:
            db.close()
            raise
    else:
        passphrase = os.environ.get(PASSPHRASE_ENV, DEMO_PASSPHRASE)
        db, profile = ensure_demo(paths, args.cases, passphrase)
        added = args.cases
    try:
        made = ready = extra = 0
        if args.reviews:
            # too few cases to review: make the ones the reviews need, and say so below
            extra = add_cases_for_reviews(db, args.reviews, seed=args.seed)
            added += extra
            made, ready = build_demo_reviews(
                db, args.reviews, profile.user_id, default_library(), seed=args.seed
            )
    finally:
        db.close()
    elapsed = time.perf_counter() - started

    def text() -> str:
        line = (
            f"{count(added, 'syntetisk sag', 'syntetiske sager')} og "
            f"{count(made, 'gennemgang', 'gennemgange')} ({ready} klar til underskrift) "
            f"tilføjet på {elapsed:.1f} s"
        )
        if extra:
            line += (
                f"; {count(extra, 'sag', 'sager')} af dem blev lavet, fordi der var for få "
                f"sager til {count(args.reviews, 'gennemgang', 'gennemgange')}"
            )
        return line

    emit(
        args,
        {
            "added": added,
            "added_for_reviews": extra,
            "reviews": made,
            "ready_to_sign": ready,
            "seconds": round(elapsed, 2),
        },
        text,
    )
    return 0
