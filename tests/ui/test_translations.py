"""Danish and English UI: complete catalogues, no untranslated text on the main screens, the
language switch in Indstillinger, and dates and numbers in the chosen locale.

The screen walk installs a *marking* translator: it returns every English translation
wrapped in ⟦…⟧ and nothing for a text the catalogue lacks. A text on screen that is neither
inside ⟦…⟧ nor the case data itself (names, case keys, units …) never went through the
translation system, or has no English translation: the test names it and where it is.
"""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QModelIndex, Qt, QTimer, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QTableWidget,
    QWidget,
)

from tests.queued import copy_out
from udsat_desktop.ui.common.i18n import (
    fmt_date,
    fmt_number,
    install_translations,
    translations_folder,
    uninstall_translations,
)

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
OPEN, CLOSE = "⟦", "⟧"
PLACEHOLDER = re.compile(r"%L?n|%\d|\{[a-z_]+\}")


def test_every_text_in_the_source_has_a_translation_in_both_catalogues():
    """`packaging/i18n.py check` refreshes copies of the .ts files from the source: a text
    added without a Danish and an English translation fails here (and in CI)."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "i18n.py"), "check"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("language", ["da", "en"])
def test_translations_keep_their_placeholders(language):
    root = ET.parse(I18N / f"udsat_{language}.ts").getroot()
    wrong = []
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.findall("numerusform")] or [
            translation.text or ""
        ]
        for form in forms:
            if sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(source)):
                wrong.append(f"{source!r} -> {form!r}")
        names = re.sub(r"LÆ \d+|København|Køge|Dansk|Høj", "", "".join(forms))  # names, input words
        if language == "en" and any(c in names for c in "æøåÆØÅ"):
            wrong.append(f"Danish letters in the English text for {source!r}")
    assert not wrong, "\n".join(wrong)


def test_the_compiled_catalogues_are_those_of_the_ts_files(tmp_path):
    """The .qm the app loads is built from the .ts by `make i18n`; a stale one would show
    old texts. Compile afresh and compare."""
    for language in ("da", "en"):
        qm = I18N / f"udsat_{language}.qm"
        assert qm.exists(), f"{qm.name} missing: run `make i18n`"
        fresh = tmp_path / qm.name
        subprocess.run(
            [
                str(Path(sys.executable).parent / "pyside6-lrelease"),
                "-silent",
                str(I18N / f"udsat_{language}.ts"),
                "-qm",
                str(fresh),
            ],
            check=True,
        )
        assert fresh.read_bytes() == qm.read_bytes(), f"{qm.name} is stale: run `make i18n`"


@pytest.fixture
def use_language(qapp):
    """Switch the app's language for one test; Danish (the default) again afterwards."""
    yield lambda language: install_translations(qapp, language)
    uninstall_translations(qapp)
    QLocale.setDefault(QLocale("da_DK"))


# ------------------------------------------------------------------ the screen walk


class Marking(QTranslator):
    """English, every translated text marked; Qt's own texts (English source) marked too."""

    def __init__(self, ours: set[str]) -> None:
        super().__init__()
        self.english = QTranslator()
        assert self.english.load("udsat_en", translations_folder()), "run `make i18n`"
        self.ours = ours

    def translate(self, context, source, disambiguation=None, n=-1):
        if context not in self.ours:  # Qt's own widgets: English is their source language
            return f"{OPEN}{source}{CLOSE}"
        text = self.english.translate(context, source, disambiguation, n)
        return f"{OPEN}{text}{CLOSE}" if text else ""

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def marked_english(qapp):
    contexts = {
        c.findtext("name") for c in ET.parse(I18N / "udsat_en.ts").getroot().iter("context")
    }
    install_translations(qapp, "en")
    uninstall_translations(qapp)  # keep the English locale, use the marking translator
    marking = Marking({c for c in contexts if c})
    qapp.installTranslator(marking)
    yield
    qapp.removeTranslator(marking)
    QLocale.setDefault(QLocale("da_DK"))


