"""The reuse summary: how much of the original the rewrite uses, what it added and left out, and its findings.

API: ``summarize(left, right, links, figures, quotes, thresholds=None, changes=None) -> Summary``,
``find_credit(document, besides=None) -> str``, ``credit_phrases(texts) -> list[str]``,
``attribute_sources(left, links) -> dict[SentenceId, int]`` (the source of each linked right sentence, when
the left is several sources: that of most of its link's left sentences, the earliest on a tie).

The summary carries the verdict (:mod:`core.engine.verdict`) on the reuse measured by
:func:`core.engine.reuse.measure_reuse`.

A source is credited by "according to X", "as reported by X", "reported by X", "told X", "X reported",
"citing X", "writing in X", "courtesy of X", "(via X)", "Source: X", "Read more at X", "Read the full story on
X" or "This story first appeared in X" / "Originally published by X", never by a "via" inside a sentence
("on display via Google's Street View"); "according to figures from X" (data, a report, a statement, a survey,
... by, in or from X) is a named report. X is a name of up to six capitalised words, joined by "of", "for",
"and" or "de" ("the Office for National Statistics"), a sentence's opening capital taken as its lower case
("According to Reuters, ..."). A phrase the original says too ("According to the agency's director, ..." in
both) is the original's attribution, copied: no credit; so is "according to X" or "told X" where the original
names X itself ("The Environment Agency said ..." -> "..., according to the Environment Agency"; a researcher
the original quotes): its speaker, reworded. The body is searched before the lines the loader set aside ("Read
more at X" below the text is boilerplate there, and still a credit). ``credit_phrases(texts)``: every such
phrase of the texts (``core.corpus.direction`` reads the set-aside lines with them).

>>> find_credit(document_from_text("The pact was signed in 2024, as reported by the Guardian."))
'as reported by the Guardian'
>>> find_credit(document_from_text("The house is on display via Google's Street View."))
''
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from core.engine.reuse import measure_reuse
from core.engine.verdict import Verdict, VerdictThresholds, judge
from core.facts.figure_check import FigureFinding
from core.facts.quote_check import QuoteFinding
from core.facts.wording import Change
from core.model import Document, Link, LinkKind, OpKind, SentenceId
from core.text.paragraphs import document_from_text  # noqa: F401  (used by the doctest)

_NOT_SOURCES = (  # pronouns, people in general, and a person by title ("according to Dr Lee"): no publication
    r"(?!(?:He|She|It|They|We|I|You|This|That|There|Officials|Police|Witnesses|Residents"
    r"|Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Sir|Dame|Lord|Lady)\b)"
)
_WORD = r"[A-Z][\w&.'’-]*"  # a capitalised word of a name
_JOIN = r"(?:\s+(?:of|for|and|de)(?:\s+the)?)?"  # "Chamber of Commerce", "Office for National Statistics"
_NAME = rf"(?:the\s+)?{_NOT_SOURCES}{_WORD}(?:{_JOIN}\s+{_WORD}){{0,5}}"
_AS_REPORTED = r"[Aa]s\s+(?:first\s+)?reported\s+(?:by|in)|(?:[Ff]irst\s+)?[Rr]eported\s+by"
_WHAT_SAYS = r"(?:(?:a|an)\s+)?(?:reports?|figures|data|research|analysis|survey|study|statement|poll)"
_CREDITS = tuple(  # strongest first: a named report outranks "according to" (which also names people)
    re.compile(pattern, re.MULTILINE)
    for pattern in (
        rf"\b(?:{_AS_REPORTED}|[Aa]ccording\s+to\s+{_WHAT_SAYS}\s+(?:by|in|from|published\s+by)"
        rf"|[Cc]ourtesy\s+of|[Cc]iting|[Ww]riting\s+in)\s+{_NAME}"
        rf"|(?:\(\s*|^\s*|\bh/t\s+)(?i:via):?\s+{_NAME}|\b(?i:source)\s*:\s*{_NAME}"
        rf"|\b(?i:read)\s+(?:more|the\s+(?:full|original)\s+(?:story|article|report))\s+(?:at|on|in)\s+{_NAME}"
        rf"|\b(?i:first|originally)\s+(?:appeared|published|ran)\s+(?:in|on|by)\s+{_NAME}"
        rf"|(?<![\w’'])(?:The\s+|the\s+)?{_NOT_SOURCES}{_WORD}(?:{_JOIN}\s+{_WORD}){{0,5}}"
        r"\s+(?:first\s+)?reported\b",
        rf"\btold\s+{_NAME}",
        rf"\b[Aa]ccording\s+to\s+{_NAME}",
    )
)


@dataclass(frozen=True, slots=True)
class Summary:
    """Counts and shares of one comparison; sentences are the unit of reuse."""

    left_sentences: int
    right_sentences: int
    right_from_left: float  # share of the right's sentences linked to the left
    left_reused: float  # share of the left's sentences the right uses
    identical: int  # links
    changed: int
    moved: int
    added: int  # right sentences in no link
    removed: int  # left sentences in no link
    figures: dict[str, int] = field(default_factory=dict)  # figure findings by status
    quotes: dict[str, int] = field(default_factory=dict)  # quote findings by status
    credit: str = ""  # the words crediting a source ("as reported by the Guardian"), "" when none
    taken_share: float = 0.0  # share of the right's words in sentences sharing a passage with the left
    verbatim_share: float = 0.0  # share of the right's words that are the left's word for word
    verdict: Verdict = Verdict.INDEPENDENT  # wholly derived, partially derived or independent
    verdict_reason: str = ""  # one sentence saying why, with figures a person can check
    from_sources: tuple[float, ...] = ()  # share of the right's sentences linked to each source of the left
    taken_from_sources: tuple[float, ...] = ()  # share of the right's words in sentences taken from each source
    reworded: int = 0  # links whose words differ: the changed ones and the moved ones not moved word for word
    substantive: int = 0  # links with at least one substantive change (core.facts.wording)
    changes: dict[str, int] = field(default_factory=dict)  # substantive changes by kind
    changes_added: dict[str, int] = field(default_factory=dict)  # those with words on the right side only, by kind
    changes_dropped: dict[str, int] = field(default_factory=dict)  # those with words on the left side only, by kind


# The words each of _CREDITS cannot match without (one of them), as written or (the second list) in any case: one
# cheap look at the whole text rules a pattern out, and a paragraph without them is not searched for it.
# Substring tests, not a regex: a case-blind regex tried at every character took 20 ms on Genesis's paragraphs.
_CREDIT_WORDS = (
    (("eported", "ccording", "ourtesy", "iting"), ("via", "source", "read", "first", "originally")),  # "According"
    (("told",), ()),
    (("ccording",), ()),
)
_ODD_CASES = ("İ", "ı", "ſ")  # besides A-Z, the characters a case-blind regex takes for i and s


def _may_hold(text: str, words: tuple[tuple[str, ...], tuple[str, ...]]) -> bool:
    """Whether ``text`` holds one of the words (the first as written, the second in any case, as the patterns'
    ``(?i:...)`` takes them); a text with a character that folds oddly into i or s is always searched."""
    cased, any_case = words
    if any(word in text for word in cased):
        return True
    if not any_case:
        return False
    if any(char in text for char in _ODD_CASES):
        return True
    lowered = text.lower()
    return any(word in lowered for word in any_case)


def _said(text: str) -> str:
    """Text compared for what it says: lower case, apostrophes dropped, spaces single ("IEA’s" is "IEAs")."""
    return " ".join(text.lower().replace("’", "").replace("'", "").split())


def find_credit(document: Document, besides: Document | None = None) -> str:
    """The phrase of a document that credits a source by name (the first of the strongest kind, its body before
    the lines its loader set aside), or ""; ``besides`` (the original): see the module docstring."""
    texts = [paragraph.text for paragraph in document.paragraphs] + [document.standfirst, *document.boilerplate]
    whole = "\n".join(texts)
    other = _Said(besides)
    for k, (pattern, words) in enumerate(zip(_CREDITS, _CREDIT_WORDS, strict=True)):
        if not _may_hold(whole, words):
            continue
        for text in texts:
            found = pattern.finditer(text) if _may_hold(text, words) else ()
            for match in found:
                credit = match.group(0).strip("(.,;: ")
                if _said(credit) not in other.text and not (k >= _SPEAKER_CREDITS and _named(credit, other.words)):
                    return credit
    return ""


class _Said:
    """The original's text as ``_said`` has it, and its words, made only when a credit is found to test."""

    def __init__(self, document: Document | None) -> None:
        self.document = document

    @cached_property
    def text(self) -> str:
        paragraphs = self.document.paragraphs if self.document is not None else ()
        return _said("\n".join(paragraph.text for paragraph in paragraphs))

    @cached_property
    def words(self) -> set[str]:
        return set(_WORDS.findall(self.text))


