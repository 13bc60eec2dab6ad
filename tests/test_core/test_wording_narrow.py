"""The ASCII forms of the wording patterns (``scan.narrow``) match what the Unicode forms match in ASCII text, and
the words of a whole text's tokens (``token_words``) are its ``words_of``."""

from __future__ import annotations

import random
import re

import pytest

from core.facts.wording import names, precheck, scan, titles
from core.facts.wording.scan import narrow, split_tokens, token_words, words_of

ASCII = "aZkQ19_'-.,;:!? \t\n\x1c\"()"  # letters, digits, word marks, gaps, a control character Unicode calls space
PATTERNS = [scan._SPLIT, scan._WORDS, scan._SHOUTED, precheck._CAPITALISED, precheck._SHOUT, names._CAPITALISED,
            titles._WORDS]  # fmt: skip


def _texts(alphabet: str, count: int) -> list[str]:
    chosen = random.Random(15)
    return ["".join(chosen.choice(alphabet) for _ in range(chosen.randint(0, 30))) for _ in range(count)]


@pytest.mark.parametrize("pattern", PATTERNS, ids=lambda p: p.pattern[:20])
def test_narrow_patterns_match_the_same_in_ascii_text(pattern: re.Pattern[str]) -> None:
    ascii_form = narrow(pattern)
    for text in _texts(ASCII + "ABCDEFGH", 3000):
        assert ascii_form.split(text) == pattern.split(text), text
        assert [m.span() for m in ascii_form.finditer(text)] == [m.span() for m in pattern.finditer(text)], text


def test_narrow_refuses_a_pattern_with_spaces() -> None:
    with pytest.raises(AssertionError):
        narrow(re.compile(r"a\s+b"))


def test_token_words_are_the_words_of_the_text() -> None:
    for text in _texts(ASCII.replace("19", "") + "’“é", 3000):  # no figures: "1,Q" is one token, "Q" one word
        assert token_words(split_tokens(text)[0]) == words_of(text), text
