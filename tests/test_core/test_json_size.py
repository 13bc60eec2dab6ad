"""The JSON of huge and degenerate comparisons stays a small multiple of its input (``core.export.to_json``)."""

from __future__ import annotations

import json

from core import compare, comparison_to_dict
from core.facts import FigureStatus

ARTICLE = (
    "The council approved the new budget on Monday after a long debate about schools and roads.\n\n"
    "Officials said the plan would create jobs over the coming years in the region."
)


def _lines(count: int) -> str:
    return "\n".join(f"Line {k} of a very long list." for k in range(1, count + 1))


def test_a_removed_block_is_one_figure_entry_listing_all_its_figures() -> None:
    result = compare(_lines(300), ARTICLE)
    removed = [f for f in result.numbers if f.status is FigureStatus.REMOVED]
    entries = [e for e in comparison_to_dict(result)["numbers"] if e["status"] == "removed"]
    assert len(removed) == 300 and len(entries) == 1
    listed = [entries[0]["left"]] + [also["text"] for also in entries[0]["also"]]
    assert listed == [f.left.text for f in removed if f.left]
    assert [also["at"] for also in entries[0]["also"]][:2] == [removed[1].left_at, removed[2].left_at]


def test_figures_of_linked_paragraphs_keep_one_entry_each() -> None:
    left = "The town had 300 homes and 12 shops.\n\nIt lost 40 homes in 2020 and 3 in 2021."
    right = "The town had 300 homes and 14 shops."
    result = compare(left, right)
    entries = comparison_to_dict(result)["numbers"]
    assert len(entries) == len(result.numbers) - 3  # the removed paragraph's four figures: one entry
    assert [len(e["also"]) for e in entries if e["status"] == "removed"] == [3]
    assert all(e["also"] == [] for e in entries if e["status"] != "removed")


def test_a_long_list_against_a_short_article_stays_under_ten_times_its_size() -> None:
    text = _lines(20_000)
    data = json.dumps(comparison_to_dict(compare(text, ARTICLE)), ensure_ascii=False)
    assert len(data.encode()) < 10 * len((text + ARTICLE).encode())
