"""Figures read once per shape (``core.facts.figure_shapes``): always what the full reading gives, and the full
reading done once for texts that differ only in one plain number."""

from __future__ import annotations

import itertools
import random
from typing import Any

import pytest

from core.facts import figure_shapes, figures
from core.facts.figure_check import FigureStatus, check_figures
from core.facts.figure_shapes import Shapes, figures_by_shape
from core.facts.figures import Figure, extract_figures
from core.model import SentenceId
from core.text.paragraphs import document_from_paragraphs

BEFORE = ("", "Line ", "about ", "more than ", "at ", "in ", "between ", "US", "from ", "No. ", "abc", "(", "the ")
AFTER = (
    "",
    " of a very long list.",
    " pm.",
    "am",
    " hours",
    " GMT",
    " May",
    " per cent",
    "%",
    " million",
    "m",
    "m tall",
    "th",
    ".5 points",
    ",000 people",
    " soldiers died",
    " to 500",
    "-",
    ":30",
    " and a half",
    " in a row",
    " days and 3 weeks",
    " seats, a third of them",
    "s",
    " third",
)


def _numbers(rng: random.Random) -> list[str]:
    """Runs of every length from 1 to 16 digits, small values, years, leading zeros."""
    runs = [str(k) for k in (1, 3, 9, 12, 13, 23, 31, 45, 99, 100, 345, 999, 1000, 1830, 1999, 2024, 2100)]
    runs += [str(rng.randrange(10 ** (size - 1), 10**size)) for size in range(1, 17) for _ in range(3)]
    return [*runs, "007", "0600", "01234"]


@pytest.mark.parametrize("seed", range(2))
def test_a_shared_reading_is_the_full_reading(seed: int) -> None:
    rng = random.Random(seed)
    texts = [b + n for b, n in itertools.product(BEFORE, _numbers(rng))]
    texts = [t + a for t, a in itertools.product(texts, AFTER)]
    rng.shuffle(texts)  # the first text of a shape, which is read in full, differs from run to run
    shapes: Shapes = {}
    mismatches = [t for t in texts if figures_by_shape(t, shapes) != extract_figures(t)]
    assert mismatches == []
    assert any(known for known in shapes.values())  # some shapes were shared with a figure, not only read in full


def test_texts_of_one_shape_are_read_in_full_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []

    def counting(text: str) -> list[Figure]:
        calls.append(text)
        return extract_figures(text)

    monkeypatch.setattr(figure_shapes, "extract_figures", counting)
    shapes: Shapes = {}
    lines = [f"Item {k} of about {k} items." for k in range(3)]  # two runs: read in full each time
    lines += [f"Line {k} of a very long list." for k in range(100_000, 101_000)]
    found = [figures_by_shape(line, shapes) for line in lines]
    assert len(calls) == 3 + 1
    assert [f[0].text for f in found[3:6]] == ["100000", "100001", "100002"]
    assert {f[0].low for f in found[3:]} == {float(k) for k in range(100_000, 101_000)}


def test_a_long_numbered_list_is_read_in_full_only_a_few_times(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = 0
    scan = figures._scan

    def counting(*args: Any) -> list[Figure]:
        nonlocal calls
        calls += 1
        return scan(*args)

    monkeypatch.setattr(figures, "_scan", counting)
    lines = [f"Entry {k} in a register of names." for k in range(10_000, 12_000)]
    left = document_from_paragraphs(lines)
    right = document_from_paragraphs(["The register was closed on Monday with 40 names."])
    found = check_figures(left, right, ())
    removed = [f for f in found if f.status is FigureStatus.REMOVED]
    assert [f.left.low for f in removed if f.left] == [float(k) for k in range(10_000, 12_000)]
    assert [f.left_at for f in removed] == [SentenceId(p, 0) for p in range(2_000)]
    assert calls < 10  # the list's lines share one shape; the article's sentence is read on its own
