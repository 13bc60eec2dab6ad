"""A weak link alone in a hole is aligned again with the hole around it (``core.align.aligner._redo_weak``): a
paraphrase whose three verses each keep one word of the original, the last also sharing two words with the first
rewrite verse, reads in order, instead of one crossing link and four sentences left out."""

from __future__ import annotations

from core.align import align
from core.budget import Budget
from core.options import AlignmentThresholds


def _words(tag: str, count: int) -> list[str]:
    return [f"{tag}{k}" for k in range(count)]


def _texts(shared_with_first: int) -> tuple[list[list[str]], list[list[str]]]:
    """Two copied sentences around three paraphrased ones; the last original one shares ``shared_with_first``
    words with the first rewrite sentence."""
    mixed = _words("mix", shared_with_first)
    head, tail = _words("a", 6), _words("b", 6)
    left = [head, [*_words("p", 7), "one"], [*_words("r", 7), "two"], [*_words("t", 7 - len(mixed)), "three", *mixed],
            tail]  # fmt: skip
    right = [head, [*_words("q", 7 - len(mixed)), "one", *mixed], [*_words("s", 7), "two"], [*_words("u", 7), "three"],
             tail]  # fmt: skip
    return left, right


def _pairs(left: list[list[str]], right: list[list[str]]) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    return [(g.left, g.right) for g in align(left, right, AlignmentThresholds(), Budget(None, None))]


def test_the_hole_reads_in_order_when_that_scores_more_than_the_weak_link() -> None:
    assert _pairs(*_texts(2)) == [((k,), (k,)) for k in range(5)]


def test_a_link_sharing_most_of_its_words_is_not_undone() -> None:
    pairs = _pairs(*_texts(5))  # the crossing pair now shares six words of eight: a real match
    assert ((3,), (1,)) in pairs
    assert ((0,), (0,)) in pairs and ((4,), (4,)) in pairs
