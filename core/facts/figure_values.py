"""Whether two figures are one: equal values across kinds, units and wordings, and the note on a pair.

API: ``equal_value(a, b) -> bool``, ``difference(a, b) -> tuple[str, bool]`` (the note, and whether it tells a
change of fact), ``same_counted(a, b) -> bool``, ``one_vague(a, b) -> bool``, ``within(a, b) -> bool`` (a
magnitude and an exact figure), ``year_of(figure) -> str``, ``other_dates(a, b) -> bool``, ``SHARE_TOLERANCE``.
Used by ``core.facts.figure_check``, which pairs the figures of two articles; the rules are in its docstring.

>>> from core.facts.figures import extract_figures
>>> (a,), (b,) = extract_figures("about 300 soldiers"), extract_figures("more than 300 soldiers")
>>> difference(a, b)
('qualifier: approximate -> lower bound', True)
>>> equal_value(*extract_figures("1,000 and one thousand"))
True
>>> difference(*extract_figures("about 300 people, hundreds of people"))
('made vague: 300 within 200-999', True)
>>> difference(*extract_figures("about 300 people, thousands of people"))
('value: 300 -> 2,000-999,999; qualifier: approximate -> vague', True)
"""

from __future__ import annotations

import re

from core.facts.counted import converted, other_thing, same_thing, specific
from core.facts.figure_text import value_text
from core.facts.figures import Figure, FigureKind, Qualifier

SHARE_TOLERANCE = 0.005  # fraction: a share in words and one in digits this close are the same (a third = 33%)


def year_of(figure: Figure) -> str:
    """A date's year, or a count that is a year ("1990 levels"), as its digits; "" for anything else."""
    if figure.kind is FigureKind.COUNT and not figure.unit and figure.low == figure.high:
        value = figure.low
        return f"{value:.0f}" if value.is_integer() and 1800 <= value <= 2100 else ""
    return figure.key if figure.kind is FigureKind.DATE and figure.key.isdigit() else ""


def _with_unit(figure: Figure) -> str:
    """A figure with what it counts, the unit said once ("18 months", "a year and a half", not "... half years")."""
    unit = figure.counted.rstrip("s")
    return figure.text if unit and unit in figure.text.lower() else f"{figure.text} {figure.counted}"


def equal_value(a: Figure, b: Figure) -> bool:
    return _equal_given(a, b, _count_and_ordinal(a, b), _amount(a, b))


def _equal_given(a: Figure, b: Figure, ordinal: bool, amount: bool | None) -> bool:
    """``equal_value`` with ``_count_and_ordinal`` and ``_amount`` of the pair already known."""
    if a.kind is not b.kind:
        if ordinal:
            return a.low == b.low and a.high == b.high  # "day 6" and "the 6th day"
        return {a.kind, b.kind} == {FigureKind.COUNT, FigureKind.DATE} and year_of(a) != "" and year_of(a) == year_of(b)
    if a.kind is FigureKind.DATE:
        return a.key == b.key
    if amount is not None:
        return amount  # "two decades" = "20 years"
    tolerance = 1e-9 * max(1.0, abs(a.high))
    if a.kind is FigureKind.SHARE and not (_has_digit(a.text) and _has_digit(b.text)):
        tolerance = SHARE_TOLERANCE  # "a third" against "33%"; two figures in digits must match exactly
    return abs(a.low - b.low) <= tolerance and abs(a.high - b.high) <= tolerance and a.unit == b.unit


def _count_and_ordinal(a: Figure, b: Figure) -> bool:
    return {a.kind, b.kind} == {FigureKind.COUNT, FigureKind.ORDINAL} and not a.unit and not b.unit


def _has_digit(text: str) -> bool:
    return any(c.isdigit() for c in text)


def same_counted(a: Figure, b: Figure) -> bool:
    return same_thing(a.counted, b.counted)


