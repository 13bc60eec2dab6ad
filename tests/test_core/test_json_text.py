"""The compact JSON of a large comparison is written straight from its objects (``core.export.json_text``), with
the bytes of one ``json.dumps`` of its dict."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core import Comparison, combine_sources, compare, comparison_to_dict, document_from_text, write_json
from core.export import json_text, to_json


def _numbered(count: int) -> list[str]:
    return [f"Line {k} of a long list, the {k}th." for k in range(1, count + 1)]


def _json_of(comparison: Comparison, folder: Path, name: str) -> tuple[str, str]:
    """The compact writer's text, with a chunk of 2, and that of one json.dumps of the comparison's dict."""
    target = folder / name
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(to_json, "PRETTY_MAX_ITEMS", 0)
        patch.setattr(to_json, "CHUNK", 2)
        write_json(comparison, target)
    expected = json.dumps(comparison_to_dict(comparison), ensure_ascii=False, separators=(",", ":")) + "\n"
    return target.read_text(encoding="utf-8"), expected


def test_the_json_text_of_lists_moves_sources_and_changes_is_that_of_one_dumps(tmp_path: Path) -> None:
    lines = _numbered(12)
    edited = [*lines[:3], "An “added” line\twith a tab, 1.5e3 and \\ here.", *lines[3:8], *lines[9:], lines[0]]
    listed = compare("\n".join(lines), "\n".join(edited))
    several = combine_sources(
        [
            document_from_text("Talks began on Monday. Ten ministers came.", name="a.txt"),
            document_from_text("Talks began on Monday morning. Ten ministers came.", name="b.txt"),
        ]
    )
    sourced = compare(several, "Talks began on Monday morning. Eleven ministers came, said Ann.")
    reworded = compare("The mayor said 300 homes flooded.", "The mayor denied that 3,000 homes flooded.")
    assert any(p.variants for p in sourced.left.paragraphs) and reworded.changes
    assert any(len(entry["also"]) > 2 for entry in comparison_to_dict(listed)["numbers"])  # written in chunks
    for k, comparison in enumerate((listed, sourced, reworded)):
        written, expected = _json_of(comparison, tmp_path, f"{k}.json")
        assert written == expected


def test_a_list_is_written_without_a_dict_per_link_or_paragraph(tmp_path: Path) -> None:
    lines = _numbered(3_000)
    comparison = compare("\n".join(lines), "\n".join(lines[:1_000] + lines[1_001:]))
    expected = json.dumps(comparison_to_dict(comparison), ensure_ascii=False, separators=(",", ":")) + "\n"

    def no_dicts(*args: object) -> object:
        raise AssertionError("a dict made for the compact writer")

    with pytest.MonkeyPatch.context() as patch:
        for name in ("_ops", "_left_paragraph", "_right_paragraph", "_row"):
            patch.setattr(to_json, name, no_dicts)
        write_json(comparison, tmp_path / "out.json")
    assert (tmp_path / "out.json").read_text(encoding="utf-8") == expected


def test_substantive_changes_are_written_without_json_dumps(tmp_path: Path) -> None:
    comparison = compare(
        "The council said “about 40” homes were hit\tby the flood.",
        "The council claimed that 400 homes were allegedly hit by the shocking flood!",
    )
    assert comparison.changes  # an attribution, a hedge, loaded words, a figure: notes with quotes and marks
    expected = json.dumps(comparison_to_dict(comparison), ensure_ascii=False, separators=(",", ":")) + "\n"

    def no_dumps(value: object) -> str:
        raise AssertionError(f"json.dumps of {value!r}")

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(to_json, "PRETTY_MAX_ITEMS", 0)
        patch.setattr(json_text, "_dumps", no_dumps)
        write_json(comparison, tmp_path / "out.json")
    assert (tmp_path / "out.json").read_text(encoding="utf-8") == expected
