"""The findings a reader should look at, in order of importance, each tied to its display row.

API: ``list_findings(comparison, rows=None) -> list[Finding]`` (the window's side panel and the HTML report);
``FindingKind``, whose order is the order of importance; ``said_by(quote_finding) -> str`` (who said a quote, for
a tooltip).

Order: changed figures, unsupported and altered quotes, quotes given to another speaker, dropped and new figures,
dropped quotes, quotation marks added to (or removed from) the original's own words, then the wording changes
(negation, attribution, names, hedges, loaded words, time references: ``core.facts.wording``; the headlines'
first, then identical ones of one row as one line), then one line for the links reworded only cosmetically ("12
sentences reworded cosmetically"), then moved, added and removed paragraphs; within a kind, by row.

>>> from core import compare
>>> [f.text for f in list_findings(compare("About 300 were hurt.", "More than 300 were hurt."))]
['About 300 → More than 300 (qualifier: approximate -> lower bound)']
>>> gap = chr(10) * 2  # paragraphs are separated by blank lines
>>> moved = compare(gap.join(["Rain fell all day.", "The river rose.", "Roads closed."]),
...                 gap.join(["The river rose.", "Roads closed.", "Rain fell all day."]))
>>> [f.text for f in list_findings(moved) if f.kind is FindingKind.PARAGRAPH_MOVED]
['moved to row 4: “Rain fell all day.”', 'moved from row 1: “Rain fell all day.”']
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace

from core.budget import drop_in_slices
from core.engine import Comparison, reworded
from core.facts import (
    Change,
    ChangeKind,
    FigureFinding,
    FigureStatus,
    QuoteFinding,
    QuoteStatus,
    in_time_reference,
    quoted,
)
from core.model import LinkKind, Row, RowKind, SentenceId, Side
from core.report.lookup import RowLookup, row_lookup

_ICONS = {ChangeKind.NEGATION: "¬", ChangeKind.ATTRIBUTION: "»", ChangeKind.NAMES: "@", ChangeKind.HEDGE: "≈",
          ChangeKind.LOADED: "!", ChangeKind.TIME: "◷"}  # fmt: skip


class FindingKind(enum.StrEnum):
    """What a finding is about, most important first (the list is sorted in this order)."""

    FIGURE_CHANGED = "figure-changed"
    QUOTE_UNSUPPORTED = "quote-unsupported"
    QUOTE_ALTERED = "quote-altered"
    QUOTE_REATTRIBUTED = "quote-reattributed"  # the original's words, given to another speaker
    FIGURE_REMOVED = "figure-removed"
    FIGURE_ADDED = "figure-added"
    QUOTE_DROPPED = "quote-dropped"
    QUOTE_MARKS = "quote-marks"  # scare quotes: the original's own words, quotation marks added or removed
    NEGATION = "negation"
    ATTRIBUTION = "attribution"
    NAMES = "names"
    HEDGE = "hedge"
    LOADED = "loaded"
    TIME = "time"
    COSMETIC = "cosmetic"  # one line: how many links were reworded only cosmetically
    PARAGRAPH_MOVED = "paragraph-moved"
    PARAGRAPH_ADDED = "paragraph-added"
    PARAGRAPH_REMOVED = "paragraph-removed"

    @property
    def rank(self) -> int:
        """Position in the order of importance (0 first)."""
        return _RANK[self]


_RANK = {kind: k for k, kind in enumerate(FindingKind)}


@dataclass(frozen=True, slots=True)
class Finding:
    """One line of the findings list: a short symbol, the text, more detail, and the row it is about."""

    kind: FindingKind
    icon: str
    text: str
    detail: str
    row: int


_QUOTE_LISTED = (QuoteStatus.UNSUPPORTED, QuoteStatus.ALTERED, QuoteStatus.DROPPED)
MOVED_OPENING = 48  # characters of a moved, added or removed paragraph's opening shown in its finding


def _short(text: str, limit: int = 70) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _figure(finding: FigureFinding, row: int) -> Finding:
    left = quoted(finding.left) if finding.left else ""
    right = quoted(finding.right) if finding.right else ""
    if finding.status is FigureStatus.CHANGED:
        text = f"{left} → {right} ({finding.note})"
        detail = f"Original: {left}; rewrite: {right} (row {row + 1}). Changed: {finding.note}."
        return Finding(FindingKind.FIGURE_CHANGED, "⚠", text, detail, row)
    if finding.status is FigureStatus.REMOVED:
        detail = f"Original: {left} (row {row + 1}); the rewrite has no such figure."
        return Finding(FindingKind.FIGURE_REMOVED, "−", f"figure dropped: {left}", detail, row)
    detail = f"Rewrite: {right} (row {row + 1}); the original has no such figure."
    return Finding(FindingKind.FIGURE_ADDED, "+", f"new figure: {right}", detail, row)


def said_by(finding: QuoteFinding) -> str:
    """Who said a quote, for its finding's detail (the tooltip): the original's speaker too when it differs."""
    speaker = f"said by {finding.speaker}" if finding.speaker else "speaker not named"
    return f"{speaker}; in the original, by {finding.speaker_was}" if finding.speaker_was else speaker


def _quote(finding: QuoteFinding, row: int) -> Finding:
    speaker = f" ({finding.speaker})" if finding.speaker else ""
    text = _short((finding.unquoted or finding.text).strip(" ,.;:"))
    said = said_by(finding)
    if finding.status is QuoteStatus.UNSUPPORTED:
        unsupported = f"“{text}”{speaker}: no such quote in the original"
        return Finding(FindingKind.QUOTE_UNSUPPORTED, "❝", unsupported, f"{finding.text} ({said})", row)
    if finding.status is QuoteStatus.ALTERED:
        how = f"quote {finding.inside}" if finding.inside else "quote altered"
        altered = f"“{text}”{speaker}: {how}" + (" and given to another speaker" if finding.speaker_was else "")
        return Finding(FindingKind.QUOTE_ALTERED, "❝", altered, f"original: {finding.match} ({said})", row)
    if finding.shortened:
        cut = f"“{text}”{speaker}: quote shortened: words dropped from the quote: “{finding.shortened.strip(' ,.;:')}”"
        return Finding(FindingKind.QUOTE_ALTERED, "❝", cut, f"{finding.text} ({said})", row)
    if finding.speaker_was:
        moved = f"“{text}”: quote {finding.reattribution}"
        return Finding(FindingKind.QUOTE_REATTRIBUTED, "❝", moved, f"{finding.text} ({said})", row)
    if finding.note:
        marks = "added" if finding.side is Side.RIGHT else "removed"
        detail = f"{finding.note} ({said})"
        return Finding(FindingKind.QUOTE_MARKS, "❝", f"“{text}”{speaker}: quote marks {marks}", detail, row)
    return Finding(FindingKind.QUOTE_DROPPED, "−", f"quote dropped: “{text}”{speaker}", f"{finding.text} ({said})", row)


def _moved_rows(comparison: Comparison, lookup: RowLookup) -> dict[tuple[Side, int], list[int]]:
    """For each paragraph holding moved text: the rows where its counterparts stand (0-based, sorted)."""
    partners: dict[tuple[Side, int], set[int]] = {}
    for link in comparison.links:
        if link.kind is not LinkKind.MOVED:
            continue
        for side in (Side.LEFT, Side.RIGHT):
            other = Side.RIGHT if side is Side.LEFT else Side.LEFT
            rows = {lookup.row_of(other, at.paragraph) for at in link.ids(other)}
            for at in link.ids(side):
                partners.setdefault((side, at.paragraph), set()).update(r for r in rows if r is not None)
    return {key: sorted(rows) for key, rows in partners.items()}


_QUOTE_MARKS = "\"'“”‘’«» "  # stripped from a moved paragraph's opening words, which the finding puts in quotes


def _moved(comparison: Comparison, row: Row, k: int, partners: dict[tuple[Side, int], list[int]]) -> Finding:
    """A moved paragraph, told apart from the others by its opening words and where it went (or came from)."""
    side, paragraph = (Side.LEFT, row.left[0]) if row.left else (Side.RIGHT, row.right[0])
    document = comparison.left if side is Side.LEFT else comparison.right
    words = _short(document.paragraphs[paragraph].text.strip(_QUOTE_MARKS), MOVED_OPENING)  # in “...” once
    rows = ", ".join(str(r + 1) for r in partners.get((side, paragraph), ())) or "?"
    where = f"to row {rows}" if side is Side.LEFT else f"from row {rows}"
    whose = "original" if side is Side.LEFT else "rewrite"
    detail = f"The {whose}'s paragraph {paragraph + 1} (row {k + 1}) moved {where}: “{_short(words, 300)}”"
    return Finding(FindingKind.PARAGRAPH_MOVED, "↪", f"moved {where}: “{words}”", detail, k)


def _paragraph_findings(comparison: Comparison, lookup: RowLookup) -> list[Finding]:
    found = []
    partners = _moved_rows(comparison, lookup)
    for k, row in enumerate(comparison.rows):
        if row.kind is RowKind.MOVED and (row.left or row.right):
            found.append(_moved(comparison, row, k, partners))
        elif row.kind is RowKind.ADDED:
            words = _short(comparison.right.paragraphs[row.right[0]].text, MOVED_OPENING) if row.right else ""
            found.append(Finding(FindingKind.PARAGRAPH_ADDED, "+", f"paragraph added (row {k + 1})", words, k))
        elif row.kind is RowKind.REMOVED:
            words = _short(comparison.left.paragraphs[row.left[0]].text, MOVED_OPENING) if row.left else ""
            found.append(Finding(FindingKind.PARAGRAPH_REMOVED, "−", f"paragraph left out (row {k + 1})", words, k))
    return found


def _headline_kind(change: Change) -> tuple[FindingKind, str]:
    """A headline change's finding kind and icon: a figure's as the body's figures are listed."""
    if change.kind is not ChangeKind.FIGURE:
        return FindingKind(change.kind.value), _ICONS[change.kind]
    if change.left and change.right:
        return FindingKind.FIGURE_CHANGED, "⚠"
    return (FindingKind.FIGURE_REMOVED, "−") if change.left else (FindingKind.FIGURE_ADDED, "+")


