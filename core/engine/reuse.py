"""How much of the rewrite is the source's: the measured quantities the verdict is decided from.

API: ``measure_reuse(right, links, thresholds=VerdictThresholds(), sources=1) -> ReuseMeasures`` (``sources``:
how many sources the left holds, for the wording of the verdict's reason).

A *passage* is an unchanged stretch of a link's word diff (an ``equal`` op) of at least
``thresholds.passage_words`` words, of which at least ``thresholds.passage_content_words`` are ordinary content
words: not function words, not names (capitalised words) and not figures. So "Prime Minister Boris Johnson"
or "on 12 May" shared by two independent reports of one event is no passage, while "the bridge was closed to
traffic" is. A rewrite sentence is *taken* from the source when a passage lies in it.

>>> from core import compare
>>> result = compare("The council closed the old bridge to traffic on Monday.",
...                  "On Monday the council closed the old bridge to traffic. Nobody was hurt.")
>>> measures = measure_reuse(result.right, result.links)
>>> (measures.sentences, measures.taken_sentences, measures.words, measures.taken_words, measures.verbatim_words)
(2, 1, 13, 10, 7)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from core.engine.verdict import ReuseMeasures, VerdictThresholds
from core.model import Document, Link, OpKind, SentenceId
from core.text.terms import STOP_WORDS

_WORD = re.compile(r"\w+(?:[-.,'’]\w+)*")


def _is_content(word: str) -> bool:
    return word.isalpha() and word.islower() and word not in STOP_WORDS


@dataclass(frozen=True, slots=True)
class _Span:
    sid: SentenceId
    start: int  # character offsets in the link's right text
    end: int


def _spans(right: Document, sids: tuple[SentenceId, ...]) -> list[_Span]:
    spans, start = [], 0
    for sid in sids:
        end = start + len(right.sentence(sid).text)
        spans.append(_Span(sid, start, end))
        start = end + 1
    return spans


def _passages(link: Link, thresholds: VerdictThresholds) -> list[tuple[int, int, int]]:
    """(start, end, words) in the link's right text of each passage."""
    found = []
    for op in link.diff:
        if op.op is not OpKind.EQUAL:
            continue
        words = _WORD.findall(op.right)
        content = sum(1 for word in words if _is_content(word))
        if len(words) >= thresholds.passage_words and content >= thresholds.passage_content_words:
            found.append((op.right_start, op.right_start + len(op.right), len(words)))
    return found


def measure_reuse(
    right: Document, links: Sequence[Link], thresholds: VerdictThresholds | None = None, sources: int = 1
) -> ReuseMeasures:
    """The quantities of reuse of the rewrite ``right`` under ``links`` (see the module docstring)."""
    thresholds = thresholds or VerdictThresholds()
    taken: set[SentenceId] = set()
    verbatim = 0
    for link in links:
        spans = _spans(right, link.right)
        for start, end, words in _passages(link, thresholds):
            verbatim += words
            taken.update(span.sid for span in spans if span.start < end and start < span.end)
    counts = {sid: len(_WORD.findall(right.sentence(sid).text)) for sid in right.sentence_ids()}
    return ReuseMeasures(
        sentences=len(counts),
        words=sum(counts.values()),
        taken_sentences=len(taken),
        taken_words=sum(counts[sid] for sid in taken),
        verbatim_words=verbatim,
        sources=sources,
    )
