"""A headline's wording that the other article's body states is no change of the claim ("Gale hits harbour"
over "... left 80 boats without moorings" / "Gale leaves 80 boats without moorings": no negation added):
``core.facts.wording.headline_body``."""

from __future__ import annotations

from core import compare
from core.facts.wording import ChangeKind
from core.load import article_from_text

_TAIL = "\n\nVolunteers spent the night checking the sea wall for damage.\n"


def _headline(left_title: str, left_body: str, right_title: str, right_body: str) -> list[str]:
    comparison = compare(
        article_from_text(f"{left_title}\n\n{left_body}{_TAIL}"),
        article_from_text(f"{right_title}\n\n{right_body}{_TAIL}"),
    )
    return [c.note for c in comparison.headline if c.kind is not ChangeKind.FIGURE]


def test_a_negation_the_original_body_states_is_not_added() -> None:
    body = "A fierce gale struck the harbour on Sunday and left 80 boats without moorings, the harbour master said."
    rewrite = "A fierce gale struck the harbour on Sunday, leaving 80 boats without moorings, the harbour master said."
    assert _headline("Gale hits harbour", body, "Gale leaves 80 boats without moorings", rewrite) == []


def test_a_negation_the_rewrite_body_keeps_is_not_dropped() -> None:
    body = "A fierce gale struck the harbour on Sunday and left 80 boats without moorings, the harbour master said."
    assert _headline("Gale leaves 80 boats without moorings", body, "Gale hits harbour", body) == []


def test_a_hedge_and_a_name_the_original_body_states_are_not_added() -> None:
    body = "The ferry operator Norland is expected to cut the winter crossings to the islands, staff were told."
    rewrite = "Norland is expected to cut the winter crossings to the islands, staff were told on Friday."
    assert _headline("Winter crossings to islands under review", body,
                     "Norland expected to cut winter crossings to islands", rewrite) == []  # fmt: skip


def test_a_headline_change_the_body_does_not_state_stays() -> None:
    body = "A fierce gale struck the harbour on Sunday and damaged 80 boats, the harbour master said."
    found = _headline("Gale hits harbour", body, "Gale leaves 80 boats without moorings", body)
    assert found == ["negation added: “boats without moorings”"]


def test_a_negator_of_another_word_in_the_body_states_nothing() -> None:
    body = "The gale did not spare the harbour on Sunday, and 80 boats broke their moorings, the harbour master said."
    found = _headline("Gale hits harbour", body, "Gale leaves 80 boats without moorings", body)
    assert found == ["negation added: “boats without moorings”"]


def test_a_headline_claiming_more_than_both_bodies_stays() -> None:
    body = "The council may close two libraries next year to save money, a spokesman said."
    found = _headline("Council may close two libraries", body, "Council will close two libraries", body)
    assert found == ["modality: may -> will"]


def test_an_attribution_or_hedge_dropped_from_the_headline_stays_whatever_the_body_says() -> None:
    body = "Coastguards said the gale may close the harbour on Sunday, the harbour master warned."
    found = _headline("Gale may close harbour, coastguards say", body, "Gale closes harbour", body)
    assert found == ["attribution dropped: “coastguards say” (the claim is no longer attributed)", "hedge dropped: may"]


def test_a_negation_turned_over_in_the_headline_stays() -> None:
    body = "The harbour master will not resign over the damage to the sea wall, the council said."
    found = _headline("Harbour master will not resign", body, "Harbour master to resign", body)
    assert found == ["negation dropped: “will not resign”"]
