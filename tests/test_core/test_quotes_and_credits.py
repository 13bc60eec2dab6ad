"""Quotes found on both sides are never dropped; every style of quotation mark is one; credits are real ones."""

from __future__ import annotations

from pathlib import Path

import pytest

from core import article_from_text, compare
from core.engine.summary import find_credit
from core.facts import QuoteStatus, check_quotes, extract_quotes
from core.load import load_article

OCEAN_QUOTES = [
    "The ocean is warming faster than we thought",
    "Nobody who works on the ocean is surprised",
    "We have studied this ocean for forty years",
    "The ocean does not forgive mistakes",
    "Every ocean current is changing",
    "Our ocean models were too cautious",
    "The deep ocean holds most of the heat",
    "You cannot fence off an ocean",
]


def test_a_one_word_quote_on_both_sides_is_kept_among_many_that_share_its_word() -> None:
    said = " ".join(f"“{quote},” said Dr Rana Patel." for quote in OCEAN_QUOTES)
    left = article_from_text(f"{said}\n\nAsked what she would study next, she said: “Ocean.”")
    right = article_from_text("Asked what she would study next, the scientist said: “Ocean.”")
    findings = check_quotes(left, right)
    assert [(f.text, f.status) for f in findings if f.side == "right"] == [("Ocean.", QuoteStatus.VERBATIM)]
    assert [f.status for f in findings if f.side == "left" and f.text == "Ocean."] == [QuoteStatus.KEPT]


def test_a_quote_held_word_for_word_in_a_longer_right_quote_is_not_dropped() -> None:
    left = article_from_text("Critics called the plan “a fantasy” on Monday.")
    right = article_from_text("“It was a fantasy from start to finish,” one critic said on Monday.")
    findings = check_quotes(left, right)
    assert [f.status for f in findings if f.side == "left"] == [QuoteStatus.KEPT]


MARKS = [
    ("straight", '"We will rebuild the bridge," the mayor said.'),
    ("curly", "“We will rebuild the bridge,” the mayor said."),
    ("guillemets", "«We will rebuild the bridge,» the mayor said."),
    ("single guillemets", "‹We will rebuild the bridge,› the mayor said."),
    ("UK single", "‘We will rebuild the bridge,’ the mayor said."),
    ("straight single", "'We will rebuild the bridge,' the mayor said."),
    ("TeX", "``We will rebuild the bridge,'' the mayor said."),
]


@pytest.mark.parametrize("text", [text for _, text in MARKS], ids=[name for name, _ in MARKS])
def test_every_style_of_quotation_mark_is_the_same_mark(text: str) -> None:
    quotes = extract_quotes(article_from_text(text))
    assert [q.text for q in quotes] == ["We will rebuild the bridge,"]
    left = article_from_text("“We will rebuild the bridge,” the mayor said on Monday.")
    statuses = [(f.side, f.status) for f in check_quotes(left, article_from_text(text))]
    assert statuses == [("right", QuoteStatus.VERBATIM), ("left", QuoteStatus.KEPT)]


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        ("The pact was signed on Monday, according to the BBC.", "according to the BBC"),
        ("The pact was signed on Monday, as reported by the Guardian.", "as reported by the Guardian"),
        ("The minister told Reuters that the pact was signed.", "told Reuters"),
        ("The Kelmsford Echo reported that the pact was signed.", "The Kelmsford Echo reported"),
        ("The pact was signed (via The Verge).", "via The Verge"),
        ("According to Reuters, the pact was signed.", "According to Reuters"),
        ("Citing the Kelmsford Echo, the paper said the pact was signed.", "Citing the Kelmsford Echo"),
        ("Rents rose, according to the Harbour Chamber of Commerce.", "according to the Harbour Chamber of Commerce"),
        (
            "Rents rose, according to figures from the Office for Housing Data.",
            "according to figures from the Office for Housing Data",
        ),
        (
            "The Department of Roads and Rail Safety reported a rise.",
            "The Department of Roads and Rail Safety reported",
        ),
        ("The minister told Valley Radio on Monday that the pact was signed.", "told Valley Radio"),
    ],
)
def test_credits_name_their_source(text: str, credit: str) -> None:
    assert find_credit(article_from_text(text)) == credit


