"""Passphrase rules for the database and the signing key: long enough and not a common
password. No composition rules ("one digit, one capital"): they make passphrases harder to
remember, not to guess (NIST SP 800-63B)."""

from __future__ import annotations

import itertools
import unicodedata

from udsat_desktop.core.common_passwords import COMMON_PASSWORDS
from udsat_desktop.core.text import Msg

MIN_PASSPHRASE_LENGTH = 10
# Documented in the README: the demo database is synthetic, so its passphrase is public.
DEMO_PASSPHRASE = "udsat-demo-2737"

_EDGES = "0123456789 !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~§½£€¤"


def _stems(passphrase: str) -> set[str]:
    folded = unicodedata.normalize("NFC", passphrase).casefold().strip()
    return {folded, folded.strip(_EDGES), folded.replace(" ", "")}


def passphrase_problem(passphrase: str, *, demo: bool = False) -> Msg | None:
    """Why `passphrase` is too weak (one Danish sentence), or None. `demo` allows the public
    demo passphrase, for the synthetic demo database only."""
    if demo and passphrase == DEMO_PASSPHRASE:
        return None
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        return Msg(
            "Adgangskoden skal have mindst {minimum} tegn (fx tre-fire almindelige ord "
            "med bindestreg imellem).",
            minimum=MIN_PASSPHRASE_LENGTH,
        )
    stems = _stems(passphrase)
    if passphrase == DEMO_PASSPHRASE:
        return Msg(
            "Demo-databasens adgangskode er offentlig og må kun bruges til demo-data. "
            "Vælg en anden."
        )
    if (
        any(s in COMMON_PASSWORDS for s in stems)
        or len(set(passphrase)) <= 2
        or _is_sequence(passphrase)
    ):
        return Msg(
            "Adgangskoden er for almindelig og gættes let (den står på lister over "
            "lækkede adgangskoder). Vælg en længere sætning, som kun du kender."
        )
    return None


def _is_sequence(text: str) -> bool:
    """'1234567890', 'abcdefghij', '9876543210': one step up or down all the way."""
    steps = {ord(b) - ord(a) for a, b in itertools.pairwise(text)}
    return len(steps) == 1 and steps <= {1, -1}
