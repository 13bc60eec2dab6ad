"""A paragraph moved *and* reworded is linked as moved when each side is clearly the other's best partner
(``core.align.candidates.clear_best``), so its changed figure reads as changed, not as removed plus added."""

from __future__ import annotations

from core import Comparison, LinkKind, compare
from core.facts.figure_check import FigureStatus, check_figures

KEPT = [
    "The island ferry service will cut its winter timetable from next month, the operator said on Monday.",
    "Islanders fear the change will leave them cut off during storms, when the crossing is often cancelled.",
    "The harbour master said the older of the two vessels needs repairs to its hull before the summer season.",
    "A spokesman for the council said talks with the operator were continuing.",
    "Local shopkeepers say deliveries of fresh food already arrive late on most weekdays.",
    "The operator blamed rising fuel costs and a shortage of trained crew for the reduced service.",
]
FARE = "Single tickets will rise from £20 to £24 in April, the second increase in two years."
REWORDED_FARE = "From April a one-way ticket will cost passengers £22 instead of £20, the operator confirmed."


def _compare(left_last: str, right_last: str, fare_left: str = FARE) -> Comparison:
    left = [*KEPT[:2], fare_left, *KEPT[2:], left_last]
    return compare("\n\n".join(left), "\n\n".join([*KEPT, right_last]))


def _link_of(result: Comparison, start: str) -> tuple[LinkKind, list[str]] | None:
    for link in result.links:
        if any(result.left.sentence(s).text.startswith(start) for s in link.left):
            return link.kind, [result.right.sentence(s).text for s in link.right]
    return None


def test_a_moved_and_reworded_paragraph_is_linked_and_its_figure_changed() -> None:
    result = _compare("", REWORDED_FARE)
    assert _link_of(result, "Single tickets") == (LinkKind.MOVED, [REWORDED_FARE])
    findings = check_figures(result.left, result.right, result.links)
    changed = [(f.left.text, f.right.text) for f in findings if f.status is FigureStatus.CHANGED and f.left and f.right]
    assert ("£24", "£22") in changed
    assert not [f for f in findings if f.status is FigureStatus.ADDED]


def test_a_dropped_and_an_added_paragraph_sharing_two_words_stay_apart() -> None:
    added = "Tickets for April sold out."  # cosine 0.28 with the fare paragraph, its clear best, but two words
    assert _link_of(_compare("", added), "Single tickets") is None


def test_a_reworded_paragraph_with_a_rival_nearly_as_close_is_not_linked() -> None:
    rival = "Return tickets will rise from £30 to £34 in April, the operator said."
    result = _compare(rival, REWORDED_FARE)  # both left paragraphs are about as close to the reworded one
    assert _link_of(result, "Single tickets") is None
    assert _link_of(result, "Return tickets") is None
