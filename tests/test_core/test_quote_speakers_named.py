"""Quote speakers a new-user review found wrong: a name before "said:" is the words in that sentence, not a name the
sentence before ends with; a person "X of the Y" is X; a role said with an article right after a quote says it; a
title before a name is no part of it; and a quote given to an anonymous speaker is the quote's finding, not a
names change."""

from __future__ import annotations

import pytest

from core import compare
from core.facts.quotes import extract_quotes
from core.facts.wording import ChangeKind, link_changes
from core.text.paragraphs import document_from_text


def speakers(text: str) -> list[str]:
    return [q.speaker for q in extract_quotes(document_from_text(text))]


def test_a_name_before_said_in_its_own_sentence_wins() -> None:
    text = "The council handed the deeds to the Earl of Wessex. Archivist Ruth Baines said: “They belong here now.”"
    assert speakers(text) == ["Ruth Baines"]


@pytest.mark.parametrize(
    "text",
    [
        "Tom Okafor of the Riverside Tenants' Association said: “Nobody asked us.”",
        "“Nobody asked us,” Tom Okafor of the Riverside Tenants' Association said.",
        "Tom Okafor of Riverside Tenants said: “Nobody asked us.”",
    ],
)
def test_a_person_of_a_body_is_the_person(text: str) -> None:
    assert speakers(text) == ["Tom Okafor"]


def test_a_body_of_a_body_stays_the_body() -> None:
    assert speakers("The Department of Health said: “Nobody asked us.”") == ["Department of Health"]


@pytest.mark.parametrize(
    ("after", "role"),
    [
        ("a council spokeswoman said", "a council spokeswoman"),
        ("one resident said", "one resident"),
        ("said the harbour master", "the harbour master"),
        ("the company told reporters", "the company"),
        ("said a spokeswoman for Harwood Foods", "a spokeswoman for Harwood Foods"),
        ("a spokesman for the port said", "a spokesman for the port"),
    ],
)
def test_a_role_right_after_a_quote_says_it(after: str, role: str) -> None:
    assert speakers(f"“The bridge will stay shut until May,” {after}.") == [role]


def test_a_pronoun_or_a_time_after_a_quote_is_no_role() -> None:
    assert speakers("“The bridge will stay shut,” a week later he said.") == [""]
    assert speakers("Locals called it a “disgrace” the day the minister said it would close.") == ["Locals"]


def test_she_stands_for_the_latest_woman_or_role_speaker_before_her() -> None:
    text = (
        "Tom Okafor of the Riverside Tenants' Association said the repairs were late.\n\n"
        "“The bridge will stay shut until May,” a council spokesman said.\n\n"
        "Ines Vidal of the Harbour Users' Group said she had written twice.\n\n"
        "“I have never seen a delay like this,” she said."
    )
    assert speakers(text) == ["a council spokesman", "Ines Vidal"]
    text = "“The bridge will stay shut until May,” a council spokeswoman said.\n\n“It is a disgrace,” she said."
    assert speakers(text) == ["a council spokeswoman", "a council spokeswoman"]


def test_a_title_before_a_name_is_no_part_of_it() -> None:
    assert speakers("“It will reopen,” said Chief Engineer Ruth Baines.") == ["Ruth Baines"]
    assert speakers("Mayor Ann Lee said: “It will reopen.”") == ["Ann Lee"]
    assert speakers("“It will reopen,” said Mr Hale.") == ["Mr Hale"]


def _notes(left: str, right: str) -> list[tuple[ChangeKind, str]]:
    c = compare(left, right)
    found = link_changes(c.left, c.right, c.links, c.numbers, c.quotes)
    return [(change.kind, change.note) for index in sorted(found) for change in found[index]]


def test_a_quote_given_to_an_anonymous_speaker_is_the_quotes_finding() -> None:
    left = "The firm was fined on Monday.\n\nMr Okafor said: “We accept the ruling and have made changes.”"
    right = "The firm was fined on Monday.\n\nA company spokesman said: “We accept the ruling and have made changes.”"
    assert _notes(left, right) == [
        (ChangeKind.QUOTE, "quote now attributed to a company spokesman (the original: Mr Okafor): “We accept the "
         "ruling and have made changes”")
    ]  # fmt: skip
    assert [kind for kind, _ in _notes(right, left)] == [ChangeKind.QUOTE]


def test_an_anonymous_speaker_the_paragraph_names_is_no_other_speaker() -> None:
    left = "Tom Okafor, a company spokesman, said: “We accept the ruling and have made changes.”"
    right = "A company spokesman said: “We accept the ruling and have made changes.”"
    assert all(kind is not ChangeKind.QUOTE for kind, _ in _notes(left, right))
