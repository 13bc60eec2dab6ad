"""Figures: every form and qualifier read, equivalent forms left alone, real changes flagged."""

from __future__ import annotations

import pytest

from core import compare
from core.facts.figure_check import FigureStatus
from core.facts.figures import FigureKind, Qualifier, extract_figures


@pytest.mark.parametrize(
    ("text", "kind", "low", "high"),
    [
        ("11,000 troops", FigureKind.COUNT, 11_000, 11_000),
        ("a 2.5 rise", FigureKind.COUNT, 2.5, 2.5),
        ("50% of voters", FigureKind.SHARE, 0.5, 0.5),
        ("50 per cent of voters", FigureKind.SHARE, 0.5, 0.5),
        ("half of voters", FigureKind.SHARE, 0.5, 0.5),
        ("a third of voters", FigureKind.SHARE, 1 / 3, 1 / 3),
        ("two-thirds of voters", FigureKind.SHARE, 2 / 3, 2 / 3),
        ("one in five voters", FigureKind.SHARE, 0.2, 0.2),
        ("a rise of 3 percentage points", FigureKind.POINTS, 3, 3),
        ("it cost £1m", FigureKind.MONEY, 1_000_000, 1_000_000),
        ("a $4.5bn deal", FigureKind.MONEY, 4_500_000_000, 4_500_000_000),
        ("11,000 to 12,000 troops", FigureKind.COUNT, 11_000, 12_000),
        ("11,000-12,000 troops", FigureKind.COUNT, 11_000, 12_000),
        ("a force of 11,000 [to] 12,000", FigureKind.COUNT, 11_000, 12_000),
        ("between 200 and 300 homes", FigureKind.COUNT, 200, 300),
        ("three hundred homes", FigureKind.COUNT, 300, 300),
        ("a dozen homes", FigureKind.COUNT, 12, 12),
        ("one thousand homes", FigureKind.COUNT, 1000, 1000),
        ("two million people", FigureKind.COUNT, 2_000_000, 2_000_000),
        ("the 21st floor", FigureKind.ORDINAL, 21, 21),
        ("the third time", FigureKind.ORDINAL, 3, 3),
    ],
)
def test_forms(text: str, kind: FigureKind, low: float, high: float) -> None:
    figures = extract_figures(text)
    assert len(figures) == 1, figures
    assert figures[0].kind is kind and figures[0].low == pytest.approx(low) and figures[0].high == pytest.approx(high)


@pytest.mark.parametrize("text", ["7 Feb 2025", "February 7, 2025", "mid-January", "late 2024", "last week", "Monday"])
def test_dates(text: str) -> None:
    figures = extract_figures(f"It happened {text} in the town.")
    assert [(f.text, f.kind) for f in figures] == [(text, FigureKind.DATE)]


@pytest.mark.parametrize(
    ("phrase", "qualifier"),
    [
        ("about", Qualifier.APPROXIMATE), ("around", Qualifier.APPROXIMATE), ("some", Qualifier.APPROXIMATE),
        ("an estimated", Qualifier.APPROXIMATE), ("roughly", Qualifier.APPROXIMATE),
        ("more than", Qualifier.LOWER_BOUND), ("over", Qualifier.LOWER_BOUND), ("at least", Qualifier.LOWER_BOUND),
        ("upwards of", Qualifier.LOWER_BOUND),
        ("up to", Qualifier.UPPER_BOUND), ("as many as", Qualifier.UPPER_BOUND), ("at most", Qualifier.UPPER_BOUND),
        ("fewer than", Qualifier.UPPER_BOUND),
        ("nearly", Qualifier.NEAR), ("almost", Qualifier.NEAR), ("just under", Qualifier.NEAR),
        ("", Qualifier.EXACT),
    ],
)  # fmt: skip
def test_qualifiers(phrase: str, qualifier: Qualifier) -> None:
    [figure] = extract_figures(f"Officials said {phrase} 300 people were hurt.".replace("  ", " "))
    assert figure.qualifier is qualifier
    assert figure.text == f"{phrase} 300".strip()
    assert figure.counted == "people"


def test_words_that_are_not_figures() -> None:
    assert extract_figures("One of them said no one knew, and a man left.") == []


def statuses(left: str, right: str) -> list[tuple[str, str | None, str | None, str]]:
    result = compare(left, right)
    return [
        (f.status.value, f.left.text if f.left else None, f.right.text if f.right else None, f.note)
        for f in result.numbers
    ]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("The fund holds 1,000 pounds.", "The fund holds 1000 pounds."),
        ("The fund holds 1,000 pounds.", "The fund holds one thousand pounds."),
        ("Turnout was 50% in the town.", "Turnout was 50 per cent in the town."),
        ("Turnout was 50% in the town.", "Turnout was half in the town."),
        ("About 300 people were hurt.", "Around 300 people were hurt."),
        ("About 300 people were hurt.", "Approximately 300 people were hurt."),
        ("An estimated 11,000 troops were sent.", "About 11,000 soldiers were sent."),
    ],
)
def test_equivalent_forms_are_the_same(left: str, right: str) -> None:
    found = statuses(left, right)
    assert found and all(status == "same" for status, *_ in found), found


