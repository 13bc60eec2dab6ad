"""Which article of a reuse pair is the source: one rule for ``reuse``, ``find`` and ``find --reverse``.

API: ``direction(comparison, thresholds=None) -> Direction``, ``Direction``, ``Evidence``,
``DirectionThresholds``, ``is_packaging(text) -> bool``, ``credits_other(crediting, other) -> bool``.

The comparison has one article on the left and one on the right; :func:`direction` says whether the right one is
the source (``swapped``) and by what evidence, the first of these that decides:

1. **dates** (``Evidence.DATES``): both articles dated, on different days: the earlier is the source
   (``core.corpus.dates``).
2. **credit** (``Evidence.CREDIT``): one article credits the other by name ("according to the Harbour Gazette",
   "Read more at the Harbour Gazette", "the Harbour Gazette reported": ``core.engine.credit_phrases``, in its
   body or in the lines its loader set aside), the whole name standing in the other's byline, dateline or short
   set-aside lines (its outlet or author: a run of capitalised words there, "By" or "Copyright" taken off) and
   not in its own: the crediting article is the rewrite. A credit that names someone both texts quote, part of
   a name ("told The Times" for the Harbour Times) or an outlet only the crediting article names decides
   nothing.
3. **containment** (``Evidence.CONTAINMENT``): of each article, the share of its words in sentences linked to
   the other's, counted over its words *without its packaging*: the unlinked sentences that are not about the
   event but about the publication or addressed to its reader (:func:`is_packaging`: a loader's boilerplate
   line, a credit line, "Here is what you need to know ...", "Follow us for more ...", "Tell us what you think
   ..."). A rewrite is the text mostly made of the other's: the article with the share higher by at least
   ``containment_margin`` is the rewrite. Words, not sentences: a rewrite that cuts each long sentence in two,
   or merges two into one, changes the sentence counts but not the words; packaging aside, an aggregator's
   intro and plug lines do not make its rewrite look like the original.
4. **length** (``Evidence.LENGTH``), a tie-break: the article with fewer words (packaging aside) is the rewrite;
   the same length keeps the left as the source.

What the rule cannot tell without dates: a later, longer revision that adds paragraphs to the whole of the
first version holds all of it (the first is the more contained): it is taken as the first version's source.

>>> from core import compare
>>> found = direction(compare("Floods hit the town on Monday. Two people were rescued. Roads were closed.",
...                           "Floods hit the town on Monday. Two people were rescued. Follow us for more news."))
>>> found.swapped, found.evidence.value, round(found.left_contained, 2), found.right_contained
(False, 'containment', 0.77, 1.0)
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

from core.corpus.dates import date_order
from core.engine import Comparison, credit_phrases
from core.load import is_boilerplate
from core.model import Document, SentenceId
from core.text import word_count


class Evidence(enum.StrEnum):
    """What decided a pair's direction (see the module docstring)."""

    DATES = "dates"
    CREDIT = "credit"
    CONTAINMENT = "containment"
    LENGTH = "length"


@dataclass(frozen=True, slots=True)
class DirectionThresholds:
    """When containment decides (see the module docstring)."""

    containment_margin: float = 0.15  # share (0-1) of an article's words: smaller differences are a tie (about one
    # sentence of a short rewrite: one intro line the packaging test misses, one link too many or too few)


@dataclass(frozen=True, slots=True)
class Direction:
    """Whether the comparison's right article is the source, and why."""

    swapped: bool  # the right article is the source (the left one its rewrite)
    evidence: Evidence
    left_contained: float = 0.0  # share of the left's words (packaging aside) in sentences linked to the right's
    right_contained: float = 0.0  # the same of the right's


_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
_READER = re.compile(r"\b(?:you|your|yours|we|us|our)\b", re.IGNORECASE)  # the reader or the publication
_REPORTED = re.compile(r"\b(?:said|says|told|tells|according|added|asked|wrote|writes)\b", re.IGNORECASE)
_ITSELF = re.compile(r"\b(?:this|the full) (?:story|article|post)\b|\bnewsletter\b|\bsubscribe\b", re.IGNORECASE)
IDENTITY_MAX_WORDS = 20  # words: a longer set-aside line is text (a paragraph the loader set aside), not a publisher's
CREDIT_LINE_SHARE = 0.5  # share (0-1) of a line's words in its credit phrase: at least this, a credit line


