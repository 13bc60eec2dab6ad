"""Near copies among several sources: one sentence in two versions (a word changed, a figure updated, a
correction), found before the comparison decides which version stands.

API: ``near_copies(document, thresholds, stop) -> list[tuple[int, ...]]``; ``word_ratio(a, b) -> float``, the
similarity it reads (of two texts' casefolded words, in order).

Works on the flat sentence indices of a several-source document (``Document.sentence_ids`` order). A sentence
of a later source is a near copy of an earlier source's sentence when their casefolded words, in order, are at
least ``thresholds.near_copy_min`` alike (difflib's ratio ``2M / (a + b)``, ``M`` the words in common) and both
have ``near_copy_words`` words or more; it joins the group of the earlier sentence it is most alike (the
earliest on a tie). Each group is returned with its earliest version first, the others in reading order; a
sentence is in one group at most, and sentences of one source are never grouped together. ``stop`` (the
comparison's budget) ends the search early, with the groups found so far. A document of one source has none.

Only sentences that share a rare word are compared: with ratio ``r >= t``, ``M >= t * a / (2 - t)`` of the
``a`` words of the later sentence are common, so one of its ``a - ceil(t * a / (2 - t)) + 1`` rarest words must
be in the other; an inverted index of words gives those candidates, and lengths outside
``[a * t / (2 - t), a * (2 - t) / t]`` are skipped.

>>> from core.text.paragraphs import document_from_paragraphs
>>> from core.model import Source
>>> doc = document_from_paragraphs(["The fire killed 200 people on Tuesday. Roads closed.",
...                                 "The fire killed 250 people on Tuesday."])
>>> doc = Document(doc.name, "", (doc.paragraphs[0], replace(doc.paragraphs[1], source=1)),
...                sources=(Source("take1"), Source("correction")))
>>> near_copies(doc, SourcesThresholds(), lambda: False)
[(0, 2)]
"""

from __future__ import annotations

import difflib
import math
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import replace  # noqa: F401  (used by the doctest)

from core.model import Document
from core.options import SourcesThresholds

_WORD = re.compile(r"\w+")


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def word_ratio(a: str, b: str) -> float:
    """How alike two texts' words are: ``2 * common words / (words of a + words of b)``, in order, 0 to 1.

    >>> round(word_ratio("The fire killed 200 people.", "The fire killed 250 people."), 2)
    0.8
    """
    return difflib.SequenceMatcher(None, _words(a), _words(b), autojunk=False).ratio()


def near_copies(document: Document, thresholds: SourcesThresholds, stop: Callable[[], bool]) -> list[tuple[int, ...]]:
    """The groups of near copies of a several-source document (see the module docstring)."""
    if len(document.source_list()) <= 1:
        return []
    ids = document.sentence_ids()
    words = [_words(document.sentence(sid).text) for sid in ids]
    sources = [document.paragraphs[sid.paragraph].source for sid in ids]
    index: dict[str, list[int]] = defaultdict(list)  # word -> earlier sources' sentences holding it
    group_of: dict[int, int] = {}  # sentence -> the earliest version of its group
    members: dict[int, list[int]] = defaultdict(list)
    start = 0
    for end in _source_ends(sources):
        if stop():
            break
        for k in range(start, end):
            best = _most_alike(k, words, index, thresholds)
            if best is not None:
                root = group_of.get(best, best)
                group_of[k] = group_of[best] = root
                members[root].append(k)
        for k in range(start, end):  # a source's sentences join the index once the whole source is searched
            if len(words[k]) >= thresholds.near_copy_words:
                for word in set(words[k]):
                    index[word].append(k)
        start = end
    return [(root, *later) for root, later in sorted(members.items())]


def _source_ends(sources: list[int]) -> list[int]:
    """The end of each run of one source's sentences (they follow one another)."""
    return [k + 1 for k in range(len(sources)) if k + 1 == len(sources) or sources[k + 1] != sources[k]]


def _most_alike(
    k: int, words: list[list[str]], index: dict[str, list[int]], thresholds: SourcesThresholds
) -> int | None:
    """The earlier sentence that sentence ``k`` is a near copy of, if any."""
    mine = words[k]
    size, t = len(mine), thresholds.near_copy_min
    if size < thresholds.near_copy_words or not 0.0 < t <= 1.0:
        return None
    rarest = sorted(mine, key=lambda w: (len(index.get(w, ())), w))
    needed = size - math.ceil(t * size / (2 - t) - 1e-9) + 1  # words: one of these must be common
    low, high = size * t / (2 - t), size * (2 - t) / t
    candidates = sorted({c for w in rarest[:needed] for c in index.get(w, ()) if low <= len(words[c]) <= high})
    best, best_ratio = None, t
    matcher = difflib.SequenceMatcher(None, autojunk=False)
    matcher.set_seq2(mine)
    for candidate in candidates:
        matcher.set_seq1(words[candidate])
        if matcher.real_quick_ratio() >= best_ratio and matcher.quick_ratio() >= best_ratio:
            ratio = matcher.ratio()
            if ratio > best_ratio or (ratio == best_ratio and best is None):
                best, best_ratio = candidate, ratio
    return best
