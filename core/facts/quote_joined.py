"""Quotes of the original that a quote of the rewrite joins into one: '"A," she said. "B."' made into '"A, B"'.

API: ``joined_run(key, candidates, left_keys, left_quotes, altered_min) -> range | None``, ``MERGED_MAX``,
``MERGED_WORDS``, ``MERGED_PARAGRAPHS``.

Two to ``MERGED_MAX`` consecutive left quotes, no more than ``MERGED_PARAGRAPHS`` apart, each with ``MERGED_WORDS``
of its words (and ``altered_min`` of them) standing in order in the right quote, which holds ``altered_min`` of its
own words in them (``core.facts.quote_check`` uses it).
"""

from __future__ import annotations

import difflib
from bisect import bisect_right
from collections.abc import Iterator
from itertools import accumulate

from core.facts.quotes import Quote

MERGED_MAX = 3  # left quotes one right quote may join ("A," she said. "B." made into "A, B")
MERGED_WORDS = 2  # words of each joined left quote, at least, that must stand in the right quote
MERGED_PARAGRAPHS = 1  # paragraphs at most between two joined left quotes


def _runs(seed: int, count: int) -> Iterator[range]:
    """Runs of two to ``MERGED_MAX`` consecutive left quotes holding ``seed``, longest first."""
    for length in range(MERGED_MAX, 1, -1):
        for start in range(max(0, seed - length + 1), min(seed, count - length) + 1):
            yield range(start, start + length)


def _each_stands(words: list[str], pieces: list[list[str]], altered_min: float) -> bool:
    """Whether most of ``words`` stand, in order, in the pieces joined, and most of each piece's words in them."""
    joined = [word for piece in pieces for word in piece]
    ends = list(accumulate(len(piece) for piece in pieces))
    matched = [0] * len(pieces)
    for block in difflib.SequenceMatcher(None, words, joined, autojunk=False).get_matching_blocks():
        for at in range(block.b, block.b + block.size):
            matched[bisect_right(ends, at)] += 1
    return sum(matched) >= altered_min * len(words) and all(
        found >= MERGED_WORDS and found >= altered_min * len(piece)
        for found, piece in zip(matched, pieces, strict=True)
    )


def joined_run(
    key: str, candidates: list[int], left_keys: list[str], left_quotes: list[Quote], altered_min: float
) -> range | None:
    """The consecutive left quotes, near each other, that a right quote (``key``) joins into one, among those holding
    ``candidates``; ``altered_min``: the share of its words, and of each one's, that must stand in order."""
    words = key.replace("|", " ").split()
    vocabulary = set(words)
    for seed in dict.fromkeys(candidates):
        for run in _runs(seed, len(left_keys)):
            pieces = [left_keys[k].replace("|", " ").split() for k in run]
            near = all(left_quotes[k + 1].paragraph - left_quotes[k].paragraph <= MERGED_PARAGRAPHS for k in run[:-1])
            shared = all(len(vocabulary.intersection(piece)) >= MERGED_WORDS for piece in pieces)
            if near and shared and _each_stands(words, pieces, altered_min):
                return run
    return None
