"""Claims a split sentence left without their attribution: "Network Rail said the line was flooded near Dawlish,
and that trains would not run before Friday." / "The line was flooded near Dawlish. Trains would not run before
Friday, it said.": the rewrite attributes the second claim (to "it", Network Rail) and no longer the first.

API: ``unattributed_parts(left, right, links, result) -> dict[int, tuple[Change, ...]]``: ``result`` (the changes
of each link, by link index) with an attribution dropped added to each link of a split sentence that restates a
claim of an attributed original sentence in a sentence of the rewrite with no reporting verb of its own, while
the rewrite still attributes another part of that sentence (in another sentence of the link, or in another link
of the same original sentence: otherwise the link's own attribution check reports the drop). A link of a split
is one with several rewrite sentences, or whose original sentence has another link (``Link.reused``).

What a reporting verb attributes (its scope, in its own sentence): the claim after it when one follows it
("Network Rail said the line ...", "police said on Monday that ...": from the verb to the sentence's end), else
the claim before it ("..., officials said.", "..., police said, adding ...", "..., said the mayor.": from the
sentence's start to the verb). A rewrite sentence restates the original's text that its diff keeps equal; it
lost its attribution when at least ``MIN_RESTATED`` letters of it are kept and most of them lie in a verb's scope.
"The road closed on Monday, and police said the driver fled." / "The road closed on Monday. Police said the
driver fled." drops nothing: the road's closing was never attributed. A rewrite sentence with a quote in it is
left alone (a quote's speaker is the quote check's). A link with an attribution change already keeps its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.facts.wording import lexicon as lx
from core.facts.wording.items import Item, Scan
from core.facts.wording.kinds import RANK, Change, ChangeKind, Span
from core.facts.wording.scan import scan
from core.facts.wording.shown import reports_shown
from core.model import Document, Link, LinkKind, OpKind, SentenceId, link_text

MIN_RESTATED = 12  # letters: the least of the original a rewrite sentence keeps to restate one of its claims
CLAIM_SHOWN = 60  # characters: the most of the unattributed sentence a note quotes
_WORD = re.compile(r"[a-z]+")
_QUOTES = '“”"'
_ATTRIBUTION = ChangeKind.ATTRIBUTION


def _reports(text: str) -> bool:
    """Whether a text holds a word that may start a reporting item (a cheap test before its scan)."""
    return not lx.REPORT_TRIGGERS.isdisjoint(_WORD.findall(text.lower()))


def _bounds(document: Document, ids: Sequence[SentenceId]) -> list[Span]:
    """The spans of a link's sentences in its text (``link_text``: joined by one space)."""
    spans, at = [], 0
    for sid in ids:
        length = len(document.sentence(sid).text)
        spans.append((at, at + length))
        at += length + 1
    return spans


def _scope(text: str, item: Item, sentence: Span) -> Span:
    """The span of ``text`` (within ``sentence``) whose claim a reporting item attributes (the module docstring)."""
    after = text[item.end : sentence[1]]
    before = text[sentence[0] : item.start].rstrip(" ")
    follows = not after.strip() or after[:1] in ",.;:!?" or before.endswith((",", "”", '"'))
    return (sentence[0], item.end) if follows else (item.start, sentence[1])


def _restated(link: Link, span: Span) -> list[Span]:
    """The spans of the link's original text that its diff keeps equal inside ``span`` of its rewrite's text."""
    kept = []
    for op in link.diff:
        if op.op is OpKind.EQUAL:
            start, end = max(span[0], op.right_start), min(span[1], op.right_start + len(op.right))
            if start < end:
                kept.append((op.left_start + start - op.right_start, op.left_start + end - op.right_start))
    return kept


def _letters(text: str, spans: Sequence[Span]) -> int:
    return sum(sum(c.isalpha() for c in text[a:b]) for a, b in spans)


def _in_scope(text: str, kept: list[Span], scope: Span) -> int:
    """The letters of the ``kept`` spans of ``text`` that lie inside ``scope``."""
    return _letters(text, [(max(a, scope[0]), min(b, scope[1])) for a, b in kept])


def _dropped(documents: tuple[Document, Document], link: Link, attributed_elsewhere: bool) -> Change | None:
    """An attribution dropped from a claim of the link's split sentence, or None (the module docstring)."""
    texts = link_text(documents[0], link.left), link_text(documents[1], link.right)
    if not _reports(texts[0]):
        return None
    left = scan(texts[0])
    if not left.reporting:
        return None
    right = scan(texts[1]) if _reports(texts[1]) else None
    bounds = _bounds(documents[1], link.right)
    held = [right is not None and any(a <= i.start < b for i in right.reporting) for a, b in bounds]
    if not (attributed_elsewhere or any(held)):
        return None
    sentences = _bounds(documents[0], link.left)
    for (a, b), attributed in zip(bounds, held, strict=True):
        kept = _restated(link, (a, b))
        if attributed or any(q in texts[1][a:b] for q in _QUOTES) or _letters(texts[0], kept) < MIN_RESTATED:
            continue
        for item in left.reporting:
            sentence = next((s for s in sentences if s[0] <= item.start < s[1]), sentences[-1])
            if 2 * _in_scope(texts[0], kept, _scope(texts[0], item, sentence)) > _letters(texts[0], kept):
                return _change(left, item, texts[1][a:b])
    return None


def _change(left: Scan, item: Item, claim: str) -> Change:
    """The attribution dropped from ``claim`` (a rewrite sentence), the original's reporting ``item`` its words."""
    shown = claim if len(claim) <= CLAIM_SHOWN else claim[: CLAIM_SHOWN - 1].rstrip() + "…"
    note = (f"attribution dropped: {reports_shown(left, [item])} (no longer attributed: “{shown}”; the rewrite "
            "attributes another part of the sentence)")  # fmt: skip
    return Change(_ATTRIBUTION, item.text, "", note, ((item.start, item.end),), ())


def _attributed(right: Document, link: Link) -> bool:
    """Whether a link's rewrite text holds a reporting item."""
    text = link_text(right, link.right)
    return _reports(text) and bool(scan(text).reporting)


def unattributed_parts(
    left: Document, right: Document, links: Sequence[Link], result: dict[int, tuple[Change, ...]]
) -> dict[int, tuple[Change, ...]]:
    """``result`` with the attributions dropped from the claims of split sentences (the module docstring)."""
    owners: dict[SentenceId, list[int]] = {}
    if any(link.reused for link in links):
        for k, link in enumerate(links):
            for sid in link.left:
                owners.setdefault(sid, []).append(k)
    for k, link in enumerate(links):
        siblings = sorted({j for sid in link.left for j in owners.get(sid, ()) if j != k})
        if (len(link.right) < 2 and not siblings) or link.kind is LinkKind.IDENTICAL or not link.left:
            continue
        if any(change.kind is _ATTRIBUTION for change in result.get(k, ())):
            continue  # the link's own attribution check reported it
        elsewhere = any(_attributed(right, links[j]) for j in siblings)
        change = _dropped((left, right), link, elsewhere)
        if change is not None:
            result[k] = tuple(sorted((*result.get(k, ()), change), key=lambda c: RANK[c.kind]))
    return result
