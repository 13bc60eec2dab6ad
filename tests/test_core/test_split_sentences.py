"""A sentence the rewrite cuts in two, its halves in different paragraphs: both halves link to it, and what one
half says is dropped by neither link."""

from __future__ import annotations

from core import Comparison, compare
from core.facts.wording import link_changes
from core.load import article_from_text
from core.model import SentenceId
from core.report.presentation import Mark, present

ORIGINAL = """Ferry crews will strike for 24 hours from Friday after late talks with the harbour board collapsed \
on Tuesday evening. The union said the board had refused to raise its offer.

The island's shops fear empty shelves by the weekend.

Harbour officials said a reduced timetable would run for hospital patients.
"""

REWRITE = """Ferry crews will strike for a full day, 24 hours, from Friday.

The island's shops fear empty shelves by the weekend.

Late talks with the harbour board collapsed on Tuesday. The union said the board had refused to raise its offer.

Harbour officials said a reduced timetable would run for hospital patients.
"""


def _comparison() -> Comparison:
    return compare(article_from_text(ORIGINAL), article_from_text(REWRITE))


def test_both_halves_of_a_split_sentence_are_linked_to_it() -> None:
    comparison = _comparison()
    first = SentenceId(0, 0)
    halves = sorted(link.right for link in comparison.links if link.left == (first,))
    assert [len(right) for right in halves] == [1, 1]
    assert [comparison.right.sentence(right[0]).text.split()[0] for right in halves] == ["Ferry", "Late"]


def test_a_split_sentence_drops_nothing_either_half_says() -> None:
    comparison = _comparison()
    found = link_changes(comparison.left, comparison.right, comparison.links, comparison.numbers, comparison.quotes)
    notes = [change.note for changes in found.values() for change in changes]
    assert not [note for note in notes if "dropped" in note], notes  # Friday, Tuesday, 24 hours: each in a half
    removed = [f for f in comparison.numbers if f.status.value == "removed"]
    assert removed == []


def test_a_sentence_restated_whole_elsewhere_is_no_split() -> None:
    original = "Ferry crews will strike from Friday.\n\nThe shops fear empty shelves.\n"
    rewrite = "Ferry crews will strike from Friday.\n\nThe shops fear empty shelves.\n\nThe weather was mild.\n"
    comparison = compare(article_from_text(original), article_from_text(rewrite))
    assert not any(link.reused for link in comparison.links)


FAR_ORIGINAL = """Tram drivers across the city will stop work for three days from Thursday after wage talks failed \
on Monday night.

The depot manager said the network would run a limited service.
"""

FAR_REWRITE = """Wage talks between the drivers and the operator failed on Monday night.

The depot manager said the network would run a limited service.

As a result, tram drivers across the city will walk out for three days from Thursday.
"""


def test_the_half_moved_to_another_row_is_shown_moved_there_not_removed() -> None:
    """In the first link's row the words the other half took are a moved part: a tag naming the row of that half
    in front, its words marked moved (a link to that row), none of them struck as removed."""
    comparison = compare(article_from_text(FAR_ORIGINAL), article_from_text(FAR_REWRITE))
    view = present(comparison)
    far_row = next(k for k, row in enumerate(view.rows) if 2 in row.right_paragraphs)
    first_row = next(row for row in view.rows if 0 in row.left_paragraphs)
    moved = [run for run in first_row.left if Mark.MOVED in run.marks]
    assert moved and {run.target for run in moved} == {far_row}
    assert moved[0].text.startswith(f"[moved to row {far_row + 1}] Tram")
    assert "across the city will stop work for three days from Thursday" in " ".join(run.text for run in moved)
    removed = " ".join(run.text for run in first_row.left if Mark.REMOVED in run.marks)
    assert "drivers" not in removed and "Thursday" not in removed and "wage" in removed  # "after wage talks" stays


def test_the_half_moved_within_its_row_is_kept_text() -> None:
    """The half the rewrite put in another paragraph of the same row is read there: not removed, no tag."""
    view = present(_comparison())
    first_row = next(row for row in view.rows if 0 in row.left_paragraphs)
    assert 2 in first_row.right_paragraphs  # the far half's paragraph shares the row (the test's premise)
    removed = " ".join(run.text for run in first_row.left if Mark.REMOVED in run.marks)
    assert "harbour" not in removed and "collapsed" not in removed
    assert not any(Mark.MOVED in run.marks for run in first_row.left)
