"""The quick test before a link's scan: can its changed words change any wording item, or any name?

API: ``needed(diff, left_text, right_text) -> (words, names)``.

Equal text holds the same items on both sides, so the items need a look only when the changed words of the two
sides differ in what they can start (``lx.SIGNATURE``: a reporting verb's stance, a hedge's kind, a negator, a
loaded word, a time word), hold a reporting verb, a word in capitals or a contraction, stand near a reporting
verb (a new speaker) or may be the verb of an obligation ("has to", ``lx.OBLIGATION_VERBS``); a name needs a
look only when some changed capitalised word is nowhere on the other side, or the changed words of the two sides
differ in the words of office titles they hold (``lx.TITLE_WORDS``).
The test reads the changed words; a whole text is lowered or split into words only when a changed word in
capitals or a capitalised word must be looked up on the other side.

>>> from core import compare
>>> a, b = "The fire was big.", "The fire was large."
>>> needed(compare(a, b).links[0].diff, a, b)
(False, False)
>>> a, b = "Police said it was a fire.", "Police claimed it was a fire in Leeds."
>>> needed(compare(a, b).links[0].diff, a, b)
(True, True)
"""

from __future__ import annotations

import re
import string
from collections.abc import Sequence
from itertools import repeat
from operator import methodcaller

from core.facts.wording import lexicon as lx
from core.facts.wording.scan import has_shout, narrow, plain_word
from core.model import DiffOp, OpKind
from core.text.terms import STOP_WORDS

_WORD = re.compile(r"[^\W\d_][\w'’-]*|!")
_CAPITALISED = re.compile(r"[A-Z](?<!\w[A-Z])[\w'’-]*")  # r"\b[A-Z][\w'’-]*", the capital first: the regex
# engine skips to the next capital in a C loop rather than trying the whole pattern at every character
_SHOUT = re.compile(r"\b[A-Z]{4,}\b")
_MONTH_MAY = re.compile(r"\bMay\b")
_OBLIGATION = re.compile(  # lower case: every obligation said with a verb that ``scan`` finds holds a match
    r"(?<![a-z0-9])(?:(?:ha(?:ve|s|d|ving)|got|required|obliged|obligated|forced|compelled)[^a-z0-9]+(?:got[^a-z0-9]+)?to"
    r"|need)"
)
_CAPITALISED_ASCII, _SHOUT_ASCII = narrow(_CAPITALISED), narrow(_SHOUT)
_NOT_LETTERS = "0123456789_'-"  # what a run of word characters holds before ``_WORD`` starts a word in it
_KEPT = frozenset(string.ascii_letters + _NOT_LETTERS)
_GAPS = bytes(c if chr(c) in _KEPT or c == ord("!") else ord(" ") for c in range(256))  # ASCII outside ``_WORD``'s
# runs made spaces (a table for ``bytes.translate``, a C loop: ``str.translate`` looks each character up in a dict)
_LETTERS_ONLY = bytes(c for c in range(256) if chr(c) not in _NOT_LETTERS)  # deleted: what is left is not a letter
_MARKS = "“”‘—"  # the non-ASCII characters most news text has outside words
_SIGNATURE_WORDS = frozenset(lx.SIGNATURE)
_CONTRACTED = methodcaller("endswith", "n't")
_REPORTING = frozenset(word for word, group in lx.SIGNATURE.items() if group.startswith("report"))
_REPORTING_VERBS = frozenset(lx.REPORTING)  # a set's ``isdisjoint`` costs less than a dict view's


class _Texts:
    """The two whole texts of a link, with what the test reads of them, each made once and only when asked."""

    def __init__(self, left: str, right: str) -> None:
        self.texts = (left, right)
        self._lower: list[str | None] = [None, None]
        self._words: list[set[str] | None] = [None, None]

    def lower(self, side: int) -> str:
        found = self._lower[side]
        if found is None:
            found = self._lower[side] = self.texts[side].lower().replace("’", "'")
        return found

    def words(self, side: int) -> set[str]:
        found = self._words[side]
        if found is None:
            found = self._words[side] = set(words_in(self.lower(side)))
        return found


def needed(diff: Sequence[DiffOp], left_text: str, right_text: str) -> tuple[bool, bool]:
    """Whether the wording items, and the names, of a link need a look (see the module docstring)."""
    equal, lefts, rights = OpKind.EQUAL, [], []
    for op in diff:  # one plain loop, fields by index: fewer instructions than comprehensions and C maps
        if op[0] is not equal:
            lefts.append(op[1])
            rights.append(op[2])
    sides = (" ".join(lefts), " ".join(rights))
    texts = _Texts(left_text, right_text)
    words = [_changed_words(side) for side in sides]
    return _words_needed(diff, sides, words, texts), _names_needed(sides, words, texts)


