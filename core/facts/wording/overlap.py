"""Which changed spans a wording item overlaps, by bisection when there are many: one link of a sentence of
600,000 words (no full stop) holds thousands of items and of changed ops, and a walk of every op for every item
made it quadratic.

API: ``touching(item, spans) -> list[int]``, ``Overlaps(items)`` with ``.any(span) -> bool``, ``SHORT``.

An item ``(start, end)`` overlaps a span ``(a, b)`` when they share a character, or the span is empty and stands at
the item's start (an insertion before it). ``spans`` are a diff's changed ops on one side, in order: sorted by start
and by end. Up to ``SHORT`` spans or items are walked as before.

>>> from core.facts.wording.items import Item
>>> spans = [(0, 3), (5, 5), (8, 12), (20, 24)]
>>> touching(Item("g", "w", 5, 9), spans), touching(Item("g", "w", 13, 19), spans)
([1, 2], [])
>>> items = Overlaps([Item("g", "a", 2, 4), Item("g", "b", 10, 12)])
>>> items.any((4, 10)), items.any((10, 10))
(False, True)
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from itertools import accumulate
from operator import itemgetter

from core.facts.wording.items import Item
from core.facts.wording.kinds import Span

SHORT = 32  # spans or items: up to this many are walked one by one (every link of a normal article)


def _overlap(start: int, end: int, span: Span) -> bool:
    a, b = span
    return (a < end and start < b) or a == b == start


def touching(item: Item, spans: Sequence[Span]) -> list[int]:
    """The indices of the ``spans`` (sorted, see the module) that ``item`` overlaps."""
    start, end = item.start, item.end
    if len(spans) <= SHORT:
        return [k for k, span in enumerate(spans) if _overlap(start, end, span)]
    found = []
    for k in range(bisect.bisect_left(spans, start, key=itemgetter(1)), len(spans)):  # none ends before the start
        if spans[k][0] >= end and spans[k][0] > start:
            break  # this span and every later one start past the item
        if _overlap(start, end, spans[k]):
            found.append(k)
    return found


class Overlaps:
    """Some items (in any order), asked whether any of them overlaps a span."""

    def __init__(self, items: Sequence[Item]) -> None:
        self.items = sorted(items, key=lambda item: (item.start, item.end))
        self.starts = [item.start for item in self.items]
        self.reach = list(accumulate((item.end for item in self.items), max))  # the furthest end so far

    def any(self, span: Span) -> bool:
        """Whether an item overlaps ``span``: one starting before its end (or at its place, if it is empty) that
        ends past its start, or one starting at an empty span's place."""
        a, b = span
        if len(self.items) <= SHORT:
            return any(_overlap(item.start, item.end, span) for item in self.items)
        if a == b:
            at = bisect.bisect_right(self.starts, a)
            before = bisect.bisect_left(self.starts, a)
            return (at > before) or (before > 0 and self.reach[before - 1] > a)
        before = bisect.bisect_left(self.starts, b)  # the items starting before the span's end
        return before > 0 and self.reach[before - 1] > a
