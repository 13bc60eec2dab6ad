"""The speaker of a quote introduced before it: the subject of the reporting verb right before the quote (a role
after a comma, an appositive name after a role, a participle "saying"), not the sentence's first word nor the
speaker of an earlier quote in the paragraph."""

from __future__ import annotations

import pytest

from core import article_from_text, document_from_text
from core.facts import check_quotes
from core.facts.quotes import extract_quotes


def speakers(text: str) -> list[tuple[str, str]]:
    return [(q.text, q.speaker) for q in extract_quotes(document_from_text(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a role after a comma says it, not the sentence's first word ("Timetables")
            'Timetables would change in the spring, a spokesman said: "We are sorry for the disruption."',
            [("We are sorry for the disruption.", "a spokesman")],
        ),
        (
            "Repairs usually take a month, the harbour master said: “Nobody wants the quay shut.”",
            [("Nobody wants the quay shut.", "the harbour master")],
        ),
        (  # a role opening the sentence
            "A spokeswoman for the trust said: “The ward will reopen on Monday.”",
            [("The ward will reopen on Monday.", "a spokeswoman for the trust")],
        ),
        (  # a role, then a name in apposition: the name
            'The headteacher, Ruth Amadi, said: "Pupils deserve a building that does not leak."',
            [("Pupils deserve a building that does not leak.", "Ruth Amadi")],
        ),
        (
            "The new coach, Piet van Dijk, told reporters: “We start again tomorrow.”",
            [("We start again tomorrow.", "Piet van Dijk")],
        ),
        (  # a participle names the second quote's speaker, not the body that spoke before
            "The union GMB said drivers felt “cheated”, with branch secretary Owen Price saying that “nobody asked"
            " us about the rota.”",
            [("cheated", "GMB"), ("nobody asked us about the rota.", "Owen Price")],
        ),
    ],
)
def test_the_speaker_is_the_subject_of_the_verb_before_the_quote(text: str, expected: list[tuple[str, str]]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # what held before stays
        ("“We will rebuild,” the mayor, Ann Lee, said.", [("We will rebuild,", "Ann Lee")]),
        ("Ann Lee, the mayor, said: “We will rebuild.”", [("We will rebuild.", "Ann Lee")]),
        ("Critics called it 'a fantasy'.", [("a fantasy", "Critics")]),
        ("“We will rebuild,” said a Kremlin spokesman.", [("We will rebuild,", "a Kremlin spokesman")]),
    ],
)
def test_speakers_found_before_are_unchanged(text: str, expected: list[tuple[str, str]]) -> None:
    assert speakers(text) == expected


def test_a_quote_given_by_a_participle_is_checked_against_its_own_speaker() -> None:
    left = article_from_text(
        "The union GMB said drivers felt “cheated”, with branch secretary Owen Price saying that “nobody asked us"
        " about the rota.”"
    )
    right = article_from_text("Drivers were angry. Branch chair Jane Holt said: “Nobody asked us about the rota.”")
    moved = [f for f in check_quotes(left, right) if f.side == "right"]
    assert [(f.speaker, f.speaker_was) for f in moved] == [("Jane Holt", "Owen Price")]


def test_a_participle_after_a_comma_names_no_place_before_it() -> None:
    text = (
        "The crew sailed on to Dunmore, the last port on the coast. The captain spoke to them, saying, “Stay below"
        " deck.”"
    )
    assert speakers(text)[0][1] in ("", "the captain")


def test_a_role_ends_before_its_auxiliary() -> None:
    text = "The ferry company has also argued that the new timetable is “simpler for everyone”."
    assert speakers(text) == [("simpler for everyone", "the ferry company")]


def test_a_paragraph_ending_in_a_colon_introduces_the_quote_below_it() -> None:
    text = "The trust said the ward would reopen. A spokeswoman said:\n\n“We are sorry for the delay.”"
    assert speakers(text) == [("We are sorry for the delay.", "a spokeswoman")]
    assert speakers("Ruth Amadi, the headteacher, said:\n\n“Pupils come first.”") == [
        ("Pupils come first.", "Ruth Amadi")
    ]
    assert speakers("The trust said the ward would reopen.\n\n“We are sorry.”") == [("We are sorry.", "")]


def test_a_subject_guessed_is_not_carried_to_the_next_paragraph() -> None:
    text = "Across the Borders the operator cut its evening buses and warned riders:\n\n“Check before you travel.”"
    assert speakers(text) == [("Check before you travel.", "")]
