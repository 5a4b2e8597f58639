"""What `udsat-desktop --smoke --check-summary` checks beyond the queue, as a packaged build
must: one summary rendered, signed and verified with a throw-away key, and both translation
catalogues loading. Loaded only for that check."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QTranslator

from udsat_desktop.platform.checklists import default_library
from udsat_desktop.platform.paths import AppPaths
from udsat_desktop.reports.signing import Identity, Verdict, create_key, render_and_sign, verify_pdf
from udsat_desktop.store.db import Database
from udsat_desktop.store.demo_reviews import build_demo_reviews
from udsat_desktop.store.queue import Profile
from udsat_desktop.store.reviews import first_review_id, get_review, summary_of
from udsat_desktop.ui.common.i18n import translations_folder


def check_summary(db: Database, profile: Profile, paths: AppPaths) -> bool:
    """Render, sign and verify one summary with a throw-away key: templates, fonts, ReportLab
    and pyHanko all work in this build. Prints summary_verified=0/1."""
    library = default_library()
    found = first_review_id(db)
    if found is None:
        build_demo_reviews(db, 1, profile.user_id, library, seed=1)
        found = first_review_id(db)
    assert found is not None, "the demo reviews were just built"
    review = get_review(db, found)
    summary = summary_of(
        db,
        review.id,
        library.get(review.template_id, review.template_version, review.template_revision),
    )
    with tempfile.TemporaryDirectory() as tmp:
        key = Path(tmp) / "smoke.p12"
        who = Identity("Smoke Test", "BIF", "ST", "Gennemgår sager")
        cert = create_key(key, who, "smoke-kode-1")
        pdf = render_and_sign(summary, key, "smoke-kode-1", who)
    verdicts = [r.verdict for r in verify_pdf(pdf, [cert])]
    ok = verdicts == [Verdict.TRUSTED]
    print(f"summary_verified={int(ok)} pdf_bytes={len(pdf)}", flush=True)
    return ok and check_translations()


def check_translations() -> bool:
    """Both catalogues ship and translate (the .qm files travel as package data). Prints
    translations=da,en for those that work."""

    expected = {"da": "&Filer", "en": "&File"}
    working = []
    for language, text in expected.items():
        translator = QTranslator()
        if (
            translator.load(f"udsat_{language}", translations_folder())
            and translator.translate("MainWindow", "&Filer") == text
        ):
            working.append(language)
    print(f"translations={','.join(working)}", flush=True)
    return working == list(expected)