@pytest.mark.parametrize(
    ("left", "right", "note"),
    [
        ("About 300 people were killed.", "More than 300 people were killed.",
         "qualifier: approximate -> lower bound"),
        ("As many as half of the troops were hurt.", "Nearly half of the troops were hurt.",
         "qualifier: upper bound -> near"),
        ("A force of 11,000 troops was sent.", "A force of 12,000 troops was sent.", "value: 11,000 -> 12,000"),
        ("The repair costs £15m, the council said.", "The repair costs £20m, the council said.",
         "value: £15,000,000 -> £20,000,000"),
        ("Some 300 soldiers were killed.", "Some 400 civilians were killed.",
         "value: 300 -> 400; counted thing changed: soldiers -> civilians"),
    ],
)  # fmt: skip
def test_changes_are_flagged_with_what_changed(left: str, right: str, note: str) -> None:
    found = statuses(left, right)
    assert [(status, n) for status, _, _, n in found] == [("changed", note)]


def test_a_reworded_counted_thing_alone_is_noted_not_flagged() -> None:
    found = statuses("Some 300 vehicles were damaged.", "Some 300 cars were damaged.")
    assert [(status, n) for status, _, _, n in found] == [("same", "counted: vehicles -> cars")]


def test_dropped_added_and_moved_figures() -> None:
    left = "The plan costs £2m.\n\nAbout 40 homes were flooded.\n\nThe mayor resigned on Monday."
    right = "About 40 homes were flooded.\n\nThe plan costs £2m and affects 3,000 residents."
    found = statuses(left, right)
    assert ("removed", "Monday", None, "") in found
    assert ("added", None, "3,000", "") in found
    assert ("same", "£2m", "£2m", "") in found or ("same", "£2m", "£2m", "moved") in found
    assert ("same", "About 40", "About 40", "") in found or ("same", "About 40", "About 40", "moved") in found


def test_unchanged_figures_are_never_flagged() -> None:
    text = "Officials said about 300 people died and more than 2,700 were hurt in late 2024, a third of them children."
    assert {status for status, *_ in statuses(text, text)} == {FigureStatus.SAME.value}


def test_the_figure_check_stops_when_told() -> None:
    from core.facts.figure_check import POLL_EVERY, check_figures

    text = "\n\n".join(f"In {1900 + k % 100} the town had {k * 3} homes and {k} shops." for k in range(POLL_EVERY * 3))
    result = compare(text, "Something else entirely.")
    full = check_figures(result.left, result.right, result.links)
    stopped = check_figures(result.left, result.right, result.links, stop=lambda: True)
    assert len(full) == 3 * POLL_EVERY * 3 and len(stopped) < len(full)


@pytest.mark.parametrize(
    ("text", "shown", "qualifier"),
    [
        ("The homes will be built under a £4.2m scheme.", "£4.2m", Qualifier.EXACT),  # "under" governs "scheme"
        ("Prices rose over a 12-month period.", "12", Qualifier.EXACT),
        ("Under a million people voted.", "Under a million", Qualifier.UPPER_BOUND),  # "a million" is the number
        ("It cost under £4m.", "under £4m", Qualifier.UPPER_BOUND),
        ("The quake was at least an 8.5 on the scale.", "at least an 8.5", Qualifier.LOWER_BOUND),
    ],
)
def test_a_preposition_before_an_article_bounds_no_figure(text: str, shown: str, qualifier: Qualifier) -> None:
    (figure,) = extract_figures(text)
    assert (figure.text, figure.qualifier) == (shown, qualifier)


@pytest.mark.parametrize(
    ("text", "shown", "value", "counted"),
    [
        ("Work will take about a year and a half.", "about a year and a half", 1.5, "years"),
        ("The meeting lasted half an hour.", "half an hour", 0.5, "hours"),
        ("An hour and a half later the road reopened.", "An hour and a half", 1.5, "hours"),
    ],
)
def test_a_duration_in_words_is_an_amount_of_time(text: str, shown: str, value: float, counted: str) -> None:
    (figure,) = extract_figures(text)
    assert (figure.text, figure.low, figure.counted) == (shown, value, counted)


@pytest.mark.parametrize("text", ["It happened a year ago.", "Every day counts.", "She waited a day and a night."])
def test_a_unit_of_time_alone_is_no_figure(text: str) -> None:
    assert extract_figures(text) == []


def test_eighteen_months_said_as_a_year_and_a_half_is_the_same_amount() -> None:
    comparison = compare("Work will take 18 months, the council said.", "Work will take about a year and a half.")
    (finding,) = [f for f in comparison.numbers]
    assert finding.note == "converted: 18 months -> about a year and a half; qualifier: exact -> approximate"


@pytest.mark.parametrize(
    ("left", "right", "note"),
    [
        ("Sessions will be held at the library on 19 March, officials said.", "Sessions will be held at the "
         "library in March.", "value: 19 March -> March"),
        ("The vote is on 7 Feb 2025.", "The vote is in Feb 2025.", "value: 7 Feb 2025 -> Feb 2025"),
    ],
)  # fmt: skip
def test_a_date_said_less_precisely_is_one_date_changed(left: str, right: str, note: str) -> None:
    changed = [f for f in compare(left, right).numbers if f.status is FigureStatus.CHANGED]
    assert [f.note for f in changed] == [note]


def test_two_dates_of_other_shapes_stay_apart() -> None:
    statuses = sorted(f.status.value for f in compare("The vote is on Monday.", "The vote is on 7 March.").numbers)
    assert statuses == ["added", "removed"]
