"""Reviews in the store: status flow, locking and versions, consent gating, audit chain."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from udsat_desktop.core.checklist.model import DEFAULT_TEMPLATE
from udsat_desktop.core.consent import (
    ConsentForm,
    ConsentStatus,
    StepOrganisation,
)
from udsat_desktop.platform.checklists import bundled_library
from udsat_desktop.store import audit
from udsat_desktop.store.queue import CaseFilter, CaseQueue, get_case
from udsat_desktop.store.reviews.consents import record_consent
from udsat_desktop.store.reviews.followups import follow_up
from udsat_desktop.store.reviews.next_steps import add_next_step, next_steps_of_case
from udsat_desktop.store.reviews.review_flow import (
    mark_ready,
    open_review,
    save_review,
    start_correction,
)
from udsat_desktop.store.reviews.signing import lock_signed
from udsat_desktop.store.reviews.state import READY, SIGNED, ReviewLocked, StepBlocked

LIB = bundled_library()
TODAY = dt.date(2026, 3, 2)
TEMPLATE = LIB.get(DEFAULT_TEMPLATE, "2026")


def complete_answers() -> dict:
    answers = {f.id: "Beskrivelse med konkrete eksempler." for f in TEMPLATE.sections[0].fields}
    answers.update(
        {
            "timer_pr_uge": 10.0,
            "arbejdsintensitet": "Nedsat",
            "skaanehensyn": "Ingen løft.",
            "udviklingsmuligheder": "Kan øges gradvist.",
            "tidshorisont": "6–12 måneder",
            "observationer": [
                {
                    "kilde": "Mentor",
                    "kilde_navn": "Ida Holm",
                    "dato": "2026-02-20",
                    "observation": "Møder stabilt.",
                    "stoettebehov": "Let",
                }
            ],
            "borgerens_syn": "»Jeg vil gerne i gang.«",
            "borger_inddraget": True,
            "afklaringsretning": "Fleksjob",
            "taet_paa_afklaring": True,
            "forelaeg_rehab": True,
            "rehab_begrundelse": "Arbejdsevnen er varigt nedsat.",
            "afvejet": ["Helbred"],
            # fleksjob leads to a decision: its hearing, reasons and appeal guidance (issue 30)
            "partshoering_dato": TODAY.isoformat(),
            "partshoering_form": "Skriftlig",
            "partshoering_ingen_bemaerkninger": True,
            "afgoerelse_begrundelse": "Arbejdsevnen er varigt og væsentligt begrænset.",
            "klagevejledning": TEMPLATE.field("klagevejledning").default,
        }
    )
    return answers


def give_all_consents(db, case_id, user):
    for consent in TEMPLATE.vocabulary.consents:
        purpose = consent.id
        form = ConsentForm.WRITTEN if consent.written_required else ConsentForm.ORAL
        record_consent(db, case_id, purpose, ConsentStatus.GIVEN, TODAY, form, user, today=TODAY)


@pytest.fixture
def case_id(demo_db):
    return CaseQueue(demo_db).page(CaseFilter(statuses=frozenset({"ny"})), limit=1)[0].id


def test_opening_starts_a_review_on_the_template_of_the_day(demo_db, profile, case_id):
    review = open_review(demo_db, case_id, profile.user_id, LIB, today=TODAY)
    assert (review.template_id, review.template_version, review.version) == (
        DEFAULT_TEMPLATE,
        "2026",
        1,
    )
    assert get_case(demo_db, case_id).status == "under_gennemgang"
    again = open_review(demo_db, case_id, profile.user_id, LIB, today=TODAY)
    assert again.id == review.id
    old = open_review(demo_db, case_id + 1, profile.user_id, LIB, today=dt.date(2025, 9, 1))
    assert old.template_version == "2025"


def test_full_flow_to_ready_locked_and_corrected(demo_db, profile, case_id):
    user = profile.user_id
    review = open_review(demo_db, case_id, user, LIB, today=TODAY)
    save_review(
        demo_db,
        review.id,
        complete_answers(),
        user,
        template=TEMPLATE,
        section="vurdering",
        field="afvejet",
        co_reviewer="sof-ab-05",
    )
    problems = mark_ready(demo_db, review.id, user, TEMPLATE, today=TODAY)
    assert any("Samtykke" in p for p in problems)
    assert any("Næste skridt" in p for p in problems)
    give_all_consents(demo_db, case_id, user)
    for step in ("rehabiliteringsteam", "laegeattest_265", "mentor"):
        add_next_step(
            demo_db,
            case_id,
            step,
            StepOrganisation.BIF,
            user,
            person="Ida",
            deadline=TODAY + dt.timedelta(days=14),
            review_id=review.id,
            today=TODAY,
        )
    assert mark_ready(demo_db, review.id, user, TEMPLATE, today=TODAY) == []
    assert get_case(demo_db, case_id).status == "klar_til_underskrift"

    signed = lock_signed(demo_db, review.id, user)
    assert signed.status == SIGNED and signed.co_reviewer == "sof-ab-05"
    with pytest.raises(ReviewLocked):
        save_review(demo_db, review.id, {}, user, template=TEMPLATE)
    correction = start_correction(demo_db, review.id, user, "ny lægeattest", today=TODAY)
    assert (correction.version, correction.replaces_review_id) == (2, review.id)
    assert correction.answers == signed.answers
    assert get_case(demo_db, case_id).status == "under_gennemgang"


def test_editing_a_ready_review_takes_it_back_to_draft(demo_db, profile, case_id):
    user = profile.user_id
    review = open_review(demo_db, case_id, user, LIB, today=TODAY)
    save_review(demo_db, review.id, complete_answers(), user, template=TEMPLATE)
    give_all_consents(demo_db, case_id, user)
    add_next_step(demo_db, case_id, "mentor", StepOrganisation.BIF, user, today=TODAY)
    assert mark_ready(demo_db, review.id, user, TEMPLATE, today=TODAY) == []
    changed = dict(complete_answers(), timer_pr_uge=12.0)
    state = save_review(demo_db, review.id, changed, user, template=TEMPLATE)
    assert state.status != READY
    assert get_case(demo_db, case_id).status == "under_gennemgang"


def test_consent_gating_and_withdrawal_flags_steps(demo_db, profile, case_id):
    user = profile.user_id
    with pytest.raises(StepBlocked, match="kræver samtykke"):
        add_next_step(
            demo_db, case_id, "helhedsorienteret_plan", StepOrganisation.BIF, user, today=TODAY
        )
    record_consent(
        demo_db,
        case_id,
        "helhedsorienteret_plan",
        ConsentStatus.GIVEN,
        TODAY,
        ConsentForm.ORAL,
        user,
        today=TODAY,
    )
    step = add_next_step(
        demo_db, case_id, "helhedsorienteret_plan", StepOrganisation.SOF, user, today=TODAY
    )
    flagged = record_consent(
        demo_db,
        case_id,
        "helhedsorienteret_plan",
        ConsentStatus.WITHDRAWN,
        TODAY,
        ConsentForm.ORAL,
        user,
        today=TODAY,
    )
    assert flagged == [step.id]
    (stored,) = next_steps_of_case(demo_db, case_id)
    assert "tilbagekaldt" in stored.consent_flag
    with pytest.raises(StepBlocked, match="skriftligt"):
        record_consent(
            demo_db,
            case_id,
            "sundhedskoordinator_laege",
            ConsentStatus.GIVEN,
            TODAY,
            ConsentForm.ORAL,
            user,
            today=TODAY,
        )
        add_next_step(
            demo_db,
            case_id,
            "sundhedskoordinator_egen_laege",
            StepOrganisation.REGION,
            user,
            today=TODAY,
        )
    # the sundhedsfaglig rådgivning rests on a legal basis: no consent can block it
    add_next_step(
        demo_db, case_id, "sundhedskoordinator", StepOrganisation.REGION, user, today=TODAY
    )


def test_follow_up_lists_open_and_overdue_steps(demo_db, profile, case_id):
    user = profile.user_id
    add_next_step(
        demo_db,
        case_id,
        "mentor",
        StepOrganisation.BIF,
        user,
        person="Ida",
        deadline=TODAY - dt.timedelta(days=3),
        today=TODAY,
    )
    add_next_step(
        demo_db,
        case_id,
        "herberg",
        StepOrganisation.SOF,
        user,
        person="Bo",
        deadline=TODAY + dt.timedelta(days=3),
        today=TODAY,
    )
    rows = follow_up(demo_db, today=TODAY)
    assert [r.step.type for r in rows] == ["mentor", "herberg"]
    assert rows[0].step.overdue(TODAY) and not rows[1].step.overdue(TODAY)
    assert [r.step.type for r in follow_up(demo_db, organisation="SOF", today=TODAY)] == ["herberg"]
    assert [r.step.person for r in follow_up(demo_db, overdue_only=True, today=TODAY)] == ["Ida"]


def test_every_save_and_status_change_is_audited_in_a_verifiable_chain(demo_db, profile, case_id):
    user = profile.user_id
    review = open_review(demo_db, case_id, user, LIB, today=TODAY)
    save_review(demo_db, review.id, {"timer_pr_uge": 5.0}, user, template=TEMPLATE)
    actions = [e[3] for e in audit.entries(demo_db, case_id)]
    assert actions == ["case.status", "review.create", "review.save"]
    assert audit.verify_chain(demo_db) is None
    log_text = " ".join(str(e) for e in audit.entries(demo_db))
    assert "Beskrivelse" not in log_text  # what was typed is not in the log


def test_audit_chain_finds_edits_and_deletions(demo_db, profile, case_id):
    user = profile.user_id
    for i in range(5):
        with demo_db.session() as s:
            audit.append(s, user, "case.read", case_id, n=i)
    assert audit.verify_chain(demo_db) is None
    with demo_db.session() as s, pytest.raises(Exception, match="append-only"):
        s.execute(text("UPDATE audit_log SET action = 'x' WHERE id = 2"))
    rows = list(
        demo_db.reader().execute(
            "SELECT id, at, user_id, action, case_id, details, prev_hash, hash FROM audit_log "
            "ORDER BY id"
        )
    )
    edited = [list(r) for r in rows]
    edited[2][3] = "case.export"
    assert audit.verify_rows(edited).entry_id == rows[2][0]
    deleted = rows[:2] + rows[3:]
    assert audit.verify_rows(deleted).entry_id == rows[3][0]
    swapped = [rows[0], rows[2], rows[1], *rows[3:]]
    assert audit.verify_rows(swapped).entry_id == rows[2][0]


def test_saving_the_same_answers_in_another_shape_keeps_a_ready_review_ready(
    demo_db, profile, case_id
):
    user = profile.user_id
    review = open_review(demo_db, case_id, user, LIB, today=TODAY)
    answers = dict(complete_answers(), afvejet=["Helbred", "Beskæftigelse"], dokumentation=[])
    save_review(demo_db, review.id, answers, user, template=TEMPLATE)
    give_all_consents(demo_db, case_id, user)
    add_next_step(demo_db, case_id, "mentor", StepOrganisation.BIF, user, today=TODAY)
    assert mark_ready(demo_db, review.id, user, TEMPLATE, today=TODAY) == []
    same = dict(complete_answers(), afvejet=["Beskæftigelse", "Helbred"], anden_indsats="")
    assert save_review(demo_db, review.id, same, user, template=TEMPLATE).status == READY


def test_every_count_of_overdue_steps_follows_the_one_rule(demo_db, profile):
    """The start-up reminder, `udsat stats`, the follow-up list and the case export count
    overdue next steps with core's rule; they agree with each other and with the rule."""
    from udsat_desktop.core.consent import step_overdue
    from udsat_desktop.store.case_facts import stats
    from udsat_desktop.store.dashboard import case_rows
    from udsat_desktop.store.demo_reviews import build_demo_reviews
    from udsat_desktop.store.queue import overdue_step_count
    from udsat_desktop.store.reviews.followups import follow_up
    from udsat_desktop.store.reviews.next_steps import next_steps_of_case

    build_demo_reviews(demo_db, 30, profile.user_id, LIB, seed=102)
    today = dt.date.today()
    case_ids = [r[0] for r in demo_db.reader().execute("SELECT DISTINCT case_id FROM next_step")]
    by_rule = sum(
        step_overdue(st.status, st.deadline, today)
        for cid in case_ids
        for st in next_steps_of_case(demo_db, cid)
    )
    assert by_rule > 0, "the demo reviews have deadlines in the past"
    assert overdue_step_count(demo_db) == by_rule
    assert stats(demo_db)["next_steps"]["overdue"] == by_rule
    local = [r for r in follow_up(demo_db, overdue_only=True) if r.source == "lokal"]
    assert len(local) == by_rule and all(r.step.overdue(today) for r in local)
    assert sum(row[-1] for row in case_rows(demo_db, LIB)) == by_rule
    # tomorrow, a step due today is late too
    tomorrow = today + dt.timedelta(days=1)
    assert overdue_step_count(demo_db, tomorrow) == sum(
        step_overdue(st.status, st.deadline, tomorrow)
        for cid in case_ids
        for st in next_steps_of_case(demo_db, cid)
    )


