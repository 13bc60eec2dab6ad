"""Leftover matching skips a query whose cosine bound stays under the minimum (``core.align.candidates._reach``):
the matches are those of scoring every query, and a huge side sharing one weak word is not scored line by line."""

from __future__ import annotations

import heapq
import random
from typing import Any

import pytest

from core.align import candidates
from core.align.candidates import best_matches, candidate_index
from core.align.vectors import SideVectors

TERMS = [f"t{k}" for k in range(12)]


def _side(rng: random.Random, count: int) -> SideVectors:
    vectors = []
    for _ in range(count):
        terms = rng.sample(TERMS, rng.randrange(1, 6))
        vectors.append({term: rng.choice((0.2, 1.0, 3.0, rng.uniform(0.1, 4.0))) for term in terms})
    return SideVectors(vectors, [sum(w * w for w in v.values()) for v in vectors])


@pytest.mark.parametrize("seed", range(30))
def test_skipping_by_the_bound_finds_what_scoring_every_query_finds(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(seed)
    queries, targets = _side(rng, rng.randrange(20, 60)), _side(rng, rng.randrange(3, 15))  # bound used
    index = candidate_index(targets, range(len(targets)), rng.randrange(2, 8))  # some terms left out of it
    minimum = rng.uniform(0.2, 0.8)
    ids = range(len(queries))
    bounded = best_matches(queries, ids, targets, index, minimum, 0.05, 0)
    monkeypatch.setattr(candidates, "BOUND_SLACK", 1.0)  # no bound is under zero: every query is scored
    assert bounded == best_matches(queries, ids, targets, index, minimum, 0.05, 0)


def test_lines_sharing_one_weak_term_with_an_article_are_not_scored(monkeypatch: pytest.MonkeyPatch) -> None:
    scored = 0
    nlargest = heapq.nlargest

    def counting(*args: Any, **kwargs: Any) -> Any:
        nonlocal scored
        scored += 1
        return nlargest(*args, **kwargs)

    monkeypatch.setattr(heapq, "nlargest", counting)
    lines = [{"line": 1.0, f"n{k}": 9.0, "list": 1.0, "long": 0.5} for k in range(2_000)]
    article = [{"council": 6.0, "budget": 6.0, "long": 0.5, "debate": 6.0}, {"officials": 6.0, "plan": 6.0}]
    left = SideVectors(lines, [sum(w * w for w in v.values()) for v in lines])
    right = SideVectors(article, [sum(w * w for w in v.values()) for v in article])
    index = candidate_index(right, range(2), 40)
    assert best_matches(left, range(2_000), right, index, 0.45, 0.05, 0) == []
    assert scored == 0
