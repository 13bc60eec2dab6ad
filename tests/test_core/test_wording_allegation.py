"""An allegation before what it alleges ("accused of", "charged with") is a hedge of the group of "suspected": a
rewrite that states the deed as done drops it; one that keeps the suspicion in other words does not; a speaker's
words quoted after a comma name the speaker, not the figure before the comma."""

from __future__ import annotations

import pytest

from core.facts.wording import ChangeKind
from tests.test_core.change_notes import change_notes


@pytest.mark.parametrize(
    ("left", "right", "notes"),
    [
        (
            "The treasurer was accused of taking £40,000 from the club.",
            "The treasurer took £40,000 from the club.",
            ["hedge dropped: accused of"],
        ),
        (
            "Two men were charged with arson after the fire.",
            "Two men started the fire, it emerged.",
            ["hedge dropped: charged with"],
        ),
        (
            "The treasurer was accused of taking £40,000 from the club.",
            "The treasurer is suspected of taking £40,000 from the club.",
            [],
        ),
        ("She accused the club of wasting its money.", "She accused the club of wasting its money again.", []),
    ],
)
def test_an_allegation_stated_as_done_drops_a_hedge(left: str, right: str, notes: list[str]) -> None:
    assert change_notes(left, right, ChangeKind.HEDGE) == notes


def test_a_report_after_a_comma_names_its_speaker_alone() -> None:
    left = "The treasurer took £40,000 from the club."
    right = "The treasurer took £40,000 from the club, court told."
    assert change_notes(left, right, ChangeKind.ATTRIBUTION) == ["attribution added: “court told”"]
