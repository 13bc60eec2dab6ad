"""Checking quotes: is each quote of the rewrite in the original, and which quotes of the original survive?

API: ``check_quotes(left, right, links=(), stop=None) -> tuple[QuoteFinding, ...]`` (who may be the same speaker:
``core.facts.quote_speakers``; a quote kept in part: ``core.facts.quote_parts``; quotes joined:
``core.facts.quote_joined``).

A right quote is ``verbatim`` when its words (case, punctuation, quote marks and [insertions] ignored) stand in
one left quote; ``trimmed`` when its pieces around an ellipsis stand there in order; ``altered`` when it is a
near match (``ALTERED_MIN`` of its words found in order in one left quote) whose wording differs, with the word
diff against the likest such left quote; else ``unsupported``: nobody in the original said it, in quotation
marks. A right quote that joins consecutive left quotes (``MERGED_MAX`` at most, each with ``ALTERED_MIN`` of its
words, and at least ``MERGED_WORDS``, standing in order in it) is ``altered``, matched to the joined left quotes
with the diff against them: "A," she said. "B." made into one quote "A, B" is one finding, not an altered A
and a dropped B. A left quote is ``kept`` when some right quote matches it (alone or joined with its neighbours)
or holds its words word for word (a quote found on both sides is never dropped, however short), else
``dropped``. A short quoted term (``SCARE_QUOTE_MAX_WORDS``
words at most: scare quotes, 'so-called' words) whose words stand unquoted in the other article is ``verbatim``
(right) or ``kept`` (left), with a note saying so: the words are the original's, only the marks differ.
Given the sentence links, a right quote with no match is ``altered`` against the likest left quote nothing kept
(nor a scare quote), of a sentence linked to its own, that holds ``PAIRED_MIN`` of its words in order (and
``MERGED_WORDS`` at least): the rewrite reworded that sentence's quote beyond ``ALTERED_MIN``, one finding, not an
unsupported quote and a dropped one ("No two days are the same" / "Every day is different" shares no word: a new
quote). A right quote matched to a left quote
(or joined ones) that the rewrite gives to another speaker has ``speaker_was``, the original's speaker ("said
Smith" / "said Jones"; a speaker unknown on either side, or named by surname alone, is the same).
A right quote that holds a left quote (longer than a quoted term) word for word, and more, is ``altered`` against
it, not unsupported. An altered right quote that only adds words to its match has them in ``extended`` (words put
in the speaker's mouth), one that only takes words out of it has those in ``removed``; a kept left quote that a
right quote standing in it, read as a whole utterance (longer than a quoted term, opening with a capital), cuts
short within one of its sentences has the words left out in ``shortened`` (``core.facts.quote_parts``).
Each finding has the quote's ``pieces``, one per sentence it spans, and the sentence whose words changed
(``focus``: ``core.facts.quote_places``).
Candidates come from an index of the left quotes' words, so the check stays fast on long texts.
"""

from __future__ import annotations

import difflib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from itertools import chain

from core.diff.worddiff import word_diff
from core.facts.quote_joined import MERGED_MAX as MERGED_MAX
from core.facts.quote_joined import MERGED_WORDS as MERGED_WORDS
from core.facts.quote_joined import joined_run
from core.facts.quote_model import QuoteFinding as QuoteFinding
from core.facts.quote_model import QuoteStatus as QuoteStatus
from core.facts.quote_parts import PART_UNQUOTED, added_part, cut_part, removed_part, unquoted_part
from core.facts.quote_places import pieces_of, placed
from core.facts.quote_speakers import given_away
from core.facts.quotes import POLL, Quote, extract_quotes, quote_key
from core.model import Document, Link, SentenceId, Side
from core.options import CompareOptions

