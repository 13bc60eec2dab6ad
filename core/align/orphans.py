"""Orphans: a sentence left unlinked between two links whose other sides touch, with nothing on the other side
for it to pair with.

API: ``adopt_orphans(left, right, groups, thresholds) -> list[Group]``, the groups (monotone, in reading order)
with such sentences joined in.

A rewrite that merges two sentences into one often rewords the first so much that it adds little to the merged
link's cosine ("For there is verily a disannulling of the commandment going before for the weakness thereof."
and "For the law made nothing perfect ..." / "For there is an annulling of a foregoing commandment because of its
weakness (for the law made nothing perfect) ..."): extension leaves it out, and, with no sentence on the other
side between the two links around it, no hole is left to fill. Such a sentence joins the neighbouring link
whose other side holds ``orphan_terms`` of its content terms that the link's own side lacks (it brings what the
rewrite kept of it; reporting verbs such as "said" do not count), when at least ``orphan_contained`` of its
squared weight is on that other side's terms and the link's cosine falls by less than ``orphan_drop``; of two
such links, the one with the higher cosine. A sentence that only repeats words the link already has (a dropped
summary), or whose words are mostly not in the rewrite (a dropped sentence that names the same person), stays
apart.

>>> from core.align.vectors import build_vectors
>>> left, right = build_vectors([["storm"], ["annul", "commandment", "weak", "old"], ["law", "perfect", "hope"]],
...                             [["storm"], ["annul", "commandment", "weak", "law", "perfect", "hope"]])
>>> adopt_orphans(left, right, [Group((0,), (0,), 1.0), Group((2,), (1,), 0.7)], AlignmentThresholds())
[Group(left=(0,), right=(0,), cosine=1.0), Group(left=(1, 2), right=(1,), cosine=0.89...)]
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from operator import attrgetter

from core.align.gapfill import Group
from core.align.vectors import SideVectors, group_cosine
from core.options import AlignmentThresholds
from core.text.terms import FUNCTION_PREFIX, STOP_WORDS

_SIDE: tuple[Callable[[Group], tuple[int, ...]], ...] = (attrgetter("left"), attrgetter("right"))  # a link's side

# keys of reporting verbs: any two quoted sentences of a story share them ("Stocking said: ..." and "Stocking
# said that ..."), so they are no sign that a sentence is part of another's rewrite
REPORTING = frozenset({"said", "says", "say", "told", "tell", "tells", "add", "adds"})


def adopt_orphans(
    left: SideVectors,
    right: SideVectors,
    groups: list[Group],
    thresholds: AlignmentThresholds,
    elsewhere: Sequence[Group] = (),
) -> list[Group]:
    """The links with the orphans beside them joined in (see the module docstring); a sentence of a link
    ``elsewhere`` (out of order: a move) is no orphan."""
    out = list(groups)
    for side in (0, 1):
        linked = {i for group in elsewhere for i in _ids(group, side)}
        mine, theirs = _SIDE[side], _SIDE[1 - side]  # ``_ids`` of one side, without the call's test
        for k in range(1, len(out)):
            before, after = out[k - 1], out[k]
            i = mine(before)[-1] + 1
            if mine(after)[0] == i + 1 and theirs(before)[-1] + 1 == theirs(after)[0] and i not in linked:
                choice = _best_home(left, right, side, i, [(k - 1, before), (k, after)], thresholds)
                if choice is not None:
                    out[choice[0]] = choice[1]
    return out


def _best_home(
    left: SideVectors,
    right: SideVectors,
    side: int,
    i: int,
    neighbours: Sequence[tuple[int, Group]],
    thresholds: AlignmentThresholds,
) -> tuple[int, Group] | None:
    """The neighbouring link (its position, and itself with ``i`` joined in) that takes orphan ``i``, if any."""
    own, other = (left, right) if side == 0 else (right, left)
    best: tuple[int, Group] | None = None
    for k, group in neighbours:
        own_ids, other_ids = _ids(group, side), _ids(group, 1 - side)
        own_terms = {t for j in own_ids for t in own.vectors[j]}
        other_terms = {t for j in other_ids for t in other.vectors[j]}
        vector = own.vectors[i]
        shared = vector.keys() & other_terms
        if len([t for t in shared if t not in own_terms and _content(t)]) < thresholds.orphan_terms:
            continue
        if sum(vector[t] ** 2 for t in shared) < thresholds.orphan_contained * own.norms2[i]:
            continue  # most of it is words the rewrite does not have: a sentence dropped beside a kept one
        grown = tuple(sorted((*own_ids, i)))
        lids, rids = (grown, other_ids) if side == 0 else (other_ids, grown)
        cosine = group_cosine(left, lids, right, rids)
        if cosine >= group.cosine - thresholds.orphan_drop and (best is None or cosine > best[1].cosine):
            best = (k, Group(lids, rids, cosine))
    return best


def _ids(group: Group, side: int) -> tuple[int, ...]:
    """A link's sentences on one side (0: left, 1: right)."""
    return group.left if side == 0 else group.right


def _content(term: str) -> bool:
    return term[0] != FUNCTION_PREFIX and term not in STOP_WORDS and term not in REPORTING
