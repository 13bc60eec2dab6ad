"""The words the window and the report share, written once so that they cannot drift apart.

API: ``summary_lines(summary) -> tuple[str, ...]`` (lines of HTML), ``heading(document) -> Heading``,
``options_text(options) -> str``, ``LEGEND`` (the marks and what they mean), ``count(n, noun) -> str``.
Every string that holds article text comes back HTML-escaped: both the window (Qt rich text) and the report
(HTML) show them as markup.

>>> count(1, "sentence"), count(3, "sentence"), count(2, "row with changes", "rows with changes")
('1 sentence', '3 sentences', '2 rows with changes')
>>> heading(Document("story.txt", "Storm <b>hits</b>", (), byline="By Ann Lee")).title
'Storm &lt;b&gt;hits&lt;/b&gt;'
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from core.engine import Summary
from core.model import Document
from core.options import CompareOptions
from core.report.presentation import Mark


def count(n: int, noun: str, plural: str | None = None) -> str:
    """``n`` and the noun, singular for one."""
    return f"{n} {noun if n == 1 else plural or noun + 's'}"


def summary_lines(summary: Summary | None) -> tuple[str, ...]:
    """The summary of a comparison as a few lines of HTML (shares in bold)."""
    if summary is None:
        return ("Not computed: the time budget ran out before figures, quotes and the summary were checked.",)
    credit = f"yes, “{escape(summary.credit)}”" if summary.credit else "no"
    figures, quotes = summary.figures, summary.quotes
    return (
        f"<strong>{summary.right_from_left:.0%}</strong> of the rewrite comes from the original and "
        f"<strong>{summary.left_reused:.0%}</strong> of the original is reused (counted in sentences).",
        f"{count(summary.changed, 'sentence')} reworded, {summary.moved} moved, {summary.identical} unchanged; "
        f"{summary.added} added, {summary.removed} left out.",
        f"Figures: {figures.get('changed', 0)} changed, {figures.get('removed', 0)} dropped, "
        f"{figures.get('added', 0)} new, {figures.get('same', 0)} unchanged. "
        f"Quotes: {quotes.get('unsupported', 0)} unsupported, {quotes.get('altered', 0)} altered, "
        f"{quotes.get('dropped', 0)} dropped.",
        f"Credits a source: {credit}.",
    )


@dataclass(frozen=True, slots=True)
class Heading:
    """The head of one article's column: its title, a line of details, its standfirst (all HTML-escaped)."""

    title: str
    details: str  # file name · byline · date
    standfirst: str


def heading(document: Document) -> Heading:
    """The heading of an article's column."""
    details = " · ".join(escape(part) for part in (document.name, document.byline, document.date) if part)
    return Heading(escape(document.title or document.name), details, escape(document.standfirst))


def options_text(options: CompareOptions) -> str:
    """What the word diffs ignored, in words."""
    ignored = [
        name
        for name, on in (
            ("case", options.ignore_case),
            ("punctuation", options.ignore_punctuation),
            ("quote style", options.ignore_quote_style),
        )
        if on
    ]
    return "ignoring " + ", ".join(ignored) if ignored else "ignoring nothing"


@dataclass(frozen=True, slots=True)
class LegendEntry:
    """One mark of the legend: how it looks (a sample word, shown with the mark) and what it means."""

    mark: Mark
    sample: str
    meaning: str


LEGEND = (
    LegendEntry(Mark.REMOVED, "struck through", "removed from the original"),
    LegendEntry(Mark.ADDED, "underlined", "added by the rewrite"),
    LegendEntry(Mark.FIGURE, "framed", "a figure changed, dropped or added"),
    LegendEntry(Mark.QUOTE, "wavy", "a quote altered, unsupported or dropped"),
    LegendEntry(Mark.MOVED, "[moved to row N]", "moved text; follow the link"),
)
