"""Figures the rewrite states again: a figure it adds that the original holds, already matched where it stands.

API: ``restated(lefts, added, related) -> list[tuple[Located, Located]]`` (``related(left_at, right_at)``: whether
two sentences share a word).

A rewrite often repeats a figure of the original: in its lead and again where the original has it ("More than
300 soldiers have been killed" in the first sentence, "about 300 were killed" further down). The figure further
down pairs with the original's; the one in the lead is left over and would be reported as new, though the
original states it, and its qualifier may have changed ("about 300" -> "more than 300"). So a figure left
added is paired with a figure of the original of equal value (``figure_values.equal_value``, qualifiers aside)
that counts the same thing (``same_counted``), in a sentence sharing a word with its own (``related``), when the
value tells it apart: a count or an amount of at least ``DISTINCT_VALUE``. Smaller ones ("3", "two years", "12
months") meet by chance in two contexts of one article and stay new. The same test, sides swapped, finds a
figure of the original that it states twice and the rewrite once: not dropped.

>>> from core.facts.figures import extract_figures
>>> from core.model import SentenceId
>>> left = {SentenceId(4, 0): extract_figures("about 300 North Koreans had been killed")}
>>> added = [(f, SentenceId(0, 0)) for f in extract_figures("More than 300 North Korean soldiers died, and 2 more")]
>>> [(a[0].text, b[0].text) for a, b in restated(left, added, lambda a, b: True)]
[('about 300', 'More than 300')]
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence

from core.facts.figure_values import equal_value, same_counted
from core.facts.figures import Figure, FigureKind
from core.model import SentenceId

Located = tuple[Figure, SentenceId]

DISTINCT_VALUE = 100.0  # a count or amount this large is one figure restated, not a coincidence


def restated(
    lefts: Mapping[SentenceId, Sequence[Figure]],
    added: list[Located],
    related: Callable[[SentenceId, SentenceId], bool],
) -> list[tuple[Located, Located]]:
    """Each figure of ``added`` (the rewrite's, left new) paired with the original's figure it restates, when
    there is one (see the module docstring); ``lefts``: the original's figures by sentence. A left figure may be
    restated more than once. The original's figures are read only when some added figure could be a restatement,
    and then by their value alone, as fast as a set can tell (600,000 numbered lines against an article)."""
    if len(added) > len(lefts):  # few figures there, many here (600,000 lines dropped): index the few
        lows = {f.low for figures in lefts.values() for f in figures if _distinct(f)}
        added = [b for b in added if b[0].low in lows]
    wanted = {(b[0].kind, b[0].low) for b in added if _distinct(b[0])}
    if not wanted:
        return []
    lows = {low for _, low in wanted}
    by_value: dict[tuple[FigureKind, float], list[Located]] = defaultdict(list)
    for sid, figures in lefts.items():
        for figure in figures:
            if figure.low in lows and (figure.kind, figure.low) in wanted:
                by_value[figure.kind, figure.low].append((figure, sid))
    pairs = []
    for b in added:
        candidates = by_value.get((b[0].kind, b[0].low), ())
        match = next((a for a in candidates if _restates(a[0], b[0]) and related(a[1], b[1])), None)
        if match is not None:
            pairs.append((match, b))
    return pairs


def _distinct(figure: Figure) -> bool:
    return figure.kind in (FigureKind.COUNT, FigureKind.MONEY) and abs(figure.low) >= DISTINCT_VALUE


def _restates(a: Figure, b: Figure) -> bool:
    return _distinct(a) and equal_value(a, b) and same_counted(a, b)
