"""Words that are figures only as the partner of a figure left without one in a link.

API: ``partners(left, right, link, pairs, free_left, free_right) -> (pairs, free_left, free_right)``,
``spelled_periods(text) -> list[Figure]``.

Some words are rarely figures alone, so ``core.facts.extract_figures`` does not read them; but when the other
sentence of a link holds a figure they state, they are that figure, said in words. ``core.facts.figure_check``
asks for them only for a link with such a figure left over, and pairs them like any other figure:

- **"first" and "second"** (``core.facts.ordinals``): the partner of an ordinal in digits ("2nd" -> "second").
- **A period named by its unit**: "the year", "a week", "the past month", "a fortnight", one of its unit, the
  partner of an amount of time in other units that is the same span: "in the year to August" -> "in the 12
  months to August", "over the week" -> "over seven days" (``core.facts.counted.converted``). Alone, "the year"
  is no figure ("earlier in the year", "the year's best"), and a period that is not the same span as the other
  side's amount stays none: "the year" -> "six months" leaves the six months new.
- **"Always"** (``core.facts.figure_rates``): "every day", "daily", "round the clock", "24/7", the partner of a
  rate that fills its period: "open seven days a week" -> "open every day" is the same figure.

>>> [(f.text, f.low, f.counted) for f in spelled_periods("In the year to May, and over a fortnight, prices rose.")]
[('the year', 1.0, 'years'), ('a fortnight', 1.0, 'fortnights')]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from core.facts.counted import unit_of_time
from core.facts.figure_model import Figure, FigureKind, Located, Qualifier
from core.facts.figure_pairs import pair
from core.facts.figure_rates import always_words, whole_cycle
from core.facts.figure_values import equal_value
from core.facts.ordinals import spelled_ordinals
from core.model import Document, Link, SentenceId

_PERIOD = re.compile(
    r"(?<![\w-])(?:the|a|an|this|last|past|previous)\s+(?:past\s+|previous\s+|last\s+)?"
    r"(?P<unit>year|month|week|fortnight)(?![\w-])",
    re.IGNORECASE,
)
# Not "the day" ("on the day", "the day before": too common to stand for "24 hours"); "a decade" is read already.

Pairs = list[tuple[Located, Located]]


def spelled_periods(text: str) -> list[Figure]:
    """Each period named by its unit in a text ("the year", "a fortnight"), as an amount of that unit."""
    figures = []
    for match in _PERIOD.finditer(text):
        unit = match.group("unit").lower()
        figures.append(
            Figure(match.group(0), match.start(), match.end(), FigureKind.COUNT, 1.0, 1.0, Qualifier.EXACT,
                   unit + "s", "1")
        )  # fmt: skip
    return figures


def _amount_of_time(figure: Figure) -> bool:
    return figure.kind is FigureKind.COUNT and figure.low == figure.high and unit_of_time(figure.counted)


def _ordinal(figure: Figure) -> bool:
    return figure.kind is FigureKind.ORDINAL


_READERS = (
    (_ordinal, spelled_ordinals),
    (_amount_of_time, spelled_periods),
    (whole_cycle, always_words),
)  # (figures wanting one, reader)


def partners(
    left: Document, right: Document, link: Link, pairs: Pairs, free_left: list[Located], free_right: list[Located]
) -> tuple[Pairs, list[Located], list[Located]]:
    """``pairs`` with the figures left over in a link paired with words of the other side's sentences that state
    them (module docstring), and the figures still left over."""
    for wanted, reader in _READERS:
        wanted_left = [a for a in free_left if wanted(a[0])]
        wanted_right = [b for b in free_right if wanted(b[0])]
        if not wanted_left and not wanted_right:
            continue
        found = pair(wanted_left, _words(right, link.right, reader) if wanted_left else [], by_order=False)[0]
        found += pair(_words(left, link.left, reader) if wanted_right else [], wanted_right, by_order=False)[0]
        if reader is not spelled_ordinals:  # the same span only: "the year" = 12 months, "daily" = 7 days a week
            found = [(a, b) for a, b in found if equal_value(a[0], b[0])]
        used = {id(x) for pair_ in found for x in pair_}
        pairs = pairs + found
        free_left = [a for a in free_left if id(a) not in used]
        free_right = [b for b in free_right if id(b) not in used]
    return pairs, free_left, free_right


def _words(document: Document, ids: Iterable[SentenceId], reader: Callable[[str], list[Figure]]) -> list[Located]:
    return [(figure, sid) for sid in ids for figure in reader(document.sentence(sid).text)]
