"""Figures as people write them: fractions, mixed numbers, times, month and day names in context, pairing."""

from __future__ import annotations

import pytest

from core import article_from_text, compare
from core.facts import FigureKind, FigureStatus, extract_figures, quoted, shown_value
from core.report.findings import list_findings


def only(text: str) -> tuple[str, str, float]:
    figures = extract_figures(text)
    assert len(figures) == 1, figures
    return figures[0].text, figures[0].kind.value, figures[0].low


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It took two and a half years to build.", ("two and a half", "count", 2.5)),
        ("It cost one and a half million pounds.", ("one and a half million", "count", 1_500_000)),
        ("Some 3 and a quarter miles of road.", ("Some 3 and a quarter", "count", 3.25)),
        ("The road is 2½ miles long.", ("2½", "count", 2.5)),
        ("Nearly half a million people live there.", ("Nearly half a million", "count", 500_000)),
        ("About a half of the voters stayed home.", ("About a half", "share", 0.5)),
        ("A quarter of the homes had no power.", ("A quarter", "share", 0.25)),
        ("Three-quarters of the homes had no power.", ("Three-quarters", "share", 0.75)),
        ("Only ½ of the budget was spent.", ("½", "share", 0.5)),
    ],
)
def test_fractions_and_mixed_numbers(text: str, expected: tuple[str, str, float]) -> None:
    assert only(text) == expected


@pytest.mark.parametrize(
    ("text", "words", "clock"),
    [
        ("The meeting starts at 3pm sharp.", "3pm", "15:00"),
        ("The meeting starts at 3.30pm sharp.", "3.30pm", "15:30"),
        ("The meeting starts at 10 a.m. sharp.", "10 a.m.", "10:00"),
        ("The train leaves at 15:30 sharp.", "15:30", "15:30"),
        ("The doors open at noon sharp.", "noon", "12:00"),
        ("The curfew begins at midnight sharp.", "midnight", "00:00"),
        ("The doors open at 12am sharp.", "12am", "00:00"),
    ],
)
def test_times_of_day(text: str, words: str, clock: str) -> None:
    figures = extract_figures(text)
    assert [(f.text, f.kind, shown_value(f)) for f in figures] == [(words, FigureKind.TIME, clock)]


@pytest.mark.parametrize(
    "text",
    [
        "Residents may leave their homes if they wish.",
        "They will march through the town centre.",
        "She wore her Sunday best to the ceremony.",
        "Theresa May said the plan was sound.",
        "Jan Smith said the plan was sound.",
        "Nothing could mar the celebrations.",
    ],
)
def test_month_and_day_words_outside_a_date_are_not_figures(text: str) -> None:
    assert extract_figures(text) == []


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("The law changes in May.", "may"),
        ("The law changed in March 2024.", "mar 2024"),
        ("The law changed on Monday.", "monday"),
        ("Monday was the wettest day.", "monday"),
        ("The law changes on 3 May, officials said.", "3 may"),
        ("The law changed on Jan. 12, officials said.", "12 jan"),
        ("The law changes next month.", "next month"),
    ],
)
def test_month_and_day_names_in_a_date_context_are_dates(text: str, key: str) -> None:
    assert [(f.kind, f.key) for f in extract_figures(text)] == [(FigureKind.DATE, key)]


def findings(left: str, right: str) -> list[tuple[str, str, str, str]]:
    comparison = compare(article_from_text(left), article_from_text(right))
    return [
        (f.status.value, f.left.text if f.left else "", f.right.text if f.right else "", f.note)
        for f in comparison.numbers
    ]


def test_two_and_a_half_years_against_three_years_is_a_change() -> None:
    result = findings(
        "The bridge took two and a half years to build, the council said.",
        "The bridge took three years to build, the council said.",
    )
    assert result == [("changed", "two and a half", "three", "value: 2.5 -> 3")]