def _wording_findings(comparison: Comparison, lookup: RowLookup) -> list[Finding]:
    """One finding per wording change (the headlines' first, at the first row), and one line for the links reworded
    only cosmetically."""
    titles = f"original: “{comparison.left.title}”; rewrite: “{comparison.right.title}”"
    found = [Finding(*_headline_kind(c), f"headline: {c.note}", titles, 0)
             for c in comparison.headline if c.kind in _ICONS or c.kind is ChangeKind.FIGURE]  # fmt: skip
    cosmetic_rows = []
    renamed = [f"quote {q.reattribution}" for q in comparison.quotes
               if q.speaker_was and q.status is not QuoteStatus.ALTERED]  # fmt: skip
    same: dict[tuple[ChangeKind, str, int], int] = {}  # identical findings of one row ("did not go" in two of its
    # sentences): one line, saying how many
    for index, link in enumerate(comparison.links):
        row = lookup.row_of(Side.LEFT, link.left[0].paragraph) or 0
        changes = comparison.changes.get(index, ())
        if not changes and link.kind is not LinkKind.IDENTICAL and not link.reused and reworded(link):
            cosmetic_rows.append(row)
        for change in changes:
            if change.kind in (ChangeKind.FIGURE, ChangeKind.QUOTE) or any(said in change.note for said in renamed):
                continue  # the figure and quote findings say those (a quote given to another speaker too)
            same[change.kind, change.note, row] = same.get((change.kind, change.note, row), 0) + 1
    for (kind, note, row), times in same.items():
        text = f"{note} (in {times} sentences)" if times > 1 else note
        found.append(Finding(FindingKind(kind.value), _ICONS[kind], text, text, row))
    if cosmetic_rows:
        text = f"{len(cosmetic_rows)} {'sentence' if len(cosmetic_rows) == 1 else 'sentences'} reworded cosmetically"
        found.append(
            Finding(FindingKind.COSMETIC, "~", text, "synonyms, word order, spelling, tense", cosmetic_rows[0])
        )
    return found


