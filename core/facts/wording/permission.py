"""A "can" or "could" that the other side says again as a permission or an ability: no hedge added or dropped.

API: ``restated_as_permission(side, item, other) -> bool``.

"Could" says what was possible, and so does a verb of permission or ability: "possibly because they could rest
on the train" / "perhaps because the journey let them rest" tell the same thing, the possibility moved from
the modal into "let". A hedge item of ``side`` that is "can", "could" or "cannot" followed (an adverb or "not"
between at most) by a verb is said again when ``other`` holds a verb of permission or ability (let, allow,
enable, permit, able, unable) with the same verb (its term key) at most ``PERMISSION_REACH`` words after it
("let them rest", "allowed lorries to cross", "were able to rest"). "Could" with no such verb on the other side
("the plant could close" / "the plant will close") stays a hedge.

>>> from core.facts.wording.scan import scan
>>> side, other = scan("They could rest on the train."), scan("The journey let them rest.")
>>> restated_as_permission(side, side.hedges[0], other)
True
>>> restated_as_permission(side, side.hedges[0], scan("They will rest on the train."))
False
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

from core.facts.wording.items import Item, Scan
from core.text.terms import term_key

MODALS = frozenset("can could cannot".split())  # the modals that may say a possibility or an ability
PERMISSION = frozenset(
    "let lets letting allow allows allowed allowing enable enables enabled enabling permit permits permitted "
    "permitting able unable".split()
)  # verbs (and the adjective) of permission or ability
PERMISSION_REACH = 4  # words: the most from the permission verb to the verb it permits ("allowed the lorries to cross")
_BETWEEN = frozenset("not never still also then only".split())  # what may stand between the modal and its verb
_key = lru_cache(maxsize=4096)(term_key)


def _verb_after(side: Scan, k: int) -> str:
    """The verb after the modal at token ``k`` (an adverb or "not" between skipped), lower case, or ""."""
    for j in range(k + 1, min(len(side.lows), k + 3)):
        low = side.lows[j]
        if low not in _BETWEEN and not low.endswith("ly"):
            return low if low.isalpha() and low != "be" else ""
    return ""


def restated_as_permission(side: Scan, item: Item, other: Scan) -> bool:
    """Whether a "can" / "could" of ``side`` is said again by ``other`` as a permission or ability (see above)."""
    k = bisect_left(side.starts, item.start)
    if k >= len(side.lows) or side.starts[k] != item.start or side.lows[k] not in MODALS:
        return False
    verb = _verb_after(side, k)
    if not verb or PERMISSION.isdisjoint(other.lows):
        return False
    key = _key(verb)
    lows = other.lows
    return any(
        low in PERMISSION and any(_key(w) == key for w in lows[j + 1 : j + 1 + PERMISSION_REACH])
        for j, low in enumerate(lows)
    )
