"""A sentence the rewrite cuts in two, its halves in different paragraphs: both halves link to it, and what one
half says is dropped by neither link."""

from __future__ import annotations

from core import Comparison, compare
from core.facts.wording import link_changes
from core.load import article_from_text
from core.model import SentenceId

ORIGINAL = """Ferry crews will strike for 24 hours from Friday after late talks with the harbour board collapsed \
on Tuesday evening. The union said the board had refused to raise its offer.

The island's shops fear empty shelves by the weekend.

Harbour officials said a reduced timetable would run for hospital patients.
"""

REWRITE = """Ferry crews will strike for a full day, 24 hours, from Friday.

The island's shops fear empty shelves by the weekend.

Late talks with the harbour board collapsed on Tuesday. The union said the board had refused to raise its offer.

Harbour officials said a reduced timetable would run for hospital patients.
"""


def _comparison() -> Comparison:
    return compare(article_from_text(ORIGINAL), article_from_text(REWRITE))


def test_both_halves_of_a_split_sentence_are_linked_to_it() -> None:
    comparison = _comparison()
    first = SentenceId(0, 0)
    halves = sorted(link.right for link in comparison.links if link.left == (first,))
    assert [len(right) for right in halves] == [1, 1]
    assert [comparison.right.sentence(right[0]).text.split()[0] for right in halves] == ["Ferry", "Late"]


def test_a_split_sentence_drops_nothing_either_half_says() -> None:
    comparison = _comparison()
    found = link_changes(comparison.left, comparison.right, comparison.links, comparison.numbers, comparison.quotes)
    notes = [change.note for changes in found.values() for change in changes]
    assert not [note for note in notes if "dropped" in note], notes  # Friday, Tuesday, 24 hours: each in a half
    removed = [f for f in comparison.numbers if f.status.value == "removed"]
    assert removed == []


def test_a_sentence_restated_whole_elsewhere_is_no_split() -> None:
    original = "Ferry crews will strike from Friday.\n\nThe shops fear empty shelves.\n"
    rewrite = "Ferry crews will strike from Friday.\n\nThe shops fear empty shelves.\n\nThe weather was mild.\n"
    comparison = compare(article_from_text(original), article_from_text(rewrite))
    assert not any(link.reused for link in comparison.links)
