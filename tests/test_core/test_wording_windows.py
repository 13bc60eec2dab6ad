"""A link's windows (``detect._windows``) are the changed spans widened by ``CONTEXT`` and merged, whichever way
they are found, and a window's tokens (``scan.split_tokens``) are those of its text at its offsets, each ending
where its word ends; a link with nothing changed needs no window (``precheck.needed``)."""

from __future__ import annotations

import random

from core.facts.wording.detect import CONTEXT, _merged_windows, _windows
from core.facts.wording.kinds import Span
from core.facts.wording.precheck import needed
from core.facts.wording.scan import split_tokens
from core.model import DiffOp, OpKind

ALPHABET = "aZkQ19_'-’.,!? “”"


def _spans(chance: random.Random, length: int) -> list[Span]:
    cuts = sorted(chance.sample(range(length + 1), k=min(length + 1, 2 * chance.randint(1, 4))))
    spans = [(cuts[k], cuts[k + 1]) for k in range(0, len(cuts) - 1, 2)]
    return [(a, a) if chance.random() < 0.2 else (a, b) for a, b in spans]  # some empty: inserted text


def test_windows_are_the_changed_spans_merged_windows() -> None:
    chance = random.Random(15)
    whole = 0
    for _ in range(5000):
        length = chance.randint(1, 5 * CONTEXT)
        spans = _spans(chance, length)
        windows = _windows(spans, length)
        assert windows == _merged_windows(spans, length), (spans, length)
        whole += windows == [(0, length)]
    assert 500 < whole < 4500  # both ways of finding them were taken


def test_a_windows_tokens_are_those_of_its_text_at_its_offsets() -> None:
    chance = random.Random(16)
    for _ in range(3000):
        text = "".join(chance.choice(ALPHABET) for _ in range(chance.randint(0, 40)))
        cut = sorted(chance.sample(range(len(text) + 1), k=min(len(text) + 1, 4)))
        windows = [(cut[k], cut[k + 1]) for k in range(0, len(cut) - 1, 2)]
        words, lows, starts, ends = split_tokens(text, windows)
        expected: tuple[list[str], list[str], list[int], list[int]] = ([], [], [], [])
        for start, end in windows:
            part = split_tokens(text[start:end])
            expected[0].extend(part[0])
            expected[1].extend(part[1])
            expected[2].extend(s + start for s in part[2])
            expected[3].extend(e + start for e in part[3])
        assert (words, lows, starts, ends) == expected, (text, windows)
        whole = split_tokens(text)
        assert [text[s:e] for s, e in zip(whole[2], whole[3], strict=True)] == whole[0], text


def test_a_diff_with_nothing_changed_needs_no_look() -> None:
    text = "Officials said the LORD may not come, the mayor told Anna Berg today!"
    assert needed([DiffOp(OpKind.EQUAL, text, text, 0, 0)], text, text) == (False, False)
    assert needed([], "", "") == (False, False)
