"""A byline, a date and a version's history typed on lines of their own, with or without blank lines between
them, are read one line at a time above the body, whatever the body's layout; the body keeps its first lines."""

from __future__ import annotations

import textwrap

import pytest

from core import article_from_text

HEADLINE = "Library opening hours cut to four days a week"
BODY = [
    "The county's libraries will open only from Wednesday to Saturday from next month, the county council "
    "confirmed on Monday, after a vote that ended months of argument over the service's budget.",
    "The change will save about £1.2m a year, officials said, and no branch will close outright, although two "
    "mobile libraries will be withdrawn from the villages north of the river.",
    "Campaigners said they would ask for a review of the decision and collect signatures at every branch "
    "over the coming weekend.",
]
HISTORY = "Published 9 April 2026, 08:30 BST; updated 10 April 2026, 12:05 BST"


def long_lines() -> str:
    """One paragraph a line, blank lines between: the body is not hard-wrapped (its lines are too long)."""
    return "\n\n".join(BODY)


def hard_wrapped(width: int = 70) -> str:
    return "\n\n".join("\n".join(textwrap.wrap(p, width)) for p in BODY)


def read(text: str) -> tuple[str, str, str, str, list[str]]:
    document = article_from_text(text)
    return document.title, document.standfirst, document.byline, document.date, [p.text for p in document.paragraphs]


@pytest.mark.parametrize(
    ("head", "byline", "date"),
    [
        (["By Tomas Reyes", "9 April 2026"], "By Tomas Reyes", "9 April 2026"),
        (["9 April 2026", "By Tomas Reyes"], "By Tomas Reyes", "9 April 2026"),
        (["By Tomas Reyes", HISTORY], "By Tomas Reyes", HISTORY),
        ([HISTORY, "By Tomas Reyes"], "By Tomas Reyes", HISTORY),
        (["Tomas Reyes", "Thu 9 Apr 2026 08.30 BST"], "Tomas Reyes", "Thu 9 Apr 2026 08.30 BST"),
    ],
    ids=["byline-date", "date-byline", "byline-history", "history-byline", "name-date"],
)
@pytest.mark.parametrize("body", [long_lines, hard_wrapped], ids=["long-lines", "hard-wrapped"])
def test_byline_and_date_on_consecutive_lines_under_a_headline(
    head: list[str], byline: str, date: str, body: object
) -> None:
    assert callable(body)
    text = f"{HEADLINE}\n\n" + "\n".join(head) + "\n\n" + body()
    assert read(text) == (HEADLINE, "", byline, date, BODY)


def test_with_a_blank_line_between_them_too() -> None:
    text = f"{HEADLINE}\n\nBy Tomas Reyes\n\n9 April 2026\n\n{long_lines()}"
    assert read(text) == (HEADLINE, "", "By Tomas Reyes", "9 April 2026", BODY)


def test_a_standfirst_above_the_byline_in_the_same_block() -> None:
    standfirst = "Two mobile libraries withdrawn as council saves £1.2m"
    text = f"{HEADLINE}\n\n{standfirst}\nBy Tomas Reyes\n9 April 2026\n\n{long_lines()}"
    assert read(text) == (HEADLINE, standfirst, "By Tomas Reyes", "9 April 2026", BODY)


def test_byline_and_date_right_above_the_body_with_no_blank_line() -> None:
    for body in (long_lines(), hard_wrapped()):
        text = f"{HEADLINE}\n\nBy Tomas Reyes\n9 April 2026\n{body}"
        assert read(text) == (HEADLINE, "", "By Tomas Reyes", "9 April 2026", BODY)


def test_a_history_over_two_lines_is_one_date() -> None:
    text = f"{HEADLINE}\n\nBy Tomas Reyes\nPublished 9 April 2026, 08:30 BST\nUpdated 10 April 2026\n\n{long_lines()}"
    title, standfirst, byline, date, body = read(text)
    assert (title, standfirst, byline, body) == (HEADLINE, "", "By Tomas Reyes", BODY)
    assert date == "Published 9 April 2026, 08:30 BST; Updated 10 April 2026"


def opener_paste(head: list[str]) -> str:
    """Pasted from a page that sets each paragraph's first two words on a line of their own, no blank lines."""
    lines = [HEADLINE, *head]
    for paragraph in BODY:
        first, second, rest = paragraph.split(" ", 2)
        lines += [f"{first} {second}", *textwrap.wrap(rest, 76)]
    return "\n".join(lines)


def test_a_paste_that_sets_first_words_apart_keeps_byline_date_and_first_lines() -> None:
    """The byline and the date are short like a paragraph's first words, but are no part of the paragraph
    below; a byline or date wrapped over two lines ("By Tomas" / "Reyes in Leeds") is still one line."""
    assert read(opener_paste(["By Tomas Reyes", "9 April 2026"])) == (
        HEADLINE, "", "By Tomas Reyes", "9 April 2026", BODY,
    )  # fmt: skip
    assert read(opener_paste(["By Tomas", "Reyes in Leeds", "Thu 9 Apr", "2026 08.30 BST"])) == (
        HEADLINE, "", "By Tomas Reyes in Leeds", "Thu 9 Apr 2026 08.30 BST", BODY,
    )  # fmt: skip


def test_a_paragraph_holding_a_date_line_is_not_split() -> None:
    """Past the header, a hand-broken paragraph whose line reads like a date stays one paragraph."""
    text = (
        f"{HEADLINE}\n\nBy Tomas Reyes\n\n{BODY[0]}\n\nThe next meeting is set for\nThursday 16 April 2026\n"
        "and will be open to the public.\n\n" + BODY[1]
    )
    assert read(text)[4] == [
        BODY[0], "The next meeting is set for Thursday 16 April 2026 and will be open to the public.", BODY[1],
    ]  # fmt: skip


def test_a_history_over_two_lines_in_either_order() -> None:
    text = f"{HEADLINE}\n\nUpdated 10 April 2026, 12:05 BST\nFirst published 9 April 2026\n\n{long_lines()}"
    assert read(text) == (HEADLINE, "", "", "Updated 10 April 2026, 12:05 BST; First published 9 April 2026", BODY)
