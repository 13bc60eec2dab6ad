"""Anchors: sentence pairs that share a term found in no other sentence of the range, on either side.

API: ``find_anchors(left, right, left_range, right_range, thresholds) -> list[Anchor]``,
``heaviest_chain(pairs) -> list[Anchor]``, ``supported(left, right, chain, ranges, thresholds)``.

This is patience diff lifted from lines to sentences (as hunalign's ``partialAlign`` does for long texts): a
term unique on both sides is strong evidence, the pairs it suggests are checked by cosine, reduced to mutual
best matches, and the heaviest chain that keeps reading order on both sides becomes the backbone.

One shared rare word can still pair two unrelated sentences far apart; when nothing else anchors the text
around them, that pair alone would cut the document in the wrong place and push every correct link between the
two places out of order. So an anchor must be supported by the chain. A step between neighbouring anchors (the
range's corners at the ends) is regular when it runs along the range's diagonal, within ``anchor_slack``
sentences plus ``anchor_skew`` of the step's length. An anchor whose steps are both regular stays. One that
jumps off the diagonal from a neighbour (an irregular step) is dropped when one of its sentences matches a
sentence better where the diagonal from that neighbour would put it (within ``anchor_slack`` sentences): its
true partner is where the order expects it. A true anchor after an insertion, or among the rewrite's other
material, keeps its place: nothing matches it better there.

>>> from core.align.vectors import build_vectors
>>> left, right = build_vectors([[f"w{k}"] for k in range(48)], [[f"w{k}"] for k in range(48)])
>>> ranges = (0, 48), (0, 48)
>>> supported(left, right, [Anchor(10, 38, 0.4)], ranges, AlignmentThresholds())  # 10 matches 10 better
[]
>>> supported(left, right, [Anchor(10, 11, 0.4)], ranges, AlignmentThresholds())  # near the diagonal
[Anchor(left=10, right=11, cosine=0.4)]
>>> left, right = build_vectors([["a"]] * 48, [["b"]] * 48)  # nothing else matches anything
>>> [a.right for a in supported(left, right, [Anchor(10, 30, 0.4)], ranges, AlignmentThresholds())]
[30]

>>> heaviest_chain([Anchor(0, 0, 0.9), Anchor(1, 5, 0.4), Anchor(2, 1, 0.8), Anchor(3, 2, 0.7)])
[Anchor(left=0, right=0, cosine=0.9), Anchor(left=2, right=1, cosine=0.8), Anchor(left=3, right=2, cosine=0.7)]
"""

from __future__ import annotations

from itertools import accumulate, islice, pairwise
from math import sqrt
from operator import lt
from typing import NamedTuple

from core.align.vectors import PLAIN_SUM, SideVectors, pair_cosine
from core.options import AlignmentThresholds


class Anchor(NamedTuple):
    """A 1:1 sentence pair that the alignment must pass through."""

    left: int
    right: int
    cosine: float


def _unique_term_owners(side: SideVectors, first: int, stop: int) -> dict[str, int]:
    """Terms that occur in exactly one sentence of ``[first, stop)``, mapped to that sentence."""
    owner: dict[str, int] = {}
    for index in range(first, stop):
        for term in side.vectors[index]:
            owner[term] = -1 if term in owner else index
    return {term: index for term, index in owner.items() if index >= 0}


def find_anchors(
    left: SideVectors,
    right: SideVectors,
    left_range: tuple[int, int],
    right_range: tuple[int, int],
    thresholds: AlignmentThresholds,
) -> list[Anchor]:
    """Mutual-best pairs over terms unique on both sides of the ranges, in reading order (a monotone chain),
    each supported by its neighbours in the chain."""
    min_cosine = thresholds.anchor_min
    left_owner = _unique_term_owners(left, *left_range)
    right_owner = _unique_term_owners(right, *right_range)
    pairs = {(i, right_owner[t]) for t, i in left_owner.items() if t in right_owner}
    best_of_left: dict[int, Anchor] = {}
    best_of_right: dict[int, Anchor] = {}
    left_vectors, left_norms2, right_vectors, right_norms2 = left.vectors, left.norms2, right.vectors, right.norms2
    for i, j in pairs:
        norm2 = left_norms2[i]
        if left_vectors[i] is right_vectors[j] and PLAIN_SUM and norm2 == right_norms2[j]:  # one line, both sides
            norm = sqrt(norm2 * norm2)
            cosine = norm2 / norm if norm else 0.0  # ``pair_cosine``'s shortcut written out: a pair per line
        else:
            cosine = pair_cosine(left, i, right, j)
        if cosine < min_cosine:
            continue
        anchor = Anchor(i, j, cosine)
        if i not in best_of_left or cosine > best_of_left[i].cosine:
            best_of_left[i] = anchor
        if j not in best_of_right or cosine > best_of_right[j].cosine:
            best_of_right[j] = anchor
    mutual = [a for a in best_of_left.values() if best_of_right[a.right] == a]
    return supported(left, right, heaviest_chain(mutual), (left_range, right_range), thresholds)


