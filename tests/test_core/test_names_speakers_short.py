"""A speaker named at a sentence's start is a name ("Okonjo said ...": ``sentence_names``), and a name shortened
to its leading part, itself a name, is the same name ("P&O Ferries" / "P&O": ``short_forms``)."""

from __future__ import annotations

import pytest

from core.facts.wording import ChangeKind
from tests.test_core.change_notes import change_notes


def names(left: str, right: str) -> list[str]:
    return change_notes(left, right, ChangeKind.NAMES)


@pytest.mark.parametrize(
    ("left", "right", "found"),
    [
        ("Okonjo said the dam would hold.", "The dam would hold, said Barros.",
         ["name dropped: Okonjo", "name added: Barros"]),
        ("Lindqvist warned the ice was thin.", "The ice was thin.", ["name dropped: Lindqvist"]),
        ("The ice was thin.", "Lindqvist warned the ice was thin.", ["name added: Lindqvist"]),
        ("The ranger and Lindqvist warned the ice was thin.", "Lindqvist warned the ice was thin.",
         []),  # mid-sentence on one side, at the start on the other: the same name
    ],
)  # fmt: skip
def test_a_speaker_at_a_sentence_start_is_a_name(left: str, right: str, found: list[str]) -> None:
    assert names(left, right) == found


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("Officials said the dam would hold.", "The dam would hold."),  # a plural: a common noun
        ("Police said the dam would hold.", "The dam would hold, a ranger said."),  # among the commonest words
        ("Everyone said the dam would hold.", "The dam would hold, they all said."),
        ("Rangers said the dam would hold.", "The dam would hold."),
        ("Okonjo added sandbags to the dam.", "More sandbags went on the dam."),  # a deed: no speaker
        ("Security said the gate was shut, so security was tight.", "The gate was shut, so security was tight."),
    ],
)  # fmt: skip
def test_a_common_word_before_a_reporting_verb_is_no_name(left: str, right: str) -> None:
    assert names(left, right) == []


def test_a_changed_speaker_is_said_once() -> None:
    notes = change_notes("Okonjo said the dam would hold.", "Engineers said the dam would hold.", ChangeKind.NAMES)
    assert notes == []
    speaker = change_notes("Okonjo said the dam would hold.", "Engineers said the dam would hold.",
                           ChangeKind.ATTRIBUTION)  # fmt: skip
    assert speaker == ["speaker changed: Okonjo -> Engineers"]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("Stena Line halted sailings on Monday.", "Stena halted sailings on Monday."),
        ("Crossings were halted by P&O Ferries on Monday.", "Crossings were halted by P&O on Monday."),
        ("Crossings were halted by P&O on Monday.", "Crossings were halted by P&O Ferries on Monday."),
        ("Shares in Vantor Holdings fell.", "Shares in Vantor fell."),
    ],
)  # fmt: skip
def test_a_name_shortened_to_its_leading_name_is_the_same(left: str, right: str) -> None:
    assert names(left, right) == []


@pytest.mark.parametrize(
    ("left", "right", "found"),
    [
        ("Crossings were halted by P&O Ferries.", "Crossings were halted by P&O Cruises.",
         ["name changed: P&O Ferries -> P&O Cruises"]),  # the leading part joined to another name
        ("The bid came from British Airways.", "The bid came from British bidders.", ["name dropped: British Airways"]),
        ("The mayor of New Bern spoke.", "The mayor spoke about New rules.", ["name dropped: New Bern"]),
        ("Beds at the Dunmore ICU ran out.", "Beds at the Dunmore ward ran out.", ["name dropped: Dunmore ICU"]),
    ],
)  # fmt: skip
def test_a_common_leading_word_is_no_short_form(left: str, right: str, found: list[str]) -> None:
    assert names(left, right) == found
