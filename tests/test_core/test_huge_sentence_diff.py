"""A sentence of hundreds of near-identical clauses takes difflib's own heuristic (``HUGE_TEXT_TOKENS``): the
changed words are still the ones shown, every one of them."""

from __future__ import annotations

import pytest

from core.diff import worddiff
from core.model import OpKind
from core.options import CompareOptions


def test_a_long_run_on_sentence_still_shows_each_changed_word(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(worddiff, "HUGE_TEXT_TOKENS", 100)  # the heuristic on a text a test can afford
    left = ", ".join(f"the inspector of pier {k} told the court" for k in range(60)) + "."
    right = (
        ", ".join(f"the inspector of pier {k} told the {'judge' if k % 3 == 0 else 'court'}" for k in range(60)) + "."
    )
    changed = [
        (op.left, op.right) for op in worddiff.word_diff(left, right, CompareOptions()) if op.op is not OpKind.EQUAL
    ]
    assert changed == [("court", "judge")] * 20