def supported(
    left: SideVectors,
    right: SideVectors,
    chain: list[Anchor],
    ranges: tuple[tuple[int, int], tuple[int, int]],
    thresholds: AlignmentThresholds,
) -> list[Anchor]:
    """The anchors of a chain that its regular steps support (see the module docstring)."""
    (l0, l1), (r0, r1) = ranges
    slope = (r1 - r0) / (l1 - l0) if l1 > l0 else 1.0
    points = [(l0 - 1, r0 - 1), *((a.left, a.right) for a in chain), (l1, r1)]

    slack, skew = thresholds.anchor_slack, thresholds.anchor_skew
    regular_steps = [  # the step from each point to the next (each step is two anchors' neighbour)
        abs((j1 - j0) - slope * (i1 - i0)) <= slack + skew * ((i1 - i0 + j1 - j0) / 2)
        for (i0, j0), (i1, j1) in pairwise(points)
    ]
    kept = []
    for k, anchor in enumerate(chain, start=1):
        if regular_steps[k - 1] and regular_steps[k]:
            kept.append(anchor)  # no jump: nothing to refute (most anchors)
            continue
        jumps = [points[k + d] for d, step in ((-1, k - 1), (1, k)) if not regular_steps[step]]  # jumped from
        if not any(_refuted(left, right, anchor, n, slope, ranges, thresholds.anchor_slack) for n in jumps):
            kept.append(anchor)
    return kept


def _refuted(
    left: SideVectors,
    right: SideVectors,
    anchor: Anchor,
    neighbour: tuple[int, int],
    slope: float,
    ranges: tuple[tuple[int, int], tuple[int, int]],
    window: int,
) -> bool:
    """Whether a sentence of the anchor matches better a sentence where the irregular step's neighbour would
    put it, following the diagonal (within ``window`` sentences)."""
    (l0, l1), (r0, r1) = ranges
    i, j = anchor.left, anchor.right
    there_right = round(neighbour[1] + slope * (i - neighbour[0]))
    there_left = round(neighbour[0] + (j - neighbour[1]) / slope) if slope else i
    for other in range(max(r0, there_right - window), min(r1, there_right + window + 1)):
        if other != j and pair_cosine(left, i, right, other) > anchor.cosine:
            return True
    for other in range(max(l0, there_left - window), min(l1, there_left + window + 1)):
        if other != i and pair_cosine(left, other, right, j) > anchor.cosine:
            return True
    return False


def heaviest_chain(pairs: list[Anchor]) -> list[Anchor]:
    """The chain of pairs increasing on both sides with the largest total cosine (weighted LIS, O(k log k)).

    Each left and each right index must occur at most once in ``pairs`` (mutual best matches do).
    """
    if not pairs:
        return []
    pairs = sorted(pairs)
    if _rising(pairs):
        return pairs  # already one chain rising on both sides (two copies of a text): it is the heaviest
    rights = sorted({p.right for p in pairs})
    rank = {r: k + 1 for k, r in enumerate(rights)}
    size = len(rights)
    tree_score = [0.0] * (size + 1)  # Fenwick tree of prefix maxima over right ranks
    tree_index = [-1] * (size + 1)
    previous = [-1] * len(pairs)
    totals = [0.0] * len(pairs)
    for k, pair in enumerate(pairs):
        best, best_index, position = 0.0, -1, rank[pair.right] - 1
        while position > 0:
            if tree_score[position] > best:
                best, best_index = tree_score[position], tree_index[position]
            position -= position & -position
        totals[k], previous[k] = best + pair.cosine, best_index
        position = rank[pair.right]
        while position <= size:
            if totals[k] > tree_score[position]:
                tree_score[position], tree_index[position] = totals[k], k
            position += position & -position
    k = max(range(len(pairs)), key=totals.__getitem__)
    chain = []
    while k >= 0:
        chain.append(pairs[k])
        k = previous[k]
    return chain[::-1]


def _rising(pairs: list[Anchor]) -> bool:
    """Whether sorted pairs rise on the right too, each adding weight: then they are all the heaviest chain (the
    one the tree below would find, every running total above the one before)."""
    rights = [pair.right for pair in pairs]
    totals = [0.0, *accumulate(pair.cosine for pair in pairs)]  # the running totals the loop of the tree adds up
    return all(map(lt, rights, islice(rights, 1, None))) and all(map(lt, totals, islice(totals, 1, None)))
