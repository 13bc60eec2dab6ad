"""A large comparison's JSON is written a chunk at a time, with the bytes of one ``json.dumps``
(``core.export.to_json``)."""

from __future__ import annotations

import json
import tracemalloc
from pathlib import Path

import pytest

from core import compare, comparison_to_dict, write_json
from core.export import to_json

ORIGINAL = (
    "The council met on Monday. It approved 3 new schools and 12 roads.\n\n"
    "Officials said the plan would cost £4m. Critics called it “reckless”.\n\n"
    "The vote was 7 to 2. A final reading is due in May."
)
REWRITE = (
    "The council met on Tuesday. It approved 3 new schools and 14 roads.\n\n"
    "Critics called it “reckless”. The vote was 7 to 2.\n\n"
    "Officials said the plan would cost about £5m."
)


def _lines(count: int, skip: int = 0) -> str:
    return "\n".join(f"Line {k} of a long list." for k in range(1, count + 1) if k != skip)


@pytest.mark.parametrize("chunk", [1, 2, 3, 1000])
def test_the_compact_writer_gives_the_bytes_of_one_dumps(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chunk: int
) -> None:
    comparison = compare(ORIGINAL, REWRITE)
    monkeypatch.setattr(to_json, "PRETTY_MAX_ITEMS", 0)  # this small result written as a large one is
    monkeypatch.setattr(to_json, "CHUNK", chunk)
    write_json(comparison, tmp_path / "out.json")
    expected = json.dumps(comparison_to_dict(comparison), ensure_ascii=False, separators=(",", ":")) + "\n"
    assert (tmp_path / "out.json").read_text(encoding="utf-8") == expected
    assert comparison.links and comparison.numbers and comparison.quotes  # every section has items to write


def test_standard_output_gets_the_same_text(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    comparison = compare(ORIGINAL, REWRITE)
    monkeypatch.setattr(to_json, "PRETTY_MAX_ITEMS", 0)
    monkeypatch.setattr(to_json, "CHUNK", 2)
    write_json(comparison, "-")
    assert json.loads(capsys.readouterr().out) == json.loads(json.dumps(comparison_to_dict(comparison)))


def test_a_large_result_is_written_without_holding_its_whole_text(tmp_path: Path) -> None:
    comparison = compare(_lines(6_000), _lines(6_000, skip=3_000))
    target = tmp_path / "out.json"
    tracemalloc.start()
    try:
        write_json(comparison, target)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 2 * target.stat().st_size  # one dumps of it all: the whole text and all its data (5x the size)
