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
    assert [also["left_at"] for also in entries[0]["also"]][:2] == [removed[1].left_at, removed[2].left_at]
    assert all(also["right_at"] is None for also in entries[0]["also"])


def test_figures_of_linked_paragraphs_keep_one_entry_each() -> None:
    left = "The town had 300 homes and 12 shops.\n\nIt lost 40 homes in 2020 and 3 in 2021."
    right = "The town had 300 homes and 14 shops."
    result = compare(left, right)
    entries = comparison_to_dict(result)["numbers"]
    assert len(entries) == len(result.numbers) - 3  # the removed paragraph's four figures: one entry
    assert [len(e["also"]) for e in entries if e["status"] == "removed"] == [3]
    assert all(e["also"] == [] for e in entries if e["status"] != "removed")


def test_figures_of_a_block_of_identical_paragraphs_are_one_entry() -> None:
    text = _lines(50)
    edited = text.replace("Line 20 of a very long list.", "Line 20 of a rather long list.")
    result = compare(text, edited)
    same = [e for e in comparison_to_dict(result)["numbers"] if e["status"] == "same"]
    assert [len(e["also"]) for e in same] == [18, 0, 29]  # lines 1-19, line 20 (changed row), lines 21-50
    assert same[2]["also"][0] == {"text": "22", "left_at": (21, 0), "right_at": (21, 0)}


def test_a_long_list_against_a_short_article_stays_under_ten_times_its_size() -> None:
    text = _lines(20_000)
    data = json.dumps(comparison_to_dict(compare(text, ARTICLE)), ensure_ascii=False)
    assert len(data.encode()) < 10 * len((text + ARTICLE).encode())


def test_a_long_list_against_an_edited_copy_stays_under_ten_times_its_size() -> None:
    text = _lines(5_000)
    edited = text.replace("Line 2000 of", "Line 2000, of").replace("Line 3000 of a very long list.\n", "")
    data = json.dumps(comparison_to_dict(compare(text, edited)), ensure_ascii=False, separators=(",", ":"))
    assert len(data.encode()) < 10 * len((text + edited).encode())
