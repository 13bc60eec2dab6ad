"""A reader's review of the substantive-change findings (issue 15): noise left out, the words quoted as written,
each finding saying which words it means, headlines compared, and quotes given to another speaker flagged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core import compare
from core.export import write_json
from core.facts import QuoteStatus
from core.facts.wording import Change, ChangeKind, link_changes
from core.load import article_from_text
from core.report.findings import FindingKind, list_findings


def changes(left: str, right: str) -> list[Change]:
    comparison = compare(left, right)
    found = link_changes(comparison.left, comparison.right, comparison.links, comparison.numbers, comparison.quotes)
    return [change for index in sorted(found) for change in found[index]]


def notes(left: str, right: str, kind: ChangeKind) -> list[str]:
    return [change.note for change in changes(left, right) if change.kind is kind]


@pytest.mark.parametrize(
    "right",
    [
        "The ferry company said its crews failed to reach the island.",
        "The ferry company said its crews did not reach the island.",
        "The ferry company said its crews never reached the island.",
    ],
)
def test_a_negated_ability_is_no_hedge(right: str) -> None:
    left = "The ferry company said its crews had not been able to reach the island."
    assert notes(left, right, ChangeKind.HEDGE) == []


@pytest.mark.parametrize(
    ("left", "right", "hedge"),
    [
        ("The crews reached the island.", "The crews could reach the island.", "could"),
        ("The crews did not reach the island.", "The crews may not reach the island.", "may"),
        ("The crews will not reach the island.", "The crews could not reach the island.", "could"),
    ],
)
def test_an_ability_or_a_possibility_claimed_is_still_a_hedge(left: str, right: str, hedge: str) -> None:
    assert [hedge in note for note in notes(left, right, ChangeKind.HEDGE)] == [True]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("The Marsh-led council cut the bus routes.", "The council, led by Marsh, cut the bus routes."),
        ("A Kettering-based firm bought the mill.", "A firm based in Kettering bought the mill."),
    ],
)
def test_a_name_joined_to_a_lower_case_word_is_the_same_name(left: str, right: str) -> None:
    assert notes(left, right, ChangeKind.NAMES) == []


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("The UK’s ports reopened on Monday.", "The UK ports reopened on Monday."),
        ("The archive sold the films on DVDs.", "The archive sold the films on DVD."),
        ("Tourists queued outside the Towers.", "Tourists queued outside the Tower."),
    ],
)
def test_a_name_in_another_form_is_the_same_name(left: str, right: str) -> None:
    assert notes(left, right, ChangeKind.NAMES) == []


def test_a_name_added_twice_in_a_link_is_one_change_marking_both() -> None:
    left = "The group plans to turn the firm’s branches into shelters to highlight its tax tactics."
    right = "The group plans to make Starbucks cafés into shelters to show that Starbucks does not pay tax."
    names = [c for c in changes(left, right) if c.kind is ChangeKind.NAMES]
    assert [(c.note, len(c.right_spans)) for c in names] == [("name added: Starbucks", 2)]


def test_identical_figure_findings_of_one_row_are_one_line() -> None:
    found = list_findings(compare("The fund paid 100 families and 100 schools.", "The fund paid families and schools."))
    assert [f.text for f in found] == ["figure dropped: 100 (2 times)"]


def test_each_negation_note_says_which_words_it_means() -> None:
    left = "The pump did not start, the valve did not close and the alarm did not sound."
    right = "The pump started, the valve closed and the alarm sounded."
    assert notes(left, right, ChangeKind.NEGATION) == [
        "negation dropped: “did not start”, “did not close”, “did not sound”"
    ]


def test_identical_findings_of_one_row_are_one_line() -> None:
    left = "The mayor said the pump did not start. Engineers said later the pump did not start."
    right = "The mayor said the pump did start. Engineers said later the pump did start."
    texts = [f.text for f in list_findings(compare(left, right)) if f.kind is FindingKind.NEGATION]
    assert texts == ["negation dropped: “did not start” (in 2 sentences)"]


def test_findings_quote_the_words_as_written() -> None:
    left = "The inquiry will report on Wednesday, 14 March 2026, its chair said."
    right = "The inquiry will report on Thursday, 15 March 2026, its chair said."
    time = notes(left, right, ChangeKind.TIME)
    assert time == ["time reference: Wednesday -> Thursday"]
    figures = [f.text for f in list_findings(compare(left, right)) if f.kind is FindingKind.FIGURE_CHANGED]
    assert any("14 March 2026 → 15 March 2026" in text for text in figures), figures


def test_a_weekday_changed_is_one_finding_the_time_reference() -> None:
    comparison = compare("The inquiry will report on Wednesday.", "The inquiry will report on Thursday.")
    assert [f.status.value for f in comparison.numbers] == ["changed"]  # the figure finding stays in the data
    assert [f.text for f in list_findings(comparison)] == ["time reference: Wednesday -> Thursday"]


def test_an_exclamation_mark_note_quotes_what_it_ends() -> None:
    found = notes("The council said rents rose.", "The council said rents rose!", ChangeKind.LOADED)
    assert found == ["exclamation mark added: “rents rose!”"]


HEADLINE_LEFT = "Council may close two libraries\n\nThe council may close two libraries in the spring, officials said."
HEADLINE_RIGHT = (
    "Council will close two libraries in shocking cuts\n\n"
    "The council may close two libraries in the spring, officials said."
)


def test_the_headlines_are_compared() -> None:
    comparison = compare(article_from_text(HEADLINE_LEFT, "a.txt"), article_from_text(HEADLINE_RIGHT, "b.txt"))
    assert comparison.left.title and comparison.right.title
    assert {change.kind for change in comparison.headline} == {ChangeKind.HEDGE, ChangeKind.LOADED}
    texts = [f.text for f in list_findings(comparison)]
    assert "headline: loaded wording added: shocking" in texts


def test_the_headline_changes_are_in_the_json(tmp_path: Path) -> None:
    comparison = compare(article_from_text(HEADLINE_LEFT, "a.txt"), article_from_text(HEADLINE_RIGHT, "b.txt"))
    write_json(comparison, tmp_path / "out.json")
    data = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert [c["kind"] for c in data["headline_changes"]] == ["hedge", "loaded"]


def test_title_case_headlines_report_no_names() -> None:
    left = "Storm Batters Northern Coast Towns\n\nThe storm hit the coast on Monday."
    right = "Storm Floods Northern Coast Villages\n\nThe storm hit the coast on Monday."
    comparison = compare(article_from_text(left, "a.txt"), article_from_text(right, "b.txt"))
    assert [c for c in comparison.headline if c.kind is ChangeKind.NAMES] == []


def _quote_notes(left: str, right: str) -> list[str]:
    return notes(left, right, ChangeKind.QUOTE)


def test_a_quote_given_to_another_speaker_is_flagged() -> None:
    left = "“We will reopen the pier,” said Harlow. “It will be ready by June.”"
    right = "“We will reopen the pier,” said Penrose. “It will be ready by June.”"  # the second link names nobody
    assert _quote_notes(left, right) == [
        "quote now attributed to Penrose (the original: Harlow): “It will be ready by June”"
    ]
    assert _quote_notes(left, left) == []


def test_a_speaker_renamed_is_said_once_in_the_name_change() -> None:
    left = "“We will reopen the pier by June,” said Harlow. The pier shut in 2024."
    right = "“We will reopen the pier by June,” said Penrose. The pier shut in 2024."
    assert [(c.kind, c.note) for c in changes(left, right)] == [
        (ChangeKind.NAMES, "name changed: Harlow -> Penrose; quote now attributed to Penrose (the original: Harlow)")
    ]


def test_a_quote_given_to_another_speaker_is_one_finding_in_the_list() -> None:
    """The link's name change carries the new attribution; the findings list says it once, as the quote (its
    words, in the quotes' rank), not again as a name change."""
    left = "“We will reopen the pier by June,” said Harlow. The pier shut in 2024."
    right = "“We will reopen the pier by June,” said Penrose. The pier shut in 2024."
    listed = [(f.kind, f.text) for f in list_findings(compare(left, right)) if "attributed to Penrose" in f.text]
    assert len(listed) == 1 and "We will reopen the pier by June" in listed[0][1], listed


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (  # a sentence's first word is only a guess at its speaker
            "Asked about the pier, he said: “We will reopen it by June.”",
            "When reporters asked about the pier, he said: “We will reopen it by June.”",
        ),
        (  # initials for the name
            "In a statement, the DH said: “We will reopen the clinic by June.”",
            "The Department of Health said: “We will reopen the clinic by June.”",
        ),
    ],
)
def test_a_speaker_guessed_or_abbreviated_is_not_another_speaker(left: str, right: str) -> None:
    assert [q.speaker_was for q in compare(left, right).quotes] == ["", ""]


