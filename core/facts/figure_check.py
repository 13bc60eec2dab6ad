"""Comparing the figures of two articles: same, changed (value, qualifier or counted thing), removed, added.

API: ``check_figures(left, right, links) -> tuple[FigureFinding, ...]``, ``FigureFinding``, ``FigureStatus``
(a figure's words and value as shown: ``core.facts.figure_text``; whether two figures are one, and the note on a
pair: ``core.facts.figure_values``).

Figures are compared within each link first (a figure and its counterpart in the rewritten sentence), then between
the unlinked sentences that stand in the same gap between two in-order links (a sentence reworded past recognition
keeps its figures' counterparts), then across the articles: a figure left over on one side is matched with an equal
one left over anywhere on the other (a figure moved to another paragraph is still the same figure), and last with
the other side's headline (``core.facts.figure_headlines``: the original's headline figure told in the rewrite's
body is no new figure there; such a finding has no sentence on the headline's side). Pairing inside a link takes
equal values first, then figures of one kind that count the same thing, then, where as many figures of a kind are
left on each side, those in reading order (dates only with dates of the same shape: 2011 with 2012, 7 Feb with 8
Feb, Monday with Tuesday; or with the same date said less precisely: 19 March with March); a vague magnitude
("hundreds") pairs with an exact figure only after every other pass (``core.facts.figure_vague``). In a gap, the
figures left over in reading order pair only when the gap holds one sentence with figures on each side.
Equal means the same kind and value (1,000 = 1000 = one thousand; half = 50% = 50 per cent, within half a
percentage point; a year written as a count, "1990 levels", = the date 1990; a count and an ordinal of one
value, "day 6" and "the 6th day", with a ``written as`` note; amounts of one measure in two units, "two
decades" and "20 years", with a ``converted`` note, while "3 days" and "3 weeks" are a changed ``amount``), or
for dates the same words. A figure whose value
and hedge stay but whose counted thing is another thing (``core.facts.counted.other_thing``: "300 soldiers" ->
"300 civilians", "3 days" -> "3 weeks") is ``changed`` with a ``counted thing changed: a -> b`` note; one whose
counted words only read differently is ``same`` with a ``counted: a -> b`` note: on real rewrites that is nearly
always a rewording ("87 units" -> "87 groups", "three devices" -> "three phones"), and the word diff shows it.
"""

from __future__ import annotations

import bisect
import enum
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import chain, filterfalse, islice
from math import isfinite
from operator import attrgetter, le

from core.budget import drop_in_slices
from core.facts.figure_headlines import headline_partners
from core.facts.figure_model import Located
from core.facts.figure_pairs import pair, pair_equal
from core.facts.figure_partners import partners
from core.facts.figure_repeats import restated, sentences_related
from core.facts.figure_shapes import Shapes, figures_by_shape
from core.facts.figure_vague import vague_partners
from core.facts.figure_values import difference
from core.facts.figures import Figure, FigureKind
from core.model import Document, Link, LinkKind, SentenceId


class FigureStatus(enum.StrEnum):
    """What became of a figure."""

    SAME = "same"
    CHANGED = "changed"
    REMOVED = "removed"
    ADDED = "added"


@dataclass(frozen=True, slots=True)
class FigureFinding:
    """One figure of the left, the right or both, with what changed between them."""

    status: FigureStatus
    left: Figure | None
    right: Figure | None
    left_at: SentenceId | None
    right_at: SentenceId | None
    note: str = ""


def _finding(a: Located, b: Located, note_prefix: str = "") -> FigureFinding:
    told, changed = difference(a[0], b[0])
    status = FigureStatus.CHANGED if changed else FigureStatus.SAME
    note = "; ".join(part for part in (note_prefix, told) if part)
    return FigureFinding(status, a[0], b[0], a[1], b[1], note)


def _headline_finding(headline: Figure, body: Located, original: bool) -> FigureFinding:
    """A body figure that the other side's headline tells (``core.facts.figure_headlines``): the headline's figure
    stands where a sentence would, with no sentence (``left_at`` or ``right_at`` is None)."""
    a, b = (headline, body[0]) if original else (body[0], headline)
    told, changed = difference(a, b)
    note = "; ".join(part for part in (f"in the {'original' if original else 'rewrite'}'s headline", told) if part)
    status = FigureStatus.CHANGED if changed else FigureStatus.SAME
    return FigureFinding(status, a, b, None if original else body[1], body[1] if original else None, note)


