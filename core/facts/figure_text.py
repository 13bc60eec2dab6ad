"""A figure as a person reads it: its normalised value, and the words to quote with the value beside them.

API: ``shown_value(figure) -> str``, ``quoted(figure) -> str``, ``value_text(figure) -> str``.
"""

from __future__ import annotations

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


def value_text(figure: Figure) -> str:
    """A figure's value in digits: "£30,000", "50%", "2.5-3"."""

    def show(value: float) -> str:
        if figure.kind is FigureKind.SHARE:
            return f"{value * 100:.4g}%"
        return f"{figure.unit}{value:,.10g}"

    return show(figure.low) if figure.low == figure.high else f"{show(figure.low)}-{show(figure.high)}"
