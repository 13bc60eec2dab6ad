"""Sentence splitting that survives news prose.

API: ``split_sentences(text) -> list[tuple[int, int]]`` gives half-open character spans of the sentences of one
paragraph, in order, trimmed of surrounding white space; ``has_boundary(text)`` whether it may hold more than one.

A boundary is end punctuation (``.`` ``!`` ``?`` ``…``), optionally followed by closing quotes or brackets, then
white space, then something that can open a sentence (a capital, a digit, an opening quote or bracket). It is
rejected after an abbreviation (``Mr.``, ``Jan.``, ``St.``), a single initial (``John A. Smith``), and after an
initialism (``U.S.``, ``a.m.``) unless the next word usually starts a sentence ("... in the U.S. The ...").
Decimals and separators (``2.5``, ``11,000``) never match because no space follows the point.

>>> text = 'Mr. Smith paid $2.5m in Jan. 2024 to 11,000 people. "It was fair," he said. "Next year..."'
>>> [text[a:b] for a, b in split_sentences(text)]
['Mr. Smith paid $2.5m in Jan. 2024 to 11,000 people.', '"It was fair," he said.', '"Next year..."']
>>> text = "Gen. John A. Smith arrived at 10 a.m. The talks began."
>>> [text[a:b] for a, b in split_sentences(text)]
['Gen. John A. Smith arrived at 10 a.m.', 'The talks began.']
"""

from __future__ import annotations

import re

_BOUNDARY = re.compile(r"""[.!?…]+["'”’»)\]]*(\s+)(?=["'“‘«(\[]?[A-Z0-9À-ÖØ-ÞΑ-ΩА-Я])""")
_LAST_WORD = re.compile(r"(\S+)$")
_LONGEST_WORD = 40  # characters looked back for the word before a candidate boundary
_NEXT_WORD = re.compile(r"""["'“‘«(\[]?(\w+)""")

ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof st mt ft jan feb mar apr jun jul aug sep sept oct nov dec gen col lt sgt capt cmdr gov sen
    rep rev hon jr sr vs etc inc ltd co corp dept est approx fig vol ch pp al cf ave blvd rd""".split()
)
_SENTENCE_STARTERS = frozenset(
    """the a an he she it they we i you this that these those there but and or so yet in on at for after before
    when while if as his her its their our my some many most all no not""".split()
)


def _is_initialism(word: str) -> bool:
    """``U.S.``, ``a.m.``, ``e.g.``: letters each followed by a point."""
    parts = word.rstrip(".").split(".")
    return len(parts) > 1 and all(len(part) == 1 and part.isalpha() for part in parts)


def _rejects_boundary(text: str, end_of_word: int, next_start: int) -> bool:
    """Whether the point before ``end_of_word`` belongs to an abbreviation rather than ending a sentence."""
    match = _LAST_WORD.search(text, max(0, end_of_word - _LONGEST_WORD), end_of_word)
    if match is None:
        return False
    word = match.group(1).lstrip("\"'“‘(«[")
    if not word.endswith(".") or word.endswith(".."):
        return False
    bare = word[:-1]
    if len(bare) == 1 and bare.isalpha() and bare.isupper():
        return True  # an initial: "John A. Smith"
    next_match = _NEXT_WORD.match(text, next_start)
    next_word = next_match.group(1) if next_match else ""
    if bare.lower() == "no":
        return next_word.isdigit()  # "No. 10"
    if bare.lower() in ABBREVIATIONS:
        return True
    if _is_initialism(word):
        return next_word.lower() not in _SENTENCE_STARTERS
    return False


def has_boundary(text: str) -> bool:
    """Whether ``text`` holds a candidate sentence boundary; without one, a stripped text is one sentence.

    >>> has_boundary("Line 1 of a long list."), has_boundary("One. Two.")
    (False, True)
    """
    return _BOUNDARY.search(text) is not None


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Split one paragraph into sentence spans (see the module docstring for the rules)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        gap_start, gap_end = match.span(1)
        if _rejects_boundary(text, gap_start, gap_end):
            continue
        _append_trimmed(text, start, gap_start, spans)
        start = gap_end
    _append_trimmed(text, start, len(text), spans)
    return spans


def _append_trimmed(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
