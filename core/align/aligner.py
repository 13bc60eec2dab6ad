"""Sentence alignment of two documents, built for rewrites: paraphrase, splits, merges, moves and reuse.

API: ``align(left_terms, right_terms, thresholds, budget, texts=None) -> list[AlignedGroup]`` over flat sentence
indices; ``texts`` (each side's sentence texts) only break ties between sentences with the same terms, so that
an exact copy wins over a reworded twin.

Coarse to fine:
1. **Backbone.** Anchors from terms unique on both sides (``core.align.anchors``), recursively inside each gap
   between anchors, until a gap is small enough for the bead DP (``core.align.gapfill``).
2. **Extension.** A link absorbs an unlinked neighbouring sentence when that raises its cosine by
   ``extend_gain`` (a split or merge next to an anchor); a 1:1 link that crosses the order around it is checked
   by the bead DP of its neighbourhood (``core.align.verify``); after the holes between links are filled, an
   unfinished sentence (ending in a comma or colon, or starting in lower case) joins the link it runs into
   (``core.align.fragments``), and two 1:1 links touching at a sentence that ends open become one when its
   words crossed to the next link and joined they are more similar than each (``core.align.runons``: the
   versions cut a run-on sentence in different places).
3. **Moves.** Leftover left and right sentences are matched regardless of order through an inverted index of
   their rarer terms (``core.align.candidates``): above ``move_min``, or under it when each is clearly the
   other's best partner (a paragraph moved and reworded); a link out of the backbone's order is marked moved.
   Then a sentence left alone between two links whose other sides touch joins the neighbouring link whose other
   side holds its words (``core.align.orphans``: a sentence merged, reworded, into its neighbour).
4. **Reuse.** A right sentence still unlinked that closely matches a left sentence already used gets a second
   link to it, marked reused (an original sentence restated in a new lead); so does one that matches the rest
   of a left sentence linked alone, what its partner does not say (``core.align.splits``: a sentence cut in two,
   one half moved away).

Every step is deterministic. When the budget runs out, the remaining gaps are left unlinked.

>>> groups = align([["storm", "hit", "coast"], ["mayor", "resign"]],
...                [["mayor", "resign", "today"], ["storm", "hit", "coast"]],
...                AlignmentThresholds(), Budget(None, None))
>>> [(g.left, g.right, g.moved) for g in groups]
[((0,), (1,), False), ((1,), (0,), True)]
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import replace
from functools import partial
from itertools import pairwise
from typing import NamedTuple

from core.align.anchors import find_anchors
from core.align.candidates import best_matches, candidate_index, clear_best
from core.align.fragments import attach_fragments
from core.align.gapfill import Group, align_gap
from core.align.orphans import adopt_orphans
from core.align.runons import join_run_ons
from core.align.splits import split_parts
from core.align.vectors import SideVectors, build_vectors, group_cosine
from core.align.verify import confirmed
from core.align.wordholes import link_by_words
from core.budget import Budget
from core.options import AlignmentThresholds

MIN_REUSE_SHARED_TERMS = 2  # content terms: a reuse link needs this many in common
MAX_ANCHOR_DEPTH = 8  # recursion levels of anchoring before a gap is left to the banded DP


class AlignedGroup(NamedTuple):
    """A link between flat sentence indices, before it gets its word diff."""

    left: tuple[int, ...]
    right: tuple[int, ...]
    cosine: float
    moved: bool = False
    reused: bool = False


def align(
    left_terms: Sequence[list[str]],
    right_terms: Sequence[list[str]],
    thresholds: AlignmentThresholds,
    budget: Budget,
    texts: tuple[Sequence[str], Sequence[str]] | None = None,
    fragments: bool = True,
) -> list[AlignedGroup]:
    """Link the sentences of two documents (see the module docstring). Sorted by left, then right index.

    ``fragments``: whether unfinished sentences join the links they run into (``core.align.fragments``), 1:1 links
    touching at a run-on sentence each other (``core.align.runons``), and orphans their neighbours' links
    (``core.align.orphans``): not inside one source's alignment of several, where a sentence between two links may
    be another source's.
    """
    left, right = build_vectors(left_terms, right_terms, texts)
    backbone: list[Group] = []
    _align_range(left, right, (0, len(left)), (0, len(right)), thresholds, budget, 0, backbone)
    backbone = confirmed(left, right, _extend(left, right, backbone, thresholds), thresholds)
    backbone = _fill_holes(left, right, backbone, thresholds)
    if fragments:
        backbone = join_run_ons(left, right, attach_fragments(left, right, backbone, thresholds), thresholds)
    moved = [] if budget.expired() else _match_leftovers(left, right, backbone, thresholds)
    if fragments:
        backbone = adopt_orphans(left, right, backbone, thresholds, moved)
    groups = [AlignedGroup(g.left, g.right, g.cosine) for g in backbone]
    backbone_starts = [g.left[0] for g in backbone]
    groups += [_mark_order(g, backbone, backbone_starts) for g in moved]
    if not budget.expired():
        groups = _strong_reuse_first(groups + _reuse(left, right, groups, thresholds), backbone, thresholds)
        parts = split_parts(left, right, [(g.left, g.right) for g in groups], thresholds)
        groups += [AlignedGroup((i,), (j,), cosine, moved=True, reused=True) for i, j, cosine in parts]
    return sorted(groups)


def _strong_reuse_first(
    groups: list[AlignedGroup], backbone: list[Group], thresholds: AlignmentThresholds
) -> list[AlignedGroup]:
    """A left sentence linked twice, once by a weak 1:1 link (under ``weak_first_link``: read by its words in a
    hole) and once as reused by a strong one (twice its cosine and more), keeps only the strong one, as its own
    link: a press release's quote that a story moved up was also linked, at cosine 0, to the story's "Some residents
    said the plans came too late"."""
    reused = {
        g.left[0]: g for g in sorted(groups, key=lambda g: g.cosine) if g.reused and len(g.left) == 1
    }  # strongest
    weak = {
        id(g): reused[g.left[0]]
        for g in groups
        if not g.reused and len(g.left) == len(g.right) == 1 and g.left[0] in reused
        and g.cosine < thresholds.weak_first_link and reused[g.left[0]].cosine > 2 * g.cosine
    }  # fmt: skip
    if not weak:
        return groups
    strong = {id(g) for g in weak.values()}
    gone = {(g.left, g.right) for g in groups if id(g) in weak}
    rest = [b for b in backbone if (b.left, b.right) not in gone]
    starts = [b.left[0] for b in rest]
    kept = [g for g in groups if id(g) not in weak and id(g) not in strong]
    return kept + [_mark_order(Group(g.left, g.right, g.cosine), rest, starts) for g in weak.values()]


