"""The words the window and the report share, written once so that they cannot drift apart.

API: ``summary_lines(summary) -> tuple[str, ...]`` (lines of HTML), ``substantive_line(summary) -> str`` ("4
substantive changes in 12 reworded sentences: ..."), ``heading(document) -> Heading``,
``source_headings(document) -> tuple[Heading, ...]`` (one per source of a several-source left, titled "S1 ..."),
``options_text(options) -> str``, ``LEGEND`` (the marks and what they mean), ``legend_entries(several_sources)``
(the entries shown: the source label's only when the left is several sources), ``count(n, noun) -> str``.
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
from core.text import readable_date


def count(n: int, noun: str, plural: str | None = None) -> str:
    """``n`` and the noun, singular for one."""
    return f"{n} {noun if n == 1 else plural or noun + 's'}"


def summary_lines(summary: Summary | None) -> tuple[str, ...]:
    """The summary of a comparison as a few lines of HTML (shares in bold)."""
    if summary is None:
        return ("Not computed: the time budget ran out before figures, quotes and the summary were all checked.",)
    credit = f"yes, “{escape(summary.credit)}”" if summary.credit else "no"
    figures, quotes = summary.figures, summary.quotes
    several = len(summary.from_sources) > 1
    original = "the sources" if several else "the original"
    shares = (
        ("Sentences linked to each source: "
         + ", ".join(f"S{k + 1} {share:.0%}" for k, share in enumerate(summary.from_sources))
         + f"; {summary.right_from_left:.0%} in all.",)
        if several else ()
    )  # fmt: skip
    return (
        f"<strong>Verdict: {summary.verdict.value}.</strong> {escape(summary.verdict_reason)}",
        substantive_line(summary),
        f"Linked sentences: <strong>{summary.right_from_left:.0%}</strong> of the rewrite's have a counterpart in "
        f"{original}, <strong>{summary.left_reused:.0%}</strong> of {original}{SAXON[several]} in the rewrite "
        "(similar words; the verdict counts only shared passages).",
        *shares,
        f"{count(summary.changed, 'sentence')} reworded, {summary.moved} moved, {summary.identical} unchanged; "
        f"{summary.added} added, {summary.removed} left out.",
        f"Figures: {figures.get('changed', 0)} changed, {figures.get('removed', 0)} dropped, "
        f"{figures.get('added', 0)} new, {figures.get('same', 0)} unchanged. "
        f"Quotes: {quotes.get('unsupported', 0)} unsupported, {quotes.get('altered', 0)} altered, "
        f"{quotes.get('dropped', 0)} dropped.",
        f"Credits a source: {credit}.",
    )


SAXON = {False: "'s", True: "'"}  # the original's, the sources'

_KIND_WORDS = {"figure": ("figure", "figures"), "quote": ("quote", "quotes"), "negation": ("negation", "negations"),
               "attribution": ("attribution", "attributions"), "names": ("name", "names"),
               "hedge": ("hedge", "hedges"), "loaded": ("loaded word", "loaded words"),
               "time": ("time reference", "time references")}  # fmt: skip


def substantive_line(summary: Summary) -> str:
    """How many substantive changes the reworded sentences hold, by kind, heaviest first; a kind whose changes
    all go one way says so ("1 hedge dropped", "2 names added"), one with words on both sides or mixed does not.

    >>> from core import compare
    >>> substantive_line(compare("Police said 40 were hurt.", "Police claimed 50 were hurt.").summary)
    '2 substantive changes in 1 reworded sentence: 1 figure, 1 attribution.'
    >>> substantive_line(compare("He allegedly fled.", "He fled, police said.").summary)
    '2 substantive changes in 1 reworded sentence: 1 attribution added, 1 hedge dropped.'
    >>> substantive_line(compare("The tide came in.", "Markets rallied on Friday.").summary)
    'No sentence of the original is reworded in the rewrite.'
    >>> moved = compare("The tide came in. Gulls fed on the sand.", "Gulls fed on the sand. The tide came in.")
    >>> substantive_line(moved.summary)
    'No sentence of the original is reworded in the rewrite (1 sentence moved word for word).'
    """
    reworded = count(summary.reworded, "reworded sentence")
    total = sum(summary.changes.values())
    if not total and not summary.reworded:
        moved = f" ({count(summary.moved, 'sentence')} moved word for word)" if summary.moved else ""
        return f"No sentence of the original is reworded in the rewrite{moved}."
    if not total:
        return f"No substantive change in {reworded}: the rewording is cosmetic."
    parts = [_kind_part(summary, kind) for kind in _KIND_WORDS if summary.changes.get(kind)]
    return f"{count(total, 'substantive change')} in {reworded}: {', '.join(parts)}."


def _kind_part(summary: Summary, kind: str) -> str:
    """ "2 hedges", or "2 hedges dropped" / "added" when every change of the kind has words on one side only."""
    total = summary.changes[kind]
    words = count(total, *_KIND_WORDS[kind])
    if summary.changes_dropped.get(kind, 0) == total:
        return f"{words} dropped"
    if summary.changes_added.get(kind, 0) == total:
        return f"{words} added"
    return words


@dataclass(frozen=True, slots=True)
class Heading:
    """The head of one article's column: its title, a line of details, its standfirst (all HTML-escaped)."""

    title: str
    details: str  # file name · byline · date
    standfirst: str


