"""Which negators of one side the other side says too: the same word negated as often, or negated by its prefix.

API: ``unrestated(side, items, other) -> list[Item]`` (the negators of ``side`` among ``items`` that ``other``
does not restate), ``negated_word(side, item) -> str``, ``negated_by_prefix(lows) -> set[str]``.

>>> from core.facts.wording.scan import scan
>>> left, right = scan("The valves had not been checked."), scan("The valves went unchecked.")
>>> unrestated(left, left.negators, right)
[]
>>> unrestated(left, left.negators, scan("The valves were checked."))[0].text
'not'
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable

from core.facts.wording import lexicon as lx
from core.facts.wording.items import Item, Scan
from core.facts.wording.shown import CONTEXT_AFTER
from core.text.terms import STOP_WORDS, term_key

NEGATIVE_PREFIXES = ("un", "non", "in", "im", "il", "ir", "dis")  # "unchecked", "impossible", "disagree"
MIN_STEM = 4  # letters: the shortest rest of a prefixed word read as a negated word ("unfit" is not "un" + "fit")


def negated_by_prefix(lows: Iterable[str]) -> set[str]:
    """The keys of the words a text negates by a prefix: "unchecked" -> the key of "checked"."""
    found = set()
    for low in lows:
        for prefix in NEGATIVE_PREFIXES:
            if low.startswith(prefix) and len(low) - len(prefix) >= MIN_STEM:
                found.add(term_key(low[len(prefix) :].lstrip("-")))
    return found


def unrestated(side: Scan, items: list[Item], other: Scan) -> list[Item]:
    """The surplus negators of ``side`` save those negating a word that ``other`` negates as often: "left without
    a centre line" told again as "there had been no centre line" is the same negation said twice, no new one;
    nor one whose word ``other`` says negated by its prefix ("had not been checked" / "went unchecked")."""
    prefixed = negated_by_prefix(other.lows)
    if prefixed:
        items = [item for item in items if negated_word(side, item) not in prefixed]
    if not other.negators or not items:
        return items
    mine, theirs = (
        Counter(negated_word(side, i) for i in side.negators),
        Counter(negated_word(other, i) for i in other.negators),
    )
    return [item for item in items if not (word := negated_word(side, item)) or mine[word] > theirs[word]]


def negated_word(side: Scan, item: Item) -> str:
    """The key of the first content word after a negator in the same clause (at most ``CONTEXT_AFTER`` words on:
    "no centre", "without a centre"), or "" when there is none among the tokens."""
    last = bisect_left(side.starts, item.end) - 1
    text, starts, ends, lows = side.text, side.starts, side.ends, side.lows
    for _ in range(CONTEXT_AFTER):
        if last + 1 >= len(starts) or text[ends[last] : starts[last + 1]].strip():
            return ""
        last += 1
        if lows[last] not in STOP_WORDS and lows[last] not in lx.DETERMINERS:
            return term_key(lows[last])
    return ""
