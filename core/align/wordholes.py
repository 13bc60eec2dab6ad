"""Holes read by their words: the sentences left between two links that share no term at all.

API: ``link_by_words(left, right, groups, thresholds) -> list[Group]``, the groups (monotone, in reading order)
with such holes' links added.

What the gap DP leaves between two links, when it is at most ``word_hole_max`` sentences a side, stands where the
reading order puts a rewrite of it, but shares no content word with it ("And he was silent." / "The man was
speechless."; "if we are unfaithful, he remains faithful" / "If we lose our trust, he is still to be trusted"):
the similarity keys have nothing to compare. Such a hole is aligned by a DP over its words instead: 1:1, 1:2
and 2:1 links scored by the Dice coefficient of their sentences' sets of lower-case words, function words
included, each at least ``hole_overlap``, skips scoring 0; of links that score the same, the smaller. "Gulls
circled overhead." / "Rain fell steadily." stay apart. The texts' edges are no such evidence: a revision adds
and drops its first and last sentences.

>>> from core.align.vectors import build_vectors
>>> texts = (["A storm hit.", "And he was silent.", "It passed."], ["A storm hit.", "The man was speechless.",
...          "Gulls circled overhead.", "It passed."])
>>> left, right = build_vectors([["storm"], ["silent"], ["pass"]], [["storm"], ["speechless"], ["gull"], ["pass"]],
...                             texts)
>>> link_by_words(left, right, [Group((0,), (0,), 1.0), Group((2,), (3,), 1.0)], AlignmentThresholds())[1]
Group(left=(1,), right=(1,), cosine=0.0)
"""

from __future__ import annotations

from itertools import pairwise

from core.align.gapfill import Group
from core.align.vectors import SideVectors
from core.options import AlignmentThresholds
from core.text.terms import sentence_words

BEADS = ((1, 1), (1, 2), (2, 1))  # the links a hole read by its words may hold, smallest first


def link_by_words(
    left: SideVectors, right: SideVectors, groups: list[Group], thresholds: AlignmentThresholds
) -> list[Group]:
    """The links with those of the holes read by their words (see the module docstring)."""
    if not left.texts or not right.texts:
        return groups
    linked = groups[:1]
    most, confident = thresholds.word_hole_max, thresholds.hole_confident
    for before, after in pairwise(groups):
        l0, l1, r0, r1 = before.left[-1] + 1, after.left[0], before.right[-1] + 1, after.right[0]  # the hole
        if 0 < l1 - l0 <= most and 0 < r1 - r0 <= most and min(before.cosine, after.cosine) >= confident:
            linked.extend(_word_dp(left, right, ((l0, l1), (r0, r1)), thresholds.hole_overlap))
        linked.append(after)
    return linked


def _word_dp(
    left: SideVectors, right: SideVectors, holes: tuple[tuple[int, int], tuple[int, int]], minimum: float
) -> list[Group]:
    """The monotone links of one hole with the largest sum of Dice coefficients, each at least ``minimum``."""
    (l0, l1), (r0, r1) = holes
    lefts = [set(sentence_words(left.texts[i])) for i in range(l0, l1)]
    rights = [set(sentence_words(right.texts[j])) for j in range(r0, r1)]
    a, b = len(lefts), len(rights)
    score = [[0.0] * (b + 1) for _ in range(a + 1)]
    step = [[(0, 0)] * (b + 1) for _ in range(a + 1)]
    for x in range(a + 1):
        for y in range(b + 1):
            if x == y == 0:
                continue
            options = [(score[x - 1][y], (1, 0))] if x else []
            options += [(score[x][y - 1], (0, 1))] if y else []
            for dx, dy in BEADS:
                if dx <= x and dy <= y:
                    dice = _dice(set().union(*lefts[x - dx : x]), set().union(*rights[y - dy : y]))
                    if dice >= minimum:
                        options.append((score[x - dx][y - dy] + dice, (dx, dy)))
            score[x][y], step[x][y] = max(options, key=lambda option: option[0])  # the first of equals
    links = []
    x, y = a, b
    while x or y:
        dx, dy = step[x][y]
        if dx and dy:
            links.append(Group(tuple(range(l0 + x - dx, l0 + x)), tuple(range(r0 + y - dy, r0 + y)), 0.0))
        x, y = x - dx, y - dy
    return links[::-1]


def _dice(a: set[str], b: set[str]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0
