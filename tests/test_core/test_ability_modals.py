"""A modal is a hedge where it qualifies a claim ("the plant could close", "prices may rise"); "can" or "could"
of ability in a relative clause ("everything we can"), in a clause of time or purpose ("before they could be
used", "so that staff could leave") and an ability achieved ("we were able to") qualify no claim: dropping one
is no hedge dropped."""

from __future__ import annotations

import pytest

from core import compare
from core.facts.wording import ChangeKind, link_changes


def _hedges(original: str, rewrite: str) -> list[tuple[str, str]]:
    comparison = compare(original, rewrite)
    found = link_changes(comparison.left, comparison.right, comparison.links, comparison.numbers, comparison.quotes)
    return [(c.left, c.right) for changes in found.values() for c in changes if c.kind is ChangeKind.HEDGE]


NO_HEDGE = [  # (original, rewrite): the original's modal, dropped, qualified no claim
    ("Crews are doing everything they can to reach the village.", "Crews are working to reach the village."),
    ("The club spent all it could on the new stand.", "The club spent heavily on the new stand."),
    ("Volunteers did whatever they could for the families.", "Volunteers helped the families."),
    ("The trust will cut as much as it can from the budget.", "The trust will cut the budget."),
    ("The board will raise fees by the most it can without a vote.", "The board will raise fees without a vote."),
    ("The guards locked the files away before they could be damaged.", "The guards locked the files away."),
    ("Engineers sealed the pipe before the tank could empty.", "Engineers sealed the pipe."),
    ("The road stayed shut until the bridge could be inspected.", "The road stayed shut for an inspection."),
    ("The school closed early so that teachers could attend a course.", "The school closed early for a course."),
    ("This year we were able to finish the roof.", "This year we finished the roof."),
    ("At last the family has been able to return home.", "At last the family has returned home."),
]

STILL_HEDGES = [  # (original, rewrite, the hedge word the change must show on the original's side)
    ("The plant could close next year.", "The plant will close next year.", "could"),
    ("Prices may rise in the spring.", "Prices rise in the spring.", "may"),
    ("Officials warned that everything could change.", "Officials warned that everything will change.", "could"),
    ("As far as we can tell, nobody was hurt.", "Nobody was hurt.", "can"),
    ("Before the vote, the plant could close.", "Before the vote, the plant will close.", "could"),
    ("Rescuers are able to reach the valley by boat.", "Rescuers reach the valley by boat.", "able"),
    ("The council said it could sell the site before May.", "The council said it will sell the site.", "could"),
]


@pytest.mark.parametrize(("original", "rewrite"), NO_HEDGE)
def test_a_modal_of_ability_dropped_is_no_hedge_dropped(original: str, rewrite: str) -> None:
    assert _hedges(original, rewrite) == []
    assert _hedges(rewrite, original) == []


@pytest.mark.parametrize(("original", "rewrite", "word"), STILL_HEDGES)
def test_a_modal_that_qualifies_a_claim_stays_a_hedge(original: str, rewrite: str, word: str) -> None:
    found = _hedges(original, rewrite)
    assert len(found) == 1 and word in found[0][0].lower()


def test_the_same_ability_on_both_sides_still_pairs() -> None:
    assert _hedges("We did everything we could.", "We did everything we were able to.") == []
    assert _hedges("They were able to leave.", "They were not able to leave.") == []
