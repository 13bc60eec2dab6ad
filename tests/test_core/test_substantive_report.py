"""Substantive changes as a reader sees them: marks and notes in place, ranked findings, the summary line, the
HTML report's marks and legend."""

from __future__ import annotations

from core import compare
from core.export import report_to_html
from core.report import FindingKind, Mark, build_report, plain_text
from core.report.texts import substantive_line

LEFT = "The council said the pool would reopen in June.\n\nThe old hall was painted blue.\n\nVisitors came by bus."
RIGHT = (
    "The council claimed the pool might reopen in June.\n\nThe old hall was painted a deep blue.\n\n"
    "Visitors arrived by coach."
)


def test_change_words_are_marked_with_their_kind_and_note() -> None:
    report = build_report(compare(LEFT, RIGHT))
    right = report.presentation.rows[0].right
    tags = [run for run in right if Mark.CHANGE_TAG in run.marks]
    marked = [run for run in right if Mark.CHANGE in run.marks]
    assert [run.text for run in tags] == ["attr", "hedge"]
    assert [run.text for run in marked] == ["claimed", "might"]
    assert all(run.note for run in (*tags, *marked))
    assert "said -> claimed" in marked[0].note and "will" not in marked[0].note


def test_cosmetic_links_are_marked_cosmetic_and_substantive_ones_not() -> None:
    report = build_report(compare(LEFT, RIGHT))
    first, second, third = report.presentation.rows
    assert not any(Mark.COSMETIC in run.marks for run in (*first.left, *first.right))
    for row in (second, third):
        changed = [run for run in (*row.left, *row.right) if Mark.REMOVED in run.marks or Mark.ADDED in run.marks]
        assert changed and all(Mark.COSMETIC in run.marks for run in changed)
    assert "deep" in plain_text(second.right)  # the text itself is all there


def test_findings_rank_wording_changes_and_group_cosmetic_ones() -> None:
    comparison = compare(
        "Police said 40 people were hurt.\n\nThe road was wet.\n\nThe park opened late.\n\nA storm hit Leeds.",
        "Police claimed 45 people were not hurt.\n\nThe road was damp.\n\nThe park opened later.\n\nA storm hit York.",
    )
    kinds = [finding.kind for finding in build_report(comparison).findings]
    wording = [k for k in kinds if k in (FindingKind.NEGATION, FindingKind.ATTRIBUTION, FindingKind.NAMES)]
    assert wording == [FindingKind.NEGATION, FindingKind.ATTRIBUTION, FindingKind.NAMES]
    assert kinds.index(FindingKind.FIGURE_CHANGED) < kinds.index(FindingKind.NEGATION)
    assert kinds.index(FindingKind.NAMES) < kinds.index(FindingKind.COSMETIC)
    cosmetic = next(f for f in build_report(comparison).findings if f.kind is FindingKind.COSMETIC)
    assert cosmetic.text == "2 sentences reworded cosmetically"


def test_summary_line_counts_by_kind() -> None:
    summary = compare(LEFT, RIGHT).summary
    assert summary is not None
    assert substantive_line(summary) == "2 substantive changes in 3 reworded sentences: 1 attribution, 1 hedge."
    plain = compare("The hall was blue.", "The hall was painted blue.").summary
    assert plain is not None and substantive_line(plain).startswith("No substantive change")
    unrelated = compare("The tide came in at dawn.", "Markets rallied on Friday afternoon.").summary
    assert unrelated is not None and unrelated.changed + unrelated.moved == 0
    assert "0 reworded" not in substantive_line(unrelated) and "No sentence" in substantive_line(unrelated)


def test_html_report_has_the_marks_notes_and_legend() -> None:
    page = report_to_html(build_report(compare(LEFT, RIGHT)))
    assert '<span class="change-tag" title="reporting verb: said -&gt; claimed">attr</span>' in page
    assert '<span class="change" title="modality: would -&gt; might">' in page
    assert page.count('class="cosmetic"') >= 2
    assert "a substantive wording change" in page and "cosmetic rewording" in page
    assert "2 substantive changes in 3 reworded sentences" in page


def test_summary_line_says_which_way_a_one_sided_kind_went() -> None:
    comparison = compare(
        "The mayor allegedly took bribes.\n\nThe driver reportedly fled.\n\nOfficials said the bridge was shut."
        "\n\nThe plan was approved in Hull.",
        "The mayor took bribes.\n\nThe driver fled.\n\nOfficials claimed the bridge was shut."
        "\n\nThe plan was approved in Leeds.",
    )
    summary = comparison.summary
    assert summary is not None
    assert summary.changes == {"hedge": 2, "attribution": 1, "names": 1}
    assert summary.changes_dropped == {"hedge": 2} and summary.changes_added == {}
    line = substantive_line(summary)
    assert "2 hedges dropped" in line
    assert "1 attribution," in line or line.endswith("1 attribution.")  # said -> claimed: words on both sides
    assert "1 name," in line or line.endswith("1 name.")  # Hull -> Leeds


def test_summary_line_mixed_directions_name_no_direction() -> None:
    comparison = compare(
        "The driver reportedly fled.\n\nThe lorry crashed.",
        "The driver fled.\n\nThe lorry apparently crashed.",
    )
    summary = comparison.summary
    assert summary is not None and summary.changes == {"hedge": 2}
    assert summary.changes_dropped == {"hedge": 1} and summary.changes_added == {"hedge": 1}
    assert substantive_line(summary).endswith(": 2 hedges.")


def test_paragraphs_moved_word_for_word_are_not_reworded() -> None:
    """A rewrite that only reorders paragraphs rewords nothing: no "reworded cosmetically" line, and the summary
    line says the sentences moved word for word."""
    gulls = "Gulls followed the ferry far out past the old harbour wall."
    left = f"The ferry left the island at noon with forty cars.\n\n{gulls}\n\nThe harbour was calm all day."
    right = f"{gulls}\n\nThe ferry left the island at noon with forty cars.\n\nThe harbour was calm all day."
    comparison = compare(left, right)
    report = build_report(comparison)
    assert comparison.summary is not None and comparison.summary.moved and comparison.summary.reworded == 0
    assert not [finding for finding in report.findings if "reworded" in finding.text]
    assert substantive_line(comparison.summary).endswith("moved word for word).")
    reworded = compare(left, right.replace("Gulls followed", "Gulls trailed"))  # moved and reworded
    assert reworded.summary is not None and reworded.summary.reworded == 1
