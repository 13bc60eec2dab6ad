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


def _moved(left_title: str, left_body: str, right_title: str, right_body: str) -> tuple[list[str], list[str]]:
    """(the bodies' figure findings as "status: left -> right (note)", the headline changes' notes)."""
    tail = "\n\nCrews hope to finish the repairs by the end of the week, the company said.\n"
    comparison = compare(
        article_from_text(f"{left_title}\n\n{left_body}{tail}"),
        article_from_text(f"{right_title}\n\n{right_body}{tail}"),
    )
    numbers = [
        f"{f.status.value}: {f.left.text if f.left else ''} -> {f.right.text if f.right else ''} ({f.note})"
        for f in comparison.numbers
    ]
    return numbers, [c.note for c in comparison.headline if c.kind is ChangeKind.FIGURE]


def test_a_headline_figure_told_in_the_other_sides_body_is_neither_dropped_nor_new() -> None:
    numbers, headline = _moved(
        "Gas leak forces 120 families from their flats",
        "A gas leak in the town centre forced residents from a block of flats on Sunday.",
        "Gas leak in town centre",
        "A gas leak in the town centre forced 120 families from their flats on Sunday.",
    )
    assert "same: 120 -> 120 (in the original's headline)" in numbers and headline == []


def test_a_body_figure_moved_into_the_headline_is_no_added_figure() -> None:
    numbers, headline = _moved(
        "Gas leak in town centre",
        "A gas leak in the town centre forced about 120 families from their flats on Sunday.",
        "Gas leak forces more than 120 families from flats",
        "A gas leak in the town centre forced residents from their flats on Sunday.",
    )
    note = "in the rewrite's headline; qualifier: approximate -> lower bound"
    assert f"changed: about 120 -> more than 120 ({note})" in numbers and headline == []


def test_a_headline_figure_the_other_body_does_not_tell_stays_dropped() -> None:
    numbers, headline = _moved(
        "Gas leak forces 120 families from their flats",
        "A gas leak in the town centre forced residents from a block of flats on Sunday.",
        "Gas leak in town centre",
        "A gas leak in the town centre forced 80 families from their flats on Sunday.",
    )
    assert headline == ["figure dropped: 120"] and "added:  -> 80 ()" in numbers
