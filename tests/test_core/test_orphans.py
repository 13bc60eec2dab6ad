"""A sentence alone between two links whose other sides touch joins the neighbouring link whose other side holds
its words (``core.align.orphans``): a rewrite merged it, reworded, into the next sentence."""

from __future__ import annotations

from core import Comparison, compare
from tests.test_core.test_align_classes import linked

FIRST = "The council approved the new library budget at a meeting on Tuesday evening."
LAST = "Residents can comment on the designs at the town hall until the end of March."
THEN = "Construction of the library will begin in the spring and should finish by the autumn of 2027."
MERGED = (
    "Opponents complained about the noise, but work on the library will begin in the spring and should finish by 2027."
)
ORPHAN = (  # two words of MERGED; with it, the link's cosine falls by 0.06: more than extension allows
    "Opponents of the scheme, among them several shopkeepers from the high street, had complained for months about "
    "noise, parking and dust."
)


def _compare(orphan: str, merged: str = MERGED) -> Comparison:
    return compare(f"{FIRST} {orphan} {THEN} {LAST}", f"{FIRST} {merged} {LAST}")


def test_a_reworded_sentence_merged_into_the_next_joins_that_link() -> None:
    result = _compare(ORPHAN)
    assert linked(result, "Opponents of the scheme", "Opponents complained")
    assert linked(result, "Construction of the library", "Opponents complained")


def test_a_dropped_sentence_sharing_only_a_name_and_said_stays_apart() -> None:
    merged = "Hart said work on the library will begin in the spring and should finish by 2027."
    result = _compare("Hart said several shopkeepers had written to her about parking and dust.", merged)
    assert not linked(result, "Hart said several", "Hart said work")
    assert linked(result, "Construction of the library", "Hart said work")
