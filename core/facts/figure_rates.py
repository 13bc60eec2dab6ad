"""Rates of time that fill their period ("seven days a week", "24 hours a day") and the words that say the same.

API: ``rate_counted(text, end, counted) -> str`` (the counted words of a figure, with the period of a rate:
"days a week"), ``whole_cycle(figure) -> bool``, ``always_words(text) -> list[Figure]``.

A count of a unit of time followed by "a", "an", "per" or "each" and a longer period is a rate, and its counted
thing says so: "five days a week" counts "days a week", "eight hours per day" "hours per day" (``rate_counted``).
A rate that fills its period (7 days a week, 24 hours a day, 365 or 366 days a year, 52 weeks a year, 12 months
a year, 60 minutes an hour: ``whole_cycle``) means "always", and a rewrite may say it without a number: "every
day", "each day", "daily" (7 days a week, 365 days a year), "round the clock", "around the clock", "day and
night", "night and day" (24 hours a day), "24/7" (both 24 hours a day and 7 days a week), "every week",
"weekly" (52 weeks a year), "every month", "monthly" (12 months a year). Alone these words are no figures; for a
whole-cycle rate left over in a link, ``core.facts.figure_partners`` reads them in the other side's sentences
(``always_words``) and pairs them as the same figure: "open seven days a week" -> "open every day" is ``same``,
not "figure dropped: seven". "seven days a week" -> "five days a week" stays a changed value.

>>> [(f.text, f.low, f.counted) for f in always_words("Open daily, staffed round the clock.")]
[('daily', 7.0, 'days a week'), ('daily', 365.0, 'days a year'), ('round the clock', 24.0, 'hours a day')]
"""

from __future__ import annotations

import re

from core.facts.figure_model import Figure, FigureKind, Qualifier

_UNITS = "minute|hour|day|week|month"
_UNIT_WORDS = frozenset(_UNITS.split("|"))
_PERIODS = "hour|day|week|fortnight|month|year"
_RATE = re.compile(rf"\s*(?P<unit>(?:{_UNITS})s?)\s+(?P<per>an?|per|each)\s+(?P<period>{_PERIODS})\b", re.IGNORECASE)
_RATE_COUNTED = re.compile(rf"(?P<unit>{_UNITS})s?\s+(?:an?|per|each)\s+(?P<period>{_PERIODS})")
WHOLE_CYCLES = {  # (unit, period) -> the counts of the unit that fill the period
    ("day", "week"): (7.0,),
    ("hour", "day"): (24.0,),
    ("day", "year"): (365.0, 366.0),
    ("week", "year"): (52.0,),
    ("month", "year"): (12.0,),
    ("minute", "hour"): (60.0,),
}
_ALWAYS = re.compile(
    r"(?<![\w-])(?:(?P<day>every\s+day|each\s+day|daily)|(?P<clock>(?:a?round|all\s+round)\s+the\s+clock|"
    r"day\s+and\s+night|night\s+and\s+day)|(?P<both>24/7)|(?P<week>every\s+week|each\s+week|weekly)|"
    r"(?P<month>every\s+month|each\s+month|monthly))(?![\w-])",
    re.IGNORECASE,
)
_SAID = {  # a group of ``_ALWAYS`` -> the whole-cycle rates its words say: (value, counted)
    "day": ((7.0, "days a week"), (365.0, "days a year")),
    "clock": ((24.0, "hours a day"),),
    "both": ((24.0, "hours a day"), (7.0, "days a week")),
    "week": ((52.0, "weeks a year"),),
    "month": ((12.0, "months a year"),),
}


def rate_counted(text: str, end: int, counted: str) -> str:
    """The counted words of a figure ending at ``end``: its ``counted`` words, or, for a rate of time, the unit
    with its period ("seven days a week": "days a week")."""
    if not counted or counted.lower().rstrip("s") not in _UNIT_WORDS:
        return counted
    match = _RATE.match(text, end)
    return f"{match.group('unit')} {match.group('per')} {match.group('period')}" if match else counted


def whole_cycle(figure: Figure) -> bool:
    """Whether a figure is a rate that fills its period ("seven days a week", "24 hours a day")."""
    if figure.kind is not FigureKind.COUNT or figure.low != figure.high or figure.qualifier is not Qualifier.EXACT:
        return False
    match = _RATE_COUNTED.fullmatch(figure.counted.lower())
    return match is not None and figure.low in WHOLE_CYCLES.get((match.group("unit"), match.group("period")), ())


def always_words(text: str) -> list[Figure]:
    """Each word for "always" in a text, as the whole-cycle rates it says (one figure per rate)."""
    figures = []
    for match in _ALWAYS.finditer(text):
        said = _SAID[next(name for name in _SAID if match.group(name))]
        figures += [
            Figure(match.group(0), match.start(), match.end(), FigureKind.COUNT, value, value, Qualifier.EXACT,
                   counted, f"{value:g}")
            for value, counted in said
        ]  # fmt: skip
    return figures