def test_a_speaker_named_another_way_in_the_paragraph_is_the_same_speaker() -> None:
    left = "“We will reopen the pier by June,” said the Harbour Trust. Its chair is Anna Berg."
    right = "“We will reopen the pier by June,” said Anna Berg of the Harbour Trust."
    assert [q.speaker_was for q in compare(left, right).quotes] == ["", ""]


def test_a_speaker_word_is_quoted_as_written_and_said_once() -> None:
    left = "Harlow said: “We will reopen the pier by June.”"
    right = "Penrose said: “We will reopen the pier by June.”"
    assert [c.note for c in changes(left, right)] == [
        "speaker changed: Harlow -> Penrose; quote now attributed to Penrose (the original: Harlow)"
    ]


def test_a_role_before_the_name_gives_the_speaker() -> None:
    comparison = compare(
        "“We will reopen the pier by June,” said opposition leader Peter Vance.",
        "“We will reopen the pier by June,” said Vance.",
    )
    assert [q.speaker for q in comparison.quotes] == ["Vance", "Peter Vance"]
    assert _quote_notes(comparison.left.paragraphs[0].text, comparison.right.paragraphs[0].text) == []


@pytest.mark.parametrize("after", ["he said on Monday", "said residents in Leeds"])
def test_a_preposition_or_a_pronoun_is_no_role(after: str) -> None:
    comparison = compare(f"“We will reopen the pier by June,” {after}.", "The pier will reopen.")
    assert [q.speaker for q in comparison.quotes] == [""]


