"""Candidates for links out of reading order: which unlinked sentence of one side is the best partner of one of
the other side, through an inverted index of their rarer terms.

API (for ``core.align.aligner``): ``candidate_index(side, ids, df_max)``, ``best_matches(queries, query_ids,
targets, index, minimum, margin, min_shared)``, ``clear_best(left, free_left, right, free_right, thresholds)``,
``content_terms(terms)``.

``best_matches`` is the strict test of a move (``move_min``); ``clear_best`` is the weak one, for a paragraph
that was moved *and* reworded, whose cosine falls under ``move_min`` because a rewrite changes figures and
inflections ("#15" / "#20", "clos" / "closur" count as different terms). Such a pair is linked when each
sentence is clearly the other's best partner: the cosine is at least ``weak_move_min``, it beats the next best
sentence of the other side (linked or not) by ``weak_move_margin``, both ways, and the pair shares
``weak_move_shared`` content words. A dropped sentence and an added one that share a word or two stay apart.

>>> from core.align.vectors import build_vectors
>>> from core.options import AlignmentThresholds
>>> left, right = build_vectors([["fare", "rise", "#20", "april", "ticket"], ["storm"]],
...                             [["storm"], ["april", "ticket", "cost", "#20", "#22", "passenger"]])
>>> clear_best(left, [0], right, [1], AlignmentThresholds())
[(0, 1)]
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Sequence

from core.align.vectors import SideVectors, dot, tie_break
from core.options import AlignmentThresholds
from core.text.terms import FUNCTION_PREFIX, STOP_WORDS

TIE = 1e-9  # cosine: candidates this close to the best are copies of it, not rivals
BOUND_SLACK = 1e-9  # fraction: a cosine bound this close under the minimum still has its targets scored
TOP_CANDIDATES = 5  # sentences: a query's best targets by shared rare terms whose full cosine is computed


def candidate_index(side: SideVectors, ids: Sequence[int], df_max: int) -> dict[str, list[int]]:
    """Inverted index of the given sentences over their terms found in at most ``df_max`` of them."""
    postings: dict[str, list[int]] = defaultdict(list)
    for index in ids:
        for term in side.vectors[index]:
            postings[term].append(index)
    return {term: ids_ for term, ids_ in postings.items() if len(ids_) <= df_max}


def best_matches(
    queries: SideVectors,
    query_ids: Sequence[int],
    targets: SideVectors,
    index: dict[str, list[int]],
    minimum: float,
    margin: float,
    min_shared: int,
) -> list[tuple[float, float, int, int]]:
    """(cosine, closeness, query, target) for each query's best target (and its copies) above ``minimum``,
    checked among its top 5 by overlap, when it shares ``min_shared`` content terms with it and beats the next
    best other sentence by ``margin`` (a sentence that matches several as well is no evidence of where it came
    from; copies of one sentence are not rivals: any of them will do, the closest letter for letter first)."""
    found = []
    candidates = {t for ids in index.values() for t in ids}
    reach = _reach(targets, candidates) if len(query_ids) > len(candidates) else {}  # worth it for many queries
    for q in query_ids:
        if index.keys().isdisjoint(queries.vectors[q]):
            continue  # no candidate at all (a test in C: most queries of a huge side against a short one)
        vector = queries.vectors[q]
        bound = sum(vector[term] * reach[term] for term in reach.keys() & vector.keys()) if reach else 1e300
        if bound < minimum * queries.norms2[q] ** 0.5 * (1 - BOUND_SLACK):
            continue  # no target can reach ``minimum``: 600,000 lines sharing only "long" with an article
        partial: dict[int, float] = defaultdict(float)
        for term, weight in vector.items():
            for t in index.get(term, ()):
                partial[t] += weight * targets.vectors[t][term]
        scored = []
        for t in heapq.nlargest(TOP_CANDIDATES, partial, key=partial.__getitem__):
            if content_terms(queries.vectors[q].keys() & targets.vectors[t].keys()) < min_shared:
                continue  # "What then?", "Amen.": found in many places, evidence of none
            norm2 = queries.norms2[q] * targets.norms2[t]
            scored.append((dot(queries.vectors[q], targets.vectors[t]) / norm2**0.5 if norm2 else 0.0, t))
        scored.sort(reverse=True)
        if not scored or scored[0][0] < minimum:
            continue
        top = scored[0][0]
        copies = [(cosine, t) for cosine, t in scored if cosine >= top - TIE]
        rivals = [cosine for cosine, t in scored if cosine < top - TIE]
        if not rivals or top - rivals[0] >= margin:  # copies of one sentence (ties) are not rivals
            found += [(cosine, tie_break(queries, q, targets, t), q, t) for cosine, t in copies]
    return found


def _reach(targets: SideVectors, candidates: set[int]) -> dict[str, float]:
    """Per term of the candidate targets (their terms left out of the index too: they count in the cosine),
    the most its weight adds to a cosine per unit of the query's weight: a query's cosine with any of them is
    at most the sum of its weights times these, over its norm."""
    reach: dict[str, float] = {}
    for t in candidates:
        norm = targets.norms2[t] ** 0.5
        for term, weight in targets.vectors[t].items():
            reach[term] = max(reach.get(term, 0.0), weight / norm)
    return reach


def content_terms(terms: set[str]) -> int:
    """How many of some terms are content words (not the function words a short sentence matches on)."""
    return sum(1 for term in terms if term[0] != FUNCTION_PREFIX and term not in STOP_WORDS)


def _ranked(queries: SideVectors, q: int, targets: SideVectors, index: dict[str, list[int]]) -> list[tuple[float, int]]:
    """(cosine, target) of a query's best targets by shared indexed terms, best first."""
    partial: dict[int, float] = defaultdict(float)
    for term, weight in queries.vectors[q].items():
        for t in index.get(term, ()):
            partial[t] += weight * targets.vectors[t][term]
    scored = []
    for t in heapq.nlargest(TOP_CANDIDATES, partial, key=partial.__getitem__):
        norm2 = queries.norms2[q] * targets.norms2[t]
        scored.append((dot(queries.vectors[q], targets.vectors[t]) / norm2**0.5 if norm2 else 0.0, t))
    return sorted(scored, reverse=True)


