"""The tokens found without a regex (``tokens.plain_tokens``) are those the token pattern finds (``scan._SPLIT``),
at the same offsets, on whole texts and on windows of them; texts it cannot read are left to the pattern."""

from __future__ import annotations

import random
from itertools import accumulate

import pytest

from core.facts.wording.scan import _SPLIT
from core.facts.wording.tokens import Tokens, plain_tokens

ALPHABET = "aZkQ19_'-’.,;:!? \t\n“”‘—éAB."  # letters, digits, word marks, gaps, curly quotes, a dash, an accent


def _by_pattern(part: str, start: int) -> Tokens:
    pieces = _SPLIT.split(part)
    offsets = list(accumulate(map(len, pieces), initial=start))
    words = [word.rstrip("'’-") for word in pieces[1::2]]
    starts = offsets[1:-1:2]
    ends = [s + len(w) for s, w in zip(starts, words, strict=True)]
    return words, [w.lower().replace("’", "'") for w in words], starts, ends


@pytest.mark.parametrize(
    "text",
    [
        "“We won’t go,” she said — twice.",
        "'tis a run of -- x-ray and rock-'n'-roll -well- said'",
        "Officials said: the  mayor’s   plan\twas\nfinal",
        "",
        " - ' ",
    ],
)
def test_plain_tokens_are_the_patterns(text: str) -> None:
    assert plain_tokens(text, 7) == _by_pattern(text, 7)


@pytest.mark.parametrize("text", ["At 9 am", "snake_case", "Wow!", "the U.S. said", "it's Jo’s", "café"])
def test_what_only_the_pattern_reads_is_left_to_it(text: str) -> None:
    assert plain_tokens(text, 0) is None


def test_plain_tokens_on_random_text() -> None:
    chosen = random.Random(17)
    read = 0
    for _ in range(20_000):
        text = "".join(chosen.choice(ALPHABET) for _ in range(chosen.randint(0, 30)))
        start, end = sorted(chosen.sample(range(len(text) + 1), 2)) if len(text) > 1 else (0, len(text))
        found = plain_tokens(text[start:end], start)
        if found is not None:
            read += 1
            assert found == _by_pattern(text[start:end], start), text[start:end]
    assert read > 2_000  # the plain path was taken often enough to mean something
