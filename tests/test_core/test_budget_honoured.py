"""The time budget is honoured inside a stage that one huge paragraph keeps busy: reading its quotes stops at the
next poll once the budget is spent, and the result says it is partial. The clock is a fake one: no test waits."""

from __future__ import annotations

from functools import partial

import pytest

from core import compare
from core.budget import Budget
from core.diff import worddiff
from core.engine import pipeline
from core.facts import quote_check
from core.facts.quotes import POLL, extract_quotes
from core.model import ComparisonState, OpKind
from core.options import CompareOptions
from core.text.paragraphs import document_from_text


class FakeClock:
    """Seconds that pass only when a test says so."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def _market(count: int) -> str:
    """One paragraph, one sentence (no full stop), ``count`` quotes."""
    return " ".join(f"at stall {k} a trader said “prices rose by {k} pence”, and" for k in range(count)) + " no more"


def test_a_budget_runs_out_by_its_clock() -> None:
    clock = FakeClock()
    budget = Budget(5.0, None, clock=clock)
    clock.now = 4.9
    assert not budget.expired() and not budget.ran_out
    clock.now = 5.1
    assert budget.expired() and budget.ran_out
    clock.now = 0.0
    assert budget.expired()  # once spent, spent


def test_reading_quotes_stops_at_the_next_poll() -> None:
    document = document_from_text(_market(10 * POLL))
    polls = [0]

    def stop() -> bool:
        polls[0] += 1
        return polls[0] >= 2

    found = extract_quotes(document, stop)
    assert len(found) < 2 * POLL < len(extract_quotes(document))
    assert quote_check.check_quotes(document, document, stop=lambda: True) == ()
    assert len(quote_check.check_quotes(document, document, stop=lambda: False)) == 2 * 10 * POLL  # each side's


def test_a_budget_spent_while_quotes_are_read_gives_a_partial_result(monkeypatch: pytest.MonkeyPatch) -> None:
    clock = FakeClock()
    read: list[int] = []
    real = extract_quotes

    def slow_reading(document: object, stop: object = None) -> list[object]:
        clock.now = 100.0  # reading the quotes takes longer than the whole budget
        quotes = real(document, stop)  # type: ignore[arg-type]
        read.append(len(quotes))
        return quotes  # type: ignore[return-value]

    monkeypatch.setattr(pipeline, "Budget", partial(Budget, clock=clock))
    monkeypatch.setattr(quote_check, "extract_quotes", slow_reading)
    text = _market(20 * POLL)
    result = compare(text, text.replace("prices rose", "prices went up"), CompareOptions(time_budget=5.0))
    assert result.state is ComparisonState.PARTIAL
    assert result.quotes == ()  # none rather than some: the others would be told dropped
    assert read and max(read) < 2 * POLL  # stopped at a poll, not after the 1,280 quotes of each side
    assert result.numbers  # the figures were read before the budget ran out
    assert result.summary is None  # no counts of findings cut short (was a summary of no quotes)


def test_the_word_diff_of_a_huge_link_stops_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(worddiff, "HUGE_TEXT_TOKENS", 100)  # a huge text a test can afford
    left = " ".join(f"the ferry {k} left pier {k % 9} at dawn" for k in range(300))
    right = left.replace("at dawn", "at noon", 40).replace("ferry 7", "boat 7")
    polls = [0]

    def stop() -> bool:
        polls[0] += 1
        return polls[0] > 1

    stopped = worddiff.word_diff(left, right, CompareOptions(), stop)
    assert polls[0] == 2 and [(op.op, op.left, op.right) for op in stopped] == [(OpKind.REPLACE, left, right)]
    whole = worddiff.word_diff(left, right, CompareOptions(), lambda: False)
    assert whole == worddiff.word_diff(left, right, CompareOptions())  # polled, the same diff
    assert len(whole) > 40
