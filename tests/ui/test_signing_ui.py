"""Signing and verification from the window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.queued import copy_out, queued_names
from udsat_desktop.platform.checklists import bundled_library
from udsat_desktop.store.demo_reviews import build_demo_reviews
from udsat_desktop.store.reviews.review_flow import get_review

KEY_PASS = "nøgle-kode-1"


def test_sign_one_review_then_verify_it(
    qtbot, demo_db, profile, paths, make_window, monkeypatch, wait_tasks
):
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: pytest.fail(str(a[2])))
    build_demo_reviews(demo_db, 2, profile.user_id, bundled_library(), seed=5)
    case_id = (
        demo_db.reader().execute("SELECT case_id FROM review WHERE status = 'klar'").fetchone()[0]
    )
    main = make_window(demo_db, profile)
    # the password dialog
    monkeypatch.setattr(main.signing_ctrl, "ask_key_passphrase", lambda: KEY_PASS)
    win = main.open_review_for(case_id)
    assert win.sign_button.isVisibleTo(win)
    qtbot.mouseClick(win.sign_button, Qt.MouseButton.LeftButton)
    wait_tasks(main.runner)
    assert get_review(demo_db, win.review.id).status == "underskrevet"
    assert win.review.locked and win.correction_button.isVisibleTo(win)
    (name,) = queued_names(demo_db)  # waiting in the encrypted store: a copy to check
    pdf = copy_out(demo_db, name.split("_")[1], paths.data.parent / "kopi")
    dialog = main.signing_ctrl.open_verify()
    qtbot.keyClicks(dialog.path, str(pdf))
    qtbot.keyClick(dialog.path, Qt.Key.Key_Return)
    assert dialog.verdict.text() == "Alle underskrifter er intakte."
    assert dialog.table.item(0, 1).text() == "intakt, kendt underskriver"


def test_sign_all_ready_in_the_background(
    qtbot, demo_db, profile, paths, make_window, monkeypatch, wait_tasks
):
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    build_demo_reviews(demo_db, 6, profile.user_id, bundled_library(), seed=6)
    main = make_window(demo_db, profile)
    monkeypatch.setattr(main.signing_ctrl, "ask_key_passphrase", lambda: KEY_PASS)
    main.sign_all_action.trigger()
    assert main.signing_ctrl.sign_progress.isVisible()
    wait_tasks(main.runner, timeout=60000)
    assert shown and shown[0].startswith("3 gennemgange er underskrevet")
    assert len(queued_names(demo_db)) == 3 and not paths.outbox.exists()


@pytest.mark.expected_log(r"WARNING pyhanko.sign.validation.pdf_embedded: .*unsupported SubFilter")
def test_the_verify_dialog_says_a_signature_of_unknown_type_is_modified(
    qtbot, demo_db, profile, paths, make_window, tmp_path
):
    from tests.reports.test_verify import damage_subfilter
    from udsat_desktop.flows.signing import sign_review
    from udsat_desktop.store.signed_pdfs import signed_pdf

    build_demo_reviews(demo_db, 2, profile.user_id, bundled_library(), seed=5)
    rid = demo_db.reader().execute("SELECT id FROM review WHERE status = 'klar'").fetchone()[0]
    item = sign_review(demo_db, paths, profile, bundled_library(), rid, KEY_PASS)
    damaged = tmp_path / "ukendt-type.pdf"
    pdf = signed_pdf(demo_db, item.review_key)
    assert pdf is not None
    damaged.write_bytes(damage_subfilter(pdf))
    main = make_window(demo_db, profile)
    dialog = main.signing_ctrl.open_verify()
    qtbot.keyClicks(dialog.path, str(damaged))
    qtbot.keyClick(dialog.path, Qt.Key.Key_Return)
    assert dialog.verdict.text() == "Filen er IKKE i orden: ændret efter underskrift"
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == (
        "ændret efter underskrift (underskriftens type er ukendt eller beskadiget)"
    )
