"""Two 1:1 links that touch on both sides at a sentence ending open become one when the versions cut the text in
different places there (``core.align.runons``): the words that crossed the boundary then match each other."""

from __future__ import annotations

from core import Comparison, compare
from tests.test_core.test_align_classes import CLOSING, CLOSING_REWRITE, OPENING, OPENING_REWRITE, paragraphs

# The original's lead-in carries the start of the director's promise and ends open; the rewrite's lead-in stops
# at the comma and puts the whole promise, with what the original says next, in the quotation.
LEAD_IN = "Speaking on the quay, the director promised: the old pier will be rebuilt in granite;"
NEXT = "The harbour wall is also to be raised before the winter storms."
LEAD_IN_REWRITE = "Speaking on the quay, the director said,"
QUOTE = "“The old pier will be rebuilt in granite, and the harbour wall raised before the winter storms.”"


def _link_of(result: Comparison, left: str) -> tuple[set[str], set[str]]:
    """The texts of both sides of the link holding the left sentence that starts with ``left``."""
    for link in result.links:
        lefts = {result.left.sentence(s).text for s in link.left}
        if any(text.startswith(left) for text in lefts):
            return lefts, {result.right.sentence(s).text for s in link.right}
    return set(), set()


def test_a_lead_in_whose_words_run_on_into_the_other_versions_next_sentence_joins_that_link() -> None:
    left = paragraphs(OPENING, LEAD_IN, NEXT, CLOSING)
    result = compare(left, paragraphs(OPENING_REWRITE, LEAD_IN_REWRITE, QUOTE, CLOSING_REWRITE))
    lefts, rights = _link_of(result, "Speaking on the quay")
    assert lefts == {LEAD_IN, NEXT}
    assert rights == {LEAD_IN_REWRITE, QUOTE}


def test_two_links_each_whole_on_its_own_stay_apart_at_a_lead_in() -> None:
    lead_in = "Speaking on the quay, the director made the villagers a promise:"
    promise = "The old pier will be rebuilt in granite before the winter storms."
    quote = "“The old pier will be rebuilt in granite this winter.”"
    left = paragraphs(OPENING, lead_in, promise, CLOSING)
    result = compare(left, paragraphs(OPENING_REWRITE, LEAD_IN_REWRITE, quote, CLOSING_REWRITE))
    assert _link_of(result, "Speaking on the quay") == ({lead_in}, {LEAD_IN_REWRITE})
    assert _link_of(result, "The old pier") == ({promise}, {quote})


def test_a_colon_lead_in_whose_words_partly_crossed_joins_the_next_link() -> None:
    """The lead-in keeps most of its words with its partner, but the words its partner lacks stand in the next
    sentence of the rewrite: the versions cut the text in different places."""
    lead_in = (
        "The harbour master, Ruth Ellis, said the north pier had been closed to boats for eleven weeks, and warned:"
    )
    after = "The winter storms will undo the repairs."
    lead_in_rewrite = "The harbour master, Ruth Ellis, said the north pier had been closed."
    after_rewrite = (
        "It had been shut to boats for eleven weeks, she warned, and the winter storms will undo the repairs."
    )
    left = paragraphs(OPENING, lead_in, after, CLOSING)
    result = compare(left, paragraphs(OPENING_REWRITE, lead_in_rewrite, after_rewrite, CLOSING_REWRITE))
    assert _link_of(result, "The harbour master") == ({lead_in, after}, {lead_in_rewrite, after_rewrite})
