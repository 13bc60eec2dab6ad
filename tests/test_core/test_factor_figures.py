"""Changes by a factor ("halved", "doubled", "three times as many") are figures: the share added or taken away."""

from __future__ import annotations

import pytest

from core import compare
from core.facts.figure_check import FigureStatus
from core.facts.figures import FigureKind, extract_figures


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("The county halved its bus subsidy in March.", "halved", 0.5),
        ("Ministers plan to halve the waiting list.", "halve", 0.5),
        ("Rents have doubled since the stadium opened.", "doubled", 1.0),
        ("The charity hopes to double its volunteers.", "double", 1.0),
        ("Complaints nearly tripled after the merger.", "nearly tripled", 2.0),
        ("Exports trebled over the decade.", "trebled", 2.0),
        ("The port will quadruple its capacity.", "quadruple", 3.0),
        ("A doubling of fares would hit commuters.", "doubling", 1.0),
        ("Flood claims were three times higher than in 2019.", "three times", 2.0),
        ("The new reactor makes twice as much power.", "twice", 1.0),
        ("Arrests rose fourfold in a year.", "fourfold", 3.0),
        ("Sales were 2.5 times the forecast.", "2.5 times", 1.5),
    ],
)
def test_a_change_by_a_factor_is_read_as_a_share(text: str, words: str, value: float) -> None:
    found = [f for f in extract_figures(text) if f.kind is FigureKind.SHARE]
    assert [f.text for f in found] == [words]
    assert found[0].low == pytest.approx(value)


@pytest.mark.parametrize(
    "text",
    [
        "The senator doubled down on his claim.",
        "The barn doubles as a polling station.",
        "She was a double agent for the navy.",
        "He won the triple jump in Oslo.",
        "The town's problems are threefold.",
        "The ferry sails three times a day.",
        "The inspectors visited twice.",
    ],
)
def test_words_that_are_no_change_by_a_factor(text: str) -> None:
    assert [f for f in extract_figures(text) if f.kind is FigureKind.SHARE] == []


def _statuses(original: str, rewrite: str) -> list[FigureStatus]:
    return [f.status for f in compare(original, rewrite).numbers if f.status is not FigureStatus.SAME]


@pytest.mark.parametrize(
    ("original", "rewrite"),
    [
        ("The county halved its bus subsidy.", "The county cut its bus subsidy by a third."),
        ("Rents have doubled since 2020.", "Rents have tripled since 2020."),
        ("The port will double its capacity.", "The port will raise its capacity by 50%."),
    ],
)
def test_another_factor_is_a_changed_figure(original: str, rewrite: str) -> None:
    assert _statuses(original, rewrite) == [FigureStatus.CHANGED]


@pytest.mark.parametrize(
    ("original", "rewrite"),
    [
        ("The county halved its bus subsidy.", "The county cut its bus subsidy by half."),
        ("The county halved its bus subsidy.", "The county cut its bus subsidy by 50 per cent."),
        ("Rents have doubled since 2020.", "Rents have risen by 100% since 2020."),
        ("Exports trebled over the decade.", "Exports were three times higher by the end of the decade."),
        ("Tea drinking has more than halved.", "Tea drinking has fallen by more than 50%."),
    ],
)
def test_the_same_factor_said_another_way_is_the_same_figure(original: str, rewrite: str) -> None:
    assert _statuses(original, rewrite) == []
