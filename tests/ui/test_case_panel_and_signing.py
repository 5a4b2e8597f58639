"""The case panel says who and what, and follows: names instead of user ids, the status after
signing, consents recorded in the review, the versions of a corrected case; *Åbn underskrevet
PDF* opens the latest version. A new signing key asks for its passphrase twice, and one that
is too short is asked for again instead of stopping the signing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from udsat_desktop.platform.checklists import bundled_library
from udsat_desktop.store.cases import assign
from udsat_desktop.store.demo_reviews import build_demo_reviews
from udsat_desktop.store.models import Reviewer
from udsat_desktop.ui.review.signing_ui import NewKeyDialog

LIB = bundled_library()
KEY_PASS = "nøgle-kode-1"


def select_case(qtbot, main, case_key: str) -> None:
    main.filters.search.clear()
    qtbot.keyClicks(main.filters.search, case_key)
    qtbot.keyClick(main.filters.search, Qt.Key.Key_Down)


def a_ready_case(demo_db, profile):
    build_demo_reviews(demo_db, 2, profile.user_id, LIB, seed=5)
    return (
        demo_db.reader()
        .execute(
            'SELECT c.id, c.case_key FROM review r JOIN "case" c ON c.id = r.case_id '
            "WHERE r.status = 'klar' LIMIT 1"
        )
        .fetchone()
    )


def answer_new_key_dialog(qtbot, attempts: list[tuple[str, str]], seen: list[str]) -> None:
    """Type into the modal key dialog once it shows, pressing OK after each attempt."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, NewKeyDialog):
            QTimer.singleShot(20, act)
            return
        for first, second in attempts:
            dialog.first.setFocus()
            qtbot.keyClicks(dialog.first, first)
            qtbot.keyClicks(dialog.second, second)
            qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
            seen.append(dialog.message.text())

    QTimer.singleShot(0, act)


