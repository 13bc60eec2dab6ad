"""How much of the rewrite is the source's: the measured quantities the verdict is decided from.

API: ``measure_reuse(right, links, thresholds=VerdictThresholds(), sources=1) -> ReuseMeasures`` (``sources``:
how many sources the left holds, for the wording of the verdict's reason).

Words are the white-space separated pieces of the text (splitting is several times faster than a word regex,
and counts the same words but for a lone dash). A *passage* is an unchanged stretch of a link's word diff (an
``equal`` op) of at least ``thresholds.passage_words`` words, of which at least
``thresholds.passage_content_words`` are ordinary content words: distinct words that are not function words,
not names (capitalised words) and not figures. So "Prime Minister Boris Johnson" or "on 12 May" shared by two
independent reports of one event is no passage, while "the bridge was closed to traffic" is. When the diff
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
from core.text.terms import STOP_WORDS

_DIGITS = re.compile(r"\d+")  # a run of digits (one 0 in a text's shape)
_PUNCTUATION = string.punctuation + "“”‘’«»„‚–—…"  # stripped from a word's ends before it is judged content


def _content_words(words: list[str]) -> int:
    """Distinct ordinary content words: lower-case, alphabetic, not function words (names and figures are not)."""
    bare = {word.strip(_PUNCTUATION) for word in words}.difference(STOP_WORDS)
    return sum(1 for word in bare if word.isalpha() and word.islower())


def _content_count(text: str, counted: dict[str, int]) -> int:
    """``_content_words`` of a text's words, through ``counted``, which holds it by the text's *shape*: each run
    of digits made one 0. A word with a digit is never a content word and every other word is unchanged, so texts
    of one shape have the same count ("Line 7 of the list.", "Line 18 of the list."): a numbered list is counted
    once.

    >>> counted = {}
    >>> _content_count("Line 7 of 2 lists.", counted), _content_count("Line 18 of 30 lists.", counted)
    (1, 1)
    >>> counted
    {'Line 0 of 0 lists.': 1}
    """
    shape = _DIGITS.sub("0", text)
    if shape == text:  # no digit but 0s: nothing to share
        return _content_words(text.split())
    count = counted.get(shape)
    if count is None:
        count = counted[shape] = _content_words(shape.split())
    return count


def _passages(link: Link, thresholds: VerdictThresholds, counted: dict[str, int]) -> list[tuple[int, int, int]]:
    """(start, end, words) in the link's right text of each passage (``counted``: see ``_content_count``)."""
    found = []
    for op in link.diff:
        if op.op is not OpKind.EQUAL:
            continue
        words = op.right.split()
        if len(words) < thresholds.passage_words:
            continue
        wanted = thresholds.passage_content_words
        if _content_count(op.right, counted) >= wanted or (
            op.left != op.right and _content_count(op.left, counted) >= wanted
        ):
            found.append((op.right_start, op.right_start + len(op.right), len(words)))
    return found


def _taken_in(right: Document, link: Link, passages: list[tuple[int, int, int]]) -> list[SentenceId]:
    """The right sentences of a link that a passage overlaps (offsets: sentences joined by one space)."""
    if len(link.right) == 1:
        return list(link.right)
    taken, start = [], 0
    for sid in link.right:
        end = start + len(right.sentence(sid).text)
        if any(start < b and a < end for a, b, _ in passages):
            taken.append(sid)
        start = end + 1
    return taken


def measure_reuse(
    right: Document, links: Sequence[Link], thresholds: VerdictThresholds | None = None, sources: int = 1
) -> ReuseMeasures:
    """The quantities of reuse of the rewrite ``right`` under ``links`` (see the module docstring)."""
    thresholds = thresholds or VerdictThresholds()
    taken: set[SentenceId] = set()
    verbatim = 0
    counted: dict[str, int] = {}
    for link in links:
        passages = _passages(link, thresholds, counted)
        if passages:
            verbatim += sum(words for _, _, words in passages)
            taken.update(_taken_in(right, link, passages))
    return ReuseMeasures(
        sentences=sum(len(paragraph.sentences) for paragraph in right.paragraphs),
        words=sum(len(paragraph.text.split()) for paragraph in right.paragraphs),
        taken_sentences=len(taken),
        taken_words=sum(len(right.sentence(sid).text.split()) for sid in taken),
        verbatim_words=verbatim,
        sources=sources,
    )
