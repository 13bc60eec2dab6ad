"""Stage 5 of 7, facts: the figures and quotes of two articles, compared.

Figures (numbers, fractions, shares, ranges, dates, times of day, with qualifier and counted thing) are paired
within each link, then in the gaps between links, then across the articles; quotes of the rewrite are checked
against the original's (verbatim, trimmed, altered, unsupported) and the original's quotes are kept or dropped.
Uses links from ``core.align`` and word diffs from ``core.diff``.

API
---
check_figures(left, right, links, without_figures=None, stop=None) -> tuple[FigureFinding, ...]
check_quotes(left, right) -> tuple[QuoteFinding, ...]
extract_figures(text) -> list[Figure], extract_quotes(document) -> list[Quote]
shown_value(figure) -> str (normalised: "2.5", "15:30", "£30,000"), quoted(figure) -> str (words and value)
FigureFinding, FigureStatus, Figure, FigureKind, Qualifier, QuoteFinding, QuoteStatus, Quote
"""

from core.facts.figure_check import FigureFinding, FigureStatus, check_figures, quoted, shown_value
from core.facts.figures import Figure, FigureKind, Qualifier, extract_figures, may_hold_figures
from core.facts.quote_check import QuoteFinding, QuoteStatus, check_quotes
from core.facts.quotes import Quote, extract_quotes

__all__ = [
    "Figure",
    "FigureFinding",
    "FigureKind",
    "FigureStatus",
    "Qualifier",
    "Quote",
    "QuoteFinding",
    "QuoteStatus",
    "check_figures",
    "check_quotes",
    "extract_figures",
    "extract_quotes",
    "may_hold_figures",
    "quoted",
    "shown_value",
]
