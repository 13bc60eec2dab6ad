"""How much of the rewrite is the source's: the measured quantities the verdict is decided from.

API: ``measure_reuse(right, links, thresholds=VerdictThresholds(), sources=1, link_sources=None) ->
ReuseMeasures`` (``sources``: how many sources the left holds; ``link_sources``: the source of each link).

Words are the white-space separated pieces of the text (splitting is several times faster than a word regex,
and counts the same words but for a lone dash). A *passage* is an unchanged stretch of a link's word diff (an
``equal`` op) of at least ``thresholds.passage_words`` words, of which at least
``thresholds.passage_content_words`` are ordinary content words: distinct words that are not function words,
not names (capitalised words) and not figures. So "Prime Minister Boris Johnson" or "on 12 May" shared by two
independent reports of one event is no passage, while "the bridge was closed to traffic" is. A *stock phrase*
is no passage either: a run shorter than ``thresholds.stock_run_words`` whose content words are all common in
English (``core.text.zipf`` at least ``thresholds.common_zipf``: "burst its banks", "were taken to hospital",
"said in a statement", which any two flood reports share), unless the link's sentences are alike besides (its
cosine at least ``thresholds.stock_link_cosine``: the source's sentence reworded around the phrase), or unless
the source is shown to be reused without them: once its distinctive passages alone take at least
``thresholds.independent`` of the rewrite's words, its stock phrases count too (a rewrite copies them with the
rest; two independent reports share nothing else).

With several sources, each source's share is measured on the links to it (``ReuseMeasures.source_words``): the
share it would have alone, less what another source's version explains better. A source whose share is under
``thresholds.independent`` shares no more with the rewrite than two texts on one subject do by chance, and
its sentences do not count towards the rewrite's total: chance does not add up, so a story independent of
each of three sources is not "partially derived" from the three. A source the rewrite copies from word for
word (an unchanged run of ``thresholds.copied_run_words`` words or more) counts whatever its share: that is no
chance. When the diff
ignores case, a run is judged on either side's spelling: a rewrite in capitals ("THE BRIDGE WAS CLOSED") shares
the source's ordinary words, not names. A rewrite sentence is *taken* from the source when a passage lies in it.

>>> from core import compare
>>> result = compare("The council closed the old bridge to traffic on Monday.",
...                  "On Monday the council closed the old bridge to traffic. Nobody was hurt.")
>>> measures = measure_reuse(result.right, result.links)
>>> (measures.sentences, measures.taken_sentences, measures.words, measures.taken_words, measures.verbatim_words)
(2, 1, 13, 10, 7)
"""

from __future__ import annotations

import re
import string
from collections.abc import Sequence

from core.engine.verdict import ReuseMeasures, VerdictThresholds
from core.model import Document, Link, OpKind, SentenceId
from core.text import STOP_WORDS, zipf

_DIGITS = re.compile(r"\d+")  # a run of digits (one 0 in a text's shape)
_PUNCTUATION = string.punctuation + "“”‘’«»„‚–—…"  # stripped from a word's ends before it is judged content


def _content_words(words: list[str]) -> set[str]:
    """Distinct ordinary content words: lower-case, alphabetic, not function words (names and figures are not)."""
    bare = {word.strip(_PUNCTUATION) for word in words}.difference(STOP_WORDS)
    return {word for word in bare if word.isalpha() and word.islower()}


def _content_of(text: str, counted: dict[str, set[str]], shape: str | None = None) -> set[str]:
    """``_content_words`` of a text's words, through ``counted``, which holds them by the text's *shape*: each
    run of digits made one 0. A word with a digit is never a content word and every other word is unchanged, so
    texts of one shape have the same content words ("Line 7 of the list.", "Line 18 of the list."): a numbered
    list is looked at once. ``shape``: the text's shape, when the caller made it already.

    >>> counted = {}
    >>> _content_of("Line 7 of 2 lists.", counted), _content_of("Line 18 of 30 lists.", counted)
    ({'lists'}, {'lists'})
    >>> counted
    {'Line 0 of 0 lists.': {'lists'}}
    """
    shape = _DIGITS.sub("0", text) if shape is None else shape
    if shape == text:  # no digit but 0s: nothing to share
        return _content_words(text.split())
    content = counted.get(shape)
    if content is None:
        content = counted[shape] = _content_words(shape.split())
    return content


