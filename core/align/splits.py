"""The parts of a split sentence: a rewrite that cuts one sentence in two and moves one half away links the
half left over to it too.

API: ``split_parts(left, right, links, thresholds) -> list[tuple[int, int, float]]``: (left, right, cosine) of
each new link, given the links made so far as (left ids, right ids); run after the reuse links.

A left sentence linked alone to a right sentence may hold more than that partner says: "Drivers will strike
for two days from Monday after talks broke down on Wednesday" becomes "Talks broke down on Wednesday." in one
paragraph and "Drivers will walk out for two days from Monday." in another. The second half shares too little
of the whole sentence's weight for a reuse link (``reuse_min`` against the whole vector), but it matches the
sentence's *rest*: its vector without the terms its partners already hold. A right sentence still unlinked
whose cosine with such a rest is at least ``move_min`` (a part of a sentence, not all of it), ahead of every
other rest by ``move_margin``, sharing ``MIN_SHARED`` content terms with it, is linked to that left sentence as
reused (a second link, out of order). The figures and words one link of the sentence drops and the other says
are dropped by neither (``core.facts.figure_check``, ``core.facts.wording.link_changes``).

>>> from core.options import AlignmentThresholds
>>> from core.align.vectors import build_vectors
>>> left, right = build_vectors(
...     [["driver", "strike", "monday", "talk", "broke", "wednesday"], ["rain"]],
...     [["talk", "broke", "wednesday"], ["weather"], ["driver", "walk", "monday", "strike"]])
>>> [(i, j) for i, j, _ in split_parts(left, right, [((0,), (0,))], AlignmentThresholds())]
[(0, 2)]
"""

from __future__ import annotations

from collections.abc import Sequence

from core.align.candidates import best_matches, candidate_index
from core.align.vectors import SideVectors
from core.options import AlignmentThresholds

MIN_SHARED = 3  # content terms: a split part shares at least this many with the rest of its sentence
MIN_REST = 0.3  # share of a sentence's squared norm: a rest smaller than this is no half of it


Link = tuple[Sequence[int], Sequence[int]]  # a link's left and right sentence ids


def split_parts(
    left: SideVectors, right: SideVectors, links: Sequence[Link], thresholds: AlignmentThresholds
) -> list[tuple[int, int, float]]:
    """(left, right, cosine) links from free right sentences to the rests of left sentences linked alone (see the
    module docstring), each right sentence to its best rest, in right order."""
    used_right = {j for _, rights in links for j in rights}
    free_right = [j for j in range(len(right)) if j not in used_right]
    partners: dict[int, set[int]] = {}
    for lefts, rights in links:
        if len(lefts) == 1:
            partners.setdefault(lefts[0], set()).update(rights)
    shared = {i for lefts, _ in links if len(lefts) > 1 for i in lefts}  # in a many-to-one link: not alone
    rests: list[dict[str, float]] = [{} for _ in range(len(left))]
    norms2 = [0.0] * len(left)
    for i, mine in partners.items():
        if i in shared:
            continue
        said = [right.vectors[j] for j in mine]
        rest = {t: w for t, w in left.vectors[i].items() if not any(t in vector for vector in said)}
        norm2 = sum(w * w for w in rest.values())
        if norm2 >= MIN_REST * left.norms2[i]:
            rests[i], norms2[i] = rest, norm2
    owners = [i for i in partners if norms2[i] > 0.0]
    if not free_right or not owners:
        return []
    rest_side = SideVectors(rests, norms2, left.texts)  # the texts: a tie between copies is broken by them
    index = candidate_index(rest_side, owners, thresholds.candidate_df_max)
    matches = best_matches(right, free_right, rest_side, index, thresholds.move_min, thresholds.move_margin, MIN_SHARED)
    best = {j: (cosine, i) for cosine, _, j, i in sorted(matches)}  # each right sentence once: its best
    return [(i, j, cosine) for j, (cosine, i) in sorted(best.items())]