def test_a_new_key_asks_twice_and_again_when_too_short(
    qtbot, demo_db, profile, paths, make_window, monkeypatch, wait_tasks
):
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: pytest.fail(str(a[2])))
    _case_id, case_key = a_ready_case(demo_db, profile)
    main = make_window(demo_db, profile)
    select_case(qtbot, main, case_key)
    qtbot.keyClick(main.table, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    window = main.review_windows[-1]
    seen: list[str] = []
    answer_new_key_dialog(
        qtbot, [("kort", "kort"), ("en-lang-kode", "en-anden-kode"), ("", "en-lang-kode")], seen
    )
    # (the third attempt types only the repetition: the first field kept its text)
    qtbot.mouseClick(window.sign_button, Qt.MouseButton.LeftButton)
    assert "mindst 10 tegn" in seen[0] and "ikke ens" in seen[1]
    wait_tasks(main.runner)
    assert window.review.locked, "the signing went on with the passphrase given the third time"
    signed = [t for t in told if "underskrevet" in t]
    assert signed
    # where the signed PDF is kept, and how to open it again
    assert "gemmer den underskrevne PDF" in signed[-1] and "fællesmappen" in signed[-1]
    assert "Åbn underskrevet PDF" in signed[-1]
    assert main.panel.open_pdf.text().replace("&", "") == "Åbn underskrevet PDF"
    # the panel followed the signature without the case being selected again
    assert main.panel.fields["status"].text() == "Underskrevet"
    assert main.panel.fields["reviews"].text() == "Version 1: Underskrevet"
    assert main.panel.open_pdf.isEnabled()
    window.close()


def test_the_panel_shows_names_and_follows_consents(
    qtbot, demo_db, profile, make_window, monkeypatch
):
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes,
    )
    case_id, case_key = (
        demo_db.reader()
        .execute("SELECT id, case_key FROM \"case\" WHERE status = 'ny' LIMIT 1")
        .fetchone()
    )
    with demo_db.session() as s:
        s.add(Reviewer(user_id="sof-bb-0001", name="Bo Bæk", initials="BB", organisation="SOF"))
    assign(demo_db, [case_id], "sof-bb-0001")
    main = make_window(demo_db, profile)
    select_case(qtbot, main, case_key)
    assert main.panel.fields["assigned"].text() == "BB (SOF)"
    assert "sof-bb-0001" not in main.panel.fields["assigned"].text()
    qtbot.keyClick(main.table, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    window = main.review_windows[-1]
    names = [window.co_reviewer.itemText(i) for i in range(window.co_reviewer.count())]
    assert "BB (SOF)" in names and "sof-bb-0001" not in names
    consent_row = next(p for p in window.pages if p.section.kind == "consents")
    window.sections.setCurrentRow(window.pages.index(consent_row))
    row = consent_row.rows["helhedsorienteret_plan"]
    row["status"].setFocus()
    qtbot.keyClicks(row["status"], "G")  # "Givet"
    qtbot.mouseClick(row["button"], Qt.MouseButton.LeftButton)
    # the case is Bo's: recording a consent (an edit) asks first, naming him
    assert len(asked) == 1 and "tildelt BB (SOF)" in asked[0]
    # the panel beside the queue shows it at once
    assert (
        "Helhedsorienteret plan (LAB § 40, stk. 3): Givet" in main.panel.fields["consents"].text()
    )
    window.close()


def test_open_signed_pdf_opens_the_latest_version(
    qtbot, demo_db, profile, paths, make_window, monkeypatch, wait_tasks
):
    from udsat_desktop.flows.signing import sign_ready
    from udsat_desktop.store.reviews.review_flow import mark_ready, start_correction

    case_id, case_key = a_ready_case(demo_db, profile)
    sign_ready(demo_db, paths, profile, LIB, KEY_PASS, workers=1)
    old = (
        demo_db.reader()
        .execute(
            "SELECT id, review_key FROM review WHERE case_id = ? AND status = 'underskrevet'",
            (case_id,),
        )
        .fetchone()
    )
    new = start_correction(demo_db, old[0], profile.user_id, "ny lægeattest")
    assert (
        mark_ready(demo_db, new.id, profile.user_id, LIB.get(new.template_id, new.template_version))
        == []
    )
    sign_ready(demo_db, paths, profile, LIB, KEY_PASS, workers=1)
    main = make_window(demo_db, profile)
    select_case(qtbot, main, case_key)
    assert main.panel.fields["reviews"].text() == (
        "Version 1: Underskrevet – Erstattet af version 2\nVersion 2: Underskrevet"
        "\n  Rettelse: ny lægeattest"  # why (issue 29); no field was changed
    )
    qtbot.mouseClick(main.panel.open_pdf, Qt.MouseButton.LeftButton)
    # shown in the app's own viewer from the encrypted store: no plain file on disk
    viewer = main.signing_ctrl.print_dialog
    assert viewer.isVisible() and viewer.printer().docName() == f"{case_key}_{new.review_key}"
    assert not list(paths.data.rglob(f"*{new.review_key}*"))
    viewer.close()
    logged = (
        demo_db.reader()
        .execute(
            "SELECT count(*) FROM audit_log WHERE action = 'summary.open' AND case_id = ?",
            (case_id,),
        )
        .fetchone()[0]
    )
    assert logged == 1


def test_the_key_dialog_alone(qtbot):
    dialog = NewKeyDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.first, "1234567")
    qtbot.keyClicks(dialog.second, "1234567")
    qtbot.keyClick(dialog.second, Qt.Key.Key_Return)
    assert dialog.isVisible() and "mindst 10 tegn" in dialog.message.text()
    assert dialog.first.text() == "" and dialog.second.text() == ""
    qtbot.keyClicks(dialog.first, "1234567890")  # long enough, but the commonest of all
    qtbot.keyClicks(dialog.second, "1234567890")
    qtbot.keyClick(dialog.second, Qt.Key.Key_Return)
    assert dialog.isVisible() and "almindelig" in dialog.message.text()
    qtbot.keyClicks(dialog.first, "hest-og-vogn-ved-havet")
    qtbot.keyClicks(dialog.second, "hest-og-vogn-ved-havet")
    qtbot.keyClick(dialog.second, Qt.Key.Key_Return)
    assert dialog.result() == NewKeyDialog.DialogCode.Accepted
    assert dialog.passphrase() == "hest-og-vogn-ved-havet"
