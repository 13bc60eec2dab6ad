"""Reports whose speaker is not named: the passive of an addressing verb ("the jury was told") and "heard" after
a court or inquest ("..., the court heard."). They attribute the claim; only who says it is left out."""

from __future__ import annotations

import pytest

from core.facts.wording import ChangeKind
from tests.test_core.change_notes import change_notes


def attributions(left: str, right: str) -> list[str]:
    return change_notes(left, right, ChangeKind.ATTRIBUTION)


@pytest.mark.parametrize(
    ("right", "note"),
    [
        ("The two brothers ran the scheme from a garage in Derby for years, the court heard.",
         "speaker no longer named: said -> court heard"),
        ("The two brothers ran the scheme from a garage in Derby for years, the jury was told.",
         "speaker no longer named: said -> was told"),
        ("The inquest heard that the two brothers ran the scheme from a garage in Derby for years.",
         "speaker no longer named: said -> inquest heard"),
    ],
)  # fmt: skip
def test_a_claim_reported_from_the_proceedings_is_still_attributed(right: str, note: str) -> None:
    left = "Prosecutors said the two brothers ran the scheme from a garage in Derby for years."
    assert attributions(left, right) == [note]  # not "attribution dropped: said (the claim is no longer attributed)"


def test_the_same_unnamed_report_on_both_sides_is_no_change() -> None:
    left = "The two brothers ran the scheme from a garage in Derby for years, the court heard."
    right = "The brothers ran the scheme from a Derby garage for years, the jury was told."
    assert attributions(left, right) == []


def test_a_speaker_named_where_the_original_left_it_out() -> None:
    left = "One driver said he had been told the bridge was safe to cross."
    right = "One driver said his manager had told him the bridge was safe to cross."
    assert attributions(left, right) == ["speaker now named: been told -> told"]


@pytest.mark.parametrize(
    "left",
    [
        "The court heard the case in March and the two brothers were jailed for years.",  # a court hearing a case
        "Residents were told to leave and the two brothers were jailed for years.",  # an order, not a report
        "The neighbours heard a bang and the two brothers were jailed for years.",  # no hearing body
    ],
)
def test_heard_and_was_told_that_report_nothing(left: str) -> None:
    right = "The two brothers were jailed for years."
    assert attributions(left, right) == []