SCARE_QUOTE_MAX_WORDS = 4  # words: a quoted term this short may stand unquoted on the other side (scare quotes)
UNQUOTED = {
    Side.RIGHT: "quoted in the rewrite; the original uses these words unquoted",
    Side.LEFT: "quoted in the original; the rewrite uses these words unquoted",
}
ALTERED_MIN = 0.6  # share of a right quote's words that must match a left quote, in order, for "altered"
CANDIDATES = 6  # left quotes checked per right quote, chosen by shared words
PAIRED_MIN = 0.3  # share of a right quote's words that must stand, in order, in a left quote of a sentence linked
# to its own (and ``MERGED_WORDS`` at least) for "altered" rather than an unsupported quote and a dropped one


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


def _likeness(key: str, left_key: str) -> float:
    """How much of a right quote stands, in order, in a left quote (then how alike they are): of several altered
    sources, the one that holds most of its words is the one."""
    words, left_words = key.replace("|", " ").split(), left_key.replace("|", " ").split()
    matcher = difflib.SequenceMatcher(None, words, left_words, autojunk=False)
    covered = sum(block.size for block in matcher.get_matching_blocks()) / max(1, len(words))
    return covered + 0.01 * matcher.ratio()


_RANK = {QuoteStatus.VERBATIM: 0, QuoteStatus.TRIMMED: 1, QuoteStatus.ALTERED: 2}


def _word_index(keys: list[str], only: set[str] | None = None) -> dict[str, list[int]]:
    """The keys holding each word (ellipses' ``|`` left out), in order; given ``only``, just those words."""
    index: dict[str, list[int]] = defaultdict(list)
    for k, key in enumerate(keys):
        words = key.replace("|", " ").split()
        for word in set(words) if only is None else only.intersection(words):
            index[word].append(k)
    return index


def _candidates(key: str, index: dict[str, list[int]]) -> list[int]:
    """The left quotes sharing most words with ``key`` (counted in C: one word may be in thousands of quotes)."""
    shared = Counter(chain.from_iterable(index.get(word, ()) for word in set(key.replace("|", " ").split())))
    return [k for k, _ in shared.most_common(CANDIDATES)]


def _best_match(key: str, candidates: list[int], left_keys: list[str]) -> tuple[int, float, int, QuoteStatus] | None:
    """The original's quote a rewrite's quote (``key``) is, among ``candidates``: the best status first, and of
    several altered ones the likest; None when none matches."""
    found = [(_RANK[status], k, status) for k in candidates if (status := _status(key, left_keys[k]))]
    ranked = [(rank, 0.0, k, status) for rank, k, status in found]
    if (
        sum(1 for status in (m[2] for m in found) if status is QuoteStatus.ALTERED) > 1
        and min(found)[2] is QuoteStatus.ALTERED
    ):
        ranked = [(rank, -_likeness(key, left_keys[k]), k, status) for rank, k, status in found]  # likest first
    return min(ranked, default=None)