def test_a_changed_time_is_a_changed_time() -> None:
    result = findings(
        "The council will meet at 3pm on Friday to vote on the plan.",
        "The council will meet at 4pm on Friday to vote on the plan.",
    )
    assert ("changed", "3pm", "4pm", "value: 3pm -> 4pm") in result
    assert ("same", "Friday", "Friday", "") in result and len(result) == 2


def test_a_changed_weekday_in_one_linked_sentence_is_a_changed_date() -> None:
    result = findings(
        "The mayor said on Monday that the road would reopen within weeks.",
        "The mayor said on Tuesday that the road would reopen within weeks.",
    )
    assert result == [("changed", "Monday", "Tuesday", "value: Monday -> Tuesday")]


FILLER = [
    "The valley has flooded three times in the past decade, and insurers have raised premiums sharply.",
    "Volunteers handed out sandbags from the church hall throughout the weekend.",
    "The county council has asked the government for emergency funding to repair the roads.",
    "Schools in the area will stay closed until the water has drained away completely.",
]


def test_a_figure_in_a_reworded_sentence_pairs_with_its_counterpart_not_a_twin() -> None:
    left = [
        FILLER[0],
        "Emergency crews rescued 20 residents from rooftops as the river rose overnight.",
        *FILLER[1:3],
        "About 20 volunteers have signed up to help with the clean-up.",
        FILLER[3],
    ]
    right = [
        FILLER[0],
        "By dawn, helicopters had lifted 25 residents off flooded roofs, firefighters confirmed.",
        *FILLER[1:3],
        "Some 20 lorries carried debris away on Sunday.",
        FILLER[3],
    ]
    comparison = compare(article_from_text("\n\n".join(left)), article_from_text("\n\n".join(right)))
    changed = [
        (f.left.text, f.right.text)
        for f in comparison.numbers
        if f.status is FigureStatus.CHANGED and f.left and f.right
    ]
    assert ("20", "25") in changed
    moved_twins = [f for f in comparison.numbers if f.status is FigureStatus.SAME and "moved" in f.note]
    assert moved_twins == []


def test_findings_keep_the_words_with_the_value_beside_them() -> None:
    figure = extract_figures("It took two and a half years.")[0]
    assert quoted(figure) == "two and a half (2.5)"
    comparison = compare(
        article_from_text("The bridge took two and a half years to build, the council said."),
        article_from_text("The bridge took three years to build, the council said."),
    )
    texts = [finding.text for finding in list_findings(comparison)]
    assert any("two and a half (2.5)" in text for text in texts)


def test_a_changed_end_of_a_date_range_is_a_change() -> None:
    result = findings(
        "Prices rose between 2006 and October 2013, the regulator said in its report.",
        "Prices rose between 2006 and October 2016, the regulator said in its report.",
    )
    assert [status for status, *_ in result] == ["changed"]


def test_a_date_whose_day_gains_a_digit_is_a_changed_date() -> None:
    result = findings(
        "The hearing was set for 8 January 2016 by the court, lawyers said.",
        "The hearing was set for 12 January 2016 by the court, lawyers said.",
    )
    assert result == [("changed", "8 January 2016", "12 January 2016", "value: 8 January 2016 -> 12 January 2016")]


def test_of_twin_values_in_a_sentence_the_one_in_its_place_is_the_same() -> None:
    comparison = compare(
        article_from_text("Life expectancy at 60 and healthy life expectancy at 60 both rose, the study found."),
        article_from_text("Life expectancy at 92 and healthy life expectancy at 60 both rose, the study found."),
    )
    changed = [f for f in comparison.numbers if f.status is FigureStatus.CHANGED]
    assert len(changed) == 1 and changed[0].left is not None and changed[0].right is not None
    assert changed[0].right.text == "92" and changed[0].left.start < 25


