"""The review of issue 15 (s16): a participle after a reporting verb has that verb's speaker ("police said,
adding that ..."); a share of a group ("a quarter of those ...", "a third") is no speaker to compare; a "could"
the other side says again with a verb of permission or ability ("let them rest") is no hedge dropped."""

from __future__ import annotations

import pytest

from core.facts.wording import ChangeKind
from core.facts.wording.scan import scan
from tests.test_core.change_notes import change_notes


@pytest.mark.parametrize(
    ("left", "right", "note"),
    [
        ("A van hit a wall in Bodmin, Devon and Cornwall Police said, adding that the driver was hurt.",
         "A van hit a wall in Bodmin. The driver was hurt.",
         "attribution dropped: “Devon and Cornwall Police said, adding” (the claim is no longer attributed)"),
        ("The pier will shut in May, the council said, adding that repairs would take a year.",
         "The pier will shut in May, the council said. Repairs would take a year.",
         "attribution dropped: “the council said, adding”"),
        ("The pier will shut in May, Dorset and Poole Council said.", "The pier will shut in May.",
         "attribution dropped: “Dorset and Poole Council said” (the claim is no longer attributed)"),
    ],
)  # fmt: skip
def test_a_participle_after_a_reporting_verb_is_quoted_with_its_speaker(left: str, right: str, note: str) -> None:
    assert change_notes(left, right, ChangeKind.ATTRIBUTION) == [note]


def test_a_participle_takes_the_speaker_of_the_verb_before_it() -> None:
    side = scan("The pier will shut, officials said, adding that repairs would take a year.")
    assert [(item.text, item.head) for item in side.reporting] == [("said", "officials"), ("adding", "officials")]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("A quarter of those with the longest shifts reported feeling unsafe at night.",
         "A third said they felt unsafe at night."),
        ("Half of the nurses in the survey said they planned to leave.",
         "Most of them said they planned to leave."),
        ("Two thirds of tenants on the estate said the repairs were late.",
         "One in five said the repairs were late."),
    ],
)  # fmt: skip
def test_a_share_of_a_group_is_no_speaker_changed(left: str, right: str) -> None:
    assert change_notes(left, right, ChangeKind.ATTRIBUTION) == []


def test_a_group_named_after_a_share_is_still_compared() -> None:
    notes = change_notes("Half of the nurses said the ward was short-staffed.",
                         "Half of the managers said the ward was short-staffed.", ChangeKind.ATTRIBUTION)  # fmt: skip
    assert notes == ["speaker changed: nurses -> managers"]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("Sales rose, possibly because shoppers could pay by phone.",
         "Sales rose, perhaps because the new app let shoppers pay by phone."),
        ("The crossing reopened so drivers could use it again.",
         "The crossing reopened, allowing drivers to use it again."),
        ("Residents said the ramp meant they could reach the beach.",
         "Residents said the ramp enabled them to reach the beach."),
    ],
)  # fmt: skip
def test_a_could_restated_as_a_permission_is_no_hedge_dropped(left: str, right: str) -> None:
    assert change_notes(left, right, ChangeKind.HEDGE) == []


def test_a_could_without_a_permission_on_the_other_side_stays_a_hedge() -> None:
    notes = change_notes("Sales rose because shoppers could pay by phone.",
                         "Sales rose because shoppers paid by phone.", ChangeKind.HEDGE)  # fmt: skip
    assert notes == ["hedge dropped: could"]
