"""Hard-wrapped, PDF-pasted and boilerplate-laden text comes back as clean paragraphs and metadata."""

from __future__ import annotations

import textwrap

import pytest

from core import article_from_text

PARAGRAPHS = [
    "The regional health authority said on Tuesday that waiting lists for hip and knee operations had fallen "
    "for the third month in a row, to just under 41,000 patients.",
    "Officials credited a new surgical centre in Marlow, which opened in January and now carries out about "
    "120 operations a week, with much of the improvement.",
    "Patient groups welcomed the figures but warned that waits for cancer scans were still far too long in "
    "rural areas, where some people travel more than 60 miles for an appointment.",
    "The authority will publish its next figures in early May.",
]


def wrapped(paragraphs: list[str], width: int, separator: str) -> str:
    return separator.join("\n".join(textwrap.wrap(p, width)) for p in paragraphs)


def bodies(text: str) -> list[str]:
    return [p.text for p in article_from_text(text).paragraphs]


def test_wrapped_with_blank_lines() -> None:
    assert bodies(wrapped(PARAGRAPHS, 72, "\n\n")) == PARAGRAPHS


def test_wrapped_without_blank_lines() -> None:
    assert bodies(wrapped(PARAGRAPHS, 64, "\n")) == PARAGRAPHS


def test_first_words_alone_on_a_line() -> None:
    """Pasted from a page that sets each paragraph's first words apart: "Officials" / "credited a new ..."."""
    lines = []
    for paragraph in PARAGRAPHS:
        first, rest = paragraph.split(" ", 1)
        lines += [first, *textwrap.wrap(rest, 78)]
    assert bodies("\n".join(lines)) == PARAGRAPHS


def test_words_hyphenated_at_line_ends_are_joined() -> None:
    text = (
        "The committee asked the council for more infor-\n"
        "mation about the long-term costs of the new tram\n"
        "scheme and about the well-\n"
        "known delays on the northern line before the vote\n"
        "in the council chamber next Thursday evening, as\n"
        "officials said on Monday.\n"
    )
    assert bodies(text) == [
        "The committee asked the council for more information about the long-term costs of the "
        "new tram scheme and about the well-known delays on the northern line before the vote "
        "in the council chamber next Thursday evening, as officials said on Monday."
    ]


def test_page_numbers_pasted_from_a_pdf_are_set_aside() -> None:
    text = wrapped(PARAGRAPHS[:2], 70, "\n\n") + "\n\nPage 2 of 9\n\n" + wrapped(PARAGRAPHS[2:], 70, "\n\n")
    document = article_from_text(text)
    assert [p.text for p in document.paragraphs] == PARAGRAPHS
    assert document.boilerplate == ("Page 2 of 9",)


def test_header_becomes_metadata() -> None:
    text = "\n".join(
        [
            "Health",
            "Hip and knee waiting lists fall again",
            "New surgical centre credited as lists shrink for a third month",
            "By Priya Shah, Health Correspondent",
            "Tue 4 Mar 2025 09.30 GMT",
            *PARAGRAPHS,
        ]
    )
    document = article_from_text(text)
    assert document.title == "Hip and knee waiting lists fall again"
    assert document.standfirst == "New surgical centre credited as lists shrink for a third month"
    assert document.byline == "By Priya Shah, Health Correspondent"
    assert document.date == "Tue 4 Mar 2025 09.30 GMT"
    assert document.boilerplate == ("Health",)
    assert [p.text for p in document.paragraphs] == PARAGRAPHS


def test_dateline_is_metadata() -> None:
    document = article_from_text("MARLOW (Local News) - " + PARAGRAPHS[0] + "\n" + PARAGRAPHS[1])
    assert document.dateline == "MARLOW (Local News)"
    assert document.paragraphs[0].text == PARAGRAPHS[0]


def test_boilerplate_is_set_aside_never_deleted() -> None:
    lines = [
        "Hip and knee waiting lists fall again",
        PARAGRAPHS[0],
        "Advertisement",
        PARAGRAPHS[1],
        "Read more: Hospital parking charges scrapped",
        "CONTINUE READING",
        PARAGRAPHS[2],
        "Sign up to our daily newsletter for the latest health news",
        PARAGRAPHS[3],
        "Share this article",
        "Follow Health Weekly on Google News",
        "3 comments",
        "Kommentar veröffentlichen",
        "Nessun commento:",
        "MOST READ",
    ]
    document = article_from_text("\n\n".join(lines))
    assert [p.text for p in document.paragraphs] == PARAGRAPHS
    assert set(document.boilerplate) == set(lines[2:3] + lines[4:6] + lines[7:8] + lines[9:])