def difference(a: Figure, b: Figure) -> tuple[str, bool]:
    """The note on a pair of figures, and whether it tells a change of fact (value, hedge, or counted thing)."""
    notes, changed, vague = [], False, None
    amount, ordinal = _amount(a, b), _count_and_ordinal(a, b)  # each once: ``equal_value`` would ask again
    if amount is not None:  # "two decades" -> "20 years" (one amount), "3 days" -> "3 weeks" (another)
        notes.append(f"{'converted' if amount else 'amount'}: {_with_unit(a)} -> {_with_unit(b)}")
        changed = not amount
    elif (vague := _made_vague(a, b)) is not None:
        notes.append(vague)  # "about 300" -> "hundreds": the same fact, told less precisely (its qualifier with it)
        changed = True
    elif not _equal_given(a, b, ordinal, amount):
        by_text = a.kind in (FigureKind.DATE, FigureKind.TIME)
        notes.append(f"value: {a.text} -> {b.text}" if by_text else f"value: {value_text(a)} -> {value_text(b)}")
        changed = True
    elif ordinal:
        notes.append(f"written as: {a.text} -> {b.text}")  # "day 6" -> "the 6th day": one figure
    if a.qualifier is not b.qualifier and not (vague and notes[0] is vague):
        notes.append(f"qualifier: {a.qualifier.value} -> {b.qualifier.value}")
        changed = True
    if amount is None and other_thing(a.counted, b.counted):
        notes.append(f"counted thing changed: {a.counted} -> {b.counted}")  # "300 soldiers" -> "300 civilians"
        changed = True
    elif amount is None and not same_counted(a, b) and specific(a.counted) and specific(b.counted):
        notes.append(f"counted: {a.counted} -> {b.counted}")  # a rewording: the word diff of the sentence shows it
    return "; ".join(notes), changed


def one_vague(a: Figure, b: Figure) -> bool:
    """Whether exactly one of two figures is vague (a magnitude: "hundreds")."""
    return (a.qualifier is Qualifier.VAGUE) is not (b.qualifier is Qualifier.VAGUE)


def within(a: Figure, b: Figure) -> bool:
    """Whether the exact one of a vague and an exact figure lies within the vague one's range, in its unit
    ("$3m" is not within "millions of pounds")."""
    vague, exact = (a, b) if a.qualifier is Qualifier.VAGUE else (b, a)
    return vague.unit == exact.unit and vague.low <= exact.low <= exact.high <= vague.high


def _made_vague(a: Figure, b: Figure) -> str | None:
    """The note on an exact count and a vague one ("hundreds") holding its value: "made vague: 300 within
    200-999" (or "made precise"); None for any other pair, whose values are compared as ranges."""
    if a.kind is not b.kind or not one_vague(a, b) or not within(a, b):
        return None
    vague, exact = (a, b) if a.qualifier is Qualifier.VAGUE else (b, a)
    return f"{'made vague' if vague is b else 'made precise'}: {value_text(exact)} within {value_text(vague)}"


def _amount(a: Figure, b: Figure) -> bool | None:
    """Whether two counts of one measure in different units are one amount (None: not such counts)."""
    if a.kind is not FigureKind.COUNT or b.kind is not FigureKind.COUNT or a.low != a.high or b.low != b.high:
        return None
    return converted((a.low, a.counted), (b.low, b.counted))


def other_dates(a: Figure, b: Figure) -> bool:
    """Whether two dates left over in one link are other dates, not one said more or less precisely: of another
    shape, unless one's words hold the other's ("19 March" / "March", "7 Feb 2025" / "Feb 2025": the day dropped)."""
    if _date_shape(a) == _date_shape(b):
        return False
    words_a, words_b = set(a.key.split()), set(b.key.split())
    return not (words_a < words_b or words_b < words_a)


def _date_shape(figure: Figure) -> str:
    """A date with its numbers, day and month names blanked: "7 feb 2025" and "8 mar 2025" have one shape,
    "2011" and "2012" too, and "monday" and "tuesday"."""
    return _NAMES.sub("@", re.sub(r"\d+", "#", figure.key))


_NAMES = re.compile(
    r"\b(?:today|yesterday|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|"
    r"apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b"
)
