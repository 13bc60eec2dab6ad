"""A figure as a person reads it: its normalised value, and the words to quote with the value beside them.

API: ``shown_value(figure) -> str``, ``quoted(figure) -> str``, ``value_text(figure) -> str``,
``number_text(value, significant=10) -> str``: every value shown to a person (a note, a tooltip, the report) is
written by this one function, out in full with thousands separators, never in scientific notation ("£18bn" is
"£18,000,000,000", not "£1.8e+10"; a share of 0.00001% is "0.00001%"). JSON keeps values as numbers.
"""

from __future__ import annotations

from decimal import Decimal
from math import isfinite

from core.facts.figures import Figure, FigureKind, extract_figures  # noqa: F401  (extract_figures: the doctests)


def shown_value(figure: Figure) -> str:
    """A figure's normalised value as a person reads it: "£30,000", "2.5", "50%", "15:30", "7 feb 2025".

    >>> [shown_value(f) for f in extract_figures("two and a half years, £30,000, half, 3.30pm, 7 Feb 2025")]
    ['2.5', '£30,000', '50%', '15:30', '7 feb 2025']
    """
    if figure.kind in (FigureKind.DATE, FigureKind.TIME):
        return figure.key
    return value_text(figure)


def quoted(figure: Figure) -> str:
    """The words a person would quote, with the normalised value beside them when it reads differently (a date's
    normalised words, "14 mar 2026" for "March 14th, 2026", tell nothing more: a date is quoted as written).

    >>> [quoted(f) for f in extract_figures("For two and a half years, from 3pm, it cost £30,000, on 14 March 2026.")]
    ['two and a half (2.5)', '3pm (15:00)', '£30,000', '14 March 2026']
    """
    if figure.kind is FigureKind.DATE:
        return figure.text
    value = shown_value(figure)
    text = figure.text.lower().replace(",", "")
    digits = value.lower().replace(",", "").rstrip("%")
    percent = not value.endswith("%") or "%" in text or "cent" in text
    return figure.text if digits in text and percent else f"{figure.text} ({value})"


SHARE_DIGITS = 4  # significant digits of a share shown as a percentage ("33.33%")
VALUE_DIGITS = 10  # significant digits of any other value shown


def number_text(value: float, significant: int = VALUE_DIGITS) -> str:
    """A number written out in full, rounded to ``significant`` digits, with thousands separators and no
    exponent; a value too large for a float (written with hundreds of digits) is "more than 10^308".

    >>> [number_text(v) for v in (1.8e10, 2.5, 1 / 3, 1e-7, -4500.0, float("inf"))]
    ['18,000,000,000', '2.5', '0.3333333333', '0.0000001', '-4,500', 'more than 10^308']
    >>> number_text(1e21), number_text(100 / 3, 4)
    ('1,000,000,000,000,000,000,000', '33.33')
    """
    if not isfinite(value):
        return "more than 10^308" if value > 0 else "less than -10^308"
    text = f"{Decimal(f'{value:.{significant}g}'):,f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def value_text(figure: Figure) -> str:
    """A figure's value in digits: "£30,000", "50%", "2.5-3", "£18,000,000,000" (``number_text``)."""

    def show(value: float) -> str:
        if figure.kind is FigureKind.SHARE:
            return f"{number_text(value * 100, SHARE_DIGITS)}%"
        return f"{figure.unit}{number_text(value)}"

    return show(figure.low) if figure.low == figure.high else f"{show(figure.low)}-{show(figure.high)}"
