"""Possibilities the ability rule must leave as hedges (a code review of the rule): a quantity that is the subject
("all the money could be lost"), and a time word that opens no clause ("Until then the plant could stay open")."""

from __future__ import annotations

import pytest

from core.facts.wording.ability import no_hedge
from core.facts.wording.scan import scan


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials said all the deaths could have been prevented.",
        "Analysts warned that all the money could be lost.",
        "Until then the plant could stay open, the company said.",
        "Before Christmas prices could rise again, traders said.",
    ],
)
def test_a_possibility_stays_a_hedge(sentence: str) -> None:
    side = scan(sentence)
    assert [no_hedge(side, item) for item in side.hedges if item.text == "could"] == [False]


@pytest.mark.parametrize(
    "sentence",
    [
        "We did all we could to save the mill.",
        "The crews worked until the bridge could be inspected.",
        "The school closed early so that teachers could attend.",
    ],
)
def test_an_ability_in_a_clause_is_still_no_hedge(sentence: str) -> None:
    side = scan(sentence)
    assert [no_hedge(side, item) for item in side.hedges if item.text == "could"] == [True]