def words_in(text: str) -> list[str]:
    """``_WORD.findall(text)``; without a regex when the text is ASCII but for quotation marks and dashes: its
    runs of word characters, apostrophes and hyphens, each from its first letter on (fewer instructions).

    >>> words_in("it's 1st-rate, “isn't” it!"), words_in("naïve")
    (["it's", 'st-rate', "isn't", 'it', '!'], ['naïve'])
    """
    plain = text
    if not plain.isascii():
        for mark in _MARKS:
            plain = plain.replace(mark, " ") if mark in plain else plain
        if not plain.isascii():
            return _WORD.findall(text)
    data = plain.encode("ascii").translate(_GAPS)
    gapped = data.decode("ascii")
    if "!" in gapped:
        gapped = gapped.replace("!", " ! ")
    if not data.translate(None, _LETTERS_ONLY):
        return gapped.split()  # no run starts before its first letter
    return list(filter(None, map(str.lstrip, gapped.split(), repeat(_NOT_LETTERS))))


def _words_needed(diff: Sequence[DiffOp], sides: tuple[str, str], words: list[list[str]], texts: _Texts) -> bool:
    found = [list(filter(_SIGNATURE_WORDS.__contains__, side)) for side in words]  # in any order: compared sorted
    for side, text, mine in zip(words, sides, found, strict=True):
        if "'" in text or "’" in text:  # a word in n't has an apostrophe
            mine.extend([w for w in filter(_CONTRACTED, side) if w not in _SIGNATURE_WORDS])
    if not _REPORTING.isdisjoint(found[0]):
        return True
    signatures = [_signature(side) for side in found]
    return (
        signatures[0] != signatures[1]
        or _shouted(sides[0], texts, 1)
        or _shouted(sides[1], texts, 0)
        or _near_reporting(diff)
        or _obligation(words, texts)
    )


def _obligation(words: list[list[str]], texts: _Texts) -> bool:
    """Whether a changed word may be the verb of an obligation ("has to", "needs to") in either text."""
    if lx.OBLIGATION_VERBS.isdisjoint(words[0]) and lx.OBLIGATION_VERBS.isdisjoint(words[1]):
        return False
    return any(_OBLIGATION.search(texts.lower(side)) for side in (0, 1))


def _changed_words(changed: str) -> list[str]:
    """The lower-case words of one side's changed text ("May", the month, left out)."""
    if "May" in changed:
        changed = _MONTH_MAY.sub(" ", changed)
    low = changed.lower()
    return words_in(low.replace("’", "'") if "’" in low else low)


def _signature(words: list[str]) -> list[str]:
    """What the changed words of one side can start, sorted (``lx.SIGNATURE``)."""
    found = []
    for word in words:
        if word.endswith("n't"):
            found.append("not")
            word = lx.CONTRACTED_MODALS.get(word, word[:-3])
        group = lx.SIGNATURE.get(word)
        if group:
            found.append(group)
    return sorted(found)


def _shouted(changed: str, texts: _Texts, other: int) -> bool:
    """Whether a changed word in capitals is loaded or stands lower case on the other side."""
    if not has_shout(changed):
        return False  # no run of four capitals: the pattern finds nothing
    shouted = (_SHOUT_ASCII if changed.isascii() else _SHOUT).findall(changed) if changed else ()
    return any(w.lower() in lx.LOADED or w.lower() in texts.lower(other) for w in shouted)


def _near_reporting(diff: Sequence[DiffOp]) -> bool:
    """Whether a word replaced by another stands within a few words of a reporting verb (a new speaker?)."""
    around = set()  # the text between two replaced words once
    replace, last = OpKind.REPLACE, len(diff) - 1
    for k, op in enumerate(diff):
        if op[0] is replace:  # a DiffOp's fields by index: fewer instructions than by name
            around.add(diff[k - 1][2][-40:] if k else "")
            around.add(diff[k + 1][2][:40] if k < last else "")
    if not around:
        return False
    return not _REPORTING_VERBS.isdisjoint(words_in(" ".join(around).lower()))


def _names_needed(sides: tuple[str, str], words: list[list[str]], texts: _Texts) -> bool:
    some = not (lx.TITLE_WORDS.isdisjoint(words[0]) and lx.TITLE_WORDS.isdisjoint(words[1]))
    if (some or "-" in sides[0] or "-" in sides[1]) and _titles(words[0]) != _titles(words[1]):
        return True  # an office title changed ("president" / "prime minister"), gained or lost a modifier
    for side in (0, 1):
        text = sides[side]
        found = (_CAPITALISED_ASCII if text.isascii() else _CAPITALISED).findall(text) if text else []
        capitals = [w for w in found if w.lower() not in STOP_WORDS]
        if capitals:
            plain = [plain_word(w).removesuffix("'s") for w in capitals]
            lower = texts.lower(1 - side)
            if not all(map(lower.__contains__, plain)):
                return True  # a word nowhere in the other text's letters is none of its words (no split needed)
            other = texts.words(1 - side)
            if any(plain_word(w).removesuffix("'s") not in other and plain_word(w) not in other for w in capitals):
                return True
    return False


def _titles(words: list[str]) -> list[str]:
    """The words of office titles among the changed words of one side (``lx.TITLE_WORDS``), sorted."""
    found = list(filter(lx.TITLE_WORDS.__contains__, words))
    if "-" in "".join(words):
        found += [p for w in words if "-" in w and w not in lx.TITLE_WORDS for p in w.split("-") if p in lx.TITLE_WORDS]
    return sorted(found)