@pytest.mark.parametrize(
    "after", ["says the University of Leeds biologist", "said a Kremlin spokesman", "said the Harbour Trust chair"]
)
def test_a_name_that_modifies_a_role_is_no_speaker(after: str) -> None:
    found = [q.speaker for q in compare(f"“We will reopen the pier,” {after}.", "The pier will reopen.").quotes]
    assert found == [after.split(None, 1)[1]]  # the role is, not the name modifying it


def test_an_article_before_a_capitalised_adjective_is_no_role() -> None:
    text = "Harlow said the council had bowed to what she called a Marsh-led “campaign of fear”."
    assert [q.speaker for q in compare(text, "The council bowed.").quotes] == ["Harlow"]


def test_merged_quotes_given_to_another_speaker_are_flagged() -> None:
    left = (
        "“The pier will reopen by June, once the new deck is laid,” said Harlow. "
        "“Every trader on the front is waiting for it.”"
    )
    right = (
        "“The pier will reopen by June, once the new deck is laid, and every trader on the front is waiting "
        "for it,” said Penrose."
    )
    found = _quote_notes(left, right)
    assert len(found) == 1 and "altered" in found[0] and "now attributed to Penrose" in found[0]


def test_an_altered_quote_is_one_finding_not_unsupported_and_dropped() -> None:
    left = "“We will rebuild the harbour wall before the winter storms come,” the mayor said."
    right = "“We are going to put up a new harbour wall before the storms,” the mayor said."
    comparison = compare(left, right)
    statuses = [(q.side.value, q.status) for q in comparison.quotes]
    assert statuses == [("right", QuoteStatus.ALTERED), ("left", QuoteStatus.KEPT)]
    assert len(_quote_notes(left, right)) == 1 and "quote altered" in _quote_notes(left, right)[0]


def test_an_unrelated_new_quote_stays_unsupported() -> None:
    left = "“We will rebuild the harbour wall,” the mayor said."
    right = "“Nobody asked the fishermen,” the mayor said."
    statuses = [(q.side.value, q.status) for q in compare(left, right).quotes]
    assert statuses == [("right", QuoteStatus.UNSUPPORTED), ("left", QuoteStatus.DROPPED)]


def test_a_quote_findings_tooltip_names_the_speaker() -> None:
    left = "“We will reopen the pier by June,” said Harlow. The pier shut in 2024."
    right = "“We will reopen the pier by June,” said Penrose. The pier shut in 2024."
    found = [f for f in list_findings(compare(left, right)) if f.kind is FindingKind.QUOTE_REATTRIBUTED]
    assert [f.detail for f in found] == [
        "We will reopen the pier by June, (said by Penrose; in the original, by Harlow)"
    ]
    altered = compare(
        "“We will reopen the old pier by June,” said Harlow.", "“We will reopen the new pier by May,” said Harlow."
    )
    details = [f.detail for f in list_findings(altered) if f.kind is FindingKind.QUOTE_ALTERED]
    assert len(details) == 1 and details[0].endswith("(said by Harlow)")


def test_an_altered_quote_change_has_the_words_on_both_sides() -> None:
    left = "“We will reopen the old pier by June,” said Harlow."
    right = "“We will reopen the new pier by May,” said Harlow."
    quote = [c for c in changes(left, right) if c.kind is ChangeKind.QUOTE]
    assert [(c.left, c.right) for c in quote] == [(
        "We will reopen the old pier by June,", "We will reopen the new pier by May,"
    )]  # fmt: skip
    summary = compare(left, right).summary
    assert summary is not None and "quote" not in summary.changes_added  # changed, not added


def test_the_attribution_dropped_is_the_one_the_rewrite_does_not_answer() -> None:
    left = "One of the crew said his captain had told him the ship was sailing to a safe port."
    right = "One of the crew stated that he had been told the ship was sailing to a safe port."
    # said -> stated answer each other; the "told" left over lost its speaker
    assert notes(left, right, ChangeKind.ATTRIBUTION) == ["speaker no longer named: told -> been told"]


def test_a_moved_quote_paragraph_is_quoted_once_in_its_finding() -> None:
    quote = "“We will rebuild the pier before summer,” the mayor said on Monday."
    left = article_from_text(f"The storm wrecked the pier on Sunday night.\n\n{quote}\n\nRepairs start in May.")
    right = article_from_text(f"{quote}\n\nThe storm wrecked the pier on Sunday night.\n\nRepairs start in May.")
    moved = [f.text for f in list_findings(compare(left, right)) if f.kind is FindingKind.PARAGRAPH_MOVED]
    assert moved and all("““" not in text and "“We will" in text for text in moved), moved
