"""Modality: the same strength said another way is cosmetic; a change of strength or stance is a hedge change."""

from __future__ import annotations

import pytest

from core import compare
from core.facts.wording import ChangeKind, link_changes

SAME = [  # each pair says the same modality in two forms
    (
        "The council has to repair the sea wall, the mayor said.",
        "The council must repair the sea wall, the mayor said.",
    ),
    (
        "“We have to open the shelters tonight,” the minister said.",
        "“We must open the shelters tonight,” the minister said.",
    ),
    ("Drivers need to slow down near the new school.", "Drivers must slow down near the new school."),
    ("Drivers must slow down near the new school.", "Drivers have got to slow down near the new school."),
    ("“We’ve got to find the money,” she said.", "“We have to find the money,” she said."),
    ("The ferry operator was forced to cancel all crossings.", "The ferry operator had to cancel all crossings."),
    ("Tenants are required to give a month’s notice.", "Tenants must give a month’s notice."),
    ("The club needs to sell two players.", "The club has to sell two players."),
    ("The court will rule on the appeal on Friday.", "The court shall rule on the appeal on Friday."),
    ("Rescuers can reach the valley by helicopter.", "Rescuers are able to reach the valley by helicopter."),
    ("Rescuers cannot reach the valley by road.", "Rescuers are unable to reach the valley by road."),
    (
        "Residents needn’t boil their water, the utility said.",
        "Residents don’t have to boil their water, the utility said.",
    ),
    ("The board ought to publish the audit.", "The board should publish the audit."),
    ("Shoppers may see higher prices.", "Shoppers might see higher prices."),
    ("The dispute has to do with parking fees.", "The dispute concerns parking fees."),
    ("The need to save water is clear.", "Saving water is clearly important."),
    ("By noon the convoy had got to the border.", "By noon the convoy reached the border."),
]

CHANGED = [  # (original, rewrite, a word of the changed modality on each side that the change must show)
    ("The council has to repair the sea wall.", "The council may repair the sea wall.", "has to", "may"),
    ("The council has to repair the sea wall.", "The council should repair the sea wall.", "has to", "should"),
    ("The council has to repair the sea wall.", "The council wants to repair the sea wall.", "has to", ""),
    ("The ferry operator had to cancel all crossings.", "The ferry operator cancelled all crossings.", "had to", ""),
    ("The club needs to sell two players.", "The club could sell two players.", "needs to", "could"),
    ("Drivers must slow down near the school.", "Drivers can slow down near the school.", "must", "can"),
    ("Tenants give a month’s notice.", "Tenants are required to give a month’s notice.", "", "required to"),
]


def _hedges(original: str, rewrite: str) -> list[tuple[str, str]]:
    comparison = compare(original, rewrite)
    found = link_changes(comparison.left, comparison.right, comparison.links, comparison.numbers, comparison.quotes)
    return [(c.left, c.right) for changes in found.values() for c in changes if c.kind is ChangeKind.HEDGE]


@pytest.mark.parametrize(("original", "rewrite"), SAME)
def test_the_same_modality_said_another_way_is_no_hedge_change(original: str, rewrite: str) -> None:
    assert _hedges(original, rewrite) == []
    assert _hedges(rewrite, original) == []


@pytest.mark.parametrize(("original", "rewrite", "left", "right"), CHANGED)
def test_a_change_of_strength_is_a_hedge_change(original: str, rewrite: str, left: str, right: str) -> None:
    found = _hedges(original, rewrite)
    assert len(found) == 1
    assert left in found[0][0].lower() and right in found[0][1].lower()
    assert bool(found[0][0]) == bool(left) and bool(found[0][1]) == bool(right)