def check_quotes(
    left: Document, right: Document, links: Sequence[Link] = (), stop: Callable[[], bool] | None = None
) -> tuple[QuoteFinding, ...]:
    """Quote findings of both sides: right quotes first, then left quotes (see the module docstring); ``links``:
    the sentence links, when known. ``stop`` is polled as quotes are read and matched (every ``POLL``): once it
    says so, no findings at all (the quotes not reached would be told dropped or unsupported)."""
    halted = _sticky(stop)
    left_quotes, right_quotes = extract_quotes(left, halted), extract_quotes(right, halted)
    if halted():
        return ()
    left_keys = [quote_key(q.text) for q in left_quotes]
    index = _word_index(left_keys)
    exact: dict[str, list[int]] = defaultdict(list)
    for k, key in enumerate(left_keys):
        exact[key].append(k)
    kept: set[int] = set()
    sources: dict[int, list[str]] = defaultdict(list)  # the rewrite's quotes standing word for word in each left one
    whole: set[int] = set()  # the left quotes one of those quotes as a whole utterance (``_as_whole``)
    findings = []
    right_keys = [quote_key(q.text) for q in right_quotes]
    for count, (quote, key) in enumerate(zip(right_quotes, right_keys, strict=True)):
        if count % POLL == POLL - 1 and halted():
            return ()
        same, shared = exact.get(key, []), _candidates(key, index)
        candidates = same + shared
        best = _best_match(key, same[:1] + shared, left_keys)  # a later twin of the first equal quote never wins
        joined = (
            None
            if best is not None and best[3] is not QuoteStatus.ALTERED
            else joined_run(key, candidates, left_keys, left_quotes, ALTERED_MIN)
        )
        if joined is not None:
            findings.append(_merged_finding((left, right), quote, [left_quotes[k] for k in joined]))
            kept.update(joined)
            continue
        findings.append(_right_finding((left, right), quote, None if best is None else (left_quotes[best[2]], best[3])))
        if best is not None:
            kept.add(best[2])
            if best[3] is not QuoteStatus.ALTERED:
                sources[best[2]].append(key)
                whole.update([best[2]] if _as_whole(quote, key) else [])
    held = _found_word_for_word(left_keys, right_keys, kept)
    kept |= set(held)
    _holding(findings, held, (left_quotes, left_keys, right_quotes), (left, right))
    unsupported = [f.status is QuoteStatus.UNSUPPORTED for f in findings]
    left_text = _Unquoted(left, [key for key, no in zip(right_keys, unsupported, strict=True) if no and _is_term(key)])
    right_text = _Unquoted(right, [key for k, key in enumerate(left_keys) if k not in kept and _is_term(key)])
    findings = [
        _unquoted(finding, key, left_text) if no else finding
        for finding, key, no in zip(findings, right_keys, unsupported, strict=True)
    ]
    if links:
        scare = {k for k, key in enumerate(left_keys) if k not in kept and _is_term(key) and right_text.holds(key)}
        quotes = (left_quotes, left_keys, right_quotes)
        kept |= _pair_in_links(findings, quotes, kept | scare, links, (left, right))
    for k, quote in enumerate(left_quotes):
        status = QuoteStatus.KEPT if k in kept else QuoteStatus.DROPPED
        finding = QuoteFinding(
            Side.LEFT, quote.text, status, quote.speaker, quote.at, _span(left, quote), pieces=pieces_of(left, quote)
        )
        if k in sources:
            finding = _partly_unquoted(finding, left_keys[k], sources[k], (right_keys, right_text))
            if k in whole and not finding.unquoted:
                finding = replace(finding, shortened=cut_part(quote.text, left_keys[k], sources[k], right_text.holds))
        findings.append(_unquoted(finding, left_keys[k], right_text) if status is QuoteStatus.DROPPED else finding)
    return tuple(placed(_extended(f), left if f.side is Side.LEFT else right) for f in findings)


def _sticky(stop: Callable[[], bool] | None) -> Callable[[], bool]:
    """``stop``, true from its first true answer on (never, for none)."""
    said = [False]

    def halted() -> bool:
        said[0] = said[0] or (stop is not None and stop())
        return said[0]

    return halted


def _as_whole(quote: Quote, key: str) -> bool:
    """Whether a quote of the rewrite (its ``key``) reads as a whole utterance: longer than a quoted term
    (``SCARE_QUOTE_MAX_WORDS``: a headline, "The Truth", matches by chance), opening with a capital letter ("“We
    will fix the roads,” she said"), not inside a sentence of the reporter's (she vowed to "fix the roads")."""
    return len(key.split()) > SCARE_QUOTE_MAX_WORDS and quote.text.lstrip(" '\"‘“([")[:1].isupper()


def _extended(finding: QuoteFinding) -> QuoteFinding:
    """An altered quote of the rewrite with the words it adds to its original's, when it only adds, or those it
    takes out of it, when it only takes out (``quote_parts.added_part``, ``removed_part``)."""
    if finding.status is not QuoteStatus.ALTERED or not finding.match:
        return finding
    if added := added_part(finding.match, finding.text):
        return replace(finding, extended=added)
    removed = removed_part(finding.match, finding.text)
    return replace(finding, removed=removed) if removed else finding