def _align_range(
    left: SideVectors,
    right: SideVectors,
    left_range: tuple[int, int],
    right_range: tuple[int, int],
    thresholds: AlignmentThresholds,
    budget: Budget,
    depth: int,
    out: list[Group],
) -> None:
    (l0, l1), (r0, r1) = left_range, right_range
    if l1 <= l0 or r1 <= r0 or budget.expired():
        return
    small = (l1 - l0 + 1) * (r1 - r0 + 1) <= thresholds.full_dp_cells
    chain = [] if small or depth >= MAX_ANCHOR_DEPTH else find_anchors(left, right, left_range, right_range, thresholds)
    if not chain:
        out.extend(align_gap(left, right, left_range, right_range, thresholds))
        return
    previous_left, previous_right = l0, r0
    for anchor in chain:
        if anchor.left > previous_left and anchor.right > previous_right:  # not an empty gap (most, between copies)
            gap = (previous_left, anchor.left), (previous_right, anchor.right)
            _align_range(left, right, *gap, thresholds, budget, depth + 1, out)
        out.append(Group((anchor.left,), (anchor.right,), anchor.cosine))
        previous_left, previous_right = anchor.left + 1, anchor.right + 1
    _align_range(left, right, (previous_left, l1), (previous_right, r1), thresholds, budget, depth + 1, out)


def _extend(
    left: SideVectors,
    right: SideVectors,
    groups: list[Group],
    thresholds: AlignmentThresholds,
    others: Sequence[Group] = (),
) -> list[Group]:
    """Let each link absorb unlinked neighbours while that raises its cosine by ``extend_gain``, or while the
    neighbour's own words are mostly in the other side of the link (a long sentence holding many short ones: the
    group cosine soon stops rising, though each verse of a 20-verse sentence is in it).

    ``others`` are links already made, whose sentences are not free to absorb.
    """
    used_left = {i for g in [*groups, *others] for i in g.left}
    used_right = {j for g in [*groups, *others] for j in g.right}
    extended = []
    sizes = len(left), len(right)
    for group in groups:
        if _hemmed_in(group, (used_left, used_right), sizes):
            extended.append(Group(tuple(group.left), tuple(group.right), group.cosine))  # no free neighbour
            continue
        lids, rids, cosine = list(group.left), list(group.right), group.cosine
        grew = True
        while grew:
            grew = False
            for side_ids, used, side, other_terms, is_left in (  # the other side's terms as this round began
                (lids, used_left, left, partial(_terms_of, right, rids), True),
                (rids, used_right, right, partial(_terms_of, left, tuple(lids)), False),
            ):
                other: set[str] | None = None  # made only for a free neighbour (in most texts there are few)
                for candidate in (side_ids[0] - 1, side_ids[-1] + 1):
                    if not 0 <= candidate < len(side) or candidate in used:
                        continue
                    other = other_terms() if other is None else other
                    trial = sorted([*side_ids, candidate])
                    new = group_cosine(left, trial, right, rids) if is_left else group_cosine(left, lids, right, trial)
                    rises = new >= cosine + thresholds.extend_gain
                    held = (
                        new >= cosine - thresholds.extend_drop
                        and _brings_new_terms(side, candidate, side_ids, other)
                        and _contained(side, candidate, other, thresholds)
                    )
                    if rises or held:
                        side_ids[:] = trial
                        used.add(candidate)
                        cosine, grew = new, True
        extended.append(Group(tuple(lids), tuple(rids), cosine))
    return extended


