"""A name overlaps the changed text (``names._overlaps``, one bisection) exactly when it overlaps one of the changed
spans, as a diff's changed ops give them: in text order, some empty (an insertion point)."""

from __future__ import annotations

import random

from core.facts.wording.kinds import Span
from core.facts.wording.names import _overlaps


def _changed_spans(chance: random.Random) -> list[Span]:
    spans, at = [], 0
    for _ in range(chance.randint(0, 6)):
        start = at + chance.randint(0, 6)
        at = start + (0 if chance.random() < 0.3 else chance.randint(1, 6))
        spans.append((start, at))
    return spans


def test_overlaps_is_any_span_overlapping() -> None:
    chance = random.Random(15)
    hits = 0
    for _ in range(20_000):
        spans = _changed_spans(chance)
        start = chance.randint(0, 40)
        end = start + chance.randint(1, 8)
        expected = any(a < end and start < b for a, b in spans)
        assert _overlaps(start, end, spans) == expected, (start, end, spans)
        hits += expected
    assert 2_000 < hits < 18_000  # both answers were asked for


def test_an_insertion_point_inside_a_name_overlaps_it() -> None:
    assert _overlaps(3, 9, [(0, 1), (5, 5), (12, 14)])
    assert not _overlaps(3, 9, [(0, 3), (9, 9), (12, 14)])
