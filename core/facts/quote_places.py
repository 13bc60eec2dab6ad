"""Where a quote stands when it spans sentences: its words in each sentence (``pieces_of``), and the sentence
whose words the rewrite changed, where its finding belongs (``placed``: ``QuoteFinding.focus``).

API: ``pieces_of(document, quote) -> tuple[(SentenceId, start, end), ...]``, ``placed(finding, document) ->
QuoteFinding``.

A quote of two sentences whose rewrite changes only the second ("“A. B c,” she said." / "“A. B,” she said.") is
marked over both, and its finding goes with the second sentence's link: the words that changed are there, and that
link's own diff (the word struck out) is then no cosmetic rewording.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from operator import attrgetter

from core.facts.quote_model import QuoteFinding
from core.facts.quotes import Quote
from core.model import Document, OpKind, SentenceId, Side


def pieces_of(document: Document, quote: Quote) -> tuple[tuple[SentenceId, int, int], ...]:
    """The quote's words in each sentence it spans: (sentence, start, end) in sentence offsets, reading order."""
    pieces = []
    for p, start, end in quote.parts or ((quote.paragraph, quote.start, quote.start + len(quote.text)),):
        sentences = document.paragraphs[p].sentences
        s = bisect_right(sentences, start, key=_END)  # the first sentence ending after the quote starts
        while s < len(sentences) and sentences[s].start < end:
            sentence = sentences[s]
            a, b = max(start, sentence.start) - sentence.start, min(end, sentence.end) - sentence.start
            pieces.append((SentenceId(p, s), a, b))
            s += 1
    return tuple(pieces)


_END = attrgetter("end")


def placed(finding: QuoteFinding, document: Document) -> QuoteFinding:
    """A finding of a quote over several sentences with ``focus``, the sentence of the first words the rewrite
    changed (the first edit of an altered quote's diff, a kept quote's words cut off or unquoted), when that is not
    the sentence the quote starts in: "“A. B c,” she said." / "“A. B,” she said." belongs with the second."""
    if len(finding.pieces) < 2:
        return finding
    words = finding.shortened or finding.unquoted
    first = next((op.right_start for op in finding.diff if op.op is not OpKind.EQUAL), -1) if finding.diff else -1
    offset = finding.text.find(words) if words and finding.side is Side.LEFT else first
    if offset < 0:
        return finding
    home, cursor = finding.at, 0
    for sid, start, end in finding.pieces:
        at = finding.text.find(document.sentence(sid).text[start:end], cursor)
        if at < 0 or at > offset:
            break
        home, cursor = sid, at
    return replace(finding, focus=home) if home != finding.at else finding
