"""A negation restated by a negative prefix ("had not been checked" / "went unchecked") is the same claim; a
negation dropped with nothing in its place is still one."""

from __future__ import annotations

import pytest

from core.facts.wording import ChangeKind
from tests.test_core.change_notes import change_notes


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("The boiler had not been checked for years.", "The boiler went unchecked for years."),
        ("The rumour was not true, the inquiry found.", "The rumour was untrue, the inquiry found."),
        ("A deal is not possible this year, she said.", "A deal is impossible this year, she said."),
        ("The two sides did not agree on the route.", "The two sides disagreed on the route."),
    ],
)
def test_a_negation_said_by_a_prefix_is_no_change(left: str, right: str) -> None:
    assert change_notes(left, right, ChangeKind.NEGATION) == []


def test_a_negation_dropped_is_still_reported_beside_other_prefixed_words() -> None:
    left = "The boiler was not checked, and the unlocked door was left open."
    right = "The boiler was checked, and the unlocked door was left open."
    assert change_notes(left, right, ChangeKind.NEGATION) == ["negation dropped: “was not checked”"]