# Complexity (C901): one branch per kind of widget whose text a user can read.
def _texts(root: QWidget) -> Iterator[tuple[str, str]]:  # noqa: C901
    """(where, text) for everything a user can read on `root` and its children."""
    for widget in [root, *root.findChildren(QWidget)]:
        where = f"{type(widget.window()).__name__}/{type(widget).__name__}"
        if widget.isWindow():
            yield where + " title", widget.windowTitle()
        yield where + " tooltip", widget.toolTip()
        yield where + " accessible name", widget.accessibleName()
        if isinstance(widget, QLabel):
            yield where, re.sub(r"<[^>]+>", " ", widget.text())
        elif isinstance(widget, QAbstractButton):
            yield where, widget.text()
        elif isinstance(widget, QGroupBox):
            yield where, widget.title()
        elif isinstance(widget, QLineEdit | QPlainTextEdit):
            yield where + " placeholder", widget.placeholderText()
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                yield where + " item", widget.itemText(i)
        elif isinstance(widget, QAbstractSpinBox):
            yield where + " special", widget.specialValueText()
        elif isinstance(widget, QListWidget):
            for i in range(min(widget.count(), 30)):
                yield where + " item", widget.item(i).text()
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # a list model keeps columnCount to itself: one column
                columns = 1
            for c in range(columns):
                yield (
                    where + " header",
                    str(
                        model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
                        or ""
                    ),
                )
        if isinstance(widget, QTableWidget):  # labels the app puts in cells (statuses …)
            data_columns = widget.property("dataColumns") or []  # a record's own content
            for r in range(min(widget.rowCount(), 20)):
                for c in range(widget.columnCount()):
                    item = widget.item(r, c)
                    if item is not None and c not in data_columns:
                        yield where + f" cell {c}", item.text()
        for action in widget.actions():
            yield where + " action", action.text()
            yield where + " action tooltip", action.toolTip()
            if isinstance(action.menu(), QMenu):
                yield from _texts(action.menu())
        if type(widget).__name__ == "QChartView":
            chart = widget.chart()
            yield where + " chart", chart.title()
            for series in chart.series():
                yield where + " series", series.name()
            for axis in chart.axes():
                for category in getattr(axis, "categories", list)():
                    yield where + " category", category


def _unmarked(text: str, data: list[str]) -> str:
    """What is left of `text` after taking out marked translations and the case data."""
    previous = None
    while previous != text:  # innermost first: a translation may hold another one
        previous = text
        text = re.sub(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}", " ", text)
    for value in data:
        text = text.replace(value, " ")
    text = re.sub(r"\b(Ctrl|Shift|Alt|PgDown|PgUp|F\d+|v\d+|\w)\b", " ", text)  # keys
    return text if re.search(r"[^\W\d_]", text) else ""


def _data_values(main) -> list[str]:
    from udsat_desktop.core.cpr import mask_cpr

    values: set[str] = set(main._reviewer_names.values())
    values |= {
        main.profile.name,
        main.profile.initials,
        main.profile.user_id,
        str(main.paths.data),
        str(main.paths.logs),
    }
    for row in main.db.reader().execute(
        "SELECT name, case_key, cpr, caseworker, jobcenter_unit, benefit_type, "
        'sof_contact, note FROM "case"'
    ):
        values |= {v for v in row if v}
        values.add(mask_cpr(row[2]))
    for (person,) in main.db.reader().execute("SELECT DISTINCT person FROM next_step"):
        values.add(person or "")
    for name, organisation in main.db.reader().execute("SELECT name, organisation FROM reviewer"):
        values.add(f"{name} ({organisation})")
    return sorted((v for v in values if v.strip()), key=len, reverse=True)


def _screens(qtbot, main) -> Iterator[QWidget]:
    from udsat_desktop.core.meetings import AgendaItem
    from udsat_desktop.ui.coordinator.meeting_dialogs import NewMeetingDialog, OutcomeDialog
    from udsat_desktop.ui.queue.import_dialog import ImportDialog
    from udsat_desktop.ui.start_dialogs import FirstRunDialog, UnlockDialog
    from udsat_desktop.ui.team.sync_dialogs import AssignDialog

    yield main
    review = main.open_review_for(main.model.row_object(0).id)
    qtbot.addWidget(review)
    review.try_ready()  # shows the problems that stop it, with their messages
    yield review
    for index in range(review.sections.count()):
        review.sections.setCurrentRow(index)
        yield review.stack.currentWidget()
    for opener in (
        main.admin_ctrl.open_settings,
        main.team_ctrl.open_sync_log,
        main.review_ctrl.open_follow_up,
        main.meetings_ctrl.open_dashboard,
        main.meetings_ctrl.open_meetings,
        main.admin_ctrl.open_audit_log,
        main.signing_ctrl.open_verify,
        main.admin_ctrl.show_shortcuts,
    ):
        window = opener()
        qtbot.addWidget(window)
        yield window
    item = AgendaItem(
        "ABCD-1234",
        "R-1",
        0,
        "010101-xxxx",
        "Jonna Krogh",
        "JC Valby",
        recommendation="Fleksjob",
        weighed={"helbred": "LÆ 265"},
    )
    for dialog in (
        NewMeetingDialog(),
        OutcomeDialog(dt.date(2026, 1, 20), item),
        AssignDialog([("bif-kh-1", "KH (Karen Holm)")], 3),
        ImportDialog(main.db, main.paths, main.profile, main.runner, main),
        FirstRunDialog(main.paths),
        UnlockDialog(main.paths),
    ):
        qtbot.addWidget(dialog)
        yield dialog
    # a signed review: read-only, with its correction button; and its PDF verified
    from udsat_desktop.flows.signing import sign_review
    from udsat_desktop.platform.checklists import bundled_library
    from udsat_desktop.store.demo_reviews import build_demo_reviews

    build_demo_reviews(main.db, 2, main.profile.user_id, bundled_library(), seed=5)
    review_id, case_id = (
        main.db.reader().execute("SELECT id, case_id FROM review WHERE status = 'klar'").fetchone()
    )
    item = sign_review(
        main.db, main.paths, main.profile, bundled_library(), review_id, "nøgle-kode-1"
    )
    signed = main.open_review_for(case_id)
    qtbot.addWidget(signed)
    yield signed
    verify = main.signing_ctrl.open_verify()
    qtbot.addWidget(verify)
    verify.path.setText(str(copy_out(main.db, item, main.paths.data.parent / "kopi")))
    verify.check()
    yield verify
    main.locker.lock()
    yield main
    main.locker.try_unlock("forkert")  # the refusal message
    yield main