def _is_passage(
    text: str, thresholds: VerdictThresholds, similarity: float, counted: dict[str, set[str]], shape: str | None = None
) -> tuple[bool | None, int]:
    """Whether an unchanged run of words is a passage: long enough and with content words; None for a stock
    phrase (a short run whose content words are all common English words: "burst its banks", "said in a
    statement") in a link whose sentences are not alike besides (``similarity``: the link's cosine). Then the
    run's words (``shape``: see ``_content_of``)."""
    words = len(text.split())
    if words < thresholds.passage_words:
        return False, words
    content = _content_of(text, counted, shape)
    if len(content) < thresholds.passage_content_words:
        return False, words
    if similarity >= thresholds.stock_link_cosine or words >= thresholds.stock_run_words:
        return True, words
    return (True if any(zipf(word) < thresholds.common_zipf for word in content) else None), words


Judged = dict[tuple[str, bool], tuple[bool | None, int]]  # (a run's shape, alike links) -> ``_is_passage``'s answer


def _judged(
    text: str, thresholds: VerdictThresholds, similarity: float, counted: dict[str, set[str]], judged: Judged
) -> tuple[bool | None, int]:
    """``_is_passage``, looked up by the text's shape when it has digits (see ``_content_of``): texts of one shape
    have as many words and the same content words, so the same answer (a numbered list is judged once). A run
    too short to be a passage (most of a diff's unchanged runs: "the", "of the") is answered before any of it."""
    words = len(text.split())
    if words < thresholds.passage_words:
        return False, words  # what ``_is_passage`` answers first, without the shape's regex
    shape = _DIGITS.sub("0", text)
    if shape == text:
        return _is_passage(text, thresholds, similarity, counted, shape)
    key = (shape, similarity >= thresholds.stock_link_cosine)
    known = judged.get(key)
    if known is None:
        known = judged[key] = _is_passage(text, thresholds, similarity, counted, shape)
    return known


def _passages(
    link: Link, thresholds: VerdictThresholds, counted: dict[str, set[str]], judged: Judged
) -> list[tuple[int, int, int, bool]]:
    """(start, end, words, stock) in the link's right text of each passage; ``stock``: a stock phrase
    (``counted``, ``judged``: see ``_content_of`` and ``_judged``)."""
    found = []
    for op in link.diff:
        if op.op is not OpKind.EQUAL:
            continue
        verdict, words = _judged(op.right, thresholds, link.similarity, counted, judged)
        if not verdict and op.left != op.right:
            other = _judged(op.left, thresholds, link.similarity, counted, judged)[0]
            verdict = other if other or verdict is None else verdict
        if verdict is not False:
            found.append((op.right_start, op.right_start + len(op.right), words, verdict is None))
    return found


def _taken_in(right: Document, link: Link, passages: list[tuple[int, int, int, bool]]) -> list[SentenceId]:
    """The right sentences of a link that a passage overlaps (offsets: sentences joined by one space)."""
    if len(link.right) == 1:
        return list(link.right)
    taken, start = [], 0
    for sid in link.right:
        end = start + len(right.sentence(sid).text)
        if any(start < b and a < end for a, b, _, _ in passages):
            taken.append(sid)
        start = end + 1
    return taken


Taken = dict[int, tuple[set[SentenceId], int]]  # per source: its taken sentences and verbatim words
Adding = dict[int, tuple[set[SentenceId], list[int]]]  # the same, as ``_taken_by_source`` adds them up


def _one_passage(
    passage: tuple[int, int, int, bool], sid: SentenceId, source: int, strict: Adding, loose: Adding
) -> bool:
    """Add the one passage of a link of one right sentence as ``_taken_by_source``'s loop would (that sentence is
    taken; its words verbatim, strictly unless it is a stock phrase); True when done."""
    for found in (loose,) if passage[3] else (strict, loose):
        taken, verbatim = found.get(source) or found.setdefault(source, (set(), [0]))
        taken.add(sid)
        verbatim[0] += passage[2]
    return True


