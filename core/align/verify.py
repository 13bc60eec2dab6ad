"""Backbone links checked by the bead DP: a 1:1 link that crosses the reading order around it stays only if the
best monotone alignment of its neighbourhood agrees.

API: ``confirmed(left, right, groups, thresholds) -> list[Group]``, the links sorted, each crossing one that the DP
overrules replaced by the DP's links.

Anchors are the coarse pass (``core.align.anchors``): a pair sharing a term unique on both sides is taken on trust,
and the DP (``core.align.gapfill``) only fills the gaps between anchors. A paraphrase can move one rare word: the
original says "bear his own burden" three verses after "bear the weaknesses of one another", the rewrite puts
"burdens" in the earlier verse and "load" in the later one. The unique term then pairs the earlier rewrite verse
with the later original verse, a step off the diagonal but inside ``anchor_slack``, and every sentence between
them on either side is left unlinked, although each one has its partner right beside it.

So the fine pass checks the coarse one, once the links have grown by their splits and merges (``_extend``). A 1:1
link *crosses* the window between its neighbouring links when it leaves more sentences unlinked on one side
before it and on the other side after it (more on one side both before and after is an insertion or a merge
around a true link). For such a link the DP aligns the window freely; when that scores more (the DP's own score:
cosine minus ``link_cost`` per link) than the link alone, the DP's links replace it. Only windows of at most
``full_dp_cells`` sentence pairs are checked: a few small DPs, never a large one.

>>> from core.align.vectors import build_vectors, pair_cosine
>>> from core.options import AlignmentThresholds
>>> original = [["bear", "weak", "law"], ["deceiv", "himself"], ["own", "work", "test"], ["bear", "own", "burden"]]
>>> rewrite = [["bear", "burden", "law"], ["deceiv", "himself"], ["own", "work", "prove"], ["bear", "own", "load"]]
>>> left, right = build_vectors(original, rewrite)
>>> burden = Group((3,), (0,), pair_cosine(left, 3, right, 0))  # "burden" is unique on both sides
>>> [(g.left, g.right) for g in confirmed(left, right, [burden], AlignmentThresholds())]  # the verses in order
[((0,), (0,)), ((1,), (1,)), ((2,), (2,)), ((3,), (3,))]
>>> deceive = Group((1,), (1,), pair_cosine(left, 1, right, 1))
>>> confirmed(left, right, [deceive], AlignmentThresholds()) == [deceive]  # on the diagonal: not checked
True
"""

from __future__ import annotations

from core.align.gapfill import Group, align_gap, link_cost
from core.align.vectors import SideVectors
from core.options import AlignmentThresholds

MARGIN = 1e-9  # score units: the free alignment must beat the link by more than this (a tie keeps the link)

Window = tuple[tuple[int, int], tuple[int, int]]  # (left range, right range) between two links


def confirmed(
    left: SideVectors, right: SideVectors, groups: list[Group], thresholds: AlignmentThresholds
) -> list[Group]:
    """The links, each crossing 1:1 link that the DP around it overrules replaced (see the module docstring)."""
    groups = sorted(groups)
    out: list[Group] = []
    for k, group in enumerate(groups):
        before = out[-1] if out else None
        after = groups[k + 1] if k + 1 < len(groups) else None
        window = (
            (before.left[-1] + 1 if before else 0, after.left[0] if after else len(left)),
            (before.right[-1] + 1 if before else 0, after.right[0] if after else len(right)),
        )
        if (
            len(group.left) == len(group.right) == 1
            and _crossing(group, window)
            and _cells(window) <= thresholds.full_dp_cells
        ):
            free = align_gap(left, right, *window, thresholds)
            if _score(free, thresholds) > _score([group], thresholds) + MARGIN:
                out.extend(free)
                continue
        out.append(group)
    return out


def _cells(window: Window) -> int:
    (a0, a1), (b0, b1) = window
    return (a1 - a0 + 1) * (b1 - b0 + 1)


def _crossing(group: Group, window: Window) -> bool:
    """Whether a 1:1 link leaves more sentences unlinked on one side before it and on the other side after it."""
    (a0, a1), (b0, b1) = window
    i, j = group.left[0], group.right[0]
    before_left, before_right = i - a0, j - b0
    after_left, after_right = a1 - i - 1, b1 - j - 1
    return (before_left - before_right) * (after_right - after_left) > 0


def _score(groups: list[Group], thresholds: AlignmentThresholds) -> float:
    """The DP's objective for a set of links: each link's cosine less its cost."""
    return sum(g.cosine - link_cost(len(g.left), len(g.right), thresholds) for g in groups)
