"""Classes of alignment error named in issue 16, each on pairs written for these tests."""

from __future__ import annotations

import pytest

from core import Comparison, LinkKind, compare

BEFORE = "The harbour board met on Thursday to review the plans for a second container terminal."
AFTER = "Engineers told the board that dredging the channel would take at least three years."
BEFORE_REWRITE = "On Thursday the harbour board reviewed the plans for a second container terminal."
AFTER_REWRITE = "The board heard from engineers that dredging the channel would take three years or more."


def linked(result: Comparison, left: str, right: str) -> bool:
    """Whether a link joins the left sentence starting with ``left`` and the right one starting with ``right``."""
    for link in result.links:
        lefts = [result.left.sentence(s).text for s in link.left]
        rights = [result.right.sentence(s).text for s in link.right]
        if any(t.startswith(left) for t in lefts) and any(t.startswith(right) for t in rights):
            return True
    return False


def between(middle_left: str, middle_right: str) -> Comparison:
    return compare(f"{BEFORE} {middle_left} {AFTER}", f"{BEFORE_REWRITE} {middle_right} {AFTER_REWRITE}")


def test_a_short_reworded_sentence_between_two_links_is_linked() -> None:
    result = between(
        "Not one member of the packed audience in the old customs hall on the quay spoke against the scheme during "
        "the long evening session.",
        "Nobody spoke.",
    )
    assert linked(result, "Not one member", "Nobody spoke")


def test_a_short_sentence_with_no_shared_content_word_is_linked_on_its_function_words() -> None:
    result = between("What did you tell him?", "What did you say to him?")
    assert linked(result, "What did you tell", "What did you say")


def test_a_lone_pair_that_shares_nothing_stays_unlinked() -> None:
    result = between("Gulls circled overhead.", "Rain fell steadily.")
    assert not linked(result, "Gulls", "Rain")
    assert linked(result, BEFORE[:20], BEFORE_REWRITE[:20]) and linked(result, AFTER[:20], AFTER_REWRITE[:20])


GALLERY = (
    "Local fishermen, worried about their catches and their moorings, filled the public gallery early in the evening."
)
PETITION = "A petition with four thousand signatures was handed to the chairman before the session began."


def test_two_weakly_similar_pairs_between_two_links_are_linked() -> None:
    result = between(
        f"{GALLERY} {PETITION}", "The gallery was packed with angry residents. Campaigners also brought a petition."
    )
    assert linked(result, "Local fishermen", "The gallery was packed")
    assert linked(result, "A petition", "Campaigners also")


def test_in_a_hole_between_two_links_only_pairs_that_share_a_term_are_linked() -> None:
    result = between(
        f"{GALLERY} {PETITION}", "The gallery was packed with angry residents. Nobody could hear the speakers."
    )
    assert linked(result, "Local fishermen", "The gallery was packed")
    assert not any(linked(result, left, "Nobody could") for left in ("Local", "A petition"))


def test_a_sentence_mostly_inside_its_neighbours_counterpart_joins_that_link() -> None:
    result = between(
        "The mayor thanked the volunteers who had cleared the flooded streets of the old town overnight. Making an "
        "appeal for patience, she asked shopkeepers to wait for the insurers before reopening.",
        "The mayor thanked the volunteers who cleared the flooded streets of the old town overnight, appealing to "
        "shopkeepers to be patient and wait before they reopen.",
    )
    assert linked(result, "The mayor thanked", "The mayor thanked")
    assert linked(result, "Making an appeal", "The mayor thanked")


def test_a_one_word_sentence_said_twice_is_not_a_reuse_of_the_original() -> None:
    result = compare(f"{BEFORE} Agreed. {AFTER}", f"{BEFORE_REWRITE} Agreed. {AFTER_REWRITE} Agreed.")
    assert not any(link.reused for link in result.links)
    assert linked(result, "Agreed.", "Agreed.")


WHO = [
    "The ferry crew",
    "The harbour master",
    "Two fishermen",
    "The coast guard",
    "A local pilot",
    "The night watchman",
]
DID = ["checked", "repaired", "loaded", "painted", "moved", "cleaned", "inspected"]
WHAT = ["the cargo nets", "the mooring ropes", "the signal lamps", "the fuel barrels", "the rescue boat"]
WHERE = ["north pier", "fish market", "dry dock", "ticket office", "boat yard", "sea wall", "customs shed", "slipway"]


def chores(count: int) -> tuple[list[str], list[str]]:
    """A log of harbour chores and its rewording, sentence for sentence; every word recurs in several of them
    (no word is found once on each side), and each sentence's own rewording is its best match."""
    left = [f"{WHO[k % 6]} {DID[k % 7]} {WHAT[k % 5]} at the {WHERE[k % 8]}." for k in range(count)]
    right = [
        f"At the {WHERE[k % 8]}, {WHAT[k % 5]} were {DID[k % 7]} by {WHO[k % 6].lower()} this week."
        for k in range(count)
    ]
    return left, right


