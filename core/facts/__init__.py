"""Stage 5 of 7, facts: the figures and quotes of two articles, compared.

Figures (numbers, fractions, shares, ranges, dates, times of day, with qualifier and counted thing) are paired
within each link, then in the gaps between links, then across the articles; quotes of the rewrite are checked
against the original's (verbatim, trimmed, altered, unsupported) and the original's quotes are kept or dropped.
Uses links from ``core.align`` and word diffs from ``core.diff``. The ``wording`` subpackage tells which
rewordings of a link change what a reader is told (attribution, hedges, negation, names, loaded words, time
references, and the link's figure and quote findings) and which are cosmetic.

API
---
check_figures(left, right, links, without_figures=None, stop=None) -> tuple[FigureFinding, ...]
check_quotes(left, right, links=(), stop=None) -> tuple[QuoteFinding, ...]
extract_figures(text) -> list[Figure], extract_quotes(document, stop=None) -> list[Quote]
shown_value(figure) -> str (normalised: "2.5", "15:30", "£30,000", written out, never "1.8e+10"),
quoted(figure) -> str (words and value)
FigureFinding, FigureStatus, Figure, FigureKind, Qualifier, QuoteFinding, QuoteStatus, Quote
substantive_changes(left_text, right_text, diff, days_apart=None) -> tuple[Change, ...]
link_changes(left, right, links, figures, quotes, stop=None) -> dict[int, tuple[Change, ...]]
headline_changes(left, right, figures=()) -> tuple[Change, ...], in_time_reference(text, spans) -> bool
Change, ChangeKind, CHANGE_RANK (the kinds by weight)
"""

from core.facts.figure_check import FigureFinding, FigureStatus, check_figures
from core.facts.figure_text import quoted, shown_value
from core.facts.figures import Figure, FigureKind, Qualifier, extract_figures, may_hold_figures
from core.facts.quote_check import QuoteFinding, QuoteStatus, check_quotes
from core.facts.quotes import Quote, extract_quotes
from core.facts.wording import RANK as CHANGE_RANK
from core.facts.wording import (
    Change,
    ChangeKind,
    headline_changes,
    in_time_reference,
    link_changes,
    substantive_changes,
)

__all__ = [
    "CHANGE_RANK",
    "Change",
    "ChangeKind",
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
    "headline_changes",
    "in_time_reference",
    "link_changes",
    "may_hold_figures",
    "quoted",
    "shown_value",
    "substantive_changes",
]
