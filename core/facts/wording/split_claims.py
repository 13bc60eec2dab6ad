"""Claims a split sentence left without their attribution: "Network Rail said the line was flooded near Dawlish,
and that trains would not run before Friday." / "The line was flooded near Dawlish. Trains would not run before
Friday, it said.": the rewrite attributes the second claim (to "it", Network Rail) and no longer the first.

API: ``unattributed_parts(left, right, links, result) -> dict[int, tuple[Change, ...]]``: ``result`` (the changes
of each link, by link index) with an attribution dropped added to each link of a split sentence that restates a
claim of an attributed original sentence in a sentence of the rewrite with no reporting verb of its own, while
the rewrite still attributes another part of that sentence (in another sentence of the link, or in another link
of the same original sentence: otherwise the link's own attribution check reports the drop). A link of a split
is one with several rewrite sentences, or whose original sentence has another link (``Link.reused``).

What a reporting verb attributes (its scope, within the clauses around it: a semicolon, a colon or a sentence
end the splitter missed closes them): the claim before it when it trails ("..., officials said.", "..., Devon
and Cornwall Police said, adding", "..., said the mayor.", "..., according to Byers."), else the claim after
it ("Network Rail said the line ...", "police said on Monday that ...", "and said, ..."). A rewrite sentence
restates the original's text that its diff keeps equal; it lost its attribution when at least ``MIN_RESTATED``
letters of it are kept and most of them lie in a verb's scope. "The road closed on Monday, and police said the
driver fled." / "The road closed on Monday. Police said the driver fled." drops nothing: the road's closing
was never attributed. A rewrite sentence with a quote mark in it, or inside a quote opened before it, is left
alone (a quote's speaker is the quote check's). A link with an attribution change already keeps its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache, partial

from core.facts.wording import lexicon as lx
from core.facts.wording.items import Item, Scan
from core.facts.wording.kinds import RANK, Change, ChangeKind, Span
from core.facts.wording.scan import scan
from core.facts.wording.shown import reports_shown
from core.model import Document, Link, LinkKind, OpKind, SentenceId, link_text

MIN_RESTATED = 12  # letters: the least of the original a rewrite sentence keeps to restate one of its claims
CLAIM_SHOWN = 60  # characters: the most of the unattributed sentence a note quotes
_WORD = re.compile(r"[a-z]+")
_LETTER = re.compile(r"[^\W\d_]")
SPEAKER_WORDS = 6  # words: the most a trailing attribution's speaker takes ("the chief executive of the trust")
_BOUNDARY = re.compile(r"[;:]|[.!?](?=\s*[A-Z“\"‘])")  # what closes a reporting verb's clauses in its sentence
_CONJUNCTIONS = frozenset("and but for then so or yet nor".split())  # "and said, ...": the claim is after it
_QUOTES = '“”"‘'
_ATTRIBUTION = ChangeKind.ATTRIBUTION


def _triggers(text: str) -> list[Span]:
    """The spans of the words of a text that may start a reporting item (a cheap test before its scan)."""
    found = lx.REPORT_TRIGGERS.intersection(_WORD.findall(text.lower()))
    return [m.span() for m in _words_pattern(tuple(sorted(found))).finditer(text)] if found else []


@lru_cache(maxsize=1024)
def _words_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.IGNORECASE)


def _reports(text: str) -> bool:
    """Whether a text holds a word that may start a reporting item."""
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
    """The span of ``text`` (within ``sentence``) whose claim a reporting item attributes (the module docstring):
    within the clauses around it (a semicolon, a colon or a missed sentence end closes them)."""
    start = max((m.end() for m in _BOUNDARY.finditer(text, sentence[0], item.start)), default=sentence[0])
    end = next((m.start() for m in _BOUNDARY.finditer(text, item.end, sentence[1])), sentence[1])
    return (start, item.end) if _trails(text, item, start, end) else (item.start, end)


def _trails(text: str, item: Item, start: int, end: int) -> bool:
    """Whether a reporting item attributes the claim before it: its speaker alone between a comma (or a quote's
    end) and the verb, punctuation after it ("..., Devon and Cornwall Police said, adding"); or the speaker
    after it, to the sentence's end ("..., said the mayor.", "..., according to Byers.")."""
    after, before = text[item.end : end], text[start : item.start]
    if not after.strip() or after.lstrip()[:1] in ",.!?":
        clause = re.split(r"[,“”\"]", before)[-1].split()
        return 0 < len(clause) <= SPEAKER_WORDS and clause[0].lower() not in _CONJUNCTIONS
    rest = after.strip().rstrip(".!?").split()
    if not before.rstrip().endswith((",", "”", '"')) or len(rest) > SPEAKER_WORDS or "," in after:
        return False
    return bool(item.head) or rest[0][:1].isupper() or rest[0].lower() in lx.DETERMINERS


