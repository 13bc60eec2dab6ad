"""One sentence of tens of thousands of words (no full stop): the work of reading and pairing its figures and
quotes grows about linearly with its length. Work is counted (characters a pattern searches, calls of a test),
never timed."""

from __future__ import annotations

import importlib
import random
import re
import sys
from collections.abc import Callable
from typing import Any

import pytest

from core.facts import extract_figures, figure_pairs, figures, quote_pronouns, quotes
from core.facts.figure_model import Located
from core.facts.figure_values import equal_value as real_equal_value
from core.facts.quotes import extract_quotes
from core.facts.wording import overlap
from core.facts.wording.items import Item
from core.model import SentenceId
from core.text.paragraphs import document_from_text

link_changes = importlib.import_module("core.facts.wording.link_changes")  # (the package exports its function)


class Counting:
    """A compiled pattern that counts the characters each of its searches may scan."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.scanned = 0

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        self.scanned += min(endpos, len(text)) - pos
        return self.pattern.search(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Any:
        self.scanned += min(endpos, len(text)) - pos
        return self.pattern.finditer(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.pattern.match(text, pos, endpos)


def _growth(work: Callable[[int], int], size: int) -> float:
    """The work at twice the size over the work at the size: about 2 when linear, 4 when quadratic."""
    return work(2 * size) / max(1, work(size))


def _tallies(count: int) -> str:
    """One long sentence of counts side by side ("8 boats and 9 more"), no full stop."""
    return " ".join(f"in harbour {k} the crews saw {k + 2} boats and {k + 3} more" for k in range(count))


def test_range_words_are_looked_for_just_before_each_figure(monkeypatch: pytest.MonkeyPatch) -> None:
    def scanned(count: int) -> int:
        counters = [Counting(figures._FROM_BY), Counting(figures._BETWEEN)]
        monkeypatch.setattr(figures, "_FROM_BY", counters[0])
        monkeypatch.setattr(figures, "_BETWEEN", counters[1])
        found = extract_figures(_tallies(count))
        monkeypatch.undo()
        assert len(found) >= 2 * count  # the harbours' numbers and the boats
        return sum(counter.scanned for counter in counters)

    assert _growth(scanned, 400) < 2.5  # was 4.0: each search ran from the sentence's start


def test_range_words_are_still_found_far_into_a_sentence() -> None:
    text = _tallies(300) + " and the toll rose from 8 to 12 while between 5 and 9 ferries ran"
    shown = [f.text for f in extract_figures(text)]
    assert "from 8" not in shown and "8" in shown and "12" in shown  # a change, no range
    assert "5 and 9" in shown  # "between 5 and 9": one range


def _quoted(count: int) -> str:
    return " ".join(
        f"at stall {k} the trader, angry, told us, saying “prices will rise” and a farmer said “never”"
        for k in range(count)
    )


def test_quotes_of_one_long_sentence_are_read_near_each_quote(monkeypatch: pytest.MonkeyPatch) -> None:
    def scanned(count: int) -> int:
        counters = [Counting(quotes._CLAUSE_START), Counting(quote_pronouns._SAYING)]
        monkeypatch.setattr(quotes, "_CLAUSE_START", counters[0])
        monkeypatch.setattr(quote_pronouns, "_SAYING", counters[1])
        found = extract_quotes(document_from_text(_quoted(count)))
        monkeypatch.undo()
        assert len(found) == 2 * count
        return sum(counter.scanned for counter in counters)

    assert _growth(scanned, 150) < 2.5  # was about 4: each quote searched its sentence from the start


def test_a_speaker_by_the_quote_is_still_found_far_into_a_sentence() -> None:
    found = extract_quotes(document_from_text(_quoted(120)))
    assert found[-1].text == "never" and found[-1].speaker == "a farmer"  # "..., a farmer said “never”"


def _located(count: int, seed: int) -> list[Located]:
    """The figures of a long sentence of counts, some values changed (a rewrite's)."""
    rng = random.Random(seed)
    text = " ".join(f"{rng.randint(1, 9) if seed else 5} ferries and {k} buses" for k in range(count))
    return [(figure, SentenceId(0, 0)) for figure in extract_figures(text)]


def test_pairing_the_figures_of_one_long_link_grows_linearly(monkeypatch: pytest.MonkeyPatch) -> None:
    def tries(count: int) -> int:
        calls = [0]
        real = real_equal_value

        def counted(a: Any, b: Any) -> bool:
            calls[0] += 1
            return real(a, b)

        monkeypatch.setattr(figure_pairs, "equal_value", counted)
        pairs, free_left, free_right = figure_pairs.pair(_located(count, 0), _located(count, 1))
        monkeypatch.undo()
        assert len(pairs) + len(free_left) == len(pairs) + len(free_right) == 2 * count  # each paired or left over
        assert len({id(a) for a, _ in pairs} | {id(a) for a in free_left}) == 2 * count
        return calls[0]

    assert _growth(tries, 400) < 2.5  # was 4: every figure tried against every other


def test_a_long_link_pairs_each_figure_with_its_counterpart() -> None:
    text = " ".join(f"{k % 7 + 1} ferries and {k} buses" for k in range(600))
    changed = text.replace("and 250 buses", "and 2500 buses").replace("and 40 buses", "and 4000 buses")  # no twins
    lefts = [(f, SentenceId(0, 0)) for f in extract_figures(text)]
    rights = [(f, SentenceId(0, 0)) for f in extract_figures(changed)]
    pairs, free_left, free_right = figure_pairs.pair(lefts, rights)
    assert len(pairs) == len(lefts) == len(rights) and not free_left and not free_right
    shift = {b[0].start - a[0].start for a, b in pairs}
    assert shift == {0, 2, 3}  # each where it stands (after the changed ones, moved on by their extra digits)
    assert sorted((a[0].key, b[0].key) for a, b in pairs if a[0].key != b[0].key) == [("250", "2500"), ("40", "4000")]


def _overlaps(start: int, end: int, span: tuple[int, int]) -> bool:
    a, b = span
    return (a < end and start < b) or a == b == start


def test_overlaps_by_bisection_agree_with_a_walk_of_every_span() -> None:
    rng = random.Random(16)
    spans, at = [], 0
    for _ in range(300):  # a diff's changed ops on one side: in order, some empty (insertions)
        at += rng.randint(0, 6)
        width = rng.choice((0, 0, 1, 3, 7))
        spans.append((at, at + width))
        at += width
    items = [Item("said", "w", s, s + rng.randint(0, 5)) for s in (rng.randint(0, at) for _ in range(300))]
    for item in items:
        assert overlap.touching(item, spans) == [k for k, s in enumerate(spans) if _overlaps(item.start, item.end, s)]
    others = overlap.Overlaps(items)
    for span in spans + [(k, k) for k in range(0, at, 3)]:
        assert others.any(span) == any(_overlaps(i.start, i.end, span) for i in items)


def test_time_references_of_a_text_are_found_once(monkeypatch: pytest.MonkeyPatch) -> None:
    counter = Counting(link_changes.TIME_PATTERN)
    monkeypatch.setattr(link_changes, "TIME_PATTERN", counter)
    text = " ".join(f"on Monday {k} buses ran and two days ago {k + 1} ferries did" for k in range(200))
    figure_spans = [(m.start(), m.end()) for m in re.finditer(r"\b\d+\b", text)]
    answers = [link_changes.in_time_reference(text, (span,)) for span in figure_spans]
    assert counter.scanned == len(text)  # one search of the text, not one per figure (was 400 of them)
    assert not any(answers)  # the counts stand outside "on Monday" and "two days ago"
    said = "It happened two days ago."
    assert link_changes.in_time_reference(said, ((said.find("two"), said.find("two") + 3),))


def test_a_pronoun_looks_back_only_as_far_as_its_speaker(monkeypatch: pytest.MonkeyPatch) -> None:
    def looked_at(count: int) -> int:
        calls = [0]
        real = quote_pronouns._where

        def where(mention: quote_pronouns.Mention) -> tuple[int, int]:
            calls[0] += 1
            return real(mention)

        monkeypatch.setattr(quote_pronouns, "_where", where)
        text = " ".join(
            f"Ms Ann Lee, the mayor, said “we will rebuild pier {k}”, and “soon,” she added" for k in range(count)
        )
        found = extract_quotes(document_from_text(text))
        monkeypatch.undo()
        assert [q.speaker for q in found[-2:]] == ["Ms Ann Lee", "Ms Ann Lee"]  # "she" stands for her
        return calls[0]

    assert _growth(looked_at, 150) < 2.5  # was about 4: every speaker so far sorted for each pronoun
