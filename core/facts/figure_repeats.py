"""Figures the rewrite states again: a figure it adds that the original holds, already matched where it stands.

API: ``restated(lefts, added, related) -> list[tuple[Located, Located]]``, ``sentences_related(left, right)`` (the
``related(left_at, right_at)`` test: whether two sentences share two content words, not "officials said" alone).

A rewrite often repeats a figure of the original: in its lead and again where the original has it ("More than 300
soldiers have been killed" in the first sentence, "about 300 were killed" further down). The figure further down
pairs with the original's; the one in the lead is left over and would be reported as new, though the original
states it, and its qualifier may have changed ("about 300" -> "more than 300"). So a figure left added is paired
with a figure of the original of equal value (``figure_values.equal_value``, qualifiers aside) that counts the
same thing (``same_counted``), in a sentence sharing two content words with its own (``related``), when the value
tells it apart: a year (written as a date, "floods of 2024", or as a count, "the 2024 floods"), or a count or an
amount of at least ``DISTINCT_VALUE``. Smaller ones ("3", "two years", "12 months") meet by chance in two contexts
of one article and stay new. The same test, sides swapped, finds a figure of the original that it states twice and
the rewrite once: not dropped.

>>> from core.facts.figures import extract_figures
>>> from core.model import SentenceId
>>> left = {SentenceId(4, 0): extract_figures("about 300 North Koreans had been killed")}
>>> added = [(f, SentenceId(0, 0)) for f in extract_figures("More than 300 North Korean soldiers died, and 2 more")]
>>> [(a[0].text, b[0].text) for a, b in restated(left, added, lambda a, b: True)]
[('about 300', 'More than 300')]
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence

from core.facts.figure_model import Located
from core.facts.figure_values import equal_value, same_counted, year_of
from core.facts.figures import Figure, FigureKind, Qualifier
from core.model import Document, SentenceId
from core.text.terms import STOP_WORDS

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
        few = {_key(f) for figures in lefts.values() for f in figures if _distinct(f)}
        added = [b for b in added if _distinct(b[0]) and _key(b[0]) in few]
    wanted = {_key(b[0]) for b in added if _distinct(b[0])}
    if not wanted:
        return []
    years = {float(value) for kind, value in wanted if kind == _YEAR}  # as a count ("the 2024 floods") or a date
    lows = {value for _, value in wanted if isinstance(value, float)} | years | ({0.0} if years else set())
    by_value: dict[tuple[str, float | str], list[Located]] = defaultdict(list)
    for sid, figures in lefts.items():
        for figure in figures:
            if figure.low in lows and (key := _key(figure)) in wanted:
                by_value[key].append((figure, sid))
    pairs = []
    for b in added:
        candidates = by_value.get(_key(b[0]), ())
        match = next((a for a in candidates if _restates(a[0], b[0]) and related(a[1], b[1])), None)
        if match is not None:
            pairs.append((match, b))
    return pairs


_YEAR = "year"


def _key(figure: Figure) -> tuple[str, float | str]:
    """Equal figures share this key: a year by its digits, whether written as a date ("floods of 2024") or a count
    ("the 2024 floods"); anything else by kind and value."""
    year = year_of(figure)
    return (_YEAR, year) if year else (figure.kind.value, figure.low)


def _distinct(figure: Figure) -> bool:
    """Whether a figure's value tells it apart: a year, or a count or amount of ``DISTINCT_VALUE`` or more (not a
    magnitude: "hundreds" is said of many things)."""
    if figure.qualifier is Qualifier.VAGUE:
        return False
    if figure.kind in (FigureKind.COUNT, FigureKind.MONEY) and abs(figure.low) >= DISTINCT_VALUE:
        return True
    return figure.kind is FigureKind.DATE and bool(year_of(figure))


def _restates(a: Figure, b: Figure) -> bool:
    return _distinct(a) and equal_value(a, b) and same_counted(a, b)


def sentences_related(left: Document, right: Document) -> Callable[[SentenceId, SentenceId], bool]:
    """Whether a left and a right sentence share two content words (lower case, four letters or more, neither a
    function word nor a reporting verb): "officials said" alone joins two unrelated stories. Each sentence's
    words are read once."""
    cache: dict[tuple[int, SentenceId], frozenset[str]] = {}

    def words(side: int, document: Document, sid: SentenceId) -> frozenset[str]:
        found = cache.get((side, sid))
        if found is None:
            text = document.sentence(sid).text.lower()
            found = cache[side, sid] = frozenset(_WORD.findall(text)) - STOP_WORDS - _REPORTING
        return found

    return lambda a, b: len(words(0, left, a) & words(1, right, b)) >= 2


_WORD = re.compile(r"[^\W\d_]{4,}")
_REPORTING = frozenset(
    "said says told tells telling added adds stated claimed claims reported according announced confirmed".split()
)