@pytest.mark.parametrize(("left", "right"), [("May 22nd 2006", "22 May, 2006"), ("Jan. 12", "12 January")])
def test_one_date_written_two_ways_is_the_same(left: str, right: str) -> None:
    result = findings(
        f"The board member resigned on {left} over the leak, the company said.",
        f"The board member resigned on {right} over the leak, the company said.",
    )
    assert [status for status, *_ in result] == ["same"]


def test_a_hedge_before_an_article_is_still_the_hedge() -> None:
    figure = extract_figures("Applicants need at least an 8.5 grade to apply.")[0]
    assert (figure.text, figure.qualifier.value) == ("at least an 8.5", "lower bound")


def test_today_becoming_a_weekday_is_a_changed_date() -> None:
    result = findings(
        "The party met today in the capital to choose its new leader.",
        "The party met on Saturday in the capital to choose its new leader.",
    )
    assert result == [("changed", "today", "Saturday", "value: today -> Saturday")]


def test_a_figure_right_after_a_comma_without_a_space_is_whole() -> None:
    figures = extract_figures("Pirates took 29 million films,18 million ebooks and 7 million games.")
    assert [(f.text, f.low) for f in figures] == [
        ("29 million", 29e6),
        ("18 million", 18e6),
        ("7 million", 7e6),
    ]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (
            "The fair drew 87 academic units from the region, organisers said.",
            "The fair drew 87 groups from the region, organisers said.",
        ),
        (
            "Reports by over 250 participants describe abuse at the event.",
            "Over 250 people at the event describe abuse there.",
        ),
        (
            "Male directors got £63,700 awarded in bonuses last year.",
            "Male directors got £63,700 received in bonuses last year.",
        ),
    ],
)
def test_a_counted_thing_reworded_to_a_generic_word_or_a_verb_is_not_a_change(left: str, right: str) -> None:
    assert {status for status, *_ in findings(left, right)} == {"same"}


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (
            "This is the 11th case of the virus in wild birds this winter.",
            "This is the eleventh case of the virus in wild birds this winter.",
        ),
        (
            "One road was built in the past year, the planners said today.",
            "One road was built in the last year, the planners said today.",
        ),
        (
            "The top share has doubled from 10 to 20%, the report says.",
            "The top share has doubled from 10% to 20%, the report says.",
        ),
    ],
)
def test_one_figure_written_two_ways_is_the_same(left: str, right: str) -> None:
    assert {status for status, *_ in findings(left, right)} == {"same"}


def test_a_four_digit_clock_time_is_a_time() -> None:
    result = findings(
        "The crash happened at 01:00 UTC today (0200 local time) on the coast road.",
        "The crash happened at 01:00 UTC today (02:00 local time) on the coast road.",
    )
    assert {status for status, *_ in result} == {"same"} and len(result) == 3


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (
            "The weight is lifted to a height of about 2m, then falls slowly.",
            "The weight is lifted to a height of about two metres, then falls slowly.",
        ),
        (
            "Coal will catch oil within a decade, the agency said on its website.",
            "Coal will catch oil within ten years, the agency said on its website.",
        ),
        (
            "The show opened and will close at Sunday (May 18) in the hall.",
            "The show opened and will close at Sunday May 18 in the hall.",
        ),
        (
            "Leaders should commit to cutting inequality to 1990 levels.",
            "Leaders should cut inequality to the levels seen in 1990.",
        ),
    ],
)
def test_one_figure_written_two_ways_in_real_copy_is_the_same(left: str, right: str) -> None:
    assert {status for status, *_ in findings(left, right)} == {"same"}


def test_a_date_with_a_stray_comma_is_one_date_but_a_month_then_a_count_is_two_figures() -> None:
    assert [f.key for f in extract_figures("He called for the closure on July , 20.")] == ["20 jul"]
    assert [(f.kind, f.key) for f in extract_figures("In July, 20 people were hurt.")] == [
        (FigureKind.DATE, "jul"),
        (FigureKind.COUNT, "20"),
    ]
