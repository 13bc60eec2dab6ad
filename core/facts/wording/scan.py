"""One pass over a link's text: its tokens and the wording items each check compares (reporting verbs, hedges,
negators, loaded words, time references), each with its group and span.

API: ``scan(text) -> Scan`` (its tokens as parallel lists: ``words``, ``lows``, ``starts``, ``ends``);
``split_tokens(text, windows) -> Tokens`` (the words as written, lower case with straight apostrophes, starts,
ends); the records ``Item``, ``Unit``, ``Scan`` are in ``core.facts.wording.items``, reporting verbs read by
``core.facts.wording.reports``.

>>> [(i.group, i.text, i.head) for i in scan("The fire started in a kitchen, officials said.").reporting]
[('neutral', 'said', 'officials')]
>>> [(i.group, i.text) for i in scan("He is said to have fled, and may not return.").hedges]
[('hearsay', 'is said to'), ('possible', 'may')]
>>> [i.text for i in scan("Not only that: he didn't go, and no one did.").negators]
["didn't", 'no']
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from itertools import accumulate, compress, islice, pairwise, repeat
from operator import add, itemgetter

from core.facts.wording import lexicon as lx
from core.facts.wording.items import Item, Scan
from core.facts.wording.kinds import Span
from core.facts.wording.reports import reporting_item
from core.facts.wording.tokens import Tokens, plain_tokens
from core.text.terms import STOP_WORDS

_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_](?:[\w'’-]*\w)?(?:&[^\W\d_](?:[\w'’-]*\w)?)*|\d[\w,.]*|!")
# a word may hold an ampersand between letters ("A&E", "AT&T", "P&O"): one name, not its pieces
_SPLIT = re.compile(r"([A-Z]\.[A-Z]\.(?:[A-Z]\.)*|[^\W\d_][\w'’-]*(?:&[^\W\d_][\w'’-]*)*|\d[\w,.]*|!)")
# ``_TOKEN`` for split, without its groups (a group repeated costs the regex engine an allocation at every
# word): a word's trailing apostrophes and hyphens are taken, then stripped
# the words of ``_SPLIT``, apostrophes not stripped:
_WORDS = re.compile(r"[A-Z]\.[A-Z]\.(?:[A-Z]\.)*|[^\W\d_][\w'’-]*(?:&[^\W\d_][\w'’-]*)*")
_FIGURE_OR_MARK = re.compile(r"[\d!]")  # what a token other than a word starts with (``_TOKEN``)
_FIGURE = "0123456789,."  # what a figure's token holds before a unit written onto it ("90C", "1st")
_FIRST_LETTER = itemgetter(slice(None, 1))
_SHOUTED = re.compile(r"\b[A-Z]{4,}\b")
_CAPS = bytes(ord("A") if 65 <= c <= 90 else ord(" ") for c in range(256))  # ASCII capitals made "A", the rest " "


def narrow(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` compiled ``re.ASCII``: in ASCII text it matches what ``pattern`` matches (it has no ``\\s``,
    whose Unicode form takes four ASCII control characters more), with ``\\w`` and ``\\b`` read from a table
    rather than looked up in Unicode's (fewer instructions)."""
    assert "\\s" not in pattern.pattern
    return re.compile(pattern.pattern, pattern.flags & ~re.UNICODE | re.ASCII)


_SPLIT_ASCII, _WORDS_ASCII, _SHOUTED_ASCII = narrow(_SPLIT), narrow(_WORDS), narrow(_SHOUTED)
TIME_WORDS_BEFORE = 4  # tokens: the most words a time reference has before its first time word ("earlier a few
# decade ago": no singular unit is a time word)
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
TIME_PATTERN = re.compile(
    r"""\b(?:(?:earlier|later)\s+)?
    (?: (?:this|last|next|past|previous)\s+(?:week|month|year|weekend|night|morning|afternoon|evening|summer|winter
            |spring|autumn|fall|season|quarter|monday|tuesday|wednesday|thursday|friday|saturday|sunday)
      | (?:end|start|beginning|middle)\s+of\s+(?:the|this|next|last)\s+(?:week|month|year|season|quarter)
      | (?:yesterday|today|tonight|tomorrow)(?:\s+(?:morning|afternoon|evening|night))?
      | (?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|a\s+few|some|\d+)\s+)?
          (?:hours?|days?|weeks?|months?|years?|decades?)\s+ago
      | recently | overnight | (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?
      | for\s+(?:(?:many|several|some)\s+)?(?:decades|years|months|weeks)(?!\s+ago\b)
    )\b""",
    re.VERBOSE,
)
_DURATION_HEDGE = re.compile(r"^for (?:many|several|some) ")
TIME_CUE = re.compile(  # a word every branch of TIME_PATTERN holds one of: a text without one holds no reference
    "day|week|month|year|night|morning|afternoon|evening|summer|winter|spring|autumn|fall|season|quarter|tomorrow|"
    "ago|recently"
)