def _hemmed_in(group: Group, used: tuple[set[int], set[int]], sizes: tuple[int, int]) -> bool:
    """Whether both neighbours of a link's sentences on both sides are taken or out of the text (most links of
    two copies of a text; one call for both sides)."""
    lids, rids = group.left, group.right
    return (
        (lids[0] - 1 in used[0] or lids[0] == 0)
        and (lids[-1] + 1 in used[0] or lids[-1] + 1 >= sizes[0])
        and (rids[0] - 1 in used[1] or rids[0] == 0)
        and (rids[-1] + 1 in used[1] or rids[-1] + 1 >= sizes[1])
    )


def _terms_of(side: SideVectors, ids: Sequence[int]) -> set[str]:
    return {term for i in ids for term in side.vectors[i]}


def _brings_new_terms(side: SideVectors, index: int, ids: Sequence[int], other: set[str]) -> bool:
    """Whether a sentence holds a term of the link's other side that the link's own side does not have yet: a
    sentence that only repeats words the link already has (a dropped summary of a kept sentence) is no part."""
    return bool((side.vectors[index].keys() & other) - _terms_of(side, ids))


def _contained(side: SideVectors, index: int, terms: set[str], thresholds: AlignmentThresholds) -> bool:
    """Whether most of a sentence's weight (squared) lies on terms of the other side of a link."""
    vector = side.vectors[index]
    if len(vector) < thresholds.extend_contained_terms:
        return False  # too short for its share to mean much
    inside = sum(w * w for term, w in vector.items() if term in terms)
    return inside >= thresholds.extend_contained * side.norms2[index]


def _fill_holes(
    left: SideVectors, right: SideVectors, groups: list[Group], thresholds: AlignmentThresholds
) -> list[Group]:
    """Link the few sentences left between two links (at least ``hole_confident`` similar) when they share a
    term.

    Such sentences stand where the reading order puts them, so a weak similarity is enough ("Jesus wept." /
    "Jesus burst into tears.": one shared word); the gap DP skipped them because it scores pairs alone. A hole of
    at most ``hole_max`` sentences a side is aligned by the same DP with no cost per link and a similarity of at
    least ``hole_min`` (1:1 links, splits and merges alike). What the DP leaves of such a hole shares no term at
    all ("And he was silent." / "The man was speechless."): it is aligned by its words (``core.align.wordholes``,
    at most ``word_hole_max`` sentences a side). A DP link one of whose sentences has a clear partner elsewhere
    that a move would link is left out (``_without_moved_away``).
    """
    groups = sorted(groups)
    filled = groups[:1]
    relaxed = replace(thresholds, link_min=thresholds.hole_min, link_cost=0.0)
    most, confident = thresholds.hole_max, thresholds.hole_confident
    for before, after in pairwise(groups):
        l0, l1, r0, r1 = before.left[-1] + 1, after.left[0], before.right[-1] + 1, after.right[0]  # the hole
        if 0 < l1 - l0 <= most and 0 < r1 - r0 <= most and min(before.cosine, after.cosine) >= confident:
            filled.extend(align_gap(left, right, (l0, l1), (r0, r1), relaxed))
        filled.append(after)
    filled = _without_moved_away(left, right, groups, _redo_weak(left, right, filled, thresholds, relaxed), thresholds)
    return link_by_words(left, right, filled, thresholds)


def _without_moved_away(
    left: SideVectors, right: SideVectors, before: list[Group], after: list[Group], thresholds: AlignmentThresholds
) -> list[Group]:
    """The hole links of ``after`` (those not in ``before``) left out where one of their sentences has a partner
    out of reading order, unlinked, that a move would link (``move_min`` similar, the clear best) and that is more
    similar than the hole link: that sentence was moved, not reworded where the hole is."""
    old = set(before)
    new = [g for g in after if g not in old]
    if not new:
        return after
    stolen: set[int] = set()
    for own, other, side in ((left, right, 0), (right, left, 1)):
        linked = {i for g in after for i in (g.right if side == 0 else g.left)}
        free = [j for j in range(len(other)) if j not in linked]
        if not free:
            continue
        owner = {i: k for k, g in enumerate(new) for i in (g.left if side == 0 else g.right)}
        index = candidate_index(other, free, thresholds.candidate_df_max)
        matches = best_matches(own, sorted(owner), other, index, thresholds.move_min, thresholds.move_margin, 0)
        stolen.update(owner[q] for cosine, _, q, _ in matches if cosine > new[owner[q]].cosine)
    dropped = {new[k] for k in stolen}
    return [g for g in after if g not in dropped]


