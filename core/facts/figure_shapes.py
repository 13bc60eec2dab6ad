"""Figures read once per shape: texts that differ only in the value of one plain number share one reading.

API: ``figures_by_shape(text, shapes) -> list[Figure]``, ``Shapes`` (the cache a caller keeps for one run).

The result is always ``extract_figures(text)``. A text's shape is the text around its only run of digits, with
the run's length: "Line 123456 of a very long list." and "Line 654321 of a very long list." have one shape.
Only runs of 3 or of 5 to 15 ASCII digits with no leading zero count, in a text with no other digit (of any
script), currency sign or vulgar fraction. For such runs every pattern of ``core.facts.figures`` behaves the
same whatever the digits are: times of day need an hour of at most two digits or four digits in all (1830
hours), dates a day of at most two digits or a year of four, "one in" the digit 1, and the run, of one length,
ends at the same offset, so the qualifier (the words before it) and the counted thing (the words after it) are
the same too. What differs is the value. So the first text of a shape is read in full; when it holds one count
or amount of money that ends where its run ends and whose value is the run's (no scale, no percent, no
decimals), the other texts of that shape get that figure with their own words and value; when it holds none,
they hold none. Any other reading (a range, a date, "300m") leaves each text of the shape to be read in full.
A list of 600,000 numbered lines is read in a few thousand full readings instead of 600,000.

>>> shapes: Shapes = {}
>>> [(f.text, f.low, f.counted) for f in figures_by_shape("About 300 soldiers died.", shapes)]
[('About 300', 300.0, 'soldiers')]
>>> [(f.text, f.low, f.counted) for f in figures_by_shape("About 450 soldiers died.", shapes)]
[('About 450', 450.0, 'soldiers')]
>>> len(shapes)
1
"""

from __future__ import annotations

import re

from core.facts.figures import Figure, FigureKind, extract_figures

Shapes = dict[tuple[str, int, str], tuple[Figure, ...] | None]  # (before, digits, after) -> the shape's figures

_NO_FIGURE_SIGN = r"[^\d$£€¥½¼¾⅓⅔⅛]*+"  # no digit (of any script), currency sign or vulgar fraction
_PLAIN = re.compile(rf"({_NO_FIGURE_SIGN})([1-9][0-9]{{2}}|[1-9][0-9]{{4,14}})({_NO_FIGURE_SIGN})", re.DOTALL)
_SHARED_KINDS = (FigureKind.COUNT, FigureKind.MONEY)


def figures_by_shape(text: str, shapes: Shapes) -> list[Figure]:
    """``extract_figures(text)``, read in full once per shape (see the module docstring)."""
    plain = _PLAIN.fullmatch(text)
    if plain is None:
        return extract_figures(text)
    before, digits, after = plain.groups()
    key = (before, len(digits), after)
    if key not in shapes:
        figures = extract_figures(text)
        shapes[key] = _template(figures, plain)
        return figures
    known = shapes[key]
    if known is None:
        return extract_figures(text)
    value = float(digits)
    return [
        Figure(
            text[f.start : f.end], f.start, f.end, f.kind, value, value, f.qualifier, f.counted, f"{value:g}", f.unit
        )
        for f in known
    ]


def _template(figures: list[Figure], plain: re.Match[str]) -> tuple[Figure, ...] | None:
    """The figures of a shape's first text, when the other texts' figures can be made from them; None if not."""
    if not figures:
        return ()
    if len(figures) > 1:
        return None
    figure, value = figures[0], float(plain.group(2))
    ends_with_run = figure.end == plain.end(2) and figure.start <= plain.start(2)
    plain_value = figure.low == figure.high == value and figure.key == f"{value:g}"
    return (figure,) if ends_with_run and plain_value and figure.kind in _SHARED_KINDS else None
