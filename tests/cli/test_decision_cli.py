"""`udsat sign --ready` and decisions (issue 30, item 5): a ready review whose answers lead to
a decision but lack its records (partshøring, begrundelse, klagevejledning) is refused with
one Danish sentence naming what is missing, exit 2 as the other refusals of `sign`, and
nothing is signed. Signed with them, the summary prints an "Afgørelse" part; a review that
leads to no decision prints nothing of it (read back with poppler's `pdftotext`)."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from tests.conftest import PASSPHRASE
from tests.queued import pdf_of
from tests.store.test_decisions_store import prepared, without_records
from tests.store.test_reviews import TEMPLATE, TODAY, complete_answers
from udsat_desktop.cli import main
from udsat_desktop.store.lifecycle import open_existing
from udsat_desktop.store.models import Review
from udsat_desktop.store.queue import CaseFilter, CaseQueue
from udsat_desktop.store.reviews.review_flow import mark_ready, save_review

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils missing")
KEY_PASS = "nøgle-kode-1"


def text_of(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "s.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(out.stdout.split())


def statuses(db) -> dict[str, str]:
    return dict(db.reader().execute("SELECT review_key, status FROM review").fetchall())


def test_sign_refuses_a_decision_without_its_records_then_prints_them(
    demo_db, profile, paths, monkeypatch, capsys, tmp_path
):
    user = profile.user_id
    first, second = CaseQueue(demo_db).page(CaseFilter(statuses=frozenset({"ny"})), limit=2)
    decision = prepared(demo_db, user, first.id, complete_answers())
    assert mark_ready(demo_db, decision.id, user, TEMPLATE, today=TODAY) == []
    plain = prepared(
        demo_db,
        user,
        second.id,
        dict(without_records(), afklaringsretning="Anden indsats", anden_indsats="Bolig"),
    )
    assert mark_ready(demo_db, plain.id, user, TEMPLATE, today=TODAY) == []
    # the records gone from a ready review (as for one made ready before the template asked)
    with demo_db.session() as s:
        s.get(Review, decision.id).answers = json.dumps(without_records(), ensure_ascii=False)
    demo_db.close()
    monkeypatch.setenv("UDSAT_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("UDSAT_KEY_PASSPHRASE", KEY_PASS)
    args = ["sign", "--ready", "--data-dir", str(paths.data)]

    assert main(args) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert f"Intet er underskrevet: gennemgang {decision.review_key}: Afgørelse:" in err
    for label in ("Partshøring: dato", "Partshøring: form", "Begrundelse for afgørelsen"):
        assert label in err
    assert "Klagevejledning" in err
    db, _profile = open_existing(paths, PASSPHRASE)
    try:  # nothing signed, nothing queued: the other ready review waits too
        assert set(statuses(db).values()) >= {"klar"}
        assert statuses(db)[decision.review_key] == "klar"
        assert statuses(db)[plain.review_key] == "klar"
        assert db.reader().execute("SELECT count(*) FROM signed_pdf").fetchone() == (0,)
        # the reviewer records them: the review is a draft again until marked ready
        save_review(db, decision.id, complete_answers(), user, template=TEMPLATE)
        assert mark_ready(db, decision.id, user, TEMPLATE, today=TODAY) == []
    finally:
        db.close()

    assert main([*args, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["signed"] == 2
    db, _profile = open_existing(paths, PASSPHRASE)
    try:
        signed = text_of(pdf_of(db, decision.review_key), tmp_path)
        unrelated = text_of(pdf_of(db, plain.review_key), tmp_path)
    finally:
        db.close()
    part = signed[signed.index("Afgørelse Partshøring") :]
    assert "Partshøring: dato (forvaltningsloven § 19) 02.03.2026" in part
    assert "Partshøring: form Skriftlig" in part
    assert "Partshøring: borgerens bemærkninger" not in part  # "ingen bemærkninger" instead
    assert "Partshøring: borgeren havde ingen bemærkninger Ja" in part
    assert "Begrundelse for afgørelsen (forvaltningsloven §§ 22-24) Arbejdsevnen" in part
    assert "Klagevejledning (forvaltningsloven § 25) Du kan klage over afgørelsen" in part
    # the decision's part comes after the recommendation, before the signatures
    assert signed.index("Anbefaling") < signed.index("Afgørelse Partshøring")
    for word in ("Partshøring", "Klagevejledning", "forvaltningsloven"):
        assert word not in unrelated
