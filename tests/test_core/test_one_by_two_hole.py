"""A hole between links whose sentences share no term is read by its words (``core.align.wordholes``): in a hole
of one sentence by two, the 1:1 pair or the merge whose words are most alike is linked; in a larger one, the
links whose words are most alike in all."""

from __future__ import annotations

import pytest

from tests.test_core.test_align_classes import between, linked

ASKED = "Would you, as well, tell them what he said to us at the time?"
REWORDED = "Could you also say to them what he told us back then?"  # no content word in common with ASKED
ADDED = "Reporters waited outside."


@pytest.mark.parametrize("added_first", [True, False])
def test_the_reworded_sentence_of_a_one_by_two_hole_is_linked_and_the_added_one_left_out(added_first: bool) -> None:
    result = between(ASKED, f"{ADDED} {REWORDED}" if added_first else f"{REWORDED} {ADDED}")
    assert linked(result, "Would you, as well", "Could you also")
    assert not linked(result, "Would you, as well", "Reporters")


def test_a_sentence_holding_both_sentences_of_the_other_side_is_linked_to_both() -> None:
    merged = "Would you tell them what he said to us and where he went?"
    result = between(merged, f"{REWORDED[:-1]}. And where did he go?")
    assert linked(result, "Would you tell", "Could you also") and linked(result, "Would you tell", "And where did")


def test_a_one_by_two_hole_of_unrelated_sentences_stays_unlinked() -> None:
    result = between("Gulls circled overhead.", "Rain fell steadily. Nobody came.")
    assert not [link for link in result.links if "Gulls" in result.left.sentence(link.left[0]).text]


def test_a_two_by_two_hole_sharing_no_term_is_linked_pair_by_pair_by_its_words() -> None:
    result = between(f"{ASKED} And he was silent.", f"{REWORDED} The man was speechless.")
    assert linked(result, "Would you, as well", "Could you also") and linked(result, "And he was", "The man was")
    assert not linked(result, "Would you, as well", "The man was")


def test_a_two_by_two_hole_of_unrelated_sentences_stays_unlinked() -> None:
    result = between("Gulls circled overhead. Bells rang twice.", "Rain fell steadily. Nobody came.")
    assert not linked(result, "Gulls", "") and not linked(result, "Bells", "")
