"""The sentence splitter on the hard cases of news prose."""

from __future__ import annotations

import pytest

from core.text.sentences import split_sentences


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # titles and abbreviations do not end sentences
        (
            "Mr. Jones met Dr. Patel on St. Mark's Road. They talked.",
            ["Mr. Jones met Dr. Patel on St. Mark's Road.", "They talked."],
        ),
        ("The vote was held on Jan. 12 in Leeds. It passed.", ["The vote was held on Jan. 12 in Leeds.", "It passed."]),
        # initials
        (
            "The report by J. R. Hartley was cited. Nobody objected.",
            ["The report by J. R. Hartley was cited.", "Nobody objected."],
        ),
        # initialisms: no break inside, a break when a new sentence clearly starts
        ("Troops from the U.S. Army arrived.", ["Troops from the U.S. Army arrived."]),
        ("Talks began in the U.S. The mood was calm.", ["Talks began in the U.S.", "The mood was calm."]),
        # decimals and separators
        (
            "Prices rose 2.5 per cent to 11,000.50 pounds. Sales fell.",
            ["Prices rose 2.5 per cent to 11,000.50 pounds.", "Sales fell."],
        ),
        # quotes that end or open sentences
        (
            '"We will rebuild," she said. "Next year we start."',
            ['"We will rebuild," she said.', '"Next year we start."'],
        ),
        ("“It is over.” The crowd left.", ["“It is over.”", "The crowd left."]),
        ('"Stop!" he shouted.', ['"Stop!" he shouted.']),
        # question and exclamation marks, ellipsis mid-sentence
        ("Why now? Nobody knows. It is … unclear to us.", ["Why now?", "Nobody knows.", "It is … unclear to us."]),
        ("Ask for No. 10 please. Thanks.", ["Ask for No. 10 please.", "Thanks."]),
        ("A headline with no full stop", ["A headline with no full stop"]),
        ("", []),
    ],
)
def test_split(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_spans_index_the_text() -> None:
    text = "  One.  Two!   Three?  "
    spans = split_sentences(text)
    assert [text[a:b] for a, b in spans] == ["One.", "Two!", "Three?"]
    assert all(a < b for a, b in spans)
