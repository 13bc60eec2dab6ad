"""What each display row shows: runs of text with their marks, for the window and the HTML report alike.

API: ``present(comparison) -> Presentation``; ``Presentation.rows[k]`` is a :class:`RowView` with the runs of
its left and right side, where ``Run.marks`` says how to show each piece (removed, added, changed figure,
flagged quote, moved) and ``Run.note`` what a tooltip should say. ``Presentation.changes`` lists the rows that
hold a change, for navigation, and ``Presentation.standout`` those of them that are not only reworded (for the
overview bar, which folds them per pixel line without walking every row).

A row side is its paragraphs' sentences in order. A linked sentence shows its link's word diff (a link over
several sentences shows once, at its first sentence); an unlinked sentence is all removed (left) or all added
(right). Figures whose finding is not ``same`` (but not one in a relative time reference, which the time change
marks, as the findings list tells it), and quotes that are ``altered``, ``unsupported`` or ``dropped``, are marked
on top. A moved link starts with a tag run naming the row where its counterpart is. When the left
is several sources, each left paragraph starts with a label run naming its source (:func:`source_label`).

>>> from core import compare
>>> view = present(compare("The storm hit. Two died.", "Two died.\\n\\nThe storm hit hard."))
>>> [(run.text, sorted(mark.value for mark in run.marks), run.link) for run in view.rows[0].left]
[('[moved to row 2] ', ['moved'], 0), ('The storm hit.', [], 0), (' ', [], None), ('Two died.', [], 1)]
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from itertools import pairwise

from core.budget import drop_in_slices
from core.engine import Comparison
from core.facts import ChangeKind, quoted
from core.facts.figure_check import FigureFinding, FigureStatus
from core.facts.quote_check import QuoteStatus
from core.model import DiffOp, Document, Link, LinkKind, OpKind, RowKind, SentenceId, Side
from core.report.findings import in_time, said_by
from core.report.lookup import RowLookup, row_lookup
from core.report.moved_parts import MovedPart, moved_parts


class Mark(enum.StrEnum):
    """How a run is shown; colour is never the only cue (each has a shape: strike, underline, brackets, tag)."""

    REMOVED = "removed"  # struck through
    ADDED = "added"  # underlined
    FIGURE = "figure"  # a figure that changed, was dropped or added: boxed
    QUOTE = "quote"  # a quote that is altered, unsupported or dropped: flagged
    MOVED = "moved"  # the tag in front of moved text
    SOURCE = "source"  # the small label in front of a left paragraph naming its source (several sources only)
    CHANGE = "change"  # the words of a substantive wording change (attribution, hedge, ...): bold, dotted underline
    CHANGE_TAG = "change-tag"  # the small label in front of them naming the kind ("hedge", "not"): raised
    COSMETIC = "cosmetic"  # removed or added words of a link reworded only cosmetically: may be dimmed or hidden


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
    """Every row's content, the indices of the rows holding a change (for next/previous), and those of them whose
    kind is not a mere rewording (``standout``: removed, added, moved; the overview bar shows these first)."""

    rows: tuple[RowView, ...]
    changes: tuple[int, ...] = field(default=())
    standout: tuple[int, ...] = field(default=())


PROGRESS_ROWS = 4096  # rows: how often present() reports its progress
_FIGURE_SHOWN = {FigureStatus.CHANGED, FigureStatus.REMOVED, FigureStatus.ADDED}
_QUOTE_SHOWN = {QuoteStatus.ALTERED, QuoteStatus.UNSUPPORTED, QuoteStatus.DROPPED}
_CHANGE = {Side.LEFT: Mark.REMOVED, Side.RIGHT: Mark.ADDED}  # how a changed or unlinked piece is marked
_MOVED_TAG = {Side.LEFT: "moved to", Side.RIGHT: "moved from"}
Span = tuple[int, int, Mark, str]  # start, end (link or sentence offsets), the mark, its note
CHANGE_LABELS = {ChangeKind.ATTRIBUTION: "attr", ChangeKind.HEDGE: "hedge", ChangeKind.NEGATION: "not",
                 ChangeKind.NAMES: "name", ChangeKind.LOADED: "loaded", ChangeKind.TIME: "time"}  # fmt: skip


def _figure_note(finding: FigureFinding) -> str:
    """A figure mark's tooltip: "figure changed: about 300 -> More than 300 (qualifier: ...)", "figure added:
    1,200", "figure removed: dozens (24-199)"."""
    if finding.left is None or finding.right is None:
        figure = finding.left or finding.right
        return f"figure {finding.status.value}: {quoted(figure) if figure is not None else ''}"
    note = f"figure {finding.status.value}: {quoted(finding.left)} -> {quoted(finding.right)}"
    return note + (f" ({finding.note})" if finding.note else "")


