import datetime as dt

from udsat_desktop.core.consent import (
    ConsentForm,
    ConsentPurpose,
    ConsentState,
    ConsentStatus,
    NextStepType,
    step_blocked_reason,
)

TODAY = dt.date(2026, 3, 1)


def state(purpose, status=ConsentStatus.GIVET, form=ConsentForm.MUNDTLIG, expires=None):
    return ConsentState(purpose, status, dt.date(2026, 2, 1), form, expires)


def test_steps_without_consent_need_nothing():
    assert step_blocked_reason(NextStepType.MENTOR, [], TODAY) is None


def test_plan_needs_consent_and_refusal_blocks():
    step = NextStepType.HELHEDSORIENTERET_PLAN
    assert "kræver samtykke" in step_blocked_reason(step, [], TODAY)
    assert step_blocked_reason(step, [state(ConsentPurpose.HELHEDSORIENTERET_PLAN)], TODAY) is None
    refused = state(ConsentPurpose.HELHEDSORIENTERET_PLAN, ConsentStatus.AFVIST)
    assert "afvist" in step_blocked_reason(step, [refused], TODAY)


def test_gp_contact_needs_written_consent():
    step = NextStepType.SUNDHEDSKOORDINATOR
    oral = state(ConsentPurpose.SUNDHEDSKOORDINATOR_LAEGE)
    assert "skriftligt" in step_blocked_reason(step, [oral], TODAY)
    written = state(ConsentPurpose.SUNDHEDSKOORDINATOR_LAEGE, form=ConsentForm.SKRIFTLIG)
    assert step_blocked_reason(step, [written], TODAY) is None


def test_expired_and_withdrawn_consents_do_not_hold():
    step = NextStepType.LAEGEATTEST_265
    expired = state(ConsentPurpose.HELBREDSOPLYSNINGER, expires=dt.date(2026, 2, 15))
    assert "udløbet" in step_blocked_reason(step, [expired], TODAY)
    given = state(ConsentPurpose.HELBREDSOPLYSNINGER)
    withdrawn = state(ConsentPurpose.HELBREDSOPLYSNINGER, ConsentStatus.TILBAGEKALDT)
    assert "tilbagekaldt" in step_blocked_reason(step, [given, withdrawn], TODAY)
    assert step_blocked_reason(step, [withdrawn, given], TODAY) is None  # newest counts