def _finditer(pattern: re.Pattern[str], text: str, windows: Sequence[Span] | None) -> Iterator[re.Match[str]]:
    for start, end in windows if windows is not None else ((0, len(text)),):
        yield from pattern.finditer(text, start, end)


SENTENCE_START = frozenset('.!?:"“”‘(')  # what stands before a sentence's first word (a capital there says nothing)


def starts_sentence(text: str, start: int) -> bool:
    """Whether the token at ``start`` of ``text`` opens a sentence: the text begins within four characters of it,
    or the last of them that is not a space is one of ``SENTENCE_START``.

    >>> starts_sentence("Mayor Ann Lee said.", 0), starts_sentence("It rained. Mayor Lee said.", 11)
    (True, True)
    >>> starts_sentence("said Mayor Ann Lee.", 5)
    False
    """
    before = text[start - 4 if start > 4 else 0 : start].rstrip()  # no call to max: once per capitalised token
    return (not before and start < 4) or before[-1:] in SENTENCE_START


def has_shout(text: str) -> bool:
    """Whether ``text`` holds four ASCII capitals in a row, as every match of ``\\b[A-Z]{4,}\\b`` does: a ``bytes``
    translation and a substring test, a C loop each (a regex costs an attempt at every character). In UTF-8 every
    byte of a character outside ASCII is 128 or more: none is a capital. ``bytes.find``, not ``in``: bytes' ``in``
    first reads its operand as an int, raising and clearing a TypeError (a formatted message) every time."""
    return text.encode("utf-8", "surrogatepass").translate(_CAPS).find(b"AAAA") >= 0


def plain_word(word: str) -> str:
    """Lower case, with a curly apostrophe made straight."""
    return word.lower().replace("’", "'")


def words_of(text: str) -> list[str]:
    """The words of ``_TOKEN`` in a text, as written (no figures, no "!")."""
    found = (_WORDS_ASCII if text.isascii() else _WORDS).findall(text)
    return list(map(str.rstrip, found, repeat("'’-"))) if "'" in text or "’" in text or "-" in text else found


def token_words(tokens: list[str], text: str = "") -> list[str]:
    """``words_of`` of a whole text, from its tokens (as written) rather than by splitting it again: the words of
    the tokens, a figure's unit written onto it kept ("90C": "C"), figures alone left out (a word's ``lstrip`` of
    figure characters changes nothing). Every token but a figure's and "!" starts with a letter: when ``text``
    (the tokens' text, if given) holds no digit and no "!", the words are the tokens (the list itself)."""
    if text and not _FIGURE_OR_MARK.search(text):
        return tokens
    return [word for token in tokens if (word := token.lstrip(_FIGURE))[:1].isalpha()]


def split_tokens(text: str, windows: Sequence[Span] | None = None) -> Tokens:
    """The words (or "!") of a text (see ``_TOKEN``), or of the ``windows`` of it (half-open spans, in order), as
    parallel lists (as written, lower case with straight apostrophes, starts, ends): no match object nor tuple per
    word."""
    spans = windows if windows is not None else ((0, len(text)),)
    if len(spans) == 1:
        return _split_window(text, *spans[0])
    found: Tokens = ([], [], [], [])
    for start, end in spans:
        words, lows, starts, ends = _split_window(text, start, end)
        found[0].extend(words)
        found[1].extend(lows)
        found[2].extend(starts)
        found[3].extend(ends)
    return found


def _split_window(text: str, start: int, end: int) -> Tokens:
    """The tokens of ``text[start:end]``: without a regex when its characters allow (``tokens.plain_tokens``), else
    one split into gaps and words, their lengths summed up."""
    part = text if start == 0 and end == len(text) else text[start:end]
    plain = plain_tokens(part, start)
    if plain is not None:
        return plain
    pieces = (_SPLIT_ASCII if part.isascii() else _SPLIT).split(part)  # gap, word, gap, word, ..., gap
    if len(pieces) < 3:
        return [], [], [], []
    words = pieces[1::2]
    offsets = list(accumulate(map(len, pieces), initial=start))
    starts = offsets[1:-1:2]
    if "'" in part or "’" in part or "-" in part:
        words = list(map(str.rstrip, words, repeat("'’-")))
        ends = list(map(add, starts, map(len, words)))
    else:
        ends = offsets[2:-1:2]  # no word lost a trailing mark: each ends where the gap after it starts
    lows = list(map(str.lower, words))
    if "’" in part:  # as ``plain_word``, by C-level maps rather than a Python call per word
        lows = list(map(str.replace, lows, repeat("’"), repeat("'")))
    return words, lows, starts, ends