def _taken_by_source(
    right: Document, links: Sequence[Link], thresholds: VerdictThresholds, link_sources: Sequence[int] | None
) -> tuple[Taken, Taken]:
    """The taken sentences and verbatim words of each source (``link_sources``: the source of each link), by
    distinctive passages alone, then by those and the stock phrases."""
    strict: Adding = {}  # per source: taken sentences, [verbatim words]
    loose: Adding = {}
    counted: dict[str, set[str]] = {}
    judged: Judged = {}
    for number, link in enumerate(links):
        passages = _passages(link, thresholds, counted, judged)
        if not passages:
            continue
        source = link_sources[number] if link_sources is not None else 0
        if (
            len(passages) == 1
            and len(link.right) == 1
            and _one_passage(passages[0], link.right[0], source, strict, loose)
        ):
            continue  # one passage in one sentence (a line of a list)
        for found, kept in ((strict, [p for p in passages if not p[3]]), (loose, passages)):
            if kept:
                taken, verbatim = found.get(source) or found.setdefault(source, (set(), [0]))
                taken.update(_taken_in(right, link, kept))
                verbatim[0] += sum(p[2] for p in kept)
    return {k: (t, v[0]) for k, (t, v) in strict.items()}, {k: (t, v[0]) for k, (t, v) in loose.items()}


def _copied_sources(
    links: Sequence[Link], thresholds: VerdictThresholds, link_sources: Sequence[int] | None
) -> set[int]:
    """The sources a rewrite copies from word for word: a run of at least ``thresholds.copied_run_words`` words
    unchanged, far beyond what two texts on one subject share by chance."""
    return {
        link_sources[number] if link_sources is not None else 0
        for number, link in enumerate(links)
        if any(op.op is OpKind.EQUAL and len(op.right.split()) >= thresholds.copied_run_words for op in link.diff)
    }


def measure_reuse(
    right: Document,
    links: Sequence[Link],
    thresholds: VerdictThresholds | None = None,
    sources: int = 1,
    link_sources: Sequence[int] | None = None,
) -> ReuseMeasures:
    """The quantities of reuse of the rewrite ``right`` under ``links`` (see the module docstring);
    ``link_sources``: the source of each link, when the left holds several."""
    thresholds = thresholds or VerdictThresholds()
    words = sum(len(paragraph.text.split()) for paragraph in right.paragraphs)
    strict, loose = _taken_by_source(right, links, thresholds, link_sources)
    counts: dict[SentenceId, int] = {}  # a sentence's words, split once though summed up to three times
    totals: dict[int, int] = {}  # id of a set of sentences (each alive to the end) -> its words, summed once

    def words_of(sids: set[SentenceId]) -> int:
        known = totals.get(id(sids))
        if known is not None:
            return known
        total = 0
        for sid in sids:
            count = counts.get(sid)
            if count is None:
                count = counts[sid] = len(right.paragraphs[sid[0]].sentences[sid[1]].text.split())
            total += count
        totals[id(sids)] = total
        return total

    reused = {k for k, (sids, _) in strict.items() if words_of(sids) >= thresholds.independent * words}
    found = {k: loose[k] if k in reused else strict[k] for k in strict}  # stock phrases count once reuse is shown

    by_source = tuple(words_of(found[k][0]) if k in found else 0 for k in range(sources))
    copied = _copied_sources(links, thresholds, link_sources) if sources > 1 else set()
    counted = [k for k in found if sources == 1 or by_source[k] >= thresholds.independent * words or k in copied]
    taken = found[counted[0]][0] if len(counted) == 1 else set().union(*(found[k][0] for k in counted))
    return ReuseMeasures(
        sentences=sum(len(paragraph.sentences) for paragraph in right.paragraphs),
        words=words,
        taken_sentences=len(taken),
        taken_words=words_of(taken),
        verbatim_words=sum(found[k][1] for k in counted),
        sources=sources,
        source_words=by_source if sources > 1 else (),
        copied_sources=tuple(sorted(copied)),
    )
