"""An acronym the text defines in parentheses after its name ("UK Health Security Agency (UKHSA)") is that
name's alias, whatever its initials: the rewrite that keeps only the acronym drops no name."""

from __future__ import annotations

import pytest

from core.facts.wording import ChangeKind
from tests.test_core.change_notes import change_notes


def names(left: str, right: str) -> list[str]:
    return change_notes(left, right, ChangeKind.NAMES)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("In Wales, the UK Statistics Authority (UKSA) counted 4,120 new homes in 2025.",
         "UKSA counted 4,120 new homes in Wales in 2025."),
        ("The National Institute for Health and Care Excellence (NICE) said the drug was too costly for the NHS.",
         "The drug was too costly for the NHS, according to NICE."),
        ("The drug was too costly for the NHS, according to NICE.",
         "The National Institute for Health and Care Excellence (NICE) said the drug was too costly for the NHS."),
    ],
)  # fmt: skip
def test_a_defined_acronym_keeps_its_name(left: str, right: str) -> None:
    assert names(left, right) == []


def test_another_organisation_is_still_a_name_changed() -> None:
    left = "The Office for Rail and Road (ORR) said most delays were caused by signal faults."
    right = "The RMT said most delays were caused by signal faults."
    assert names(left, right) == ["name changed: Office for Rail / Road / ORR -> RMT"]


def test_an_acronym_in_parentheses_that_is_not_the_names_is_no_alias() -> None:
    left = "Mark Oduya (BBC) said most delays were caused by signal faults."  # a name, then an outlet
    right = "The BBC said most delays were caused by signal faults."
    assert names(left, right) == ["name dropped: Mark Oduya"]
