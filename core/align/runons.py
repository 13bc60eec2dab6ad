"""Run-on boundaries: two 1:1 links that touch on both sides become one 2:2 link when the sentence between them
runs on and the two versions cut the text in different places there.

API: ``join_run_ons(left, right, groups, thresholds) -> list[Group]``, the groups in the order given.

A sentence that ends open ("For finding fault with them, he said," / "Then the minister added:") runs on into
the next one. One version may put the words it introduces in that same sentence, the other in the next one:
"The mayor said the vote is close;" and "It meets on Friday." against "The mayor spoke," and "The vote is close
and it meets on Friday." Each sentence is then linked to one of the other's, and neither link holds all of its
text: the words that crossed the boundary are shown dropped on one side and invented on the other.

So two neighbouring 1:1 links, the second starting on both sides right where the first ends, become one when
the first's sentence on one side ends open, its words crossed the boundary (it shares more weight, by dot
product, with the second link's other side than with its own partner; or, cut in two, that side holds the greater
part of the weight its partner lacks: "... left without a centre line or edge markings for 19 days, and
concluded:" / "... left without road markings." and "For 19 days there had been no centre line or edge markings,
she concluded, ..."), and the joined link is more similar (cosine) than each of the two by ``run_on_gain``.
Two links that are each right on their own pass neither test. Only 1:1 links
are joined: a 2:2 link still says which two sentences became which two; a lead-in tied to a longer link would
be tied to sentences it has nothing to do with.

>>> from core.align.vectors import build_vectors
>>> texts = (["The mayor said the vote is close;", "It meets on Friday."],
...          ["The mayor spoke,", "The vote is close and it meets on Friday."])
>>> left, right = build_vectors([["mayor", "said", "vote", "close"], ["meet", "friday"]],
...                             [["mayor", "spoke"], ["vote", "close", "meet", "friday"]], texts)
>>> [(g.left, g.right) for g in join_run_ons(left, right, [Group((0,), (0,), 0.3), Group((1,), (1,), 0.6)],
...                                           AlignmentThresholds())]
[((0, 1), (0, 1))]
"""

from __future__ import annotations

from core.align.fragments import OPEN_ENDS
from core.align.gapfill import Group
from core.align.vectors import SideVectors, dot, group_cosine
from core.options import AlignmentThresholds


def join_run_ons(
    left: SideVectors, right: SideVectors, groups: list[Group], thresholds: AlignmentThresholds
) -> list[Group]:
    """The links with each run-on boundary the two versions draw in different places removed (see the module
    docstring)."""
    if not left.texts or not right.texts or len(groups) < 2:
        return groups
    joined: list[Group] = [groups[0]]
    for group in groups[1:]:
        merged = _joined(left, right, joined[-1], group, thresholds)
        if merged is None:
            joined.append(group)
        else:
            joined[-1] = merged
    return joined


def _joined(
    left: SideVectors, right: SideVectors, before: Group, after: Group, thresholds: AlignmentThresholds
) -> Group | None:
    """``before`` and ``after`` as one link, when both are 1:1, touch on both sides at a sentence ending open
    whose words crossed the boundary, and the joined link is more similar than each by ``run_on_gain``; else
    None."""
    if any(len(ids) != 1 for ids in (before.left, before.right, after.left, after.right)):
        return None
    (i,), (j,), (k,), (m,) = before.left, before.right, after.left, after.right
    if k != i + 1 or m != j + 1:
        return None
    if not (_crosses(left, i, right, j, m) or _crosses(right, j, left, i, k)):
        return None
    lids, rids = (i, k), (j, m)
    cosine = group_cosine(left, lids, right, rids)
    bound = max(group_cosine(left, [i], right, [j]), group_cosine(left, [k], right, [m]))
    return Group(lids, rids, cosine) if cosine >= bound + thresholds.run_on_gain else None


def _crosses(own: SideVectors, i: int, other: SideVectors, partner: int, next_partner: int) -> bool:
    """Whether sentence ``i`` ends open and its words crossed to ``next_partner`` (the other side's sentence of
    the next link): it shares more weight with it than with its own ``partner``, or of the weight its partner
    lacks, ``next_partner`` holds the greater part (a lead-in cut in two: "said the road had no markings for 19
    days, and concluded:" / "said the road had no markings." and "For 19 days ..., she concluded, ...")."""
    if not own.texts[i].rstrip().endswith(OPEN_ENDS):
        return False
    vector, kept, ahead = own.vectors[i], other.vectors[partner], other.vectors[next_partner]
    if dot(vector, ahead) > dot(vector, kept):
        return True
    missing = crossed = 0.0
    for term, weight in vector.items():
        if term not in kept:
            missing += weight * weight
            if term in ahead:
                crossed += weight * weight
    return crossed > missing / 2