def is_packaging(text: str) -> bool:
    """Whether a line is about the publication or addressed to the reader rather than about the event: a
    loader's boilerplate line, a credit line, or a line outside quotation marks saying "you", "we", "our"
    (not as reported speech), "this story", "newsletter" or "subscribe".

    >>> [is_packaging(s) for s in ["Tell us what you think.", "Source: the Ledger.", "Roads were closed.",
    ...                            "“We were lucky,” she said.", "Our city deserves better, he said."]]
    [True, True, False, False, False]
    """
    if is_boilerplate(text):
        return True
    phrases = credit_phrases([text])
    if phrases and word_count(phrases[0]) >= CREDIT_LINE_SHARE * word_count(text):
        return True
    unquoted = _QUOTED.sub(" ", text)
    if _ITSELF.search(unquoted):
        return True
    return bool(_READER.search(unquoted)) and not _REPORTED.search(unquoted)


_SENTENCE_END = re.compile(r"[.!?]\s")
_RUN = re.compile(r"[A-Z][\w&'’-]*(?:\s+(?:(?:of|the|and|&|de|la|del|della|du|des|der|von|van)\s+)?[A-Z][\w&'’-]*)*")
_LEADING = frozenset(  # words that open a run of capitals without being part of the name after them
    "The As According Source Via Read More Full Story Original Originally First Reported Told Citing Courtesy This "
    "Writing Article Report By Copyright Sign Follow Get Listen Support Have Contact Subscribe Join".split()
)


def _names(text: str) -> frozenset[tuple[str, ...]]:
    """The names of a text: its runs of capitalised words ("Harbour Gazette", "Marta Quint"), the words that open
    a credit, a byline or a plug ("According", "By", "Copyright", "The") taken off their front, in lower case."""
    names = set()
    for run in _RUN.findall(text):
        words = run.split()
        while words and words[0] in _LEADING:
            words = words[1:]
        if words:
            names.add(tuple(word.casefold().strip("'’") for word in words))
    return frozenset(names)


def _identity(document: Document) -> frozenset[tuple[str, ...]]:
    """The names in the lines that say who published a document: byline, dateline and short set-aside lines (a
    copyright line, an outlet's plug: up to ``IDENTITY_MAX_WORDS``), a set-aside credit line apart (it names
    another)."""
    lines = [document.byline, document.dateline]
    lines.extend(line for line in document.boilerplate
                 if word_count(line) <= IDENTITY_MAX_WORDS and not credit_phrases([line]))  # fmt: skip
    return frozenset(name for line in lines for name in _names(line))


def credits_other(crediting: Document, other: Document) -> bool:
    """Whether ``crediting`` credits ``other`` by a name of its outlet or author (see the module docstring): a
    whole name of the other's publisher lines ("told The Times" does not name the Harbour Times)."""
    own, theirs = _identity(crediting), _identity(other)
    texts = [crediting.standfirst, *(paragraph.text for paragraph in crediting.paragraphs), *crediting.boilerplate]
    for phrase in credit_phrases(texts):
        named = _names(_SENTENCE_END.split(phrase)[0])  # "the Observer. Work ...": the Observer
        if any(name in theirs and name not in own for name in named):
            return True
    return False


def _contained(document: Document, linked: set[SentenceId]) -> tuple[float, int]:
    """The share of the document's words (packaging aside) in linked sentences, and those words."""
    taken = counted = 0
    for p, paragraph in enumerate(document.paragraphs):
        for s, sentence in enumerate(paragraph.sentences):
            words = word_count(sentence.text)
            if SentenceId(p, s) in linked:
                taken += words
            elif is_packaging(sentence.text):
                continue
            counted += words
    return (taken / counted if counted else 0.0), counted


def direction(comparison: Comparison, thresholds: DirectionThresholds | None = None) -> Direction:
    """The direction of a compared pair (see the module docstring)."""
    thresholds = thresholds or DirectionThresholds()
    left, right = comparison.left, comparison.right
    order = date_order(left.date, right.date)
    if order:
        return Direction(order > 0, Evidence.DATES)
    left_credits, right_credits = credits_other(left, right), credits_other(right, left)
    if left_credits != right_credits:
        return Direction(left_credits, Evidence.CREDIT)
    on_left = {sid for link in comparison.links for sid in link.left}
    on_right = {sid for link in comparison.links for sid in link.right}
    (left_share, left_words), (right_share, right_words) = _contained(left, on_left), _contained(right, on_right)
    if abs(left_share - right_share) >= thresholds.containment_margin:
        return Direction(left_share > right_share, Evidence.CONTAINMENT, left_share, right_share)
    return Direction(left_words < right_words, Evidence.LENGTH, left_share, right_share)
