"""TF-IDF sentence vectors as plain dicts, and the similarity of groups of sentences.

API: ``build_vectors(left_terms, right_terms, texts=None) -> (SideVectors, SideVectors)``, ``dot(a, b)``,
``group_cosine(left, left_ids, right, right_ids)``, ``pair_cosine(left, i, right, j)`` (the same for one sentence a
side, without the sums), ``tie_break(side, i, other, j)``.

Weights are ``(1 + ln tf) * idf`` with ``idf = ln((N + 1) / (df + 1)) + 1`` over the sentences of both sides,
so rare words dominate; numbers count ``NUMBER_WEIGHT`` times more. Vectors are not normalised: a group of
consecutive sentences is the sum of their vectors, and its cosine is computed from pairwise dot products.

>>> left, right = build_vectors([["north", "korea", "troop"]], [["troop", "north", "korea"], ["weather"]])
>>> round(group_cosine(left, [0], right, [0]), 3), group_cosine(left, [0], right, [1])
(1.0, 0.0)

Two sentences of one side with the same terms ("The council approved the budget." and "Was the budget approved
by the council?") have the same cosine with any sentence of the other side. Such *twins* are marked when the
sentences' texts are given, and ``tie_break`` then says which of them is closer letter for letter to a sentence
of the other side (1.0 for the same text), so that an exact copy wins the tie:

>>> left, right = build_vectors([["budget"]], [["budget"], ["budget"]],
...                             (["Budget cut."], ["Budget cut?", "Budget cut."]))
>>> sorted(right.twins), tie_break(left, 0, right, 0) < tie_break(left, 0, right, 1) == 1.0
([0, 1], True)
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import chain
from operator import mul

from core.budget import drop_in_slices
from core.text.terms import FUNCTION_PREFIX, NUMBER_PREFIX

NUMBER_WEIGHT = 1.5  # factor: a shared figure is stronger evidence than a shared word of the same rarity

FUNCTION_WEIGHT = 0.15  # factor: a short sentence's function words are weak evidence, next to its content words

Vector = dict[str, float]
_SLICE = 10_000  # sentences: their terms counted at once (one C call: the window thread waits for it)


@dataclass(frozen=True, slots=True)
class SideVectors:
    """The vectors of one side's sentences (in reading order), their squared norms and (when given) their texts,
    with the sentences that share their terms with another sentence of the side (``twins``)."""

    vectors: list[Vector]
    norms2: list[float]
    texts: Sequence[str] = ()
    twins: frozenset[int] = field(default_factory=frozenset)

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


def _weigh(terms: list[str], idf: dict[str, float], base: dict[str, float]) -> Vector:
    """The vector of one sentence's terms; ``base`` holds each term's weight when it is there once."""
    if len(set(terms)) == len(terms):  # no repeated term (the usual case): the weights are the terms' own
        return dict(zip(terms, map(base.__getitem__, terms), strict=True))
    vector = {}
    for term, count in Counter(terms).items():
        weight = (1.0 + math.log(count)) * idf[term] if count > 1 else idf[term]
        if term[0] == NUMBER_PREFIX:
            weight *= NUMBER_WEIGHT
        elif term[0] == FUNCTION_PREFIX:
            weight *= FUNCTION_WEIGHT
        vector[term] = weight
    return vector


def _document_frequencies(*sides: Sequence[list[str]]) -> Counter[str]:
    """How many sentences of both sides have each term, counted a slice of sentences at a time (one C call over
    millions of terms would hold the interpreter)."""
    df: Counter[str] = Counter()
    for all_terms in sides:
        for start in range(0, len(all_terms), _SLICE):
            df.update(chain.from_iterable(map(set, all_terms[start : start + _SLICE])))
    return df


def build_vectors(
    left: Sequence[list[str]],
    right: Sequence[list[str]],
    texts: tuple[Sequence[str], Sequence[str]] | None = None,
) -> tuple[SideVectors, SideVectors]:
    """Vectors of both sides' sentences, from their matching terms; ``texts``: the sentences' own texts."""
    df = _document_frequencies(left, right)
    n = len(left) + len(right)
    idf = {term: math.log((n + 1) / (count + 1)) + 1.0 for term, count in df.items()}
    del df
    base = {  # each term's weight where it occurs once (``_weigh``'s arithmetic, to the last bit)
        term: weight * NUMBER_WEIGHT
        if term[0] == NUMBER_PREFIX
        else weight * FUNCTION_WEIGHT
        if term[0] == FUNCTION_PREFIX
        else weight
        for term, weight in idf.items()
    }
    made: dict[int, tuple[Vector, float]] = {}  # id of a term list of the shorter side -> its vector and norm

    def side(all_terms: Sequence[list[str]], side_texts: Sequence[str], record: bool) -> SideVectors:
        vectors, norms2 = [], []
        for terms in all_terms:
            seen = made.get(id(terms))
            if seen is None:
                vector = _weigh(terms, idf, base)
                seen = (vector, sum(map(mul, vector.values(), vector.values())))
                if record:
                    made[id(terms)] = seen
            vectors.append(seen[0])
            norms2.append(seen[1])
        return SideVectors(vectors, norms2, side_texts, _twins(all_terms) if side_texts else frozenset())

    left_texts, right_texts = texts or ((), ())
    if len(right) <= len(left):  # a term list on both sides (a line of a huge list) is looked up by identity
        right_vectors = side(right, right_texts, True)
        left_vectors = side(left, left_texts, False)
    else:
        left_vectors = side(left, left_texts, True)
        right_vectors = side(right, right_texts, False)
    drop_in_slices(made)
    return left_vectors, right_vectors


def _twins(all_terms: Sequence[list[str]]) -> frozenset[int]:
    """Sentences whose terms (as a multiset) another sentence has too."""
    seen: dict[tuple[str, ...], int] = {}
    twins: set[int] = set()
    for index, terms in enumerate(all_terms):
        key = tuple(sorted(terms))
        first = seen.setdefault(key, index)
        if first != index:
            twins.update((first, index))
    return frozenset(twins)


def tie_break(side: SideVectors, i: int, other: SideVectors, j: int) -> float:
    """How alike sentence ``i`` of a side and ``j`` of the other are letter for letter, in ``[0, 1]``, when one
    of them has a twin (0.0 otherwise): 1.0 for the same text, else the share of the longer text that their common
    start and end cover. Only ever compared between candidates of equal cosine."""
    if i not in side.twins and j not in other.twins:
        return 0.0
    a, b = side.texts[i], other.texts[j]
    if a == b:
        return 1.0
    shorter = min(len(a), len(b))
    start = _common_start(a, b)
    end = _common_start(a[::-1], b[::-1])
    return min(start + end, shorter) / max(len(a), len(b), 1) * 0.999  # below an exact copy's 1.0


def _common_start(a: str, b: str) -> int:
    """How many characters two texts have in common at their start."""
    for k, (x, y) in enumerate(zip(a, b, strict=False)):
        if x != y:
            return k
    return min(len(a), len(b))


# Whether ``sum`` of floats adds them one by one, as ``dot`` does (up to Python 3.11; later versions compensate):
# then a vector's ``dot`` with itself is its squared norm as ``build_vectors`` sums it, to the last bit.
PLAIN_SUM = sum([1e16, 1.0, -1e16]) == 0.0


def pair_cosine(left: SideVectors, i: int, right: SideVectors, j: int) -> float:
    """``group_cosine(left, [i], right, [j])``, to the last bit, without its sums (anchors ask it for every pair).
    A sentence on both sides (one vector, shared: a line of two copies of a list) skips the dot product, which
    would be its squared norm.

    >>> left, right = build_vectors([["troop", "north"]], [["troop", "south"]])
    >>> pair_cosine(left, 0, right, 0) == group_cosine(left, [0], right, [0]) > 0
    True
    """
    vector, norm2 = left.vectors[i], left.norms2[i]
    if vector is right.vectors[j] and PLAIN_SUM and norm2 == right.norms2[j]:
        norm = math.sqrt(norm2 * norm2)
        return norm2 / norm if norm else 0.0  # dot(vector, vector) is norm2
    norm = math.sqrt(norm2 * right.norms2[j])
    return dot(vector, right.vectors[j]) / norm if norm else 0.0


def group_cosine(left: SideVectors, left_ids: Sequence[int], right: SideVectors, right_ids: Sequence[int]) -> float:
    """Cosine between the sum of some left sentences' vectors and the sum of some right sentences' vectors."""
    if len(left_ids) == len(right_ids) == 1:
        i, j = left_ids[0], right_ids[0]
        if left.vectors[i] is right.vectors[j] and PLAIN_SUM and left.norms2[i] == right.norms2[j] > 0.0:
            return pair_cosine(left, i, right, j)  # the sums below of one term each: the same figure
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
