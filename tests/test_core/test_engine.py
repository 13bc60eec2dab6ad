"""The public entry: JSON format, time budget, cancel hook and progress."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core import (
    CompareOptions,
    Comparison,
    ComparisonCancelled,
    ComparisonState,
    compare,
    comparison_to_dict,
    write_json,
)

SAMPLES = Path(__file__).resolve().parents[2] / "assets" / "samples"


def sample_comparison(options: CompareOptions | None = None) -> Comparison:
    return compare((SAMPLES / "original.txt").read_text(), (SAMPLES / "rewrite.txt").read_text(), options)


def test_json_has_the_documented_shape(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    write_json(sample_comparison(), target)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["format"] == "parallax/1"
    assert set(data) >= {"left", "right", "links", "rows", "numbers", "quotes", "summary", "state"}
    assert set(data["left"]) == {
        "name",
        "title",
        "paragraphs",
        "boilerplate",
        "standfirst",
        "byline",
        "date",
        "dateline",
    }
    paragraph = data["left"]["paragraphs"][1]
    assert paragraph["sentences"][0] in paragraph["text"]
    link = data["links"][1]
    assert link["kind"] in {"identical", "changed", "moved"} and 0 <= link["similarity"] <= 1
    assert all(op["op"] in {"equal", "delete", "insert", "replace"} for op in link["diff"])
    p, s = link["left"][0]
    assert data["left"]["paragraphs"][p]["sentences"][s].startswith("".join(op["left"] for op in link["diff"])[:20])
    assert {row["kind"] for row in data["rows"]} >= {"changed", "moved", "added"}


def test_json_round_trips_the_model() -> None:
    comparison = sample_comparison()
    data = json.loads(json.dumps(comparison_to_dict(comparison)))
    assert len(data["links"]) == len(comparison.links)
    assert [row["left"] for row in data["rows"]] == [list(row.left) for row in comparison.rows]


def test_failed_write_leaves_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    target.write_text("old")
    comparison = compare("A storm hit the coast.", "A storm hit the coast \ud800 today.")  # a lone surrogate:
    with pytest.raises(UnicodeEncodeError):  # it cannot be written as UTF-8, so the write fails half-way
        write_json(comparison, target)
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_cancel_hook_stops_the_comparison() -> None:
    with pytest.raises(ComparisonCancelled):
        sample_comparison(CompareOptions(should_cancel=lambda: True))


def test_zero_budget_gives_a_partial_but_lossless_result() -> None:
    result = sample_comparison(CompareOptions(time_budget=0.0))
    assert result.state is ComparisonState.PARTIAL
    assert sum(len(row.left) for row in result.rows) == len(result.left.paragraphs)
    assert sum(len(row.right) for row in result.rows) == len(result.right.paragraphs)


def test_full_run_is_complete_and_reports_progress() -> None:
    seen: list[float] = []
    result = sample_comparison(CompareOptions(progress=seen.append))
    assert result.state is ComparisonState.COMPLETE
    assert seen[-1] == 1.0 and seen == sorted(seen)