def _once(findings: list[Finding]) -> list[Finding]:
    """Identical findings of one row as one, saying how many ("figure dropped: 100 (2 times)"): two figures of one
    value dropped from a paragraph read the same."""
    counts: dict[tuple[FindingKind, str, int], list[Finding]] = {}
    for finding in findings:
        counts.setdefault((finding.kind, finding.text, finding.row), []).append(finding)
    if len(counts) == len(findings):
        drop_in_slices(counts)  # a million findings' keys freed at once would hold the window's thread
        return findings  # none alike (most comparisons)
    once = [
        same[0] if len(same) == 1 else replace(same[0], text=f"{same[0].text} ({len(same)} times)")
        for same in counts.values()
    ]
    drop_in_slices(counts)
    return once


def in_time(comparison: Comparison, finding: FigureFinding) -> bool:
    """Whether a figure finding stands in a relative time reference on either side ("on Wednesday" -> "on
    Thursday"): the time finding says it (as ``core.facts.wording`` leaves it out of the link's changes), so
    neither the findings list nor the rows' marks and notes tell it as a figure."""
    for figure, at, document in ((finding.left, finding.left_at, comparison.left),
                                 (finding.right, finding.right_at, comparison.right)):  # fmt: skip
        if figure is not None and at is not None and in_time_reference(document.sentence(at).text,
                                                                      ((figure.start, figure.end),)):  # fmt: skip
            return True
    return False


def list_findings(comparison: Comparison, rows: RowLookup | None = None) -> list[Finding]:
    """Every finding worth a look (see the module docstring); ``rows`` is the comparison's row lookup, if known."""
    lookup = rows or row_lookup(comparison)

    def row_of(side: Side, at: SentenceId | None) -> int:
        return 0 if at is None else lookup.row_of(side, at.paragraph) or 0

    found = []
    for figure in comparison.numbers:
        if figure.status is not FigureStatus.SAME and not in_time(comparison, figure):
            at = row_of(Side.LEFT, figure.left_at) if figure.left_at else row_of(Side.RIGHT, figure.right_at)
            found.append(_figure(figure, at))
    for quote in comparison.quotes:
        if quote.status in _QUOTE_LISTED or quote.note or quote.speaker_was or quote.shortened:
            found.append(_quote(quote, row_of(quote.side, quote.home)))
    found = _once(found)
    found += _wording_findings(comparison, lookup)
    found += _paragraph_findings(comparison, lookup)
    span = len(comparison.rows) + 1  # one number a key: sorting a million tuples held the interpreter 0.1 s
    return sorted(found, key=lambda finding: finding.kind.rank * span + finding.row)
