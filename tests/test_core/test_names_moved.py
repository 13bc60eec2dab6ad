"""A name moved to another sentence of the same paragraph is neither dropped in one link nor added in the other
(``core.facts.wording.elsewhere``); a name dropped for good, or moved out of the paragraph, still is."""

from __future__ import annotations

from core import compare
from core.facts.wording import ChangeKind, link_changes


def names(left: str, right: str) -> list[list[str]]:
    """The names notes of each link, in link order (a link without one gives [])."""
    c = compare(left, right)
    found = link_changes(c.left, c.right, c.links, c.numbers, c.quotes)
    return [[x.note for x in found.get(k, ()) if x.kind is ChangeKind.NAMES] for k in range(len(c.links))]


def test_a_name_and_title_moved_to_the_next_sentence_are_no_change() -> None:
    left = "Priya Raman, the harbour master, said the pier was unsafe. Repairs will begin next month."
    right = "The pier is unsafe, the harbour office said. Harbour master Priya Raman said repairs begin next month."
    assert names(left, right) == [[], []]


def test_a_surname_moved_to_the_previous_sentence_is_no_change() -> None:
    left = "The strike will go ahead on Friday. Omar Haddad said talks had failed."
    right = "Haddad said the strike will go ahead on Friday. Talks had failed, the union said."
    assert names(left, right) == [[], []]


def test_a_name_dropped_for_good_is_still_reported() -> None:
    left = "Priya Raman said the pier was unsafe. Repairs will begin next month."
    right = "The pier is unsafe, officials said. Repairs will begin next month."
    assert names(left, right)[0] == ["name dropped: Priya Raman"]


def test_a_name_moved_to_another_paragraph_is_still_reported() -> None:
    left = "Priya Raman said the pier was unsafe.\n\nRepairs will begin next month, once funds arrive."
    right = "The pier is unsafe, officials said.\n\nRepairs will begin next month, once funds arrive, Priya Raman said."
    assert names(left, right) == [["name dropped: Priya Raman"], ["name added: Priya Raman"]]
