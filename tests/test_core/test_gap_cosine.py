"""The gap scorer's 1:n and n:1 cosines are the general group cosine to the last bit (the DP compares sums of
them, so a bit's difference could change a link)."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from core.align.gapfill import _GapScorer
from core.align.vectors import build_vectors

_WORDS = st.lists(st.sampled_from("ab cd ef gh ij kl mn op".split()), max_size=5)


def _general(scorer: _GapScorer, left_ids: range, right_ids: range) -> float:
    """The group cosine through the general path, whatever the bead's shape."""
    cross = scorer._cross(left_ids, right_ids)
    if cross == 0.0:
        return 0.0
    norm2 = scorer._norm2(scorer.left, ({}, {}), left_ids) * scorer._norm2(scorer.right, ({}, {}), right_ids)
    return cross / math.sqrt(norm2) if norm2 > 0 else 0.0


@settings(max_examples=200, deadline=None)
@given(st.lists(_WORDS, min_size=3, max_size=6), st.lists(_WORDS, min_size=3, max_size=6))
def test_one_to_many_cosines_equal_the_general_ones(left_terms: list[list[str]], right_terms: list[list[str]]) -> None:
    left, right = build_vectors(left_terms, right_terms)
    scorer = _GapScorer(left, right, (0, len(left_terms)), (0, len(right_terms)))
    for i in range(len(left_terms)):
        for j in range(len(right_terms)):
            for n in (1, 2, 3):
                if j + n <= len(right_terms):
                    one_to_n = range(i, i + 1), range(j, j + n)
                    assert scorer.cosine(*one_to_n) == _general(scorer, *one_to_n)
                if i + n <= len(left_terms):
                    n_to_one = range(i, i + n), range(j, j + 1)
                    assert scorer.cosine(*n_to_one) == _general(scorer, *n_to_one)


def test_a_sentence_sharing_nothing_makes_the_group_zero() -> None:
    left, right = build_vectors([["ab", "cd"], ["ef"]], [["ab"], ["cd"], ["gh"]])
    scorer = _GapScorer(left, right, (0, 2), (0, 3))
    assert scorer.cosine(range(0, 1), range(0, 2)) > 0.0
    assert scorer.cosine(range(0, 1), range(0, 3)) == 0.0  # "gh" shares nothing with the left sentence
    assert scorer.cosine(range(0, 2), range(0, 1)) == 0.0  # "ef" shares nothing with the right one