_SPEAKER_CREDITS = 1  # the first of _CREDITS whose X may be a speaker: "told X", "according to X"
_WORDS = re.compile(r"[\w&]+")
_CREDIT_LEAD = re.compile(r"^(?:[Aa]ccording\s+to|told)\s+(?:the\s+)?")


def _named(credit: str, words: set[str]) -> bool:
    """Whether every word of the name a credit of a speaker gives ("according to the Environment Agency") is
    among ``words`` (the original's, as ``_said`` has them): the original's own speaker, reworded."""
    name = _WORDS.findall(_said(_CREDIT_LEAD.sub("", credit)))
    return bool(name) and all(word in words for word in name)


def credit_phrases(texts: Sequence[str]) -> list[str]:
    """Every phrase of ``texts`` that credits a source by name (see the module docstring), in order of the texts.

    >>> credit_phrases(["Read more at the Harbour Gazette.", "Rain fell.", "Rates rose, the Ledger reported."])
    ['Read more at the Harbour Gazette', 'the Ledger reported']
    """
    found: list[str] = []
    for text in texts:
        spans: list[tuple[int, str]] = []
        for pattern, words in zip(_CREDITS, _CREDIT_WORDS, strict=True):
            if _may_hold(text, words):
                spans.extend((match.start(), match.group(0).strip("(.,;: ")) for match in pattern.finditer(text))
        found.extend(phrase for _, phrase in sorted(spans))
    return found


