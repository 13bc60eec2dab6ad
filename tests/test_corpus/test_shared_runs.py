"""The benchmark's test of a real shared passage (bench/shared_runs.py): runs of content words word for word,
whatever the function words, punctuation and case around them; independent texts on one subject share none."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from shared_runs import content_words, shared_runs


@dataclass
class Piece:
    key: str
    paragraphs: list[str]


def test_a_query_shares_a_run_only_with_the_articles_that_hold_its_words_in_order() -> None:
    query = Piece("q", ["The harbour master counted forty fishing boats leaving the northern quay before dawn today."])
    told_again = Piece("a", ["At dawn, a harbour master counted forty fishing boats leaving a northern quay, he said."])
    same_subject = Piece("b", ["Fishing boats left the northern quay; the harbour master counted them before dawn."])
    shuffled = Piece("c", ["Forty boats, the master counted, left harbour fishing at the quay northern dawn."])
    assert content_words("The Lord's boats, and THE quay.") == ["lord's", "boats", "quay"]
    assert shared_runs([query], [told_again, same_subject, shuffled]) == [{"a"}]
    assert shared_runs([query, shuffled], [same_subject], length=3) == [{"b"}, set()]  # "harbour master counted"
