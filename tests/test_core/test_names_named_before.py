"""A name a rewrite gives where the original says "the road" or "the firm", having named it just before, is a
reference made explicit, not a name added; a name the original never says near there, or one put in place of
another, still is."""

from __future__ import annotations

from core.facts.wording import ChangeKind
from tests.test_core.change_notes import change_notes

LEAD = "The B4520 near Holmcote was shut for five hours on Friday after a van overturned, police said.\n\n"
LATER = "Diversions ran through the village, and the road reopened at noon.\n"


def _names(left: str, right: str) -> list[str]:
    return change_notes(left, right, ChangeKind.NAMES)


def test_a_name_the_original_gave_just_before_is_no_name_added() -> None:
    rewrite = LEAD + "Diversions ran through the village, and the B4520 reopened at noon.\n"
    assert _names(LEAD + LATER, rewrite) == []


def test_a_name_the_original_never_gives_is_added() -> None:
    rewrite = LEAD + "Diversions ran through Ashby village, and the road reopened at noon.\n"
    assert _names(LEAD + LATER, rewrite) == ["name added: Ashby"]


def test_a_name_given_far_before_is_added() -> None:
    filler = "".join(f"Paragraph {word} of the story says nothing of roads.\n\n" for word in "two three four".split())
    original = LEAD + filler + LATER
    rewrite = LEAD + filler + "Diversions ran through the village, and the B4520 reopened at noon.\n"
    assert _names(original, rewrite) == ["name added: B4520"]


def test_a_name_put_in_place_of_another_is_still_a_change() -> None:
    met = "Mayor Ines Calder and her deputy Tom Reyes met the engineers.\n\n"
    original = met + "On Monday, Calder opened the new bridge.\n"
    rewrite = met + "On Monday, Reyes opened the new bridge.\n"
    assert _names(original, rewrite) == ["name changed: Calder -> Reyes"]
