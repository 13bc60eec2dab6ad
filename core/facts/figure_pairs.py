"""Pairing the figures of two lists: within a link or a gap (``pair``), and equal figures across the articles
(``pair_equal``). The rules are ``core.facts.figure_check``'s (its docstring); this module holds the two passes.

API: ``pair(lefts, rights, by_order=True) -> (pairs, free_left, free_right)``,
``pair_equal(lefts, rights, related) -> pairs``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from difflib import SequenceMatcher

from core.facts.figure_model import Figure, FigureKind, Located, Qualifier
from core.facts.figure_vague import counts_the_same
from core.facts.figure_values import equal_value, one_vague, other_dates, same_counted, year_of
from core.model import SentenceId

PAIR_CELLS = 250_000  # pairs of figures: a link with more (500 figures a side) is paired in pieces (``pair``)
PIECE = 64  # figures: the most a side of one piece holds where figures in step leave long runs unmatched


def pair(
    lefts: list[Located], rights: list[Located], by_order: bool = True
) -> tuple[list[tuple[Located, Located]], list[Located], list[Located]]:
    """Pairs of figures (equal values first, then same kind and thing, then a lone figure of a kind), leftovers.

    Every figure is tried against every other, so a link of thousands of figures a side (one sentence of 600,000
    words) would take millions of tries: past ``PAIR_CELLS`` the figures the same in both (kind, value, unit and
    counted thing, found in step by difflib) pair as they stand and only the runs between them are paired so, each
    in pieces of at most ``PIECE`` figures a side (``_pair_long``)."""
    if len(lefts) == len(rights) and all(equal_value(a[0], b[0]) for a, b in zip(lefts, rights, strict=True)):
        return list(zip(lefts, rights, strict=True)), [], []  # the usual case: the same figures in the same order
    if len(lefts) * len(rights) > PAIR_CELLS:
        return _pair_long(lefts, rights, by_order)
    pairs: list[tuple[Located, Located]] = []
    rules: tuple[Callable[[Figure, Figure], bool], ...] = (
        lambda a, b: equal_value(a, b) and (counts_the_same if a.qualifier is Qualifier.VAGUE else same_counted)(a, b),
        lambda a, b: equal_value(a, b) and a.qualifier is Qualifier.VAGUE and bool(a.counted and b.counted),
        lambda a, b: equal_value(a, b) and a.qualifier is not Qualifier.VAGUE,  # "hundreds more" waits
        lambda a, b: (
            a.kind is b.kind and bool(a.counted) and same_counted(a, b) and b.counted != "" and not one_vague(a, b)
        ),
    )
    free_left, free_right = list(lefts), list(rights)
    rank = {id(x): k / max(1, len(side)) for side in (lefts, rights) for k, x in enumerate(side)}
    for rule in rules:  # the closest in place first: of twins, each pairs with the one where it stands
        candidates = sorted(
            ((a, b) for a in free_left for b in free_right if rule(a[0], b[0])),
            key=lambda pair: abs(rank[id(pair[0])] - rank[id(pair[1])]),
        )
        open_left, open_right = set(map(id, free_left)), set(map(id, free_right))  # (by identity: no ``==`` walk)
        for a, b in candidates:
            if id(a) in open_left and id(b) in open_right:
                pairs.append((a, b))
                open_left.remove(id(a))
                open_right.remove(id(b))
        free_left = [a for a in free_left if id(a) in open_left]
        free_right = [b for b in free_right if id(b) in open_right]
    for kind in {a[0].kind for a in free_left} if by_order else ():
        left_of_kind = [a for a in free_left if a[0].kind is kind]
        right_of_kind = [b for b in free_right if b[0].kind is kind]
        if len(left_of_kind) != len(right_of_kind):
            continue
        in_order = list(zip(left_of_kind, right_of_kind, strict=True))  # as many left over on each side: in order
        if any(one_vague(a[0], b[0]) for a, b in in_order) or (
            kind is FigureKind.DATE and any(other_dates(a[0], b[0]) for a, b in in_order)
        ):
            continue
        pairs += in_order
        free_left = [a for a in free_left if a[0].kind is not kind]
        free_right = [b for b in free_right if b[0].kind is not kind]
    return pairs, free_left, free_right


def _pair_long(
    lefts: list[Located], rights: list[Located], by_order: bool
) -> tuple[list[tuple[Located, Located]], list[Located], list[Located]]:
    """``pair`` for two long lists: the figures difflib finds in step with the same (kind, value, unit, counted
    thing) pair as they stand; each run between two such blocks is paired by ``pair`` in pieces (``_in_pieces``),
    and what all runs leave over once more, in pieces (a figure difflib set against a twin further on)."""
    keys = [[(f.kind.value, f.key, f.unit, f.counted) for f, _ in side] for side in (lefts, rights)]
    pairs: list[tuple[Located, Located]] = []
    free_left: list[Located] = []
    free_right: list[Located] = []
    i = j = 0
    for block in SequenceMatcher(None, keys[0], keys[1]).get_matching_blocks():  # (the last: the ends, size 0)
        found, rest_left, rest_right = _in_pieces(lefts[i : block.a], rights[j : block.b], by_order)
        pairs += found
        free_left += rest_left
        free_right += rest_right
        i, j = block.a + block.size, block.b + block.size
        pairs += zip(lefts[block.a : i], rights[block.b : j], strict=True)
    found, free_left, free_right = _in_pieces(free_left, free_right, by_order)
    return pairs + found, free_left, free_right


def _in_pieces(
    lefts: list[Located], rights: list[Located], by_order: bool
) -> tuple[list[tuple[Located, Located]], list[Located], list[Located]]:
    """``pair`` on the k-th ``PIECE`` figures of one side and the k-th share of the other, piece by piece."""
    pieces = max(1, -(-max(len(lefts), len(rights)) // PIECE))
    pairs: list[tuple[Located, Located]] = []
    free_left: list[Located] = []
    free_right: list[Located] = []
    for k in range(pieces):
        found, rest_left, rest_right = pair(
            lefts[k * len(lefts) // pieces : (k + 1) * len(lefts) // pieces],
            rights[k * len(rights) // pieces : (k + 1) * len(rights) // pieces],
            by_order,
        )
        pairs += found
        free_left += rest_left
        free_right += rest_right
    return pairs, free_left, free_right


def _value_key(figure: Figure) -> tuple[str, str, str]:
    """Equal figures share this key (shares are bucketed by ``SHARE_TOLERANCE``)."""
    if figure.kind is FigureKind.SHARE:
        return (figure.kind, f"{round(figure.low * 100)}-{round(figure.high * 100)}", "")  # whole percentage points
    if year := year_of(figure):
        return (FigureKind.DATE, year, "")  # a year written as a count meets the same year read as a date
    return (figure.kind, figure.key, figure.unit)


def pair_equal(
    lefts: list[Located], rights: list[Located], related: Callable[[SentenceId, SentenceId], bool]
) -> list[tuple[Located, Located]]:
    """Pairs of equal figures between two long lists, in reading order, through an index by value (linear unless
    many figures share one value). A figure moved counts the same thing, or else its two sentences are
    ``related`` (``check_figures`` passes a test that always holds when the two texts share a link: "400
    properties" told as "400 homes" elsewhere; between unrelated articles, two content words in common: "300
    people were evacuated" is no "300 soldiers killed" moved)."""
    waiting: dict[tuple[str, str, str], list[Located]] = defaultdict(list)
    for located in rights:
        waiting[_value_key(located[0])].append(located)
    pairs = []
    for located in lefts:
        figure = located[0]
        waiting_here = waiting.get(_value_key(figure))
        if not waiting_here:
            continue  # most figures of a long list: no equal one left on the other side
        candidates = [b for b in waiting_here if equal_value(figure, b[0])]
        if figure.qualifier is Qualifier.VAGUE:  # "hundreds" elsewhere meets it by chance: the same thing only
            candidates = [b for b in candidates if counts_the_same(figure, b[0])]
        match = next((b for b in candidates if same_counted(figure, b[0])), None)
        if match is None:
            match = next((b for b in candidates if related(located[1], b[1])), None)
        if match is not None:
            waiting[_value_key(figure)].remove(match)
            pairs.append((located, match))
    return pairs