def _quoted(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` (a sentence) holds a quote mark or stands inside a quote opened before it."""
    before = text[:a]
    return (
        any(q in text[a:b] for q in _QUOTES)
        or before.count("“") > before.count("”")
        or before.count('"') % 2 == 1
        or "‘" in before
    )


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
    """The letters of ``text`` inside ``spans``."""
    return sum(len(_LETTER.findall(text, a, b)) for a, b in spans if a < b)


def _in_scope(text: str, kept: list[Span], scope: Span) -> int:
    """The letters of the ``kept`` spans of ``text`` that lie inside ``scope``."""
    return _letters(text, [(max(a, scope[0]), min(b, scope[1])) for a, b in kept])


def _dropped(
    documents: tuple[Document, Document], link: Link, attributed_elsewhere: Callable[[], bool]
) -> Change | None:
    """An attribution dropped from a claim of the link's split sentence, or None (the module docstring). The
    cheap tests come first: a reporting word in the original, a rewrite sentence outside quotes that keeps enough
    of it, a reporting word in the rewrite or another link of the sentence; the scans only then."""
    texts = link_text(documents[0], link.left), link_text(documents[1], link.right)
    if not _reports(texts[0]):
        return None
    bounds = [(a, b) for a, b in _bounds(documents[1], link.right) if not _quoted(texts[1], a, b)]
    in_link = _reports(texts[1])
    if not bounds or not (in_link or attributed_elsewhere()):
        return None
    claims = [(a, b, kept) for a, b in bounds if _letters(texts[0], kept := _restated(link, (a, b))) >= MIN_RESTATED]
    sentences, words = _bounds(documents[0], link.left), _triggers(texts[0])
    claims = [claim for claim in claims if any(_maybe_in_scope(texts[0], claim[2], word, sentences) for word in words)]
    if not claims:
        return None
    left = scan(texts[0])
    right = scan(texts[1]).reporting if in_link else []
    if not left.reporting or not (right or attributed_elsewhere()):
        return None
    for a, b, kept in claims:
        if any(a <= i.start < b for i in right):
            continue
        for item in left.reporting:
            if 2 * _in_scope(texts[0], kept, _scope(texts[0], item, _sentence(sentences, item.start))) > _letters(
                texts[0], kept
            ):
                return _change(left, item, texts[1][a:b])
    return None


def _sentence(sentences: list[Span], at: int) -> Span:
    """The sentence span holding offset ``at``."""
    return next((s for s in sentences if s[0] <= at < s[1]), sentences[-1])


def _maybe_in_scope(text: str, kept: list[Span], word: Span, sentences: list[Span]) -> bool:
    """Whether most of ``kept`` may lie in the scope of a reporting word at ``word`` (either way: before the scan
    tells which of its words report, and how)."""
    sentence = _sentence(sentences, word[0])
    start = max((m.end() for m in _BOUNDARY.finditer(text, sentence[0], word[0])), default=sentence[0])
    end = next((m.start() for m in _BOUNDARY.finditer(text, word[1], sentence[1])), sentence[1])
    letters = _letters(text, kept)
    return 2 * _in_scope(text, kept, (start, word[1])) > letters or 2 * _in_scope(text, kept, (word[0], end)) > letters


def _change(left: Scan, item: Item, claim: str) -> Change:
    """The attribution dropped from ``claim`` (a rewrite sentence), the original's reporting ``item`` its words."""
    shown = claim if len(claim) <= CLAIM_SHOWN else claim[: CLAIM_SHOWN - 1].rstrip() + "…"
    note = (f"attribution dropped: {reports_shown(left, [item])} (no longer attributed: “{shown}”; the rewrite "
            "attributes another part of the sentence)")  # fmt: skip
    return Change(_ATTRIBUTION, item.text, "", note, ((item.start, item.end),), ())


def _any_attributed(right: Document, links: Sequence[Link]) -> bool:
    """Whether the rewrite text of one of ``links`` holds a reporting item."""
    texts = (link_text(right, link.right) for link in links)
    return any(_reports(text) and bool(scan(text).reporting) for text in texts)


def _reused_owners(links: Sequence[Link]) -> dict[SentenceId, list[int]]:
    """The links of each original sentence that a reused link also has (a split sentence's halves)."""
    shared = {sid for link in links if link.reused for sid in link.left}
    owners: dict[SentenceId, list[int]] = {}
    if shared:
        for k, link in enumerate(links):
            for sid in link.left:
                if sid in shared:
                    owners.setdefault(sid, []).append(k)
    return owners


def unattributed_parts(
    left: Document, right: Document, links: Sequence[Link], result: dict[int, tuple[Change, ...]]
) -> dict[int, tuple[Change, ...]]:
    """``result`` with the attributions dropped from the claims of split sentences (the module docstring)."""
    owners = _reused_owners(links)
    identical = LinkKind.IDENTICAL
    for k, link in enumerate(links):
        if len(link.right) < 2 and not owners:
            continue  # most links: one rewrite sentence, no sentence reused
        siblings = [j for sid in link.left if sid in owners for j in owners[sid] if j != k] if owners else []
        if (len(link.right) < 2 and not siblings) or link.kind is identical or not link.left:
            continue
        if any(change.kind is _ATTRIBUTION for change in result.get(k, ())):
            continue  # the link's own attribution check reported it
        change = _dropped((left, right), link, partial(_any_attributed, right, [links[j] for j in set(siblings)]))
        if change is not None:
            result[k] = tuple(sorted((*result.get(k, ()), change), key=lambda c: RANK[c.kind]))
    return result
