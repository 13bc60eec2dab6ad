"""A rewrite that joins two quotes of the original into one: one finding (altered, against both), none dropped."""

from __future__ import annotations

import pytest

from core import compare
from core.facts.quote_check import QuoteStatus, check_quotes
from core.facts.wording import ChangeKind, link_changes
from core.text.paragraphs import document_from_text

ORIGINAL = (
    "“We will keep the night ferry running until the new terminal opens in the spring,” the harbour master, "
    "Ruth Okafor, said. “The island simply cannot manage without it.” The terminal is two years late."
)
JOINED = {
    "words changed": (
        "“We will keep the night ferry running until the new terminal opens in the spring, because the island "
        "cannot manage without it,” the harbour master, Ruth Okafor, said. The terminal is two years late."
    ),
    "words kept": (
        "“We will keep the night ferry running until the new terminal opens in the spring. The island simply "
        "cannot manage without it,” the harbour master, Ruth Okafor, said. The terminal is two years late."
    ),
}


def _findings(rewrite: str) -> tuple[list[QuoteStatus], list[QuoteStatus], str]:
    found = check_quotes(document_from_text(ORIGINAL), document_from_text(rewrite))
    right = [f for f in found if f.side == "right"]
    return [f.status for f in right], [f.status for f in found if f.side == "left"], right[0].match


@pytest.mark.parametrize("rewrite", JOINED.values(), ids=JOINED.keys())
def test_a_joined_quote_is_altered_against_both_and_neither_is_dropped(rewrite: str) -> None:
    right, left, match = _findings(rewrite)
    assert right == [QuoteStatus.ALTERED]
    assert left == [QuoteStatus.KEPT, QuoteStatus.KEPT]
    assert "night ferry" in match and "cannot manage" in match


def test_a_joined_quote_is_one_substantive_change_not_a_dropped_one() -> None:
    comparison = compare(ORIGINAL, JOINED["words changed"])
    found = link_changes(comparison.left, comparison.right, comparison.links, comparison.numbers, comparison.quotes)
    notes = [change.note for changes in found.values() for change in changes if change.kind is ChangeKind.QUOTE]
    assert notes and all("dropped" not in note for note in notes)


def test_a_quote_the_rewrite_leaves_out_is_still_dropped() -> None:
    rewrite = (
        "“We will keep the night ferry running until the new terminal opens in the spring, whatever it costs,” "
        "the harbour master, Ruth Okafor, said. The terminal is two years late."
    )
    right, left, _ = _findings(rewrite)
    assert right == [QuoteStatus.ALTERED]
    assert left == [QuoteStatus.KEPT, QuoteStatus.DROPPED]


def test_quotes_far_apart_are_not_joined() -> None:
    far = ORIGINAL.replace(" “The island", "\n\nFares rose in May.\n\nShe added later: “The island")
    found = check_quotes(document_from_text(far), document_from_text(JOINED["words changed"]))
    assert [f.status for f in found if f.side == "left"] == [QuoteStatus.KEPT, QuoteStatus.DROPPED]
