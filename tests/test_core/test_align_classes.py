"""Classes of alignment error named in issue 16, each on pairs written for these tests."""

from __future__ import annotations

from core import Comparison, compare

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
