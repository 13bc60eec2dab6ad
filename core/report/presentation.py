"""What each display row shows: runs of text with their marks, for the window and the HTML report alike.

API: ``present(comparison) -> Presentation``; ``Presentation.rows[k]`` is a :class:`RowView` with the runs of
its left and right side, where ``Run.marks`` says how to show each piece (removed, added, changed figure,
flagged quote, moved) and ``Run.note`` what a tooltip should say. ``Presentation.changes`` lists the rows that
hold a change, for navigation.

A row side is its paragraphs' sentences in order. A linked sentence shows its link's word diff (a link over
several sentences shows once, at its first sentence); an unlinked sentence is all removed (left) or all added
(right). Figures whose finding is not ``same``, and quotes that are ``altered``, ``unsupported`` or ``dropped``,
are marked on top. A moved link starts with a tag run naming the row where its counterpart is.

>>> from core import compare
>>> view = present(compare("The storm hit. Two died.", "Two died.\\n\\nThe storm hit hard."))
>>> [(run.text, sorted(mark.value for mark in run.marks), run.link) for run in view.rows[0].left]
[('[moved to row 2] ', ['moved'], 0), ('The storm hit.', [], 0), (' ', [], None), ('Two died.', [], 1)]
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from itertools import pairwise

from core.engine import Comparison
from core.facts import quoted
from core.facts.figure_check import FigureStatus
from core.facts.quote_check import QuoteStatus
from core.model import Document, Link, LinkKind, OpKind, RowKind, SentenceId, Side
from core.report.lookup import RowLookup, row_lookup


class Mark(enum.StrEnum):
    """How a run is shown; colour is never the only cue (each has a shape: strike, underline, brackets, tag)."""

    REMOVED = "removed"  # struck through
    ADDED = "added"  # underlined
    FIGURE = "figure"  # a figure that changed, was dropped or added: boxed
    QUOTE = "quote"  # a quote that is altered, unsupported or dropped: flagged
    MOVED = "moved"  # the tag in front of moved text


@dataclass(frozen=True, slots=True)
class Run:
    """A piece of text with its marks; ``note`` explains figures and quotes; ``target`` is a row to jump to;
    ``link`` names the link it belongs to, so a reader can select it and see its counterpart."""

    text: str
    marks: frozenset[Mark] = frozenset()
    note: str = ""
    target: int | None = None
    link: int | None = None  # index in Comparison.links of the link this text belongs to (None: unlinked)


@dataclass(frozen=True, slots=True)
class RowView:
    """The content of one display row."""

    kind: RowKind
    left: tuple[Run, ...]
    right: tuple[Run, ...]
    left_paragraphs: tuple[int, ...]
    right_paragraphs: tuple[int, ...]
    left_lengths: tuple[int, ...] = ()  # characters of each shown paragraph, for a quick height estimate
    right_lengths: tuple[int, ...] = ()

    @property
    def changed(self) -> bool:
        """Whether the row holds anything a reader should look at."""
        return self.kind is not RowKind.IDENTICAL or any(r.marks for r in (*self.left, *self.right))


@dataclass(frozen=True, slots=True)
class Presentation:
    """Every row's content, and the indices of the rows holding a change (for next/previous)."""

    rows: tuple[RowView, ...]
    changes: tuple[int, ...] = field(default=())


_FIGURE_SHOWN = {FigureStatus.CHANGED, FigureStatus.REMOVED, FigureStatus.ADDED}
_QUOTE_SHOWN = {QuoteStatus.ALTERED, QuoteStatus.UNSUPPORTED, QuoteStatus.DROPPED}
_CHANGE = {Side.LEFT: Mark.REMOVED, Side.RIGHT: Mark.ADDED}  # how a changed or unlinked piece is marked
_MOVED_TAG = {Side.LEFT: "moved to", Side.RIGHT: "moved from"}
Span = tuple[int, int, Mark, str]  # start, end (link or sentence offsets), the mark, its note


class _Overlays:
    """Figure and quote spans to mark, per side and sentence, in sentence offsets."""

    def __init__(self, comparison: Comparison) -> None:
        self.spans: dict[tuple[Side, SentenceId], list[Span]] = {}
        for finding in comparison.numbers:
            if finding.status not in _FIGURE_SHOWN:
                continue
            before = quoted(finding.left) if finding.left else "-"
            after = quoted(finding.right) if finding.right else "-"
            note = f"figure {finding.status.value}: {before} -> {after}" + (
                f" ({finding.note})" if finding.note else ""
            )
            for side, figure, at in (
                (Side.LEFT, finding.left, finding.left_at),
                (Side.RIGHT, finding.right, finding.right_at),
            ):
                if figure is not None and at is not None:
                    self.spans.setdefault((side, at), []).append((figure.start, figure.end, Mark.FIGURE, note))
        for quote in comparison.quotes:
            if quote.status in _QUOTE_SHOWN:
                note = f"quote {quote.status.value}" + (f" ({quote.speaker})" if quote.speaker else "")
                start, end = quote.span
                self.spans.setdefault((quote.side, quote.at), []).append((start, end, Mark.QUOTE, note))

    def in_link(self, side: Side, document: Document, ids: Iterable[SentenceId]) -> list[Span]:
        """The spans of a link's sentences, in offsets of the link text (sentences joined by one space)."""
        found, offset = [], 0
        for sid in ids:
            found += [(offset + a, offset + b, mark, note) for a, b, mark, note in self.spans.get((side, sid), ())]
            offset += len(document.sentence(sid).text) + 1
        return found


