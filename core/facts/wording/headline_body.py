"""A headline's wording that the other article's body states: no change of what the article claims.

API: ``stated_in_body(changes, titles, documents, days_apart=None, limits=HEADLINE_BODY) -> tuple[Change, ...]``;
``HeadlineBodyLimits``.

A rewrite often puts in its headline what the original's body says: "Storm hits coast" over "... left 300 homes
without power", rewritten "Storm leaves 300 homes without power". Compared headline to headline, the rewrite
added a negation ("without power"), and would add a name, a hedge or an attribution the same way; yet the
original tells the reader all of it. A change between the two headlines is left out when the other article's
body states its words: for a change with words in the rewrite's headline (added or changed), a sentence of the
original's body (or its standfirst) compared with the rewrite's headline by the same wording checks
(``detect.substantive_changes``) leaves none of those words flagged with a change of that kind; for one with
words in the original's headline only (dropped), the rewrite's body against the original's headline, save an
attribution or a hedge dropped (the rewrite's headline then claims more, whatever its body says: "..., Seoul
says" / "...") and a negation whose word the rewrite's headline keeps ("will not resign" / "to resign"). Only
sentences related to the headline are compared (``core.facts.figure_headlines`` does the same for figures): two
content words in common (four letters or more, not stop words nor reporting verbs), the first
``HeadlineBodyLimits.sentences`` of them in reading order; and a negation is stated only by a sentence that
negates the same word ("without power": "power"; "did not spare ..., the power failed" states none). A change
is kept when any of its words is not stated so.

>>> from core.facts.wording.kinds import Change, ChangeKind
>>> from core.model import Document
>>> from core.text.paragraphs import document_from_paragraphs
>>> body = document_from_paragraphs(["The storm left 300 homes without power on the coast."])
>>> change = Change(ChangeKind.NEGATION, "", "without", "negation added", (), ((23, 30),))
>>> stated_in_body((change,), ("Storm hits coast", "Storm leaves 300 homes without power"), (body, body))
()
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from core.diff import word_diff
from core.facts.wording.detect import substantive_changes
from core.facts.wording.kinds import Change, ChangeKind, Span
from core.facts.wording.scan import scan
from core.model import Document
from core.options import CompareOptions
from core.text.terms import STOP_WORDS, term_key


@dataclass(frozen=True)
class HeadlineBodyLimits:
    sentences: int = 40  # sentences of the other body (related to the headline) compared with it, at most
    shared: int = 2  # content words a body sentence shares with the headline to be compared with it


HEADLINE_BODY = HeadlineBodyLimits()
_WORD = re.compile(r"[^\W\d_]{4,}")
_ANY_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_REPORTING = frozenset(
    "said says told tells telling added adds stated claimed claims reported according announced confirmed".split()
)  # as ``figure_headlines``: "officials said" alone relates no sentence to a headline


def _content(text: str) -> frozenset[str]:
    return frozenset(_WORD.findall(text.lower())) - STOP_WORDS - _REPORTING


def _related(title: str, document: Document, limits: HeadlineBodyLimits) -> list[str]:
    """The standfirst and body sentences of ``document`` sharing ``limits.shared`` content words with ``title``."""
    words, found = _content(title), []
    texts = [document.standfirst] if document.standfirst.strip() else []
    texts.extend(s.text for paragraph in document.paragraphs for s in paragraph.sentences)
    for text in texts:
        if len(words & _content(text)) >= limits.shared:
            found.append(text)
            if len(found) >= limits.sentences:
                break
    return found


def _negated(title: str, span: Span) -> str:
    """The key of the first content word after a negator of ``title`` ("without power": "power"), or ""."""
    for match in _ANY_WORD.finditer(title, span[1]):
        low = match.group().lower()
        if low not in STOP_WORDS:
            return term_key(low)
    return ""


def _negated_words(text: str) -> set[str]:
    """The keys of the words the negators of ``text`` negate ("did not spare the harbour": "spare")."""
    return {_negated(text, (item.start, item.end)) for item in scan(text).negators}


def _flagged(kind: ChangeKind, title: str, side: int, sentence: str, days_apart: int | None) -> list[Span]:
    """The spans of ``title`` that the wording checks flag with a change of ``kind`` against ``sentence`` of the
    other body (``side``: which article the headline is of, 0 the original)."""
    pair = (title, sentence) if side == 0 else (sentence, title)
    changes = substantive_changes(*pair, word_diff(*pair, CompareOptions()), days_apart)
    return [s for c in changes if c.kind is kind for s in (c.left_spans if side == 0 else c.right_spans)]


def _stated(change: Change, title: str, side: int, sentences: list[str], days_apart: int | None) -> bool:
    """Whether every word of ``change`` in ``title`` is stated by one of ``sentences`` (module docstring)."""
    spans = change.right_spans if side else change.left_spans
    for span in spans:
        negated = _negated(title, span) if change.kind is ChangeKind.NEGATION else ""
        candidates = [s for s in sentences if not negated or negated in _negated_words(s)]
        if not any(
            not any(a < span[1] and span[0] < b for a, b in _flagged(change.kind, title, side, s, days_apart))
            for s in candidates
        ):
            return False
    return bool(spans)


_CLAIMS_MORE = frozenset({ChangeKind.ATTRIBUTION, ChangeKind.HEDGE})  # dropped from a headline: it claims more


def _flipped(change: Change, titles: tuple[str, str]) -> bool:
    """Whether a negation dropped from the original's headline leaves the word it negated in the rewrite's
    ("will not resign" / "to resign": the claim turned over, whatever the body says)."""
    if change.kind is not ChangeKind.NEGATION:
        return False
    words = {term_key(word) for word in _ANY_WORD.findall(titles[1].lower())}
    return any(_negated(titles[0], span) in words for span in change.left_spans)


def stated_in_body(
    changes: Sequence[Change],
    titles: tuple[str, str],
    documents: tuple[Document, Document],
    days_apart: int | None = None,
    limits: HeadlineBodyLimits = HEADLINE_BODY,
) -> tuple[Change, ...]:
    """The changes between the two headlines ``titles`` that the other article's body does not state (module
    docstring); ``documents`` are the original and the rewrite."""
    related: dict[int, list[str]] = {}
    kept = []
    for change in changes:
        side = 1 if change.right_spans else 0  # the headline whose words are checked
        if side == 0 and (change.kind in _CLAIMS_MORE or _flipped(change, titles)):
            kept.append(change)
            continue
        if side not in related:
            related[side] = _related(titles[side], documents[1 - side], limits)
        if not related[side] or not _stated(change, titles[side], side, related[side], days_apart):
            kept.append(change)
    return tuple(kept)
