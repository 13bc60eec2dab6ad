"""Monotone alignment of the sentences between two anchors, by dynamic programming over beads.

API: ``align_gap(left, right, left_range, right_range, thresholds) -> list[Group]``,
``link_cost(lefts, rights, thresholds) -> float``.

Beads are 1:1, 1:2, 2:1, 1:3 and 3:1 links and single skips (a sentence added or removed). A link scores its group
cosine minus ``link_cost`` (and ``extra_item_cost`` per sentence beyond two); a skip scores 0, so a weak link loses
against leaving both sentences unlinked. A 1:1 link of a sentence with a twin (``core.align.vectors``) also gains
``TIE_WEIGHT`` times its letter-for-letter closeness: of two links that tie, the exact copy wins. Gaps larger than
``full_dp_cells`` are searched in a band around their diagonal; a band of over ``max_dp_cells`` is not searched at
all (a gap that large has no anchor in it: nothing in common worth the time and memory). A bead whose sentences do
not all share a term with the other side is never tried: it cannot beat the smaller bead plus a skip.

>>> from core.align.vectors import build_vectors
>>> from core.options import AlignmentThresholds
>>> left, right = build_vectors([["a", "b"], ["c", "d"]], [["a", "b", "c", "d"]])
>>> align_gap(left, right, (0, 2), (0, 1), AlignmentThresholds())
[Group(left=(0, 1), right=(0,), cosine=1.0)]
"""

from __future__ import annotations

import math
from typing import NamedTuple

from core.align.vectors import SideVectors, dot, tie_break
from core.options import AlignmentThresholds

BEADS = ((1, 1), (1, 2), (2, 1), (1, 3), (3, 1))
TIE_WEIGHT = 1e-6  # score units: a 1:1 link gains this times its letter-for-letter closeness (ties only)


class Group(NamedTuple):
    """Consecutive left sentences linked to consecutive right sentences (flat indices)."""

    left: tuple[int, ...]
    right: tuple[int, ...]
    cosine: float


_Cache = tuple[dict[tuple[int, int], float], dict[tuple[int, int], float]]  # squared norms of ranges, pairs' dots


class _GapScorer:
    """Dot products inside one gap, computed once through an inverted index, and group cosines from them."""

    def __init__(
        self, left: SideVectors, right: SideVectors, left_range: tuple[int, int], right_range: tuple[int, int]
    ) -> None:
        self.left, self.right = left, right
        postings: dict[str, list[int]] = {}
        for j in range(*right_range):
            for term in right.vectors[j]:
                postings.setdefault(term, []).append(j)
        self.rows: dict[int, dict[int, float]] = {}
        for i in range(*left_range):
            row: dict[int, float] = {}
            for term, weight in left.vectors[i].items():
                for j in postings.get(term, ()):
                    row[j] = row.get(j, 0.0) + weight * right.vectors[j][term]
            self.rows[i] = row
        self._self_left: _Cache = ({}, {})
        self._self_right: _Cache = ({}, {})

    def _norm2(self, side: SideVectors, cache: _Cache, ids: range) -> float:
        """Squared norm of the sum of consecutive sentence vectors (cached per range, and each pair's dot product:
        neighbouring ranges share most pairs)."""
        if len(ids) == 1:
            return side.norms2[ids.start]  # what the sum below comes to for one sentence, without the cache
        ranges, dots = cache
        key = (ids.start, ids.stop)
        total = ranges.get(key)
        if total is None:
            total = sum(side.norms2[i] for i in ids)
            for i in ids:
                for j in range(i + 1, ids.stop):
                    pair = dots.get((i, j))
                    if pair is None:
                        pair = dots[i, j] = dot(side.vectors[i], side.vectors[j])
                    total += 2.0 * pair
            ranges[key] = total
        return total

    def pair_cosine(self, i: int, j: int) -> float:
        """Cosine of one left and one right sentence (0 when they share nothing)."""
        norm2 = self.left.norms2[i] * self.right.norms2[j]
        return self.rows[i].get(j, 0.0) / math.sqrt(norm2) if norm2 > 0 else 0.0

    def cosine(self, left_ids: range, right_ids: range) -> float:
        """Group cosine, or 0 when some sentence of the group shares nothing with the other side."""
        if len(left_ids) == 1:  # a 1:n bead: the same sums as the general case below, without its bookkeeping
            row = self.rows[left_ids.start]
            cross = 0.0
            for j in right_ids:
                value = row.get(j)
                if value is None:
                    return 0.0
                cross += value
            if cross <= 0.0:
                return 0.0
        elif len(right_ids) == 1:  # an n:1 bead
            j = right_ids.start
            cross = 0.0
            for i in left_ids:
                value = self.rows[i].get(j)
                if value is None or value <= 0.0:
                    return 0.0
                cross += value
        else:
            cross = self._cross(left_ids, right_ids)
            if cross == 0.0:
                return 0.0
        norm2 = self._norm2(self.left, self._self_left, left_ids) * self._norm2(self.right, self._self_right, right_ids)
        return cross / math.sqrt(norm2) if norm2 > 0 else 0.0

    def _cross(self, left_ids: range, right_ids: range) -> float:
        """The sum of the group's dot products, or 0 when some sentence of it shares nothing with the other side."""
        cross = 0.0
        column_hit = [False] * len(right_ids)
        for i in left_ids:
            row = self.rows[i]
            row_total = 0.0
            for k, j in enumerate(right_ids):
                value = row.get(j)
                if value is not None:
                    row_total += value
                    column_hit[k] = True
            if row_total <= 0.0:
                return 0.0
            cross += row_total
        return cross if all(column_hit) else 0.0