def test_every_text_on_the_main_screens_is_translated_to_english(
    qtbot, demo_db, profile, paths, make_window, marked_english
):
    main = make_window(demo_db, profile)
    shown = [
        (where, text)
        for screen in _screens(qtbot, main)
        for where, text in _texts(screen)
        if text.strip()
    ]
    data = _data_values(main)  # after the walk: it adds reviews, next steps and people
    seen = len(shown)
    problems = {f"{where}: {text!r}" for where, text in shown if _unmarked(text, data)}
    about: list[str] = []

    def read_about() -> None:
        box = QApplication.activeModalWidget()
        about.extend(t for _w, t in _texts(box) if t.strip())
        box.close()

    QTimer.singleShot(0, read_about)
    main.admin_ctrl.show_about()
    problems |= {f"About: {t!r}" for t in about if _unmarked(t, data)}
    assert seen > 800  # the walk really read the screens
    assert about and not problems, f"{len(problems)} untranslated:\n" + "\n".join(sorted(problems))


def test_the_walk_finds_a_text_that_bypasses_translation(
    qtbot, demo_db, profile, make_window, marked_english
):
    """The detector itself: a Danish literal set straight on a widget is reported."""
    main = make_window(demo_db, profile)
    main.count_label.setText("Viser 3 sager")
    left = [t for _w, t in _texts(main) if _unmarked(t, _data_values(main))]
    assert "Viser 3 sager" in left


# ------------------------------------------------------------------ switch and locale


def test_language_is_switched_in_settings_and_applies_at_the_next_start(
    qtbot, qapp, demo_db, profile, paths, make_window, use_language
):
    from udsat_desktop.platform.settings import load_settings
    from udsat_desktop.ui.startup import install_qt_translation

    main = make_window(demo_db, profile)
    assert main.menuBar().actions()[0].text() == "&Filer"
    dialog = main.admin_ctrl.open_settings()
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.language_note.isVisibleTo(dialog)  # "… når programmet startes igen"
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert load_settings(paths.config).language == "en"
    assert "udsat_en" in install_qt_translation(qapp, paths)  # what the next start does
    again = make_window(demo_db, profile)
    assert [a.text() for a in again.menuBar().actions()][:2] == ["&File", "&View"]
    assert again.count_label.text().endswith("cases")
    review = again.open_review_for(again.model.row_object(0).id)
    qtbot.addWidget(review)
    assert review.ready_button.text() == "Mark &ready to sign"
    assert (
        review.sections.item(0).text().endswith(")")
        and "Case information" in review.sections.item(0).text()
    )


@pytest.mark.parametrize(
    ("language", "date", "number"),
    [("da", "24.11.2026", "1.234,5"), ("en", "24/11/2026", "1,234.5")],
)
def test_dates_and_numbers_follow_the_chosen_language(use_language, language, date, number):
    use_language(language)
    assert fmt_date(dt.date(2026, 11, 24)) == date
    assert fmt_number(1234.5, 1) == number


def test_a_core_message_is_shown_in_english(use_language):
    from udsat_desktop.core.consent import step_blocked_reason
    from udsat_desktop.platform.checklists import merged_vocabulary
    from udsat_desktop.ui.common.i18n import localize

    vocab = merged_vocabulary()
    reason = step_blocked_reason(
        vocab.step_type("sundhedskoordinator_egen_laege"), [], dt.date(2026, 12, 1), vocab
    )
    assert "kræver samtykke" in reason  # the Danish text for the CLI and the PDFs
    assert vocab.consent_label("sundhedskoordinator_laege") in reason
    use_language("en")
    assert localize(reason) == (
        "“The health coordinator's contact with the GP (sundhedsloven "
        "§ 43)” requires consent: The health coordinator's contact "
        "with the GP (sundhedsloven § 43). Record the consent first."
    )


