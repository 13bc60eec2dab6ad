"""TF-IDF sentence vectors as plain dicts, and the similarity of groups of sentences.

API: ``build_vectors(left_terms, right_terms) -> (SideVectors, SideVectors)``, ``dot(a, b)``,
``group_cosine(left, left_ids, right, right_ids)``.

Weights are ``(1 + ln tf) * idf`` with ``idf = ln((N + 1) / (df + 1)) + 1`` over the sentences of both sides,
so rare words dominate; numbers count ``NUMBER_WEIGHT`` times more. Vectors are not normalised: a group of
consecutive sentences is the sum of their vectors, and its cosine is computed from pairwise dot products.

>>> left, right = build_vectors([["north", "korea", "troop"]], [["troop", "north", "korea"], ["weather"]])
>>> round(group_cosine(left, [0], right, [0]), 3), group_cosine(left, [0], right, [1])
(1.0, 0.0)
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from core.text.terms import FUNCTION_PREFIX, NUMBER_PREFIX

NUMBER_WEIGHT = 1.5  # factor: a shared figure is stronger evidence than a shared word of the same rarity

FUNCTION_WEIGHT = 0.15  # factor: a short sentence's function words are weak evidence, next to its content words

Vector = dict[str, float]


@dataclass(frozen=True, slots=True)
class SideVectors:
    """The vectors of one side's sentences (in reading order) and their squared norms."""

    vectors: list[Vector]
    norms2: list[float]

    def __len__(self) -> int:
        return len(self.vectors)


def dot(a: Vector, b: Vector) -> float:
    """Dot product of two sparse vectors."""
    if len(a) > len(b):
        a, b = b, a
    total = 0.0
    get = b.get
    for term, weight in a.items():
        other = get(term)
        if other is not None:
            total += weight * other
    return total


def _weigh(terms: list[str], idf: dict[str, float]) -> Vector:
    counts = Counter(terms)
    vector = {term: (1.0 + math.log(count)) * idf[term] if count > 1 else idf[term] for term, count in counts.items()}
    for term in vector:
        if term[0] == NUMBER_PREFIX:
            vector[term] *= NUMBER_WEIGHT
        elif term[0] == FUNCTION_PREFIX:
            vector[term] *= FUNCTION_WEIGHT
    return vector


def build_vectors(left: Sequence[list[str]], right: Sequence[list[str]]) -> tuple[SideVectors, SideVectors]:
    """Vectors of both sides' sentences, from their matching terms."""
    df: Counter[str] = Counter()
    for terms in left:
        df.update(set(terms))
    for terms in right:
        df.update(set(terms))
    n = len(left) + len(right)
    idf = {term: math.log((n + 1) / (count + 1)) + 1.0 for term, count in df.items()}

    def side(all_terms: Sequence[list[str]]) -> SideVectors:
        vectors = [_weigh(terms, idf) for terms in all_terms]
        return SideVectors(vectors, [sum(w * w for w in v.values()) for v in vectors])

    return side(left), side(right)


def group_cosine(left: SideVectors, left_ids: Sequence[int], right: SideVectors, right_ids: Sequence[int]) -> float:
    """Cosine between the sum of some left sentences' vectors and the sum of some right sentences' vectors."""
    cross = sum(dot(left.vectors[i], right.vectors[j]) for i in left_ids for j in right_ids)
    if cross <= 0.0:
        return 0.0
    return cross / math.sqrt(_group_norm2(left, left_ids) * _group_norm2(right, right_ids))


def _group_norm2(side: SideVectors, ids: Sequence[int]) -> float:
    total = sum(side.norms2[i] for i in ids)
    for x, i in enumerate(ids):
        for j in ids[x + 1 :]:
            total += 2.0 * dot(side.vectors[i], side.vectors[j])
    return total