def test_wrapped_by_hand_with_lines_left_short() -> None:
    """A text wrapped by hand: some lines end early although the next word would have fitted. A break inside a
    sentence, before a word in lower case, is a wrap all the same, not a paragraph."""
    lines: list[str] = []
    for paragraph in PARAGRAPHS:
        wrapped_lines = textwrap.wrap(paragraph, 70)
        if len(wrapped_lines) == 1:
            lines += wrapped_lines
            continue
        first, rest = wrapped_lines[0].rsplit(" ", 1)  # the first line left short: its last word moved down
        lines += [first, f"{rest} {wrapped_lines[1]}", *wrapped_lines[2:]]
    shown = [ln for ln in lines if ln[:1].islower()]
    assert shown, "the fixture must break before a lower-case word"
    assert bodies("\n".join(lines)) == PARAGRAPHS


@pytest.mark.parametrize(
    "headline",
    [
        "Ferry fares to rise by 8% in April",
        "Council to close 3 libraries by May",
        "Storm on Monday leaves 2,000 homes without power",
    ],
)
def test_a_headline_naming_a_date_is_the_title_not_the_date(headline: str) -> None:
    document = article_from_text("\n".join([headline, *PARAGRAPHS]))
    assert document.title == headline
    assert document.date == ""


@pytest.mark.parametrize("separator", [", ", " | ", " – ", " · "])
def test_byline_and_date_on_one_line(separator: str) -> None:
    line = f"By Priya Shah{separator}Saturday 14 March 2026"
    document = article_from_text("\n".join(["Hip and knee waiting lists fall again", line, *PARAGRAPHS]))
    assert document.byline == "By Priya Shah"
    assert document.date == "Saturday 14 March 2026"
    assert [p.text for p in document.paragraphs] == PARAGRAPHS


@pytest.mark.parametrize(
    "label", ["PRESS RELEASE", "For immediate release", "BREAKING", "Embargoed until 00:01 Friday"]
)
def test_a_label_above_the_headline_is_set_aside(label: str) -> None:
    document = article_from_text("\n".join([label, "Hip and knee waiting lists fall again", *PARAGRAPHS]))
    assert document.title == "Hip and knee waiting lists fall again"
    assert label in document.boilerplate
    assert [p.text for p in document.paragraphs] == PARAGRAPHS


def test_a_header_typed_without_blank_lines_above_a_body_with_them() -> None:
    """The usual pasted layout: label, headline, byline and date on lines of their own, then paragraphs between
    blank lines. The header's lines are not one paragraph."""
    header = ["PRESS RELEASE", "Hip and knee waiting lists fall again", "By Priya Shah, Saturday 14 March 2026"]
    document = article_from_text("\n".join(header) + "\n\n" + "\n\n".join(PARAGRAPHS))
    assert document.title == "Hip and knee waiting lists fall again"
    assert (document.byline, document.date) == ("By Priya Shah", "Saturday 14 March 2026")
    assert "PRESS RELEASE" in document.boilerplate
    assert [p.text for p in document.paragraphs] == PARAGRAPHS


def test_a_first_paragraph_over_several_lines_is_still_one_paragraph() -> None:
    """A stack of short lines is a header only when each opens in a capital: a paragraph broken by hand is not."""
    broken = "\n".join(textwrap.wrap(PARAGRAPHS[0], 40))
    assert any(line[:1].islower() for line in broken.splitlines()[1:])
    assert bodies(broken + "\n\n" + "\n\n".join(PARAGRAPHS[1:])) == PARAGRAPHS


@pytest.mark.parametrize(
    ("line", "byline", "date"),
    [
        ("By Priya Shah, Health Correspondent, Saturday 14 March 2026", "By Priya Shah, Health Correspondent",
         "Saturday 14 March 2026"),
        ("By Priya Shah | 2026-03-14T09:30:00Z", "By Priya Shah", "2026-03-14T09:30:00Z"),
    ],
)  # fmt: skip
def test_byline_and_date_split_at_the_date(line: str, byline: str, date: str) -> None:
    document = article_from_text("\n".join(["Hip and knee waiting lists fall again", line, *PARAGRAPHS]))
    assert (document.byline, document.date) == (byline, date)


def test_an_iso_timestamp_line_is_the_date() -> None:
    document = article_from_text(
        "\n".join(["Hip and knee waiting lists fall again", "2026-03-14T09:30:00Z", *PARAGRAPHS])
    )
    assert document.date == "2026-03-14T09:30:00Z" and document.standfirst == ""


def test_an_acronym_hyphenated_at_a_line_end_keeps_its_hyphen() -> None:
    text = (
        "The contract went to a US-\n"
        "based firm that had built the new tram line in Marlow two years ago and the\n"
        "council said on Monday that it expected the work to start within a month of\n"
        "the vote, although a date had not yet been agreed with the firm's managers.\n"
    )
    assert "a US-based firm" in bodies(text)[0]