class _Unquoted:
    """An article's words as quote keys, paragraph by paragraph, made only when a short quote asks, with an index
    of the paragraphs each word is in: a key (no "|") stands in the article when it stands in one paragraph, and
    only the paragraphs holding its rarest word are searched (a whole Bible is 4 MB of text; searching all of it
    for each of 700 short quotes took seconds). The index holds only the words of the ``terms`` it will be asked
    about (a few hundred words, against every word of every paragraph); a key with other words widens it."""

    def __init__(self, document: Document, terms: Iterable[str] = ()) -> None:
        self.document = document
        self.words = {word for term in terms for word in term.split()}
        self.keys: list[str] = []
        self.index: dict[str, list[int]] | None = None

    def holds(self, key: str) -> bool:
        if self.index is None or not self.words.issuperset(key.split()):
            self.words.update(key.split())
            self.keys = self.keys or [quote_key(paragraph.text) for paragraph in self.document.paragraphs]
            self.index = _word_index(self.keys, self.words)
        index = self.index
        rarest = min(key.split(), key=lambda word: len(index.get(word, ())))
        return any(_contains(self.keys[k], key) for k in index.get(rarest, ()))


def _is_term(key: str) -> bool:
    """Whether a quote's key is a short quoted term (no ellipsis), which may stand unquoted on the other side."""
    return 0 < len(key.split()) <= SCARE_QUOTE_MAX_WORDS and "|" not in key


def _unquoted(finding: QuoteFinding, key: str, other: _Unquoted) -> QuoteFinding:
    """A short quoted term whose words stand unquoted on the other side: supported, with a note saying so."""
    if not _is_term(key) or not other.holds(key):
        return finding
    status = QuoteStatus.VERBATIM if finding.side is Side.RIGHT else QuoteStatus.KEPT
    return replace(finding, status=status, note=UNQUOTED[finding.side])


def _partly_unquoted(
    finding: QuoteFinding, key: str, matched: list[str], rewrite: tuple[list[str], _Unquoted]
) -> QuoteFinding:
    """A kept quote of the original, with the words the rewrite took out of quotation marks (``unquoted``) and a
    note, when there are some (``core.facts.quote_parts``): they stand in the rewrite's text, in none of its
    quotes."""
    right_keys, right_text = rewrite

    def stands_unquoted(run: str) -> bool:
        return right_text.holds(run) and not any(_contains(other, run) for other in right_keys)

    part = unquoted_part(finding.text, key, matched, stands_unquoted, SCARE_QUOTE_MAX_WORDS)
    return replace(finding, note=f"{PART_UNQUOTED}: “{part}”", unquoted=part) if part else finding


def _found_word_for_word(left_keys: list[str], right_keys: list[str], kept: set[int]) -> dict[int, int]:
    """Left quotes not matched yet whose words stand, word for word, in some right quote: the first such right quote
    of each."""
    index = _word_index(right_keys)
    found = {}
    for k, key in enumerate(left_keys):
        words = key.replace("|", " ").split()
        if k in kept or not words or "|" in key:
            continue
        rarest = min(words, key=lambda word: len(index.get(word, ())))
        holding = next((j for j in index.get(rarest, ()) if _contains(right_keys[j], key)), None)
        if holding is not None:
            found[k] = holding
    return found


def _holding(
    findings: list[QuoteFinding], held: dict[int, int], quotes: tuple[list[Quote], list[str], list[Quote]],
    documents: tuple[Document, Document],
) -> None:  # fmt: skip
    """Makes each unsupported right quote that holds a left quote word for word (longer than a quoted term) and more
    ``altered`` against it: the rewrite extended the original's quote (``extended`` says with which words)."""
    left_quotes, left_keys, right_quotes = quotes
    for k, j in held.items():
        if findings[j].status is QuoteStatus.UNSUPPORTED and len(left_keys[k].split()) > SCARE_QUOTE_MAX_WORDS:
            source = left_quotes[k]
            diff = word_diff(source.text, findings[j].text, CompareOptions())
            was = source.speaker if given_away(right_quotes[j], source, documents) else ""
            findings[j] = replace(
                findings[j], status=QuoteStatus.ALTERED, match=source.text, diff=diff, speaker_was=was
            )


def _span(document: Document, quote: Quote) -> tuple[int, int]:
    """Where the quote's words stand in its sentence (a quote running on past the sentence is cut at its end)."""
    sentence = document.sentence(quote.at)
    start = max(0, quote.start - sentence.start)
    return start, min(len(sentence.text), start + len(quote.text))


