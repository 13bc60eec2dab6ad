"""Every note names the words it is about: an attribution added or dropped is quoted with its speaker
("attribution added: “the captain added”"), never the bare verb ("attribution added: added")."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from core import compare
from core.facts.wording import ChangeKind, link_changes
from tests.test_core.change_notes import change_notes

GOLD = Path(__file__).resolve().parents[2] / "bench" / "data" / "substantive_gold.jsonl"


@pytest.mark.parametrize(
    ("left", "right", "note"),
    [
        ("The ferry will sail at noon.", "The ferry will sail at noon, the captain added.",
         "attribution added: “the captain added”"),
        ("The ferry will sail at noon, she added.", "The ferry will sail at noon.",
         "attribution dropped: “she added” (the claim is no longer attributed)"),
        ("The ferry will sail at noon.", "The ferry will sail at noon, according to the coastguard.",
         "attribution added: “according to the coastguard”"),
        ("Two crew members were hurt.", "Two crew members were hurt, port officials said.",
         "attribution added: “port officials said”"),
        ("The ferry will sail at noon.", "The ferry will sail at noon, said the harbour master.",
         "attribution added: “said the harbour master”"),
    ],
)  # fmt: skip
def test_an_attribution_added_or_dropped_is_quoted_with_its_speaker(left: str, right: str, note: str) -> None:
    assert change_notes(left, right, ChangeKind.ATTRIBUTION) == [note]


def _notes_of_gold() -> list[tuple[str, str, str]]:
    found = []
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        pair = json.loads(line)
        c = compare(pair["left"], pair["right"])
        for changes in link_changes(c.left, c.right, c.links, c.numbers, c.quotes).values():
            found += [(change.note, change.left, change.right) for change in changes]
    return found


def test_every_note_of_the_gold_set_names_its_words() -> None:
    notes = _notes_of_gold()
    assert len(notes) > 200
    for note, left, right in notes:
        said = note.split(": ", 1)[1].lower()
        assert said.strip("“” ") not in ("added", "dropped", ""), note
        words = re.findall(r"\w+", f"{left} {right}".lower())
        assert any(word in said for word in words), note
