""" "As long as", "as high as", "as far as" before a figure are upper bounds, as "up to" and "as many as" are."""

from __future__ import annotations

import pytest

from core import compare


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("Some patients waited up to 9 hours for a bed.", "Some patients waited as long as 9 hours for a bed."),
        ("Rates could reach up to 7% by spring.", "Rates could reach as high as 7% by spring."),
        ("Smoke drifted up to 40 miles inland.", "Smoke drifted as far as 40 miles inland."),
    ],
)
def test_an_upper_bound_said_another_way_is_the_same_figure(left: str, right: str) -> None:
    numbers = compare(left, right).numbers
    assert [(n.status.value, n.note) for n in numbers] == [("same", "")]


def test_as_long_as_against_an_exact_figure_is_a_qualifier_change() -> None:
    numbers = compare("Patients waited 9 hours.", "Patients waited as long as 9 hours.").numbers
    assert [n.status.value for n in numbers] == ["changed"]
    assert "upper bound" in numbers[0].note