def _merged_finding(documents: tuple[Document, Document], quote: Quote, sources: list[Quote]) -> QuoteFinding:
    """A right quote joining several left quotes: altered, against their texts joined, with the diff."""
    right = documents[1]
    source = " ".join(source.text.strip() for source in sources)
    diff = word_diff(source, quote.text, CompareOptions())
    was = "" if any(not given_away(quote, s, documents) for s in sources) else sources[0].speaker
    return QuoteFinding(
        Side.RIGHT,
        quote.text,
        QuoteStatus.ALTERED,
        quote.speaker,
        quote.at,
        _span(right, quote),
        source,
        diff,
        speaker_was=was,
        pieces=pieces_of(right, quote),
    )


def _pair_in_links(
    findings: list[QuoteFinding],
    quotes: tuple[list[Quote], list[str], list[Quote]],
    skip: set[int],
    links: Sequence[Link],
    documents: tuple[Document, Document],
) -> set[int]:
    """Makes each unsupported right quote ``altered`` against the likest left quote (by words in order, ``PAIRED_MIN``
    of them at least) of a sentence linked to its own, but for those in ``skip`` (matched, or scare quotes): the
    rewrite reworded that sentence's quote. Returns the left quotes so paired."""
    wanted = {finding.at for finding in findings if finding.status is QuoteStatus.UNSUPPORTED}
    if not wanted:
        return set()  # nothing to pair (most articles): the links are not read
    left_quotes, left_keys, right_quotes = quotes
    by_sentence: dict[SentenceId, list[int]] = defaultdict(list)  # the left quotes that may pair, by sentence
    for k, quote in enumerate(left_quotes):
        if k not in skip:
            by_sentence[quote.at].append(k)
    linked: dict[SentenceId, list[int]] = defaultdict(list)  # those of the left sentences linked to each wanted one
    for link in links:
        for at in wanted.intersection(link.right):
            linked[at].extend(k for sid in link.left for k in by_sentence.get(sid, ()))
    paired: set[int] = set()
    for j, finding in enumerate(findings):
        candidates = [k for k in linked.get(finding.at, ()) if k not in paired]
        if finding.status is not QuoteStatus.UNSUPPORTED or not candidates:
            continue
        words = quote_key(finding.text).replace("|", " ").split()
        matched, k = max((_in_order(words, left_keys[k]), -k) for k in candidates)
        if matched < max(MERGED_WORDS, PAIRED_MIN * len(words)):
            continue
        k, source = -k, left_quotes[-k]
        diff = word_diff(source.text, finding.text, CompareOptions())
        was = source.speaker if given_away(right_quotes[j], source, documents) else ""
        findings[j] = replace(finding, status=QuoteStatus.ALTERED, match=source.text, diff=diff, speaker_was=was)
        paired.add(k)
    return paired


def _in_order(words: list[str], left_key: str) -> int:
    """How many of ``words`` stand, in order, in a left quote's key."""
    matcher = difflib.SequenceMatcher(None, words, left_key.replace("|", " ").split(), autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks())


def _right_finding(
    documents: tuple[Document, Document], quote: Quote, best: tuple[Quote, QuoteStatus] | None
) -> QuoteFinding:
    right = documents[1]
    span = _span(right, quote)
    if best is None:
        return QuoteFinding(
            Side.RIGHT,
            quote.text,
            QuoteStatus.UNSUPPORTED,
            quote.speaker,
            quote.at,
            span,
            pieces=pieces_of(right, quote),
        )
    source, status = best
    diff = word_diff(source.text, quote.text, CompareOptions()) if status is QuoteStatus.ALTERED else ()
    was = source.speaker if given_away(quote, source, documents) else ""
    return QuoteFinding(
        Side.RIGHT,
        quote.text,
        status,
        quote.speaker,
        quote.at,
        span,
        source.text,
        diff,
        speaker_was=was,
        pieces=pieces_of(right, quote),
    )
