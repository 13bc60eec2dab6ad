"""Speakers given by a pronoun ("he said", "she added", "..., saying"): the latest speaker named before the quote,
in its paragraph or the few before it; never a name only mentioned; blank when no speaker comes before."""

from __future__ import annotations

import pytest

from core import article_from_text, document_from_text
from core.facts import QuoteStatus, check_quotes
from core.facts.quote_pronouns import LOOK_BACK
from core.facts.quotes import extract_quotes


def speakers(text: str) -> list[str]:
    return [q.speaker for q in extract_quotes(document_from_text(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the subject of a reporting verb earlier in the paragraph, with a clause between name and verb
            "Tom Reyes, who runs the ferry, said the crossing was safe. “We have never lost a boat,” he said.",
            ["Tom Reyes"],
        ),
        (  # the speaker of the previous paragraph's quote, for a pronoun before the quote
            "The harbour master, Ann Lee, said: “The quay reopens on Friday.”\n\n"
            "She added that the repairs had been “far harder than anyone expected”.",
            ["Ann Lee", "Ann Lee"],
        ),
        (  # a "saying" takes its sentence's subject, a role before the name left out
            "Parish council leader Omar Haddad welcomed the plan, saying it would “bring the village back to life”.",
            ["Omar Haddad"],
        ),
        (  # a name in apposition after an owner's role
            "Norway's fisheries minister, Ida Berg, said she was “deeply saddened” by the closure.",
            ["Ida Berg"],
        ),
        (  # a role speaker: the pronoun is the role's
            "A spokeswoman for the council said the road was closed. “It will reopen in May,” she said.",
            ["a spokeswoman for the council"],
        ),
        (  # the subject of the sentence before, whatever its verb, in the quote's own paragraph; not its object
            "First-team coach Ines Duarte explained how Marco Rossi had broken the news. “He called us in at dawn,” she"
            " said.",
            ["Ines Duarte"],
        ),
        (  # a role after an earlier quote
            "“I still have one, but I am the only one,” says one teenager. “Isolated,” he says.",
            ["one teenager", "one teenager"],
        ),
        (  # "they" after a body
            "The Harbour Board said the fees would rise.\n\n“We have no choice,” they said.",
            ["Harbour Board"],
        ),
    ],
)
def test_a_pronoun_is_the_speaker_named_before_it(text: str, expected: list[str]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a name only mentioned (an object) is no speaker: the speaker before it is
            "Ann Lee said the count was fair.\n\nPolice later questioned Tom Hale.\n\n“Every vote was checked,” she"
            " said.",
            ["Ann Lee"],
        ),
        (  # nor an organisation, for "he" or "she"
            "Ann Lee said the count was fair. The Electoral Commission said it would review it.\n\n“Every vote was"
            " checked,” she said.",
            ["Ann Lee"],
        ),
        (  # nor a plural word opening a sentence
            "Ann Lee said the count was fair. Campaigners said it was not.\n\n“Every vote was checked,” she said.",
            ["Ann Lee"],
        ),
        (  # "they" after a person is nobody's
            "Ann Lee said the count was fair.\n\n“Every vote was checked,” they said.",
            [""],
        ),
    ],
)
def test_a_pronoun_does_not_cross_to_a_name_that_is_no_speaker(text: str, expected: list[str]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "“We will rebuild,” she said.",
        "Police arrested Tom Hale on Monday. “It was a mistake,” he said.",
        "The shop closed early, saying it had “no staff left”.",
        "Ann Lee said the count was fair."
        + "\n\nThe hall was cold." * LOOK_BACK
        + "\n\n“Every vote counts,” she said.",
    ],
)
def test_a_pronoun_with_no_speaker_before_it_stays_blank(text: str) -> None:
    assert speakers(text) == [""]


def test_two_speakers_alternating_each_get_their_own_quotes() -> None:
    text = (
        "Ann Lee said the count was fair. “Every vote was checked,” she said.\n\n"
        "Tom Hale, her opponent, said it was not. “Boxes went missing,” he said.\n\n"
        "“We will appeal,” he added.\n\n"
        "Ann Lee said she would not contest an appeal. “Let them try,” she said."
    )
    assert speakers(text) == ["Ann Lee", "Tom Hale", "Tom Hale", "Ann Lee"]


def test_a_title_shows_which_speaker_a_pronoun_is() -> None:
    text = "“Every vote was checked,” said Ms Lee. “Boxes went missing,” said Mr Hale. “Let them try,” she added."
    assert speakers(text) == ["Ms Lee", "Mr Hale", "Ms Lee"]


ORIGINAL = (
    "Flood defences in Marlow failed overnight.\n\n"
    "Ruth Amadi, who chairs the residents' group, said the town had been let down. “Nobody listened to us,” she"
    " said.\n\n"
    "The Environment Agency said the river had peaked."
)


def test_a_quote_a_pronoun_gave_that_the_rewrite_gives_to_another_is_reported() -> None:
    rewrite = (
        "Flood defences in Marlow failed.\n\n"
        "“Nobody listened to us,” said council leader Sam Okoro.\n\n"
        "The Environment Agency said the river had peaked."
    )
    found = [f for f in check_quotes(article_from_text(ORIGINAL), article_from_text(rewrite)) if f.side == "right"]
    assert [(f.status, f.speaker, f.speaker_was) for f in found] == [(QuoteStatus.VERBATIM, "Sam Okoro", "Ruth Amadi")]


@pytest.mark.parametrize(
    "rewrite",
    [
        "Ruth Amadi said: “Nobody listened to us.”",
        "Ruth Amadi, a resident, said the town was let down.\n\nThe river rose fast.\n\n“Nobody listened to us,” she"
        " said.",
    ],
)
def test_a_quote_kept_with_the_speaker_a_pronoun_gave_is_not_reattributed(rewrite: str) -> None:
    found = [f for f in check_quotes(article_from_text(ORIGINAL), article_from_text(rewrite)) if f.side == "right"]
    assert [(f.status, f.speaker, f.speaker_was) for f in found] == [(QuoteStatus.VERBATIM, "Ruth Amadi", "")]
