"""The gold set of substantive changes (bench/data/substantive_gold.jsonl) is well formed and covers its traps."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

GOLD = Path(__file__).resolve().parents[2] / "bench" / "data" / "substantive_gold.jsonl"
KINDS = {"attribution", "hedge", "negation", "names", "loaded", "time", "figure", "quote"}


def _pairs() -> list[dict[str, Any]]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_size_and_coverage() -> None:
    pairs = _pairs()
    kinds = Counter(change["kind"] for pair in pairs for change in pair["changes"])
    assert len(pairs) >= 200
    assert sum(1 for pair in pairs if not pair["changes"]) >= 60
    assert set(kinds) == KINDS
    assert min(kinds.values()) >= 10


def test_pairs_are_distinct_and_changed() -> None:
    pairs = _pairs()
    assert len({(p["left"], p["right"]) for p in pairs}) == len(pairs)
    assert all(p["left"] != p["right"] for p in pairs)


@pytest.mark.parametrize("side", ["left", "right"])
def test_labelled_words_stand_in_their_sentence(side: str) -> None:
    for pair in _pairs():
        words = set(re.findall(r"[\w']+|!", pair[side].lower()))
        for change in pair["changes"]:
            labelled = re.findall(r"[\w']+|!", change[side].lower().replace("n't", " n't"))
            missing = [w for w in labelled if w not in words and not any(x.endswith(w) for x in words)]
            assert not missing, (pair, change)


def test_traps_are_there() -> None:
    cosmetic = [p for p in _pairs() if not p["changes"]]
    joined = " || ".join(p["left"] + " | " + p["right"] for p in cosmetic)
    for trap in (" says ", "n't", " May", "NHS", "South Korea", "colour", " not "):
        assert trap in joined, trap
