"""One formatter for messages: arguments are filled in a single pass, and a joined list of
messages keeps each part's template (so the UI translates the list part by part)."""

from __future__ import annotations

import pickle

from udsat_desktop.core.text import Joined, Msg, fill, join


def test_fill_substitutes_in_a_single_pass():
    assert fill("%1 og %2", "fil%2.pdf", "B") == "fil%2.pdf og B"
    assert fill("%2 før %1", "a", "b") == "b før a"
    assert fill("%1 %", "12") == "12 %"  # a percent sign is not a marker
    assert fill("%1 af %3", "x") == "x af %3"  # a marker without a value stays
    assert fill("%10 og %1", *"abcdefghij") == "j og a"
    assert fill("Tilbagekald %1? … fra %1", "Jens") == "Tilbagekald Jens? … fra Jens"


def test_msg_arguments_are_not_substituted_again():
    msg = Msg("Filen {name} mangler {what}", name="{what}", what="x")
    assert msg == "Filen {what} mangler x"


def test_a_joined_list_keeps_its_parts():
    parts = [Msg("Navn skal udfyldes"), Msg("Ukendt samtykke: {purpose}", purpose="x"), "fri"]
    joined = join(parts)
    assert joined == "Navn skal udfyldes; Ukendt samtykke: x; fri"
    assert isinstance(joined, Msg) and joined.parts == tuple(parts)
    again = pickle.loads(pickle.dumps(joined))  # worker processes pickle messages
    assert isinstance(again, Joined) and again == joined
    assert [getattr(p, "template", None) for p in again.parts] == [
        "Navn skal udfyldes",
        "Ukendt samtykke: {purpose}",
        None,
    ]
    assert join(["a", "b"], ", ") == "a, b"
