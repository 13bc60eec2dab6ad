"""The findings a reader should look at, in order of importance, each tied to its display row.

API: ``list_findings(comparison) -> list[Finding]`` (used by the window's side panel and the HTML report).

Order: changed figures, unsupported and altered quotes, dropped and new figures, dropped quotes, then moved,
added and removed paragraphs.

>>> from core import compare
>>> [f.text for f in list_findings(compare("About 300 were hurt.", "More than 300 were hurt."))]
['about 300 → more than 300 (qualifier: approximate -> lower bound)']
"""

from __future__ import annotations

from dataclasses import dataclass

from core.align.rows import rows_of_paragraphs
from core.engine import Comparison
from core.facts import quoted
from core.facts.figure_check import FigureFinding, FigureStatus
from core.facts.quote_check import QuoteFinding, QuoteStatus
from core.model import RowKind, SentenceId


@dataclass(frozen=True, slots=True)
class Finding:
    """One line of the findings list: a short symbol, the text, more detail, and the row it is about."""

    kind: str  # figure-changed, quote-unsupported, ..., paragraph-moved
    icon: str
    text: str
    detail: str
    row: int


def _short(text: str, limit: int = 70) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _figure(finding: FigureFinding, row: int) -> Finding:
    left = quoted(finding.left) if finding.left else ""
    right = quoted(finding.right) if finding.right else ""
    if finding.status is FigureStatus.CHANGED:
        return Finding("figure-changed", "⚠", f"{left.lower()} → {right.lower()} ({finding.note})", finding.note, row)
    if finding.status is FigureStatus.REMOVED:
        return Finding("figure-removed", "−", f"figure dropped: {left}", left, row)
    return Finding("figure-added", "+", f"new figure: {right}", right, row)


def _quote(finding: QuoteFinding, row: int) -> Finding:
    speaker = f" ({finding.speaker})" if finding.speaker else ""
    text = _short(finding.text.strip(" ,.;:"))
    if finding.status is QuoteStatus.UNSUPPORTED:
        return Finding("quote-unsupported", "❝", f"“{text}”{speaker}: no such quote in the original", finding.text, row)
    if finding.status is QuoteStatus.ALTERED:
        return Finding("quote-altered", "❝", f"“{text}”{speaker}: quote altered", f"original: {finding.match}", row)
    return Finding("quote-dropped", "−", f"quote dropped: “{text}”{speaker}", finding.text, row)


def _order(finding: Finding) -> tuple[int, int]:
    order = ["figure-changed", "quote-unsupported", "quote-altered", "figure-removed", "figure-added",
             "quote-dropped", "paragraph-moved", "paragraph-added", "paragraph-removed"]  # fmt: skip
    return order.index(finding.kind), finding.row


def list_findings(comparison: Comparison) -> list[Finding]:
    """Every finding worth a look (see the module docstring)."""
    left_rows, right_rows = rows_of_paragraphs(comparison.rows)

    def row_of(side: str, at: SentenceId | None) -> int:
        if at is None:
            return 0
        return (left_rows if side == "left" else right_rows).get(at.paragraph, 0)

    found = []
    for figure in comparison.numbers:
        if figure.status is not FigureStatus.SAME:
            found.append(
                _figure(figure, row_of("left", figure.left_at) if figure.left_at else row_of("right", figure.right_at))
            )
    for quote in comparison.quotes:
        if quote.status in (QuoteStatus.UNSUPPORTED, QuoteStatus.ALTERED, QuoteStatus.DROPPED):
            found.append(_quote(quote, row_of(quote.side, quote.at)))
    for k, row in enumerate(comparison.rows):
        if row.kind is RowKind.MOVED:
            where = f"original paragraph {row.left[0] + 1}" if row.left else f"rewrite paragraph {row.right[0] + 1}"
            found.append(Finding("paragraph-moved", "↪", f"moved: {where} (row {k + 1})", where, k))
        elif row.kind is RowKind.ADDED:
            found.append(Finding("paragraph-added", "+", f"paragraph added (row {k + 1})", "", k))
        elif row.kind is RowKind.REMOVED:
            found.append(Finding("paragraph-removed", "−", f"paragraph left out (row {k + 1})", "", k))
    return sorted(found, key=_order)