def _hole(before: Group, after: Group) -> tuple[tuple[int, int], tuple[int, int]]:
    """The sentences between two links, on the left and on the right (half-open ranges)."""
    return (before.left[-1] + 1, after.left[0]), (before.right[-1] + 1, after.right[0])


def _redo_weak(
    left: SideVectors,
    right: SideVectors,
    groups: list[Group],
    thresholds: AlignmentThresholds,
    relaxed: AlignmentThresholds,
) -> list[Group]:
    """A weak 1:1 link (under ``hole_weak``) alone between two links, with unlinked sentences beside it, counts
    as part of the hole it sits in: the hole, that link's sentences included, is aligned again as ``_fill_holes``
    aligns a hole (``relaxed``: its thresholds), and the result replaces the link when it scores more (the sum of
    its cosines)."""
    if len(groups) < 3:
        return groups  # no link with links on both sides
    out = groups[:1]
    for group, after in pairwise(groups[1:]):
        if group.cosine < thresholds.hole_weak and len(group.left) == len(group.right) == 1:
            left_hole, right_hole = _hole(out[-1], after)
            spans = [high - low for low, high in (left_hole, right_hole)]
            if (
                max(spans) <= thresholds.hole_max + 1  # the hole beside the link is small, as _fill_holes has it
                and sum(spans) > 2  # some sentence beside the link is unlinked
            ):
                redone = align_gap(left, right, left_hole, right_hole, relaxed)
                if sum(g.cosine for g in redone) > group.cosine:
                    out.extend(redone)
                    continue
        out.append(group)
    return [*out, groups[-1]]


def _match_leftovers(
    left: SideVectors, right: SideVectors, backbone: list[Group], thresholds: AlignmentThresholds
) -> list[Group]:
    """Order-free 1:1 matching of the sentences the backbone left unlinked: pairs above ``move_min``, then pairs
    that are each other's clear best (``core.align.candidates.clear_best``)."""
    used_left = {i for g in backbone for i in g.left}
    used_right = {j for g in backbone for j in g.right}
    free_left = [i for i in range(len(left)) if i not in used_left]
    free_right = [j for j in range(len(right)) if j not in used_right]
    if not free_left or not free_right:
        return []
    index = candidate_index(right, free_right, thresholds.candidate_df_max)
    matches = best_matches(left, free_left, right, index, thresholds.move_min, thresholds.move_margin, 0)
    matches.sort(reverse=True)
    taken: set[int] = set()
    placed: set[int] = set()
    groups = []
    for cosine, _, i, j in matches:
        if j not in taken and i not in placed:
            taken.add(j)
            placed.add(i)
            groups.append(Group((i,), (j,), cosine))
    weak = clear_best(
        left, [i for i in free_left if i not in placed], right, [j for j in free_right if j not in taken], thresholds
    )
    groups += [Group((i,), (j,), group_cosine(left, (i,), right, (j,))) for i, j in weak]
    return _extend(left, right, groups, thresholds, others=backbone) if groups else []


def _mark_order(group: Group, backbone: list[Group], starts: list[int]) -> AlignedGroup:
    """An AlignedGroup, moved unless it fits between its backbone neighbours (``starts``: their first left index)."""
    k = bisect.bisect_left(starts, group.left[0])
    low = backbone[k - 1].right[-1] if k > 0 else -1
    high = backbone[k].right[0] if k < len(backbone) else 1 << 62
    in_order = low < group.right[0] and group.right[-1] < high
    return AlignedGroup(group.left, group.right, group.cosine, moved=not in_order)


def _reuse(
    left: SideVectors, right: SideVectors, groups: list[AlignedGroup], thresholds: AlignmentThresholds
) -> list[AlignedGroup]:
    """Second links for right sentences that restate a left sentence already linked elsewhere."""
    used_right = {j for g in groups for j in g.right}
    used_left = sorted({i for g in groups for i in g.left})
    free_right = [j for j in range(len(right)) if j not in used_right]
    if not free_right or not used_left:
        return []
    index = candidate_index(left, used_left, thresholds.candidate_df_max)
    matches = best_matches(
        right, free_right, left, index, thresholds.reuse_min, thresholds.move_margin, MIN_REUSE_SHARED_TERMS
    )
    best = {j: (cosine, i) for cosine, _, j, i in sorted(matches)}  # each right sentence once: its best
    return [AlignedGroup((i,), (j,), cosine, moved=True, reused=True) for j, (cosine, i) in sorted(best.items())]
