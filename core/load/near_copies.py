"""Near copies among several sources: one sentence in two versions (a word changed, a figure updated, a
correction), found before the comparison decides which version stands.

API: ``near_copies(document, thresholds, stop) -> list[tuple[int, ...]]``; ``word_ratio(a, b) -> float``, the
similarity it reads (of two texts' casefolded words, in order), ``words_ratio(a, b)`` the same of two word lists
and ``folded_words(text)`` those words.

Works on the flat sentence indices of a several-source document (``Document.sentence_ids`` order). A sentence
of a later source is a near copy of an earlier source's sentence when their casefolded words, in order, are at
least ``thresholds.near_copy_min`` alike (difflib's ratio ``2M / (a + b)``, ``M`` the words in common) and both
have ``near_copy_words`` words or more; it joins the group of the earlier sentence it is most alike (the
earliest on a tie). Each group is returned with its earliest version first, the others in reading order; a
sentence is in one group at most, and sentences of one source are never grouped together. ``stop`` (the
comparison's budget) ends the search early, with the groups found so far. A document of one source has none.

Only sentences that share rare words are compared (prefix filtering, as in set-similarity joins): with ratio
``r >= t``, at least ``t * a / (2 - t)`` of the ``a`` words of the later sentence are common, so one of its
``needed = a - ceil(t * a / (2 - t)) + 1`` rarest words is in the other, and two of its ``needed + 1`` rarest. An
inverted index of the earlier sources' words gives those candidates; lengths outside
``[a * t / (2 - t), a * (2 - t) / t]`` and pairs whose shared words could not reach the ratio are skipped before
difflib measures it. A word in more than ``near_copy_df_max`` earlier sentences gives no candidates: then a
sentence whose rare words are all that common is not searched (the Bible's formulaic verses; news sources
never have one), which bounds the cost on long sources.

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
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import replace  # noqa: F401  (used by the doctest)

from core.model import Document
from core.options import SourcesThresholds

_WORD = re.compile(r"\w+")


def folded_words(text: str) -> tuple[str, ...]:
    """The words of a text, case-folded: what near copies and repeated sentences are compared by.

    >>> folded_words("The FIRE killed 200.")
    ('the', 'fire', 'killed', '200')
    """
    return tuple(_WORD.findall(text.casefold()))


def words_ratio(a: Sequence[str], b: Sequence[str]) -> float:
    """``2 * common words / (len(a) + len(b))``, in order, 0 to 1, of two word lists (``folded_words``)."""
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def word_ratio(a: str, b: str) -> float:
    """How alike two texts' words are: ``words_ratio`` of their ``folded_words``.

    >>> round(word_ratio("The fire killed 200 people.", "The fire killed 250 people."), 2)
    0.8
    """
    return words_ratio(folded_words(a), folded_words(b))


def near_copies(document: Document, thresholds: SourcesThresholds, stop: Callable[[], bool]) -> list[tuple[int, ...]]:
    """The groups of near copies of a several-source document (see the module docstring)."""
    if len(document.source_list()) <= 1:
        return []
    ids = document.sentence_ids()
    search = _Search([folded_words(document.sentence(sid).text) for sid in ids], thresholds)
    sources = [document.paragraphs[sid.paragraph].source for sid in ids]
    group_of: dict[int, int] = {}  # sentence -> the earliest version of its group
    members: dict[int, list[int]] = defaultdict(list)
    start = 0
    for end in _source_ends(sources):
        for k in range(start, end):
            if k % _POLL == 0 and stop():
                return _groups(members)
            best = search.most_alike(k)
            if best is not None:
                root = group_of.get(best, best)
                group_of[k] = group_of[best] = root
                members[root].append(k)
        search.add(range(start, end))  # a source's sentences join the index once the whole source is searched
        start = end
    return _groups(members)


_POLL = 256  # sentences: how often the search polls ``stop``
_MOST_SHARED = 3  # words: the most rare words a candidate is asked to share (more prune more, but cost lookups)


def _groups(members: dict[int, list[int]]) -> list[tuple[int, ...]]:
    return [(root, *later) for root, later in sorted(members.items())]


def _source_ends(sources: list[int]) -> list[int]:
    """The end of each run of one source's sentences (they follow one another)."""
    return [k + 1 for k in range(len(sources)) if k + 1 == len(sources) or sources[k + 1] != sources[k]]


class _Search:
    """The sentences' words, and an inverted index of the sentences searched so far."""

    def __init__(self, words: list[tuple[str, ...]], thresholds: SourcesThresholds) -> None:
        self.words, self.thresholds = words, thresholds
        self.bags = [frozenset(w) for w in words]
        self.repeats = [len(w) - len(bag) for w, bag in zip(words, self.bags, strict=True)]  # words seen before
        self.index: dict[str, list[int]] = defaultdict(list)  # word -> indexed sentences holding it

    def add(self, sentences: range) -> None:
        for k in sentences:
            if len(self.words[k]) >= self.thresholds.near_copy_words:
                for word in self.bags[k]:
                    self.index[word].append(k)

    def most_alike(self, k: int) -> int | None:
        """The indexed sentence that sentence ``k`` is a near copy of, if any (the earliest on a tie)."""
        size, t = len(self.words[k]), self.thresholds.near_copy_min
        if size < self.thresholds.near_copy_words or not 0.0 < t <= 1.0:
            return None
        best, best_ratio = None, t
        matcher = difflib.SequenceMatcher(None, autojunk=False)
        matcher.set_seq2(self.words[k])
        for candidate in self._candidates(k, size, t):
            total = size + len(self.words[candidate])
            common = len(self.bags[k] & self.bags[candidate]) + min(self.repeats[k], self.repeats[candidate])
            if 2 * common < best_ratio * total:  # even every shared word matched would not reach the best so far
                continue
            matcher.set_seq1(self.words[candidate])
            ratio = matcher.ratio()
            if ratio > best_ratio or (ratio == best_ratio and best is None):
                best, best_ratio = candidate, ratio
        return best

    def _candidates(self, k: int, size: int, t: float) -> list[int]:
        """The indexed sentences of a near copy's length holding ``shared`` of ``k``'s ``needed + shared - 1``
        rarest words: three when it is long enough and none of those words is common, else two, else one of its
        ``needed`` rarest that is not common."""
        rarest = sorted(self.words[k], key=lambda w: (len(self.index.get(w, ())), w))
        needed = size - math.ceil(t * size / (2 - t) - 1e-9) + 1  # words: one of these must be common
        cap = self.thresholds.near_copy_df_max
        lists = [self.index.get(w, ()) for w in rarest[: needed + _MOST_SHARED - 1]]
        for shared in range(_MOST_SHARED, 0, -1):  # of the needed + n - 1 rarest words, n must be common
            prefix = lists[: needed + shared - 1]
            if needed + shared - 1 <= size and all(len(p) <= cap for p in prefix):
                break
        else:
            prefix, shared = [p for p in lists[:needed] if len(p) <= cap], 1
        hits: Counter[int] = Counter()
        for postings in prefix:
            hits.update(postings)
        low, high = size * t / (2 - t), size * (2 - t) / t
        return sorted(c for c, n in hits.items() if n >= shared and low <= len(self.words[c]) <= high)