def _band(a: int, b: int, thresholds: AlignmentThresholds) -> list[tuple[int, int]]:
    """For each left position 0..a, the range of right positions the DP visits."""
    if (a + 1) * (b + 1) <= thresholds.full_dp_cells:
        return [(0, b)] * (a + 1)
    width = thresholds.band_half_width
    slope = b / a if a else 0.0
    return [(max(0, int(x * slope) - width), min(b, int(x * slope) + width)) for x in range(a + 1)]


_SKIP_LEFT = (1, 0, 0.0)  # a step back: a left sentence left unlinked
_SKIP_RIGHT = (0, 1, 0.0)
Step = tuple[int, int, float]  # (left sentences, right sentences, cosine) of the step that reached a cell


def align_gap(
    left: SideVectors,
    right: SideVectors,
    left_range: tuple[int, int],
    right_range: tuple[int, int],
    thresholds: AlignmentThresholds,
) -> list[Group]:
    """The best monotone set of links between ``left[left_range]`` and ``right[right_range]``."""
    (l0, l1), (r0, r1) = left_range, right_range
    a, b = l1 - l0, r1 - r0
    if a == 0 or b == 0:
        return []
    band = _band(a, b, thresholds)
    if sum(high - low + 1 for low, high in band) > thresholds.max_dp_cells:
        return []  # a huge gap without a single anchor: left to the order-free pass (bounded time and memory)
    scorer = _GapScorer(left, right, left_range, right_range)
    beads, link_min = _bead_costs(thresholds), thresholds.link_min
    scores: list[list[float]] = []  # scores[x][y - band[x][0]]: best total up to (x, y); -inf where unreachable
    steps: list[list[Step]] = []
    for x in range(a + 1):
        low, high = band[x]
        row, row_steps = [-math.inf] * (high - low + 1), [_SKIP_LEFT] * (high - low + 1)
        above = scores[x - 1] if x else None
        above_low, above_high = band[x - 1] if x else (0, -1)
        shared = scorer.rows[l0 + x - 1] if x else {}
        for y in range(low, high + 1):
            best = 0.0 if x == 0 and y == 0 else -math.inf
            if above is not None and above_low <= y <= above_high:
                best = above[y - above_low]  # skip a left sentence (the default step)
            if y > low and row[y - 1 - low] > best:
                best, row_steps[y - low] = row[y - 1 - low], _SKIP_RIGHT
            if y and (r0 + y - 1) in shared:  # every bead ends with this pair: it must share a term
                bead = _best_bead(scorer, scores, band, (x, y, l0 + x - 1, r0 + y - 1), best, beads, link_min)
                if bead is not None:
                    best, row_steps[y - low] = bead
            row[y - low] = best
        scores.append(row)
        steps.append(row_steps)
    if scores[a][b - band[a][0]] == -math.inf:
        return []
    return _trace(steps, band, a, b, (l0, r0))


def link_cost(lefts: int, rights: int, thresholds: AlignmentThresholds) -> float:
    """What a link of ``lefts`` and ``rights`` sentences costs in the DP's score."""
    return thresholds.link_cost + thresholds.extra_item_cost * max(0, lefts + rights - 2)


def _bead_costs(thresholds: AlignmentThresholds) -> list[tuple[int, int, float]]:
    """Each bead's sentences on both sides and what a link of that shape costs."""
    return [(dx, dy, link_cost(dx, dy, thresholds)) for dx, dy in BEADS]


def _best_bead(
    scorer: _GapScorer,
    scores: list[list[float]],
    band: list[tuple[int, int]],
    cell: tuple[int, int, int, int],
    best: float,
    beads: list[tuple[int, int, float]],
    link_min: float,
) -> tuple[float, Step] | None:
    """The best score of ``cell`` (DP position ``x, y``, sentences ``i, j``) over the beads ending there and its
    step, if one beats ``best`` (the skips)."""
    x, y, i, j = cell
    found = None
    for dx, dy, cost in beads:
        if dx > x or dy > y:
            continue
        low, high = band[x - dx]
        if not low <= y - dy <= high:
            continue
        prior = scores[x - dx][y - dy - low]
        if prior + 1.0 + TIE_WEIGHT - cost <= best:
            continue  # not even a perfect cosine would beat what this cell has (also skips unreachable priors)
        tie = 0.0
        if dx == dy == 1:
            cosine = scorer.pair_cosine(i, j)
            if cosine >= link_min:
                tie = TIE_WEIGHT * tie_break(scorer.left, i, scorer.right, j)
        else:
            cosine = scorer.cosine(range(i + 1 - dx, i + 1), range(j + 1 - dy, j + 1))
        if cosine < link_min:
            continue
        total = prior + cosine + tie - cost
        if total > best:
            best, found = total, (dx, dy, cosine)
    return None if found is None else (best, found)


def _trace(
    steps: list[list[Step]], band: list[tuple[int, int]], a: int, b: int, origin: tuple[int, int]
) -> list[Group]:
    """Follow the steps back from ``(a, b)`` to ``(0, 0)``; the beads met are the links."""
    l0, r0 = origin
    groups = []
    x, y = a, b
    while (x, y) != (0, 0):
        dx, dy, cosine = steps[x][y - band[x][0]]
        if dx and dy:
            groups.append(Group(tuple(range(l0 + x - dx, l0 + x)), tuple(range(r0 + y - dy, r0 + y)), cosine))
        x, y = x - dx, y - dy
    return groups[::-1]
