"""The precheck's word finder (``words_in``) finds what its regex finds, on ASCII and non-ASCII text alike."""

from __future__ import annotations

import random

import pytest

from core.facts.wording.precheck import _WORD, words_in
from core.facts.wording.scan import split_tokens

ALPHABET = "aZk19_'-’!.,;:? \t\"()“”‘—–é"  # letters, digits, word marks, gaps, curly quotes, dashes, an accent


@pytest.mark.parametrize(
    "text",
    [
        "the mayor's 2nd-term plan wasn't 'final', officials said!",
        "“We won’t go,” she said — twice.",
        "'tis 1st-rate_stuff -- x-ray 90c",
        "Zoë's café: naïve!!",
        "",
        "!!! ... 123",
    ],
)
def test_words_as_the_regex_finds_them(text: str) -> None:
    assert words_in(text) == _WORD.findall(text)
    assert words_in(text.lower()) == _WORD.findall(text.lower())


def test_words_on_random_text() -> None:
    chosen = random.Random(15)
    for _ in range(5000):
        text = "".join(chosen.choice(ALPHABET) for _ in range(chosen.randint(0, 24)))
        assert words_in(text) == _WORD.findall(text), text


def test_token_lows_fold_curly_apostrophes() -> None:
    assert split_tokens("Abraham’s TENT, “Isaac’s” well")[1] == ["abraham's", "tent", "isaac's", "well"]
