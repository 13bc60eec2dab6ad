"""Figures stated again (issue 16, figures): a rewrite that repeats a figure of the original in its lead with
another qualifier changes it ("about 300" -> "more than 300"); a figure equal by chance in an unrelated
sentence is no figure moved."""

from __future__ import annotations

from core import compare, document_from_paragraphs
from core.facts import FigureStatus
from core.facts.figure_repeats import sentences_related
from core.model import SentenceId
from tests.test_core.figure_findings import changed_figures as figures

ORIGINAL = [
    "The ferry operator cancelled every crossing on Friday as the storm closed in on the islands.",
    "Harbour staff said the waves were the highest they had seen in twenty years.",
    "Officials at the port authority said about 400 passengers had been stranded overnight in the terminal.",
]
REWRITE = [
    "More than 400 passengers were stranded at the port overnight. The ferry operator cancelled every crossing on "
    "Friday as the storm closed in on the islands.",
    "Harbour staff said the waves were the highest they had seen in twenty years.",
    "Officials at the port authority said roughly 400 passengers had been stranded overnight in the terminal.",
]


def test_a_figure_restated_in_the_lead_with_another_qualifier_is_changed() -> None:
    found = figures(ORIGINAL, REWRITE)
    assert [(s, a, b) for s, a, b, _ in found] == [(FigureStatus.CHANGED, "about 400", "More than 400")]
    assert "qualifier: approximate -> lower bound" in found[0][3]


def test_a_figure_the_original_states_twice_and_the_rewrite_once_is_not_dropped() -> None:
    found = figures(REWRITE, ORIGINAL)
    assert [(s, a, b) for s, a, b, _ in found] == [(FigureStatus.CHANGED, "More than 400", "about 400")]
    assert "stated once" in found[0][3]


def test_an_equal_figure_in_an_unrelated_sentence_is_no_figure_moved() -> None:
    left = [
        "A fire broke out in a warehouse on the edge of the industrial estate late on Sunday evening.",
        "About 300 residents of nearby flats were evacuated while crews fought the blaze through the night.",
        "Investigators have not yet said what caused the fire.",
    ]
    right = [
        "Heavy fighting continued along the northern front line for a third week, military analysts say.",
        "More than 300 soldiers have been killed since the offensive began in the spring.",
        "Neither army has published its own figures for the losses.",
    ]
    found = {(s, a or b) for s, a, b, _ in figures(left, right)}
    assert {(FigureStatus.REMOVED, "About 300"), (FigureStatus.ADDED, "More than 300")} <= found
    assert not any(status is FigureStatus.CHANGED for status, _ in found)


def test_a_small_figure_is_not_taken_for_a_figure_stated_again() -> None:
    left = ["The council closed two schools after the floods, officials said on Monday evening."]
    right = ["Two pupils were hurt.", "The council closed two schools after the floods, officials said on Monday."]
    assert (FigureStatus.ADDED, "", "Two", "") in figures(left, right)


def test_officials_said_alone_does_not_relate_two_sentences() -> None:
    left = document_from_paragraphs(["About 300 residents of nearby flats were evacuated overnight, officials said."])
    right = document_from_paragraphs([
        "More than 300 soldiers have been killed since the spring, officials said.",
        "About 300 residents of the flats spent the night in a school, officials said.",
    ])  # fmt: skip
    related = sentences_related(left, right)
    first = SentenceId(0, 0)
    assert not related(first, SentenceId(0, 0))  # "officials" alone
    assert related(first, SentenceId(1, 0))  # "residents", "flats"


def test_a_figure_moved_in_a_story_told_twice_keeps_its_counterpart_though_its_noun_changed() -> None:
    left = [
        "Floodwater reached the market square on Sunday after the river burst its banks.",
        "Emergency crews said about 400 properties had been affected.",
        "The council opened a rest centre in the town hall for families who had to leave.",
    ]
    right = [
        "More than 400 homes were hit when the river burst its banks.",
        "Floodwater reached the market square on Sunday after the river burst its banks.",
        "The council opened a rest centre in the town hall for families who had to leave.",
    ]
    found = figures(left, right)
    assert [(s, a, b) for s, a, b, _ in found] == [(FigureStatus.CHANGED, "about 400", "More than 400")]
    assert "moved" in found[0][3]


def test_a_figure_stated_again_is_no_change_of_the_link_it_was_first_stated_in() -> None:
    from core.facts.wording import link_changes

    stated = "The port said about 400 passengers were stranded overnight in the terminal."
    left = document_from_paragraphs([stated])
    right = document_from_paragraphs(["More than 400 passengers spent the night at the port.", stated])
    comparison = compare(left, right)
    restated = [f for f in comparison.numbers if f.right_at == SentenceId(0, 0)]
    assert [f.note.split(";")[0] for f in restated] == ["stated again"]
    found = link_changes(left, right, comparison.links, comparison.numbers, comparison.quotes)
    assert all(c.right != "More than 400" for changes in found.values() for c in changes)  # not on "stated"'s link