def _modifies(scan: Scan, i: int) -> bool:
    """Whether token ``i`` stands right before a content word it may qualify ("seriously injured", "a little
    surprising"), not before punctuation or a function word."""
    k = i + 1
    return (
        k < len(scan.lows)
        and not scan.text[scan.ends[i] : scan.starts[k]].strip()
        and scan.lows[k] not in STOP_WORDS
        and scan.lows[k].replace("-", "").isalpha()  # "largely mixed-race"
    )


def _a_little(scan: Scan, i: int, prev: str) -> str | None:
    """ "a little" before an adjective or participle is a word of degree ("a little surprising", "a little
    worried"), before a noun an amount ("a little water")."""
    k = i + 1
    if prev != "a" or k >= len(scan.lows) or not scan.lows[k].endswith(("ing", "ed", "ly")):
        return None
    return lx.DEGREE + "slight"


def _idiom(scan: Scan, i: int, nxt: str) -> bool:
    """Whether a "not" at token ``i`` opens "not only ... (but)" or "not just ... but", which negate nothing."""
    return nxt == "only" or (nxt == "just" and "but" in scan.lows[i + 2 :])


def _obligation(scan: Scan, i: int, low: str, prev: str, nxt: str) -> int:
    """The last token of an obligation said with a verb at token ``i`` ("has to", "have got to", "need not",
    "needn't", "forced to"), or -1: "have to do with", "had lunch", "the need to" are none."""
    lows = scan.lows
    if (low.startswith("need") and prev in lx.DETERMINERS) or (low == "got" and not prev.endswith(("'ve", "'s"))):
        return -1  # "the need to", "got to the station"
    if nxt == "to":  # "has to", "we've got to"
        return -1 if lows[i + 2 : i + 4] == ["do", "with"] else i + 1
    if low in lx.OBLIGED:
        return -1
    if nxt == "got" and lows[i + 2 : i + 3] == ["to"] and low in ("have", "has"):  # "has got to", not "had got to"
        return i + 2
    if low.startswith("need") and (nxt == "not" or lows[i].endswith("n't")):
        return i
    return -1


def _word(scan: Scan, i: int, low: str, prev: str, nxt: str) -> None:
    """The items that token ``i`` starts."""
    if low == "may" and scan.words[i] == "May":
        return  # the month (a sentence rarely opens with the modal in news)
    if low in lx.PASSIVE_HEDGES and prev in lx.BE_FORMS and nxt == "to":
        scan.hedges.append(scan.item(lx.PASSIVE_HEDGES[low], i - 1, i + 1))
        return
    if low in lx.APPEARANCE_VERBS and nxt == "to":
        scan.hedges.append(scan.item("appearance", i, i + 1))
        return
    if low in lx.INTENTION_VERBS and nxt == "to":  # "plans to", "the plans to": both say what is only meant
        scan.hedges.append(scan.item("intention", i, i + 1))
        return
    if low in lx.EXPECTATION and prev in ("as", "than"):
        return  # "as expected", "less than expected": a comparison, no hedge of the claim
    if lx.ALLEGATIONS.get(low) == nxt:  # "accused of taking", "charged with fraud": what is alleged, not done
        scan.hedges.append(scan.item("suspicion", i, i + 1))
        return
    if low == "suspicion" and prev == "on" and nxt == "of":  # "arrested on suspicion of" = "suspected of"
        scan.hedges.append(scan.item("suspicion", i - 1, i + 1))
        return
    if low == "alleged" and prev in lx.DETERMINERS:
        scan.hedges.append(scan.item("suspicion", i, i))
        return
    if low in lx.REPORT_TRIGGERS:
        report = reporting_item(scan, i, low, prev, nxt)
        if report is not None:
            scan.reporting.append(report)
        if low in lx.REPORT_ONLY:
            return
    if low.endswith("n't"):
        if not _idiom(scan, i, nxt):
            scan.negators.append(scan.item("not", i, i))
        low = lx.CONTRACTED_MODALS.get(low, low[:-3])
    group = lx.HEDGES.get(low) if low != "little" else _a_little(scan, i, prev)
    if group and group.startswith(lx.DEGREE) and not _modifies(scan, i):
        group = None  # "treated me badly, telling ...": the manner of a deed, not how far a claim holds
    if group:
        scan.hedges.append(scan.item(group, i - 1 if low == "little" else i, i))
    elif low in lx.OBLIGATION_VERBS:
        last = _obligation(scan, i, low, prev, nxt)
        if last >= 0:
            scan.hedges.append(scan.item("obligation", i, last))
    group = lx.NEGATORS.get(low)
    if group and not (low == "not" and _idiom(scan, i, nxt)) and not (low == "no" and nxt[:1].isdigit()):
        scan.negators.append(scan.item(group, i, i))
    elif low in lx.FAIL_FORMS and nxt == "to":
        scan.negators.append(scan.item("fail", i, i + 1))
    elif low in lx.DECLINE_FORMS and nxt == "to" and scan.lows[i + 2 : i + 3] and scan.lows[i + 2] in lx.DECLINED_ACTS:
        scan.negators.append(scan.item("refuse", i, i + 1))
    if low in lx.LOADED or (low == "defeat" and prev in lx.LOADED_BEFORE_DEFEAT) or low == "!":
        first = i - 1 if low == "defeat" else i
        scan.loaded.append(scan.item(low, first, i))