class _Overlays:
    """Figure and quote spans to mark, per side and sentence, in sentence offsets."""

    def __init__(self, comparison: Comparison) -> None:
        self.spans: dict[tuple[Side, SentenceId], list[Span]] = {}
        for finding in comparison.numbers:
            if finding.status not in _FIGURE_SHOWN or in_time(comparison, finding):
                continue  # a figure in a time reference is the time change's ("this week" -> "weeks ago")
            note = _figure_note(finding)
            for side, figure, at in (
                (Side.LEFT, finding.left, finding.left_at),
                (Side.RIGHT, finding.right, finding.right_at),
            ):
                if figure is not None and at is not None:
                    self.spans.setdefault((side, at), []).append((figure.start, figure.end, Mark.FIGURE, note))
        for quote in comparison.quotes:
            if quote.status in _QUOTE_SHOWN or quote.speaker_was or quote.shortened:
                shown = quote.status in _QUOTE_SHOWN
                how = "shortened" if quote.shortened else quote.status.value if shown else "given to another speaker"
                note = f"quote {how} ({said_by(quote)})"
                for at, start, end in quote.pieces or ((quote.at, *quote.span),):  # every sentence it spans
                    self.spans.setdefault((quote.side, at), []).append((start, end, Mark.QUOTE, note))

        self.changes = comparison.changes

    def wording(self, index: int, side: Side) -> tuple[list[Span], dict[int, list[Run]]]:
        """The wording changes of link ``index`` on ``side``: spans in link offsets, and the tag runs to put in
        front of them (by offset)."""
        spans: list[Span] = []
        tags: dict[int, list[Run]] = {}
        for change in self.changes.get(index, ()):
            label = CHANGE_LABELS.get(change.kind)
            if label is None:
                continue  # figures and quotes carry their own marks
            for start, end in change.left_spans if side is Side.LEFT else change.right_spans:
                spans.append((start, end, Mark.CHANGE, change.note))
                tags.setdefault(start, []).append(Run(label, frozenset({Mark.CHANGE_TAG}), change.note))
        return spans, tags

    def in_link(self, side: Side, document: Document, ids: Iterable[SentenceId]) -> list[Span]:
        """The spans of a link's sentences, in offsets of the link text (sentences joined by one space)."""
        found, offset = [], 0
        for sid in ids:
            found += [(offset + a, offset + b, mark, note) for a, b, mark, note in self.spans.get((side, sid), ())]
            offset += len(document.sentence(sid).text) + 1
        return found


def _split(
    text: str, base: frozenset[Mark], spans: list[Span], offset: int, tags: dict[int, list[Run]] | None = None
) -> list[Run]:
    """Runs of ``text`` (which starts at ``offset`` of the link text) with the spans' marks laid over ``base``,
    and the ``tags`` runs put in front of the offsets they name."""
    cuts = {0, len(text)}
    for a, b, _, _ in spans:
        cuts.update(c - offset for c in (a, b) if offset < c < offset + len(text))
    points = sorted(cuts)
    runs = []
    for a, b in pairwise(points):
        if tags:
            runs += tags.pop(offset + a, [])
        covering = [(mark, note) for sa, sb, mark, note in spans if sa <= offset + a and offset + b <= sb]
        marks = base | {mark for mark, _ in covering}
        runs.append(Run(text[a:b], frozenset(marks), "; ".join(note for _, note in covering)))
    return runs


