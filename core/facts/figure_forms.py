"""Figures said in two ways at once, read as one: the steps ``core.facts.figures`` takes after its scan.

API: ``repeated_in_brackets(text, figures) -> list[Figure]``, ``age_groups(text, lower, figures) -> list[Figure]``,
``score_one(text, start) -> bool``, ``percent_carried_back(text, figures)``, ``VOTES_JOIN``, ``AGE_WORDS`` (the
plural words an age group may end in).

- **A percent carried back**: "from 10 to 20%", "10-20 per cent": the first number is a share too.
- **A figure repeated in brackets**: "four (4)", "nearly doubled (100%)", "a third (33%)": a figure followed by
  one of the same kind and value in parentheses is one figure, its span running to the closing bracket. Of
  another value or kind ("£3m ($3.8m)", "four (three of them new)") both stay.
- **Age groups said as a noun**: "the under-fives", "over-60s", "under-18s", "over-fifties" are the age "under
  five", "over 60" (upper bound 5, lower bound 60), so "children under five" -> "under-fives" is one figure.
- **Scores and tallies**: "by seven votes to four" is one figure, like "seven to four" and "7-4" (``VOTES_JOIN``
  joins them in ``core.facts.figures``' ranges); the second number of a score may be "one" ("ten votes to one",
  "won two to one"), which alone is no figure (``score_one``).

>>> from core.facts.figures import extract_figures
>>> [(f.text, f.low) for f in extract_figures("It opened four (4) stores.")]
[('four (4)', 4.0)]
>>> [(f.text, f.low, f.qualifier.value) for f in extract_figures("Free care for the under-fives.")]
[('under-fives', 5.0, 'upper bound')]
>>> [(f.text, f.low, f.high) for f in extract_figures("It passed by ten votes to one.")]
[('ten votes to one', 10.0, 1.0)]
"""

from __future__ import annotations

import re
from dataclasses import replace

from core.facts.figure_model import Figure, FigureKind, Qualifier
from core.facts.figure_words import UNITS

BRACKET_SHARE_TOLERANCE = 0.005  # fraction: "a third (33%)" is one share; as ``figure_values.SHARE_TOLERANCE``
_OPEN = re.compile(r"\s*\(\s*")
_CLOSE = re.compile(r"\s*\)")
_AGE_GROUP = re.compile(
    r"\b(?P<side>under|over)[-\s](?P<age>\d{1,3}s|[a-z]+(?:-[a-z]+)?)(?![\w-])(?!\s+of\b)", re.IGNORECASE
)
VOTES_JOIN = re.compile(r"\s+votes?\s+to\s+", re.IGNORECASE)  # "seven votes to four"
_HAS_DIGIT = re.compile(r"[\d$£€¥½¼¾⅓⅔⅛]")  # as ``figures``
_PERCENT_JOIN = re.compile(r"\s*(?:-|–|—|to|\[to\]|and)\s*", re.IGNORECASE)  # as ``figures``' range joins
_SCORE_BEFORE = re.compile(
    rf"(?:\d|\b(?:{'|'.join(sorted(UNITS.keys() - {'a', 'an', 'one'}, key=len, reverse=True))}))"
    r"(?:\s+votes?)?\s+to\s+$",
    re.IGNORECASE,
)


def _plural(word: str) -> str:
    return word[:-1] + "ies" if word.endswith("y") else word + ("es" if word.endswith("x") else "s")


AGE_WORDS = frozenset(_plural(word) for word in UNITS.keys() - {"a", "an", "zero", "one"})  # "fives", "fifties"


def _one_value(a: Figure, b: Figure) -> bool:
    if a.kind is not b.kind or a.unit != b.unit or a.kind is FigureKind.DATE:
        return a.kind is FigureKind.DATE and a.kind is b.kind and a.key == b.key
    tolerance = BRACKET_SHARE_TOLERANCE if a.kind is FigureKind.SHARE else 1e-9 * max(1.0, abs(a.high))
    return abs(a.low - b.low) <= tolerance and abs(a.high - b.high) <= tolerance


def repeated_in_brackets(text: str, figures: list[Figure]) -> list[Figure]:
    """``figures`` with each figure repeated in brackets right after itself folded into it (module docstring)."""
    kept: list[Figure] = []
    for figure in figures:
        previous = kept[-1] if kept else None
        if previous is not None and _one_value(previous, figure):
            opened = _OPEN.fullmatch(text, previous.end, figure.start)
            closed = _CLOSE.match(text, figure.end)
            if opened and closed and figure.qualifier is Qualifier.EXACT:
                end = closed.end()
                counted = previous.counted or figure.counted  # "four (4) stores"
                kept[-1] = replace(previous, text=text[previous.start : end], end=end, counted=counted)
                continue
        kept.append(figure)
    return kept


def _age(word: str) -> float | None:
    """The age an age group names: "60s" 60, "fives" 5, "fifties" 50, "twenty-ones" 21; None for other words."""
    lower = word.lower()
    if lower[0].isdigit():
        return float(lower[:-1])
    for single in (lower[:-3] + "y", lower[:-2], lower[:-1]) if lower.endswith("s") else ():
        parts = single.split("-")
        if all(part in UNITS and part not in ("a", "an") for part in parts):
            return float(sum(UNITS[part] for part in parts))
    return None


def age_groups(text: str, lower: str, figures: list[Figure]) -> list[Figure]:
    """``figures`` with each age group said as a noun ("under-fives", "over-60s") read as its age, in place of any
    figure read inside its words (module docstring)."""
    if "under" not in lower and "over" not in lower:
        return figures
    found: list[Figure] = []
    for match in _AGE_GROUP.finditer(text):
        age = _age(match.group("age"))
        if age is None:
            continue
        upper = match.group("side").lower() == "under"
        qualifier = Qualifier.UPPER_BOUND if upper else Qualifier.LOWER_BOUND
        found.append(
            Figure(match.group(0), match.start(), match.end(), FigureKind.COUNT, age, age, qualifier, "", f"{age:g}")
        )
    if not found:
        return figures
    kept = [f for f in figures if not any(f.start < g.end and g.start < f.end for g in found)]
    return sorted(kept + found, key=lambda figure: figure.start)


def score_one(text: str, start: int) -> bool:
    """Whether "one" at ``start`` is the second number of a score or tally ("ten votes to one", "two to one")."""
    return _SCORE_BEFORE.search(text, max(0, start - 30), start) is not None


def percent_carried_back(text: str, figures: list[Figure]) -> list[Figure]:
    """ "from 10 to 20%", "10-20 per cent": the first number is a share too."""
    carried = list(figures)
    for k in range(len(carried) - 1):
        first, second = carried[k], carried[k + 1]
        if (
            first.kind is FigureKind.COUNT
            and second.kind in (FigureKind.SHARE, FigureKind.POINTS)
            and not first.counted
            and _HAS_DIGIT.search(first.text)
            and _HAS_DIGIT.search(second.text)
            and _PERCENT_JOIN.fullmatch(text, first.end, second.start)
        ):
            value = first.low / 100 if second.kind is FigureKind.SHARE else first.low
            carried[k] = replace(first, kind=second.kind, low=value, high=value, key=f"{value:g}")
    return carried
