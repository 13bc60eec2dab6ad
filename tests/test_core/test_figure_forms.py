"""Figures said in two ways at once or in a form of their own: vote tallies, fractions of a unit in words, age
groups said as nouns, a figure repeated in brackets (``core.facts.figure_forms``, ``core.facts.figure_words``)."""

from __future__ import annotations

import pytest

from core.facts import FigureStatus
from core.facts.figures import FigureKind, Qualifier, extract_figures
from tests.test_core.figure_findings import changed_figures


@pytest.mark.parametrize(
    ("left", "right", "note"),
    [
        ("The bill was passed 9-3 by the committee.", "The committee passed the bill by nine votes to four.",
         "value: 9-3 -> 9-4"),
        ("Judges ruled six to three against the mayor.", "Judges ruled by six votes to two against the mayor.",
         "value: 6-3 -> 6-2"),
        ("The union backed the deal by 40 votes to 12.", "The union backed the deal by 40 votes to 15.",
         "value: 40-12 -> 40-15"),
        ("The board agreed the sale by eight votes to two.", "The board agreed the sale by eight votes to one.",
         "value: 8-2 -> 8-1"),
    ],
)  # fmt: skip
def test_a_tally_whose_second_number_changed_is_one_changed_figure(left: str, right: str, note: str) -> None:
    (finding,) = changed_figures([left], [right])
    assert finding[0] is FigureStatus.CHANGED and finding[3] == note


def test_a_tally_in_votes_reads_as_one_figure_but_a_change_by_an_amount_stays_two() -> None:
    assert [(f.text, f.low, f.high) for f in extract_figures("It passed by 11 votes to 4.")] == [
        ("11 votes to 4", 11.0, 4.0)
    ]
    assert [f.text for f in extract_figures("Sales fell by 3 to 12 a day.")] == ["3", "12"]
    assert [f.text for f in extract_figures("We met one to one.")] == []


@pytest.mark.parametrize(
    ("text", "kind", "value", "counted"),
    [
        ("Rates rose by a quarter of a percentage point.", FigureKind.POINTS, 0.25, ""),
        ("Rates rose by half a percentage point.", FigureKind.POINTS, 0.5, ""),
        ("Rates fell three quarters of a percentage point.", FigureKind.POINTS, 0.75, ""),
        ("The trail is three-quarters of a mile long.", FigureKind.COUNT, 0.75, "miles"),
        ("A quarter of a million people marched.", FigureKind.COUNT, 250_000, "people"),
        ("They waited a quarter of an hour.", FigureKind.COUNT, 0.25, "hours"),
    ],
)
def test_a_fraction_of_a_unit_in_words_is_that_share_of_the_unit(
    text: str, kind: FigureKind, value: float, counted: str
) -> None:
    (figure,) = extract_figures(text)
    assert (figure.kind, figure.counted) == (kind, counted) and figure.low == pytest.approx(value)


@pytest.mark.parametrize(
    ("left", "right", "status", "note"),
    [
        ("The bank lifted rates by a quarter of a percentage point.", "The bank lifted rates by 0.5 percentage points.",
         FigureStatus.CHANGED, "value: 0.25 -> 0.5"),
        ("The bank lifted rates by half a percentage point.", "The bank lifted rates by 0.5 percentage points.",
         FigureStatus.SAME, ""),
        ("The queue lasted a quarter of an hour.", "The queue lasted 15 minutes.",
         FigureStatus.SAME, "converted: a quarter of an hour -> 15 minutes"),
    ],
)  # fmt: skip
def test_a_fraction_of_a_unit_pairs_with_the_unit_in_digits(
    left: str, right: str, status: FigureStatus, note: str
) -> None:
    from core import compare

    (finding,) = compare(left, right).numbers
    assert (finding.status, finding.note) == (status, note)


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("Places for the under-fives are free.", 5, Qualifier.UPPER_BOUND),
        ("A club for over-60s opened.", 60, Qualifier.LOWER_BOUND),
        ("The under-18s squad won.", 18, Qualifier.UPPER_BOUND),
        ("Discounts for the over-fifties.", 50, Qualifier.LOWER_BOUND),
        ("Tickets for under twelves are cheaper.", 12, Qualifier.UPPER_BOUND),
    ],
)
def test_an_age_group_said_as_a_noun_is_its_age(text: str, value: float, qualifier: Qualifier) -> None:
    (figure,) = extract_figures(text)
    assert (figure.low, figure.qualifier) == (value, qualifier)


def test_an_age_group_said_as_a_noun_is_the_same_figure_as_the_age() -> None:
    assert (
        changed_figures(
            ["Free meals will go to all children under five from April."],
            ["Free meals will go to all under-fives from April."],
        )
        == []
    )
    assert extract_figures("Prices rose over tens of thousands of sales.")[0].qualifier is Qualifier.VAGUE


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("The firm opened six new shops.", "The firm opened six (6) new shops."),
        ("Exports have almost doubled since 2020.", "Exports have almost doubled (100%) since 2020."),
        ("A third of staff work from home.", "A third (33%) of staff work from home."),
    ],
)
def test_a_figure_repeated_in_brackets_is_one_figure(left: str, right: str) -> None:
    assert changed_figures([left], [right]) == []


def test_a_figure_in_brackets_of_another_value_or_unit_stays_a_figure() -> None:
    assert [f.text for f in extract_figures("It cost £3m ($3.8m) and four (5) staff left.")] == [
        "£3m",
        "$3.8m",
        "four",
        "5",
    ]


@pytest.mark.parametrize(
    ("left", "right", "note"),
    [
        ("Rents rose 6% in the year to March.", "Rents rose 6% in the 12 months to March.",
         "converted: the year -> 12 months"),
        ("Over the past fortnight 40 flights were cancelled.", "Over the past 14 days 40 flights were cancelled.",
         "converted: the past fortnight -> 14 days"),
        ("Sales in the seven days to June 4 fell.", "Sales in the week to June 4 fell.",
         "converted: seven days -> the week"),
    ],
)  # fmt: skip
def test_a_period_named_by_its_unit_is_the_same_span_in_other_units(left: str, right: str, note: str) -> None:
    from core import compare

    notes = [f.note for f in compare(left, right).numbers if f.status is FigureStatus.SAME]
    assert note in notes and changed_figures([left], [right]) == []


def test_a_period_of_another_span_or_a_lone_one_is_no_figure() -> None:
    assert changed_figures(["Prices rose in the year to May."], ["Prices rose in the six months to May."]) == [
        (FigureStatus.ADDED, "", "six", "")
    ]
    assert extract_figures("Earlier in the year, the week went well.") == []
