"""Names written with an ampersand ("A&E", "AT&T", "Marks & Spencer") are one name each, not their pieces; an
acronym with a possessive ("the WHO's") is the acronym."""

from __future__ import annotations

import pytest

from core.facts.wording import ChangeKind
from core.facts.wording.names import name_units
from core.facts.wording.scan import scan
from tests.test_core.change_notes import change_notes


def names(left: str, right: str) -> list[str]:
    return change_notes(left, right, ChangeKind.NAMES)


def test_an_ampersand_inside_a_word_or_between_names_makes_one_name() -> None:
    text = "Nurses at A&E told P&O Ferries and Johnson & Johnson that AT&T's line was down."
    assert [u.text for u in name_units(scan(text))] == ["A&E", "P&O Ferries", "Johnson & Johnson", "AT&T's"]


@pytest.mark.parametrize(
    ("left", "right", "found"),
    [
        ("Queues at the Leeds A&E grew all winter.", "Queues at the Leeds emergency ward grew all winter.",
         ["name dropped: Leeds A&E"]),
        ("The ferry firm cut 300 jobs on Friday.", "P&O cut 300 jobs on Friday.", ["name added: P&O"]),
        ("Prices at AT&T went up again.", "Prices at Vodafone went up again.", ["name changed: AT&T -> Vodafone"]),
        ("The drug maker recalled the syrup.", "Johnson & Johnson recalled the syrup.",
         ["name added: Johnson & Johnson"]),
    ],
)  # fmt: skip
def test_a_name_with_an_ampersand_is_reported_whole(left: str, right: str, found: list[str]) -> None:
    assert names(left, right) == found


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("Shoppers at Marks & Spencer spent less in March.", "Shoppers at M&S spent less in March."),
        ("Staff at P&G were told of the cuts.", "Staff at Procter & Gamble were told of the cuts."),
        ("The World Health Organization gave new advice.", "The WHO's new advice was given."),
        ("Doctors at the NHS’s biggest trust agreed.", "Doctors at the biggest National Health Service trust agreed."),
        ("Tess Quarry's lawyers appealed.", "The lawyers for Quarry appealed."),
    ],
)  # fmt: skip
def test_an_acronym_with_an_ampersand_or_a_possessive_is_the_name(left: str, right: str) -> None:
    assert names(left, right) == []
