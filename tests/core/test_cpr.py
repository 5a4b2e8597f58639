import datetime as dt
import random

import pytest

from udsat_desktop.core.cpr import CprError, mask_cpr, modulus11_ok, parse_cpr, synthetic_cpr


def test_valid_cpr_is_normalised_with_birth_date_and_sex():
    cpr = parse_cpr("0707614285")
    assert cpr.number == "070761-4285"
    assert cpr.birth_date == dt.date(1961, 7, 7)
    assert cpr.is_male is True
    assert cpr.masked == "070761-xxxx"


def test_impossible_date_is_rejected_with_a_danish_reason():
    with pytest.raises(CprError, match="fødselsdato findes ikke"):
        parse_cpr("310290-1234")


def test_modulus_11_failure_is_only_a_warning():
    cpr = parse_cpr("070761-4286")
    assert cpr.modulus11_ok is False
    assert cpr.number == "070761-4286"


@pytest.mark.parametrize(
    "raw, reason",
    [
        ("", "mangler"),
        (None, "mangler"),
        ("12345", "10 cifre"),
        ("07106A-3830", "cifre"),
    ],
)
def test_malformed_numbers_are_rejected(raw, reason):
    with pytest.raises(CprError, match=reason):
        parse_cpr(raw)


def test_leading_zero_lost_in_excel_is_restored():
    assert parse_cpr(710663830).number == "071066-3830"
    assert parse_cpr("710663830").number == "071066-3830"


def test_future_birth_date_is_rejected():
    with pytest.raises(CprError, match="fremtiden"):
        parse_cpr("010130-4001", today=dt.date(2026, 11, 24))


def test_mask_never_shows_the_serial():
    assert mask_cpr("0710663830") == "071066-xxxx"
    assert mask_cpr("") == "xxxxxx-xxxx"


def test_synthetic_numbers_decode_to_their_birth_date_and_sex():
    rng = random.Random(1)
    births = [dt.date(1960, 1, 1) + dt.timedelta(days=rng.randrange(17000)) for _ in range(500)]
    valid_mod11 = 0
    for birth in births:
        male = rng.random() < 0.5
        cpr = parse_cpr(synthetic_cpr(rng, birth, male=male))
        assert cpr.birth_date == birth
        assert cpr.is_male is male
        valid_mod11 += cpr.modulus11_ok
    assert 400 < valid_mod11 < 500  # mostly valid, a few exercise the warning


def test_modulus11_weights():
    assert modulus11_ok("0707614285")
    assert not modulus11_ok("0707614286")


def test_birth_date_rules_agree_with_python_stdnum():
    """Our fast date check and python-stdnum's must accept and reject the same numbers."""
    from stdnum.dk import cpr as stdnum_cpr
    from stdnum.exceptions import InvalidComponent

    from udsat_desktop.core.cpr import birth_date

    rng = random.Random(7)
    for _ in range(20000):
        digits = (
            f"{rng.randrange(1, 33):02d}{rng.randrange(1, 14):02d}{rng.randrange(100):02d}"
            f"{rng.randrange(10000):04d}"
        )
        try:
            expected = stdnum_cpr.get_birth_date(digits)
        except InvalidComponent:
            expected = None
        try:
            ours = birth_date(digits)
        except ValueError:
            ours = None
        assert ours == expected, digits


def test_cpr_numbers_in_free_text_are_masked_and_ids_are_left_alone():
    from udsat_desktop.core.cpr import mask_cpr_in_text

    text = "sag 0101901234 og 010190-1234; review R-0101901234AB, hash a0101901234f"
    assert mask_cpr_in_text(text) == (
        "sag 010190-xxxx og 010190-xxxx; review R-0101901234AB, hash a0101901234f"
    )
