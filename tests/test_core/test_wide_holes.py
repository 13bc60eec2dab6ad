"""Issue 16: a lead-in ending in a colon joins the link it runs into though it shares no word with it; a hole of
four sentences a side between two links is aligned; and a hole's sentence whose partner was moved elsewhere is
not linked in the hole (the move is linked instead)."""

from __future__ import annotations

from core import compare, document_from_paragraphs
from core.model import LinkKind

Pair = tuple[tuple[int, ...], tuple[int, ...], LinkKind]

OPENING = "The harbour board met on Tuesday evening to discuss the storm damage along the northern quay."
CLOSING = "The board will meet again in March to review the repair budget for the northern quay."
HOLE_LEFT = [
    "Those who stood firm through every trial of the long winter will share in the final victory.",
    "Anyone who deserts the crews now will be deserted by them in turn, without regret.",
    "Even when we lose heart, the old lighthouse keeper keeps faith with every sailor at sea.",
    "Remind your neighbours of all these things, and warn them against idle quarrels over words.",
]
HOLE_RIGHT = [
    "If we keep going, we shall also have our part in the victory.",
    "Whoever leaves the crews behind will be left behind by them as well.",
    "If we despair, the lighthouse still shines and can be trusted.",
    "Tell the people living near you about it and ask them to stop arguing, which helps nobody.",
]


def pairs(left: list[str], right: list[str]) -> set[Pair]:
    comparison = compare(document_from_paragraphs(left), document_from_paragraphs(right))
    return {
        (tuple(s.paragraph for s in link.left), tuple(s.paragraph for s in link.right), link.kind)
        for link in comparison.links
    }


def test_a_colon_lead_in_joins_the_link_after_it() -> None:
    left = [OPENING, "Then came the moment everyone had waited for:",
            "every damaged boat would be repaired at the board's expense before spring.", CLOSING]  # fmt: skip
    right = [OPENING, "The chair told fishermen every damaged boat would be repaired at the board's expense before "
             "spring.", CLOSING]  # fmt: skip
    assert ((1, 2), (1,), LinkKind.CHANGED) in pairs(left, right)


def test_a_hole_of_four_sentences_a_side_is_aligned() -> None:
    found = pairs([OPENING, *HOLE_LEFT, CLOSING], [OPENING, *HOLE_RIGHT, CLOSING])
    assert {((k,), (k,), LinkKind.CHANGED) for k in (1, 2, 3)} <= found


def test_a_sentence_moved_away_is_not_linked_in_the_hole() -> None:
    moved = "The board promised brighter victory lights along the quay and a second crane for the fish market."
    rewritten = "The board promised brighter victory lights on the quay and a second crane at the fish market."
    found = pairs([OPENING, *HOLE_LEFT, CLOSING, moved], [OPENING, rewritten, *HOLE_RIGHT[1:], CLOSING])
    assert ((6,), (1,), LinkKind.MOVED) in found
    assert ((1,), (1,), LinkKind.CHANGED) not in found  # "... the final victory" shares "victory" with it


def test_a_sentence_moved_away_is_not_read_by_its_words_in_the_hole() -> None:
    quote = "“This money will give families the safety they were promised after the storm,” said the mayor, Rosa Kade."
    left = [OPENING, "Work on the new sea wall will start in April and take a year.", quote,
            "The board will hold drop-in sessions at the library in March."]  # fmt: skip
    right = [OPENING, quote.replace("will give", "will at last give"),
             "Work on the new sea wall starts in April and will take about a year.",
             "Some residents said the plans came far too late.",
             "Drop-in sessions will be held at the library in March."]  # fmt: skip
    found = pairs(left, right)
    assert ((2,), (1,), LinkKind.MOVED) in found
    assert not any(link[0] == (2,) and link[1] == (3,) for link in found)  # "said", "the", "they": no link
