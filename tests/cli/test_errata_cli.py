"""`udsat sign --ready` after a template correction (issue 30): each ready review moves to the
corrected revision before it is signed and the output says what changed; a review whose
answer the correction removed is not signed and goes back to draft, and says so."""

from __future__ import annotations

import io
import json

import pypdf

from tests.conftest import PASSPHRASE
from tests.queued import pdf_of
from udsat_desktop.cli import main
from udsat_desktop.core.checklist.library import TemplateLibrary
from udsat_desktop.platform.checklists import bundled_library
from udsat_desktop.store.demo_reviews import build_demo_reviews
from udsat_desktop.store.lifecycle import open_existing
from udsat_desktop.store.models import Review

LIB = bundled_library()
BEFORE = TemplateLibrary([t for t in LIB.templates if t.revision == 1])
KEY_PASS = "nøgle-kode-1"


def lead_to_no_decision(db) -> None:
    """The ready reviews recommend a measure that leads to no decision: the corrected
    template would otherwise ask for the decision's records, which a review on the first
    revision cannot have (tests/cli/test_decision_cli.py tests that refusal)."""
    decision = {"Fleksjob", "Tilskud til selvstændig", "Førtidspension", "Ressourceforløb"}
    with db.session() as s:
        for row in s.query(Review).filter_by(status="klar"):
            answers = json.loads(row.answers)
            if answers.get("afklaringsretning") in decision:
                answers["afklaringsretning"] = "Anden indsats"
                answers["anden_indsats"] = "Afklaring af bolig"
                row.answers = json.dumps(answers, ensure_ascii=False)


def test_sign_ready_applies_the_correction_and_says_so(
    demo_db, profile, paths, monkeypatch, capsys
):
    _made, ready = build_demo_reviews(demo_db, 3, profile.user_id, BEFORE, seed=5, all_ready=True)
    assert ready == 3
    keys = [
        r[0]
        for r in demo_db.reader().execute(
            "SELECT review_key FROM review WHERE status = 'klar' ORDER BY id"
        )
    ]
    with demo_db.session() as s:  # one ready review chose an option the correction removes
        row = s.query(Review).filter_by(review_key=keys[0]).one()
        answers = json.loads(row.answers)
        answers["afklaringsretning"] = "Nyt jobafklaringsforløb"
        row.answers = json.dumps(answers, ensure_ascii=False)
    lead_to_no_decision(demo_db)
    demo_db.close()
    monkeypatch.setenv("UDSAT_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("UDSAT_KEY_PASSPHRASE", KEY_PASS)

    assert main(["sign", "--ready", "--data-dir", str(paths.data), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["signed"] == 2
    by_review = {e["review"]: e for e in out["errata"]}
    assert set(by_review) == set(keys)  # every ready review was told of its correction
    removed = by_review[keys[0]]
    assert removed["signed"] is False and removed["to_revision"] == 2
    assert removed["removed"] == ["Afklaringsretning: »Nyt jobafklaringsforløb«"]
    assert any("LAB § 40, stk. 3" in c for c in removed["changes"])

    db, _profile = open_existing(paths, PASSPHRASE)
    try:
        status = dict(db.reader().execute("SELECT review_key, status FROM review").fetchall())
        assert status[keys[0]] == "kladde"  # back to draft: an answer must be chosen again
        signed_text = " ".join(
            p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf_of(db, keys[1]))).pages
        )
        assert "rettelse 2" in signed_text  # signed on the corrected revision, and it says so
    finally:
        db.close()


def test_sign_ready_says_in_danish_what_the_correction_changed(
    demo_db, profile, paths, monkeypatch, capsys
):
    _made, ready = build_demo_reviews(demo_db, 1, profile.user_id, BEFORE, seed=5, all_ready=True)
    assert ready == 1
    lead_to_no_decision(demo_db)
    demo_db.close()
    monkeypatch.setenv("UDSAT_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("UDSAT_KEY_PASSPHRASE", KEY_PASS)
    assert main(["sign", "--ready", "--data-dir", str(paths.data)]) == 0
    out = capsys.readouterr().out
    assert "1 gennemgang underskrevet" in out
    assert "er rettet (rettelse 2)" in out and "bruger nu den rettede udgave" in out
    assert "LAB § 40, stk. 3" in out
