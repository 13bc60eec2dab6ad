"""Titles and speakers (issue 15): an office written in capitals before a name or opening a sentence is a title,
the speaker after a reporting verb is the head of its noun phrase, and a change is reported once."""

from __future__ import annotations

import pytest

from core import compare
from core.facts.wording import link_changes


def changes(left: str, right: str) -> list[tuple[str, str]]:
    comparison = compare(left, right)
    found = link_changes(comparison.left, comparison.right, comparison.links, comparison.numbers, comparison.quotes)
    return [(change.kind.value, change.note) for index in sorted(found) for change in found[index]]


TAIL = " said the harbour would reopen on Friday after the storm."


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        ("Deputy mayor Rosa Kade" + TAIL, "Mayor Rosa Kade" + TAIL, ("names", "title changed: Deputy mayor -> Mayor")),
        (
            "Mayor Rosa Kade" + TAIL,
            "Council leader Rosa Kade" + TAIL,
            ("names", "title changed: Mayor -> Council leader"),
        ),
        ("Governor Rosa Kade" + TAIL, "Senator Rosa Kade" + TAIL, ("names", "title changed: Governor -> Senator")),
    ],
)
def test_an_office_in_capitals_before_a_name_is_a_title(left: str, right: str, expected: tuple[str, str]) -> None:
    assert changes(left, right) == [expected]


def test_a_title_change_beside_a_kept_name_is_no_speaker_change() -> None:
    left = "The harbour will reopen on Friday, said the mayor, Rosa Kade, after the storm."
    right = "The harbour will reopen on Friday, said the council leader, Rosa Kade, after the storm."
    assert changes(left, right) == [("names", "title changed: mayor -> council leader")]


def test_another_speaker_is_one_change() -> None:
    left = "The harbour will reopen on Friday, said the mayor after the storm."
    right = "The harbour will reopen on Friday, said the council leader after the storm."
    assert changes(left, right) == [("attribution", "speaker changed: mayor -> leader")]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (
            "The port manager said: Existing berths are too short for the new ferries.",
            "The port manager said: Larger ferries cannot use the old berths at all.",
        ),
        (
            "The port manager said that fuel costs keep rising every winter.",
            "The port manager said that the price of fuel keeps rising every winter.",
        ),
    ],
)
def test_what_was_said_is_no_speaker(left: str, right: str) -> None:
    assert [note for kind, note in changes(left, right) if note.startswith("speaker")] == []


def test_an_office_with_of_stays_one_office() -> None:
    left = "Rosa Kade, Director of Planning, said the harbour would reopen."
    right = "Rosa Kade, Director of Planning, said the harbour would open again soon."
    assert [note for _, note in changes(left, right)] == []
