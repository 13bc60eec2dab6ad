"""The tokenisers written for speed give what their plain spellings give: the possessive regexes of the word diff
and of the matching keys against the same regexes with ordinary (backtracking) repeats, and quote keys' removal
of quote marks against a character-by-character filter."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from core.diff.worddiff import _PIECE
from core.facts.quotes import _QUOTE_CHARS, _without_quote_marks
from core.text.terms import _WORD

# The characters the patterns treat specially (word characters, joiners, apostrophes, quotes, white space),
# with a few others: short texts of them reach every way a repeat can end.
_PIECES = [*"aZ9é_ .,'’-\n\t!?\"“”‘«»`—", "  ", "’s", "1,000", "x."]
_TRICKY = st.lists(st.sampled_from(_PIECES), max_size=16).map("".join)

_PIECE_PLAIN = re.compile(r"(?:\w+(?:[-.,'’]\w+)*|[^\w\s])\s*")
_WORD_PLAIN = re.compile(r"\w+(?:[.,'’]\d+)*(?:['’]\w+)?")


@settings(max_examples=400, deadline=None)
@given(_TRICKY)
def test_word_diff_tokens_are_those_of_the_plain_pattern(text: str) -> None:
    assert _PIECE.findall(text) == _PIECE_PLAIN.findall(text)


@settings(max_examples=400, deadline=None)
@given(_TRICKY)
def test_matching_words_are_those_of_the_plain_pattern(text: str) -> None:
    assert _WORD.findall(text) == _WORD_PLAIN.findall(text)


@settings(max_examples=300, deadline=None)
@given(_TRICKY)
def test_quote_marks_are_removed_as_a_character_filter_removes_them(text: str) -> None:
    assert _without_quote_marks(text) == "".join(c for c in text if c not in _QUOTE_CHARS)