@pytest.mark.parametrize(
    "text",
    [
        "The house is now on display via Google's Street View for anyone to see.",
        "Supplies reached the town via Dover and the coast road.",
        "She told reporters that the pact was signed.",
        "He reported the theft to the police on Monday.",
    ],
)
def test_ordinary_phrases_are_not_credits(text: str) -> None:
    assert find_credit(article_from_text(text)) == ""


def test_an_attribution_the_original_says_too_is_no_credit() -> None:
    original = article_from_text("According to Mayor Ines Calder, the bridge will reopen in May.")
    rewrite = article_from_text(
        "According to Mayor Ines Calder, the bridge will reopen in May, as reported by the Kelmsford Echo."
    )
    assert find_credit(rewrite) == "as reported by the Kelmsford Echo"  # the strongest kind first, as before
    copied = article_from_text("According to Mayor Ines Calder, the bridge reopens in May.")
    assert find_credit(copied) == "According to Mayor Ines Calder"
    assert find_credit(copied, besides=original) == ""
    assert compare(original, copied).summary.credit == ""  # type: ignore[union-attr]


def test_the_originals_own_speaker_reworded_is_no_credit() -> None:
    original = article_from_text("The Coastal Flood Office said the sea wall would hold until March.")
    rewrite = article_from_text("The sea wall will hold until March, according to the Coastal Flood Office.")
    assert find_credit(rewrite) == "according to the Coastal Flood Office"
    assert find_credit(rewrite, besides=original) == ""
    other = article_from_text("The sea wall will hold until March, according to the Harbour Echo.")
    assert find_credit(other, besides=original) == "according to the Harbour Echo"  # a name the original lacks


def test_a_person_by_title_is_no_credit() -> None:
    assert find_credit(article_from_text("The drug worked in most patients, according to Dr Lena Varga.")) == ""
    assert (
        find_credit(article_from_text("Professor Ian Cole told the Harbour Echo it worked.")) == "told the Harbour Echo"
    )


def test_a_credit_line_set_aside_as_boilerplate_still_credits(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Sea wall to hold</title></head><body><article><h1>Sea wall to hold</h1>"
        "<p>The sea wall at Porthwen will hold until March, engineers said on Tuesday after a survey.</p>"
        "<p>Repairs will start in the spring and should take six weeks to finish, the council said.</p>"
        "<p>Read more at the Harbour Echo.</p></article></body></html>"
    )
    (tmp_path / "wall.html").write_text(page, encoding="utf-8")
    document = load_article(tmp_path / "wall.html")
    assert "Read more at the Harbour Echo." not in [p.text for p in document.paragraphs]  # the premise
    assert find_credit(document) == "Read more at the Harbour Echo"


def test_a_named_report_outranks_an_earlier_according_to() -> None:
    text = (
        "The talks collapsed, according to Foreign Minister Ann Lee.\n\n"
        "Both sides left the table on Monday, as reported by the Kelmsford Echo."
    )
    assert find_credit(article_from_text(text)) == "as reported by the Kelmsford Echo"


def test_an_altered_quote_is_compared_with_the_likest_original_quote() -> None:
    left = article_from_text(
        "“Changes at work are happening, it is good, and the gap is closing at last, but the figures are yet "
        "another damaging example that women lose out,” she said.\n\n"
        "“Changes at work are happening and it is good that the gap is closing, but there is more to do,” she added."
    )
    right = article_from_text(
        "“Changes at work are happening and it is good that the gap is closing, but more is needed,” she said."
    )
    altered = [f for f in check_quotes(left, right) if f.side == "right"]
    assert [f.status for f in altered] == [QuoteStatus.ALTERED]
    assert altered[0].match.endswith("more to do,")