@pytest.mark.parametrize(
    ("language", "one", "many"), [("da", "1 sag", "2.737 sager"), ("en", "1 case", "2,737 cases")]
)
def test_counts_use_the_language_s_plural_forms(use_language, language, one, many):
    from udsat_desktop.core.danish import one_or_many
    from udsat_desktop.ui.common.i18n import fill, fmt_number, translate

    use_language(language)

    def cases(n: int) -> str:  # as the queue's count line says it (queue_controller)
        forms = translate("QueueController", "%1 sag"), translate("QueueController", "%1 sager")
        return fill(one_or_many(n, *forms), fmt_number(n))

    assert cases(1) == one
    assert cases(2737) == many


def test_every_translatable_text_is_visible_to_lupdate():
    """lupdate reads string literals in `tr(...)`/`translate(...)` calls; a call inside an
    f-string, or with a computed text, never reaches the catalogue."""
    import ast

    hidden = []
    for path in sorted((ROOT / "udsat_desktop" / "ui").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            calls = (
                [n for n in ast.walk(node) if isinstance(n, ast.Call)]
                if isinstance(node, ast.JoinedStr)
                else []
            )
            for call in calls:
                name = getattr(call.func, "attr", getattr(call.func, "id", ""))
                if name in ("tr", "translate"):
                    hidden.append(f"{path.name}:{call.lineno}: tr() inside an f-string")
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "attr", "") == "tr"
                and node.args
                and not isinstance(node.args[0], ast.Constant)
            ):
                hidden.append(f"{path.name}:{node.lineno}: tr() of a computed text")
    assert not hidden, "\n".join(hidden)


def test_a_joined_problem_list_is_shown_in_english(use_language, paths):
    from udsat_desktop.core.status import Organisation, Role
    from udsat_desktop.store.errors import StoreError
    from udsat_desktop.store.lifecycle import initialise
    from udsat_desktop.ui.common.i18n import error_text, fill

    with pytest.raises(StoreError) as caught:
        initialise(paths, "korrekt-hest-batteri", " ", "K", Organisation.BIF, Role.REVIEWER)
    assert str(caught.value) == "Navn skal udfyldes; Initialer skal være 2-6 bogstaver"
    use_language("en")
    assert error_text(caught.value) == ("Name must be filled in; Initials must be 2–6 letters")
    # and as an argument of a translated text, filled in one pass
    assert fill("%1 (%2)", caught.value.args[0], "%1") == (
        "Name must be filled in; Initials must be 2–6 letters (%1)"
    )


def test_the_no_forum_sentence_and_a_refusal_s_outcome_are_shown_in_english(
    use_language, tmp_path, monkeypatch
):
    """Issue 30: the sentence for a day whose template has no forum was untranslated; a
    refused consent's note requirement names the template's outcome, translated too."""
    import yaml

    from udsat_desktop.core.checklist.model import TemplateError
    from udsat_desktop.core.consent import ConsentStatus
    from udsat_desktop.platform import checklists
    from udsat_desktop.platform.checklists import bundled_folder, require_forum, use_library
    from udsat_desktop.store.reviews import refusal_problem
    from udsat_desktop.ui.common.i18n import error_text, localize

    raw = yaml.safe_load(
        (bundled_folder() / "taskforce-gennemgang-2026-12.yaml").read_text(encoding="utf-8")
    )
    raw.update(version="uden-forum", valid_from="2031-01-01")
    del raw["vocabulary"]["forum"]
    (tmp_path / "t.yaml").write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    monkeypatch.setenv(checklists.CHECKLIST_DIR_ENV, str(tmp_path))
    use_library(None)
    try:
        with pytest.raises(TemplateError) as caught:
            require_forum(dt.date(2031, 2, 3))
        template = checklists.default_library().pick("taskforce-gennemgang", dt.date(2027, 2, 1))
    finally:
        use_library(None)
    assert "intet forum" in str(caught.value)
    _outcome, missing = refusal_problem(template, "helbredsoplysninger", ConsentStatus.REFUSED, "")
    assert missing is not None and "skal en note sige" in missing
    use_language("en")
    assert error_text(caught.value) == (
        "The template in force on 03.02.2031 has no forum to present cases to, so no meetings "
        "are held that day"
    )
    assert localize(missing) == (
        "When the consent “Obtaining information from doctors, hospitals and employers” is "
        "refused, a note must say what it means for the case: The information is not "
        "obtained; the case is decided on the information available (retssikkerhedsloven "
        "§ 11 b)"
    )