def _time_spans(scan: Scan, windows: Sequence[Span] | None, contracted: bool) -> list[Span]:
    """Where ``TIME_PATTERN`` can match within ``windows``: around each time word (``lx.TIME_TRIGGERS``), from
    ``TIME_WORDS_BEFORE`` tokens before it to its end. Every match of the pattern ends with a time word and has at
    most that many words before its first one, so the pattern finds the same matches here as in the windows.
    ``contracted``: whether the text has an apostrophe (a possessive, "today's")."""
    spans: list[Span] = []
    lows = scan.lows
    words = list(map(str.removesuffix, lows, repeat("'s"))) if contracted else lows
    for i in compress(range(len(lows)), map(lx.TIME_TRIGGERS.__contains__, words)):
        start, end = scan.starts[max(0, i - TIME_WORDS_BEFORE)], scan.ends[i]
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    bounds = windows if windows is not None else ((0, len(scan.text)),)
    if not all(a <= b <= c for (a, b), (c, _) in pairwise(bounds)):  # windows out of order: each against each
        return [(max(a, s), min(b, e)) for a, b in bounds for s, e in spans if max(a, s) < min(b, e)]
    found, first = [], 0  # both in order, apart: one walk (thousands of each in one giant sentence)
    for a, b in bounds:
        while first < len(spans) and spans[first][1] <= a:
            first += 1  # it ends before this window, so before every later one
        for s, e in islice(spans, first, None):
            if s >= b:
                break
            if max(a, s) < min(b, e):
                found.append((max(a, s), min(b, e)))
    return found


def _set_in_capitals(words: Sequence[str]) -> bool:
    """Whether a text is set wholly in capitals (every word of four letters or more): its type style, as a wire
    headline's ("RESERVOIR BREACH FORCES EVACUATION"), not words shouted in it."""
    return all(word.isupper() for word in words if len(word) >= 4 and word.isalpha())


def scan(text: str, items: bool = True, windows: Sequence[Span] | None = None) -> Scan:
    """Tokens and (unless ``items`` is false) items of ``text``, or of its ``windows`` only; loaded words inside
    quotation marks are the speaker's and are left out."""
    words, lows, starts, ends = split_tokens(text, windows)
    result = Scan(text, words, lows, starts, ends, whole=windows is None or list(windows) == [(0, len(text))])
    if not items:
        return result
    contracted = "'" in text or "’" in text  # a word in n't has an apostrophe
    triggers = lx.TRIGGERS  # the words that start an item (a comprehension: fewer instructions than C maps)
    if contracted:
        starting = [i for i, low in enumerate(lows) if low in triggers or low.endswith("n't")]
    else:
        starting = [i for i, low in enumerate(lows) if low in triggers]
    for i in starting:
        _word(result, i, lows[i], lows[i - 1] if i else "", lows[i + 1] if i + 1 < len(lows) else "")
    if has_shout(text):  # else ``_SHOUTED`` finds nothing
        capitals = compress(range(len(words)), map(str.isupper, words))  # the few, picked without a Python loop
        shouted = [k for k in capitals if len(words[k]) >= 4 and words[k].isalpha()]
        if shouted and (_SHOUTED_ASCII if text.isascii() else _SHOUTED).search(text) and not _set_in_capitals(words):
            result.shouted = shouted
    if result.loaded and ('"' in text or "“" in text):
        quoted = [m.span() for m in _QUOTED.finditer(text)]
        result.loaded = [x for x in result.loaded if not any(a <= x.start < b for a, b in quoted)]
    if not lx.TIME_TRIGGERS.isdisjoint(lows) or (
        contracted and not lx.TIME_TRIGGERS.isdisjoint(map(str.removesuffix, lows, repeat("'s")))
    ):
        lower = text.lower()
        spans = _time_spans(result, windows, contracted) if len(lower) == len(text) else windows
        for m in _finditer(TIME_PATTERN, lower, spans):
            key = _DURATION_HEDGE.sub("for ", " ".join(m.group(0).split()))  # "for many years" = "for years"
            result.times.append(
                Item(
                    key.removesuffix("s") if key.endswith("days") else key,
                    text[m.start() : m.end()],
                    m.start(),
                    m.end(),
                )
            )
    return result