def test_adding_and_changing_a_step_check_its_type_consent_and_note_alike(
    demo_db, profile, case_id
):
    from udsat_desktop.store.errors import StoreError
    from udsat_desktop.store.reviews.next_steps import update_next_step

    user = profile.user_id
    with pytest.raises(StoreError, match="Ukendt type"):
        add_next_step(demo_db, case_id, "findes_ikke", StepOrganisation.BIF, user, today=TODAY)
    with pytest.raises(StoreError, match="dækker over"):
        add_next_step(demo_db, case_id, "andet", StepOrganisation.BIF, user, today=TODAY)
    step = add_next_step(
        demo_db,
        case_id,
        "andet",
        StepOrganisation.BIF,
        user,
        today=TODAY,
        note="Kontakt til boligsocial vejleder",
    )

    def change(step_type, note):
        return update_next_step(
            demo_db,
            step.id,
            user,
            step_type=step_type,
            organisation=StepOrganisation.BIF,
            person=None,
            deadline=None,
            note=note,
            today=TODAY,
        )

    with pytest.raises(StoreError, match="Ukendt type"):
        change("findes_ikke", "x")
    with pytest.raises(StoreError, match="dækker over"):
        change("andet", "  ")
    with pytest.raises(StepBlocked, match="kræver samtykke"):
        change("helhedsorienteret_plan", None)  # a new type: its consent is checked
    assert change("mentor", None).type == "mentor"
    (stored,) = next_steps_of_case(demo_db, case_id)
    assert (stored.type, stored.note) == ("mentor", None)