def _link_runs(link: Link, index: int, side: Side, context: _SideContext, target: int | None) -> list[Run]:
    document, overlays, moved = context.document, context.overlays, context.moved_away
    wording, tags = overlays.wording(index, side)
    spans = overlays.in_link(side, document, link.ids(side)) + wording
    cosmetic = link.kind is not LinkKind.IDENTICAL and index not in overlays.changes
    change = frozenset({_CHANGE[side], Mark.COSMETIC} if cosmetic else {_CHANGE[side]})
    runs: list[Run] = []
    if link.kind is LinkKind.MOVED and target is not None:
        runs.append(Run(f"[{_MOVED_TAG[side]} row {target + 1}] ", frozenset({Mark.MOVED}), target=target))
    offset = 0
    away = moved.get(index, []) if side is Side.LEFT else []
    tagged: set[MovedPart] = set()
    for op in link.diff:
        piece = op.text(side)
        if piece and op.op is not OpKind.EQUAL and away:
            runs += _moved_away(piece, offset, away, (change, spans, tags, tagged))
        elif piece:
            runs += _split(piece, frozenset() if op.op is OpKind.EQUAL else change, spans, offset, tags)
        offset += len(piece)
    return [replace(run, link=index) for run in runs]


# a piece's base marks, spans and tags, and the moved parts already tagged
_Marking = tuple[frozenset[Mark], list[Span], dict[int, list[Run]], set[MovedPart]]


def _moved_away(piece: str, offset: int, away: list[tuple[MovedPart, int | None]], marking: _Marking) -> list[Run]:
    """A removed piece at ``offset`` of a link's left text, its words that a reuse link carried to another row
    shown as moved there (a tag naming the row in front of each part, once), to the same row (``None``) as kept
    text, the rest as removed."""
    base, spans, tags, tagged = marking
    runs: list[Run] = []
    done = 0  # characters of the piece laid out
    for part, target in away:
        start, end = max(part.start - offset, done), min(part.end - offset, len(piece))
        if start >= end:
            continue
        if start > done:
            runs += _split(piece[done:start], base, spans, offset + done, tags)
        moved = frozenset({Mark.MOVED}) if target is not None else frozenset()
        if part not in tagged and target is not None:  # the part's first removed piece
            tagged.add(part)
            tag = Run(f"[{_MOVED_TAG[Side.LEFT]} row {target + 1}] ", moved, target=target)
            runs += [*tags.pop(offset + start, []), tag]
        runs.append(Run(piece[start:end], moved, target=target))
        done = end
    if done < len(piece):
        runs += _split(piece[done:], base, spans, offset + done, tags)
    return runs


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
    moved_away: dict[int, list[tuple[MovedPart, int | None]]] = field(default_factory=dict)  # link: parts, rows


def source_label(document: Document, paragraph: int) -> Run:
    """The label run of a left paragraph of several sources: "S2", "S1 +S2" when source 2 repeats it, "S2 ~S1"
    when source 1 has a slightly different version of one of its sentences (a near copy; the note says how, a
    line for each other version, the sources that have it and what it changes).

    >>> from core.model import DiffOp, OpKind, Paragraph, Source, Variant
    >>> doc = Document("a, b", "", (Paragraph("x", (), 0, (1,)),), sources=(Source("a"), Source("b")))
    >>> label = source_label(doc, 0)
    >>> label.text, label.note
    ('S1 +S2', 'from source 1, a; repeated by source 2, b (aligned here only)')
    >>> diff = (DiffOp(OpKind.EQUAL, "Killed ", "Killed ", 0, 0), DiffOp(OpKind.REPLACE, "250.", "200.", 7, 7))
    >>> doc = Document("a, b", "", (Paragraph("Killed 250.", (), 1, (), (Variant(0, 0, "Killed 200.", diff),)),),
    ...                sources=(Source("a"), Source("b")))
    >>> label = source_label(doc, 0)
    >>> label.text, label.note
    ('S2 ~S1', 'from source 2, b\\nsource 1, a has a slightly different version: “200.” for “250.”')
    """
    chosen = document.paragraphs[paragraph]
    sources = document.source_list()
    note = f"from source {chosen.source + 1}, {sources[chosen.source].name}"
    if chosen.also_in:
        others = ", ".join(f"source {k + 1}, {sources[k].name}" for k in chosen.also_in)
        note += f"; repeated by {others} (aligned here only)"
    versions: dict[tuple[int, str], list[int]] = {}  # (sentence, other version) -> the sources that have it
    differences = {}
    for variant in chosen.variants:
        versions.setdefault((variant.sentence, variant.text), []).append(variant.source)
        differences[variant.sentence, variant.text] = variant_difference(variant.diff)
    for key, having in versions.items():
        names = " and ".join(f"source {k + 1}, {sources[k].name}" for k in having)
        note += f"\n{names} {'has' if len(having) == 1 else 'have'} a slightly different version"
        note += f": {differences[key]}" if differences[key] else ""
    near = sorted({v.source for v in chosen.variants})
    text = f"S{chosen.source + 1}" + "".join(f" +S{k + 1}" for k in chosen.also_in)
    return Run(text + "".join(f" ~S{k + 1}" for k in near), frozenset({Mark.SOURCE}), note)