def _split(text: str, base: frozenset[Mark], spans: list[Span], offset: int) -> list[Run]:
    """Runs of ``text`` (which starts at ``offset`` of the link text) with the spans' marks laid over ``base``."""
    cuts = {0, len(text)}
    for a, b, _, _ in spans:
        cuts.update(c - offset for c in (a, b) if offset < c < offset + len(text))
    points = sorted(cuts)
    runs = []
    for a, b in pairwise(points):
        covering = [(mark, note) for sa, sb, mark, note in spans if sa <= offset + a and offset + b <= sb]
        marks = base | {mark for mark, _ in covering}
        runs.append(Run(text[a:b], frozenset(marks), "; ".join(note for _, note in covering)))
    return runs


def _link_runs(
    link: Link, index: int, side: Side, document: Document, overlays: _Overlays, target: int | None
) -> list[Run]:
    spans = overlays.in_link(side, document, link.ids(side))
    change = frozenset({_CHANGE[side]})
    runs: list[Run] = []
    if link.kind is LinkKind.MOVED and target is not None:
        runs.append(Run(f"[{_MOVED_TAG[side]} row {target + 1}] ", frozenset({Mark.MOVED}), target=target))
    offset = 0
    for op in link.diff:
        piece = op.text(side)
        if piece:
            runs += _split(piece, frozenset() if op.op is OpKind.EQUAL else change, spans, offset)
        offset += len(piece)
    return [replace(run, link=index) for run in runs]


@dataclass(frozen=True)
class _SideContext:
    """What laying out one side of the rows needs: its document, its links' first sentences, the rows."""

    side: Side
    document: Document
    first_link: dict[SentenceId, Link]
    covered: set[SentenceId]
    link_index: dict[int, int]
    overlays: _Overlays
    rows: RowLookup


def _side_runs(context: _SideContext, paragraphs: tuple[int, ...]) -> list[Run]:
    side, document = context.side, context.document
    runs: list[Run] = []
    for p in paragraphs:
        if runs:
            runs.append(Run("\n"))
        for s in range(len(document.paragraphs[p].sentences)):
            sid = SentenceId(p, s)
            link = context.first_link.get(sid)
            if runs and runs[-1].text != "\n":
                runs.append(Run(" "))
            if link is not None:
                target = context.rows.row_of(side.other, link.ids(side.other)[0].paragraph)
                index = context.link_index[id(link)]
                runs += _link_runs(link, index, side, document, context.overlays, target)
            elif sid not in context.covered:
                spans = context.overlays.in_link(side, document, [sid])
                runs += _split(document.sentence(sid).text, frozenset({_CHANGE[side]}), spans, 0)
            elif runs and runs[-1].text == " ":
                runs.pop()
    return runs


def _lengths(runs: tuple[Run, ...]) -> tuple[int, ...]:
    """Characters of each paragraph of a row side (paragraphs are separated by "\\n" runs)."""
    return tuple(len(part) for part in plain_text(runs).split("\n"))


def _merged(runs: list[Run]) -> tuple[Run, ...]:
    """Neighbouring runs that look the same joined into one."""
    merged: list[Run] = []
    for run in runs:
        last = merged[-1] if merged else None
        if last is not None and (last.marks, last.note, last.target, last.link) == (
            run.marks,
            run.note,
            run.target,
            run.link,
        ):
            merged[-1] = replace(last, text=last.text + run.text)
        else:
            merged.append(run)
    return tuple(merged)


def _contexts(comparison: Comparison, rows: RowLookup) -> dict[Side, _SideContext]:
    overlays = _Overlays(comparison)
    index = {id(link): k for k, link in enumerate(comparison.links)}
    contexts = {side: _SideContext(side, comparison.document(side), {}, set(), index, overlays, rows) for side in Side}
    for link in comparison.links:
        if not link.reused:
            contexts[Side.LEFT].first_link.setdefault(link.left[0], link)
        contexts[Side.RIGHT].first_link.setdefault(link.right[0], link)
        for side in Side:
            contexts[side].covered.update(link.ids(side))
    return contexts


def present(comparison: Comparison, rows: RowLookup | None = None) -> Presentation:
    """The content of every row (see the module docstring); ``rows`` is the comparison's row lookup, if known."""
    contexts = _contexts(comparison, rows or row_lookup(comparison))
    views = []
    for row in comparison.rows:
        left_runs = _merged(_side_runs(contexts[Side.LEFT], row.left))
        right_runs = _merged(_side_runs(contexts[Side.RIGHT], row.right))
        views.append(
            RowView(row.kind, left_runs, right_runs, row.left, row.right, _lengths(left_runs), _lengths(right_runs))
        )
    changes = tuple(k for k, view in enumerate(views) if view.changed)
    return Presentation(tuple(views), changes)


def plain_text(runs: Iterable[Run]) -> str:
    """The text of some runs, as a reader would copy it (tags included)."""
    return "".join(run.text for run in runs)


_GAP_TEXT = {
    RowKind.ADDED: ("not in the original", ""),
    RowKind.REMOVED: ("", "not in the rewrite"),
}


def gap_text(row: RowView) -> tuple[str, str]:
    """What the empty side of a row says, left and right (the window and the report say the same)."""
    if row.kind is RowKind.MOVED:
        if not row.left:
            return "moved here from another row of the original", ""
        return "", "moved: its text stands in another row of the rewrite"
    return _GAP_TEXT.get(row.kind, ("", ""))
