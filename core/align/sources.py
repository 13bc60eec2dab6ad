"""Alignment of a rewrite with several sources: each source aligned on its own, each rewrite sentence given to
the source whose version it is closest to.

API: ``align_sources(left_terms, right_terms, spans, thresholds, budget, texts=None) -> list[AlignedGroup]``;
``texts`` are as :func:`align` takes them; ``spans`` are
the half-open ranges of left sentence indices of each source, in order (contiguous, as the sources follow one
another on the left). ``in_one_order(groups)``: the last step alone, for groups changed afterwards.

Aligning each source separately keeps what the aligner relies on: terms unique within one version are anchors,
where the sources together would repeat them. The groups of all sources then compete for the rewrite's
sentences: highest cosine first, the earliest source on a tie, and a group is kept only if none of its right
sentences is taken. Finally the kept groups are put in one order: those on the longest chain that rises on both
sides stay in order, the others are moved (the rewrite may take from the sources in any order, but the rows
follow the left). One source is aligned exactly as :func:`align` does; with several, no unfinished sentence
joins a link (``core.align.fragments``): inside one source's alignment a piece would claim a rewrite sentence
that another source's version explains better, and a source's unlinked sentence is most often the version
another source's took the place of (both cost attributions in ``bench/several_sources.py`` and
``bench/near_copies.py``).

>>> groups = align_sources([["storm", "coast"], ["storm", "coast", "tuesday"], ["mayor", "resign"]],
...                        [["mayor", "resign"], ["storm", "coast", "tuesday"]],
...                        [(0, 1), (1, 3)], AlignmentThresholds(), Budget(None, None))
>>> [(g.left, g.right, g.moved) for g in groups]
[((1,), (1,), True), ((2,), (0,), False)]
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from core.align.aligner import AlignedGroup, align
from core.budget import Budget
from core.options import AlignmentThresholds


def align_sources(
    left_terms: Sequence[list[str]],
    right_terms: Sequence[list[str]],
    spans: Sequence[tuple[int, int]],
    thresholds: AlignmentThresholds,
    budget: Budget,
    texts: tuple[Sequence[str], Sequence[str]] | None = None,
) -> list[AlignedGroup]:
    """Link the rewrite's sentences to several sources (see the module docstring)."""
    if len(spans) <= 1:
        return align(left_terms, right_terms, thresholds, budget, texts)
    candidates = []
    for number, (start, end) in enumerate(spans):
        part = (texts[0][start:end], texts[1]) if texts else None
        for group in align(left_terms[start:end], right_terms, thresholds, budget, part, fragments=False):
            candidates.append((number, group._replace(left=tuple(start + i for i in group.left))))
    candidates.sort(key=lambda item: (-item[1].cosine, item[0], item[1].left, item[1].right))
    taken: set[int] = set()
    kept = []
    for _, group in candidates:
        if taken.isdisjoint(group.right):
            taken.update(group.right)
            kept.append(group)
    return in_one_order(kept)


def in_one_order(groups: list[AlignedGroup]) -> list[AlignedGroup]:
    """The groups, sorted, with ``moved`` set anew: off the longest chain rising on both sides (reused ones keep
    theirs). The engine calls it again when it has changed a group's left side (``core.engine.near_copies``)."""
    return sorted(_in_one_order(groups))


def _in_one_order(groups: list[AlignedGroup]) -> list[AlignedGroup]:
    ordered = sorted((g for g in groups if not g.reused), key=lambda g: (g.left[0], g.right[0]))
    tails: list[int] = []  # tails[k]: the smallest right start ending a chain of k + 1 groups
    tail_index: list[int] = []
    previous = [-1] * len(ordered)
    for k, group in enumerate(ordered):
        place = bisect.bisect_left(tails, group.right[0])
        previous[k] = tail_index[place - 1] if place else -1
        if place == len(tails):
            tails.append(group.right[0])
            tail_index.append(k)
        else:
            tails[place], tail_index[place] = group.right[0], k
    chain = set()
    k = tail_index[-1] if tail_index else -1
    while k >= 0:
        chain.add(k)
        k = previous[k]
    return [g._replace(moved=k not in chain) for k, g in enumerate(ordered)] + [g for g in groups if g.reused]