def heading(document: Document) -> Heading:
    """The heading of an article's column."""
    details = " · ".join(
        escape(part) for part in (document.name, document.byline, readable_date(document.date)) if part
    )
    return Heading(escape(document.title or document.name), details, escape(document.standfirst))


def source_headings(document: Document) -> tuple[Heading, ...]:
    """One heading per source of a several-source document (none for one article), titled "S1 ...", "S2 ...",
    the labels its paragraphs carry; the details say how many of its sentences stand in an earlier source, and
    how many are shown in another source's version of them (near copies).

    >>> from core.model import Source
    >>> both = Document("a.txt, b.txt", "", (), sources=(Source("a.txt", "Take 1", near_copies=1),
    ...                                                  Source("b.txt", repeated=3)))
    >>> [h.details for h in source_headings(both)]
    ['a.txt · 1 sentence shown in another version', 'b.txt · 3 sentences shared with an earlier source']
    >>> source_headings(both)[0].title
    'S1 Take 1'
    """
    headings = []
    for number, source in enumerate(document.sources, start=1):
        repeated = f"{count(source.repeated, 'sentence')} shared with an earlier source" if source.repeated else ""
        near = f"{count(source.near_copies, 'sentence')} shown in another version" if source.near_copies else ""
        parts = (source.name, source.byline, readable_date(source.date), repeated, near)
        details = " · ".join(escape(part) for part in parts if part)
        headings.append(Heading(f"S{number} {escape(source.title or source.name)}", details, ""))
    return tuple(headings)


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
    """One mark of the legend: how it looks (a sample word, shown with the mark) and what it means;
    ``several_sources``: shown only when the comparison's left is several sources."""

    mark: Mark
    sample: str
    meaning: str
    several_sources: bool = False


LEGEND = (
    LegendEntry(Mark.REMOVED, "struck through", "removed from the original"),
    LegendEntry(Mark.ADDED, "underlined", "added by the rewrite"),
    LegendEntry(Mark.FIGURE, "framed", "a figure changed, dropped or added"),
    LegendEntry(Mark.QUOTE, "wavy", "a quote altered, unsupported or dropped"),
    LegendEntry(Mark.MOVED, "[moved to row N]", "moved text; follow the link"),
    LegendEntry(
        Mark.CHANGE,
        "claimed",
        "a substantive wording change, its kind raised in front: attr (who says it), "
        "not (negation), name, hedge (certainty), loaded (evaluative words), time",
    ),
    LegendEntry(Mark.COSMETIC, "worded", "cosmetic rewording (synonyms, order, spelling, tense), dimmed"),
    LegendEntry(
        Mark.SOURCE,
        "S1 +S2 ~S3",
        "the source an original paragraph comes from (S1: the first file given); +S2: source 2 repeats its text, "
        "~S3: source 3 has a slightly different version (hover the label for the difference)",
        several_sources=True,
    ),
)


def legend_entries(several_sources: bool) -> tuple[LegendEntry, ...]:
    """The legend entries shown: all of them with several sources, else all but the source label's.

    >>> [entry.sample for entry in legend_entries(True) if entry not in legend_entries(False)]
    ['S1 +S2 ~S3']
    """
    return tuple(entry for entry in LEGEND if several_sources or not entry.several_sources)
