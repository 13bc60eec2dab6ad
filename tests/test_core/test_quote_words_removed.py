"""A quote of the rewrite that only takes words out of the original's, inside it, names them ("quote altered: words
removed inside the quote: “…”"), and a quote over several sentences is marked, and its change owned, where its
words changed, not only in the sentence it starts in."""

from __future__ import annotations

import json
from pathlib import Path

from core import compare
from core.export import write_json
from core.facts.wording import ChangeKind, link_changes
from core.model import LinkKind, SentenceId, Side
from core.report import list_findings, present
from core.report.presentation import Mark
from tests.test_core.change_notes import change_notes

TWO = "The pier was shut on Friday.\n\n“We closed it as a precaution. There is no serious risk to walkers,” she said."
TWO_CUT = "The pier was shut on Friday.\n\n“We closed it as a precaution. There is no risk to walkers,” she said."


def test_a_word_taken_out_inside_a_quote_is_named() -> None:
    assert change_notes(TWO, TWO_CUT, ChangeKind.QUOTE) == ["quote altered: words removed inside the quote: “serious”"]


def test_a_phrase_taken_out_mid_quote_is_named() -> None:
    left = "“The ferry will mean shorter crossings for families on the island and fewer delays for lorries,” Ann said."
    right = "“The ferry will mean shorter crossings for families for lorries,” Ann said."
    assert change_notes(left, right, ChangeKind.QUOTE) == [
        "quote altered: words removed inside the quote: “on the island and fewer delays”"
    ]


def test_words_taken_out_and_others_put_in_stay_altered() -> None:
    left = "“The ferry will run every hour from the new pier in May,” Ann said."
    right = "“The ferry will run every day from the pier in May,” Ann said."
    assert change_notes(left, right, ChangeKind.QUOTE) == [
        "quote altered: “The ferry will run every day from the pier in May”"
    ]


def test_the_change_belongs_to_the_sentence_whose_words_changed() -> None:
    comparison = compare(TWO, TWO_CUT)
    found = link_changes(comparison.left, comparison.right, comparison.links, comparison.numbers, comparison.quotes)
    owners = [
        comparison.links[index] for index, changes in found.items() if any(c.kind is ChangeKind.QUOTE for c in changes)
    ]
    assert [link.right for link in owners] == [(SentenceId(1, 1),)]
    assert owners[0].kind is LinkKind.CHANGED


def test_the_whole_quote_is_marked_and_its_removal_not_dimmed() -> None:
    view = present(compare(TWO, TWO_CUT))
    right = [run for row in view.rows for run in row.right]
    marked = "".join(run.text for run in right if Mark.QUOTE in run.marks)
    assert "We closed it as a precaution." in marked and "There is no risk to walkers," in marked
    left = [run for row in view.rows for run in row.left]
    struck = [run for run in left if Mark.REMOVED in run.marks]
    assert [run.text.strip() for run in struck] == ["serious"]
    assert all(Mark.COSMETIC not in run.marks for run in struck)


def test_the_findings_list_and_the_json_name_the_words(tmp_path: Path) -> None:
    comparison = compare(TWO, TWO_CUT)
    texts = [f.text for f in list_findings(comparison)]
    assert any("quote altered: words removed inside the quote: “serious”" in t for t in texts), texts
    target = tmp_path / "out.json"
    write_json(comparison, target)
    found = json.loads(target.read_text(encoding="utf-8"))["quotes"]
    assert [q["removed"] for q in found if q["side"] == Side.RIGHT] == ["serious"]
