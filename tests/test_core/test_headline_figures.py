"""Headlines' figures (issue 15): "About 300 hurt" -> "More than 500 hurt" is a figure change of the headline,
listed first among the findings, as the body's figures are."""

from __future__ import annotations

from core import compare
from core.facts.wording import ChangeKind, headline_changes
from core.load import article_from_text
from core.model import Document
from core.report.findings import FindingKind, list_findings


def notes(left: str, right: str) -> list[tuple[ChangeKind, str]]:
    return [(c.kind, c.note) for c in headline_changes(Document("a", left, ()), Document("b", right, ()))]


def test_a_figure_changed_in_the_headline_is_reported() -> None:
    note = "figure changed: About 300 -> More than 500 (value: 300 -> 500; qualifier: approximate -> lower bound)"
    assert notes("About 300 hurt as storm hits coast", "More than 500 hurt as storm hits coast") == [
        (ChangeKind.FIGURE, note)
    ]


def test_a_figure_added_to_the_headline_ranks_above_a_hedge() -> None:
    assert notes("Storm may hit coast", "Storm will hit coast, 3 dead") == [
        (ChangeKind.FIGURE, "figure added: 3"),
        (ChangeKind.HEDGE, "modality: may -> will"),
    ]


def test_headlines_with_the_same_figures_have_no_figure_change() -> None:
    assert notes("Council approves £12m budget", "Council approves £12m budget after long row") == []


def test_the_findings_list_shows_the_headline_figure_first() -> None:
    body = "\n\nThe storm reached the coast on Monday night and hurt people in three towns, officials said.\n"
    left = article_from_text("About 300 hurt as storm hits coast" + body)
    right = article_from_text("More than 500 hurt as storm hits coast" + body)
    found = list_findings(compare(left, right))
    assert found[0].kind is FindingKind.FIGURE_CHANGED
    assert found[0].text.startswith("headline: figure changed: About 300 -> More than 500")