def variant_difference(diff: tuple[DiffOp, ...], most: int = 3) -> str:
    """What a near copy changes, from the word diff of the standing sentence to it: at most ``most`` pieces.

    >>> from core.model import OpKind
    >>> variant_difference((DiffOp(OpKind.INSERT, "", "CORRECTION: ", 0, 0),
    ...                     DiffOp(OpKind.DELETE, "at least ", "", 0, 12)))
    'adds “CORRECTION:”, without “at least”'
    """
    pieces = []
    for op in diff:
        left, right = op.left.strip(), op.right.strip()
        if op.op is OpKind.REPLACE:
            pieces.append(f"“{right}” for “{left}”")
        elif op.op is OpKind.INSERT and right:
            pieces.append(f"adds “{right}”")
        elif op.op is OpKind.DELETE and left:
            pieces.append(f"without “{left}”")
    return ", ".join(pieces[:most]) + (", …" if len(pieces) > most else "")


def _side_runs(context: _SideContext, paragraphs: tuple[int, ...]) -> list[Run]:
    side, document = context.side, context.document
    labelled = side is Side.LEFT and bool(document.sources)
    runs: list[Run] = []
    for p in paragraphs:
        if runs:
            runs.append(Run("\n"))
        if labelled:
            runs.append(source_label(document, p))
        for s in range(len(document.paragraphs[p].sentences)):
            sid = SentenceId(p, s)
            link = context.first_link.get(sid)
            if runs and runs[-1].text != "\n":
                runs.append(Run(" "))
            if link is not None:
                target = context.rows.row_of(side.other, link.ids(side.other)[0].paragraph)
                index = context.link_index[id(link)]
                runs += _link_runs(link, index, side, context, target)
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
    for k, parts in moved_parts(comparison.links, comparison.left).items():
        here = rows.row_of(Side.LEFT, comparison.links[k].left[0].paragraph)
        rows_of = [rows.row_of(Side.RIGHT, comparison.links[part.link].right[0].paragraph) for part in parts]
        carried = [(part, None if row == here else row) for part, row in zip(parts, rows_of, strict=True)]
        contexts[Side.LEFT].moved_away[k] = carried
    return contexts


def present(
    comparison: Comparison, rows: RowLookup | None = None, progress: Callable[[float], None] | None = None
) -> Presentation:
    """The content of every row (see the module docstring); ``rows`` is the comparison's row lookup, if known;
    ``progress`` hears the fraction of rows built every ``PROGRESS_ROWS`` rows."""
    contexts = _contexts(comparison, rows or row_lookup(comparison))
    views = []
    for k, row in enumerate(comparison.rows):
        if progress is not None and k % PROGRESS_ROWS == 0:
            progress(k / len(comparison.rows))
        left_runs = _merged(_side_runs(contexts[Side.LEFT], row.left))
        right_runs = _merged(_side_runs(contexts[Side.RIGHT], row.right))
        views.append(
            RowView(row.kind, left_runs, right_runs, row.left, row.right, _lengths(left_runs), _lengths(right_runs))
        )
    changes = tuple(k for k, view in enumerate(views) if view.changed)
    for context in contexts.values():  # millions of small objects: freed a few at a time, not all on return
        drop_in_slices(context.first_link, context.covered, context.link_index, context.overlays.spans)
    return Presentation(tuple(views), changes, tuple(k for k in changes if views[k].kind is not RowKind.CHANGED))


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
