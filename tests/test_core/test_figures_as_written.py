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
        ("The law changed in March 2024.", "march 2024"),
        ("The law changed on Monday.", "monday"),
        ("Monday was the wettest day.", "monday"),
        ("The law changes on 3 May, officials said.", "3 may"),
        ("The law changed on Jan. 12, officials said.", "jan 12"),
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
