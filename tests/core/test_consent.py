import datetime as dt

from udsat_desktop.core.consent import (
    ConsentForm,
    ConsentState,
    ConsentStatus,
    step_blocked_reason,
)
from udsat_desktop.platform.checklists import bundled_library

TODAY = dt.date(2026, 12, 1)
LIB = bundled_library()
VOCAB = LIB.merged()
CURRENT = LIB.pick("taskforce-gennemgang", TODAY).vocabulary


def step(type_id):
    return CURRENT.step_type(type_id)


def state(purpose, status=ConsentStatus.GIVEN, form=ConsentForm.ORAL, expires=None):
    return ConsentState(purpose, status, dt.date(2026, 11, 1), form, expires)


def test_steps_without_consent_need_nothing():
    assert step_blocked_reason(step("mentor"), [], TODAY, VOCAB) is None


def test_plan_needs_consent_under_lab_40_and_refusal_blocks():
    plan = step("helhedsorienteret_plan")
    assert plan.reference == "LAB § 40, stk. 3"
    assert "kræver samtykke" in step_blocked_reason(plan, [], TODAY, VOCAB)
    assert "LAB § 40, stk. 3" in step_blocked_reason(plan, [], TODAY, VOCAB)
    assert step_blocked_reason(plan, [state("helhedsorienteret_plan")], TODAY, VOCAB) is None
    refused = state("helhedsorienteret_plan", ConsentStatus.REFUSED)
    assert "afvist" in step_blocked_reason(plan, [refused], TODAY, VOCAB)


def test_gp_contact_needs_written_consent_but_health_advice_is_never_blocked():
    contact = step("sundhedskoordinator_egen_laege")
    oral = state("sundhedskoordinator_laege")
    assert "skriftligt" in step_blocked_reason(contact, [oral], TODAY, VOCAB)
    written = state("sundhedskoordinator_laege", form=ConsentForm.WRITTEN)
    assert step_blocked_reason(contact, [written], TODAY, VOCAB) is None
    # the sundhedsfaglig rådgivning rests on a legal basis, not a consent (DOMAIN.md §3)
    advice = step("sundhedskoordinator")
    assert advice.needs.legal_basis and advice.needs.consent is None
    assert step_blocked_reason(advice, [], TODAY, VOCAB) is None


def test_expired_and_withdrawn_consents_do_not_hold():
    attest = step("laegeattest_265")
    expired = state("helbredsoplysninger", expires=dt.date(2026, 11, 15))
    assert "udløbet" in step_blocked_reason(attest, [expired], TODAY, VOCAB)
    given = state("helbredsoplysninger")
    withdrawn = state("helbredsoplysninger", ConsentStatus.WITHDRAWN)
    assert "tilbagekaldt" in step_blocked_reason(attest, [given, withdrawn], TODAY, VOCAB)
    assert step_blocked_reason(attest, [withdrawn, given], TODAY, VOCAB) is None  # newest


def test_data_sharing_rests_on_legal_bases_and_consents_are_procedural():
    flows = {f.id: f for f in CURRENT.information_flows}
    sharing = flows["udveksling_bif_sof"]
    assert sharing.needs.consent is None
    basis = CURRENT.legal_basis(sharing.needs.legal_basis)
    assert "art. 6, stk. 1, litra e" in basis.reference and "art. 9" in basis.reference
    assert "databeskyttelsesloven" in basis.reference
    references = {c.id: c.reference for c in CURRENT.consents}
    assert references == {
        "helbredsoplysninger": "retssikkerhedsloven § 11 a",
        "helhedsorienteret_plan": "LAB § 40, stk. 3",
        "sundhedskoordinator_laege": "sundhedsloven § 43",
    }
    assert CURRENT.consent("udveksling_bif_sof") is None  # not a consent any more


def test_alcohol_treatment_is_separate_from_sel_101():
    assert step("misbrugsbehandling").reference == "SEL § 101"
    assert "alkohol" not in step("misbrugsbehandling").label.lower()
    assert step("alkoholbehandling").reference == "sundhedsloven § 141"


def test_an_old_step_keeps_a_label_from_the_newest_template_that_knows_it():
    assert VOCAB.step_label("helhedsorienteret_plan") == "Helhedsorienteret plan (LAB § 40, stk. 3)"
    assert VOCAB.step_label("unknown_type") == "unknown_type"
