"""A sentence split in two whose attribution went with one half: the other half's claim is no longer
attributed (``core.facts.wording.split_claims``), and no name the other half says is dropped (``elsewhere``)."""

from __future__ import annotations

from core import compare
from core.facts.wording import ChangeKind, link_changes


def _changes(left: str, right: str) -> list[tuple[str, str]]:
    c = compare(left, right)
    found = link_changes(c.left, c.right, c.links, c.numbers, c.quotes)
    return [(change.kind.value, change.note) for index in sorted(found) for change in found[index]]


_STORMS = "Storms hit the coast on Sunday.\n\n"
_FERRY = "The harbour board said the ferry had hit the pier at Brixham, and that sailings would stop until March."
_ONE_PARAGRAPH = "The ferry had hit the pier at Brixham. Sailings would stop until March, it said."
_NOTE = ("attribution dropped: “The harbour board said” (no longer attributed: “The ferry had hit the pier at "
         "Brixham.”; the rewrite attributes another part of the sentence)")  # fmt: skip


def test_the_half_of_a_split_sentence_that_lost_its_attribution_is_reported() -> None:
    changes = _changes(
        f"Storms hit the coast on Sunday.\n\n{_FERRY}", f"Storms hit the coast on Sunday.\n\n{_ONE_PARAGRAPH}"
    )
    assert ("attribution", _NOTE) in changes
    assert not any(kind == "attribution" and "added" in note for kind, note in changes)


def test_the_halves_in_two_paragraphs_lose_no_name_the_other_half_says() -> None:
    left = f"Storms hit the coast on Sunday, with gusts of 80mph.\n\n{_FERRY}\n\nFishing boats stayed in port all day."
    right = ("Storms hit the coast on Sunday, with gusts of 80mph.\n\nThe ferry had hit the pier at Brixham.\n\n"
             "Fishing boats stayed in port all day.\n\nSailings would stop until March, it said.")  # fmt: skip
    changes = _changes(left, right)
    assert ("attribution", _NOTE) in changes
    assert not any(kind == "names" and "Brixham" in note for kind, note in changes)


def test_a_claim_outside_the_verbs_scope_was_never_attributed() -> None:
    left = f"{_STORMS}The pier at Brixham was closed, and the harbour board said the ferry had hit it."
    right = f"{_STORMS}The pier at Brixham was closed. The harbour board said the ferry had hit it."
    assert [note for kind, note in _changes(left, right) if kind == ChangeKind.ATTRIBUTION.value] == []


def test_an_attribution_the_links_own_check_drops_is_reported_once() -> None:
    left = f"{_STORMS}The ferry had hit the pier at Brixham, the harbour board said, adding that sailings would stop."
    right = f"{_STORMS}The ferry had hit the pier at Brixham. Sailings would stop, the board added."
    notes = [note for kind, note in _changes(left, right) if kind == ChangeKind.ATTRIBUTION.value]
    assert notes == ["attribution dropped: “the harbour board said”"]