def _unchanged(lefts: list[Located], rights: list[Located]) -> list[FigureFinding] | None:
    """The findings of a link whose two sides hold the very same figures (the same objects: sentences of one
    text share them), all ``same`` with no note, as ``pair`` and ``_finding`` would make them; None otherwise.

    A figure equals itself unless its value is not finite (a number too long for a float), which goes the long way.
    """
    if len(lefts) != len(rights):
        return None
    if len(lefts) == 1:  # one figure a side: a numbered line
        (figure, left_at), (other, right_at) = lefts[0], rights[0]
        if figure is not other or not (figure.kind is FigureKind.DATE or isfinite(figure.low + figure.high)):
            return None
        return [FigureFinding(FigureStatus.SAME, figure, figure, left_at, right_at)]
    for a, b in zip(lefts, rights, strict=True):
        figure = a[0]
        if figure is not b[0] or not (figure.kind is FigureKind.DATE or isfinite(figure.low + figure.high)):
            return None
    return [FigureFinding(FigureStatus.SAME, a[0], a[0], a[1], b[1]) for a, b in zip(lefts, rights, strict=True)]


def _equals_itself(figure: Figure) -> bool:
    """Whether ``_finding`` of a figure with itself is ``same`` with no note (not for a value that is not finite:
    a number too long for a float goes the long way)."""
    return figure.kind is FigureKind.DATE or isfinite(figure.low + figure.high)


POLL_EVERY = 512  # sentences read between two polls of the budget


class _Stopped(Exception):
    """The budget ran out while figures were being read."""


def _figures_of(
    document: Document,
    ids: Iterable[SentenceId],
    cache: dict[SentenceId, Sequence[Figure]],
    stop: Callable[[], bool],
    by_text: dict[str, Sequence[Figure]],
    shapes: Shapes,
) -> list[Located]:
    """Figures of some sentences; ``cache`` holds those already read (and, given, is all there is to read).

    ``by_text`` holds them by sentence text, shared by both sides: an unchanged sentence is read once;
    ``shapes`` by shape (``core.facts.figure_shapes``): of 600,000 numbered lines, a few thousand are read in full.
    """
    located: list[Located] = []
    if type(ids) is tuple and len(ids) < POLL_EVERY:  # a link's sentences: too few to poll between (the usual case)
        for sid in ids:
            figures = cache.get(sid)
            if figures is None:
                figures = _read(document, sid, cache, by_text, shapes)
            if figures:
                located += [(figure, sid) for figure in figures]
        return located
    for count, sid in enumerate(ids):
        if count % POLL_EVERY == POLL_EVERY - 1 and stop():
            raise _Stopped
        figures = cache.get(sid)
        if figures is None:
            figures = _read(document, sid, cache, by_text, shapes)
        located += [(figure, sid) for figure in figures]
    return located


def _read(
    document: Document,
    sid: SentenceId,
    cache: dict[SentenceId, Sequence[Figure]],
    by_text: dict[str, Sequence[Figure]],
    shapes: Shapes,
) -> Sequence[Figure]:
    """The figures of one sentence not read yet (see ``_figures_of``)."""
    text = document.paragraphs[sid[0]].sentences[sid[1]].text
    figures = by_text.get(text)
    if figures is None:
        figures = by_text[text] = figures_by_shape(text, shapes)
    cache[sid] = figures
    return figures


PairOne = Callable[[SentenceId, SentenceId, list[FigureFinding]], tuple[Sequence[Figure] | None, Sequence[Figure]]]


def _one_to_one(
    left: Document,
    right: Document,
    caches: tuple[dict[SentenceId, Sequence[Figure]], dict[SentenceId, Sequence[Figure]]],
    by_text: dict[str, Sequence[Figure]],
    shapes: Shapes,
) -> PairOne:
    """``pair_one(left_sid, right_sid, findings)`` for a link of one sentence a side: the figures of both, read
    as ``_read`` reads them; when both sides hold the same figures (one text's, each equal to itself), their
    ``same`` findings are added to ``findings`` and (None, ()) comes back, as it does when neither holds any.
    A sentence read before costs one dict look-up (a huge list has a link like this per line)."""
    left_cache, right_cache = caches
    add = list.append

    def pair_one(
        left_sid: SentenceId, right_sid: SentenceId, findings: list[FigureFinding]
    ) -> tuple[Sequence[Figure] | None, Sequence[Figure]]:
        left_figures = left_cache.get(left_sid)
        if left_figures is None:
            left_figures = _read(left, left_sid, left_cache, by_text, shapes)
        right_figures = right_cache.get(right_sid)
        if right_figures is None:
            right_figures = _read(right, right_sid, right_cache, by_text, shapes)
        if not left_figures and not right_figures:
            return None, ()
        if left_figures is right_figures and all(map(_equals_itself, left_figures)):  # one text's figures
            for figure in left_figures:
                add(findings, FigureFinding(FigureStatus.SAME, figure, figure, left_sid, right_sid))
            return None, ()
        return left_figures, right_figures

    return pair_one


