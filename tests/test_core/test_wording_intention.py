"""Intention said before "to" ("plans to", "intends to", "hopes to", "aims to", "wants to") is a hedge: what is
meant to happen, not what will; "expected to" is of the group of "likely"."""

from __future__ import annotations

import pytest

from core.facts.wording import ChangeKind
from tests.test_core.change_notes import change_notes


@pytest.mark.parametrize(
    ("left", "right", "note"),
    [
        (
            "The trust plans to shut the ward in May.",
            "The trust will shut the ward in May.",
            "modality: plans to -> will",
        ),
        ("The firm hoped to settle the claim.", "The firm would settle the claim.", "modality: hoped to -> would"),
        ("The board intends to sell the site.", "The board is selling the site.", "hedge dropped: intends to"),
        (
            "The mayor opens the library on Friday.",
            "The mayor aims to open the library on Friday.",
            "hedge added: aims to",
        ),
    ],
)
def test_intention_stated_as_certain_is_a_hedge_change(left: str, right: str, note: str) -> None:
    assert change_notes(left, right, ChangeKind.HEDGE) == [note]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("The bridge is expected to reopen in June.", "The bridge is likely to reopen in June."),
        ("The governors plan to add two classes.", "The governors are planning to add two classes."),
        ("The council wants to build homes, its leader said.", "Its leader said the council wants to build homes."),
        ("Plans to build homes were approved.", "The plans to build homes were approved on Monday."),
        ("The film earned less than expected.", "The film flopped."),
        ("The city has a plan to move ten families a year.", "The city has plans to move ten families a year."),
        ("The expected price was about £500.", "It was expected to sell for about £500."),
    ],
)
def test_intention_said_on_both_sides_is_no_change(left: str, right: str) -> None:
    assert change_notes(left, right, ChangeKind.HEDGE) == []