@pytest.mark.parametrize("far", [20, 38])
def test_one_shared_rare_word_far_away_does_not_cut_the_document(far: int) -> None:
    left, right = chores(48)
    left[10] = left[10][:-1] + " below the lighthouse."  # the only word found once on each side ...
    right[far] = right[far][:-1] + ", below the lighthouse."  # ... in two sentences that are not each other's
    result = compare(" ".join(left), " ".join(right))
    pairs = {(tuple(s.sentence for s in link.left), tuple(s.sentence for s in link.right)) for link in result.links}
    assert ((10,), (far,)) not in pairs
    assert {((k,), (k,)) for k in range(48)} <= pairs
    assert not any(link.kind is LinkKind.MOVED for link in result.links)


STORM = "The storm hit the coast on Monday and flooded the old harbour district."
RESCUE = "Rescue teams worked through the night to reach stranded families."
SCHOOLS = "Schools across the district reopened on Wednesday after the clean-up."
BUDGET = "The council approved the new budget for the harbour."
BUDGET_TWIN = "Was the new budget for the harbour approved by the council?"  # the same content words


def main_link_of_budget(left: list[str], right: list[str]) -> str:
    """The right text of the budget sentence's own link (not a second, reuse link)."""
    result = compare(" ".join(left), " ".join(right))
    (link,) = [k for k in result.links if not k.reused and result.left.sentence(k.left[0]).text == BUDGET]
    return " ".join(result.right.sentence(s).text for s in link.right)


@pytest.mark.parametrize("twin_first", [True, False])
def test_an_exact_copy_wins_a_tie_against_a_twin_in_reading_order(twin_first: bool) -> None:
    middle = [BUDGET_TWIN, BUDGET] if twin_first else [BUDGET, BUDGET_TWIN]
    assert main_link_of_budget([STORM, BUDGET, SCHOOLS], [STORM, *middle, SCHOOLS]) == BUDGET


@pytest.mark.parametrize("twin_first", [True, False])
def test_an_exact_copy_wins_a_tie_against_a_twin_among_moved_sentences(twin_first: bool) -> None:
    end = [BUDGET_TWIN, BUDGET] if twin_first else [BUDGET, BUDGET_TWIN]
    assert main_link_of_budget([BUDGET, STORM, RESCUE, SCHOOLS], [STORM, RESCUE, SCHOOLS, *end]) == BUDGET


def test_an_exact_copy_wins_a_tie_between_two_twins_on_the_left() -> None:
    result = compare(" ".join([STORM, BUDGET_TWIN, BUDGET, SCHOOLS]), " ".join([STORM, BUDGET, SCHOOLS]))
    (link,) = [k for k in result.links if result.right.sentence(k.right[0]).text == BUDGET]
    assert [result.left.sentence(s).text for s in link.left] == [BUDGET]


def paragraphs(*texts: str) -> str:
    return "\n\n".join(texts)


OPENING = "The ferry company cancelled every crossing to the islands on Monday as the gale strengthened."
OPENING_REWRITE = "Every ferry crossing to the islands was cancelled on Monday as the gale grew stronger."
CLOSING = "Passengers were offered refunds or seats on the first sailing once the weather allows."
CLOSING_REWRITE = "Travellers can have their money back or a seat on the first sailing when the weather allows."
PROMISE = "Its director promised that the old pier would be rebuilt in stone before the next winter storms."
PROMISE_QUOTE = "“The old pier will be rebuilt in stone before the next winter storms.”"


@pytest.mark.parametrize("lead_in", ["Its director told us:", "Then came a promise,", "As the director put it —"])
def test_a_lead_in_set_apart_from_the_quote_it_opens_joins_the_quotes_link(lead_in: str) -> None:
    result = compare(
        paragraphs(OPENING, PROMISE, CLOSING), paragraphs(OPENING_REWRITE, lead_in, PROMISE_QUOTE, CLOSING_REWRITE)
    )
    assert linked(result, "Its director promised", lead_in)
    assert linked(result, "Its director promised", "“The old pier")


def test_a_tail_in_lower_case_after_the_quote_joins_the_quotes_link() -> None:
    result = compare(
        paragraphs(OPENING, PROMISE, CLOSING),
        paragraphs(OPENING_REWRITE, PROMISE_QUOTE, "declared its director.", CLOSING_REWRITE),
    )
    assert linked(result, "Its director promised", "declared its director")


def test_a_clause_ending_in_a_semicolon_joins_the_sentence_a_rewrite_merged_it_into() -> None:
    clause = "Standing on the wet quayside in front of a crowd of anxious villagers, the director spoke briefly;"
    merged = "Speaking to villagers, the director said: " + PROMISE_QUOTE
    left, right = paragraphs(OPENING, clause, PROMISE, CLOSING), paragraphs(OPENING_REWRITE, merged, CLOSING_REWRITE)
    result = compare(left, right)
    assert linked(result, "Standing on the wet", "Speaking to villagers")
    assert linked(result, "Its director promised", "Speaking to villagers")


def test_a_long_unfinished_sentence_sharing_nothing_with_the_next_link_stays_unlinked() -> None:
    dropped = "Among the other matters raised by councillors at a stormy meeting that evening were these,"
    result = compare(paragraphs(OPENING, dropped, PROMISE, CLOSING), paragraphs(OPENING_REWRITE, PROMISE, CLOSING))
    assert not any(linked(result, "Among the other", right) for right in (OPENING_REWRITE[:10], PROMISE[:10]))