def check_figures(
    left: Document,
    right: Document,
    links: Sequence[Link],
    without_figures: tuple[set[SentenceId], set[SentenceId]] = (set(), set()),
    stop: Callable[[], bool] = lambda: False,
) -> tuple[FigureFinding, ...]:
    """Every figure of both articles with its status (see the module docstring).

    ``without_figures`` may name sentences already known to hold none (the engine knows from their words).
    ``stop`` is polled as figures are read: when it says so, the findings so far are returned, in order.
    """
    left_cache: dict[SentenceId, Sequence[Figure]] = dict.fromkeys(without_figures[0], ())
    right_cache: dict[SentenceId, Sequence[Figure]] = dict.fromkeys(without_figures[1], ())
    findings: list[FigureFinding] = []
    pending_left: list[Located] = []
    pending_right: list[Located] = []
    by_text: dict[str, Sequence[Figure]] = {}
    shapes: Shapes = {}

    def read(side: int, ids: Iterable[SentenceId]) -> list[Located]:
        document, cache = (left, left_cache) if side == 0 else (right, right_cache)
        return _figures_of(document, ids, cache, stop, by_text, shapes)

    try:
        pair_one = _one_to_one(left, right, (left_cache, right_cache), by_text, shapes)
        _pair_in_order(left, right, links, (read, pair_one, stop), findings, (pending_left, pending_right))
    except _Stopped:
        return tuple(sorted(findings, key=_reading_order))
    related = sentences_related(left, right)
    linked = any(link.left and link.right for link in links)  # one story told twice: any equal figure may be moved
    moved = pair_equal(pending_left, pending_right, (lambda a, b: True) if linked else related)
    findings += [_finding(a, b, "moved") for a, b in moved]
    used = {id(x) for pair in moved for x in pair}
    removed, added = [a for a in pending_left if id(a) not in used], [b for b in pending_right if id(b) not in used]
    again = restated(left_cache, added, related)
    once = [(a, b) for b, a in restated(right_cache, removed, lambda b, a: related(a, b))]
    findings += [_finding(a, b, "stated again") for a, b in again] + [_finding(a, b, "stated once") for a, b in once]
    used |= {id(b) for _, b in again} | {id(a) for a, _ in once}
    vague = vague_partners(
        [a for a in removed if id(a) not in used], [b for b in added if id(b) not in used], links, related
    )
    findings += [_finding(a, b) for a, b in vague]
    used |= {id(x) for pair in vague for x in pair}
    heads = headline_partners(
        left, right, [a for a in removed if id(a) not in used], [b for b in added if id(b) not in used]
    )
    findings += [_headline_finding(*head) for head in heads]
    used |= {id(located) for _, located, _ in heads}
    findings += [FigureFinding(FigureStatus.REMOVED, a[0], None, a[1], None) for a in removed if id(a) not in used]
    findings += [FigureFinding(FigureStatus.ADDED, None, b[0], None, b[1]) for b in added if id(b) not in used]
    drop_in_slices(left_cache, right_cache, by_text, shapes, pending_left, pending_right)  # not all at once on return
    return tuple(sorted(findings, key=_reading_order))


def _pair_in_order(
    left: Document,
    right: Document,
    links: Sequence[Link],
    readers: tuple[Callable[[int, Iterable[SentenceId]], list[Located]], PairOne, Callable[[], bool]],
    findings: list[FigureFinding],
    pending: tuple[list[Located], list[Located]],
) -> None:
    """Pair the figures inside each link, then in the gaps between links; add the findings, and put the figures
    left over on each side in ``pending`` (``readers``: ``read(side, ids)``, the figures of some sentences of a
    side, located, ``pair_one``, those of a link of one sentence a side: see ``_one_to_one``, and ``stop``, polled
    before pairing a link of more than ``POLL_EVERY`` figures)."""
    read, pair_one, stop = readers
    twice = _linked_twice(links)
    paired: set[tuple[int, SentenceId]] = set()  # figures of ``twice`` paired in some link: (id, sentence)
    for link in links:
        if len(link.left) == len(link.right) == 1:  # one sentence a side (a line of a list): read directly
            left_figures, right_figures = pair_one(link.left[0], link.right[0], findings)
            if left_figures is None:  # one text's figures, their findings added
                continue
            lefts = [(figure, link.left[0]) for figure in left_figures]
            rights = [(figure, link.right[0]) for figure in right_figures]
        else:
            lefts, rights = read(0, link.left), read(1, link.right)
            if not lefts and not rights:
                continue
        unchanged = _unchanged(lefts, rights)
        if unchanged is not None:
            findings += unchanged
            paired.update((id(figure), sid) for figure, sid in lefts if sid in twice)
            continue
        if len(lefts) + len(rights) > POLL_EVERY and stop():  # one giant link: polled before its pairing
            raise _Stopped
        pairs, free_left, free_right = pair(lefts, rights)
        if free_left or free_right:  # words that state a figure left over ("second" for "2nd", "the year")
            pairs, free_left, free_right = partners(left, right, link, pairs, free_left, free_right)
        findings += [_finding(a, b) for a, b in pairs]
        paired.update((id(a[0]), a[1]) for a, _ in pairs if a[1] in twice)
        pending[0].extend(free_left)
        pending[1].extend(free_right)
    if paired:  # a split sentence's figure paired in the link of one part is not left over in the other's
        pending[0][:] = [x for x in pending[0] if x[1] not in twice or (id(x[0]), x[1]) not in paired]
    unlinked_left = _unlinked(left, set(chain.from_iterable(map(attrgetter("left"), links))))
    unlinked_right = _unlinked(right, set(chain.from_iterable(map(attrgetter("right"), links))))
    gap_pairs, rest_left, rest_right = _pair_in_gaps(links, read(0, unlinked_left), read(1, unlinked_right))
    findings += [_finding(a, b) for a, b in gap_pairs]
    pending[0].extend(rest_left)
    pending[1].extend(rest_right)


