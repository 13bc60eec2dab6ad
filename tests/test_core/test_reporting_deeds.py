"""A reporting verb with a direct object names a deed, not a report ("the shop added staff", "admitted to
hospital": ``core.facts.wording.objects``); with a clause, a quote, a colon or at a quote's end it still reports."""

from __future__ import annotations

import pytest

from core.facts.wording import ChangeKind
from tests.test_core.change_notes import change_notes


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("The bakery added staff for the Easter rush.", "The bakery hired more staff for the Easter rush."),
        ("The operator added three buses to the route.", "The operator put three more buses on the route."),
        ("Lawyers added a clause about late payment.", "Lawyers inserted a clause about late payment."),
        ("Engineers noted two cracks in the beam.", "Engineers found two cracks in the beam."),
        ("The maker recalled 900 kettles over a fault.", "The maker called back 900 kettles over a fault."),
        ("The cyclist was admitted to hospital at noon.", "The cyclist was taken to hospital at noon."),
        ("Two climbers admitted to hospital are recovering.", "Two climbers taken to hospital are recovering."),
    ],
)  # fmt: skip
def test_a_verb_with_a_direct_object_is_no_attribution(left: str, right: str) -> None:
    assert change_notes(left, right, ChangeKind.ATTRIBUTION) == []


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("He added that the bridge would reopen in May.", "The bridge would reopen in May."),
        ("She added: “The bridge will reopen.”", "“The bridge will reopen.”"),
        ("“The bridge is safe,” the engineer added.", "“The bridge is safe.”"),
        ("“The bridge is safe,” added the engineer.", "“The bridge is safe.”"),
        ("The mayor added the council would pay for the repairs.", "The council would pay for the repairs."),
        ("The bridge is safe, she added later.", "The bridge is safe."),
        ("Engineers noted the beam was cracked.", "The beam was cracked."),
        ("He admitted the theft in court.", "He was convicted of the theft in court."),
        ("He admitted to taking the van.", "He took the van."),
    ],
)  # fmt: skip
def test_a_verb_that_reports_speech_is_still_an_attribution(left: str, right: str) -> None:
    notes = change_notes(left, right, ChangeKind.ATTRIBUTION)
    assert len(notes) == 1 and notes[0].startswith("attribution dropped:"), notes


def test_the_base_form_of_add_reports_nothing() -> None:
    """Of "add", "note", "state", "report" only the -ed and -ing forms report ("a note", "the reports" are nouns);
    "add", a base in -d, had slipped in."""
    assert (
        change_notes("Donors will add to the fund.", "Donors will give more to the fund.", ChangeKind.ATTRIBUTION) == []
    )