def _clear_partner(ranked: list[tuple[float, int]], free: set[int], thresholds: AlignmentThresholds) -> int | None:
    """The best of some ranked targets when it is free, similar enough and ahead of the next by the margin."""
    if not ranked or ranked[0][1] not in free or ranked[0][0] < thresholds.weak_move_min:
        return None
    runner_up = ranked[1][0] if len(ranked) > 1 else 0.0
    return ranked[0][1] if ranked[0][0] - runner_up >= thresholds.weak_move_margin else None


def clear_best(
    left: SideVectors,
    free_left: Sequence[int],
    right: SideVectors,
    free_right: Sequence[int],
    thresholds: AlignmentThresholds,
) -> list[tuple[int, int]]:
    """(left, right) pairs of free sentences that are each other's clear best partner (see the module docstring),
    in left order."""
    if not free_left or not free_right:
        return []
    free_index = candidate_index(right, free_right, thresholds.candidate_df_max)
    reach = _reach(right, {t for ids in free_index.values() for t in ids})
    indexes: dict[bool, dict[str, list[int]]] = {}  # every sentence of a side: a linked one is a rival too
    free_lefts, free_rights = set(free_left), set(free_right)
    pairs = []
    for i in free_left:
        vector = left.vectors[i]
        if free_index.keys().isdisjoint(vector):
            continue
        bound = sum(vector[term] * reach[term] for term in reach.keys() & vector.keys())
        if bound < thresholds.weak_move_min * left.norms2[i] ** 0.5 * (1 - BOUND_SLACK):
            continue  # no free sentence can reach the minimum
        if True not in indexes:
            indexes[True] = candidate_index(right, range(len(right)), thresholds.candidate_df_max)
        j = _clear_partner(_ranked(left, i, right, indexes[True]), free_rights, thresholds)
        if j is None or content_terms(vector.keys() & right.vectors[j].keys()) < thresholds.weak_move_shared:
            continue
        if False not in indexes:
            indexes[False] = candidate_index(left, range(len(left)), thresholds.candidate_df_max)
        if _clear_partner(_ranked(right, j, left, indexes[False]), free_lefts, thresholds) == i:
            pairs.append((i, j))
            free_lefts.discard(i)
            free_rights.discard(j)
    return pairs