def _linked_twice(links: Sequence[Link]) -> set[SentenceId]:
    """The left sentences in more than one link (a sentence restated, or split in two, by a reuse link)."""
    if not any(link.reused for link in links):
        return set()
    seen: set[SentenceId] = set()
    twice: set[SentenceId] = set()
    for link in links:
        twice.update(sid for sid in link.left if sid in seen)
        seen.update(link.left)
    return twice


def _gap_bounds(links: Sequence[Link]) -> tuple[list[SentenceId], list[SentenceId]]:
    """The last left and right sentence of each in-order link, in reading order (moved and reused ones left out)."""
    ordered = [
        link for link in links if link.left and link.right and link.kind is not LinkKind.MOVED and not link.reused
    ]
    starts = [min(link.left) for link in ordered]
    if not all(map(le, starts, islice(starts, 1, None))):  # the engine's links come in left order: kept as they are
        ordered = [ordered[k] for _, k in sorted(zip(starts, range(len(ordered)), strict=True))]  # stable, by start
    bounds_left: list[SentenceId] = []
    bounds_right: list[SentenceId] = []
    for link in ordered:
        if not bounds_right or min(link.right) > bounds_right[-1]:
            bounds_left.append(max(link.left))
            bounds_right.append(max(link.right))
    return bounds_left, bounds_right


def _pair_in_gaps(
    links: Sequence[Link], lefts: list[Located], rights: list[Located]
) -> tuple[list[tuple[Located, Located]], list[Located], list[Located]]:
    """Figures of unlinked sentences paired within the gap between two in-order links they share; leftovers.
    Without any link the two texts share no place: only one sentence with figures on each side is paired (two
    one-line versions), not the figures of two unrelated articles."""
    bounds_left, bounds_right = _gap_bounds(links)
    by_gap: dict[int, tuple[list[Located], list[Located]]] = defaultdict(lambda: ([], []))
    for located in lefts:
        by_gap[bisect.bisect_left(bounds_left, located[1])][0].append(located)
    for located in rights:
        by_gap[bisect.bisect_left(bounds_right, located[1])][1].append(located)
    pairs: list[tuple[Located, Located]] = []
    rest_left: list[Located] = []
    rest_right: list[Located] = []
    for gap_left, gap_right in by_gap.values():
        free_left, free_right = gap_left, gap_right
        if gap_left and gap_right:
            lone = len({a[1] for a in gap_left}) == 1 and len({b[1] for b in gap_right}) == 1
            if lone or bounds_left:
                found, free_left, free_right = pair(gap_left, gap_right, by_order=lone)
                pairs += found
        rest_left += free_left
        rest_right += free_right
    return pairs, rest_left, rest_right


def _unlinked(document: Document, linked: set[SentenceId]) -> list[SentenceId]:
    """The sentences of a document not in ``linked``, in reading order (none when every one is: one test)."""
    if len(linked) == sum(len(paragraph.sentences) for paragraph in document.paragraphs):
        return []  # ``linked`` holds only the document's own sentences
    return list(filterfalse(linked.__contains__, document.sentence_ids()))


def _reading_order(finding: FigureFinding) -> tuple[int, int, int, int]:
    if finding.left is not None and finding.left_at is not None:
        return (0, finding.left_at.paragraph, finding.left_at.sentence, finding.left.start)
    assert finding.right is not None and finding.right_at is not None
    return (1, finding.right_at.paragraph, finding.right_at.sentence, finding.right.start)
