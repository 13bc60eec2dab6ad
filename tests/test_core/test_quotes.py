"""Quotes: found in every style, apostrophes left alone, and each checked against the original."""

from __future__ import annotations

import pytest

from core import compare, document_from_text
from core.facts.quote_check import QuoteStatus, check_quotes
from core.facts.quotes import extract_quotes


def quotes(text: str) -> list[tuple[str, str]]:
    return [(q.text, q.speaker) for q in extract_quotes(document_from_text(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“The bridge is unsafe,” said Ann Lee.", [("The bridge is unsafe,", "Ann Lee")]),
        ('"The bridge is unsafe," Ann Lee said.', [("The bridge is unsafe,", "Ann Lee")]),
        ("Ann Lee said: ‘The bridge is unsafe.’", [("The bridge is unsafe.", "Ann Lee")]),
        ("The engineers' report, which Ann Lee's team wrote, didn't say so.", []),  # apostrophes, not quotes
        (
            "“It is closed. Nobody may cross,” the engineer, Tom Hale, said.",
            [("It is closed. Nobody may cross,", "Tom Hale")],
        ),
        ("The mayor called the decision «absurde» on Monday.", [("absurde", "")]),
    ],
)
def test_extraction(text: str, expected: list[tuple[str, str]]) -> None:
    assert quotes(text) == expected


def test_a_quote_running_over_paragraphs_is_one_quote() -> None:
    text = "“We will rebuild the bridge,” said Ann Lee. “It will take two years.\n\n“Then the town can breathe.”"
    assert quotes(text) == [
        ("We will rebuild the bridge,", "Ann Lee"),
        ("It will take two years. Then the town can breathe.", "Ann Lee"),
    ]


ORIGINAL = (
    "“We will not reopen the bridge until every arch has been checked,” said the engineer, Tom Hale. "
    "“The council has known about these cracks since 2019 and did nothing,” he added."
)


@pytest.mark.parametrize(
    ("rewrite", "status"),
    [
        ("Hale said: “We will not reopen the bridge until every arch has been checked.”", QuoteStatus.VERBATIM),
        ("Hale said “the council has known about these cracks … and did nothing”.", QuoteStatus.TRIMMED),
        ("Hale said: “We will not reopen the bridge until every single arch is checked.”", QuoteStatus.ALTERED),
        ("Hale called the council “negligent”.", QuoteStatus.UNSUPPORTED),
        ("“The town deserves better,” Hale said.", QuoteStatus.UNSUPPORTED),
    ],
)
def test_each_rewrite_quote_is_checked(rewrite: str, status: QuoteStatus) -> None:
    right = [f for f in check_quotes(document_from_text(ORIGINAL), document_from_text(rewrite)) if f.side == "right"]
    assert [f.status for f in right] == [status]
    if status is QuoteStatus.ALTERED:
        assert any(op.op.value != "equal" for op in right[0].diff)
        assert right[0].match.startswith("We will not reopen")


def test_left_quotes_are_kept_or_dropped() -> None:
    rewrite = "Hale said: “We will not reopen the bridge until every arch has been checked.”"
    left = [f for f in check_quotes(document_from_text(ORIGINAL), document_from_text(rewrite)) if f.side == "left"]
    assert [f.status for f in left] == [QuoteStatus.KEPT, QuoteStatus.DROPPED]
    assert [f.speaker for f in left] == ["Tom Hale", "Tom Hale"]


def test_summary_counts_reuse_and_credit() -> None:
    original = "The bridge closed on Monday.\n\nEngineers found cracks in two arches.\n\nRepairs will cost £2m."
    rewrite = (
        "The bridge closed on Monday, as reported by the Kelmsford Echo.\n\nEngineers found cracks in two "
        "arches.\n\nLocal shops fear for their trade."
    )
    summary = compare(original, rewrite).summary
    assert summary is not None
    assert (summary.left_sentences, summary.right_sentences) == (3, 3)
    assert summary.right_from_left == pytest.approx(2 / 3, abs=0.001)
    assert summary.left_reused == pytest.approx(2 / 3, abs=0.001)
    assert (summary.identical, summary.changed, summary.added, summary.removed) == (1, 1, 1, 1)
    assert summary.credit == "as reported by the Kelmsford Echo"
    assert summary.figures == {"same": 2, "removed": 1}


def test_no_credit_when_none_is_given() -> None:
    summary = compare("The bridge closed.", "The bridge closed on Monday.").summary
    assert summary is not None and summary.credit == ""


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "they" before the reporting verb after two parties named: those parties, not the sentence's subject
        ("Norway signed a pact with Sweden and Finland against what they called “foreign meddling”.", ""),
        ("Google attacked what they called “a witch hunt”.", "Google"),
        ("Unions marched through the city against what they called “a wage freeze”.", "Unions"),
        ("Putin attacked what he called “western aggression” in a long speech.", "Putin"),
        ("Hale said the bridge was “unsafe” and closed it.", "Hale"),
        # never a lead-in word
        ("Then Marta stood up and said, “We leave at dawn.”", "Marta"),
        ("When the ferry was late, he said, “We wait here.”", ""),
        ("To Marta he said, “You will stay.”", ""),
        ("When Marta’s neighbours heard, they said, “Not again.”", ""),
        ("US officials said the talks were “useful”.", "US"),
        # a place or party before a role is not the speaker
        ("“We have waited two years,” said Lowmarsh shopkeeper Dev Patel.", "Dev Patel"),
        ("“It is over,” said Labour leader Keir Starmer on Monday.", "Keir Starmer"),
        ("“It is over,” said the Lowmarsh shopkeeper Dev Patel.", "Dev Patel"),
        ("“It is over,” said Ann Lee on Monday.", "Ann Lee"),
        ("“It is over,” said Smith outside Downing Street.", "Smith"),  # a place, no role
        ("“We won,” said Smith standing beside President Biden.", "Smith"),
        # capitalised words that are stop words elsewhere are names here
        ("“We won,” said May.", "May"),
        ("“We won,” said Will Smith.", "Will Smith"),
        # an owner speaks through its document or spokesperson, not through its neighbours
        ("The UK’s submission to the UN, which runs the treaty, said it “respects the custom”.", "UK"),
        ("Google’s press office said the claims were “baseless”.", "Google"),
    ],
)
def test_the_speaker_guessed(text: str, speaker: str) -> None:
    assert [s for _, s in quotes(text)] == [speaker]
