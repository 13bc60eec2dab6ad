"""Anchors: sentence pairs that share a term found in no other sentence of the range, on either side.

API: ``find_anchors(left, right, left_range, right_range, min_cosine) -> list[Anchor]``,
``heaviest_chain(pairs) -> list[Anchor]``.

This is patience diff lifted from lines to sentences (as hunalign's ``partialAlign`` does for long texts): a
term unique on both sides is strong evidence, the pairs it suggests are checked by cosine, reduced to mutual
best matches, and the heaviest chain that keeps reading order on both sides becomes the backbone.

>>> heaviest_chain([Anchor(0, 0, 0.9), Anchor(1, 5, 0.4), Anchor(2, 1, 0.8), Anchor(3, 2, 0.7)])
[Anchor(left=0, right=0, cosine=0.9), Anchor(left=2, right=1, cosine=0.8), Anchor(left=3, right=2, cosine=0.7)]
"""

from __future__ import annotations

import math
from typing import NamedTuple

from core.align.vectors import SideVectors, dot


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
    min_cosine: float,
) -> list[Anchor]:
    """Mutual-best pairs over terms unique on both sides of the ranges, in reading order (a monotone chain)."""
    left_owner = _unique_term_owners(left, *left_range)
    right_owner = _unique_term_owners(right, *right_range)
    pairs = {(i, right_owner[t]) for t, i in left_owner.items() if t in right_owner}
    best_of_left: dict[int, Anchor] = {}
    best_of_right: dict[int, Anchor] = {}
    for i, j in pairs:
        norm = math.sqrt(left.norms2[i] * right.norms2[j])
        cosine = dot(left.vectors[i], right.vectors[j]) / norm if norm else 0.0
        if cosine < min_cosine:
            continue
        anchor = Anchor(i, j, cosine)
        if i not in best_of_left or cosine > best_of_left[i].cosine:
            best_of_left[i] = anchor
        if j not in best_of_right or cosine > best_of_right[j].cosine:
            best_of_right[j] = anchor
    mutual = [a for a in best_of_left.values() if best_of_right[a.right] == a]
    return heaviest_chain(mutual)


def heaviest_chain(pairs: list[Anchor]) -> list[Anchor]:
    """The chain of pairs increasing on both sides with the largest total cosine (weighted LIS, O(k log k)).

    Each left and each right index must occur at most once in ``pairs`` (mutual best matches do).
    """
    if not pairs:
        return []
    pairs = sorted(pairs)
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
