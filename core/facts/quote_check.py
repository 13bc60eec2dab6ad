"""Checking quotes: is each quote of the rewrite in the original, and which quotes of the original survive?

API: ``check_quotes(left, right) -> tuple[QuoteFinding, ...]``.

A right quote is ``verbatim`` when its words (case, punctuation, quote marks and [insertions] ignored) stand in
one left quote; ``trimmed`` when its pieces around an ellipsis stand there in order; ``altered`` when it is a
near match (``ALTERED_MIN`` of its words found in order in one left quote) whose wording differs, with the word
diff; else ``unsupported``: nobody in the original said it, in quotation marks. A left quote is ``kept`` when
some right quote matches it, else ``dropped``. Candidates come from an index of the left quotes' words, so the
check stays fast on long texts.
"""

from __future__ import annotations

import difflib
import enum
from collections import Counter, defaultdict
from dataclasses import dataclass

from core.diff.worddiff import word_diff
from core.facts.quotes import Quote, extract_quotes, quote_key
from core.model import DiffOp, Document, SentenceId, Side
from core.options import CompareOptions

ALTERED_MIN = 0.6  # share of a right quote's words that must match a left quote, in order, for "altered"
CANDIDATES = 6  # left quotes checked per right quote, chosen by shared words


class QuoteStatus(enum.StrEnum):
    """What became of a quote."""

    VERBATIM = "verbatim"
    TRIMMED = "trimmed"
    ALTERED = "altered"
    UNSUPPORTED = "unsupported"
    KEPT = "kept"
    DROPPED = "dropped"


@dataclass(frozen=True, slots=True)
class QuoteFinding:
    """A quote of one side, its status, the quote it matched on the other side, and for altered ones the diff."""

    side: Side
    text: str
    status: QuoteStatus
    speaker: str
    at: SentenceId
    span: tuple[int, int]  # half-open character offsets of the quote's words in the sentence at ``at``
    match: str = ""
    diff: tuple[DiffOp, ...] = ()


def _contains(haystack: str, needle: str) -> bool:
    return f" {needle} " in f" {haystack} "


def _status(key: str, left_key: str) -> QuoteStatus | None:
    if not key.replace("|", "").strip():
        return None
    if "|" not in key and _contains(left_key, key):
        return QuoteStatus.VERBATIM
    pieces = [piece.strip() for piece in key.split("|") if piece.strip()]
    position = 0
    flat = f" {left_key.replace(' | ', ' ')} "
    for piece in pieces:
        found = flat.find(f" {piece} ", position)
        if found < 0:
            break
        position = found + len(piece) + 1
    else:
        return QuoteStatus.VERBATIM if len(pieces) == 1 else QuoteStatus.TRIMMED
    words, left_words = key.replace("|", " ").split(), left_key.replace("|", " ").split()
    if len(words) < 3:
        return None
    matcher = difflib.SequenceMatcher(None, words, left_words, autojunk=False)
    matched = sum(block.size for block in matcher.get_matching_blocks())
    return QuoteStatus.ALTERED if matched >= ALTERED_MIN * len(words) else None


_RANK = {QuoteStatus.VERBATIM: 0, QuoteStatus.TRIMMED: 1, QuoteStatus.ALTERED: 2}


def _candidates(key: str, index: dict[str, list[int]]) -> list[int]:
    shared: Counter[int] = Counter()
    for word in set(key.replace("|", " ").split()):
        for k in index.get(word, ()):
            shared[k] += 1
    return [k for k, _ in shared.most_common(CANDIDATES)]


def check_quotes(left: Document, right: Document) -> tuple[QuoteFinding, ...]:
    """Quote findings of both sides: right quotes first, then left quotes (see the module docstring)."""
    left_quotes, right_quotes = extract_quotes(left), extract_quotes(right)
    left_keys = [quote_key(q.text) for q in left_quotes]
    index: dict[str, list[int]] = defaultdict(list)
    for k, key in enumerate(left_keys):
        for word in set(key.replace("|", " ").split()):
            index[word].append(k)
    kept: set[int] = set()
    findings = []
    for quote in right_quotes:
        key = quote_key(quote.text)
        matches = [
            (_RANK[status], k, status) for k in _candidates(key, index) if (status := _status(key, left_keys[k]))
        ]
        best = min(matches, default=None)
        findings.append(_right_finding(right, quote, None if best is None else (left_quotes[best[1]], best[2])))
        if best is not None:
            kept.add(best[1])
    for k, quote in enumerate(left_quotes):
        status = QuoteStatus.KEPT if k in kept else QuoteStatus.DROPPED
        findings.append(QuoteFinding(Side.LEFT, quote.text, status, quote.speaker, quote.at, _span(left, quote)))
    return tuple(findings)


def _span(document: Document, quote: Quote) -> tuple[int, int]:
    """Where the quote's words stand in its sentence (a quote running on past the sentence is cut at its end)."""
    sentence = document.sentence(quote.at)
    start = max(0, quote.start - sentence.start)
    return start, min(len(sentence.text), start + len(quote.text))


def _right_finding(right: Document, quote: Quote, best: tuple[Quote, QuoteStatus] | None) -> QuoteFinding:
    span = _span(right, quote)
    if best is None:
        return QuoteFinding(Side.RIGHT, quote.text, QuoteStatus.UNSUPPORTED, quote.speaker, quote.at, span)
    source, status = best
    diff = word_diff(source.text, quote.text, CompareOptions()) if status is QuoteStatus.ALTERED else ()
    return QuoteFinding(Side.RIGHT, quote.text, status, quote.speaker, quote.at, span, source.text, diff)
