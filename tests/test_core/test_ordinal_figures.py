"""Ordinals written in digits and in words are one figure; a count and an ordinal of one value pair."""

from __future__ import annotations

import pytest

from core import article_from_text, compare

OTHER = "The club said the next race would be held on the coast road in the spring."


def findings(left: str, right: str) -> list[tuple[str, str, str, str]]:
    comparison = compare(article_from_text(f"{left}\n\n{OTHER}"), article_from_text(f"{right}\n\n{OTHER}"))
    return [
        (f.status.value, f.left.text if f.left else "", f.right.text if f.right else "", f.note)
        for f in comparison.numbers
    ]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (
            "The home runner finished 2nd in the hill race on Sunday, ahead of the favourite.",
            "The home runner finished second in the hill race on Sunday, ahead of the favourite.",
        ),
        (
            "The home runner finished first in the hill race on Sunday, ahead of the favourite.",
            "The home runner finished 1st in the hill race on Sunday, ahead of the favourite.",
        ),
        (
            "The town marked the 21st anniversary of the bridge with a parade.",
            "The town marked the twenty-first anniversary of the bridge with a parade.",
        ),
    ],
)
def test_an_ordinal_in_digits_and_in_words_is_the_same_figure(left: str, right: str) -> None:
    found = findings(left, right)
    ordinals = [f for f in found if f[1] in left and f[2] in right and f[0] == "same"]
    assert ordinals, found
    assert not [f for f in found if f[0] in ("removed", "added")], found


def test_an_ordinal_changed_from_digits_to_another_word_is_not_the_same() -> None:
    found = findings(
        "The home runner finished 2nd in the hill race on Sunday, ahead of the favourite.",
        "The home runner finished first in the hill race on Sunday, ahead of the favourite.",
    )
    assert ("same", "2nd", "first", "") not in [(s, a, b, "") for s, a, b, _ in found]
    assert any(status != "same" and left == "2nd" for status, left, _, _ in found), found


def test_first_and_second_alone_are_no_figures() -> None:
    found = findings(
        "At first the council said the second bridge would open in June.",
        "The council said at first that a second bridge would open in June.",
    )
    assert all(left != "first" and right != "second" for _, left, right, _ in found), found


def test_a_count_and_an_ordinal_of_one_value_are_one_figure_written_two_ways() -> None:
    found = findings(
        "On day 6 of the trial the court heard from the harbour master.",
        "On the 6th day of the trial the court heard from the harbour master.",
    )
    assert [(s, a, b) for s, a, b, _ in found] == [("same", "6", "6th")]
    assert "written as" in found[0][3]


def test_a_count_and_an_ordinal_of_different_values_are_not_the_same() -> None:
    found = findings(
        "On day 6 of the trial the court heard from the harbour master.",
        "On the 7th day of the trial the court heard from the harbour master.",
    )
    assert not [f for f in found if f[0] == "same"], found
