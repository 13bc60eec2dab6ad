"""Vague magnitudes as figures: "about 300" told as "hundreds" is the same fact made vague, as "thousands" a
different magnitude; a vague figure yields to an exact one of equal value elsewhere."""

from __future__ import annotations

import pytest

from core.facts import FigureStatus
from core.facts.figures import Qualifier, extract_figures
from tests.test_core.figure_findings import changed_figures as changed


@pytest.mark.parametrize(
    ("text", "words", "low", "high"),
    [
        ("Hundreds of people queued outside.", "Hundreds", 200, 999),
        ("Tens of thousands marched through the capital.", "Tens of thousands", 10_000, 99_999),
        ("Officials said several thousand homes lost power.", "several thousand", 2_000, 9_999),
        ("A few hundred fans waited at the gate.", "A few hundred", 200, 999),
        ("Dozens of flights were cancelled.", "Dozens", 24, 199),
        ("Scores of shops stayed shut.", "Scores", 40, 999),
        ("The scheme cost hundreds of millions of pounds.", "hundreds of millions", 100_000_000, 999_999_999),
    ],
)
def test_a_magnitude_without_a_number_is_a_vague_count(text: str, words: str, low: float, high: float) -> None:
    (figure,) = extract_figures(text)
    assert (figure.text, figure.low, figure.high, figure.qualifier) == (words, low, high, Qualifier.VAGUE)


@pytest.mark.parametrize(
    "text",
    [
        "The scores of both matches were level at half time.",  # a match's scores
        "She read the hundred-page report.",  # no plural magnitude
        "Many people said the plan was unfair.",  # "many" alone counts nothing
        "Farmers have grown rye here for hundreds of years.",  # a span of time: "for centuries"
        "Fans came to the square in their thousands.",  # an idiom for many
    ],
)
def test_words_that_only_look_like_magnitudes_are_no_figures(text: str) -> None:
    assert [f for f in extract_figures(text) if f.qualifier is Qualifier.VAGUE] == []


def test_an_exact_figure_told_as_its_magnitude_is_made_vague() -> None:
    found = changed(
        ["About 300 residents were moved out of the tower block on Tuesday, the council said."],
        ["Hundreds of residents were moved out of the tower block on Tuesday, the council said."],
    )
    assert found == [(FigureStatus.CHANGED, "About 300", "Hundreds", "made vague: 300 within 200-999")]


def test_a_magnitude_that_does_not_hold_the_figure_is_a_changed_value() -> None:
    ((status, left, right, note),) = changed(
        ["About 300 residents were moved out of the tower block on Tuesday, the council said."],
        ["Thousands of residents were moved out of the tower block on Tuesday, the council said."],
    )
    assert (status, left, right) == (FigureStatus.CHANGED, "About 300", "Thousands")
    assert note.startswith("value: 300 -> 2,000-999,999") and "qualifier: approximate -> vague" in note


def test_a_magnitude_told_as_a_figure_is_made_precise() -> None:
    found = changed(
        ["Dozens of volunteers cleared the beach on Saturday morning."],
        ["Some 60 volunteers cleared the beach on Saturday morning."],
    )
    assert found == [(FigureStatus.CHANGED, "Dozens", "Some 60", "made precise: 60 within 24-199")]


def test_an_exact_figure_pairs_with_its_equal_elsewhere_before_a_magnitude_beside_it() -> None:
    """The rewrite's lead gives the 400 of the original's second paragraph; the original's lead said "hundreds"."""
    found = changed(
        [
            "Hundreds of homes lost power in Dunmere on Monday night as the gale brought down lines.",
            "The network operator said about 400 properties were still cut off at noon.",
        ],
        ["More than 400 homes lost power in Dunmere on Monday night as the gale brought down lines."],
    )
    assert (FigureStatus.CHANGED, "about 400", "More than 400") in [(s, a, b) for s, a, b, _ in found]
    assert (FigureStatus.REMOVED, "Hundreds", "", "") in found


def test_a_magnitude_meets_no_figure_of_another_thing_outside_its_range() -> None:
    found = changed(
        ["The three villages have kept bees on the hill for generations, said the mayor, Ines Ruiz."],
        ["The villages have kept hundreds of hives on the hill for generations, said the mayor, Ines Ruiz."],
    )
    assert sorted((s, a, b) for s, a, b, _ in found) == [
        (FigureStatus.ADDED, "", "hundreds"),
        (FigureStatus.REMOVED, "three", ""),
    ]


def test_two_magnitudes_in_different_sentences_are_no_figure_moved() -> None:
    found = changed(
        ["Critics say only a few hundred homes have been built. About 300 police officers were on duty."],
        ["Critics say only about 250 homes have been built. Hundreds of police officers were on duty."],
    )
    assert sorted(found) == [
        (FigureStatus.CHANGED, "About 300", "Hundreds", "made vague: 300 within 200-999"),
        (FigureStatus.CHANGED, "a few hundred", "about 250", "made precise: 250 within 200-999"),
    ]


def test_magnitudes_of_pounds_are_money() -> None:
    found = changed(
        ["The new boilers will save the trust millions of pounds, its director said."],
        ["The new boilers will save the trust £3m, its director said."],
    )
    assert found == [
        (FigureStatus.CHANGED, "millions", "£3m", "made precise: £3,000,000 within £2,000,000-£999,999,999")
    ]


def test_an_equal_magnitude_counting_another_thing_does_not_steal_the_pairing() -> None:
    found = changed(
        ["The depot will employ about 450 drivers, and hundreds more while it is built."],
        ["The depot will employ hundreds of drivers, and about 1,000 more while it is built."],
    )
    assert [(a, b, note.split(":")[0]) for _, a, b, note in found] == [
        ("about 450", "hundreds", "made vague"),
        ("hundreds", "about 1,000", "value"),
    ]


def test_a_magnitude_meets_its_figure_in_a_related_sentence_of_another_link() -> None:
    found = changed(
        [
            "Crews worked through the night, and dozens of people were lifted from windows by boat.",
            "The fire service said the river had risen fast.",
        ],
        [
            "Crews worked through the night.",
            "At least 40 people were lifted from their windows by boat, the fire service said.",
        ],
    )
    assert (FigureStatus.CHANGED, "dozens", "At least 40", "made precise: 40 within 24-199") in found


def test_equal_magnitudes_in_one_link_pair_by_what_they_count() -> None:
    found = changed(
        ["Hundreds of police officers were sent to the town, where hundreds of homes were flooded overnight."],
        ["Hundreds of homes were flooded overnight in the town, where police officers were sent."],
    )
    assert found == [(FigureStatus.REMOVED, "Hundreds", "", "")]  # the officers' figure; the homes' is the same


def test_a_magnitude_of_pounds_is_no_sum_in_dollars_made_vague() -> None:
    ((status, left, right, note),) = changed(
        ["The regulator fined the bank $3m over the failures, its report said."],
        ["The regulator fined the bank millions of pounds over the failures, its report said."],
    )
    assert (status, left, right) == (FigureStatus.CHANGED, "$3m", "millions") and not note.startswith("made vague")
