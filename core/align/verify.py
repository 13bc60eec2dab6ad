"""Anchors checked by the bead DP: an anchor stays only if the best monotone alignment around it agrees.

API: ``confirmed(left, right, chain, ranges, thresholds) -> list[Anchor]``, the anchors of ``chain`` kept, in order.

Anchors are the coarse pass (``core.align.anchors``): a pair sharing a term unique on both sides is taken on trust,
and the DP (``core.align.gapfill``) only fills the gaps between anchors. A paraphrase can move one rare word: the
original says "bear his own burden" three verses after "bear the weaknesses of one another", the rewrite puts
"burdens" in the earlier verse and "load" in the later one. The unique term then pairs the earlier rewrite verse
with the later original verse, a step off the diagonal but inside ``anchor_slack``, and every sentence between
them on either side is left unlinked, although each one has its partner right beside it.

So the fine pass checks the coarse one. For an anchor that is off the diagonal of the small window between its
neighbouring anchors (it skips sentences before it on one side and after it on the other, or the window is not
square around it), the DP aligns that window freely; when its total score (the DP's own: cosine minus
``link_cost`` per link) beats the anchor plus the best alignment of the two gaps the anchor leaves, the anchor is
dropped and the window is left to the DP. Only windows of at most ``full_dp_cells`` sentence pairs are checked,
so the check costs a few small DPs and never a large one.

>>> from core.align.vectors import build_vectors, pair_cosine
>>> from core.options import AlignmentThresholds
>>> original = [["bear", "weak", "law"], ["deceiv", "himself"], ["own", "work", "test"], ["bear", "own", "burden"]]
>>> rewrite = [["bear", "burden", "law"], ["deceiv", "himself"], ["own", "work", "prove"], ["bear", "own", "load"]]
>>> left, right = build_vectors(original, rewrite)
>>> burden = Anchor(3, 0, pair_cosine(left, 3, right, 0))  # "burden" is unique on both sides
>>> confirmed(left, right, [burden], ((0, 4), (0, 4)), AlignmentThresholds())  # the verses in order win
[]
>>> deceive = Anchor(1, 1, pair_cosine(left, 1, right, 1))
>>> confirmed(left, right, [deceive], ((0, 4), (0, 4)), AlignmentThresholds()) == [deceive]  # on the diagonal
True
"""

from __future__ import annotations

from core.align.anchors import Anchor
from core.align.gapfill import Group, align_gap
from core.align.vectors import SideVectors
from core.options import AlignmentThresholds

MARGIN = 1e-9  # score units: the free alignment must beat the anchored one by more than this (ties keep the anchor)


def confirmed(
    left: SideVectors,
    right: SideVectors,
    chain: list[Anchor],
    ranges: tuple[tuple[int, int], tuple[int, int]],
    thresholds: AlignmentThresholds,
) -> list[Anchor]:
    """The anchors of ``chain`` that the DP around them does not overrule (see the module docstring)."""
    (l0, l1), (r0, r1) = ranges
    kept: list[Anchor] = []
    for k, anchor in enumerate(chain):
        before = kept[-1] if kept else None
        after = chain[k + 1] if k + 1 < len(chain) else None
        window = (
            (before.left + 1 if before else l0, after.left if after else l1),
            (before.right + 1 if before else r0, after.right if after else r1),
        )
        checked = _off_diagonal(anchor, window) and _cells(window) <= thresholds.full_dp_cells
        if not checked or not _overruled(left, right, anchor, window, thresholds):
            kept.append(anchor)
    return kept


def _cells(window: tuple[tuple[int, int], tuple[int, int]]) -> int:
    (a0, a1), (b0, b1) = window
    return (a1 - a0 + 1) * (b1 - b0 + 1)


def _off_diagonal(anchor: Anchor, window: tuple[tuple[int, int], tuple[int, int]]) -> bool:
    """Whether the anchor skips a different number of sentences on the two sides, before it or after it."""
    (a0, a1), (b0, b1) = window
    return anchor.left - a0 != anchor.right - b0 or a1 - anchor.left != b1 - anchor.right


def _overruled(
    left: SideVectors,
    right: SideVectors,
    anchor: Anchor,
    window: tuple[tuple[int, int], tuple[int, int]],
    thresholds: AlignmentThresholds,
) -> bool:
    """Whether aligning the window freely scores more than the anchor with the two gaps beside it."""
    (a0, a1), (b0, b1) = window
    free = _score(align_gap(left, right, (a0, a1), (b0, b1), thresholds), thresholds)
    anchored = (
        anchor.cosine
        - thresholds.link_cost
        + _score(align_gap(left, right, (a0, anchor.left), (b0, anchor.right), thresholds), thresholds)
        + _score(align_gap(left, right, (anchor.left + 1, a1), (anchor.right + 1, b1), thresholds), thresholds)
    )
    return free > anchored + MARGIN


def _score(groups: list[Group], thresholds: AlignmentThresholds) -> float:
    """The DP's objective for a set of links: each link's cosine less its cost."""
    return sum(
        g.cosine - thresholds.link_cost - thresholds.extra_item_cost * max(0, len(g.left) + len(g.right) - 2)
        for g in groups
    )
