"""A review filled in by keyboard and mouse, closed, reopened and found as it was left."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QApplication, QLabel

from udsat_desktop.store.queue import CaseFilter, CaseQueue, get_case
from udsat_desktop.store.reviews import get_review, next_steps_of_case
from udsat_desktop.ui.review.review_pages import ConsentPage, FieldsPage
from udsat_desktop.ui.review.review_steps import NextStepsPage
from udsat_desktop.ui.review.review_view import OPEN_REVIEW_KEY


@pytest.fixture
def window_and_case(qtbot, demo_db, profile, make_window):
    main = make_window(demo_db, profile)
    case = CaseQueue(demo_db).page(CaseFilter(statuses=frozenset({"ny"})), limit=1)[0]
    return main, case


def open_by_keyboard(qtbot, main, case):
    qtbot.keyClicks(main.filters.search, case.case_key)
    qtbot.keyClick(main.filters.search, Qt.Key.Key_Down)
    qtbot.keyClick(main.table, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    review_window = main.review_windows[-1]  # a child window of the main window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is review_window)
    return review_window


def page(win, section_id):
    for p in win.pages:
        if p.section.id == section_id:
            return p
    raise KeyError(section_id)


def click(qtbot, widget):
    """Scroll the widget into view, as a person would, and click it."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, FieldsPage):
        parent = parent.parentWidget()
    if parent is not None:
        parent.ensureWidgetVisible(widget)
    # a check box reacts on its box and text, not on the empty width beside them
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(8, widget.height() // 2))


def type_into(qtbot, editor, text):
    editor.input.setFocus()
    target = getattr(editor, "edit", None) or editor.input
    qtbot.keyClicks(target, text)


def pick(qtbot, combo, index):
    """Choose an entry of a closed drop-down by keyboard, as a user does: Home, then Down."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(index):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentIndex() == index


def choose(qtbot, editor, text):
    combo = editor.input
    index = combo.findText(text)
    assert index >= 0, text
    pick(qtbot, combo, index)


def fill_everything(qtbot, win):
    sag = page(win, "sagsoplysning")
    for editor in sag.editors.values():
        type_into(qtbot, editor, f"Beskrivelse af {editor.field.id}. Kilde: samtale.")
    qtbot.keyClick(win, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert win.current_section().id == "arbejdsevne"
    evne = page(win, "arbejdsevne")
    type_into(qtbot, evne.editors["timer_pr_uge"], "12,5")
    choose(qtbot, evne.editors["arbejdsintensitet"], "Nedsat")
    type_into(qtbot, evne.editors["skaanehensyn"], "Ingen løft over 5 kg.")
    type_into(qtbot, evne.editors["udviklingsmuligheder"], "Kan øges gradvist.")
    choose(qtbot, evne.editors["tidshorisont"], "6–12 måneder")
    assert evne.editors["dokumentation_note"].isHidden()
    click(qtbot, evne.editors["dokumentation"].boxes[0])
    assert not evne.editors["dokumentation_note"].isHidden()
    type_into(qtbot, evne.editors["dokumentation_note"], "LÆ 265 af 03.02.2026.")

    qtbot.keyClick(win, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    obs = page(win, "observationer").editors["observationer"]
    click(qtbot, obs.add_button)
    _frame, subs = obs.items[0]
    by_id = {e.field.id: e for e in subs}
    choose(qtbot, by_id["kilde"], "Bostøtte")
    type_into(qtbot, by_id["kilde_navn"], "Ida Holm")
    type_into(qtbot, by_id["dato"], "20.02.2026")
    type_into(qtbot, by_id["observation"], "Møder stabilt, når der ringes dagen før.")
    choose(qtbot, by_id["stoettebehov"], "Moderat")

    qtbot.keyClick(win, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    persp = page(win, "borgerens_perspektiv")
    type_into(qtbot, persp.editors["borgerens_syn"], "»Jeg vil gerne i gang.«")
    choose(qtbot, persp.editors["borgerens_deltagelse"], "Deltog i samtalen")

    qtbot.keyClick(win, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    consents = page(win, "samtykke")
    assert isinstance(consents, ConsentPage)
    for purpose, row in consents.rows.items():
        pick(qtbot, row["status"], row["status"].findText("Givet"))
        if purpose == "sundhedskoordinator_laege":
            assert row["form"].currentText() == "Skriftligt"
        qtbot.mouseClick(row["button"], Qt.MouseButton.LeftButton)
    assert "registreret" in consents.message.text()

    qtbot.keyClick(win, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    vurd = page(win, "vurdering")
    choose(qtbot, vurd.editors["afklaringsretning"], "Fleksjob")
    choose(qtbot, vurd.editors["taet_paa_afklaring"], "Nej")
    choose(qtbot, vurd.editors["forelaeg_rehab"], "Ja")
    type_into(qtbot, vurd.editors["rehab_begrundelse"], "Varigt nedsat arbejdsevne.")
    assert vurd.editors["laege_265_begrundelse"].isHidden()  # a LÆ 265 is in the case
    for area in ("afvejet_beskaeftigelse", "afvejet_sociale", "afvejet_helbred"):
        type_into(qtbot, vurd.editors[area], "Afprøvet uden varig fremgang.")

    # fleksjob leads to a decision: its hearing, reasons and appeal guidance (issue 30)
    qtbot.keyClick(win, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert win.current_section().id == "afgoerelse"
    decision = page(win, "afgoerelse")
    type_into(qtbot, decision.editors["partshoering_dato"], dt.date.today().strftime("%d.%m.%Y"))
    choose(qtbot, decision.editors["partshoering_form"], "Skriftlig")
    type_into(qtbot, decision.editors["partshoering_bemaerkninger"], "Enig i beskrivelsen.")
    type_into(qtbot, decision.editors["afgoerelse_begrundelse"], "Varigt nedsat arbejdsevne.")
    click(qtbot, decision.editors["klagevejledning"].default_button)

    qtbot.keyClick(win, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    steps = page(win, "naeste_skridt")
    assert isinstance(steps, NextStepsPage)
    deadline = (dt.date.today() + dt.timedelta(days=14)).strftime("%d.%m.%Y")
    for label in (
        "Forelæg sagen for rehabiliteringsteamet",
        "Indhent lægeattest (LÆ 265)",
        "Mentor (LAB §§ 167-171)",
    ):
        pick(qtbot, steps.type, steps.type.findText(label))
        qtbot.keyClicks(steps.person, "Karen Holm")
        qtbot.keyClicks(steps.deadline, deadline)
        qtbot.mouseClick(steps.add, Qt.MouseButton.LeftButton)
        assert steps.message.text() == ""
    assert steps.table.rowCount() == 3


def test_fill_a_whole_review_and_mark_ready(qtbot, window_and_case, demo_db):
    main, case = window_and_case
    before = get_case(demo_db, case.id).status
    win = open_by_keyboard(qtbot, main, case)
    assert get_case(demo_db, case.id).status == before  # reading changes nothing
    assert win.template.version == "2026-12"  # the corrected template valid today
    assert win.newer_label.isHidden() and win.move_button.isHidden()
    fill_everything(qtbot, win)
    qtbot.mouseClick(win.ready_button, Qt.MouseButton.LeftButton)
    assert win.problems.text() == "", win.problems.text()
    assert get_case(demo_db, case.id).status == "klar_til_underskrift"
    shown = main.model.row_object(main.model.row_of_case(case.id))
    assert shown.status == "klar_til_underskrift"  # the queue follows without a reload
    assert all(win.sections.item(i).text().startswith("✓") for i in range(8))
    assert len(next_steps_of_case(demo_db, case.id)) == 3


def test_inline_validation_and_markers(qtbot, window_and_case):
    main, case = window_and_case
    win = open_by_keyboard(qtbot, main, case)
    evne = page(win, "arbejdsevne")
    win.focus_field("timer_pr_uge")
    type_into(qtbot, evne.editors["timer_pr_uge"], "45")
    assert "Højst 37 timer/uge" in evne.editors["timer_pr_uge"].error.text()
    assert win.sections.item(1).text().endswith("(0/5)")
    qtbot.mouseClick(win.ready_button, Qt.MouseButton.LeftButton)
    assert "Kan ikke markeres klar" in win.problems.text()
    missing = [win.missing.item(i).text() for i in range(win.missing.count())]
    assert sum(t.startswith("Sagsoplysning › ") for t in missing) == 9  # each field named
    assert any("Højst 37 timer/uge" in t for t in missing), missing
    assert "Skal udfyldes" in page(win, "sagsoplysning").editors["helbred"].error.text()


def test_consent_gates_next_step_in_the_screen(qtbot, window_and_case):
    main, case = window_and_case
    win = open_by_keyboard(qtbot, main, case)
    steps = page(win, "naeste_skridt")
    pick(
        qtbot,
        steps.type,
        steps.type.findText("Sundhedskoordinatorens kontakt til egen læge (sundhedsloven § 43)"),
    )
    qtbot.mouseClick(steps.add, Qt.MouseButton.LeftButton)
    assert "kræver samtykke" in steps.message.text()
    assert steps.table.rowCount() == 0
    # the health advice itself rests on a legal basis: no consent blocks it (DOMAIN.md §3)
    pick(
        qtbot,
        steps.type,
        steps.type.findText("Inddrag sundhedskoordinator (sundhedsfaglig rådgivning)"),
    )
    qtbot.mouseClick(steps.add, Qt.MouseButton.LeftButton)
    assert steps.message.text() == "" and steps.table.rowCount() == 1


def test_close_reopen_finds_everything_where_it_was(
    qtbot, window_and_case, demo_db, profile, make_window
):
    main, case = window_and_case
    win = open_by_keyboard(qtbot, main, case)
    sag = page(win, "sagsoplysning")
    type_into(qtbot, sag.editors["helbred"], "Depression, behandles hos egen læge.")
    win.focus_field("forsoergelseshistorik")
    type_into(qtbot, sag.editors["forsoergelseshistorik"], "Kontanthjælp siden 2012.")
    qtbot.waitUntil(lambda: win.review.id != 0)  # the draft is made once the first key is handled
    review_id = win.review.id
    assert QSettings().value(OPEN_REVIEW_KEY) is not None
    win.close()
    assert QSettings().value(OPEN_REVIEW_KEY) is None
    stored = get_review(demo_db, review_id)
    assert stored.answers["helbred"] == "Depression, behandles hos egen læge."
    assert stored.current_field == "forsoergelseshistorik"
    again = main.open_review_for(case.id)
    assert again.review.id == review_id
    assert (
        page(again, "sagsoplysning").editors["forsoergelseshistorik"].value()
        == "Kontanthjælp siden 2012."
    )


def test_autosave_within_a_second_without_save(qtbot, window_and_case, demo_db):
    main, case = window_and_case
    win = open_by_keyboard(qtbot, main, case)
    editor = page(win, "sagsoplysning").editors["udfordringer"]
    type_into(qtbot, editor, "Bor på herberg.")
    with qtbot.waitSignal(win.saved, timeout=1000):
        pass
    assert get_review(demo_db, win.review.id).answers["udfordringer"] == "Bor på herberg."


def test_signed_review_is_read_only(qtbot, window_and_case, demo_db, profile):
    from udsat_desktop.store.reviews import lock_signed
    from udsat_desktop.ui.review.review_window import ReviewWindow

    main, case = window_and_case
    win = open_by_keyboard(qtbot, main, case)
    fill_everything(qtbot, win)
    qtbot.mouseClick(win.ready_button, Qt.MouseButton.LeftButton)
    signed = lock_signed(demo_db, win.review.id, profile.user_id)
    win.close()
    locked = ReviewWindow(demo_db, profile, main.library, signed)
    qtbot.addWidget(locked)
    editor = page(locked, "sagsoplysning").editors["helbred"]
    assert not editor.input.isEnabled()
    assert locked.correction_button.isVisibleTo(locked)
    assert "skrivebeskyttet" in locked.problems.text()


def test_follow_up_view_lists_overdue_steps(qtbot, window_and_case, demo_db, profile):
    from udsat_desktop.core.consent import StepOrganisation
    from udsat_desktop.store.reviews import add_next_step

    main, case = window_and_case
    add_next_step(
        demo_db,
        case.id,
        "mentor",
        StepOrganisation.BIF,
        profile.user_id,
        person="Ida",
        deadline=dt.date.today() - dt.timedelta(days=2),
    )
    add_next_step(
        demo_db,
        case.id,
        "herberg",
        StepOrganisation.SOF,
        profile.user_id,
        deadline=dt.date.today() + dt.timedelta(days=2),
    )
    qtbot.keyClick(
        main, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    view = main.review_ctrl.follow_up_window
    assert view.table.rowCount() == 2 and "heraf 1 overskredet" in view.count.text()
    qtbot.mouseClick(view.overdue, Qt.MouseButton.LeftButton)
    assert view.table.rowCount() == 1 and view.table.item(0, 3).text() == "Ida"
    qtbot.mouseClick(view.overdue, Qt.MouseButton.LeftButton)
    assert not view.overdue.isChecked()
    pick(qtbot, view.org, view.org.findData("SOF"))
    assert view.table.rowCount() == 1 and view.table.item(0, 2).text() == "SOF"


def test_consents_visible_from_the_queue_and_co_reviewer_recorded(qtbot, window_and_case, demo_db):
    main, case = window_and_case
    win = open_by_keyboard(qtbot, main, case)
    win.sections.setCurrentRow(4)
    consents = page(win, "samtykke")
    row = consents.rows["helhedsorienteret_plan"]
    pick(qtbot, row["status"], row["status"].findText("Givet"))
    qtbot.mouseClick(row["button"], Qt.MouseButton.LeftButton)
    sof = win.co_reviewer.findText("SOF", Qt.MatchFlag.MatchContains)
    assert sof > 0
    pick(qtbot, win.co_reviewer, sof)
    chosen = win.co_reviewer.currentData()
    win.close()
    assert get_review(demo_db, win.review.id).co_reviewer == chosen
    main.queue_ctrl.show_case_of_row(main.model.row_of_case(case.id))
    assert (
        "Helhedsorienteret plan (LAB § 40, stk. 3): Givet" in main.panel.fields["consents"].text()
    )
    # sharing between BIF and SOF rests on a legal basis: shown, never asked as a consent
    assert "udveksling_bif_sof" not in consents.rows
    labels = " ".join(w.text() for w in consents.findChildren(QLabel))
    assert "Hjemmel: Behandling som led i myndighedsudøvelse" in labels


def test_a_draft_on_an_older_template_is_told_and_moves_its_answers(
    qtbot, window_and_case, demo_db, profile, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    from udsat_desktop.platform.checklists import default_library
    from udsat_desktop.store.reviews import open_review, save_review

    main, case = window_and_case
    library = default_library()
    old = library.get("taskforce-gennemgang", "2026")
    draft = open_review(demo_db, case.id, profile.user_id, library, today=dt.date(2026, 3, 2))
    save_review(
        demo_db,
        draft.id,
        {
            "timer_pr_uge": 10.0,
            "borger_inddraget": True,
            "afklaringsretning": "Indsats under sygedagpenge",
        },
        profile.user_id,
        template=old,
    )
    win = open_by_keyboard(qtbot, main, case)
    assert win.template.version == "2026"  # the review keeps the template it was started on
    assert win.move_button.isVisibleTo(win) and "2026-12" in win.newer_label.text()
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    qtbot.mouseClick(win.move_button, Qt.MouseButton.LeftButton)
    assert "Afklaringsretning" in told[0] and "Har borgeren deltaget" in told[0]
    moved = main.review_windows[-1]  # opened by the one place that wires review windows
    assert moved.template.version == "2026-12"
    review = get_review(demo_db, draft.id)
    assert review.template_version == "2026-12"
    assert review.answers == {"timer_pr_uge": 10.0}  # what no longer exists is not carried
    assert moved.move_button.isHidden()
    moved.close()


def test_a_window_builds_only_the_page_it_shows_and_keeps_the_others_answers(
    qtbot, window_and_case
):
    main, case = window_and_case
    win = open_by_keyboard(qtbot, main, case)
    fields = [p for p in win.pages if isinstance(p, FieldsPage)]
    assert fields[0].built and not any(p.built for p in fields[1:])
    first_id = fields[0].section.fields[0].id
    type_into(qtbot, fields[0].editors[first_id], "Fra første side.")
    qtbot.keyClick(win, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert win.current_section().id == "arbejdsevne"
    assert fields[1].built and not any(p.built for p in fields[2:])
    type_into(qtbot, page(win, "arbejdsevne").editors["timer_pr_uge"], "12,5")
    win.zoom(1)  # a page made later takes the form's text size too
    qtbot.keyClick(win, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    later = win.pages[win.stack.currentIndex()]
    if isinstance(later, FieldsPage):
        editor = next(iter(later.editors.values()))
        assert editor.input.font().pointSizeF() == win.stack.font().pointSizeF()
    win.zoom(0)
    qtbot.keyClick(win, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: win.review.id != 0)  # made after the first key
    review_id = win.review.id
    win.close()
    stored = get_review(main.db, review_id).answers
    assert stored[first_id] == "Fra første side." and stored["timer_pr_uge"] == 12.5

    again = main.open_review_for(case.id)  # back where it was left: only that page is made
    assert again.current_section().id == "arbejdsevne"
    again_fields = [p for p in again.pages if isinstance(p, FieldsPage)]
    assert not again_fields[0].built and again_fields[1].built
    assert not again.changed_in_session()
    hours = again_fields[1].editors["timer_pr_uge"]
    hours.input.setFocus()
    target = getattr(hours, "edit", None) or hours.input
    qtbot.keyClick(target, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(target, "14")
    again.close()
    stored = get_review(main.db, review_id).answers
    assert stored["timer_pr_uge"] == 14  # the change is saved ...
    assert stored[first_id] == "Fra første side."  # ... and the unseen page's answer kept


def test_a_signed_review_reads_at_wcag_aa_contrast_and_its_help_zooms(
    qtbot, window_and_case, demo_db, profile
):
    """Grey on grey was about 1.6:1; read-only fields keep the normal text colour on the
    window colour (at least 4.5:1), and Ctrl++ enlarges the help texts with the fields."""
    from PySide6.QtGui import QPalette

    from udsat_desktop.store.reviews import lock_signed
    from udsat_desktop.ui.common.theme import contrast_ratio
    from udsat_desktop.ui.review.review_window import ReviewWindow

    main, case = window_and_case
    win = open_by_keyboard(qtbot, main, case)
    fill_everything(qtbot, win)
    qtbot.mouseClick(win.ready_button, Qt.MouseButton.LeftButton)
    signed = lock_signed(demo_db, win.review.id, profile.user_id)
    win.close()
    locked = ReviewWindow(demo_db, profile, main.library, signed)
    qtbot.addWidget(locked)
    locked.show()
    fields = page(locked, "sagsoplysning").editors
    disabled = QPalette.ColorGroup.Disabled
    checked = 0
    for editor in fields.values():
        widget = getattr(editor, "edit", None) or editor.input
        palette = widget.palette()
        if not widget.isEnabled():
            text = palette.color(disabled, QPalette.ColorRole.Text)
            background = palette.color(disabled, QPalette.ColorRole.Base)
            label = palette.color(disabled, QPalette.ColorRole.WindowText)
            window = palette.color(disabled, QPalette.ColorRole.Window)
        else:  # read-only but enabled (a number field)
            text = palette.color(QPalette.ColorRole.Text)
            background = palette.color(QPalette.ColorRole.Base)
            label = palette.color(QPalette.ColorRole.WindowText)
            window = palette.color(QPalette.ColorRole.Window)
        assert contrast_ratio(text, background) >= 4.5, editor.field.id
        assert contrast_ratio(label, window) >= 4.5, editor.field.id
        checked += 1
    assert checked >= 3
    # the help text's own colour (a style sheet) against the window
    helper = next(e for e in fields.values() if e.help.text() and not e.help.isHidden())
    colour = helper.help.styleSheet().split("color:")[1].split(";")[0].strip()
    from PySide6.QtGui import QColor

    window = helper.help.palette().color(QPalette.ColorRole.Window)
    assert contrast_ratio(QColor(colour), window) >= 4.5
    # Ctrl++ twice: the help text grows with the form
    before = helper.help.font().pointSizeF()
    locked.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is locked)
    for _ in range(2):
        qtbot.keyClick(locked, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert helper.help.font().pointSizeF() > before * 1.2
    assert helper.help.font().pointSizeF() < helper.label.font().pointSizeF()
    qtbot.keyClick(locked, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert abs(helper.help.font().pointSizeF() - before) < 0.01
