"""Rewordings a new-user review found misjudged: a degree said by its adjective ("serious injuries" / "seriously
hurt"), a refusal said with "declined to", and "on suspicion of" as the hedge it is."""

from __future__ import annotations

import pytest

from core.facts.wording import ChangeKind
from tests.test_core.change_notes import change_notes as notes


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("Two walkers were taken to hospital with serious injuries after the rockfall.",
         "Two walkers were seriously hurt in the rockfall and taken to hospital."),
        ("The barn was slightly damaged when the tree came down.",
         "The tree caused slight damage to the barn when it came down."),
    ],
)  # fmt: skip
def test_a_degree_said_by_its_adjective_is_no_hedge_change(left: str, right: str) -> None:
    assert notes(left, right, ChangeKind.HEDGE) == []


def test_a_degree_changed_in_another_word_class_still_counts() -> None:
    left = "The barn was slightly damaged when the tree came down."
    right = "The tree caused severe damage to the barn when it came down."
    assert notes(left, right, ChangeKind.HEDGE) == ["hedge dropped: slightly"]


@pytest.mark.parametrize(
    "right", ["The water board refused to comment on the leak.", "The water board would not comment on the leak."]
)
def test_declined_to_comment_is_the_same_refusal(right: str) -> None:
    left = "The water board declined to comment on the leak."
    assert notes(left, right, ChangeKind.NEGATION) == []


def test_a_refusal_dropped_with_declined_to() -> None:
    left = "The water board declined to comment on the leak."
    right = "The water board commented on the leak."
    assert notes(left, right, ChangeKind.NEGATION) == ["negation dropped: “board declined to comment”"]


def test_a_fall_with_declined_to_is_no_negation() -> None:
    left = "Sales declined to a ten-year low in the spring."
    right = "Sales fell to a ten-year low in the spring."
    assert notes(left, right, ChangeKind.NEGATION) == []


def test_on_suspicion_of_is_a_hedge_dropped_when_the_arrest_is_stated_as_fact() -> None:
    left = "A woman of 41 was arrested on suspicion of setting fire to the depot."
    assert notes(left, "A woman of 41 was arrested for setting fire to the depot.", ChangeKind.HEDGE) == [
        "hedge dropped: on suspicion of"
    ]
    assert notes(left, "A woman of 41 suspected of setting fire to the depot was arrested.", ChangeKind.HEDGE) == []