def reworded(link: Link) -> bool:
    """Whether a link's words differ (its word diff is not all equal): a sentence moved word for word is not."""
    return any(op.op is not OpKind.EQUAL for op in link.diff)


def link_source(left: Document, link: Link) -> int:
    """The source of a link's left side: the one most of its sentences come from, the earliest on a tie.

    >>> from core.model import Paragraph, Sentence, LinkKind
    >>> doc = Document("a, b", "", (Paragraph("x", (Sentence("x", 0, 1),), 1),))
    >>> link_source(doc, Link((SentenceId(0, 0),), (SentenceId(0, 0),), LinkKind.IDENTICAL, 1.0, ()))
    1
    """
    votes = Counter(left.paragraphs[sid.paragraph].source for sid in link.left)
    return min(votes, key=lambda index: (-votes[index], index))


def attribute_sources(left: Document, links: Sequence[Link]) -> dict[SentenceId, int]:
    """The source index of every linked right sentence (see the module docstring)."""
    if not left.sources:  # one source (every paragraph's is 0, see core.model): every vote goes to it
        return dict.fromkeys((sid for link in links for sid in link.right), 0)
    attributed = {}
    for link in links:
        attributed.update(dict.fromkeys(link.right, link_source(left, link)))
    return attributed


def summarize(
    left: Document,
    right: Document,
    links: Sequence[Link],
    figures: Sequence[FigureFinding],
    quotes: Sequence[QuoteFinding],
    thresholds: VerdictThresholds | None = None,
    changes: Mapping[int, Sequence[Change]] | None = None,
) -> Summary:
    """The summary of a comparison (see the module docstring); ``changes``: the substantive changes by link."""
    found = [change for link_changes in (changes or {}).values() for change in link_changes]
    several = len(left.source_list())
    link_sources = [link_source(left, link) for link in links] if left.sources else None
    reuse = measure_reuse(right, links, thresholds, sources=several, link_sources=link_sources)
    verdict, reason = judge(reuse, thresholds)
    left_total = sum(len(p.sentences) for p in left.paragraphs)
    right_total = sum(len(p.sentences) for p in right.paragraphs)
    used_left = {sid for link in links for sid in link.left}
    used_right = {sid for link in links for sid in link.right}
    kinds = Counter(link.kind for link in links if not link.reused)
    by_source = Counter(attribute_sources(left, links).values())
    return Summary(
        left_sentences=left_total,
        right_sentences=right_total,
        right_from_left=round(len(used_right) / right_total, 3) if right_total else 0.0,
        left_reused=round(len(used_left) / left_total, 3) if left_total else 0.0,
        identical=kinds[LinkKind.IDENTICAL],
        changed=kinds[LinkKind.CHANGED],
        moved=kinds[LinkKind.MOVED] + sum(1 for link in links if link.reused),
        added=right_total - len(used_right),
        removed=left_total - len(used_left),
        figures=dict(Counter(f.status.value for f in figures)),
        quotes=dict(Counter(q.status.value for q in quotes)),
        credit=find_credit(right, left),
        reworded=sum(1 for link in links if link.kind is not LinkKind.IDENTICAL and reworded(link)),
        taken_share=round(reuse.taken_share, 3),
        verbatim_share=round(reuse.verbatim_share, 3),
        verdict=verdict,
        verdict_reason=reason,
        from_sources=tuple(
            round(by_source[index] / right_total, 3) if right_total else 0.0 for index in range(len(left.source_list()))
        ),
        taken_from_sources=tuple(round(reuse.source_share(k), 3) for k in range(len(reuse.source_words))),
        substantive=sum(1 for link_changes in (changes or {}).values() if link_changes),
        changes=dict(Counter(change.kind.value for change in found)),
        changes_added=dict(Counter(change.kind.value for change in found if change.right and not change.left)),
        changes_dropped=dict(Counter(change.kind.value for change in found if change.left and not change.right)),
    )
